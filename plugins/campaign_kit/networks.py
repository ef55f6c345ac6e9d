"""Each network's limit on a post, and its own way of counting towards it.

- X: 280 "weighted" characters by the twitter-text rules (most letters count 1; emoji and
  CJK count 2; every link X recognises counts 23). `twitter-text-parser` is a port of
  twitter-text that passes its conformance suite. X recognises a link only when its domain
  ends in a real top-level domain: a link to a test address ending in `.example` is plain
  text there, and counts in full.
- Bluesky: 300 graphemes (what a reader sees as one character: "é", a flag, a family emoji),
  counted over the whole text, links in full.
- Mastodon: 500 characters (graphemes), every link counting 23 and a mention of an account
  on another server counting only its "@name" part. Links are found with the twitter-text
  rules, so a link Mastodon would shorten but X would not is counted in full: never short.
- LinkedIn: 3,000 characters; Facebook: 63,206.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex
from twitter_text import extract_urls_with_indices, parse_tweet

LINK_LENGTH = 23  # what X and Mastodon count for each link, however long
GRAPHEME = regex.compile(r"\X")
REMOTE_MENTION = regex.compile(r"(?<![\w@])(@\w+)@[\w.-]+\w")


def graphemes(text: str) -> int:
    """Extended grapheme clusters: what a reader sees as characters."""
    return len(GRAPHEME.findall(text))


@lru_cache(maxsize=4096)
def x_length(text: str) -> int:
    """X's weighted length of `text`, as X's own counter works it out."""
    return parse_tweet(text).weightedLength


def recognised_links(text: str) -> list[str]:
    """The links in `text` that X (and Mastodon) count as 23 characters."""
    return [found["url"] for found in extract_urls_with_indices(text)]


@lru_cache(maxsize=4096)
def mastodon_length(text: str) -> int:
    """Mastodon's length: graphemes, each link as 23, remote mentions as their local part."""
    pieces, last = [], 0
    for found in extract_urls_with_indices(text):
        start, end = found["indices"]
        pieces += [text[last:start], "x" * LINK_LENGTH]
        last = end
    pieces.append(text[last:])
    return graphemes(REMOTE_MENTION.sub(r"\1", "".join(pieces)))


@dataclass(frozen=True)
class Network:
    """A network the kit writes posts for."""

    slug: str  # also the link's utm_source
    name: str
    limit: int
    unit: str
    count: Callable[[str], int]
    counts_links_as_23: bool = False


NETWORKS: dict[str, Network] = {
    network.slug: network
    for network in (
        Network("x", "X", 280, "weighted characters", x_length, counts_links_as_23=True),
        Network("bluesky", "Bluesky", 300, "graphemes", graphemes),
        Network("mastodon", "Mastodon", 500, "characters", mastodon_length,
                counts_links_as_23=True),
        Network("linkedin", "LinkedIn", 3000, "characters", len),
        Network("facebook", "Facebook", 63206, "characters", len),
    )
}
