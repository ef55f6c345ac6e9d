"""The check of a built site keeps its verdict on each file under CACHE_PATH: a second build
checks only the files whose bytes changed, and a problem is reported on every build.

Each verdict is kept with a digest of the file's bytes and of everything else it depends on
(the checks' code and data, the allow-list, the stories' declarations, the guard's settings,
the site's address). Anything else, or a cache that cannot be read, means checking again.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from PIL import Image

from conftest import ROOT, run_pelican
from plugins.anonymity.allowlist import load_allowlist
from plugins.anonymity.api import Allowlist, GuardSettings
from plugins.publisher.output_check import check_output
from plugins.publisher.sources import read_sources

CONTENT = ROOT / "content"
PAGE = "news/index.html"
PLANTED = "<p>Her support worker, Priya Chaudhry, rang every week.</p>"


@pytest.fixture
def built(site, tmp_path):
    """A copy of the built sample site that a test may change, and a cache folder."""
    shutil.copytree(site.output, tmp_path / "site")
    return tmp_path / "site", tmp_path / "cache" / "built-site-verdicts.json"


def check(folder, verdicts, allowlist=None, guard=None):
    sources = read_sources(CONTENT)
    return check_output(folder, sources.declarations(), allowlist or load_allowlist(CONTENT / "allowlist.txt"),
                        guard, drafts=sources.draft_slugs(), content=CONTENT, verdicts=verdicts)


def plant(folder, text=PLANTED):
    page = folder / PAGE
    page.write_text(page.read_text(encoding="utf-8").replace("</main>", f"{text}</main>", 1), encoding="utf-8")


def test_a_second_check_reuses_every_verdict_and_reports_the_same(built):
    folder, verdicts = built
    first = check(folder, verdicts)
    files = first.checked
    assert files > 50 and first.reused == 0 and verdicts.is_file()
    second = check(folder, verdicts)
    assert (second.checked, second.reused) == (0, files)
    assert (second.problems, second.text_files, second.images, second.warnings) == \
        (first.problems, first.text_files, first.images, first.warnings)
    assert second.problems == check(folder, None).problems  # as with no cache at all


def test_a_detail_planted_between_checks_is_found_and_found_again(built):
    folder, verdicts = built
    check(folder, verdicts)
    plant(folder)
    photo = sorted(folder.rglob("*.jpg"))[0]
    exif = Image.Exif()
    exif[0x013B] = "Jane Doe"  # the photographer
    Image.open(photo).save(photo, "JPEG", exif=exif)
    reports = [check(folder, verdicts) for _ in range(2)]
    assert [report.checked for report in reports] == [2, 0]  # the two changed, then nothing
    for report in reports:  # the problems are kept with the verdict, and said on every build
        assert any(p.path == PAGE and "'Priya Chaudhry'" in p.what for p in report.problems)
        assert any(p.path == photo.relative_to(folder).as_posix() and "EXIF" in p.what
                   for p in report.problems)
        assert report.problems == check(folder, None).problems


def test_a_changed_allowlist_or_guard_setting_checks_every_file_again(built):
    folder, verdicts = built
    allowlist = load_allowlist(CONTENT / "allowlist.txt")
    plant(folder)
    found = check(folder, verdicts, allowlist)
    assert any("'Priya Chaudhry'" in p.what for p in found.problems)
    wider = Allowlist((*allowlist.phrases, "Priya Chaudhry"))
    allowed = check(folder, verdicts, wider)
    assert allowed.reused == 0 and not any("'Priya Chaudhry'" in p.what for p in allowed.problems)
    back = check(folder, verdicts, allowlist)  # the narrower list again: found again
    assert back.reused == 0 and any("'Priya Chaudhry'" in p.what for p in back.problems)
    denied = check(folder, verdicts, allowlist, GuardSettings(deny_names=("Wellbeing",)))
    assert denied.reused == 0


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong shapes", "unreadable"])
def test_a_damaged_cache_means_every_file_is_checked(built, damage):
    folder, verdicts = built
    plant(folder)
    check(folder, verdicts)
    kept = json.loads(verdicts.read_bytes())
    if damage == "garbage":
        verdicts.write_bytes(b"\x80\x04not json at all")
    elif damage == "truncated":
        verdicts.write_bytes(verdicts.read_bytes()[:1000])
    elif damage == "wrong shapes":  # "clean" claims for every file, in the wrong shape
        verdicts.write_text(json.dumps({**kept, "files": {
            name: [entry[0], "text", 0, None] for name, entry in kept["files"].items()}}))
    else:
        verdicts.unlink()
        verdicts.mkdir()
    report = check(folder, verdicts)
    assert report.reused == 0 and report.checked == len(kept["files"])
    assert any(p.path == PAGE and "'Priya Chaudhry'" in p.what for p in report.problems)


def test_a_verdict_is_kept_for_the_bytes_not_the_name(built):
    folder, verdicts = built
    check(folder, verdicts)
    kept = json.loads(verdicts.read_bytes())
    clean = kept["files"][PAGE]
    plant(folder)
    # A forged entry, claiming the planted page clean, under another file's digest: not used.
    kept["files"][PAGE] = [kept["files"]["index.html"][0], *clean[1:]]
    verdicts.write_text(json.dumps(kept))
    report = check(folder, verdicts)
    assert report.checked == 1 and any("'Priya Chaudhry'" in p.what for p in report.problems)


def test_a_second_build_on_kept_caches_checks_only_what_changed(tmp_path):
    cache = f'CACHE_PATH="{tmp_path / "cache"}"'
    counts = []
    for name in ("first", "second"):
        build = run_pelican(CONTENT, tmp_path / name, "-v", "-e", cache)
        assert build.returncode == 0, build.log
        found = re.search(r"publisher: (\d+) built file\(s\) of " + name + r" checked, (\d+) unchanged", build.log)
        assert found, build.log[-3000:]
        counts.append((int(found[1]), int(found[2])))
    (checked, reused), (again, kept) = counts
    assert reused == 0 and checked > 50
    assert again <= 2 and again + kept == checked  # the sitemap's dates change; nothing else
