"""Structured identifiers: official numbers, references, phone numbers and vehicle plates.

Patterns are linear (bounded quantifiers only) and start with a digit, an upper-case letter or
a literal, with the "not inside a longer word" test made just after the first character: that
lets the regex engine skip quickly over ordinary prose. Check characters are verified in code,
so a near-miss (wrong check letter, impossible prefix) is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
from stdnum.gb import nhs

from .findings import ERROR, REMOVE_NUMBER, Hit
from .lexicon import common_words
from .probes import ProbeSet, first

# The check-letter alphabet of PNC IDs and CRO numbers (no I, O or S).
CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
_NI_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NI_FIRST = "A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z"
_NI_SECOND = "A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z"

_SEP = r"(?:[ \u00a0\t-]|\r?\n)?"  # one optional separator between digit groups
_NI_SEP = r"(?:[ \u00a0\t]|\r?\n)?"

# Identifiers that start with a digit, and those that start with a capital letter, are each
# found in one pass (see probes.py). Every probe is written as what follows its first character;
# "(?<![\w/]\d)" after a digit means "this digit does not continue a longer word".
DIGIT_PROBES = ProbeSet(r"\d", {
    # National Insurance: from the first digits; the prefix letters are checked behind.
    "ni": rf"(?:(?<=[{_NI_FIRST}][{_NI_SECOND}]\d)|(?<=[{_NI_FIRST}][{_NI_SECOND}][ \u00a0\t\n]\d))\d"
          rf"{_NI_SEP}\d\d{_NI_SEP}\d\d(?:{_NI_SEP}[A-Da-d])?(?![\w/-]|[ \u00a0\t][A-Za-z]\b)",
    "nhs": rf"(?<![\w/.]\d)\d\d{_SEP}\d{{3}}{_SEP}\d{{4}}(?![\w/])",
    "pnc": r"(?<![\w/]\d)\d(?:\d\d)?/\d{1,7}[A-Za-z](?![\w/])",
    "cro": r"(?<![\w/]\d)\d{0,5}/\d\d[A-Za-z](?![\w/])",
    "urn": r"(?<![\w/]\d)\d[A-Z]{2}\d{7}(?![\w/])",
    # Current plates (AB12 CDE, any case): from the age digits; the letters are checked behind.
    "plate": r"(?<=[A-HJ-PR-Ya-hj-pr-y][A-HJ-PR-Ya-hj-pr-y]\d)(?<![\w/-]..\d)\d[ \u00a0]?[A-HJ-PR-Za-hj-pr-z]{3}(?![\w/-])",
})
UPPER_PROBES = ProbeSet(r"[A-Z](?=[A-Z\d])", {
    "prison": r"(?<![\w/].)\d{4}[A-Z]{2}(?![\w/])",
    "crn": r"(?<![\w/].)\d{6}(?![\w/])",
    "court": r"(?<=[TSAU])(?<![\w/].)(?:19|20)\d\d ?\d{4}(?![\w/])",
    "plate_prefix": r"(?<=[A-HJ-NP-TV-Y])(?<![\w/-].)\d{1,3}[ \u00a0]?[A-HJ-PR-Y]{3}(?![\w/-])",
    "plate_suffix": r"(?<=[A-HJ-PR-Y])(?<![\w/-].)[A-HJ-PR-Y]{2}[ \u00a0]?\d{1,3}[A-HJ-NP-TV-Y](?![\w/-])",
    "licence": r"(?<![\w/].)[A-Z9]{4} ?\d[0156]\d[0-3]\d\d ?[A-Z][A-Z9]\d[A-Z]{2}(?: ?\d\d)?(?![\w/])",
})
NHS_CUE = re.compile(r"(?i)\bnhs\b|health\s+(?:service\s+)?(?:number|no)")
_PLATE_AGES = re.compile(r"0[2-9]|[12]\d|5[1-9]|[67]\d")
CRO_SF = re.compile(r"SF(?<![\w/]SF) ?(\d\d)/(\d{1,6})([A-Za-z])(?![\w/])")
PRISON_CUED = re.compile(
    r"(?:prisoner|prison|Prisoner|Prison|PRISON)\s+(?i:number|no\.?|ref(?:erence)?|id)\b[\s:,]{0,3}(?:(?:is|was|as)\s+)?"
    r"([A-Z]{1,2}\d{4,6}[A-Z]{0,2}|\d{4,6}[A-Z]{1,2})(?![\w/])"
)
PLATE_CUED = re.compile(
    r"(?i:\b(?:reg(?:istration)?(?:\s+(?:number|no\.?|plate|mark))?|number\s?plate|private\s+plate)\b)"
    r"[\s:,]{0,3}(?:(?:is|was|of|reads)\s+)?([A-Za-z0-9]{1,4}[ ]?[A-Za-z0-9]{1,4})(?![\w/])"
)
_NOT_PLATE = re.compile(r"(?i)\d+(?:st|nd|rd|th|am|pm|s|k|m|cc)?|[a-z]+")
PASSPORT = re.compile(
    r"(?:passport|Passport|PASSPORT)(?i:\s+(?:number|no\.?))?[\s:,]{0,3}(?:(?:is|was|reads)\s+)?"
    r"([A-Z]{0,2}\d{6,9}[A-Z]?)(?![\w/])"
)
LICENCE_CUED = re.compile(
    r"(?:driving|Driving|DRIVING)\s+(?i:licen[cs]e(?:\s+(?:number|no\.?))?)[\s:,]{0,3}(?:(?:is|was)\s+)?"
    r"([A-Z0-9]{8,18})(?![\w/])"
)
_PHONE_REST = r"(?:(?:[ \u00a0.\-]|\r?\n){0,2}\d){7,10}(?![\w/])"
PHONE_GB = re.compile(
    r"(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?[1-9]|0044[ \u00a0]?[1-9]|\(0[1-9]\d{1,4}\)|0[1-9])" + _PHONE_REST
)
PHONE_INTL = re.compile(r"\+(?!44)[1-9]\d{0,2}(?:(?:[ \u00a0.\-]|\r?\n){0,2}\(?\d\)?){6,12}(?![\w/])")


Spans = list[tuple[int, int]]


def find_identifiers(text: str) -> list[Hit]:
    """Return every structured identifier in `text` (overlaps are resolved by the engine)."""
    digit, upper = DIGIT_PROBES.scan(text), UPPER_PROBES.scan(text)
    return [
        *ni_numbers(text, digit["ni"]), *nhs_numbers(text, digit["nhs"]),
        *pnc_ids(text, digit["pnc"]), *cro_numbers(text, digit["cro"]),
        *prison_numbers(text, upper["prison"]), *_all(upper["crn"], "crn", "A probation case reference number (CRN)"),
        *_all(upper["court"] + digit["urn"], "court_case_number", "A court case number"),
        *vehicle_regs(text, digit["plate"], upper["plate_prefix"] + upper["plate_suffix"]),
        *passports(text), *driving_licences(text, upper["licence"]), *phones(text),
    ]


def _hit(start: int, end: int, kind: str, what: str) -> Hit:
    return Hit(start, end, kind, ERROR, f"{what} identifies one person in official records",
               REMOVE_NUMBER)


def _all(spans: Spans, kind: str, what: str) -> list[Hit]:
    return [_hit(start, end, kind, what) for start, end in spans]


def check_letter(digits: str) -> str:
    """The PNC/CRO check letter of a year-and-serial digit string."""
    return CHECK_LETTERS[int(digits) % 23]


def ni_numbers(text: str, spans: Spans) -> Iterator[Hit]:
    """National Insurance numbers, with HMRC's rules for the two prefix letters."""
    for digits_start, end in spans:
        start = digits_start - (2 if text[digits_start - 1].isalpha() else 3)
        prefix, suffix = text[start : start + 2], text[end - 1] if text[end - 1].isalpha() else ""
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_/-"):
            continue
        written_as_code = prefix.isupper() and suffix.upper() == suffix or (
            prefix.islower() and suffix.islower())
        if prefix.upper() not in _NI_BAD_PREFIXES and written_as_code:
            yield _hit(start, end, "ni_number", "A National Insurance number")


def nhs_numbers(text: str, spans: Spans) -> Iterator[Hit]:
    """NHS numbers (modulus 11); a leading 0 needs an NHS cue, or it is a phone number."""
    for start, end in spans:
        digits = re.sub(r"\D", "", text[start:end])
        cued = NHS_CUE.search(text, max(0, start - 60), start) is not None
        if nhs.is_valid(digits) and (digits[0] != "0" or cued):
            yield _hit(start, end, "nhs_number", "An NHS number")


def pnc_ids(text: str, spans: Spans) -> Iterator[Hit]:
    """Police National Computer IDs, YYYY/NNNNNNNC, with a valid check letter."""
    for start, end in spans:
        year, serial = text[start:end].split("/")
        if len(year) == 2 or year[:2] in ("19", "20"):
            if check_letter(year[-2:] + serial[:-1].zfill(7)) == serial[-1].upper():
                yield _hit(start, end, "pnc_id", "A PNC ID")


def cro_numbers(text: str, spans: Spans) -> Iterator[Hit]:
    """Criminal Records Office numbers, NNNNNN/YYC and SFYY/NNNNNNC, with a valid check letter."""
    for start, end in spans:
        serial, year = text[start:end].split("/")
        if check_letter(year[:2] + serial.zfill(6)) == year[2].upper():
            yield _hit(start, end, "cro_number", "A CRO number")
    if "SF" in text:
        for m in first(CRO_SF.finditer(text)):
            year, serial, letter = m.groups()
            if check_letter(year + serial.zfill(6)) == letter.upper():
                yield _hit(m.start(), m.end(), "cro_number", "A CRO number")


def prison_numbers(text: str, spans: Spans) -> Iterator[Hit]:
    """Prison numbers: A1234BC, and older forms when introduced as a prison number."""
    yield from _all(spans, "prison_number", "A prison number")
    if "rison" in text:
        for m in first(PRISON_CUED.finditer(text)):
            yield _hit(m.start(1), m.end(1), "prison_number", "A prison number")


def vehicle_regs(text: str, current: Spans, dated: Spans) -> Iterator[Hit]:
    """UK number plates: current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D), or cued."""
    for digits_start, end in current:
        start = digits_start - 2
        plate = text[start:end]
        lower_word = plate.islower() and plate[-3:] in common_words()
        if _PLATE_AGES.fullmatch(plate[2:4]) and (plate.isupper() or plate.islower()) and not lower_word:
            yield _plate(start, end)
    for start, end in dated:
        yield _plate(start, end)
    lower = text.lower()
    if any(cue in lower for cue in ("registration", "reg ", "reg.", "reg:", "plate")):
        for m in first(PLATE_CUED.finditer(text)):
            if not _NOT_PLATE.fullmatch(m.group(1).replace(" ", "")):
                yield _plate(m.start(1), m.end(1))


def _plate(start: int, end: int) -> Hit:
    return Hit(start, end, "vehicle_reg", ERROR,
               "A number plate leads to the registered keeper and where the car is parked",
               REMOVE_NUMBER)


def passports(text: str) -> Iterator[Hit]:
    """Passport numbers, which are only recognisable when introduced as such."""
    if "assport" in text:
        for m in first(PASSPORT.finditer(text)):
            yield _hit(m.start(1), m.end(1), "passport", "A passport number")


def driving_licences(text: str, spans: Spans) -> Iterator[Hit]:
    """UK driving licence numbers (surname, encoded birth date, initials, check characters)."""
    for start, end in spans:
        compact = text[start:end].replace(" ", "")
        month = int(compact[6]) % 5 * 10 + int(compact[7])
        day = int(compact[8:10])
        if re.fullmatch(r"[A-Z]+9*", compact[:5]) and 1 <= month <= 12 and 1 <= day <= 31:
            yield _licence(start, end)
    if "icen" in text:
        for m in first(LICENCE_CUED.finditer(text)):
            if any(c.isdigit() for c in m.group(1)):
                yield _licence(m.start(1), m.end(1))


def _licence(start: int, end: int) -> Hit:
    return _hit(start, end, "driving_licence", "A driving licence number (it encodes a date of birth)")


def phones(text: str) -> Iterator[Hit]:
    """Phone numbers: UK forms and +country forms, confirmed possible by `phonenumbers`."""
    for pattern in (PHONE_GB, PHONE_INTL):
        for m in first(pattern.finditer(text)):
            before = text[m.start() - 1] if m.start() else " "
            digits = re.sub(r"\D", "", m.group(0))
            if not (before.isalnum() or before in "_+/.") and _possible_phone(digits, m.group(0)[0] == "+"):
                yield Hit(m.start(), m.end(), "phone", ERROR,
                          "A phone number reaches a person directly", REMOVE_NUMBER)


@lru_cache(maxsize=4096)
def _possible_phone(digits: str, international: bool) -> bool:
    try:
        number = phonenumbers.parse(("+" if international else "") + digits, "GB")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)
