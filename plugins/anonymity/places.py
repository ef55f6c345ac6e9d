"""Where people live: full postcodes and sectors, street addresses and named streets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, WARNING, Hit
from .lexicon import fold, places
from .probes import ProbeSet, first

# Royal Mail postcode areas; anything else that looks like a postcode is not one.
POSTCODE_AREAS = frozenset(
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN "
    "DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA "
    "LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE "
    "SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV "
    "YO ZE".split()
)
# Postcodes are matched from the first digit of the outward code ("SK4"), with its one or two
# area letters checked behind; the area itself is then checked against the list above.
INWARD = re.compile(r"[ \u00a0]{0,3}\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\w/-])")
# A sector ("OL6 9") narrows a home to a few thousand addresses: an error. A district alone
# ("in M14") is a warning, and only after a cue, because M60 is also a motorway.
SECTOR_DIGIT = re.compile(r"[ \u00a0]\d(?![\w/-]|[ \u00a0]?[A-Za-z]{2}\b|[.,]\d)")
DISTRICT_CUE = re.compile(r"(?i)\b(?:postcode|postal\s+district|in|near|around)\s+$")

_NAME_WORD = r"[A-Z][\w'’-]{0,30}"
# Street types that name where someone lives; "Court" only with a flat or house number.
_STREET = (
    r"Road|Rd|Street|Lane|Avenue|Ave|Grove|Close|Drive|Crescent|Terrace|Mews|Parade|Way|Rise|"
    r"Walk|Row|Fold|Croft|Brow|Vale|Gardens|Place|Square|Court|Hill|View|Green|Park|Mount|"
    r"Chase|Meadows|Fields|Wharf|Yard|Boulevard|Approach|Gate"
)
# One street type, in any case: file names are lower case.
STREET_TYPE = re.compile(rf"(?:{_STREET})", re.IGNORECASE)
_BLOCK = r"House|Court|Lodge|Tower|Mill|Buildings|Point|Heights|Apartments|Mansions"
# Postcodes (from the first digit of the outward code, "SK4", with the area letters checked
# behind) and numbered addresses ("27 Heaton Moor Mews") are found in one pass over the digits.
DIGIT_PROBES = ProbeSet(r"\d", {
    "outward": r"(?:(?<=[A-Za-z]{2}\d)|(?<=[A-Za-z]\d))",
    "numbered": rf"(?<![\w/-]\d)\d{{0,3}}[A-Za-z]?,?\s{{1,3}}(?:{_NAME_WORD}\s{{1,3}}){{0,3}}{_NAME_WORD}\s{{1,3}}(?:{_STREET})\b",
})
FLAT = re.compile(
    rf"(?:Flat|Apartment|Apt|Unit)\s{{1,3}}\d{{1,4}}[A-Za-z]?,?\s{{1,3}}"
    rf"(?:{_NAME_WORD}\s{{1,3}}){{0,3}}{_NAME_WORD}\s{{1,3}}(?:{_STREET}|{_BLOCK})\b"
)
# Named streets are found from the street word, then the one to three capitalised words before it.
STREET_WORD = re.compile(
    r"(?:Road|Street|Lane|Avenue|Grove|Close|Drive|Crescent|Terrace|Mews|Parade|Rise|Walk|Row|Fold|Croft|Brow)\b"
)
STREET_NAME = re.compile(rf"(?:{_NAME_WORD}[ \t]{{1,3}}){{1,3}}$")
_LEADING_WORDS = re.compile(r"(?:(?:The|On|In|At|Near|Off|From|To|Into|Along|Down|Up|Via|A|An)\s+)+")
RESIDENCE = re.compile(
    r"(?i)\b(?:live[sd]?|living|home|house|flat|address|moved|stay(?:s|ed|ing)?|shop|door|"
    r"neighbours?|garden|lodging|tenancy|bedsit|hostel|rent(?:s|ed)?)\b"
)

POSTCODE_MESSAGE = "A postcode narrows a home down to a handful of houses"


def find_places(text: str) -> list[Hit]:
    """Return postcodes and addresses in `text`."""
    found = DIGIT_PROBES.scan(text)
    return [*postcodes(text, found["outward"]), *addresses(text, found["numbered"])]


def postcodes(text: str, outward_digits: list[tuple[int, int]]) -> Iterator[Hit]:
    """Full postcodes (any spacing or case), sectors, and districts after a cue."""
    for digit, digit_end in outward_digits:
        start = digit - (2 if digit >= 2 and text[digit - 2].isalpha() else 1)
        area = text[start:digit]
        if area.upper() not in POSTCODE_AREAS or (start and (text[start - 1].isalnum() or text[start - 1] in "_/-")):
            continue
        for outward_end in (digit_end + 1, digit_end):
            if _is_outward(text, digit_end, outward_end):
                yield from _postcode_at(text, start, outward_end, area)
                break


def _is_outward(text: str, digit_end: int, outward_end: int) -> bool:
    """True when an outward code could end here: before an inward code or a word boundary."""
    if outward_end > digit_end and not (digit_end < len(text) and text[digit_end].isalnum()):
        return False
    if INWARD.match(text, outward_end):
        return True
    return outward_end >= len(text) or not (text[outward_end].isalnum() or text[outward_end] in "_/-")


def _postcode_at(text: str, start: int, outward_end: int, area: str) -> Iterator[Hit]:
    if inward := INWARD.match(text, outward_end):
        yield Hit(start, inward.end(), "postcode", ERROR, POSTCODE_MESSAGE,
                  "remove the postcode; name the town at most")
    elif not area.isupper():
        return
    elif sector := SECTOR_DIGIT.match(text, outward_end):
        yield Hit(start, sector.end(), "postcode", ERROR,
                  "A postcode sector narrows a home down to a few streets",
                  "remove the postcode; name the town at most")
    elif DISTRICT_CUE.search(text, max(0, start - 25), start):
        yield Hit(start, outward_end, "postcode", WARNING,
                  "A postcode district, with other details, narrows down where someone lives",
                  "name the town or borough instead")


def addresses(text: str, numbered: list[tuple[int, int]]) -> Iterator[Hit]:
    """House-numbered addresses, flats, and named streets (errors where someone lives)."""
    flats = [m.span() for m in first(FLAT.finditer(text))]
    for start, end in numbered + flats:
        if not _is_court_building(text[start:end]):
            yield _address(start, end, ERROR)
    for m in first(STREET_WORD.finditer(text)):
        name = STREET_NAME.search(text, max(0, m.start() - 100), m.start())
        if name is None:
            continue
        lead = _LEADING_WORDS.match(text, name.start(), m.start())
        start = lead.end() if lead else name.start()
        if start < m.start() and fold(text[start : m.start()].strip()) not in places():
            lives_there = RESIDENCE.search(text, max(0, start - 100), m.end() + 100)
            yield _address(start, m.end(), ERROR if lives_there else WARNING)


def _is_court_building(matched: str) -> bool:
    return re.search(r"(?:Crown|Magistrates['’]?|County|Youth|Family|High|Coroner['’]?s?)\s+Court", matched) is not None


def _address(start: int, end: int, severity: str) -> Hit:
    if severity == ERROR:
        return Hit(start, end, "address", ERROR,
                   "A street address, or the street someone lives on, leads to their door",
                   "use the town, not the street")
    return Hit(start, end, "address", WARNING,
               "A named street, with other details, can lead to a person",
               "use the town, not the street")
