"""The reviewable ways to accept a detail: the trust's allow-list, Pseudonyms: and Allow:.

- The allow-list (one name or phrase a line) covers staff who consented, public bodies, places,
  the trust's own accounts and website. A word that is part of an allow-listed name is allowed
  on its own too ("Amina says" when "Amina Yusuf" is listed).
- `Pseudonyms:` declares the invented names of one story.
- `Allow: <text> — <reason>` accepts one detail in one story; without a reason it is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .findings import ERROR, Hit
from .lexicon import fold
from .probes import first
from .source import Story

_REASON_SEPARATOR = re.compile(r"\s+(?:—|–|--)\s+")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+and\s+")
_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*")


@dataclass(frozen=True)
class Allowlist:
    """Names and phrases that are safe to publish in every story."""

    phrases: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> PhrasePattern | None:
        """One pattern for every phrase, longest first, whole words only."""
        return phrase_pattern(self.phrases)

    @cached_property
    def words(self) -> frozenset[str]:
        """Folded words allowed on their own: one-word entries, and the parts of a person's
        name ("Amina" of "Amina Yusuf"), but not of an organisation ("Hope" of "Hope
        Hospital" must not let "Hope said" through)."""
        return frozenset(words_of([p for p in self.phrases if len(_WORD.findall(p)) == 1
                                   or person_shaped(p)]))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where allow-listed phrases occur in `text`."""
        return [] if self.pattern is None else [m.span() for m in self.pattern.finditer(text)]


@dataclass(frozen=True)
class AllowEntry:
    """One `Allow:` value of a story: the accepted text, the reason and where it was written."""

    text: str
    reason: str
    start: int
    end: int

    @cached_property
    def pattern(self) -> PhrasePattern | None:
        """Where the allowed text occurs in the story."""
        return phrase_pattern((self.text,))

    def accepts(self, hit: Hit, story: Story, spans: list[tuple[int, int]]) -> bool:
        """True when `hit` lies inside an occurrence of the allowed text, or names only its words."""
        if any(start <= hit.start and hit.end <= end for start, end in spans):
            return True
        hit_text = story.text[hit.start : hit.end]
        if _compact(hit_text) == _compact(self.text):
            return True
        return hit.kind == "person_name" and set(words_of([hit_text])) <= set(words_of([self.text]))


@dataclass
class StoryDeclarations:
    """The per-story declarations: pseudonym words, allowances, and errors in writing them."""

    pseudonyms: frozenset[str] = frozenset()
    allowances: list[AllowEntry] = field(default_factory=list)
    problems: list[Hit] = field(default_factory=list)


def load_allowlist(path: Path | str) -> Allowlist:
    """Read an allow-list file: one name or phrase a line, blank lines ignored."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return Allowlist(tuple(dict.fromkeys(line.strip() for line in lines if line.strip())))


@lru_cache(maxsize=256)
def phrase_pattern(phrases: tuple[str, ...]) -> PhrasePattern | None:
    """A whole-word pattern for phrases, tolerant of line breaks, apostrophes and common casing.

    Case variants (as written, Capitalised, UPPER, Title) are listed rather than searching
    case-insensitively: that keeps the search several times faster.
    """
    variants = {
        variant.replace("’", "'")
        for phrase in phrases if phrase.strip()
        for variant in (phrase.strip(), phrase.strip().capitalize(), phrase.strip().upper(),
                        phrase.strip().title())
    }
    return PhrasePattern(re.compile(_trie_regex(sorted(variants)))) if variants else None


def _trie_regex(words: list[str]) -> str:
    """One regex for many phrases, shared prefixes factored out, so matching stays one fast pass."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, dict]) -> str:
    branches = [_char_regex(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char_regex(char: str) -> str:
    return {" ": r"\s+", "'": "['’]"}.get(char, re.escape(char))


@dataclass(frozen=True)
class PhrasePattern:
    """Finds whole-word occurrences of phrases; boundaries are checked in code."""

    regex: re.Pattern[str]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Occurrences of any phrase between two offsets that are not part of a longer word."""
        for m in first(self.regex.finditer(text, start, len(text) if end is None else end)):
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if not (before.isalnum() or before in "_@#") and not (after.isalnum() or after in "_@"):
                yield m


_ORGANISATION = re.compile(
    r"\b(?:Police|Court|Courts|Trust|Service|Services|Council|Hospital|Hospice|Centre|Center|"
    r"Prison|HMP|NHS|Probation|Ministry|Department|Team|Programme|Project|Club|Church|Mosque|"
    r"Temple|School|Academy|College|University|Charity|Foundation|Association|Society|Group|"
    r"Network|Partnership|Company|Ltd|Limited|News|Express|Radio|Bank|Housing|Royal|Park|"
    r"Street|Road|Station|House|Hall|Library|Museum|Theatre|Kitchen|Cafe|Café)\b"
)


def person_shaped(phrase: str) -> bool:
    """Two to four capitalised words and nothing that names an organisation or a place."""
    words = _WORD.findall(phrase)
    return (2 <= len(words) <= 4 and all(word[:1].isupper() for word in words)
            and not _ORGANISATION.search(phrase) and not re.search(r"[\d@/.]", phrase))


def words_of(phrases: tuple[str, ...] | list[str]) -> list[str]:
    """Folded words of phrases, with the parts of hyphenated words as words too."""
    words = []
    for phrase in phrases:
        for match in _WORD.finditer(phrase):
            word = fold(re.sub(r"['’]s$", "", match.group(0)))
            words += [word, *word.split("-")]
    return words


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def read_declarations(story: Story) -> StoryDeclarations:
    """Read Pseudonyms: and Allow: from a story's metadata."""
    names = [n for f in story.values("pseudonyms") for n in _LIST_SEPARATOR.split(f.value) if n]
    declarations = StoryDeclarations(pseudonyms=frozenset(words_of(names)))
    for value in story.values("allow"):
        parts = _REASON_SEPARATOR.split(value.value, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and len(parts[1].strip()) >= 3:
            declarations.allowances.append(
                AllowEntry(parts[0].strip(), parts[1].strip(), value.start, value.end))
        else:
            declarations.problems.append(Hit(
                value.start, value.end, "allowance", ERROR,
                "An Allow: without a reason cannot be reviewed, so it accepts nothing",
                "write 'Allow: <text> — <why it is safe to publish>'",
            ))
    return declarations
