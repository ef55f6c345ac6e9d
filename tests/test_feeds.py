"""Feeds as a feed reader or a bot reads them: valid, complete, absolute, stable."""

from __future__ import annotations

import re
import shutil

import feedparser
import pytest
from conftest import copy_content, run_pelican
from site_reading import PUBLIC, soup


def feeds(output):
    return sorted((output / "feeds").rglob("*.xml"))


def test_there_are_feeds_for_everything_each_kind_each_department_each_tag(site, settings):
    names = {p.relative_to(site.output / "feeds").as_posix() for p in feeds(site.output)}
    for kind in ("all", "case-studies", "department-profiles", "news"):
        assert {f"{kind}.atom.xml", f"{kind}.rss.xml"} <= names
    for slug in settings["DEPARTMENTS"]:
        assert {f"departments/{slug}.atom.xml", f"departments/{slug}.rss.xml"} <= names
    tag_pages = [p.parent.name for p in (site.output / "tags").glob("*/index.html")]
    assert tag_pages
    for tag in tag_pages:
        assert {f"tags/{tag}.atom.xml", f"tags/{tag}.rss.xml"} <= names


@pytest.mark.parametrize("feed_type", ["atom", "rss"])
def test_every_feed_is_valid_absolute_unique_and_knows_itself(site, feed_type):
    for path in (p for p in feeds(site.output) if p.name.endswith(f".{feed_type}.xml")):
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.entries, path
        own_url = f"{PUBLIC}/{path.relative_to(site.output).as_posix()}"
        assert own_url in [link.href for link in feed.feed.links if link.rel == "self"], path
        ids = [entry.id for entry in feed.entries]
        assert len(ids) == len(set(ids)), path
        for entry in feed.entries:
            assert entry.link.startswith(PUBLIC + "/"), (path, entry.link)
            html = entry.content[0].value if "content" in entry else entry.summary
            for address in re.findall(r'(?:href|src)="([^"]*)"', html):
                assert address.startswith(("https://", "http://", "mailto:")), (path, address)


def test_site_feed_carries_every_published_story(site):
    story_pages = [
        p
        for kind in ("case-studies", "department-profiles", "news")
        for p in (site.output / kind).glob("*/index.html")
    ]
    feed = feedparser.parse((site.output / "feeds" / "all.atom.xml").read_bytes())
    assert len(feed.entries) == len(story_pages)


def test_department_feed_has_exactly_the_departments_stories(site, settings):
    for slug in settings["DEPARTMENTS"]:
        page = soup(site.page(f"departments/{slug}/"))
        feed = feedparser.parse((site.output / "feeds" / "departments" / f"{slug}.atom.xml").read_bytes())
        for entry in feed.entries:
            story = site.page(entry.link[len(PUBLIC) + 1:])
            assert story.is_file()
            assert f"departments/{slug}/" in str(soup(story).find_all("a", href=True))
        assert page.find("a", href=re.compile(rf"{slug}\.atom\.xml$"))


def test_every_page_head_links_its_feeds(site):
    story = next((site.output / "case-studies").glob("*/index.html"))
    alternates = [
        link["href"]
        for link in soup(story).find_all("link", rel="alternate")
        if link.get("type") in ("application/atom+xml", "application/rss+xml")
    ]
    assert any(href.endswith("all.atom.xml") for href in alternates)
    assert any(href.endswith("case-studies.atom.xml") for href in alternates)
    assert any("/departments/" in href for href in alternates)
    assert any("/tags/" in href for href in alternates)
    for page in ("index.html", "news/index.html", "tags/index.html"):
        assert soup(site.output / page).find("link", rel="alternate"), page


def test_entry_ids_stay_the_same_across_rebuilds_and_new_stories(tmp_path):
    content = copy_content(tmp_path)
    first = run_pelican(content, tmp_path / "first")
    assert first.returncode == 0, first.log
    donor = next((content / "news").glob("*.md"))
    extra = donor.read_text().replace("Title:", "Title: Another", 1)
    extra = re.sub(r"^Date:.*$", "Date: 2026-11-01 09:00", extra, count=1, flags=re.M)
    (content / "news" / "another-news-item.md").write_text(extra)
    second = run_pelican(content, tmp_path / "second")
    assert second.returncode == 0, second.log

    def ids(build):
        feed = feedparser.parse((build.output / "feeds" / "all.atom.xml").read_bytes())
        return {entry.link: entry.id for entry in feed.entries}

    before, after = ids(first), ids(second)
    assert len(after) == len(before) + 1
    assert all(after[link] == entry_id for link, entry_id in before.items())
    shutil.rmtree(tmp_path / "first")
