"""Quasi-identifiers: details that are safe alone but together can point at one person.

These are warnings: shown to the author and reviewer, not blocking publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .allowlist import phrase_pattern
from .dates import exact_dates
from .findings import WARNING, Hit
from .lexicon import fold, places
from .probes import first
from .settings import GuardSettings

KIND = "quasi_identifier"

# Ages are found from their digits; what surrounds them ("aged 41", "41-year-old",
# "Kirsty, 26,") is checked in code.
NUMBER = re.compile(r"\d(?<![\w.,/£$]\d)\d?(?![\d.,/:%]\d|\d|%)")
AGE_BEFORE = re.compile(r"(?i)\bage[d:]?\s+$")
AGE_AFTER = re.compile(r"(?i)[- ]years?[- ]old\b")
OFFENCE_CUE = re.compile(
    r"offen[cs]e|assault|robbery|burglary|attack|stabbing|murder|killed|crash|incident|"
    r"arrested|charged|[Cc]ourt|hearing|trial|sentenced|convicted|appeared|[Mm]agistrates|[Jj]udge|crime"
)
SCHOOL = re.compile(
    r"[A-Z](?<![\w'’-].)[\w'’&-]{0,30}[ \t]{1,2}(?:[A-Z][\w'’&-]{0,30}[ \t]{1,2}){0,3}"
    r"(?:(?:Primary|High|Grammar|Secondary|Infant|Junior|Catholic|C of E|CE)[ \t]{1,2})?"
    r"(?:School|Academy|College|Sixth Form|Nursery|Pupil Referral Unit)\b"
)
_SCHOOL_WORDS = ("School", "Academy", "College", "Sixth Form", "Nursery", "Referral Unit")
# Employers are found from " at/for/with/by " before a capital; the verb before it is checked in code.
EMPLOYER = re.compile(
    r" (?:at|for|with|by) "
    r"((?:[A-Z][\w'’&-]{0,30}[ \t]{1,2}){0,3}[A-Z][\w'’&-]{0,30}(?:[ \t]{1,2}(?:Ltd|Limited|plc|LLP|& Sons))?)"
)
EMPLOYMENT = re.compile(r"\b(?:works?|worked|working|job|employed|placement|apprenticeship)$")
_NOT_EMPLOYER_START = frozenset("The A An His Her Their Our HMP".split())


def find_quasi(text: str, start: int, end: int, settings: GuardSettings) -> list[Hit]:
    """Return quasi-identifier warnings in the checked text between two offsets."""
    return [
        *ages_near_places(text, start, end, settings),
        *offence_dates(text, start, end),
        *named_schools_and_employers(text, start, end),
        *unusual_details(text, start, end, settings),
    ]


def _sentence(text: str, offset: int, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", start, offset), text.rfind("\n\n", start, offset), start - 1) + 1
    right = min(i for i in (text.find(".", offset, end), text.find("\n\n", offset, end), end) if i >= 0)
    return left, right


def ages_near_places(text: str, start: int, end: int, settings: GuardSettings) -> Iterator[Hit]:
    """An exact age in the same sentence as a small place."""
    small = {fold(p) for p in settings.small_places}
    for m in first(NUMBER.finditer(text, start, end)):
        if not _is_age(text, m.start(), m.end(), start):
            continue
        left, right = _sentence(text, m.start(), start, end)
        words = re.findall(r"[A-Z][\w'’-]+", text[left:right])
        place = next((w for w in words if places().get(fold(w)) == "local" or fold(w) in small), None)
        if place:
            yield Hit(m.start(), m.end(), KIND, WARNING,
                      f"An exact age next to a small place ({place}) can point to one person",
                      "give an age range (\"in his forties\") or a wider area")


def _is_age(text: str, start: int, end: int, floor: int) -> bool:
    """"aged 41", "41-year-old", or an age between commas after a name ("Kirsty, 26,")."""
    before = text[max(floor, start - 8) : start]
    if AGE_BEFORE.search(before) or AGE_AFTER.match(text, end):
        return True
    return before.endswith(", ") and before[-3:-2].isalpha() and text.startswith(",", end)


def offence_dates(text: str, start: int, end: int) -> Iterator[Hit]:
    """A date precise to the day in a sentence about an offence or a court hearing."""
    for date_start, date_end in exact_dates(text, start, end):
        left, right = _sentence(text, date_start, start, end)
        if OFFENCE_CUE.search(text, left, right) and not re.search(r"(?i)born|birth|dob", text[left:date_start]):
            yield Hit(date_start, date_end, KIND, WARNING,
                      "The exact date of an offence or hearing can be matched to press reports",
                      "give the month or season, not the day")


def named_schools_and_employers(text: str, start: int, end: int) -> Iterator[Hit]:
    """A named school or employer (the allow-list removes public ones)."""
    schools = any(word in text[start:end] for word in _SCHOOL_WORDS)
    for m in first(SCHOOL.finditer(text, start, end)) if schools else ():
        name = m.group(0).split(None, 1)
        lead = name[0] if name else ""
        begin = m.start() + (len(lead) + 1 if lead in _NOT_EMPLOYER_START and len(name) > 1 else 0)
        yield Hit(begin, m.end(), KIND, WARNING,
                  "A named school narrows a child or parent down to one community",
                  "say \"a local school\" instead")
    for m in first(EMPLOYER.finditer(text, start, end)):
        employer = m.group(1)
        if not EMPLOYMENT.search(text, max(start, m.start() - 16), m.start()):
            continue
        if employer.split()[0] not in _NOT_EMPLOYER_START and fold(employer) not in places():
            yield Hit(m.start(1), m.end(1), KIND, WARNING,
                      "A named employer, with other details, can identify a person",
                      "describe the kind of employer instead (\"a haulage firm\")")


def unusual_details(text: str, start: int, end: int, settings: GuardSettings) -> Iterator[Hit]:
    """Phrases the trust lists as rare enough to identify someone."""
    pattern = phrase_pattern(settings.unusual_details)
    if pattern is None:
        return
    for m in first(pattern.finditer(text, start, end)):
        yield Hit(m.start(), m.end(), KIND, WARNING,
                  "The trust lists this detail as unusual enough to identify someone",
                  "leave the detail out or make it more general")
