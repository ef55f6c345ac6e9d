"""Every address a story puts on the site, read as words: a name hides in lower case in a path.

A page's address (`Slug:`, `Save_as:`, `Url:`), an image's file name and a link's target are
published as they are written, in lower case and joined by `-`, `_`, `/` and `.`, where the
name detectors, which need capitals and context, cannot see a name. So each address is split
into words and each word is looked up:

- a given name or surname that is not also an everyday word is an error anywhere
  ("cuthbert" in a news site's link, "hollingsworth" in a photo's file name);
- in an address of this site (its pages and images) that a writer chose, a word that is not
  an everyday word or a place is an error too: a surname missing from every list
  ("blenkinsop") is still not an everyday word. Tags are held to the first rule only, since
  staff coin words for topics ("wellbeing", "resettlement").

A story's declared pseudonyms, its `Allow:` texts and the trust's allow-list are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .allowlist import Allowlist, read_declarations, words_of
from .findings import ERROR, Finding
from .lexicon import common_words, fold, given_names, places, surnames
from .source import Story

# Header fields whose values become addresses of this site.
OWN_ADDRESS_FIELDS = ("slug", "save_as", "url", "image", "thumbnail", "cover", "og_image",
                      "featured_image")
# Link targets in the body: Markdown inline links and images, reference definitions,
# autolinks, bare web addresses and HTML attributes.
LINK_TARGETS = (
    re.compile(r"\]\(\s*<?([^\s)>]{1,2000})"),
    re.compile(r"^[ ]{0,3}\[[^\]\n]{1,1000}\]:[ \t]*<?([^\s>]{1,2000})", re.M),
    re.compile(r"<((?:https?|ftp|mailto):[^>\s]{1,2000})>", re.I),
    re.compile(r"(?<![(<\"'=\w])(https?://[^\s<>\"')\]]{1,2000})", re.I),
    re.compile(r"""\b(?:href|src|srcset|poster|action|cite|data)\s*=\s*["']?([^"'\s>]{1,2000})""", re.I),
)
# Pelican's links to another story: its address comes from that story's own, checked, file.
OTHER_STORY = ("{filename}", "{index}")
PATH_WORD = re.compile(r"[^\W\d_]+")
# Words of addresses that are the web's or a camera's, not anyone's name.
ADDRESS_VOCABULARY = frozenset({
    "www", "http", "https", "html", "htm", "php", "aspx", "com", "org", "net", "gov", "nhs",
    "co", "uk", "ac", "img", "dsc", "dscn", "dcim", "pxl", "jpg", "jpeg", "png", "gif", "webp",
    "svg", "heic", "pdf", "mailto", "static", "filename", "attach", "index", "tags", "feeds",
    "drafts", "hmp", "yoi", "hmpps", "rss", "atom", "xml", "utm", "amp",
})


@dataclass(frozen=True)
class Address:
    """One address in the story: its text, where it starts, and whether it is this site's."""

    text: str
    start: int
    own: bool
    what: str
    strict: bool = True  # an unknown word is suspect too (not for tags: staff coin words)


def address_findings(story: Story, path: str, allowlist: Allowlist) -> list[Finding]:
    """An error for each name (or, in this site's addresses, unknown word) in an address."""
    accepted = _accepted_words(story, allowlist)
    findings = []
    seen: set[int] = set()
    for address in addresses(story):
        if address.start in seen:
            continue
        seen.add(address.start)
        for word in suspect_words(address.text, address.own, accepted, address.strict):
            findings.append(_finding(story, path, address, word))
    return findings


def addresses(story: Story) -> Iterator[Address]:
    """The addresses a story gives: header fields of this site's addresses, its tags (each has
    a page and feeds at an address made of its words), then link targets."""
    for meta in story.fields:
        if meta.key in OWN_ADDRESS_FIELDS and meta.value:
            yield Address(meta.value, meta.start, True, f"'{meta.key.capitalize()}:'")
        if meta.key == "tags":
            offset = meta.start
            for tag in meta.value.split(","):
                if tag.strip():
                    yield Address(tag.strip(), offset + len(tag) - len(tag.lstrip()), True,
                                  "'Tags:' (each tag's page is at an address made of its words)",
                                  strict=False)
                offset += len(tag) + 1
    body = story.text[story.body_start:]
    for pattern in LINK_TARGETS:
        for match in pattern.finditer(body):
            target = match.group(1)
            if target.startswith(OTHER_STORY):
                continue  # another story's address, checked with that story's declarations
            own = not urlsplit(target).scheme and not target.startswith("//")
            yield Address(target, story.body_start + match.start(1), own, "a link or image")


def _accepted_words(story: Story, allowlist: Allowlist) -> frozenset[str]:
    declared = read_declarations(story)
    return accepted_words([pseudonym.name for pseudonym in declared.pseudonyms],
                          [entry.text for entry in declared.allowances], allowlist)


def suspect_words(address: str, own: bool, accepted: frozenset[str],
                  unknown: bool = True) -> list[str]:
    """The folded words of an address that may be a name: a given name or surname anywhere,
    and (with `unknown`) in this site's own address, any word that is not an everyday word."""
    parts = urlsplit(address)
    text = address if own else f"{parts.netloc} {parts.path} {parts.query} {parts.fragment}"
    found = []
    for word in PATH_WORD.findall(unquote(text)):
        folded = fold(word)
        if len(folded) < 2 or folded in accepted or folded in ADDRESS_VOCABULARY or folded in found:
            continue
        if is_name(folded) or (own and unknown and _is_unknown(folded)):
            found.append(folded)
    return found


def accepted_words(pseudonyms: list[str], allowed: list[str], allowlist: Allowlist) -> frozenset[str]:
    """Folded words an address may hold: declared pseudonyms, `Allow:` texts, the allow-list."""
    return frozenset(words_of(pseudonyms + allowed + list(allowlist.phrases))) | allowlist.words


def is_name(word: str) -> bool:
    """A folded word that is a given name or surname, and not an everyday word or a place."""
    return (word in given_names() or word in surnames()) and word not in common_words() \
        and word not in places()


def _is_unknown(word: str) -> bool:
    return len(word) >= 3 and word not in common_words() and word not in places()


def _finding(story: Story, path: str, address: Address, word: str) -> Finding:
    line, column = story.position(address.start)
    kind = "a person's name" if is_name(word) else "a word that is not an everyday word, so it may be a surname"
    return Finding(
        path, line, column, column + len(address.text), "person_name", ERROR, address.text,
        f"the address in {address.what} holds '{word}', {kind}; addresses are published as written",
        "rename it with the pseudonym or a few everyday words (for a photo, rename the file and "
        "its reference); if the word is safe, add it to content/allowlist.txt",
    )
