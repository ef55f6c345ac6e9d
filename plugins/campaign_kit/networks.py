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

Counting is exact, and fast for ordinary text. twitter-text's `parse_tweet` takes milliseconds
a text (most of it looking for emoji), and `\\X` splits every grapheme; the counters here give
the same numbers for most text with plain string operations, and ask the libraries otherwise:

- `graphemes`: a character whose Grapheme_Cluster_Break is Other, Control or LF never joins a
  neighbour. In UAX #29 every rule that keeps two characters together (GB3, GB6-GB9c, GB11,
  GB12-13) needs a CR, a Hangul jamo or syllable, an Extend, ZWJ, SpacingMark, Prepend or a
  regional indicator; so in text of only those three classes each character is one grapheme.
- `x_length`: in `X_PLAIN` (ASCII, Latin-1 but the emoji © and ®, Latin Extended-A, dashes
  and quotes, "…") twitter-text weighs every character 1, but "…" 2, and none of them is
  invalid, begins an emoji, or is changed by NFC; so a plain text weighs its length plus its
  ellipses, less its links, which twitter-text's own `extract_urls_with_indices` finds and
  which weigh 23 each. tests/test_campaign_kit.py checks each of these claims against
  twitter-text itself, character by character and pair by pair.

`body_length` counts the part of a post before its hashtag and link for the kit, which tries
many shortened versions of that part: for a "plain body" it is exact without asking any
library. A plain body has no links (every address twitter-text finds has a full stop between
two characters that are not spaces: its domain ends "name.tld") and, for Mastodon, no
mentions (no "@"), and it ends with a line break, after which no link, emoji, grapheme or NFC
composition carries on: so a post's length is its body's length plus its tail's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

import regex

LINK_LENGTH = 23  # what X and Mastodon count for each link, however long
GRAPHEME = regex.compile(r"\X")
REMOTE_MENTION = regex.compile(r"(?<![\w@])(@\w+)@[\w.-]+\w")
# A character that may join its neighbour in a grapheme cluster (see the module's docstring).
JOINER = regex.compile(r"[^\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}\n]")
X_PLAIN = "\n\x20-\x7e\xa0-\xa8\xaa-\xad\xaf-\u017f\u2010-\u201f\u2026"
NOT_X_PLAIN = re.compile(f"[^{X_PLAIN}]")
X_HEAVY = "\u2026"  # the one character of X_PLAIN that X weighs 2
DOTTED = re.compile(r"[^ \n]\.[^ \n]")  # what every web address has


@lru_cache(maxsize=1)
def twitter_text() -> ModuleType:
    """twitter-text, imported when first needed: loading its emoji list takes half a second,
    which a build that takes every text from the kit's cache does not spend."""
    import twitter_text as library  # noqa: PLC0415

    return library


def graphemes(text: str) -> int:
    """Extended grapheme clusters: what a reader sees as characters."""
    if JOINER.search(text) is None:
        return len(text)
    return len(GRAPHEME.findall(text))


@lru_cache(maxsize=1)
def top_level_domain() -> re.Pattern[str]:
    """twitter-text's own top-level domains, as its link pattern matches them after a "."."""
    from twitter_text.regexp.valid_cctld import valid_cctld  # noqa: PLC0415 - see twitter_text()
    from twitter_text.regexp.valid_gtld import valid_gtld  # noqa: PLC0415
    from twitter_text.regexp.valid_punycode import valid_punycode  # noqa: PLC0415

    parts = (valid_gtld, valid_cctld, valid_punycode)
    return re.compile("(?:" + "|".join(part.pattern for part in parts) + ")", re.IGNORECASE)


def may_have_links(text: str) -> bool:
    """False when twitter-text cannot find a link in `text`.

    Every link it finds has a domain ending in "." and a top-level domain from its lists
    (valid_domain: subdomains, a name ending in "\\.", then a gTLD, ccTLD or punycode one). So
    with no full stop followed by one of those, there is no link. A look takes microseconds
    where the whole search takes over a hundred (and a site on a test address such as
    ".example" has no link in any post, so would pay that for every one).
    """
    stop = text.find(".")
    while stop != -1:
        end = text.find("/", stop + 1)
        if domain_follows(text[stop + 1:] if end == -1 else text[stop + 1:end + 1]):
            return True
        stop = text.find(".", stop + 1)
    return False


@lru_cache(maxsize=1024)
def domain_follows(after: str) -> bool:
    """Whether a top-level domain starts `after` (what follows a full stop, up to and with
    the next "/"). No top-level domain holds a "/", so the pattern never looks past it: the
    answer is the same wherever this text follows a full stop, and is worked out once (the
    host of every link on the site, for one)."""
    return top_level_domain().match(after) is not None


@lru_cache(maxsize=8192)
def links_in(text: str) -> tuple[tuple[str, int, int], ...]:
    """(address, start, end) of each link in `text` that X (and Mastodon) count as 23."""
    if "." not in text or not may_have_links(text):
        return ()
    found = twitter_text().extract_urls_with_indices(text)
    return tuple((link["url"], *link["indices"]) for link in found)


def x_weight(text: str) -> int:
    """X's weight of plain text (only X_PLAIN characters), links not set apart."""
    return len(text) + text.count(X_HEAVY)


@lru_cache(maxsize=8192)
def x_length(text: str) -> int:
    """X's weighted length of `text`, as X's own counter works it out."""
    if NOT_X_PLAIN.search(text) is not None or not unicodedata.is_normalized("NFC", text):
        return twitter_text().parse_tweet(text).weightedLength
    # As parse_tweet walks the text: a link it reaches counts 23 and is stepped over whole
    # (by the length of its address; of two links starting at one place, the last found).
    starts = {start: link for link, start, _ in links_in(text)}
    length, position = 0, 0
    for start in sorted(starts):
        if start < position:
            continue
        length += x_weight(text[position:start]) + LINK_LENGTH
        position = start + len(starts[start])
    return length + x_weight(text[position:])


@lru_cache(maxsize=8192)
def mastodon_length(text: str) -> int:
    """Mastodon's length: graphemes, each link as 23, remote mentions as their local part."""
    pieces, last = [], 0
    for _, start, end in links_in(text):
        pieces += [text[last:start], "x" * LINK_LENGTH]
        last = end
    pieces.append(text[last:])
    return graphemes(REMOTE_MENTION.sub(r"\1", "".join(pieces)))


def x_body(text: str) -> int | None:
    """X's length of a post's body: exact when the body is plain, else None."""
    if NOT_X_PLAIN.search(text) is not None or DOTTED.search(text) is not None:
        return None
    return x_weight(text)


def grapheme_body(text: str) -> int | None:
    """Bluesky's length of a post's body (links count in full): exact, or None."""
    return len(text) if JOINER.search(text) is None else None


def mastodon_body(text: str) -> int | None:
    """Mastodon's length of a post's body with no link and no mention: exact, or None."""
    if "@" in text or DOTTED.search(text) is not None or JOINER.search(text) is not None:
        return None
    return len(text)


@dataclass(frozen=True)
class Network:
    """A network the kit writes posts for."""

    slug: str  # also the link's utm_source
    name: str
    limit: int
    unit: str
    count: Callable[[str], int]
    counts_links_as_23: bool = False
    # The length of a post's body (the text before the hashtag and link, ending in a line
    # break) such that count(body + tail) == body_length(body) + count(tail); None when it
    # cannot be sure of that without counting the whole post.
    body_length: Callable[[str], int | None] = len


NETWORKS: dict[str, Network] = {
    network.slug: network
    for network in (
        Network("x", "X", 280, "weighted characters", x_length, counts_links_as_23=True,
                body_length=x_body),
        Network("bluesky", "Bluesky", 300, "graphemes", graphemes, body_length=grapheme_body),
        Network("mastodon", "Mastodon", 500, "characters", mastodon_length,
                counts_links_as_23=True, body_length=mastodon_body),
        Network("linkedin", "LinkedIn", 3000, "characters", len),
        Network("facebook", "Facebook", 63206, "characters", len),
    )
}
