"""`invoke new`: a title is one line of words; anything else is refused and no file is written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_content

# What a writer could paste or type into a title that would end its line, or hide in it.
UNSEEN = {
    "a new line": "Sam finds work\nStatus: published",
    "a carriage return": "Sam finds work\rStatus: published",
    "Windows' line end": "Sam finds work\r\nStatus: published",
    "a tab": "Sam finds\twork",
    "a vertical tab": "Sam finds work\x0bStatus: published",
    "a next line (U+0085)": "Sam finds work\x85Status: published",
    "a line separator (U+2028)": "Sam finds work\u2028Status: published",
    "a paragraph separator (U+2029)": "Sam finds work\u2029Status: published",
    "a zero-width space (U+200B)": "Sam finds\u200bwork",
    "a right-to-left mark (U+200F)": "Sam finds work\u200f",
    "an escape (terminal colours)": "Sam finds \x1b[31mwork",
}
WORDLESS = ["!!!", "- -", "   ", "\u2014"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of what `invoke new` reads and writes: tasks, template, settings, theme, content."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("tasks.py", "pelicanconf.py"):
        shutil.copyfile(ROOT / name, project / name)
    for name in ("templates", "theme"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    copy_content(project)
    return project


def new(project: Path, title: str) -> subprocess.CompletedProcess:
    """Run `invoke new --title TITLE` in the project, as a writer would."""
    command = [sys.executable, "-m", "invoke", "new", "--title", title]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL)


def stories(project: Path) -> set[Path]:
    return set((project / "content").rglob("*.md"))


@pytest.mark.parametrize("title", UNSEEN.values(), ids=UNSEEN.keys())
def test_a_title_with_a_line_break_or_an_invisible_character_is_refused(project, title):
    before = stories(project)
    done = new(project, title)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "write the title on one line" in done.stderr
    assert "Created" not in done.stdout
    assert stories(project) == before, "no file is written"


@pytest.mark.parametrize("title", WORDLESS)
def test_a_title_without_words_is_refused(project, title):
    before = stories(project)
    done = new(project, title)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "use words in the title" in done.stderr
    assert stories(project) == before, "no file is written"


def test_a_title_of_one_line_still_starts_a_draft(project):
    done = new(project, "Sam finds work \u2013 at last \u2615")
    assert done.returncode == 0, done.stdout + done.stderr
    story = project / "content" / "case-studies" / "sam-finds-work-at-last.md"
    lines = story.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Title: Sam finds work \u2013 at last \u2615"
    assert [line for line in lines if line.startswith("Status:")] == ["Status: draft"]
    assert "(Status: draft)" in done.stdout
