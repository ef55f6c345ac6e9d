"""Find several patterns that share a first character in one pass over the text.

Python's regex engine skips quickly to the positions where a pattern's first character can
match, but only when the pattern starts with one plain character class. Ten identifier patterns
that all start with a digit would each scan the whole story; a `ProbeSet` scans once, and at each
digit tries every pattern as an optional lookahead, so overlapping matches of different kinds
are all reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from .needles import present

T = TypeVar("T")

# No detector looks at more than this many candidates in one story: ordinary stories have a few
# dozen, and the cap keeps the time for any input, however strange, bounded.
MAX_CANDIDATES = 5000


def first(candidates: Iterable[T]) -> Iterator[T]:
    """The first MAX_CANDIDATES candidates."""
    return islice(candidates, MAX_CANDIDATES)


# Python's regex engine scans for a character class (a digit) many times slower than for a
# literal, and several detectors start at a digit: the digits of a story are found once (the
# last text's are kept, for the next detector that reads the same text) and those detectors try
# their pattern only there (`digit_led`).
_DIGIT = re.compile(r"\d")
_last_digits: tuple[str, list[int], list[int]] = ("", [], [])


def _digits(text: str) -> tuple[str, list[int], list[int]]:
    global _last_digits
    last = _last_digits
    if last[0] is not text:
        if text.isascii():  # the same offsets as `\\d`, found sooner: one memchr a digit
            positions = []
            for digit in "0123456789":
                at = text.find(digit)
                while at >= 0:
                    positions.append(at)
                    at = text.find(digit, at + 1)
            positions.sort()
        else:
            positions = [m.start() for m in _DIGIT.finditer(text)]
        runs = [at for index, at in enumerate(positions) if not index or positions[index - 1] != at - 1]
        last = _last_digits = (text, positions, runs)
    return last


_last_lower: tuple[str, str] = ("", "")


def lower_of(text: str) -> str:
    """`text.lower()`, kept for the last text: several detectors read the same story."""
    global _last_lower
    last = _last_lower
    if last[0] is not text:
        last = _last_lower = (text, text.lower())
    return last[1]


def digit_positions(text: str) -> list[int]:
    """Every offset where `\\d` matches in `text`, in order."""
    return _digits(text)[1]


def digit_run_starts(text: str) -> list[int]:
    """Every offset where a run of digits (`\\d`) starts in `text`, in order."""
    return _digits(text)[2]


def digit_led(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None,
              run_start: bool = False) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, start, end)`, for a pattern whose every match
    starts with a digit (`\\d`, consumed): tried only where the text has a digit, or only
    where a run of digits starts, when `run_start` says the pattern cannot match after a
    digit (it looks behind for a word character)."""
    return matches_from(pattern, text, _digits(text)[2 if run_start else 1], start, end)


def matches_from(pattern: re.Pattern[str], text: str, positions: list[int], start: int = 0,
                 end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, start, end)`, for a pattern that never matches
    empty and whose matches can start only at the sorted `positions`: tried only there."""
    end = len(text) if end is None else min(end, len(text))
    pos = start
    for at in islice(positions, bisect.bisect_left(positions, start), None):
        if at >= end:
            return
        if at >= pos and (m := pattern.match(text, at, end)):
            yield m
            pos = m.end()


def word_start(text: str, at: int) -> bool:
    """Whether a word starts at `at`: no letter or digit stands before it."""
    return at == 0 or not text[at - 1].isalnum()


def starts_of(text: str, needles: tuple[str, ...], start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets where any of `needles` starts (and ends) between two offsets: from the one
    reading of the story (needles.py) where it can answer, else with `str.find`; for
    `matches_from`, when every match of a pattern starts with one of them."""
    end = len(text) if end is None else end
    indexed, rest = present(*_story_of(text), text, needles) if start >= 0 and end >= 0 else ([], needles)
    whole = start == 0 and end >= len(text)  # every offset the reading found: most questions
    if whole and not rest and len(indexed) < 2:  # most answers: one needle found, or none
        return list(indexed[0][1]) if indexed else []
    found = []
    for needle, everywhere in indexed:
        if whole:
            found += everywhere
            continue
        last = end - len(needle)
        found += [at for at in everywhere[bisect.bisect_left(everywhere, start) :] if at <= last]
    for needle in rest:
        found += _finds(text, needle, start, end)
    return sorted(set(found))


def each_start(text: str, needles: tuple[str, ...]) -> dict[str, list[int]]:
    """Every offset where each of `needles` starts in `text`, in order, by needle, for the
    needles `text` holds (in no set order; the others are no key): from the one reading of the
    story (needles.py) where it can answer, else with `str.find`."""
    indexed, rest = present(*_story_of(text), text, needles)
    found = {needle: everywhere for needle, everywhere in indexed if everywhere}
    for needle in rest:
        if everywhere := _finds(text, needle, 0, len(text)):
            found[needle] = everywhere
    return found


def _story_of(text: str) -> tuple[str, str]:
    """The story `text` is, or is the lower-cased copy of, and that copy (`lower_of`)."""
    story, lower = _last_lower
    return (story, lower) if text is story or text is lower else (text, lower_of(text))


def _finds(text: str, needle: str, start: int, end: int) -> list[int]:
    found = []
    at = text.find(needle, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1, end)
    return found


def needle_pattern(needles: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches one character exactly where one of `needles` starts, for
    `needle_starts`: each needle's first character a literal (the regex engine skips to them
    without trying the pattern elsewhere), its rest a lookahead. Sooner than `starts_of` where
    the needles are many or short and their first characters rare in a text ("u1", "no "): a
    `str.find` reads the whole text once a needle, and skips the slower the shorter it is."""
    rests: dict[str, list[str]] = {}
    for needle in sorted(set(needles), key=len, reverse=True):
        rests.setdefault(needle[0], []).append(re.escape(needle[1:]))
    return re.compile("|".join(re.escape(letter) + (f"(?={'|'.join(after)})" if all(after) else "")
                               for letter, after in rests.items()))


def needle_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """`starts_of(text, needles)` for the `needle_pattern` of those needles."""
    return [m.start() for m in pattern.finditer(text)]


def led_by(pattern: re.Pattern[str], text: str, leads: tuple[str, ...], start: int = 0,
           end: int | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start, end)`, for a pattern that never matches empty and whose
    every match starts with one of `leads`. `str.find` finds one character (a quotation mark,
    "#", "M") many times sooner than the regex engine scans for a class or tries a pattern that
    starts with a look-behind at every offset; longer leads are slower to find and seldom pay."""
    return matches_from(pattern, text, starts_of(text, leads, start, end), start, end)


def one_level_trie(alternatives: list[str]) -> str:
    """Regex alternatives that each start with a plain letter, as "(?:b(?:orn|irthday)|B(?:orn))":
    the same matches as "(?:born|Born|birthday)" (where a letter stands, only the alternatives
    that start with it can match, and those keep their order), found several times sooner by
    Python's regex engine. For case-sensitive patterns."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalpha():
            raise ValueError(f"{alternative!r} does not start with a letter")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"


class ProbeSet:
    """Named patterns written as "what follows the first character" after a shared first class."""

    def __init__(self, first: str, probes: dict[str, str], digit_within: int = 0,
                 after_digits: str | None = None) -> None:
        """`digit_within`: every match has a digit at most that many characters after its first
        character (and none at it); matches are then looked for only just before digits.
        `after_digits` (probes from a digit): no probe matches at a digit that follows another
        digit, unless that one is in `after_digits` (every probe looks behind for a letter or a
        separator); matches are then looked for only there and where runs of digits start."""
        self.names = list(probes)
        self.digit_first = first == r"\d"
        self.digit_within = digit_within
        self.after_digits = after_digits
        # A first character of A to Z only (the plates' probes): offsets before digits that hold
        # anything else are passed over without trying the pattern (most are spaces or letters).
        self.capital_first = first.startswith("[A-Z]")
        # The first lookahead makes a position match only if some probe matches there, so the
        # Python loop below sees real candidates only; the optional ones then capture each probe.
        any_probe = "(?=" + "|".join(f"(?:{rest})" for rest in probes.values()) + ")"
        lookaheads = "".join(f"(?:(?=(?P<{name}>{rest})))?" for name, rest in probes.items())
        self.regex = re.compile(first + any_probe + lookaheads)

    def scan(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Spans of every probe in `text`, each starting at its first character."""
        found: dict[str, list[tuple[int, int]]] = {name: [] for name in self.names}
        if self.digit_first and self.after_digits == "":  # no digit before a match: runs' starts only
            matches = digit_led(self.regex, text, run_start=True)
        elif self.digit_first and self.after_digits is not None:
            positions = _digits(text)[1]
            starts = [at for index, at in enumerate(positions)
                      if not index or positions[index - 1] != at - 1 or text[at - 1] in self.after_digits]
            matches = matches_from(self.regex, text, starts)
        elif self.digit_first:
            matches = digit_led(self.regex, text)
        elif self.digit_within:
            matches = matches_from(self.regex, text, self._before_digits(text))
        else:
            matches = self.regex.finditer(text)
        for m in first(matches):
            for name, end in _ends(m, self.names):
                found[name].append((m.start(), end))
        return found


    def _before_digits(self, text: str) -> list[int]:
        """Where a match may start: up to `digit_within` characters before a run of digits (the
        first digit after a match's first character, which is no digit, starts a run)."""
        starts: set[int] = set()
        for run in _digits(text)[2]:
            starts.update(range(max(0, run - self.digit_within), run))
        if self.capital_first:
            return sorted(at for at in starts if "A" <= text[at] <= "Z")
        return sorted(starts)


def _ends(m: re.Match[str], names: list[str]) -> Iterator[tuple[str, int]]:
    for name in names:
        end = m.end(name)
        if end >= 0:
            yield name, end
