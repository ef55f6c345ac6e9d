"""The guard fails closed: a story with an identifying detail is never published, by any door."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from conftest import ROOT, Build, copy_content, run_pelican

STORY = """Title: Kai gets back on track
Date: 2026-05-02 10:00
Department: unpaid-work
Tags: employment, second chances
Summary: Kai found steady work after a spell of unpaid work in the park.
Pseudonyms: Kai
Consent: CF-2026-0999
Status: published

Kai spent his unpaid work hours restoring benches in a town park.
"""

PLANTED = {
    "body": lambda s: s.replace("town park.", "town park near 22 Ladysmith Street, HX1 2PQ."),
    "title": lambda s: s.replace("Title: Kai gets", "Title: Kai Brennan gets"),
    "summary": lambda s: s.replace("Kai found", "Kai (07700 900461) found"),
    "tags": lambda s: s.replace("Tags: employment", "Tags: employment, Ms Achterberg"),
    "image alt": lambda s: s.replace(
        "Status: published",
        "Image: images/allotment.jpg\nImage-alt: Kai with his mentor Siobhan Maguire\nStatus: published",
    ),
    "consent missing": lambda s: s.replace("Consent: CF-2026-0999\n", ""),
    "consent is a name": lambda s: s.replace("CF-2026-0999", "Kieran Moss"),
    "alt text missing": lambda s: s + "\n![](images/allotment.jpg)\n",
}


def planted_site(tmp_path: Path, where: str, slug: str = "kai-gets-back-on-track") -> Path:
    content = copy_content(tmp_path)
    (content / "case-studies" / f"{slug}.md").write_text(PLANTED[where](STORY), encoding="utf-8")
    return content


def assert_nowhere(output: Path, *markers: str) -> None:
    """No page, index, feed, sitemap or tag page mentions the story."""
    assert (output / "index.html").is_file(), "the rest of the site should still be built"
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".json"):
            text = path.read_text(errors="ignore")
            for marker in markers:
                assert marker not in text, f"{marker!r} found in {path.relative_to(output)}"


def slug_of(where: str) -> str:
    return "kai-" + where.replace(" ", "-")


@pytest.fixture(scope="module")
def planted_build(tmp_path_factory) -> Build:
    """One build of the sample site with a story planted for each place a detail can hide."""
    folder = tmp_path_factory.mktemp("planted")
    content = copy_content(folder)
    for where, plant in PLANTED.items():
        story = plant(STORY).replace("Title: Kai", f"Title: {where.capitalize()}: Kai", 1)
        (content / "case-studies" / f"{slug_of(where)}.md").write_text(story, encoding="utf-8")
    return run_pelican(content, folder / "output")


def test_plain_pelican_exits_non_zero_without_a_traceback(planted_build):
    assert planted_build.returncode != 0
    assert "Traceback" not in planted_build.log
    assert (planted_build.output / "index.html").is_file(), "the rest of the site is still built"


@pytest.mark.parametrize("where", list(PLANTED))
def test_a_story_with_a_detail_is_named_and_published_nowhere(planted_build, where):
    assert f"{slug_of(where)}.md:" in planted_build.log
    assert_nowhere(planted_build.output, slug_of(where), f"{where.capitalize()}: Kai")


def test_identifier_in_the_slug_is_refused(tmp_path):
    content = copy_content(tmp_path)
    (content / "case-studies" / "kai-and-jordan-okafor.md").write_text(STORY, encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert "kai-and-jordan-okafor.md:1:1: person name" in build.log
    assert_nowhere(build.output, "kai-and-jordan-okafor", "Kai gets back")


@pytest.mark.parametrize("flags", [["-q"], ["--fatal", "errors"], ["-q", "--fatal", "errors"]])
def test_quiet_and_fatal_flags_still_fail_closed(tmp_path, flags):
    build = run_pelican(planted_site(tmp_path, "body"), tmp_path / "output", *flags)
    assert build.returncode != 0
    assert "kai-gets-back-on-track.md" in build.log
    if (build.output / "index.html").exists():  # --fatal stops the build at the first error
        assert_nowhere(build.output, "kai-gets-back-on-track")


def test_invoke_build_fails_closed(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pelicanconf.py", "tasks.py", "plugins", "theme", "templates"):
        (project / name).symlink_to(ROOT / name)
    planted_site(project, "title")
    done = subprocess.run([sys.executable, "-m", "invoke", "build"], cwd=project,
                          capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "kai-gets-back-on-track.md" in done.stdout + done.stderr
    assert_nowhere(project / "output", "kai-gets-back-on-track", "Kai gets back")


def test_a_clean_story_is_published(tmp_path):
    content = copy_content(tmp_path)
    (content / "case-studies" / "kai-gets-back-on-track.md").write_text(STORY)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert (build.output / "case-studies" / "kai-gets-back-on-track" / "index.html").is_file()


def test_an_allowance_with_a_reason_is_accepted_and_listed(tmp_path):
    content = copy_content(tmp_path)
    allowed = STORY.replace("town park.", "Shibden Park.").replace(
        "Status: published", "Allow: Shibden Park -- a public park, checked by comms\nStatus: published"
    )
    (content / "case-studies" / "kai-gets-back-on-track.md").write_text(allowed)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert "accepted" in build.log and "a public park, checked by comms" in build.log


def test_preview_marks_findings_in_place_and_publish_never_does(tmp_path):
    content = planted_site(tmp_path, "body")
    preview = run_pelican(content, tmp_path / "preview", "-e", "SLINGSHOT_PREVIEW=true")
    assert preview.returncode == 0, preview.log
    page = (preview.output / "case-studies" / "kai-gets-back-on-track" / "index.html").read_text()
    assert 'class="anonymity-findings"' in page and "cannot be published yet" in page
    assert '<mark class="anonymity-finding"' in page and "2PQ</mark>" in page
    clean = run_pelican(copy_content(tmp_path / "clean"), tmp_path / "published")
    assert not any("anonymity-finding" in p.read_text() for p in clean.output.rglob("*.html"))


def test_published_images_carry_no_metadata_and_a_corrupt_one_is_named(tmp_path):
    content = copy_content(tmp_path)
    exif = Image.Exif()
    exif[0x013B] = "Jane Doe"
    exif[0x8825] = {1: "N", 2: (53.0, 43.0, 12.5)}
    Image.new("RGB", (120, 80), "green").save(content / "images" / "garden.jpg", exif=exif)
    (content / "images" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    story = STORY.replace("Status: published", "Image: images/garden.jpg\nImage-alt: A garden\nStatus: published")
    (content / "case-studies" / "kai-gets-back-on-track.md").write_text(story)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0  # the corrupt image fails the build
    assert "content/images/broken.jpg" in build.log and "cannot be read" in build.log
    assert "GPS location" in build.log  # the source's metadata is a warning
    assert not (build.output / "images" / "broken.jpg").exists()
    with Image.open(build.output / "images" / "garden.jpg") as published:
        assert not published.getexif()
    for image in (build.output / "images").glob("*.jpg"):
        with Image.open(image) as picture:
            assert not picture.getexif(), image


def test_file_names_read_as_prose_are_not_mistaken_for_names(tmp_path):
    content = copy_content(tmp_path)
    story = STORY.replace("Pseudonyms: Kai", "Pseudonyms: Kai, Sadie")
    for name in ("sadie-stops-and-thinks", "a-second-chance-for-kai"):
        (content / "case-studies" / f"{name}.md").write_text(story)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert (build.output / "case-studies" / "sadie-stops-and-thinks" / "index.html").is_file()
    assert (build.output / "case-studies" / "a-second-chance-for-kai" / "index.html").is_file()
