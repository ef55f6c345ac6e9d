"""One verdict: `invoke check` says what the build says, and the build says everything.

Each test builds a real site from the sample content with one change, runs `invoke check` on
the same content, and asserts that the two agree (both pass or both fail) and that both name
the file (and the line) a comms officer has to open.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, Build, copy_content, run_pelican

STORY = """Title: Court team opens its doors
Date: 2026-05-01 10:00
Department: court-team
Tags: courts
Summary: Magistrates and the public saw how pre-sentence reports are written.
Status: published

The court team showed visitors how a report is put together.
"""


def invoke(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "invoke", *args], cwd=ROOT, capture_output=True,
                          text=True, check=False, stdin=subprocess.DEVNULL)


def build_and_check(tmp_path: Path, content: Path) -> tuple[Build, str]:
    """The build's and the check's verdicts on one content folder, which must agree."""
    build = run_pelican(content, tmp_path / "output")
    check = invoke("check", "--content", str(content))
    assert "Traceback" not in build.log + check.stdout + check.stderr
    assert (build.returncode == 0) == (check.returncode == 0), build.log + check.stdout
    if build.returncode == 0:
        assert "nothing blocks publication" in check.stdout
    else:
        assert "nothing blocks publication" not in check.stdout
        assert "the build would fail" in check.stdout
    return build, check.stdout


def write(content: Path, relative: str, text: str) -> None:
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


BREAKAGES = {
    "misspelt department": ("court-team", "cort-team", 3, "not one of our departments"),
    "bad status": ("Status: published", "Status: publised", 6, "not a status"),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_what_fails_the_build_fails_the_check_naming_file_and_line(tmp_path, breakage):
    old, new, line, message = BREAKAGES[breakage]
    content = copy_content(tmp_path)
    write(content, "news/open-day.md", STORY.replace(old, new))
    build, check = build_and_check(tmp_path, content)
    assert build.returncode != 0
    for said in (build.log, check):
        assert f"news/open-day.md:{line}:" in said and message in said


def test_a_story_outside_every_kind_folder_is_an_error_naming_the_kinds(tmp_path):
    content = copy_content(tmp_path)
    write(content, "interviews/open-day.md", STORY)
    build, check = build_and_check(tmp_path, content)
    assert build.returncode != 0
    for said in (build.log, check):
        assert "interviews/open-day.md:1:" in said and "'interviews/'" in said
        assert "case-studies/, profiles/, news/" in said
    assert not list(build.output.rglob("open-day*"))


def test_an_ambiguous_date_is_refused_with_both_readings_and_a_uk_date_is_read_day_first(tmp_path):
    content = copy_content(tmp_path)
    write(content, "news/open-day.md", STORY.replace("2026-05-01 10:00", "03/04/2026"))
    build, check = build_and_check(tmp_path, content)
    assert build.returncode != 0
    for said in (build.log, check):
        assert "news/open-day.md:2:" in said
        assert "could be 3 April 2026 or 4 March 2026" in said and "2026-04-03" in said
    assert not list(build.output.rglob("open-day*"))

    write(content, "news/open-day.md", STORY.replace("2026-05-01 10:00", "25/04/2026"))
    build, check = build_and_check(tmp_path, content)
    assert build.returncode == 0
    page = BeautifulSoup(build.page("news/open-day/").read_text(encoding="utf-8"), "lxml")
    assert page.find("time")["datetime"].startswith("2026-04-25")


def test_a_story_dated_in_the_future_is_held_back_and_named(tmp_path):
    content = copy_content(tmp_path)
    later = (datetime.datetime.now() + datetime.timedelta(days=400)).strftime("%Y-%m-%d 10:00")
    write(content, "news/open-day.md", STORY.replace("2026-05-01 10:00", later))
    build, check = build_and_check(tmp_path, content)
    assert build.returncode == 0
    assert not list(build.output.rglob("open-day*"))
    feed = feedparser.parse(build.output / "feeds" / "all.atom.xml")
    assert feed.entries and all("open-day" not in entry.link for entry in feed.entries)
    for said in (build.log, check):
        assert f"held back until {later}: content/news/open-day.md" in said


def test_every_draft_left_out_is_named_with_the_reason(tmp_path):
    content = copy_content(tmp_path)
    write(content, "news/open-day.md", STORY.replace("Status: published\n", ""))
    write(content, "news/quiet-week.md", STORY.replace("Status: published", "Status: draft"))
    build, check = build_and_check(tmp_path, content)
    assert build.returncode == 0
    for said in (build.log, check):
        assert ("a draft (it has no Status: line; add 'Status: published' when it is approved): "
                "content/news/open-day.md") in said
        assert "a draft (Status: draft): content/news/quiet-week.md" in said
        assert "tom-gets-the-keys-to-his-own-front-door.md" in said


def test_the_template_text_left_in_a_published_story_is_an_error(tmp_path):
    content = copy_content(tmp_path)
    started = (ROOT / "templates" / "story.md").read_text(encoding="utf-8").format(
        title="Court team opens its doors", date="2026-05-01 10:00", department="court-team")
    lines = started.splitlines()
    summary = next(number for number, line in enumerate(lines, 1) if line.startswith("Summary:"))
    example = next(number for number, line in enumerate(lines, 1)
                   if line.startswith("Write the story here"))
    write(content, "news/open-day.md", started.replace("Status: draft", "Status: published", 1))
    build, check = build_and_check(tmp_path, content)
    assert build.returncode != 0
    for said in (build.log, check):
        assert f"news/open-day.md:{summary}:" in said and "Write your own Summary" in said
        assert f"news/open-day.md:{example}:" in said and "story template's example" in said
    assert not list(build.output.rglob("open-day*"))
    # As a draft, the template is what a story starts from: nothing blocks the build.
    write(content, "news/open-day.md", started)
    build, _ = build_and_check(tmp_path, content)
    assert build.returncode == 0


def test_the_json_report_carries_the_build_verdict(tmp_path):
    content = copy_content(tmp_path)
    write(content, "news/open-day.md", STORY.replace("court-team", "cort-team"))
    done = invoke("check", "--content", str(content), "--format", "json")
    assert done.returncode == 1
    verdict = json.loads(done.stdout)["build"]
    assert verdict["passed"] is False
    [problem] = [p for p in verdict["problems"] if p["severity"] == "error"]
    assert (problem["path"], problem["line"]) == ("content/news/open-day.md", 3)
    assert {"path": "content/case-studies/tom-gets-the-keys-to-his-own-front-door.md",
            "why": "a draft (Status: draft)"} in verdict["left_out"]
