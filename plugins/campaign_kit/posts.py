"""Ready-to-post texts: a story's headline, summary, the campaign hashtag and a tagged link.

The standard text is the headline, the summary and "#hashtag link", each on its own
paragraph. When that is too long for a network, the summary is shortened at a word, then
left out, then the headline shortened: the hashtag and the link are always kept.

A story may carry its own text in a `Post:` field; the kit adds the hashtag (unless the text
has it) and the link, uses it wherever it fits, and says where it does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .networks import LINK_LENGTH, Network, recognised_links

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

    @property
    def fits(self) -> bool:
        return self.length <= self.network.limit

    @property
    def link_counted_as(self) -> int:
        """What the link adds to the length: 23 where the network shortens it, else its length."""
        if self.network.counts_links_as_23 and self.link in recognised_links(self.text):
            return LINK_LENGTH
        return len(self.link)


def tagged(url: str, source: str, campaign: str, medium: str = "social", content: str = "") -> str:
    """`url` tagged with utm_source, utm_medium, utm_campaign (and utm_content) for analytics."""
    parts = urlsplit(url)
    fields = [(key, value) for key, value in parse_qsl(parts.query) if not key.startswith("utm_")]
    fields += [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    if content:
        fields.append(("utm_content", content))
    return urlunsplit(parts._replace(query=urlencode(fields)))


def shortened(words: list[str], keep: int) -> str:
    """The first `keep` words, without trailing punctuation, then an ellipsis."""
    return " ".join(words[:keep]).rstrip(TRAILING) + ELLIPSIS


def paragraphs(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def standard_text(story: Story, network: Network, hashtag: str, link: str) -> str:
    """The longest standard text that fits the network; the shortest possible if none does."""
    tail = " ".join(part for part in (hashtag, link) if part)
    summary = story.summary.split()
    candidates = [paragraphs(story.title, story.summary, tail)]
    candidates += [paragraphs(story.title, shortened(summary, keep), tail)
                   for keep in range(len(summary) - 1, FEWEST_SUMMARY_WORDS - 1, -1)]
    candidates.append(paragraphs(story.title, tail))
    title = story.title.split()
    candidates += [paragraphs(shortened(title, keep), tail)
                   for keep in range(len(title) - 1, 0, -1)]
    return first_that_fits(candidates, network)


def estimate(text: str, network: Network) -> int:
    """The length of `text`, counted a word at a time.

    No link, emoji or grapheme spans a space or a line break, so every network's length is
    the sum of its words' lengths plus one for each space and line break. Counting whole
    texts by X's rules takes milliseconds each; words are short, repeat from text to text
    (the counters remember them) and so cost next to nothing.
    """
    words = text.replace("\n", " ").split(" ")
    return sum(network.count(word) for word in words if word) + len(words) - 1


def first_that_fits(candidates: list[str], network: Network) -> str:
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
    text = standard_text(story, network, hashtag, link)
    length = network.count(text)
    if length > network.limit:
        note = paragraphs(note, f"Too long for {network.name} even at its shortest ({length} "
                                f"of {network.limit} {network.unit}): write a Post: field.")
    return Post(story, network, text, link, length, own_text=False, note=note)


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
