"""`invoke withdraw PATH` takes a story down everywhere: after it and a build, the story's
address is in no file the build writes, the build names it, and the command lists the
campaign kit posts that linked to it. The story's file keeps every other byte."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, Build, run_pelican

PROJECT = ("tasks.py", "pelicanconf.py", "previewconf.py", "publishconf.py", "plugins", "theme",
           "content", "templates", "campaign")
STORY = "content/case-studies/dean-finds-his-feet-on-the-allotment.md"
SLUG = "dean-finds-his-feet-on-the-allotment"
TITLE = "Dean finds his feet on the allotment"
PHOTO = "allotment"  # content/images/allotment.jpg: no other story shows it
STAMP = re.compile(r"Withdrawn: (\d{4}-\d{2}-\d{2} \d{2}:\d{2})\r?\n")


def project_in(folder: Path) -> Path:
    """A copy of the project that a test may change."""
    folder.mkdir()
    for name in PROJECT:
        source = ROOT / name
        if not source.exists():
            continue  # the campaign's folder, when there is none
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    return folder


def invoke(project: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "invoke", *arguments], cwd=project,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def files_naming(output: Path, *words: str) -> list[str]:
    """Every file under `output` whose path or content holds one of `words` (any case)."""
    wanted = [word.lower().encode("utf-8") for word in words]
    found = []
    for path in sorted(output.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(output).as_posix()
        text = relative.lower().encode("utf-8") + b"\n" + path.read_bytes().lower()
        found += [f"{relative} holds {word.decode()!r}" for word in wanted if word in text]
    return found


def kit_rows(kit: Path, sheet: str, address: str) -> list[dict[str, str]]:
    """The rows of one of the kit's sheets that link to `address`."""
    with (kit / sheet).open(encoding="utf-8-sig", newline="") as file:
        return [row for row in csv.DictReader(file) if address in row["link"]]


@dataclass
class Taken:
    """A project whose site was built, then the story withdrawn, then the site built again."""

    project: Path
    before: Build
    scheduled: list[dict[str, str]]
    posted: list[dict[str, str]]
    said: subprocess.CompletedProcess
    after: Build


@pytest.fixture(scope="module")
def taken(tmp_path_factory: pytest.TempPathFactory) -> Taken:
    project = project_in(tmp_path_factory.mktemp("withdraw") / "site")
    before = run_pelican(project / "content", project / "output")  # writes the kit to kit/
    address = f"/case-studies/{SLUG}/"
    scheduled = kit_rows(project / "kit", "schedule.csv", address)
    posted = kit_rows(project / "kit", "posts.csv", address)
    said = invoke(project, "withdraw", STORY)
    after = run_pelican(project / "content", project / "published")
    return Taken(project, before, scheduled, posted, said, after)


def test_after_withdraw_and_a_build_the_story_is_in_no_output_file(taken: Taken) -> None:
    assert taken.before.returncode == 0, taken.before.log
    assert files_naming(taken.before.output, SLUG, TITLE, PHOTO)  # it was published
    assert taken.said.returncode == 0, taken.said.stdout + taken.said.stderr
    assert taken.after.returncode == 0, taken.after.log
    # Its page, indexes, feeds, sitemap, share card and photo (by file name too): all gone.
    assert files_naming(taken.after.output, SLUG, TITLE, PHOTO) == []
    assert not (taken.after.output / "case-studies" / SLUG).exists()
    assert not list(taken.after.output.rglob(f"{PHOTO}*"))
    # The kit the build wrote again has no post for it.
    for sheet in ("schedule.csv", "posts.csv"):
        assert kit_rows(taken.project / "kit", sheet, f"/case-studies/{SLUG}/") == []


def test_the_build_names_the_withdrawn_story_with_the_time_it_was_withdrawn(taken: Taken) -> None:
    text = (taken.project / STORY).read_text(encoding="utf-8")
    assert "Status: withdrawn\n" in text
    stamp = STAMP.search(text).group(1)
    assert f"Not published, withdrawn on {stamp}: {Path(STORY)}" in taken.after.log


def test_withdraw_lists_the_kit_posts_that_linked_to_the_story(taken: Taken) -> None:
    said = taken.said.stdout
    assert taken.scheduled and taken.posted  # the sample campaign posts it
    for row in taken.scheduled:
        account = row["account"].lstrip("'")  # the kit's guard against Excel formulas
        assert (f"schedule.csv, post {row['post']}: {row['date']} {row['time']}, "
                f"{row['network']}, from {account}") in said
    for row in taken.posted:
        assert f": {row['network']}\n" in said, row
    assert said.count("posts.csv, row") == len(taken.posted)
    assert said.count("schedule.csv, post") == len(taken.scheduled)
    assert "invoke publish" in said
    assert "Delete the posts listed above" in said


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with no campaign kit written yet."""
    return project_in(tmp_path / "site")


def test_withdraw_says_when_no_kit_post_linked_to_the_story(project: Path) -> None:
    done = invoke(project, "withdraw", STORY)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "There were no kit posts linked to it" in done.stdout


def test_a_windows_file_keeps_its_line_endings_its_byte_order_mark_and_every_other_byte(
        project: Path) -> None:
    story = project / STORY
    windows = b"\xef\xbb\xbf" + story.read_bytes().replace(b"\n", b"\r\n")
    story.write_bytes(windows)
    done = invoke(project, "withdraw", STORY)
    assert done.returncode == 0, done.stdout + done.stderr
    written = story.read_bytes()
    stamp = STAMP.search(written.decode("utf-8")).group(1).encode()
    assert written == windows.replace(b"Status: published\r\n",
                                      b"Status: withdrawn\r\nWithdrawn: " + stamp + b"\r\n")


def test_a_story_with_no_status_line_gets_one_at_the_end_of_its_header(project: Path) -> None:
    story = project / STORY
    original = story.read_text(encoding="utf-8")
    story.write_text(original.replace("Status: published\n", ""), encoding="utf-8")
    done = invoke(project, "withdraw", STORY)
    assert done.returncode == 0, done.stdout + done.stderr
    text = story.read_text(encoding="utf-8")
    header, body = text.split("\n\n", 1)
    stamp = STAMP.search(text).group(1)
    assert header.splitlines()[-2:] == ["Status: withdrawn", f"Withdrawn: {stamp}"]
    assert body == original.split("\n\n", 1)[1]


@pytest.mark.parametrize(("typed", "said"), [
    ("content/pages/about.md", "content/pages/about.md is not a story"),
    ("pelicanconf.py", "pelicanconf.py is not a story"),
    ("content/images/allotment.jpg", "content/images/allotment.jpg is not a story"),
    ("content/news/no-such-story.md", "content/news/no-such-story.md: there is no such file"),
])
def test_withdraw_refuses_a_path_that_is_not_a_story(project: Path, typed: str, said: str) -> None:
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    done = invoke(project, "withdraw", typed)
    assert done.returncode == 2
    assert said in done.stderr
    assert "content/case-studies/, content/profiles/, content/news/" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert {path: path.read_bytes() for path in project.rglob("*") if path.is_file()} == before


def test_withdraw_refuses_a_story_already_withdrawn_and_leaves_it_as_it_is(project: Path) -> None:
    assert invoke(project, "withdraw", STORY).returncode == 0
    withdrawn = (project / STORY).read_bytes()
    done = invoke(project, "withdraw", STORY)
    assert done.returncode == 2
    stamp = STAMP.search(withdrawn.decode("utf-8")).group(1)
    assert f"{Path(STORY)} is already withdrawn on {stamp}" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert (project / STORY).read_bytes() == withdrawn


def test_withdraw_refuses_a_story_that_is_not_utf8_naming_the_line(project: Path) -> None:
    story = project / STORY
    story.write_bytes(story.read_bytes().replace(b"Dean", b"D\xe9an", 1))
    before = story.read_bytes()
    done = invoke(project, "withdraw", STORY)
    assert done.returncode == 2
    assert f"{Path(STORY)}:1:" in done.stderr
    assert "is not UTF-8" in done.stderr
    assert story.read_bytes() == before


def test_a_withdrawn_story_that_identifies_someone_does_not_stop_the_build(project: Path) -> None:
    story = project / STORY
    with story.open("a", encoding="utf-8") as file:
        file.write("\nHe lives at 14 Acacia Avenue, Halifax HX1 2AB.\n")
    assert invoke(project, "withdraw", STORY).returncode == 0
    build = run_pelican(project / "content", project / "output")
    assert build.returncode == 0, build.log
    assert files_naming(build.output, SLUG, "Acacia") == []
