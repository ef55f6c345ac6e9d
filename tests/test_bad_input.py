"""Bad input stops the build with a message that names the file and line; nothing is lost."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_content, run_pelican

GOOD = """Title: A broken story
Date: 2026-05-01 10:00
Department: unpaid-work
Tags: test
Summary: A story that a test breaks on purpose.
Pseudonyms: Dean
Consent: CF-2026-0001
Status: published

Dean dug the beds.
"""

BREAKAGES = {
    "broken date": (lambda s: s.replace("2026-05-01 10:00", "the first of Maytember"), 2, "date"),
    "unknown department": (lambda s: s.replace("unpaid-work", "space-programme"), 3, "department"),
    "no title": (lambda s: s.replace("Title: A broken story\n", ""), 1, "title"),
    "no summary": (lambda s: s.replace("Summary: A story that a test breaks on purpose.\n", ""), 1, "summary"),
    "kind that is not its folder": (lambda s: s.replace("Tags: test", "Kind: news\nTags: test"), 4, "folder"),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_broken_story_fails_the_build_names_file_and_line_and_spares_the_rest(tmp_path, breakage):
    change, line, word = BREAKAGES[breakage]
    content = copy_content(tmp_path)
    (content / "case-studies" / "broken-story.md").write_text(change(GOOD), encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert f"broken-story.md:{line}:" in build.log
    assert word in build.log.lower()
    assert "Traceback" not in build.log
    assert_published_without(build.output, "broken-story")


def test_invalid_utf8_names_the_file_and_line(tmp_path):
    content = copy_content(tmp_path)
    raw = GOOD.replace("Dean dug the beds.", "Dean dug the beds \xe9t\xe9.").encode("latin-1")
    (content / "case-studies" / "broken-story.md").write_bytes(raw)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert "broken-story.md:10:" in build.log and "UTF-8" in build.log
    assert "Traceback" not in build.log
    assert_published_without(build.output, "broken-story")


def test_quiet_mode_does_not_hide_a_failure(tmp_path):
    content = copy_content(tmp_path)
    (content / "news" / "broken-story.md").write_text(BREAKAGES["no title"][0](GOOD))
    build = run_pelican(content, tmp_path / "output", "-q")
    assert build.returncode != 0
    assert "broken-story.md" in build.log


def test_a_draft_is_never_written_to_the_output(tmp_path):
    content = copy_content(tmp_path)
    draft = GOOD.replace("Status: published", "Status: draft").replace("A broken story", "Secret draft")
    (content / "case-studies" / "secret-draft.md").write_text(draft)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert not (build.output / "drafts").exists()
    for path in build.output.rglob("*"):
        if path.is_file():
            text = path.read_text(errors="ignore")
            assert "secret-draft" not in text and "Secret draft" not in text, path


def test_a_story_without_status_is_a_draft(tmp_path):
    content = copy_content(tmp_path)
    undecided = GOOD.replace("Status: published\n", "").replace("A broken story", "Undecided")
    (content / "news" / "undecided.md").write_text(undecided)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert not list(build.output.rglob("undecided*"))


def test_invoke_new_scaffolds_a_draft_with_every_field_and_never_overwrites(tmp_path):
    project = tmp_path / "project"
    for name in ("pelicanconf.py", "tasks.py", "templates", "plugins", "theme"):
        source = ROOT / name
        target = project / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    copy_content(project)
    new = [sys.executable, "-m", "invoke", "new", "--title", "Sam finds work", "--department", "court-team"]
    first = subprocess.run(new, cwd=project, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    story = project / "content" / "case-studies" / "sam-finds-work.md"
    text = story.read_text()
    for field in ("Title", "Date", "Department", "Tags", "Summary", "Pseudonyms", "Consent",
                  "Image", "Image-alt", "Status"):
        assert re.search(rf"^{field}:", text, re.M), field
    assert re.search(r"^Status: draft$", text, re.M)
    story.write_text(text + "\nMy own words.\n")
    second = subprocess.run(new, cwd=project, capture_output=True, text=True, check=False)
    assert second.returncode != 0 and "already exists" in second.stdout + second.stderr
    assert story.read_text().endswith("My own words.\n")
    build = run_pelican(project / "content", tmp_path / "output")
    assert build.returncode == 0, build.log
    assert not list((tmp_path / "output").rglob("sam-finds-work*"))


def assert_published_without(output: Path, slug: str) -> None:
    """The other stories were still built, and the broken one is nowhere."""
    assert (output / "index.html").is_file()
    assert len(list((output / "case-studies").glob("*/index.html"))) >= 5
    for path in output.rglob("*"):
        if path.is_file():
            assert slug not in path.read_text(errors="ignore"), path


def test_typography_is_smart_but_code_urls_and_author_notes_are_left_alone(tmp_path):
    content = copy_content(tmp_path)
    body = (
        'Dean said "it\'s a start" -- and meant it.\n\n'
        '<!-- note for the editor: check with the supervisor -->\n\n'
        'Type `invoke build --content "x"` to build.\n\n'
        '    pelican "content" -- no curls here\n\n'
        'Read more at <https://example.org/a--b> #ProbationChangesLives\n'
    )
    (content / "news" / "typography.md").write_text(GOOD.replace("Dean dug the beds.\n", body))
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    html = (build.output / "news" / "typography" / "index.html").read_text()
    assert "&#8220;it&#8217;s a start&#8221;" in html or "\u201cit\u2019s a start\u201d" in html
    assert '<code>invoke build --content "x"</code>' in html.replace("&quot;", '"')
    assert 'pelican "content" -- no curls here' in html.replace("&quot;", '"')
    assert "https://example.org/a--b" in html
    assert "note for the editor" not in html
