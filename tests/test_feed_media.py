"""Feeds as a feed reader shows them: a picture for each entry, a description for each
channel, and entry ids that do not pose as addresses."""

from __future__ import annotations

import json

import feedparser
from conftest import ROOT, run_pelican
from lxml import etree
from PIL import Image
from site_reading import PUBLIC, soup


def feeds(output, feed_type="*"):
    return sorted((output / "feeds").rglob(f"*.{feed_type}.xml"))


def og_image(output, link):
    """The share image a story's page names (og:image)."""
    page = soup(output / link[len(PUBLIC) + 1:] / "index.html")
    return page.find("meta", property="og:image")["content"]


def assert_every_entry_has_its_card(output):
    """Every entry of every feed has one enclosure: its story's share card, a file the site
    publishes, with that file's size in bytes and its image type."""
    checked = 0
    for path in feeds(output):
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        for entry in feed.entries:
            assert len(entry.enclosures) == 1, (path, entry.link)
            enclosure = entry.enclosures[0]
            assert enclosure.href == og_image(output, entry.link), (path, entry.link)
            assert enclosure.href.startswith(PUBLIC + "/"), (path, enclosure.href)
            image = output / enclosure.href[len(PUBLIC) + 1:]
            assert image.is_file(), (path, enclosure.href)
            assert int(enclosure.length) == image.stat().st_size, (path, enclosure.href)
            with Image.open(image) as picture:
                assert enclosure.type == Image.MIME[picture.format], (path, enclosure.href)
            checked += 1
    assert checked


def test_every_entry_carries_its_share_card_as_an_enclosure(site):
    assert_every_entry_has_its_card(site.output)


def test_cards_drawn_during_the_build_are_in_the_feeds_whole(tmp_path):
    """With no card cached, workers draw them while the feeds are written: each feed still
    gives the size of the finished file."""
    cards = {"cache": str(tmp_path / "cards"), "locale": "en_GB"}
    build = run_pelican(ROOT / "content", tmp_path / "output",
                        "-e", f"SOCIAL_CARDS={json.dumps(cards)}")
    assert build.returncode == 0, build.log
    assert_every_entry_has_its_card(build.output)


def test_every_channel_says_what_it_carries(site, settings):
    rss = []
    for path in feeds(site.output):
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        # feedparser reads RSS's <description> and Atom's <subtitle> as the same thing.
        text = feed.feed.get("subtitle", "").strip()
        # "Pennine Vale Probation - Unpaid work (Community Payback)", or the site's own feed.
        _site, _, subject = feed.feed.title.partition(" - ")
        assert text, path
        assert subject in text if subject else text == settings["SITE_STRAPLINE"], path
        if path.parent.name == "tags":
            assert text.startswith(f"Stories tagged {subject}"), path
        if path.name.endswith(".rss.xml"):
            rss.append(text)
    assert len(rss) == len(set(rss)), "two RSS feeds describe themselves alike"


def test_tag_uri_guids_are_marked_as_not_permalinks(site):
    checked = 0
    for path in feeds(site.output, "rss"):
        for guid in etree.parse(str(path)).iterfind(".//item/guid"):
            if guid.text.startswith("tag:"):
                assert guid.get("isPermaLink") == "false", (path, guid.text)
                checked += 1
        for entry in feedparser.parse(path.read_bytes()).entries:
            assert entry.link != entry.id, path
            assert not entry.guidislink, path
    assert checked
