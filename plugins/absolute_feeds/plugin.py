"""Pelican adapter: rewrite each entry of each feed before it is written."""

from __future__ import annotations

from typing import Any

from pelican import signals

from .links import absolute_links


def absolutise(_context: Any, feed: Any) -> None:
    """Receiver of `feed_generated`: the feed is built but not yet written.

    Each feed also gets its own address as its id: Pelican gives every feed the site's
    address, and an Atom id must name one feed.
    """
    feed.feed["id"] = feed.feed["feed_url"]
    for item in feed.items:
        for key in ("description", "content"):
            if item.get(key):
                item[key] = absolute_links(item[key], item["link"])


def register() -> None:
    signals.feed_generated.connect(absolutise)
