"""Pelican adapter: complete each feed before it is written."""

from __future__ import annotations

from typing import Any

from pelican import signals

from .channel import describe, mark_ids
from .links import absolute_links
from .pictures import add_pictures, remember_cards
from .sitemap import register as write_sitemap


def absolutise(feed: Any) -> None:
    """Absolute links in every entry, and the feed's own address as its id.

    Pelican gives every feed the site's address, and an Atom id must name one feed.
    """
    feed.feed["id"] = feed.feed["feed_url"]
    for item in feed.items:
        for key in ("description", "content"):
            if item.get(key):
                item[key] = absolute_links(item[key], item["link"])


def complete(context: Any, feed: Any) -> None:
    """Receiver of `feed_generated`: the feed is built but not yet written."""
    absolutise(feed)
    describe(context, feed)
    mark_ids(feed)
    add_pictures(context, feed)


def register() -> None:
    # Every story is read and its share card known, and nothing is written yet.
    signals.all_generators_finalized.connect(remember_cards)
    signals.feed_generated.connect(complete)
    write_sitemap()
