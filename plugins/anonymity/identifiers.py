"""Structured identifiers: official numbers, references, phone numbers and vehicle plates.

Each kind is a recogniser in the Presidio manner: a pattern for every way staff write the
number (either case, spaces or dashes between the digit groups, with or without the slash),
a cue word where the shape alone is too common ("PNC 033Y", "passport number ..."), and a
validator in code (check letters, HMRC prefixes, encoded dates), so a near-miss is not flagged.

Patterns are linear (bounded quantifiers only) and start with a digit, an upper-case letter or
a literal, with the "not inside a longer word" test made just after the first character: that
lets the regex engine skip quickly over ordinary prose.
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
# Northern Ireland plates (ABZ 1234): a serial letter, then a county code that has an I or a Z.
_NI_PLATE_CODES = frozenset(
    "IA IB IG IJ IL IW JI OI UI XI AZ BZ CZ DZ EZ FZ GZ HZ JZ KZ LZ MZ NZ OZ PZ RZ SZ TZ UZ VZ "
    "WZ YZ".split()
)
_NI_PLATE_PARTS = re.compile(r"([A-Z]+)\W?(\d+)")

# Identifiers that start with a digit, and those that start with a capital letter, are each
# found in one pass (see probes.py). Every probe is written as what follows its first character;
# "(?<![\w/]\d)" after a digit means "this digit does not continue a longer word".
DIGIT_PROBES = ProbeSet(r"\d", {
    # National Insurance: from the first digits; the prefix letters are checked behind. A space,
    # a dash or nothing may stand between any two characters ("RT-12-34-56-B", "RT 123 456 B").
    "ni": rf"(?:(?<=[{_NI_FIRST}][{_NI_SECOND}]\d)|(?<=[{_NI_FIRST}][{_NI_SECOND}][ \u00a0\t\n-]\d))"
          rf"(?:{_SEP}\d){{5}}(?:{_SEP}[A-Da-d])?(?![\w/-]|[ \u00a0\t][A-Za-z]\b)",
    "nhs": rf"(?<![\w/.]\d)\d\d{_SEP}\d{{3}}{_SEP}\d{{4}}(?![\w/])",
    # PNC IDs: YY/N... or YYYY/NNNNNNN with the slash, and YYYYNNNNNNN without it.
    "pnc": r"(?<![\w/]\d)\d(?:\d\d)?(?:/\d{1,7}|(?<=\d{4})\d{7})[A-Za-z](?![\w/])",
    "cro": r"(?<![\w/]\d)\d{0,5}/\d\d[A-Za-z](?![\w/])",
    # "SF" CRO numbers (SF99/12345M) from the year's first digit; GIR 0AA from its zero.
    "cro_sf": r"(?:(?<=[Ss][Ff]\d)|(?<=[Ss][Ff] \d))\d/\d{1,6}[A-Za-z](?![\w/])",
    "giro": r"(?:(?<=[Gg][Ii][Rr]0)|(?<=[Gg][Ii][Rr] 0))[Aa]{2}(?![\w/])",
    "urn": r"(?<![\w/]\d)\d[A-Z]{2}\d{7}(?![\w/])",
    # Prison numbers (A1234BC), CRNs (X123456) and Crown Court cases (T20240871, T2024/0871), in
    # either case: from the first digit, with the letter checked behind.
    "prison": r"(?<=[A-Za-z]\d)(?<![\w/].\d)\d{3}[A-Za-z]{2}(?![\w/])",
    "crn": r"(?<=[A-Za-z]\d)(?<![\w/].\d)\d{5}(?![\w/])",
    "court": r"(?<=[TSAUtsau][12])(?<![\w/].\d)\d\d\d[ /-]?\d{4}(?![\w/])",
    # Driving licences in either case: from the decade digit after the five surname characters
    # (the start of the surname is checked in code).
    "licence": r"(?:(?<=[A-Za-z][A-Za-z9]{4}\d)|(?<=[A-Za-z][A-Za-z9]{4} \d))"
               r"[0156]\d[0-3]\d\d ?[A-Za-z][A-Za-z9]\d[A-Za-z]{2}(?: ?\d\d)?(?![\w/])",
    # Current plates (AB12 CDE, any case): from the age digits; the letters are checked behind.
    "plate": r"(?<=[A-HJ-PR-Ya-hj-pr-y][A-HJ-PR-Ya-hj-pr-y]\d)(?<![\w/-]..\d)\d[ \u00a0-]?[A-HJ-PR-Za-hj-pr-z]{3}(?![\w/-])",
    # Passports (HMPO: two letters and seven digits), in either case.
    "passport": r"(?<=[A-Za-z]{2}\d)(?<![\w/]..\d)\d{6}(?![\w/])",
})
UPPER_PROBES = ProbeSet(r"[A-Z](?=[A-Z\d])", {
    "plate_prefix": r"(?<=[A-HJ-NP-TV-Y])(?<![\w/-].)\d{1,3}[ \u00a0]?[A-HJ-PR-Y]{3}(?![\w/-])",
    "plate_suffix": r"(?<=[A-HJ-PR-Y])(?<![\w/-].)[A-HJ-PR-Y]{2}[ \u00a0]?\d{1,3}[A-HJ-NP-TV-Y](?![\w/-])",
    "plate_ni": r"(?<![\w/-].)[A-Z]{1,2}[ \u00a0]?\d{1,4}(?![\w/-])",
})
NHS_CUE = re.compile(r"(?i)\bnhs\b|health\s+(?:service\s+)?(?:number|no)")
_PLATE_AGES = re.compile(r"0[2-9]|[12]\d|5[1-9]|[67]\d")
# Short PNC forms without a slash ("0273319Z", "033Y") are only told apart from other codes by a cue.
PNC_CUED = re.compile(
    r"(?<![\w/])(?i:pnc)(?:\s+(?i:id|number|no\.?|ref(?:erence)?))?[\s:,#]{0,3}(?:(?:is|was)\s+)?"
    r"(\d{3,9}[A-Za-z])(?![\w/])"
)

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
    r"(?:passport|Passport|PASSPORT)(?i:\s+(?:number|no\.?|#))?[\s:,]{0,3}(?:(?:is|was|reads)\s+)?"
    r"([A-Za-z]{0,2}\d{6,9}[A-Za-z]?)(?![\w/])"
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
    digit, upper, lower = DIGIT_PROBES.scan(text), UPPER_PROBES.scan(text), text.lower()
    return [
        *ni_numbers(text, digit["ni"]), *nhs_numbers(text, digit["nhs"]),
        *pnc_ids(text, lower, digit["pnc"]),
        *cro_numbers(text, digit["cro"], _prefixed(text, digit["cro_sf"], "SF")),
        *prison_numbers(text, _lettered(text, digit["prison"])),
        *_all(_lettered(text, digit["crn"]), "crn", "A probation case reference number (CRN)"),
        *court_cases(text, _lettered(text, digit["court"]), digit["urn"]),
        *vehicle_regs(text, lower, digit["plate"], upper["plate_prefix"] + upper["plate_suffix"]),
        *ni_plates(text, upper["plate_ni"]), *giro_postcode(_prefixed(text, digit["giro"], "GIR")),
        *passports(text, _lettered(text, digit["passport"], 2)),
        *driving_licences(text, digit["licence"]), *phones(text),
    ]


def _hit(start: int, end: int, kind: str, what: str) -> Hit:
    return Hit(start, end, kind, ERROR, f"{what} identifies one person in official records",
               REMOVE_NUMBER)


def _all(spans: Spans, kind: str, what: str) -> list[Hit]:
    return [_hit(start, end, kind, what) for start, end in spans]


def _lettered(text: str, spans: Spans, letters: int = 1) -> Spans:
    """Spans found from their first digit, widened to the letters before; both cases, not mixed."""
    widened = [(start - letters, end) for start, end in spans]
    return [(start, end) for start, end in widened if _one_case(text[start:end])]


def _one_case(code: str) -> bool:
    """True when the letters of `code` are all capitals or all small ("A4821FK", "a4821fk")."""
    letters = "".join(c for c in code if c.isalpha())
    return letters.isupper() or letters.islower()


def _prefixed(text: str, spans: Spans, prefix: str) -> Spans:
    """Spans found from their first digit, widened to a literal prefix ("SF", "GIR") and one
    optional space before it; the prefix may not continue a longer word."""
    widened = []
    for start, end in spans:
        start -= len(prefix) + (text[start - 1] == " ")
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_/"):
            widened.append((start, end))
    return widened


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


def pnc_ids(text: str, lower: str, spans: Spans) -> Iterator[Hit]:
    """Police National Computer IDs with a valid check letter.

    Written YYYY/NNNNNNNC, YYYYNNNNNNNC, YY/NNNC (short), or after a "PNC" cue as YYNNNC.
    """
    for start, end in spans:
        year, _, serial = text[start:end].rpartition("/")
        if not year:  # the long form without its slash
            year, serial = serial[:4], serial[4:]
        if (len(year) == 2 or year[:2] in ("19", "20")) and _pnc_valid(year[-2:], serial):
            yield _hit(start, end, "pnc_id", "A PNC ID")
    if "pnc" in lower:
        for m in first(PNC_CUED.finditer(text)):
            value = m.group(1)
            if _pnc_valid(value[:2], value[2:]):
                yield _hit(m.start(1), m.end(1), "pnc_id", "A PNC ID")


def _pnc_valid(year: str, serial: str) -> bool:
    """The PNC check: the two-digit year and the serial padded to 7 digits, modulo 23."""
    return check_letter(year + serial[:-1].zfill(7)) == serial[-1].upper()


def cro_numbers(text: str, spans: Spans, fingerprint_spans: Spans) -> Iterator[Hit]:
    """Criminal Records Office numbers, NNNNNN/YYC and SFYY/NNNNNC, with a valid check letter.

    "SF" (fingerprint) numbers pad the serial to 5 digits before the check, as HMPPS does
    (prison-api and hmpps-person-record); the 6-digit padding of older prison-api is superseded.
    """
    for start, end in spans:
        serial, year = text[start:end].split("/")
        if check_letter(year[:2] + serial.zfill(6)) == year[2].upper():
            yield _hit(start, end, "cro_number", "A CRO number")
    for start, end in fingerprint_spans:
        year, serial = text[start:end][2:].strip().split("/")
        if check_letter(year + serial[:-1].zfill(5)) == serial[-1].upper():
            yield _hit(start, end, "cro_number", "A CRO number")


def prison_numbers(text: str, spans: Spans) -> Iterator[Hit]:
    """Prison numbers: A1234BC, and older forms when introduced as a prison number."""
    yield from _all(spans, "prison_number", "A prison number")
    if "rison" in text:
        for m in first(PRISON_CUED.finditer(text)):
            yield _hit(m.start(1), m.end(1), "prison_number", "A prison number")


def court_cases(text: str, crown: Spans, urns: Spans) -> Iterator[Hit]:
    """Crown Court case numbers (T20240871, S2024/0871) with a plausible year, and police URNs."""
    for start, end in crown:
        if text[start + 1 : start + 3] in ("19", "20"):
            yield _hit(start, end, "court_case_number", "A court case number")
    yield from _all(urns, "court_case_number", "A court case number")


def ni_plates(text: str, spans: Spans) -> Iterator[Hit]:
    """Northern Ireland plates: a serial letter and county code (LJZ 7842), or a code and 3-4 digits."""
    for start, end in spans:
        letters, digits = _NI_PLATE_PARTS.match(text, start, end).groups()
        serial_ok = len(letters) == 2 or letters[0] not in "IQZ"
        if letters[-2:] in _NI_PLATE_CODES and serial_ok and (len(letters) == 3 or len(digits) >= 3):
            yield _plate(start, end)


def giro_postcode(spans: Spans) -> Iterator[Hit]:
    """GIR 0AA, Girobank's postcode: the postcode pattern of places.py cannot match it (its
    outward code has no digit), so it is recognised here."""
    for start, end in spans:
        yield Hit(start, end, "postcode", ERROR, "A postcode narrows an address down",
                  "remove the postcode; name the town at most")


def vehicle_regs(text: str, lower: str, current: Spans, dated: Spans) -> Iterator[Hit]:
    """UK number plates: current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D), or cued."""
    for digits_start, end in current:
        start = digits_start - 2
        plate = text[start:end]
        lower_word = plate.islower() and plate[-3:] in common_words()
        if _PLATE_AGES.fullmatch(plate[2:4]) and (plate.isupper() or plate.islower()) and not lower_word:
            yield _plate(start, end)
    for start, end in dated:
        yield _plate(start, end)
    if any(cue in lower for cue in ("registration", "reg ", "reg.", "reg:", "plate")):
        for m in first(PLATE_CUED.finditer(text)):
            if not _NOT_PLATE.fullmatch(m.group(1).replace(" ", "")):
                yield _plate(m.start(1), m.end(1))


def _plate(start: int, end: int) -> Hit:
    return Hit(start, end, "vehicle_reg", ERROR,
               "A number plate leads to the registered keeper and where the car is parked",
               REMOVE_NUMBER)


def passports(text: str, spans: Spans) -> Iterator[Hit]:
    """Passport numbers: the current form anywhere, and any form when introduced as a passport."""
    yield from _all(spans, "passport", "A passport number")
    if "assport" in text:
        for m in first(PASSPORT.finditer(text)):
            yield _hit(m.start(1), m.end(1), "passport", "A passport number")


def driving_licences(text: str, spans: Spans) -> Iterator[Hit]:
    """UK driving licence numbers (surname, encoded birth date, initials, check characters)."""
    for digits_start, end in spans:
        start = digits_start - (6 if text[digits_start - 1] == " " else 5)
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_/"):
            continue
        compact = text[start:end].replace(" ", "")
        month = int(compact[6]) % 5 * 10 + int(compact[7])
        day = int(compact[8:10])
        surname_ok = re.fullmatch(r"[A-Za-z]+9*", compact[:5]) is not None
        if surname_ok and _one_case(compact) and 1 <= month <= 12 and 1 <= day <= 31:
            yield _licence(start, end)
    if "icen" in text:
        for m in first(LICENCE_CUED.finditer(text)):
            if any(c.isdigit() for c in m.group(1)):
                yield _licence(m.start(1), m.end(1))


def _licence(start: int, end: int) -> Hit:
    return _hit(start, end, "driving_licence", "A driving licence number (it encodes a date of birth)")


def phones(text: str) -> Iterator[Hit]:
    """Phone numbers: UK forms and +country forms, confirmed possible by `phonenumbers`.

    Freephone numbers (0800, 0808: Crimestoppers, helplines) belong to services, not people.
    """
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
    return phonenumbers.is_possible_number(number) and (
        phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.TOLL_FREE)
