"""Find several patterns that share a first character in one pass over the text.

Python's regex engine skips quickly to the positions where a pattern's first character can
match, but only when the pattern starts with one plain character class. Ten identifier patterns
that all start with a digit would each scan the whole story; a `ProbeSet` scans once, and at each
digit tries every pattern as an optional lookahead, so overlapping matches of different kinds
are all reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

# No detector looks at more than this many candidates in one story: ordinary stories have a few
# dozen, and the cap keeps the time for any input, however strange, bounded.
MAX_CANDIDATES = 5000


def first(candidates: Iterable[T]) -> Iterator[T]:
    """The first MAX_CANDIDATES candidates."""
    return islice(candidates, MAX_CANDIDATES)


class ProbeSet:
    """Named patterns written as "what follows the first character" after a shared first class."""

    def __init__(self, first: str, probes: dict[str, str]) -> None:
        self.names = list(probes)
        # The first lookahead makes a position match only if some probe matches there, so the
        # Python loop below sees real candidates only; the optional ones then capture each probe.
        any_probe = "(?=" + "|".join(f"(?:{rest})" for rest in probes.values()) + ")"
        lookaheads = "".join(f"(?:(?=(?P<{name}>{rest})))?" for name, rest in probes.items())
        self.regex = re.compile(first + any_probe + lookaheads)

    def scan(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Spans of every probe in `text`, each starting at its first character."""
        found: dict[str, list[tuple[int, int]]] = {name: [] for name in self.names}
        for m in first(self.regex.finditer(text)):
            for name, end in _ends(m, self.names):
                found[name].append((m.start(), end))
        return found


def _ends(m: re.Match[str], names: list[str]) -> Iterator[tuple[str, int]]:
    for name in names:
        end = m.end(name)
        if end >= 0:
            yield name, end
