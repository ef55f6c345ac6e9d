"""Reference numbers known by their cue, not their shape: "custody no. MR/04412/25", "hospital
number K3392017", "UC 7731 9920 3104", "| OASys ID | 4400183 |".

Custody records, hospital numbers, benefit claims, council-tax accounts and student numbers each
have a local format that changes from one force, trust or college to the next, so a pattern per
format misses the next one. One rule covers them all: a cue word from data/reference_cues.txt
(its section is the kind reported), then within a few small words a token that holds four or
more digits, or letters and digits. Money, years, times and percentages are not tokens of that
kind ("council tax went up in 2024", "£1,240 of UC").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from .findings import ERROR, REMOVE_NUMBER, Hit
from .lexicon import sections
from .record_numbers import national_before, public_shape
from .probes import digit_positions, digit_run_starts, first, lower_of, one_level_trie

_SEPARATOR = r"(?:[\s|:;,#(.\-–—*]|['’]s\b)"
# Up to four small lower-case words between the cue and its value ("account number is").
_GAP = rf"{_SEPARATOR}*(?:[a-z]{{1,12}}{_SEPARATOR}+){{0,4}}?"
# A token: capitals before it ("MR/", "UC ", "K") or small letters joined to it ("d319870"),
# digits with slashes, dashes or single spaces between groups, and a check letter after; at most
# 32 characters, so that no run of numbers makes the look-ups slow.
_VALUE = (r"(?P<value>(?:[A-Z]{1,3}[ /-]?|[a-z]{1,2})?(?<![A-Za-z]{4})\d(?:[\d/-]|[ ](?=\d\d)){0,30}\d[A-Za-z]?)"
          r"(?![\w/%]|[.,/-]\w)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A UK phone number ("0300 123 6600" after "hospital number for appointments"): the phone rule's.
_PHONE_SHAPE = re.compile(r"0(?:[ -]?\d){9,10}")
MIN_DIGITS = 4
# The sections of data/reference_cues.txt that name a kind (the others are record_numbers.py's).
KINDS = ("pnc_id", "nhs_number", "ni_number", "crn")
# How far before its digits a cue may start: the longest cue and four small words, with room.
WINDOW = 120


@cache
def _cues() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Each cue in lower case, with its kind and how it is written; one pattern for them all,
    matched on the lower-cased text, spaces written as any white space."""
    table = {entry.lower(): (kind, entry) for kind, entries in sections("reference_cues.txt").items()
             for entry in entries if kind in KINDS}
    alternatives = [re.escape(cue).replace(r"\ ", r"\s+") for cue in sorted(table, key=len, reverse=True)]
    return table, re.compile(rf"{one_level_trie(alternatives)}(?![a-z])")


_AFTER_CUE = re.compile(rf"{_GAP}{_VALUE}")
# The digits of a token from its first run, groups joined as a value joins them ("7731 9920"),
# at most _TOKEN_LENGTH characters.
_DIGITS_AT = re.compile(r"\d(?:[\d/-]|[ ](?=\d\d)){0,30}")
_TOKEN_LENGTH = 31


def find_references(text: str) -> Iterator[Hit]:
    """Every token with digits that a reference cue announces. Cues are looked for only in the
    WINDOW characters before each run of digits: most of a story is far from any number."""
    table, cues = _cues()
    lower = lower_of(text)
    if len(lower) != len(text):
        return
    scanned = 0
    digits = digit_positions(text)
    for run in first(digit_run_starts(text)):
        if _digits_between(digits, run, run + _TOKEN_LENGTH) < MIN_DIGITS:
            continue  # not even that many digits where a token could reach: most numbers
        token = _DIGITS_AT.match(text, run)
        if sum(map(str.isdigit, token.group())) < MIN_DIGITS:  # a time, an age, a day
            continue
        low, scanned = max(scanned, run - WINDOW), run
        for cue in first(cues.finditer(lower, low, run)):
            if hit := _cued(text, cue, table):
                yield hit


def _digits_between(digits: list[int], start: int, end: int) -> int:
    """How many of the sorted digit offsets are in [start, end)."""
    return bisect.bisect_left(digits, end) - bisect.bisect_left(digits, start)


def _cued(text: str, cue: re.Match[str], table: dict[str, tuple[str, str]]) -> Hit | None:
    """The reference after one cue, if a token of its kind follows within a few words."""
    start = cue.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/@."):
        return None
    kind, written = table[" ".join(cue.group().split())]
    if not _as_written(text[start : cue.end()], written):
        return None
    if kind == "crn" and national_before(text, lower_of(text), start, written.lower()):
        kind = "ni_number"  # "her Polish ID card 4471..."
    value = _AFTER_CUE.match(text, cue.end())
    if not (value and _is_reference(value["value"], text, value.start("value"))):
        return None
    return Hit(*value.span("value"), kind, ERROR,
               f"A reference number after '{written}' identifies one person in that system's records",
               REMOVE_NUMBER)


def _as_written(found: str, written: str) -> bool:
    """A cue listed with a capital ("UC") matches only as listed or in capitals."""
    if written.islower():
        return True
    found = " ".join(found.split())
    return found in (written, written.upper())


def _is_reference(value: str, text: str, start: int) -> bool:
    """Four digits or more, not an amount of money, a year alone or a phone number."""
    digits = sum(map(str.isdigit, value))
    if digits < MIN_DIGITS or (start and text[start - 1] in "£$€"):
        return False
    compact = "".join(c for c in value if c.isalnum())
    return not _YEAR.fullmatch(value) and not _PHONE_SHAPE.fullmatch(value) and not public_shape(value, compact)
