"""Ready-to-post texts: a story's headline, summary, the campaign hashtag and a tagged link.

The standard text is the headline, the summary and "#hashtag link", each on its own
paragraph. When that is too long for a network, the summary is shortened at a word, then
left out, then the headline shortened: the hashtag and the link are always kept.

A story may carry its own text in a `Post:` field; the kit adds the hashtag (unless the text
has it) and the link, uses it wherever it fits, and says where it does not.

Finding the longest text that fits does not count every candidate. For most stories the part
before the hashtag and link is "plain" (see networks.py): its length is exact without asking
twitter-text, the post's length is that plus the tail's (counted once), and it never grows from
one candidate to the next (each is the one before less a word, or a word swapped for "…", which
never weighs more than a space and a word), so the first that fits is found by halving: about
eight measurements instead of sixty, and the same text as trying each in turn. Other stories
(emoji, CJK on X, combining accents, links or mentions in the headline or summary) are counted
as before: a word at a time to choose, then the whole text by the network's rules to confirm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

from .networks import LINK_LENGTH, Network, links_in

ELLIPSIS = "\u2026"
TRAILING = ",;:.\u2013\u2014- "
FEWEST_SUMMARY_WORDS = 4  # a shorter piece of summary says nothing


@dataclass(frozen=True)
class Story:
    """A published story or profile, as the kit needs it."""

    title: str
    summary: str
    url: str  # absolute, canonical
    kind: str
    department: str  # slug
    department_name: str
    is_profile: bool = False
    own_text: str = ""
    source: str = ""  # the file, as the author knows it


@dataclass(frozen=True)
class Post:
    """One text for one network, measured by that network's rules."""

    story: Story
    network: Network
    text: str
    link: str
    length: int
    own_text: bool
    note: str = ""
    # What the link adds to the length: 23 where the network shortens it, else its length.
    # Worked out from `text` when not given.
    link_counted_as: int = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.link_counted_as is None:
            object.__setattr__(self, "link_counted_as",
                               link_counted_as(self.network, self.link, self.text))

    @property
    def fits(self) -> bool:
        return self.length <= self.network.limit


def link_counted_as(network: Network, link: str, text: str) -> int:
    """What `link` adds to the length of `text` on `network`: 23 or its own length."""
    if network.counts_links_as_23 and any(found == link for found, _, _ in links_in(text)):
        return LINK_LENGTH
    return len(link)


def measure(network: Network, text: str, link: str) -> tuple[int, int]:
    """The length of `text` on `network`, and what `link` counts in it."""
    return network.count(text), link_counted_as(network, link, text)


@lru_cache(maxsize=1 << 17)  # each story's link for each network, again in every build
def tagged(url: str, source: str, campaign: str, medium: str = "social", content: str = "") -> str:
    """`url` tagged with utm_source, utm_medium, utm_campaign (and utm_content) for analytics."""
    parts = urlsplit(url)
    fields = [(key, value) for key, value in parse_qsl(parts.query) if not key.startswith("utm_")]
    fields += [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    if content:
        fields.append(("utm_content", content))
    return urlunsplit(parts._replace(query=urlencode(fields, quote_via=quoted)))


# urlencode's own quoting, remembered: the same few keys and values recur in every link.
quoted = lru_cache(maxsize=1024)(quote_plus)


def shortened(words: list[str], keep: int) -> str:
    """The first `keep` words, without trailing punctuation, then an ellipsis."""
    return " ".join(words[:keep]).rstrip(TRAILING) + ELLIPSIS


def paragraphs(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


class Bodies(Sequence[str]):
    """A story's standard texts without their tail, longest first, each made when first asked
    for: the headline and the summary; the summary shortened a word at a time down to
    FEWEST_SUMMARY_WORDS; the headline alone; the headline shortened a word at a time. Every
    network's candidates share them (`bodies_of`)."""

    def __init__(self, story: Story) -> None:
        self.title, self.summary = story.title, story.summary
        self.summary_words = story.summary.split()
        self.title_words = story.title.split()
        self.shortened_summaries = max(0, len(self.summary_words) - FEWEST_SUMMARY_WORDS)
        self.size = self.shortened_summaries + 1 + max(1, len(self.title_words))
        self.made: dict[int, str] = {}

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError(index)
        if index not in self.made:
            self.made[index] = self.make(index)
        return self.made[index]

    def make(self, index: int) -> str:
        if index == 0:
            return paragraphs(self.title, self.summary)
        if index <= self.shortened_summaries:
            keep = len(self.summary_words) - index
            return paragraphs(self.title, shortened(self.summary_words, keep))
        if index == self.shortened_summaries + 1:
            return self.title
        keep = len(self.title_words) - (index - self.shortened_summaries - 1)
        return shortened(self.title_words, keep)


# A story's bodies, made once for all its networks (they are composed one after another).
bodies_of = lru_cache(maxsize=16)(Bodies)


class Candidates(Sequence[str]):
    """The standard texts for a story, longest first: each of its bodies, then the tail (the
    hashtag and the link, always kept)."""

    def __init__(self, story: Story, tail: str) -> None:
        self.bodies = bodies_of(story)
        self.tail = tail

    def __len__(self) -> int:
        return len(self.bodies)

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return paragraphs(self.bodies[index], self.tail)


def standard_text(story: Story, network: Network, hashtag: str,
                  link: str) -> tuple[str, int, int | None]:
    """The longest standard text that fits the network (the shortest possible if none does),
    its length, and what the link counts in it (None: not worked out)."""
    tail = " ".join(part for part in (hashtag, link) if part)
    candidates = Candidates(story, tail)
    found = by_halving(candidates, network)
    if found is None:
        text = first_that_fits(candidates, network)
        return text, network.count(text), None
    index, length = found
    counted = link_counted_as(network, link, tail)  # the body has no link: see networks.py
    return candidates[index], length, counted


def by_halving(candidates: Candidates, network: Network) -> tuple[int, int] | None:
    """(index, length) of the first candidate that fits, or of the last when none does;
    None when a body is not plain, and the lengths must be counted whole."""
    tail = candidates.tail
    if not tail:
        return None
    tail_length = network.count(tail)

    def length(index: int) -> int | None:
        body = candidates.bodies[index]
        if not body:
            return tail_length
        counted = network.body_length(body + "\n\n")
        return None if counted is None else counted + tail_length

    return first_fitting(length, len(candidates), network.limit)


def first_fitting(length: Callable[[int], int | None], size: int,
                  limit: int) -> tuple[int, int] | None:
    """(index, length) of the first of `size` items whose length is within `limit`, or of the
    last; found by halving, for lengths that never grow with the index. None as soon as a
    length is unknown."""
    first = length(0)
    if first is None or first <= limit:
        return None if first is None else (0, first)
    low, high = 1, size - 1
    best = (high, length(high))
    if best[1] is None or best[1] > limit:
        return None if best[1] is None else best
    while low < high:  # the answer is in [low, high], and `high` fits
        middle = (low + high) // 2
        measured = length(middle)
        if measured is None:
            return None
        if measured <= limit:
            high, best = middle, (middle, measured)
        else:
            low = middle + 1
    return best


def estimate(text: str, network: Network) -> int:
    """The length of `text`, counted a word at a time.

    No link, emoji or grapheme spans a space or a line break, so every network's length is
    the sum of its words' lengths plus one for each space and line break. Counting whole
    texts by X's rules takes milliseconds each; words are short, repeat from text to text
    (the counters remember them) and so cost next to nothing.
    """
    words = text.replace("\n", " ").split(" ")
    return sum(network.count(word) for word in words if word) + len(words) - 1


def first_that_fits(candidates: Sequence[str], network: Network) -> str:
    """The first candidate that fits, or the last; candidates go from longest to shortest.

    Chosen by `estimate`, then confirmed by counting the whole text; should the two ever
    disagree, every candidate is counted whole.
    """
    limit = network.limit
    chosen = next((text for text in candidates if estimate(text, network) <= limit), None)
    if chosen is not None and network.count(chosen) <= limit:
        return chosen
    return next((text for text in candidates if network.count(text) <= limit), candidates[-1])


def own_text(story: Story, hashtag: str, link: str) -> str:
    """The story's own text, with the hashtag (unless it has it already) and the link."""
    text = story.own_text.strip()
    has_tag = hashtag and hashtag.lower() in text.lower()
    return paragraphs(text, " ".join(part for part in ("" if has_tag else hashtag, link) if part))


def compose(story: Story, network: Network, hashtag: str, link: str) -> Post:
    """The post for `story` on `network`: its own text where that fits, else the standard one."""
    if story.own_text.strip():
        text = own_text(story, hashtag, link)
        length = network.count(text)
        if length <= network.limit:
            return Post(story, network, text, link, length, own_text=True,
                        note="The story's own text (its Post: field).")
        note = (f"The story's own text is {length} {network.unit} on {network.name}, "
                f"{length - network.limit} over the limit of {network.limit}: the standard text "
                f"is used instead. Shorten 'Post:' in {story.source or 'the story'} to use yours.")
    else:
        note = ""
    text, length, counted = standard_text(story, network, hashtag, link)
    if length > network.limit:
        note = paragraphs(note, f"Too long for {network.name} even at its shortest ({length} "
                                f"of {network.limit} {network.unit}): write a Post: field.")
    return Post(story, network, text, link, length, own_text=False, note=note,
                link_counted_as=counted)


def link_warning(posts: list[Post]) -> str:
    """Why networks that count a link as 23 count these posts' links in full, or ""."""
    full = [post for post in posts if post.network.counts_links_as_23 and
            post.link_counted_as != LINK_LENGTH]
    if not full:
        return ""
    names = " and ".join(dict.fromkeys(post.network.name for post in full))
    host = urlsplit(full[0].link).hostname or full[0].link
    longest = max(len(post.link) for post in full)
    return (f"{host} does not end in a real domain, so X does not see its links as web "
            f"addresses: they count in full (up to {longest} characters), not as 23, and show "
            f"as plain text. The kit counts them so for {names}. "
            "Set PUBLIC_SITEURL in pelicanconf.py to the site's real address.")
