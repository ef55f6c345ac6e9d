"""Dates: dates of birth (errors) and exact calendar dates for the quasi-identifier checks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit
from .probes import first

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NUMERIC = rf"(?:[12]\d|3[01]|0?[1-9])[./-](?:1[0-2]|0?[1-9])[./-](?:{_YEAR}|\d\d)(?![\d/])"
_ISO = rf"{_YEAR}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])"
_DAY_MONTH = rf"{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
_MONTH_DAY = rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
# A month and year, or a bare year, tells a birth date only after a birth cue.
_DOB_VALUE = rf"(?:{_ISO}|{_NUMERIC}|{_DAY_MONTH}|{_MONTH_DAY}|{_MONTH},?\s+{_YEAR}|{_YEAR})(?![\d/])"

# Exact dates start with a digit or a capitalised month; written that way the regex engine can
# skip over prose quickly. The digit pattern repeats the day/ISO forms after their first digit.
DATE_FROM_DIGIT = re.compile(
    r"\d(?<![\w/.-]\d)(?:"
    r"(?<=1)9\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])|(?<=2)0\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])|"
    rf"\d?[./-](?:1[0-2]|0?[1-9])[./-](?:{_YEAR}|\d\d)(?![\d/])|"
    rf"\d?(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?)(?![\w/])"
)
DATE_FROM_MONTH = re.compile(rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w/])")
# The cue is written out in its usual casings (a literal start keeps the search fast).
DATE_OF_BIRTH = re.compile(
    r"(?:born|Born|BORN|birthday|Birthday|birth\s*date|Birth\s*date|date\s+of\s+birth|"
    r"Date\s+of\s+birth|DATE\s+OF\s+BIRTH|DOB|dob|Dob|D\.O\.B\.?|d\.o\.b\.?)(?![A-Za-z])"
    r"(?:[\s,:;(\-–—]|\b(?i:on|in|as|is|was|the|of|given|listed|recorded|shown|down)\b){0,12}?"
    rf"(?<![\w/.-])((?i:{_DOB_VALUE}))"
)
_BIRTH_CUES = ("born", "birth", "dob", "d.o.b")


def dates_of_birth(text: str) -> Iterator[Hit]:
    """Dates of birth after a cue ("born on", "DOB", "date of birth"), in any common form.

    The finding covers the cue too when it is on the same line, so it reads naturally.
    """
    lower = text.lower()
    if not any(cue in lower for cue in _BIRTH_CUES):
        return
    for m in first(DATE_OF_BIRTH.finditer(text)):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        same_line = "\n" not in text[m.start() : m.start(1)]
        yield Hit(m.start() if same_line else m.start(1), m.end(1), "date_of_birth", ERROR,
                  "A date of birth, with any other detail, singles a person out",
                  "remove the date of birth; give an age range at most")


def exact_dates(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of calendar dates precise to the day between two offsets."""
    for pattern in (DATE_FROM_DIGIT, DATE_FROM_MONTH):
        for m in first(pattern.finditer(text, start, end)):
            if pattern is DATE_FROM_DIGIT or m.start() == 0 or not text[m.start() - 1].isalnum():
                yield m.span()
