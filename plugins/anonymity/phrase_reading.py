"""Where any of a few thousand phrases may start in a story, found in one reading of it.

The allow-list and the public lists (lexicon.public_phrases) are matched by one trie pattern of
their case variants, tolerant of line breaks and curly apostrophes (allowlist.phrase_pattern).
Scanned over a whole story, the regex engine tries that trie at every capital and reads it deep
at every "The " and "St ": some 5% of the guard's time. Here the story is read once, written as
the phrases are keyed (`key`: lower case, straight apostrophes, each run of white space one
space), by an Aho-Corasick automaton of the phrases' keys (pyahocorasick, BSD-3-Clause). Where a
variant matches the story, its key stands in that reading; so only the variants of the keys read
are then looked for in the story, each with a pattern of its own.
"""

from __future__ import annotations

import re

import ahocorasick

from .allowlist import phrase_variants, trie_regex
from .probes import lower_of


def key(text: str, lower: str | None = None) -> str:
    """`text` as the reading sees it: each character lower-cased on its own (one whose small
    form is longer, "İ", is kept), curly apostrophes straight, each run of white space (what
    `\\s+` matches) one space. `lower`: `text.lower()`, when known."""
    lower = text.lower() if lower is None else lower
    if len(lower) != len(text) or "Σ" in text:  # "Σ" lower-cases by what follows it
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return " ".join(lower.replace("’", "'").split())


class PhraseReading:
    """The variants of some phrases by their key, and an automaton of the keys."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.variants: dict[str, list[str]] = {}
        for variant in sorted(phrase_variants(phrases)):
            self.variants.setdefault(key(variant), []).append(variant)
        self.automaton = ahocorasick.Automaton()
        for found in self.variants:
            self.automaton.add_word(found, found)
        self.automaton.make_automaton()
        self._patterns: dict[str, re.Pattern[str]] = {}

    def starts(self, text: str) -> list[int]:
        """Every offset where `phrase_pattern` of the phrases matches in `text`, in order."""
        starts: set[int] = set()
        for found in {found for _, found in self.automaton.iter(key(text, lower_of(text)))}:
            pattern = self._pattern(found)
            m = pattern.search(text)
            while m is not None:  # matches may overlap ("Ha Ha" in "Ha Ha Ha"): each start counts
                starts.add(m.start())
                m = pattern.search(text, m.start() + 1)
        return sorted(starts)

    def _pattern(self, found: str) -> re.Pattern[str]:
        pattern = self._patterns.get(found)
        if pattern is None:
            pattern = self._patterns[found] = re.compile(trie_regex(self.variants[found]))
        return pattern
