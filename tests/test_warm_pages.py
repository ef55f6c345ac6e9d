"""The warmer home page and indexes: featured stories with pictures, a pulled quote, department
tiles, one navigation item per section with the current one marked, one page per department,
and list pages split into pages that stay light however many stories there are."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from benchmarks.stories import write_site
from conftest import Build, copy_content, run_pelican
from site_reading import soup, target_file

QUOTE = "You don't have to enjoy it, you just have to turn up."
PAGE_SIZE = 5
# The settings asked of pelicanconf.py, with a small page size so that a small site has pages.
PAGINATION_PATTERNS = [
    [1, "{url}", "{save_as}"],
    [2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"],
]
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None, "archives": 100}


def pagination(page_size: int) -> tuple[str, ...]:
    return ("-e", f"DEFAULT_PAGINATION={page_size}",
            f"PAGINATION_PATTERNS={json.dumps(PAGINATION_PATTERNS)}",
            f"PAGINATED_TEMPLATES={json.dumps(PAGINATED_TEMPLATES)}")


def add_field(story: Path, field: str) -> None:
    """Set a header field of a story: in place of the story's own, or just above `Status:`."""
    key = field.split(":", 1)[0] + ":"
    lines = story.read_text(encoding="utf-8").split("\n")
    header = lines[:lines.index("")]
    kept = [line for line in header if not line.startswith(key)]
    kept.insert(next(i for i, line in enumerate(kept) if line.startswith("Status:")), field)
    story.write_text("\n".join([*kept, *lines[len(header):]]), encoding="utf-8")


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The sample site, with a quote in one story, paginated five stories to a page."""
    folder = tmp_path_factory.mktemp("warm")
    content = copy_content(folder)
    add_field(content / "case-studies" / "sam-clears-the-towpath.md", f"Quote: {QUOTE}")
    build = run_pelican(content, folder / "output", *pagination(PAGE_SIZE))
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """A generated site of 200 stories, ten to a page (benchmarks/stories.py)."""
    folder = tmp_path_factory.mktemp("large")
    write_site(folder / "content", 200)
    build = run_pelican(folder / "content", folder / "output", *pagination(10))
    assert build.returncode == 0, build.log
    return build


def plain(text: str) -> str:
    """Typogrify's curly quotes and non-breaking spaces as the writer typed them."""
    return " ".join(text.replace("\u2019", "'").replace("\xa0", " ").split())


def nav_items(page: Path) -> list[tuple[str, str | None]]:
    """(label, aria-current) of each item of the main navigation."""
    nav = soup(page).find("nav", attrs={"aria-label": "Main"})
    return [(a.get_text(strip=True), a.get("aria-current")) for a in nav.find_all("a")]


def test_home_features_stories_with_pictures_that_are_in_the_output(warm):
    home = warm.page("index.html")
    cards = soup(home).select("main .cards li")
    assert len(cards) >= 3
    for card in cards:
        image, link = card.find("img"), card.find("a", href=True)
        assert link and link.get_text(strip=True), "each featured story is named beside its picture"
        assert image is not None, card
        assert image["alt"] == "" and image["loading"] == "lazy"
        assert int(image["width"]) > 0 and int(image["height"]) > 0
        assert target_file(warm.output, home, image["src"]).is_file(), image["src"]


def test_a_quote_from_a_story_is_on_the_home_page_and_on_the_story(warm):
    home = soup(warm.page("index.html")).select_one("main blockquote")
    assert home is not None and plain(home.get_text()) == QUOTE
    credit = home.find_parent("figure").find("a", href=True)
    assert credit["href"].endswith("case-studies/sam-clears-the-towpath/")
    story = soup(warm.page("case-studies/sam-clears-the-towpath/")).select_one("main blockquote")
    assert story is not None and plain(story.get_text()) == QUOTE


def test_the_anonymity_guard_checks_the_quote(tmp_path):
    content = copy_content(tmp_path)
    story = content / "case-studies" / "sam-clears-the-towpath.md"
    add_field(story, "Quote: Ring me on 07700 900461 any time.")
    line = story.read_text(encoding="utf-8").splitlines().index(
        "Quote: Ring me on 07700 900461 any time.") + 1
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert f"sam-clears-the-towpath.md:{line}:" in build.log
    assert not (tmp_path / "output" / "case-studies" / "sam-clears-the-towpath").exists()


def test_home_has_a_tile_per_department_linking_to_its_page(warm, settings):
    home = warm.page("index.html")
    tiles = soup(home).select("main .tiles li")
    assert len(tiles) == len(settings["DEPARTMENTS"])
    linked = set()
    for tile in tiles:
        address = tile.find("a", href=True)["href"]
        assert target_file(warm.output, home, address).is_file(), address
        linked.add(address.rstrip("/").rsplit("/", 1)[-1])
        assert re.search(r"\b\d+ stor(y|ies)\b", tile.get_text()), "a tile says how many stories"
    assert linked == set(settings["DEPARTMENTS"])


@pytest.mark.parametrize(("address", "current"), [
    ("index.html", ("Home", "page")),
    ("case-studies/", ("Case studies", "page")),
    ("case-studies/sam-clears-the-towpath/", ("Case studies", "true")),
    ("departments/", ("Departments", "page")),
    ("departments/court-team/", ("Departments", "true")),
    ("department-profiles/court-team/", ("Departments", "true")),
    ("about/", ("About", "page")),
])
def test_one_navigation_item_per_section_and_the_current_one_is_marked(warm, address, current):
    items = nav_items(warm.page(address))
    labels = [label for label, _ in items]
    assert len(labels) == len(set(labels))
    assert "Department profiles" not in labels, "profiles are on the departments' pages"
    assert [(label, mark) for label, mark in items if mark] == [current]


def words(text: str) -> str:
    """Text as its words only, so typography (curly quotes, no-break spaces) does not count."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_a_department_page_holds_its_profile_once(warm):
    """The profile's title, summary and text are each on its department's page once."""
    for source in sorted((warm.output.parent / "content" / "profiles").glob("*.md")):
        header, body = source.read_text(encoding="utf-8").split("\n\n", 1)
        fields = dict(re.findall(r"^(\w+):\s*(.*)$", header, re.M))
        page = words(soup(warm.page(f"departments/{fields['Department']}/")).main.get_text(" "))
        for part in (fields["Title"], fields["Summary"], body.split("\n\n")[0]):
            assert page.count(words(part)) == 1, (source.name, part)


def test_list_pages_have_a_second_page_with_accessible_links(warm):
    second = warm.page("case-studies/page/2/")
    assert second.is_file()
    pages = soup(second).find("nav", attrs={"aria-label": "Pages"})
    assert pages is not None
    newer = pages.find("a", rel="prev")
    assert target_file(warm.output, second, newer["href"]) == warm.page("case-studies/")
    first = soup(warm.page("case-studies/")).find("nav", attrs={"aria-label": "Pages"})
    assert target_file(warm.output, warm.page("case-studies/"), first.find("a", rel="next")["href"]) == second
    assert len(soup(second).select("main .stories li")) >= 1
    assert len(soup(warm.page("case-studies/")).select("main .stories li")) == PAGE_SIZE


def test_every_list_page_of_a_large_site_is_under_30_kb_gzipped(large):
    """Every page but a story's (which holds an <article>) lists stories, or a few links."""
    pages = {page.relative_to(large.output).as_posix(): page.read_bytes()
             for page in large.output.rglob("*.html")}
    lists = {address: html for address, html in pages.items() if b"<article" not in html}
    for second in ("page/2/", "case-studies/page/2/", "archive/page/2/",
                   "departments/offender-management/page/2/", "tags/education/page/2/"):
        assert f"{second}index.html" in lists, second
    heavy = {address: len(gzip.compress(html, 9)) for address, html in lists.items()}
    assert {address: size for address, size in heavy.items() if size >= 30 * 1024} == {}
