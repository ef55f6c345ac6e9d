"""Structured identifiers: official numbers, references, phone numbers and vehicle plates.

Each pattern is linear: bounded quantifiers only, boundaries by look-around, and check
characters verified in code, so a near-miss (wrong check letter, wrong prefix) is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

import phonenumbers
from stdnum.gb import nhs

from .findings import ERROR, REMOVE_NUMBER, Hit
from .lexicon import common_words

# The check-letter alphabet of PNC IDs and CRO numbers (no I, O or S).
CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
_NI_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})

_SEP = r"(?:[ \u00a0\t-]|\r?\n)?"  # one optional separator between digit groups
_END = r"(?![\w/])"

_NI_SEP = r"(?:[ \u00a0\t]|\r?\n)?"
NI = re.compile(
    rf"(?<![\w/-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]){_NI_SEP}(\d\d){_NI_SEP}(\d\d){_NI_SEP}"
    rf"(\d\d)(?:{_NI_SEP}([A-D]))?(?![\w/-])",
    re.IGNORECASE,
)
NHS = re.compile(rf"(?<![\w/.])(\d{{3}}){_SEP}(\d{{3}}){_SEP}(\d{{4}}){_END}")
NHS_CUE = re.compile(r"(?i)\bnhs\b|health\s+(?:service\s+)?(?:number|no)")
PNC = re.compile(r"(?<![\w/])((?:19|20)?\d\d)/(\d{1,7})([A-Z])(?![\w/])", re.IGNORECASE)
CRO = re.compile(r"(?<![\w/])(\d{1,6})/(\d\d)([A-Z])(?![\w/])", re.IGNORECASE)
CRO_SF = re.compile(r"(?<![\w/])SF ?(\d\d)/(\d{1,6})([A-Z])(?![\w/])", re.IGNORECASE)
PRISON = re.compile(r"(?<![\w/])[A-Z]\d{4}[A-Z]{2}(?![\w/])")
PRISON_CUED = re.compile(
    r"(?i:\bprison(?:er)?\s+(?:number|no\.?|ref(?:erence)?|id)\b)[\s:,]{0,3}(?:(?:is|was)\s+)?"
    r"([A-Z]{1,2}\d{4,6}[A-Z]{0,2}|\d{4,6}[A-Z]{1,2})(?![\w/])"
)
CRN = re.compile(r"(?<![\w/])[A-Z]\d{6}(?![\w/])")
COURT_CASE = re.compile(r"(?<![\w/])[TSAU](?:19|20)\d\d ?\d{4}(?![\w/])")
POLICE_URN = re.compile(r"(?<![\w/])\d\d[A-Z]{2}\d{7}(?![\w/])")
PLATE_CURRENT = re.compile(
    r"(?<![\w/-])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ \u00a0]?[A-HJ-PR-Z]{3}(?![\w/-])",
    re.IGNORECASE,
)
PLATE_PREFIX = re.compile(r"(?<![\w/-])[A-HJ-NP-TV-Y]\d{1,3}[ \u00a0]?[A-HJ-PR-Y]{3}(?![\w/-])")
PLATE_SUFFIX = re.compile(r"(?<![\w/-])[A-HJ-PR-Y]{3}[ \u00a0]?\d{1,3}[A-HJ-NP-TV-Y](?![\w/-])")
PLATE_CUED = re.compile(
    r"(?i:\b(?:reg(?:istration)?(?:\s+(?:number|no\.?|plate|mark))?|number\s?plate|private\s+plate)\b)"
    r"[\s:,]{0,3}(?:(?:is|was|of|reads)\s+)?([A-Za-z0-9]{1,4}[ ]?[A-Za-z0-9]{1,4})(?![\w/])"
)
_NOT_PLATE = re.compile(r"(?i)\d+(?:st|nd|rd|th|am|pm|s|k|m|cc)?|[a-z]+")
PASSPORT = re.compile(
    r"(?i:\bpassport(?:\s+(?:number|no\.?))?)[\s:,]{0,3}(?:(?:is|was|reads)\s+)?"
    r"([A-Z]{0,2}\d{6,9}[A-Z]?)(?![\w/])"
)
LICENCE = re.compile(
    r"(?<![\w/])[A-Z][A-Z9]{4} ?\d[0156]\d[0-3]\d\d ?[A-Z][A-Z9]\d[A-Z]{2}(?: ?\d\d)?(?![\w/])"
)
LICENCE_CUED = re.compile(
    r"(?i:\bdriving\s+licen[cs]e(?:\s+(?:number|no\.?))?)[\s:,]{0,3}(?:(?:is|was)\s+)?"
    r"([A-Z0-9]{8,18})(?![\w/])"
)
PHONE_GB = re.compile(
    r"(?<![\w+/.])(?:(?:\+|00)44[ \u00a0]?(?:\(0\)[ \u00a0]?)?[1-9]|\(0[1-9]\d{1,4}\)|0[1-9])"
    r"(?:(?:[ \u00a0.\-]|\r?\n){0,2}\d){7,10}(?![\w/])"
)
PHONE_INTL = re.compile(
    r"(?<![\w+/.])\+(?!44)[1-9]\d{0,2}(?:(?:[ \u00a0.\-]|\r?\n){0,2}\(?\d\)?){6,12}(?![\w/])"
)


def find_identifiers(text: str) -> list[Hit]:
    """Return every structured identifier in `text` (overlaps are resolved by the engine)."""
    return [hit for detect in DETECTORS for hit in detect(text)]


def _hit(start: int, end: int, kind: str, what: str) -> Hit:
    return Hit(start, end, kind, ERROR, f"{what} identifies one person in official records",
               REMOVE_NUMBER)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def check_letter(digits: str) -> str:
    """The PNC/CRO check letter of a year-and-serial digit string."""
    return CHECK_LETTERS[int(digits) % 23]


def ni_numbers(text: str) -> Iterator[Hit]:
    """National Insurance numbers, with HMRC's rules for the two prefix letters."""
    for m in NI.finditer(text):
        prefix, suffix = m.group(1), m.group(5) or ""
        written_as_code = prefix.isupper() and suffix.upper() == suffix or (
            prefix.islower() and suffix.islower())
        if prefix.upper() not in _NI_BAD_PREFIXES and written_as_code:
            yield _hit(m.start(), m.end(), "ni_number", "A National Insurance number")


def nhs_numbers(text: str) -> Iterator[Hit]:
    """NHS numbers (modulus 11); a leading 0 needs an NHS cue, or it is a phone number."""
    for m in NHS.finditer(text):
        digits = "".join(m.groups())
        cued = NHS_CUE.search(text, max(0, m.start() - 60), m.start()) is not None
        if nhs.is_valid(digits) and (digits[0] != "0" or cued):
            yield _hit(m.start(), m.end(), "nhs_number", "An NHS number")


def pnc_ids(text: str) -> Iterator[Hit]:
    """Police National Computer IDs, YYYY/NNNNNNNC, with a valid check letter."""
    for m in PNC.finditer(text):
        year, serial, letter = m.groups()
        if check_letter(year[-2:] + serial.zfill(7)) == letter.upper():
            yield _hit(m.start(), m.end(), "pnc_id", "A PNC ID")


def cro_numbers(text: str) -> Iterator[Hit]:
    """Criminal Records Office numbers, NNNNNN/YYC and SFYY/NNNNNNC, with a valid check letter."""
    for m in CRO.finditer(text):
        serial, year, letter = m.groups()
        if check_letter(year + serial.zfill(6)) == letter.upper():
            yield _hit(m.start(), m.end(), "cro_number", "A CRO number")
    for m in CRO_SF.finditer(text):
        year, serial, letter = m.groups()
        if check_letter(year + serial.zfill(6)) == letter.upper():
            yield _hit(m.start(), m.end(), "cro_number", "A CRO number")


def prison_numbers(text: str) -> Iterator[Hit]:
    """Prison numbers: A1234BC, and older forms when introduced as a prison number."""
    for m in PRISON.finditer(text):
        yield _hit(m.start(), m.end(), "prison_number", "A prison number")
    for m in PRISON_CUED.finditer(text):
        yield _hit(m.start(1), m.end(1), "prison_number", "A prison number")


def case_references(text: str) -> Iterator[Hit]:
    """Probation case reference numbers (CRN): a letter and six digits."""
    for m in CRN.finditer(text):
        yield _hit(m.start(), m.end(), "crn", "A probation case reference number (CRN)")


def court_cases(text: str) -> Iterator[Hit]:
    """Crown Court case numbers (T20257014) and police unique reference numbers."""
    for pattern in (COURT_CASE, POLICE_URN):
        for m in pattern.finditer(text):
            yield _hit(m.start(), m.end(), "court_case_number", "A court case number")


def vehicle_regs(text: str) -> Iterator[Hit]:
    """UK number plates: current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D), or cued."""
    for m in PLATE_CURRENT.finditer(text):
        plate = m.group(0)
        lower_word = plate.islower() and plate[-3:] in common_words()
        if (plate.isupper() or plate.islower()) and not lower_word:
            yield _plate(m.start(), m.end())
    for pattern in (PLATE_PREFIX, PLATE_SUFFIX):
        for m in pattern.finditer(text):
            yield _plate(m.start(), m.end())
    for m in PLATE_CUED.finditer(text):
        if not _NOT_PLATE.fullmatch(m.group(1).replace(" ", "")):
            yield _plate(m.start(1), m.end(1))


def _plate(start: int, end: int) -> Hit:
    return Hit(start, end, "vehicle_reg", ERROR,
               "A number plate leads to the registered keeper and where the car is parked",
               REMOVE_NUMBER)


def passports(text: str) -> Iterator[Hit]:
    """Passport numbers, which are only recognisable when introduced as such."""
    for m in PASSPORT.finditer(text):
        yield _hit(m.start(1), m.end(1), "passport", "A passport number")


def driving_licences(text: str) -> Iterator[Hit]:
    """UK driving licence numbers (surname, encoded birth date, initials, check characters)."""
    for m in LICENCE.finditer(text):
        compact = m.group(0).replace(" ", "")
        month = int(compact[6]) % 5 * 10 + int(compact[7])
        day = int(compact[8:10])
        if re.fullmatch(r"[A-Z]+9*", compact[:5]) and 1 <= month <= 12 and 1 <= day <= 31:
            yield _licence(m.start(), m.end())
    for m in LICENCE_CUED.finditer(text):
        if any(c.isdigit() for c in m.group(1)):
            yield _licence(m.start(1), m.end(1))


def _licence(start: int, end: int) -> Hit:
    return _hit(start, end, "driving_licence", "A driving licence number (it encodes a date of birth)")


def phones(text: str) -> Iterator[Hit]:
    """Phone numbers: UK forms and +country forms, confirmed possible by `phonenumbers`."""
    for pattern in (PHONE_GB, PHONE_INTL):
        for m in pattern.finditer(text):
            if _possible_phone(_digits(m.group(0)), m.group(0).lstrip()[0] == "+"):
                yield Hit(m.start(), m.end(), "phone", ERROR,
                          "A phone number reaches a person directly", REMOVE_NUMBER)


@lru_cache(maxsize=4096)
def _possible_phone(digits: str, international: bool) -> bool:
    try:
        number = phonenumbers.parse(("+" if international else "") + digits, "GB")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


DETECTORS: tuple[Callable[[str], Iterator[Hit]], ...] = (
    ni_numbers, nhs_numbers, pnc_ids, cro_numbers, prison_numbers, case_references,
    court_cases, vehicle_regs, passports, driving_licences, phones,
)
