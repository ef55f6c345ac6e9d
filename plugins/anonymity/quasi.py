"""Quasi-identifiers: details that are safe alone but together can point at one person.

These are warnings: shown to the author and reviewer, not blocking publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .allowlist import phrase_pattern
from .dates import exact_dates
from .findings import WARNING, Hit
from .lexicon import common_words, fold, gazetteer, given_names, places, proper_nouns, surnames
from .probes import digit_led, first, starts_of
from .settings import GuardSettings

KIND = "quasi_identifier"

# Ages are found from their digits; what surrounds them ("aged 41", "41-year-old",
# "Kirsty, 26,") is checked in code.
NUMBER = re.compile(r"\d(?<![\w.,/£$]\d)\d?(?![\d.,/:%]\d|\d|%)")
AGE_BEFORE = re.compile(r"(?i)\bage[d:]?\s+$")
_BIRTH_WORD = re.compile(r"(?i)born|birth|dob")
AGE_AFTER = re.compile(r"(?i)[- ]years?[- ]old\b")
# Written as a trie of one level (the same matches as the plain alternation "offen[cs]e|assault|
# robbery|...|[Jj]udge|crime", found several times sooner).
OFFENCE_CUE = re.compile(
    r"a(?:ssault|ttack|rrested|ppeared)|b(?:urglary)|c(?:rash|harged|ourt|onvicted|rime)|C(?:ourt)|"
    r"h(?:earing)|i(?:ncident)|[Jj](?:udge)|k(?:illed)|m(?:urder|agistrates)|M(?:agistrates)|"
    r"o(?:ffen[cs]e)|r(?:obbery)|s(?:tabbing|entenced)|t(?:rial)"
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
# Places are looked up as runs of capitalised words, with the small words of place names
# between them ("Newcastle upon Tyne", "Betws-y-Coed", "Bradford on Avon").
PLACE_RUN = re.compile(
    r"[A-Z][\w'’]*(?:(?:-|[ \t]+)(?:(?:upon|on|in|under|le|by|next|the|y|yr|cum|super|sub|en|de|la)"
    r"(?:-|[ \t]+))?[A-Z][\w'’]*){0,3}"
)
# A town from the gazetteer counts only where the sentence says it is a place: "34, from
# Heptonstall", "a 34-year-old Omagh man" (not "Hope said", "in March").
PLACE_WORD = re.compile(r"[^ \t-]+")
PLACE_BEFORE = re.compile(r"\b(?:from|in|of|near|outside|at|around)[ \t\n]+$")
PERSON_AFTER = re.compile(
    r"[ \t]+(?:man|woman|mum|mother|dad|father|lad|girl|boy|teenager|pensioner|resident|family|couple|"
    r"grandmother|grandfather|grandad|gran)\b"
)
# ONS ("Understanding towns in England and Wales", 2019) calls a town of 20,000 to 75,000
# residents medium and one under 20,000 small; above it are large towns and cities, where an
# exact age no longer narrows much.
SMALL_TOWN = 75_000
# A place further than this from the age is in another sentence in all but punctuation.
PLACE_REACH = 300


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
    small: frozenset[str] | None = None
    judged: dict[tuple[int, int, int], str | None] = {}  # each run once

    def judge(run_start: int, run_end: int, floor: int) -> str | None:
        key = (run_start, run_end, floor)
        if key not in judged:
            judged[key] = _small_place(text, run_start, run_end, floor, small)
        return judged[key]

    for m in first(digit_led(NUMBER, text, start, end, run_start=True)):  # (?<![\w...]\d)
        if not _is_age(text, m.start(), m.end(), start):
            continue
        if small is None:
            small = _small_keys(tuple(settings.small_places))
        reach = max(start, m.start() - PLACE_REACH), min(end, m.end() + PLACE_REACH)
        left, right = _sentence(text, m.start(), *reach)
        runs = [(r.start(), r.end(), max(left, r.start() - 140)) for r in PLACE_RUN.finditer(text, left, right)]
        if place := next((p for run in runs if (p := judge(*run))), None):  # a far floor does not matter
            yield Hit(m.start(), m.end(), KIND, WARNING,
                      f"An exact age next to a small place ({place}) can point to one person",
                      "give an age range (\"in his forties\") or a wider area")


@lru_cache(maxsize=16)
def _small_keys(small_places: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_place_key(p) for p in small_places)


def _small_place(text: str, run_start: int, run_end: int, floor: int, small: frozenset[str]) -> str | None:
    """The small place in a run of capitalised words, longest name first: a local place or one
    the trust lists, anywhere; where the sentence says it is a place, a gazetteer town under
    SMALL_TOWN people or a name that no list knows."""
    words = [(run_start + w.start(), run_start + w.end()) for w in PLACE_WORD.finditer(text[run_start:run_end])]
    for index, (name_start, _) in enumerate(words):
        cued = PLACE_BEFORE.search(text, max(floor, name_start - 12), name_start) is not None
        for _, name_end in reversed(words[index:]):
            name = text[name_start:name_end]
            if _place_key(name) in small or places().get(fold(name)) == "local":
                return name
            if (cued or PERSON_AFTER.match(text, name_end)) and _is_small_town(name):
                return name
        if cued and _is_unknown_place(text, name_start, run_end):
            return text[name_start:run_end]
    return None


def _place_key(name: str) -> str:
    """The gazetteer's key: folded, hyphens read as spaces ("Ashton-under-Lyne")."""
    return fold(name).replace("-", " ")


def _is_small_town(name: str) -> bool:
    """A gazetteer place of under SMALL_TOWN people (or of unknown size) that is none of our
    cities or regions, no everyday word ("March", "Street") and no first name ("Stanley")."""
    population = gazetteer().get(_place_key(name))
    key = fold(name)
    if population is None or population >= SMALL_TOWN or places().get(key) not in (None, "local"):
        return False
    return " " in name or "-" in name or (key not in common_words() and given_names().get(key, 0) < 4)


def _is_unknown_place(text: str, start: int, end: int) -> bool:
    """ "34, from Heptonstall": after "from" or "in", a name that no word, name or place list
    knows is most likely a village too small for the gazetteer."""
    if text.startswith(("'s", "’s"), end):
        return False
    return all(len(key) >= 4 and not word.isupper() and key not in common_words() and key not in given_names()
               and key not in surnames() and key not in proper_nouns() and key not in places()
               and key not in gazetteer()
               for word in PLACE_WORD.findall(text, start, end) if (key := fold(word)))


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
        if OFFENCE_CUE.search(text, left, right) and not _BIRTH_WORD.search(text[left:date_start]):
            yield Hit(date_start, date_end, KIND, WARNING,
                      "The exact date of an offence or hearing can be matched to press reports",
                      "give the month or season, not the day")


def named_schools_and_employers(text: str, start: int, end: int) -> Iterator[Hit]:
    """A named school or employer (the allow-list removes public ones)."""
    schools = starts_of(text, _SCHOOL_WORDS, start, end)  # any of them: from the story's one reading
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
