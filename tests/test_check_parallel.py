"""On a large site the built-site check shares its work with a second process, and says the same.

At the end of a build the machine's other core is idle, so the check of what the build wrote
reads about half of the files, and checks about half of the distinct lines, in a second
process (forked where the system can, spawned on Windows). Nothing is checked twice and the
verdict does not depend on it: a site and a kit with problems planted all over them give
exactly the same problems, in the same order, with the second process forced on or off.
`SLINGSHOT_CHECK_PROCESSES` forces it (2) or rules it out (1); anything else stops the build.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_content, run_pelican
from plugins.anonymity.api import Allowlist, trust_guard
from plugins.campaign_kit.day import read_day
from plugins.campaign_kit.plugin import with_staff
from plugins.publisher.output_check import check_output
from plugins.publisher.plugin import check_built_folder, own_accounts
from plugins.publisher.sources import Declarations, publish_check, read_sources
from test_check_speed_lines import PLANTED, POST, SHARED, SHEET, STORY_PAGE, replace
from test_publish_checks import camera_photo
from test_windows_platform import SPAWN_ONLY

FEED = "feeds/all.atom.xml"
ABOUT = "about/index.html"
# A script run as it is spawned on Windows (no fork): check a folder with the second process
# forced on, print its problems.
SPAWNED_CHECK = SPAWN_ONLY.split("from pelican import main")[0] + """
import json
from pathlib import Path
from plugins.anonymity.api import Allowlist
from plugins.publisher.output_check import check_output
from plugins.publisher.sources import Declarations

if __name__ == "__main__":
    report = check_output(Path(sys.argv[1]), Declarations(), Allowlist(), hygiene=False,
                          parallel=True)
    print(json.dumps([problem.describe() for problem in report.problems]))
"""


@pytest.fixture(scope="module")
def planted(site, tmp_path_factory):
    """Copies of the built sample site and its kit with problems planted in pages, a feed, an
    image, an address, a script and a person's sheet."""
    folder = tmp_path_factory.mktemp("planted")
    output, kit = folder / "output", folder / "kit"
    shutil.copytree(site.output, output)
    shutil.copytree(site.output.parent / "kit", kit)
    replace(output / STORY_PAGE, SHARED, PLANTED)
    replace(output / FEED, SHARED, "His probation practitioner, Gary Pilkington, used")
    replace(output / ABOUT, "</body>", '<a href="/tags/jordan-nowak/">more</a>'
            '<script src="https://tracker.example.com/t.js"></script></body>')
    camera_photo(output / "images" / "planted-photo.jpg")
    replace(kit / SHEET, POST, "Aaron let Kevin Ashworth move money")
    return folder


def problems(folder: Path, settings: dict, site: bool, *, parallel: bool) -> list[str]:
    """Every problem the check finds in `folder` as it is checked in a build, in order."""
    content = Path(settings["PATH"])
    guard = trust_guard(settings, content)
    sources = read_sources(content)
    declarations = sources.declarations()
    declarations.allowances += publish_check(settings)[0]["allow"]
    allowlist = Allowlist((*guard.allowlist.phrases, *own_accounts(settings)))
    report = check_output(folder, declarations, allowlist,
                          guard.settings, settings.get("SITEURL", ""), hygiene=site,
                          drafts=sources.draft_slugs(), content=content, parallel=parallel)
    return [problem.describe() for problem in report.problems]


def test_a_site_checked_in_two_processes_has_the_same_problems_in_the_same_order(planted, settings):
    alone = problems(planted / "output", settings, True, parallel=False)
    shared = problems(planted / "output", settings, True, parallel=True)
    assert shared == alone
    for where, what in [(STORY_PAGE, "'Priya Chaudhry'"), (FEED, "'Gary Pilkington'"),
                        (ABOUT, "'nowak'"), (ABOUT, "tracker.example.com"),
                        ("images/planted-photo.jpg", "Jane Doe")]:
        assert any(p.startswith(f"{where}:") and what in p for p in alone), (where, what, alone)


def test_a_kit_checked_in_two_processes_has_the_same_problems_in_the_same_order(planted, settings):
    staffed = with_staff(settings, read_day(settings))
    alone = problems(planted / "kit", staffed, False, parallel=False)
    assert alone == problems(planted / "kit", staffed, False, parallel=True)
    assert any(p.startswith(f"{SHEET}:") and "'Kevin Ashworth'" in p for p in alone), alone


def test_the_check_in_a_build_is_the_same_forced_on_or_off(planted, settings, tmp_path, monkeypatch,
                                                           caplog):
    caplog.set_level(logging.INFO, logger="plugins.publisher.plugin")
    found = []
    for processes in ("1", "2"):
        monkeypatch.setenv("SLINGSHOT_CHECK_PROCESSES", processes)
        own = {**settings, "CACHE_PATH": str(tmp_path / processes)}  # no verdict kept between
        found.append([p.describe() for p in check_built_folder(
            None, folder=planted / "output", settings=own)])
    assert found[0] == found[1]
    assert any("'Priya Chaudhry'" in problem for problem in found[0])
    said = [record.getMessage() for record in caplog.records]
    assert any("of output checked" in line and "(checked in 1 process)" in line for line in said), said
    assert any("of output checked" in line and "(checked in 2 processes)" in line for line in said), said


def test_a_second_process_that_can_only_be_spawned_finds_the_same(planted):
    done = subprocess.run([sys.executable, "-c", SPAWNED_CHECK, str(planted / "output")], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    spawned = json.loads(done.stdout.splitlines()[-1])
    expected = check_output(planted / "output", Declarations(), Allowlist(), hygiene=False,
                            parallel=False)
    assert spawned == [problem.describe() for problem in expected.problems]
    assert any("'Priya Chaudhry'" in problem for problem in spawned)


def test_a_build_told_to_use_three_check_processes_stops_and_says_what_to_set(tmp_path, monkeypatch):
    monkeypatch.setenv("SLINGSHOT_CHECK_PROCESSES", "3")
    build = run_pelican(copy_content(tmp_path), tmp_path / "output")
    assert build.returncode == 1
    assert "SLINGSHOT_CHECK_PROCESSES is '3'" in build.log and "set it to 1" in build.log
    assert "Traceback" not in build.log


def test_a_build_that_can_only_spawn_its_second_check_process_passes(tmp_path):
    output = tmp_path / "output"
    done = subprocess.run(
        [sys.executable, "-c", SPAWN_ONLY, str(copy_content(tmp_path)), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(output), "-e", f'CACHE_PATH="{tmp_path / "cache"}"'],
        cwd=ROOT, env={**os.environ, "SLINGSHOT_CHECK_PROCESSES": "2"}, capture_output=True,
        text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (output / STORY_PAGE).is_file() and (tmp_path / "kit" / SHEET).is_file()
