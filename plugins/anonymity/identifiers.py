"""Structured identifiers: official numbers, references, bank details, phone numbers and plates.

One table of recognisers in the Presidio manner (`RECOGNISERS`): each entry has its kind, the
probes or patterns that find it by shape, a validator (check letters and digits, HMRC prefixes,
encoded dates), the cue after which any written form of a value counts ("PNC number, 12/55031X"),
its severity, message and suggestion. Probes are linear and start with a digit or a capital, so
the regex engine skips over prose; those sharing a first character run in one pass (probes.py).
References that have no shape of their own (custody records, hospital, benefit and student
numbers) are found by their cue alone (references.py); a cue says what a number is, so a hit
after a cue replaces a shape-only hit over the same characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import phonenumbers
from stdnum import iban
from stdnum.gb import nhs

from .findings import ERROR, REMOVE_NUMBER, Hit
from .lexicon import sections, common_words
from .probes import ProbeSet, digit_positions, each_start, first, lower_of, matches_from
from .record_numbers import find_record_numbers
from .references import find_references
from .table_columns import body_cells

# The check-letter alphabet of PNC IDs and CRO numbers (no I, O or S).
CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
_NI_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NI_FIRST = "A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z"
_NI_SECOND = "A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z"
_SEP = r"(?:[ \u00a0\t.-]|\r?\n)?"  # one optional separator between digit groups
# Northern Ireland plates (ABZ 1234): a serial letter, then a county code that has an I or a Z.
_NI_PLATE_CODES = frozenset(sections("codes_slingshot.txt")["ni plate codes"])
_PLATE_AGES = re.compile(r"0[2-9]|[12]\d|5[1-9]|[67]\d")

# Each probe is written as what follows its first character; "(?<![\w/]\d)" after a digit
# means "this digit does not continue a longer word".
DIGIT_PROBES = ProbeSet(r"\d", {
    # National Insurance: from the first digits; the prefix letters are checked behind. A space,
    # a dash or nothing may stand between any two characters ("RT-12-34-56-B", "RT 123 456 B").
    "ni": rf"(?:(?<=[{_NI_FIRST}][{_NI_SECOND}]\d)|(?<=[{_NI_FIRST}][{_NI_SECOND}][ \u00a0\t\n.-]\d))"
          rf"(?:{_SEP}\d){{5}}(?:{_SEP}[A-Da-d])?(?![\w/-]|[ \u00a0\t][A-Za-z]\b|[ \u00a0\t]\d\d)",  # not "NM 26 0417 72"
    "nhs": rf"(?<![\w/.]\d)\d\d{_SEP}\d{{3}}{_SEP}\d{{4}}(?![\w/])",
    # PNC IDs: YY/N... or YYYY/NNNNNNN with the slash, YYYYNNNNNNN and YYNNNNNNN without it.
    "pnc": r"(?<![\w/]\d)\d(?:\d\d)?(?:/\d{1,7}|\d{7})[A-Za-z](?![\w/])",
    "cro": r"(?<![\w/]\d)\d{0,5}/\d\d[A-Za-z](?![\w/])",
    # "SF" CRO numbers (SF99/12345M) from the year's first digit; GIR 0AA from its zero.
    "cro_sf": r"(?:(?<=[Ss][Ff]\d)|(?<=[Ss][Ff] \d))\d/\d{1,6}[A-Za-z](?![\w/])",
    "giro": r"(?:(?<=[Gg][Ii][Rr]0)|(?<=[Gg][Ii][Rr] 0))[Aa]{2}(?![\w/])",
    "urn": r"(?<![\w/]\d)\d[A-Z]{2}\d{7}(?![\w/])",
    # Prison numbers (A1234BC), CRNs (X123456) and Crown Court cases (T20240871, T2024/0871,
    # T 2021 7716), in either case: from the first digit, with the letter checked behind.
    "prison": r"(?<=[A-Za-z]\d)(?<![\w/].\d)\d{3}[A-Za-z]{2}(?![\w/])",
    "crn": r"(?<=[A-Za-z]\d)(?<![\w/].\d)\d{5}(?![\w/])",
    "court": r"(?:(?<=[TSAUtsau][12])(?<![\w/].\d)|(?<=[TSAU] [12])(?<![\w/]..\d))\d\d\d[ /-]?\d{4}(?![\w/])",
    # Driving licences: from the decade digit after the five surname characters.
    "licence": r"(?:(?<=[A-Za-z][A-Za-z9]{4}\d)|(?<=[A-Za-z][A-Za-z9]{4} \d))"
               r"[0156]\d[0-3]\d\d ?[A-Za-z][A-Za-z9]\d[A-Za-z]{2}(?: ?\d\d)?(?![\w/])",
    # Current plates (AB12 CDE, any case): from the age digits; the letters are checked behind.
    "plate": r"(?<=[A-HJ-PR-Ya-hj-pr-y][A-HJ-PR-Ya-hj-pr-y]\d)(?<![\w/-]..\d)\d(?:[ \u00a0-]|\r?\n)?[A-HJ-PR-Za-hj-pr-z]{3}(?![\w/-])",
    # Irish plates: a two- or three-digit year, a county code, a serial ("191-D-12345", "05-MH-1234").
    "ie_plate": r"(?<![\w/-]\d)\d\d?[ -](?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WW|WX)"
                r"[ -]\d{1,6}(?![\w/-])",
    # Passports (HMPO: two letters and seven digits), in either case.
    "passport": r"(?<=[A-Za-z]{2}\d)(?<![\w/]..\d)\d{6}(?![\w/])",
}, after_digits="9")  # only a licence's surname part ("MORGA9…") puts a digit before the first
UPPER_PROBES = ProbeSet(r"[A-Z](?=[A-Z\d])", {
    "plate_prefix": r"(?<=[A-HJ-NP-TV-Y])(?<![\w/-].)\d{1,3}[ \u00a0]?[A-HJ-PR-Y]{3}(?![\w/-])",
    "plate_suffix": r"(?<=[A-HJ-PR-Y])(?<![\w/-].)[A-HJ-PR-Y]{2}[ \u00a0]?\d{1,3}[A-HJ-NP-TV-Y](?![\w/-])",
    "plate_ni": r"(?<![\w/-].)[A-Z]{1,2}[ \u00a0]?\d{1,4}(?![\w/-])",
    # IBANs (GB82 WEST 1234 5698 7654 32), confirmed by their mod-97 check digits.
    "iban": r"(?<![\w/-].)[A-Z]\d\d(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\w/-])",
    # Vehicle identification numbers: 17 capitals and digits, never I, O or Q (WF0AXXGCDA8R63817).
    "vin": r"(?<![\w/-].)[A-HJ-NPR-Z0-9]{16}(?![\w/-])",
}, digit_within=4)  # each has a digit among the four characters after its first letter
_NHS_CUE = re.compile(r"(?i:\b(?:nhs|chi|h\s?[&+]\s?c)\b|health\s+(?:(?:service|and\s+care|&\s+care)\s+)?n(?:umber|o))")
# Digits apart by spaces, dots, dashes, a line break, or a comma and a space, as a number is
# read out in groups or digit by digit ("0 7 7 0 0, 9 0 0, 1 8 8").
_PHONE_REST = r"(?:(?:[ \u00a0.\-]|,(?=[ \u00a0])|\r?\n){0,2}\d){7,10}(?![\w/])"
_PHONE_GB = re.compile(
    r"(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?[1-9]|0044[ \u00a0]?[1-9]|\(0[1-9]\d{1,4}\)|0 ?[1-9])" + _PHONE_REST
)
_INTL_REST = r"[1-9]\d{0,2}(?:(?:[ \u00a0.\-]|\r?\n){0,2}\(?\d\)?){6,12}(?![\w/])"
_PHONE_INTL = re.compile(r"\+(?!44)" + _INTL_REST)
_PHONE_00 = re.compile(r"00(?<![\w/.+]00)(?!44)" + _INTL_REST)  # "0048 512 345 678"
# Between a cue and its value: punctuation and the small words of "number is", "listed as",
# "ref:", "under the number" ("His PNC number, 12/55031X", "her passport, number 538162047").
_FILLER = (r"(?:[\s:,#(\-–]|['’]s\b|\b(?i:is|was|as|of|reads|read|under|listed|filed|given|the|his|her|"
           r"their|number|no|num|nos|ref|reference|id|card|code|given|on)\b\.?){0,10}")
# Any written form of a reference: groups of digits joined by slashes, dashes, dots, single spaces
# or a line break ("x 123 456"). Cued values take the same separators, "jk.48.20.71.c" too.
_VSEP = r"(?:[ .-]|\r?\n)?"
_CODE = r"[A-Za-z]{0,2}[ ]?\d(?:[\d/.-]|[ ](?=\d)|\r?\n(?=\d)){2,14}\d[A-Za-z]{0,2}"

Span = tuple[int, int]
_NON_DIGITS = re.compile(r"\D")
_NI_PLATE_PARTS = re.compile(r"([A-Z]+)\W?(\d+)")
_LICENCE_SURNAME = re.compile(r"[A-Za-z]+9*")
Spans = list[Span]


@dataclass(frozen=True)
class Recogniser:
    """One kind of identifier: found by shape (probes or patterns, then `validate`, which may
    widen the span), or by a cue word followed by any written form of `value` (then `accept`)."""

    kind: str
    what: str
    probes: tuple[str, ...] = ()
    validate: Callable[[str, int, int], Span | None] = lambda text, start, end: (start, end)
    patterns: tuple[re.Pattern[str], ...] = ()
    cue_keys: tuple[str, ...] = ()  # how each cue starts, in lower case
    cue: str = ""
    value: str = _CODE
    accept: Callable[[str], bool] = lambda value: True
    min_digits: int = 0  # in a cued value
    message: str = "{what} identifies one person in official records"
    suggestion: str = REMOVE_NUMBER
    severity: str = ERROR

    def hits(self, text: str, found: dict[str, Spans]) -> list[Hit]:
        """Every hit of this kind that its shape finds in `text`, given the probes' spans."""
        spans = [span for name in self.probes for span in found[name]]
        if self.patterns:
            spans += [m.span() for pattern in self.patterns for m in first(_matches(pattern, text))]
        if not spans:  # most recognisers in most stories
            return []
        return [self.hit(*span) for start, end in spans if (span := self.validate(text, start, end))]

    def cued(self, text: str, at: int) -> Hit | None:
        """The value after this recogniser's cue, if the cue starts at `at` and a value follows."""
        if not _word_start(text, at):
            return None
        cue, value = _cue_patterns(self.cue, self.value)
        found = (m := cue.match(text, at)) and value.match(text, m.end())
        ok = found and len(_digits(found["value"])) >= self.min_digits and self.accept(found["value"])
        return self.hit(*found.span("value")) if ok else None

    def hit(self, start: int, end: int) -> Hit:
        return Hit(start, end, self.kind, self.severity, self.message.format(what=self.what), self.suggestion)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; UK phone numbers, which start with "+", "0" or "(", are tried
    only there (the regex engine's own scan for those three is many times slower)."""
    if pattern is not _PHONE_GB:
        return pattern.finditer(text)
    starts = [at for at in digit_positions(text) if text[at] == "0"]
    for char in "+(":
        at = text.find(char)
        while at >= 0:
            starts.append(at)
            at = text.find(char, at + 1)
    return matches_from(pattern, text, sorted(starts))


@lru_cache(maxsize=64)
def _cue_patterns(cue: str, value: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(rf"(?:{cue})(?![A-Za-z])"), re.compile(rf"{_FILLER}(?P<value>{value})(?![\w/]|[.-]\w)")


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_/")


def _digits(value: str) -> str:
    return _NON_DIGITS.sub("", value)


def _one_case(code: str) -> bool:
    """True when the letters of `code` are all capitals or all small ("A4821FK", "a4821fk")."""
    letters = "".join(c for c in code if c.isalpha())
    return letters.isupper() or letters.islower()


def _lettered(letters: int = 1) -> Callable[[str, int, int], Span | None]:
    """A span found from its first digit, widened to the letters before; both cases, not mixed."""
    return lambda text, start, end: (start - letters, end) if _one_case(text[start - letters : end]) else None


def _prefixed(prefix: str) -> Callable[[str, int, int], Span | None]:
    """A span found from its first digit, widened to a literal prefix ("SF", "GIR") and one
    optional space before it; the prefix may not continue a longer word."""
    def widen(text: str, start: int, end: int) -> Span | None:
        start -= len(prefix) + (text[start - 1] == " ")
        return (start, end) if _word_start(text, start) else None
    return widen


def check_letter(digits: str) -> str:
    """The PNC/CRO check letter of a year-and-serial digit string."""
    return CHECK_LETTERS[int(digits) % 23]


def _ni(text: str, digits_start: int, end: int) -> Span | None:
    """National Insurance numbers, with HMRC's rules for the two prefix letters."""
    start = digits_start - (2 if text[digits_start - 1].isalpha() else 3)
    prefix, suffix = text[start : start + 2], text[end - 1] if text[end - 1].isalpha() else ""
    as_code = prefix.isupper() and suffix.upper() == suffix or prefix.islower() and suffix.islower()
    ok = _word_start(text, start) and (start == 0 or text[start - 1] != "-")
    return (start, end) if ok and as_code and prefix.upper() not in _NI_BAD_PREFIXES else None


def _nhs(text: str, start: int, end: int) -> Span | None:
    """NHS, CHI and H&C numbers (modulus 11); a leading 0 needs a cue, or it is a phone number."""
    digits = _digits(text[start:end])
    cued = _NHS_CUE.search(text, max(0, start - 60), start) is not None
    return (start, end) if nhs.is_valid(digits) and (digits[0] != "0" or cued) else None


def _health_number(value: str) -> bool:
    """After "NHS", "CHI" or "H&C": ten digits with a valid check digit, a CHI number's date, or
    a number as NHS numbers start (4 to 9: one mistyped is still someone's); not a phone's 0."""
    digits = _digits(value)
    day, month = int(digits[:2] or 0), int(digits[2:4] or 0)
    return len(digits) == 10 and (nhs.is_valid(digits) or 1 <= day <= 31 and 1 <= month <= 12 or digits[0] in "456789")


def _pnc_valid(year: str, serial: str) -> bool:
    """The PNC check: the two-digit year and the serial padded to 7 digits, modulo 23."""
    return check_letter(year + serial[:-1].zfill(7)) == serial[-1].upper()


def _pnc(text: str, start: int, end: int) -> Span | None:
    """PNC IDs written YYYY/NNNNNNNC, YYYYNNNNNNNC, YYNNNNNNNC or YY/NNNC, with a valid check letter."""
    year, _, serial = text[start:end].rpartition("/")
    if not year:  # the long forms without their slash: a year of four digits or of two
        cut = 4 if len(serial) == 12 else 2
        year, serial = serial[:cut], serial[cut:]
    ok = (len(year) == 2 or year[:2] in ("19", "20")) and _pnc_valid(year[-2:], serial)
    return (start, end) if ok else None


def _cro(text: str, start: int, end: int) -> Span | None:
    serial, year = text[start:end].split("/")
    return (start, end) if check_letter(year[:2] + serial.zfill(6)) == year[2].upper() else None


def _cro_sf(text: str, start: int, end: int) -> Span | None:
    """ "SF" (fingerprint) numbers pad the serial to 5 digits before the check, as HMPPS does
    (prison-api and hmpps-person-record); the 6-digit padding of older prison-api is superseded."""
    span = _prefixed("SF")(text, start, end)
    if span is None:
        return None
    year, serial = text[span[0] : end][2:].strip().split("/")
    return span if check_letter(year + serial[:-1].zfill(5)) == serial[-1].upper() else None


def _court(text: str, start: int, end: int) -> Span | None:
    """Crown Court case numbers (T20240871, S2024/0871, T 2021 7716) with a plausible year."""
    start -= 1 + (text[start - 1] == " ")
    ok = text[start:end].replace(" ", "")[1:3] in ("19", "20") and _one_case(text[start:end])
    return (start, end) if ok else None


def _plate(text: str, digits_start: int, end: int) -> Span | None:
    """Current plates (AB12 CDE) with a real age identifier, written in one case, no word."""
    start = digits_start - 2
    plate = text[start:end]
    word = plate.islower() and plate[-3:] in common_words()
    return (start, end) if _PLATE_AGES.fullmatch(plate[2:4]) and _one_case(plate) and not word else None


def _ni_plate(text: str, start: int, end: int) -> Span | None:
    """Northern Ireland plates: a serial letter and county code (LJZ 7842), or a code and 3-4 digits."""
    letters, digits = _NI_PLATE_PARTS.match(text[start:end]).groups()
    serial_ok = len(letters) == 2 or letters[0] not in "IQZ"
    ok = letters[-2:] in _NI_PLATE_CODES and serial_ok and (len(letters) == 3 or len(digits) >= 3)
    return (start, end) if ok else None


def _licence(text: str, digits_start: int, end: int) -> Span | None:
    """UK driving licence numbers (surname, encoded birth date, initials, check characters)."""
    start = digits_start - (6 if text[digits_start - 1] == " " else 5)
    compact = text[start:end].replace(" ", "")
    month = int(compact[6]) % 5 * 10 + int(compact[7])
    surname_ok = _LICENCE_SURNAME.fullmatch(compact[:5]) is not None
    ok = _word_start(text, start) and surname_ok and _one_case(compact)
    return (start, end) if ok and 1 <= month <= 12 and 1 <= int(compact[8:10]) <= 31 else None


def _vin(text: str, start: int, end: int) -> Span | None:
    """A VIN has letters and digits, several of each, and no I, O or Q in its first letter either."""
    value = text[start:end]
    digits = sum(map(str.isdigit, value))
    return (start, end) if value[0] not in "IOQ" and 4 <= digits <= 14 else None


# Before a landline: a public office or service that answers it ("press office 0113 496 0020",
# "- Victim Support NI: 028 9024 3133"); a mobile is a person's wherever it stands.
_PUBLIC_LINE = re.compile(
    r"(?i:\b(?:press[ \t]+office|switchboard|reception|help[ \t]?line|advice[ \t]+line|support[ \t]+line|"
    r"enquiries|enquiry[ \t]+line|main[ \t]+number|head[ \t]+office|office|call[ \t]+centre|contact[ \t]+centre|"
    r"duty[ \t]+line|information[ \t]+line)\b[^\n\d]{0,20}|"
    r"\b(?:support|services?|trust|council|police|nhs|line|team|centre|center|agency|aid|advice|bureau|charity|"
    r"association|foundation|network|society|project|partnership|board|authority|department|hub)\b"
    r"(?:[ \t]+[A-Z]{2,4})?[ \t]*(?::|[-–—]|on|at)[ \t]*|"
    # "the team's number is", "the office line:", "the VLT on": a body's number, or a team by its letters
    r"\b(?:team|office|service|centre|center|unit|desk|hub)(?:['’]s)?[ \t]+(?:main[ \t]+)?(?:number|line|phone)"
    r"[ \t]*(?:is|:)[ \t]*|"
    # "the trust's victims line, 0113 ...", "the council's housing number:": a body's own line
    r"\b(?:trust|service|council|team|unit|office|charity|centre|center|police|nhs)['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:line|number|phone|helpline)[ \t]*[,:]?[ \t]*|"
    r"\bthe[ \t]+(?-i:[A-Z]{2,5})[ \t]+(?:on|at)[ \t]*)$")
# After a landline: "and ask for the duty officer", "(ask for Bev)": a switchboard.
_ASK_FOR = re.compile(r"[ \t]*[,(]?[ \t]*(?:and[ \t]+)?ask[ \t]+for[ \t]+the\b", re.IGNORECASE)
# Or the writer's own organisation inviting readers to get in touch ("DM us at @PVProbation or
# ring 0113 496 0000", "give us a call on ..."), outside a quotation, where "us" is a family.
_OUR_LINE = re.compile(
    r"(?i:\b(?:(?:call|ring|phone|text|contact|dm|message|e-?mail|reach|find|join)[ \t]+us|"
    r"give[ \t]+us[ \t]+a[ \t]+(?:ring|call|bell)|get[ \t]+in[ \t]+touch(?:[ \t]+with[ \t]+us)?)\b)[^\n\d\"“”]{0,40}$")
_LANDLINE = frozenset({phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _phone(text: str, start: int, end: int) -> Span | None:
    """UK forms and international forms (+48 or 0048), confirmed possible by `phonenumbers`.
    Freephone (0800, 0808), UK-wide (03: public bodies and charities), shared-cost and
    premium-rate (0845, 0870, 09) numbers belong to services, not people."""
    before = text[start - 1] if start else " "
    written = text[start:end]
    if before.isalnum() or before in "_+/.":
        return None
    international = written[0] == "+" or written.startswith("00") and not written.startswith("0044")
    digits = _digits(written).removeprefix("00")
    if not _possible_phone(digits, international):
        return None
    if (_PUBLIC_LINE.search(text, max(0, start - 40), start) or _our_line(text, start)
            or _ASK_FOR.match(text, end)) and _landline(digits, international):
        return None
    return start, end


def _our_line(text: str, start: int) -> bool:
    """The organisation's own invitation to ring it, not inside a quotation on the line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.count('"') % 2 or before.count("“") > before.count("”") or _SAID_OR_HOME.search(before):
        return False
    return _OUR_LINE.search(text, max(line_start, start - 80), start) is not None


_SAID_OR_HOME = re.compile(r"(?i:\b(?:said|says|told|asked|wrote|texted|home|house|mum|dad|nan)\b)")


@lru_cache(maxsize=4096)
def _landline(digits: str, international: bool) -> bool:
    number = phonenumbers.parse(("+" if international else "") + digits, "GB")
    return phonenumbers.number_type(number) in _LANDLINE


@lru_cache(maxsize=4096)
def _possible_phone(digits: str, international: bool) -> bool:
    try:
        number = phonenumbers.parse(("+" if international else "") + digits, "GB")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number) and phonenumbers.number_type(number) not in _SERVICE_TYPES


_SERVICE_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.UAN,
                            phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.PREMIUM_RATE})


_NOT_PLATE = re.compile(r"(?i)\d+(?:st|nd|rd|th|am|pm|s|k|m|cc)?|[a-z]+")
_PLATE = "{what} leads to the registered keeper and where the car is parked"

# The table. Cues are case-sensitive where a capitalised form would be another word; `cue_keys`
# are how each cue starts, in lower case.
RECOGNISERS = (
    Recogniser("ni_number", "A National Insurance number", ("ni",), _ni,
               cue_keys=("ni ", "ni:", "n.i", "nino", "national"),
               cue=r"N\.?I\.?(?:NO)?\b|[Nn]ational\s+[Ii]nsurance|NINO|nino",
               # After its cue, any two letters: "QQ 12 34 56 C" is written as one, whatever HMRC issues.
               value=rf"[A-Za-z]{_VSEP}[A-Za-z]{_VSEP}(?:\d{_VSEP}){{5}}\d(?:{_VSEP}[A-Da-d])?(?![ .-]?[A-Za-z]\b)",
               accept=lambda value: value[:2].upper() not in _NI_BAD_PREFIXES),
    Recogniser("nhs_number", "An NHS number", ("nhs",), _nhs,  # and Scottish CHI, NI H&C numbers
               cue_keys=("nhs", "chi ", "chi:", "h&c", "h+c", "health"),
               cue=_NHS_CUE.pattern,
               value=rf"\d(?:{_VSEP}\d){{9}}(?![ .-]?\d)", accept=_health_number),
    Recogniser("pnc_id", "A PNC ID", ("pnc",), _pnc,
               cue_keys=("pnc",), cue=r"PNC|pnc|Pnc", value=r"\d{2,4}/?\d{1,7}[A-Za-z]"),
    Recogniser("cro_number", "A CRO number", ("cro",), _cro),
    Recogniser("cro_number", "A CRO number", ("cro_sf",), _cro_sf,
               cue_keys=("cro ", "cro:", "cro,"), cue=r"CRO|cro", value=r"(?:SF|sf)?\d{1,6}/\d{1,6}[A-Za-z]"),
    Recogniser("prison_number", "A prison number", ("prison",), _lettered(),
               cue_keys=("prison", "noms", "booking", "hmp"), min_digits=4,
               cue=r"(?:[Pp]risoner|[Pp]rison|PRISON(?:ER)?|NOMS|HMP|[Bb]ooking)\s+(?i:number|no\b\.?|ref|id)",
               value=r"[A-Za-z]{0,2}[ -]?\d{4,6}(?:[ -]?[A-Za-z]{1,2})?"),
    Recogniser("crn", "A probation case reference number (CRN)", ("crn",), _lettered(),
               cue_keys=("crn", "case", "delius", "ndelius"), min_digits=5,
               cue=r"CRN|[Cc]ase\s+[Rr]ef(?:erence)?|CASE\s+REF|n?[Dd]elius"),
    Recogniser("court_case_number", "A court case number", ("court",), _court),
    Recogniser("court_case_number", "A court case number", ("urn",),
               cue_keys=("case", "indictment", "urn ", "urn:"), min_digits=6,
               cue=r"(?:[Cc]ase|CASE|[Ii]ndictment|URN)\b(?!\s+(?i:ref))",
               # Any court's form after the cue: "MC/2025/0456", "FD24P00123", "2025 00413".
               value=r"[A-Za-z]{0,3}[ /-]?\d(?:[\d/.-]|[ ](?=\d\d)){2,14}\d[A-Za-z]{0,2}(?![\w/])|"
                     r"[A-Za-z]{1,3}\d{2}[A-Za-z]{1,2}\d{3,6}(?![\w/])"),
    Recogniser("vehicle_reg", "A number plate", ("plate",), _plate, message=_PLATE),
    Recogniser("vehicle_reg", "A number plate", ("ie_plate",), message=_PLATE),
    Recogniser("vehicle_reg", "A number plate", ("plate_prefix", "plate_suffix"), message=_PLATE),
    Recogniser("vehicle_reg", "A number plate", ("plate_ni",), _ni_plate, message=_PLATE,
               cue_keys=("reg", "number plate", "numberplate", "private ", "personalised ", "personalized ", "cherished "),
               cue=r"(?:[Rr]eg|REG)(?i:istration)?(?i:\s+(?:number|no\.?|plate|mark))?|[Nn]umber\s?plate|"
                   r"(?:[Pp]rivate|[Pp]ersonali[sz]ed|[Cc]herished)\s+(?:plate|reg(?:istration)?|number)",  # "personalised plate B16 DAZ"
               value=r"[A-Za-z0-9]{1,4} ?[A-Za-z0-9]{1,4}",
               accept=lambda value: not _NOT_PLATE.fullmatch(value.replace(" ", ""))),
    Recogniser("passport", "A passport number", ("passport",), _lettered(2),
               cue_keys=("passport",), cue=r"[Pp]assport|PASSPORT",
               # Any country's form: two letters and seven digits (Poland), eight (Lithuania), nine (UK).
               value=r"[A-Za-z]{0,2}\d{6,9}[A-Za-z]?", min_digits=6),
    Recogniser("driving_licence", "A driving licence number (it encodes a date of birth)", ("licence",),
               _licence, cue_keys=("driving",), cue=r"[Dd]riving\s+(?i:licen[cs]e)|DRIVING\s+LICEN[CS]E",
               value=r"[A-Za-z0-9]{8,18}", min_digits=1),
    Recogniser("phone", "A phone number", patterns=(_PHONE_GB, _PHONE_INTL, _PHONE_00), validate=_phone,
               message="{what} reaches a person directly"),
    Recogniser("vehicle_reg", "A vehicle identification number (VIN)", ("vin",), _vin,
               message="{what} leads to the registered keeper",
               cue_keys=("vin ", "chassis"), cue=r"VIN|[Cc]hassis\s+(?i:number|no\.?)", min_digits=4,
               value=r"[A-HJ-NPR-Za-hj-npr-z0-9]{17}"),
    Recogniser("bank_account", "A bank account", ("iban",), lambda t, s, e: (s, e) if iban.is_valid(t[s:e]) else None,
               cue_keys=("sort", "account", "acct", "s/c", "a/c"), min_digits=6,  # "s/c 20-00-00 a/c 12345678"
               cue=r"(?:[Ss]ort|SORT)[\s-]?(?i:code)|[SsAa]/[Cc]|(?:[Aa]cc|ACC)(?i:(?:oun)?t\.?(?:\s+(?:number|no\.?|details))?)",
               value=r"\d\d[ -]?\d\d[ -]?\d\d(?:[,;]?\s+(?:(?i:account|acc|a/c)[^\d\n]{0,20})?\d{8})?|\d{6,10}",
               message="{what} leads to its holder", suggestion="remove the bank details"),
    Recogniser("postcode", "A postcode", ("giro",), _prefixed("GIR"),  # GIR 0AA has no district digit
               message="{what} narrows an address down", suggestion="remove the postcode; name the town at most"),
)


# How every cue starts, in lower case, and the recognisers whose cue it may start.
_BY_KEY = {key: [r for r in RECOGNISERS if key in r.cue_keys] for r in RECOGNISERS for key in r.cue_keys}
_KEYS = tuple(_BY_KEY)
_KEY_INDEX = {key: index for index, key in enumerate(_KEYS)}


def _cue_starts(lower: str) -> list[tuple[int, int]]:
    """Every (key index, offset) where a key starts in `lower`, in the order of _KEYS, then of offsets."""
    return sorted((_KEY_INDEX[key], at) for key, found in each_start(lower, _KEYS).items() for at in found)


def find_identifiers(text: str) -> list[Hit]:
    """Return every structured identifier in `text` (overlaps are resolved by the engine)."""
    found, lower = DIGIT_PROBES.scan(text) | UPPER_PROBES.scan(text), lower_of(text)
    probed = {name for name, spans in found.items() if spans}  # most probes find nothing
    hits = [hit for recogniser in RECOGNISERS if recogniser.patterns or not probed.isdisjoint(recogniser.probes)
            for hit in recogniser.hits(text, found)]
    if len(lower) != len(text):  # a rare letter whose lower case is longer: offsets would shift
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for index, at in _cue_starts(lower):
        hits += [hit for r in _BY_KEY[_KEYS[index]] if (hit := r.cued(text, at))]
    hits = _cue_first(hits, list(find_references(text)))
    if "passport" in lower:
        hits += _passports_nearby(text, lower)
    if "|" in text or "\t" in text:
        hits += _under_headings(text, hits)
    return hits


_CELL_DIGITS = 4  # a cell with fewer digits holds no number worth a look (an hour count, a day)


def _under_headings(text: str, hits: list[Hit]) -> list[Hit]:
    """The numbers of a pasted table's cells read with their column's heading as their cue: the
    cell under "Case no." is a court's case number, under "CRN" a case reference, whatever its
    form ("XY-QR-25-003311"), as the same text after the same words in a sentence would be."""
    found: list[Hit] = []
    for (start, end), (head, head_end) in body_cells(text):
        if sum(c.isdigit() for c in text[start:end]) < _CELL_DIGITS or any(h.start < end and start < h.end for h in hits):
            continue
        cue = f"{text[head:head_end]}: "
        sentence = cue + text[start:end]
        read = find_identifiers(sentence)
        read += [r for r in find_record_numbers(sentence) if not any(h.start < r.end and r.start < h.end for h in read)]
        shift = start - len(cue)
        found += [replace(h, start=h.start + shift, end=h.end + shift) for h in read if h.start >= len(cue)]
    return found


def _cue_first(hits: list[Hit], cued: list[Hit]) -> list[Hit]:
    """A reference number announced by its cue is what the cue says, whatever its shape
    ("student no. OC2317784" is not a passport): shape-only hits over it are dropped."""
    if not cued:
        return hits
    spans = [(h.start, h.end) for h in cued]
    return cued + [h for h in hits if not any(s < h.end and h.start < e for s, e in spans)]


# A UK passport number alone (nine digits) a sentence or two after the passport is mentioned:
# "I lost my passport. ... The number was 548213907."
_NINE_DIGITS = re.compile(r"(?<![\w/.+-])\d{9}(?![\w/]|[.,]\d)")
PASSPORT_WINDOW = 200


def _passports_nearby(text: str, lower: str) -> list[Hit]:
    """Nine digits with "passport" earlier in the same paragraph, at most PASSPORT_WINDOW before."""
    passport = next(r for r in RECOGNISERS if r.kind == "passport")
    hits = []
    for m in first(_NINE_DIGITS.finditer(text)):
        mention = lower.rfind("passport", max(0, m.start() - PASSPORT_WINDOW), m.start())
        if mention >= 0 and "\n\n" not in text[mention : m.start()]:
            hits.append(passport.hit(*m.span()))
    return hits
