"""A picture for each feed entry: the story's share card, as an enclosure.

Feed readers show an entry's image from its enclosure, which must give the file's size in
bytes. Feeds are written before the share cards are copied into the output, and a card
missing from the cache may still be being drawn by a worker; so the card's file is the one
in the cache, waited for (or drawn here, if its worker failed) when a feed first needs it.
The output's copy is made from that same file, so its size is the one the feed gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from feedgenerator import Enclosure

from plugins.social_cards.plugin import SocialCardsGenerator

CARDS = "FEED_SHARE_CARDS"  # the context key of this build's ShareCards


class ShareCards:
    """The share cards of one build, found by their published address."""

    def __init__(self, generator: SocialCardsGenerator) -> None:
        self.generator = generator
        self.base = generator.settings["PUBLIC_SITEURL"].rstrip("/") + "/"
        self.stories: dict[str, Any] | None = None  # by link, made once for all the feeds
        self.enclosures: dict[str, Enclosure | None] = {}  # by card address, the same

    def story_at(self, context: dict, link: str) -> Any:
        """The story whose absolute address is `link` (an entry's link, its query dropped)."""
        if self.stories is None:
            self.stories = stories_by_link(context)
        return self.stories.get(link.split("?", 1)[0])

    def file(self, url: str) -> Path | None:
        """The finished file of the card published at `url`; None if no card is."""
        return self.generator.card_file(url.removeprefix(self.base))


def remember_cards(generators: Iterable[Any]) -> None:
    """Receiver of `all_generators_finalized`: keep the cards generator in the shared
    context, where each feed's receiver finds it."""
    for generator in generators:
        if isinstance(generator, SocialCardsGenerator):
            generator.context[CARDS] = ShareCards(generator)


def stories_by_link(context: dict) -> dict[str, Any]:
    """Every story the feeds may carry, by its absolute address (an entry's link)."""
    base = context["SITEURL"].rstrip("/") + "/"
    stories = [*context.get("articles", []), *context.get("hidden_articles", []),
               *context.get("drafts", [])]
    return {urljoin(base, story.url): story for story in stories}


def card_enclosure(story: Any, cards: ShareCards) -> Enclosure | None:
    """The story's share card as an enclosure: its address, size in bytes and type."""
    image = getattr(story, "share_image", None)
    if image is None:
        return None
    if image.url not in cards.enclosures:
        path = cards.file(image.url)
        cards.enclosures[image.url] = path and Enclosure(
            image.url, str(path.stat().st_size), image.mime_type)
    return cards.enclosures[image.url]


def add_pictures(context: dict, feed: Any) -> None:
    """Give each entry of `feed` its story's share card (none without the cards plugin)."""
    cards = context.get(CARDS)
    if cards is None:
        return
    for item in feed.items:
        story = cards.story_at(context, item["link"])
        enclosure = card_enclosure(story, cards) if story else None
        if enclosure:
            item["enclosures"] = [enclosure]
