"""Every route a detail could take to the site fails closed: what is published is what was checked.

Each planted story below is one way a hurried writer (or an attacker) got a detail past the
guard with `invoke build` exiting 0. Each must now stop the build with a message that names
the story file, and its detail must appear in no file (nor file name) under output/ or kit/.
"""

from __future__ import annotations

import gzip
import html
import shutil
import unicodedata
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from plugins.anonymity.source import parse_story
from conftest import ROOT, Build, copy_content, run_pelican
from test_anonymity_build import STORY
from plugins.anonymity.allowlist import Allowlist
from plugins.anonymity.images import inspect_image
from plugins.publisher import pipeline
from plugins.publisher.hygiene import metadata_blocks
from plugins.publisher.output_check import check_output
from plugins.publisher.sources import Declarations, read_sources

CLEAN = STORY  # the clean case study of test_anonymity_build


def replaced(old: str, new: str, text: str = CLEAN) -> str:
    assert old in text
    return text.replace(old, new, 1)


# Each route: the story file's name, its text, and the detail that must be published nowhere.
ROUTES: dict[str, tuple[str, str, str]] = {
    "no blank line after the header": (
        "kai-header.md",
        replaced("Status: published\n\n", "Status: published\nKai met Ottilie Fairbrother-Quayle "
                 "at 14 Ladysmith Street.\n"),
        "Ladysmith"),
    "old Mac line endings": (
        "kai-mac.md",
        replaced("town park.", "town park near 22 Hebble Street, HX1 2PQ.").replace("\n", "\r"),
        "HX1 2PQ"),
    "a byte order mark": (
        "kai-bom.md",
        "\ufeff" + replaced("town park.", "town park. Call him on 07700 900123."),
        "900123"),
    "Status twice": (
        "kai-status.md",
        replaced("town park.", "town park by 31 Thornber Road.\n\nStatus: draft").replace(
            "\n\nStatus: draft", "", 1).replace("Status: published\n", "Status: published\n"
                                                "Status: draft\n", 1),
        "Thornber"),
    "no-break spaces from Word": (
        "kai-word.md",
        replaced("town park.", "town park with Mr\u00a0Okafor on Moor\u00a0Lane."),
        "Okafor"),
    "zero-width and thin spaces": (
        "kai-zero-width.md",
        replaced("town park.", "town park with Jordan\u200b Osei and Mr\u2009Adeyemi."),
        "Adeyemi"),
    "fullwidth digits": (
        "kai-fullwidth.md",
        replaced("town park.", "town park. Ring \uff10\uff17\uff17\uff10\uff10 "
                 "\uff19\uff10\uff10\uff14\uff16\uff11."),
        "07700 900461"),
    "a surname in Slug:": (
        "kai-slug.md",
        replaced("Status: published", "Slug: kai-meets-the-blenkinsops\nStatus: published"),
        "blenkinsops"),
    "a surname in Save_as: and Url:": (
        "kai-save-as.md",
        replaced("Status: published", "Save_as: case-studies/kai-featherstonehaugh/index.html\n"
                 "Url: case-studies/kai-featherstonehaugh/\nStatus: published"),
        "featherstonehaugh"),
    "a name in an image's file name": (
        "kai-photo.md",
        replaced("town park.", "town park.\n\n![Benches in a park]({static}/images/"
                 "peregrine-hollingsworth.jpg)"),
        "hollingsworth"),
    "a name in a link's address": (
        "kai-link.md",
        replaced("town park.", "town park, as [the local paper]"
                 "(https://news.example.com/cuthbert-ainsley-sentenced-2025) reported."),
        "ainsley"),
    "a name in a link's fragment": (
        "kai-fragment.md",
        replaced("town park.", "town park, as [reported](https://news.example.com/court#"
                 "ashworth-family)."),
        "ashworth"),
    "a name in a tag, in lower case": (
        "kai-tag.md",
        replaced("Tags: employment", "Tags: employment, jordan nowak"),
        "nowak"),
    "a name typed with a Cyrillic letter": (
        "kai-lookalike.md",
        replaced("town park.", "town park with Mr \u041ekonkwo."),
        "\u043ekonkwo"),
    "a full name declared as a pseudonym": (
        "kai-pseudonym.md",
        replaced("Pseudonyms: Kai", "Pseudonyms: Kai, Daniel Kowalczyk").replace(
            "town park.", "town park with Daniel Kowalczyk."),
        "Kowalczyk"),
    "a surname declared as a pseudonym": (
        "kai-surname.md",
        replaced("Pseudonyms: Kai", "Pseudonyms: Kai, Hargreaves").replace(
            "town park.", "town park. Mr Hargreaves said he worked hard."),
        "Hargreaves"),
    "an identifier allowed": (
        "kai-allow-id.md",
        replaced("Status: published", "Allow: 2013/0456789G -- n/a\nStatus: published").replace(
            "town park.", "town park (PNC 2013/0456789G)."),
        "0456789G"),
    "a name allowed without a reason": (
        "kai-allow-name.md",
        replaced("Status: published", "Allow: Lucinda Marchbanks -- ok.\nStatus: published").replace(
            "town park.", "town park with Lucinda Marchbanks."),
        "Marchbanks"),
}


def make_image(path: Path, colour: str = "green") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), colour).save(path)


def published_names_and_text(*roots: Path) -> str:
    """Every file name and every file's text under `roots` (compressed copies opened), as a
    reader sees them (no-break and zero-width spaces read as spaces), in lower case."""
    seen = []
    for root in roots:
        for path in root.rglob("*") if root.exists() else ():
            seen.append(path.relative_to(root).as_posix())
            if path.is_file():
                data = path.read_bytes()
                if path.suffix == ".gz":
                    data = gzip.decompress(data)
                seen.append(data.decode("utf-8", errors="ignore"))
    return as_read(html.unescape("\n".join(seen))).lower()


def as_read(text: str) -> str:
    """Text as a reader sees it: compatibility forms plain, every space a space, no invisibles.
    (Written here, not taken from the code under test, so that the two can disagree.)"""
    plain = unicodedata.normalize("NFKC", text)
    return "".join(" " if unicodedata.category(char) == "Zs" else char for char in plain
                   if unicodedata.category(char) != "Cf")


@pytest.fixture(scope="module")
def routes_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One build of the sample site with a story planted for every route."""
    folder = tmp_path_factory.mktemp("routes")
    content = copy_content(folder)
    make_image(content / "images" / "peregrine-hollingsworth.jpg")
    for name, text, _ in ROUTES.values():
        (content / "case-studies" / name).write_bytes(text.encode("utf-8"))
    return run_pelican(content, folder / "output")


def test_the_build_fails_without_a_traceback(routes_build: Build) -> None:
    assert routes_build.returncode != 0
    assert "Traceback" not in routes_build.log
    assert (routes_build.output / "index.html").is_file(), "the rest of the site is still built"


@pytest.mark.parametrize("route", list(ROUTES))
def test_each_route_names_its_story_and_publishes_its_detail_nowhere(routes_build: Build,
                                                                      route: str) -> None:
    name, _, detail = ROUTES[route]
    assert f"case-studies/{name}:" in routes_build.log, route
    published = published_names_and_text(routes_build.output, routes_build.output.parent / "kit")
    assert detail.lower() not in published, f"{detail!r} was published ({route})"


def test_a_header_with_no_blank_line_says_what_to_do(routes_build: Build) -> None:
    log = " ".join(routes_build.log.split())
    assert "case-studies/kai-header.md:9:1:" in log
    assert "Add an empty line after the last field" in log


def test_status_given_twice_is_an_error_naming_both_lines(routes_build: Build) -> None:
    log = " ".join(routes_build.log.split())
    assert "case-studies/kai-status.md:9:1:" in log and "(lines 8 and 9)" in log


def test_a_byte_order_mark_is_read_as_notepad_means_it(routes_build: Build) -> None:
    """The story is refused for its phone number, not for a missing Title."""
    log = " ".join(routes_build.log.split())
    assert "kai-bom.md" in log and "has no Title" not in log
    assert "kai-bom.md:10:" in log and "phone" in log


def test_the_publisher_and_the_build_agree_on_a_story_that_says_both_statuses(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "case-studies").mkdir(parents=True)
    _, text, _ = ROUTES["Status twice"]
    (content / "case-studies" / "both.md").write_text(text, encoding="utf-8")
    sources = read_sources(content)
    assert [path.name for path in sources.published] == ["both.md"]  # checked, never skipped
    assert parse_story(text).problems, "and the reading says the field is given twice"


def test_a_clean_story_with_a_bom_and_windows_line_endings_is_published(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    story = "\ufeff" + CLEAN.replace("\n", "\r\n")
    (content / "case-studies" / "kai-gets-back-on-track.md").write_bytes(story.encode("utf-8"))
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    page = BeautifulSoup((build.output / "case-studies" / "kai-gets-back-on-track" / "index.html")
                         .read_text(encoding="utf-8"), "html.parser")
    assert " ".join(page.h1.get_text().split()) == "Kai gets back on track"
    assert "restoring benches" in page.get_text()


def test_a_document_in_content_images_is_an_error_and_never_copied(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "images" / "consent-form-lucinda-marchbanks.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    log = " ".join(build.log.split())
    assert "images/consent-form-lucinda-marchbanks.pdf:1:1: this file is not an image" in log
    assert "marchbanks" not in published_names_and_text(build.output, tmp_path / "kit")


def test_only_files_a_published_page_uses_are_published(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    make_image(content / "images" / "benches.jpg")  # a draft's photo
    make_image(content / "images" / "spare.jpg", "red")  # used by nothing
    (content / "case-studies" / "kai-draft.md").write_text(
        replaced("Status: published", "Status: draft").replace(
            "town park.", "town park.\n\n![Benches in a park]({static}/images/benches.jpg)"),
        encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    published = sorted(path.name for path in (build.output / "images").iterdir())
    # Each photo with its smaller and WebP copies (plugins/photos); no copy of an unused one.
    copies = [f"{stem}-{width}.{kind}" for stem in ("allotment", "towpath", "workshop")
              for width, kinds in ((480, "jpg webp"), (800, "jpg webp"), (1200, "webp"))
              for kind in kinds.split()]
    assert published == sorted(["allotment.jpg", "logo.svg", "towpath.jpg", "workshop.jpg", *copies])


def test_the_build_lists_every_acceptance(site: Build) -> None:
    log = " ".join(site.log.split())
    assert "case-studies/sam-clears-the-towpath.md:6:1: accepted as a pseudonym: Sam" in log
    assert "detail(s) accepted by the stories' Pseudonyms: and Allow:" in log


def test_publish_lists_every_acceptance_before_it_uploads(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    story = content / "case-studies" / "kai-gets-back-on-track.md"
    story.write_text(replaced("town park.", "town park with Amina Yusuf.", CLEAN).replace(
        "Status: published", "Allow: Amina Yusuf -- our chief officer, who agreed in writing\n"
        "Status: published"), encoding="utf-8")
    said: list[str] = []
    pipeline.prepare(content, ROOT / "publishconf.py", tmp_path / "work", say=said.append)
    listing = next(line for line in said if line.startswith("The stories accept"))
    assert "Allow: Amina Yusuf -- our chief officer, who agreed in writing" in listing
    assert "the pseudonym Kai" in listing


def test_every_build_checks_what_it_wrote_and_leaves_nothing_unchecked(tmp_path: Path) -> None:
    """A template never passes through the stories' check: the build's own check of its
    output finds the name, fails, and empties output/ so nothing unchecked can be uploaded."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(
        "</footer>", "<p>Photos by Gordon Blackwell</p></footer>"), encoding="utf-8")
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f'THEME="{theme}"')
    assert build.returncode != 0
    assert "'Gordon Blackwell'" in " ".join(build.log.split())
    assert list(build.output.iterdir()) == []
    assert not (tmp_path / "kit").exists()


def test_the_built_site_check_reads_addresses_as_words(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<p><a href="/tags/jordan-nowak/">a topic</a> and '
                                     '<a href="https://news.example.com/#mensah-trial">news</a></p>',
                                     encoding="utf-8")
    report = check_output(site, Declarations(), Allowlist(), hygiene=False)
    found = " ".join(problem.what for problem in report.problems)
    assert "'nowak'" in found and "'mensah'" in found
    allowed = check_output(site, Declarations(), Allowlist(("Nowak",)), hygiene=False)
    assert "'nowak'" not in " ".join(problem.what for problem in allowed.problems)


def png_with_text_after_the_picture(path: Path) -> None:
    """A PNG whose text chunk comes after its image data, where only a full read finds it."""
    make_image(path.with_suffix(".tmp.png"))
    data = path.with_suffix(".tmp.png").read_bytes()
    body = b"Author\x00Gordon Blackwell"
    chunk = len(body).to_bytes(4, "big") + b"tEXt" + body + zlib.crc32(b"tEXt" + body).to_bytes(4, "big")
    end = data.rindex(b"IEND") - 4
    path.write_bytes(data[:end] + chunk + data[end:])


def test_text_after_a_png_s_picture_is_found_without_decoding_every_image(tmp_path: Path) -> None:
    photo = tmp_path / "card.png"
    png_with_text_after_the_picture(photo)
    assert "author text" in " ".join(what for what, _ in inspect_image(photo, decode=False).metadata)
    assert "a text chunk 'Author'" in metadata_blocks(photo)
