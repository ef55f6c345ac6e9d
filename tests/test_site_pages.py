"""What a reader sees in the built sample site: pages, links, drafts, themes' promises."""

from __future__ import annotations

import gzip
import json
import re
from datetime import datetime
from pathlib import Path

from conftest import run_pelican
from site_reading import PUBLIC, html_pages, internal_addresses, soup, target_file

ROOT = Path(__file__).resolve().parent.parent


def published_stories(settings: dict) -> list[tuple[str, Path]]:
    """(kind folder, source) of every story whose metadata says it is published."""
    stories = []
    for kind in settings["KINDS"]:
        for source in sorted((ROOT / "content" / kind).glob("*.md")):
            if re.search(r"^Status:\s*published\s*$", source.read_text(), re.M | re.I):
                stories.append((kind, source))
    return stories


def plain(text: str) -> str:
    """Undo typogrify's curly quotes and non-breaking spaces, to compare with the source."""
    return text.replace("\xa0", " ").replace("\u2019", "'").replace("\u2018", "'")


def test_every_kind_department_and_fixed_page_is_built(site, settings):
    expected = ["index.html", "404.html", "archive/", "tags/", "about/", "departments/"]
    expected += ["case-studies/", "department-profiles/", "news/"]
    expected += [f"departments/{slug}/" for slug in settings["DEPARTMENTS"]]
    missing = [url for url in expected if not site.page(url).is_file()]
    assert missing == []


def test_sample_content_has_at_least_twelve_published_stories_in_every_kind(settings):
    stories = published_stories(settings)
    assert len(stories) >= 12
    assert {kind for kind, _ in stories} == set(settings["KINDS"])


def test_every_published_story_has_its_own_page(site, settings):
    for _kind, source in published_stories(settings):
        title = re.search(r"^Title:\s*(.+)$", source.read_text(), re.M).group(1)
        pages = [p for p in site.output.rglob("index.html") if title in plain(soup(p).h1.get_text())]
        assert pages, f"no page has the title of {source.name}"


def test_every_internal_link_and_image_points_at_a_file_in_the_output(site):
    broken = []
    for page in html_pages(site.output):
        for tag, address in internal_addresses(soup(page)):
            target = target_file(site.output, page, address)
            if target is not None and not target.is_file():
                broken.append(f"{page.relative_to(site.output)}: <{tag}> {address}")
    assert broken == []


def test_nothing_is_loaded_from_another_host(site):
    loaded_elsewhere = []
    for page in html_pages(site.output):
        for tag, address in internal_addresses(soup(page)):
            if tag != "a" and target_file(site.output, page, address) is None:
                loaded_elsewhere.append(f"{page.name}: <{tag}> {address}")
    stylesheets = list(site.output.rglob("*.css"))
    assert stylesheets
    for sheet in stylesheets:
        assert not re.search(r"@import|url\(\s*['\"]?https?:", sheet.read_text())
    assert loaded_elsewhere == []


def test_no_page_needs_javascript(site):
    assert not list(site.output.rglob("*.js"))
    assert all(soup(page).find("script") is None for page in html_pages(site.output))


def test_every_page_has_one_h1_a_skip_link_first_and_landmarks(site):
    for page in html_pages(site.output):
        document = soup(page)
        assert len(document.find_all("h1")) == 1, page
        first_link = document.body.find("a")
        assert first_link["href"] == "#main", page
        assert document.find(id="main") is not None, page
        assert document.find("main") and document.find("header") and document.find("footer")
        assert document.html.get("lang", "").startswith("en"), page


def test_every_image_has_width_height_and_alt(site):
    for page in html_pages(site.output):
        for image in soup(page).find_all("img"):
            assert image.get("alt") is not None, (page, image)
            assert image.get("width") and image.get("height"), (page, image)


def test_story_page_shows_everything_a_reader_needs(site, settings):
    kind, source = next(s for s in published_stories(settings) if s[0] == "case-studies")
    page = site.page(f"{kind}/{source.stem}/")
    document = soup(page)
    text = document.get_text(" ")
    metadata = dict(re.findall(r"^(\w+):\s*(.*)$", source.read_text().split("\n\n")[0], re.M))
    assert document.find("time", attrs={"datetime": True})
    department = settings["DEPARTMENTS"][metadata["Department"]]["name"]
    assert department in text
    hrefs = [a["href"] for a in document.find_all("a", href=True)]
    assert any(f"departments/{metadata['Department']}/" in href for href in hrefs)
    assert any(href.endswith(".atom.xml") for href in hrefs)
    for tag in metadata["Tags"].split(","):
        assert tag.strip() in text
    summary_words = metadata["Summary"].split()[:4]
    assert " ".join(summary_words) in plain(text)


def test_a_rebranded_profiles_label_keeps_every_departments_profile(site, settings, tmp_path):
    """Departments find their profile by its kind (the folder), not by the label a trust shows."""
    def with_profile(output: Path) -> set[str]:
        return {page.parent.name for page in (output / "departments").glob("*/index.html")
                if soup(page).find(id="profile")}

    kinds = {**settings["KINDS"], "profiles": "Meet our teams"}
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f"KINDS={json.dumps(kinds)}")
    assert build.returncode == 0, build.log
    assert with_profile(site.output), "the sample site should show department profiles"
    assert with_profile(build.output) == with_profile(site.output)


def test_stories_link_to_previous_and_next_in_their_department(site):
    with_neighbours = 0
    for page in (site.output / "case-studies").rglob("index.html"):
        nav = soup(page).find(attrs={"class": re.compile("neighbours|pager|prev-next")})
        with_neighbours += nav is not None and bool(nav.find("a"))
    assert with_neighbours >= 1


def test_drafts_are_written_nowhere(site, settings):
    drafts = [
        source
        for kind in settings["KINDS"]
        for source in (ROOT / "content" / kind).glob("*.md")
        if re.search(r"^Status:\s*draft", source.read_text(), re.M | re.I)
    ]
    assert drafts, "the sample content should show a draft"
    assert not (site.output / "drafts").exists()
    everything = "".join(p.read_text(errors="ignore") for p in site.output.rglob("*") if p.is_file())
    for draft in drafts:
        assert draft.stem not in everything


def test_no_author_pages_or_feeds(site):
    assert not (site.output / "author").exists()
    assert not list(site.output.rglob("authors*"))


def test_story_page_and_its_css_weigh_under_14_kb_gzipped(site, settings):
    kind, source = published_stories(settings)[0]
    page = site.page(f"{kind}/{source.stem}/")
    css = b"".join(p.read_bytes() for p in site.output.rglob("*.css"))
    weight = len(gzip.compress(page.read_bytes(), 9)) + len(gzip.compress(css, 9))
    assert weight < 14 * 1024


def test_typogrify_curls_quotes_but_leaves_code_alone(site):
    pages = [soup(p) for p in (site.output / "case-studies").rglob("index.html")]
    assert any("\u2019" in page.main.get_text() for page in pages)
    for page in pages:
        for code in page.find_all(["code", "pre"]):
            assert "\u2019" not in code.get_text() and "\u201c" not in code.get_text()


def test_canonical_link_is_absolute(site):
    for page in html_pages(site.output):
        canonical = soup(page).find("link", rel="canonical")
        if page.name != "404.html":
            assert canonical and canonical["href"].startswith(PUBLIC + "/"), page


def test_sitemap_lists_every_published_story_and_nothing_else(site, settings):
    sitemap = (site.output / "sitemap.xml").read_text()
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    for kind, source in published_stories(settings):
        assert f"{PUBLIC}/{kind.replace('profiles', 'department-profiles')}/{source.stem}/" in listed
    assert not any("404" in url or "draft" in url for url in listed)


def test_sitemap_dates_each_page_by_its_stories_not_by_the_build(site):
    """A list page's <lastmod> is its newest listed story's; any other undated page's (home,
    about, help pages) the newest story's: so two builds of the same stories write the same
    sitemap, and the built-site check has no new line to read."""
    sitemap = (site.output / "sitemap.xml").read_text()
    dated = {loc[len(PUBLIC) + 1:]: datetime.fromisoformat(lastmod) for loc, lastmod in
             re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)}
    story_pages = {url for url in dated if site.page(url).is_file()
                   and soup(site.page(url)).find("article")}
    assert story_pages
    newest = max(dated[url] for url in story_pages)
    lists = 0
    for url, lastmod in dated.items():
        if url in story_pages or url == "":  # the home page: its cards hold the newest
            continue
        page = site.page(url)
        listed = {target_file(site.output, page, link.a["href"])
                  for link in soup(page).select("ul.stories > li > h2, ul.stories > li > h3")}
        if listed:
            lists += 1
            stories = {url for url in story_pages if site.page(url) in listed}
            assert lastmod == max(dated[url] for url in stories), url
        else:
            assert lastmod == newest, url
    assert lists > 10 and dated[""] == newest
