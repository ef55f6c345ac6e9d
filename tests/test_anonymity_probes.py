"""The guard's quicker ways of finding where a pattern may start give the same candidates as the
plain `str.find` of every key word (probes.starts_of) wherever the pattern can match: the speed
of the engine is bought without a finding more or less."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.anonymity import dates, online, places, premises, public_names, whereabouts
from plugins.anonymity.probes import lower_of, matches_from, needle_pattern, needle_starts, starts_of

ROOT = Path(__file__).resolve().parent
EDGES = [
    "", "room 12", "Flat  no. 4", "cell\t214", "house\t12", "bed space 3", "rm.7", "Rm 7", "landing 2",
    "bay no 2", "the bay 3, house 4, room no.5", "room \t 9", "a flat 41b", "mushroom 5", "broom  no7",
    "houses 3", "his Strava is runningdazza", "On Vinted she's kayleighb_92", "this His Their Thing on",
    "on ", "my É", "their  X", "won On My Xbox", "u12s at Hallam Rangers", "the under-nines", "number 2",
    "No. 31", "no 7", "Cwm Clyd farm, Hughes's chip shop", "café", "Zagros Mini Market's",
    "the Rothes Halls café", "Ferens Art Gallery gift shop", "barely a bar", "Tŷ Hafan, Bull's Head",
    "Cash & Carry", "BLACK BULL", "urodzi", "née", "geb. 1990", "Geboren", "her insta account called @dazz_99",
    "a page named 'kayleighb'; Profile called x", "newspage under  mike_t", "her\tflat", "His\nmum's",
    "lives\non the Kingfisher", "sofa-surfing at", "hung  round", "the ex's place", "was\tfound", "Is Found",
    "our   new place", "ma nan's", "wor lass", "home's", "Heol y Nant, Lôn-y-Wern, Sràid na h-Eaglaise",
    "Rosebank Close, Tulip Mobile Home Park, Mill Rd, the Larkmead Estate", "ROAD Road road",
]


def texts() -> list[str]:
    """The labelled stories of the open sets, and a few edge cases."""
    folders = ("corpus", "anonymity_cases", "recall_cases")
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted((ROOT / folder).glob("*.md"))] + EDGES


@pytest.mark.parametrize("needles", [
    premises._LOWER_STARTS, ("under", "u1", "u7", "u8", "u9"), ("number", "no.", "no "),
    ("bar", "barb", "x"), ("'", "’"),
])
def test_one_pattern_finds_what_a_find_for_each_needle_finds(needles: tuple[str, ...]) -> None:
    pattern = needle_pattern(needles)
    for text in texts():
        for written in (text, lower_of(text)):
            assert needle_starts(pattern, written) == starts_of(written, needles)


def test_owners_found_from_their_space_are_those_the_finds_kept() -> None:
    owners = ("on ", "On ", "his ", "His ", "her ", "Her ", "their ", "Their ", "my ", "My ")
    for text in texts():
        kept = [at for at in starts_of(text, owners) if (at == 0 or not text[at - 1].isalnum())
                and text[text.find(" ", at) + 1 : text.find(" ", at) + 2].isupper()]
        assert online._owner_starts(text) == kept


def test_rooms_found_from_their_space_hold_every_room_that_matches() -> None:
    for text in texts():
        lower = text.lower()
        found = starts_of(lower, premises.ROOM_WORDS)
        quick = premises._room_starts(lower)
        assert set(quick) <= set(found)
        assert {at for at in found if premises.ROOM.match(lower, at)} <= set(quick)
        assert [m.span() for m in matches_from(premises.ROOM, lower, quick)] == \
            [m.span() for m in matches_from(premises.ROOM, lower, found)]


@pytest.mark.parametrize("pattern, leads", [
    (premises.KEYWORD, premises.KEYWORD_LEADS), (public_names.TRADE, public_names.TRADE_LEADS),
    (online.ACCOUNT_CALLED, online.ACCOUNT_WORDS), (whereabouts.CUE, whereabouts.CUE_LEADS),
    (whereabouts.ASCII_CUE, whereabouts.CUE_LEADS), (places.SUFFIX_WORD, places.SUFFIX_LEADS),
    (places.PREFIX_STREET, places.PREFIX_LEADS),
])
def test_a_pattern_tried_where_its_leads_start_finds_what_a_scan_finds(pattern, leads) -> None:
    for text in texts():
        for written in (text, lower_of(text)):
            assert [m.span() for m in matches_from(pattern, written, starts_of(written, leads))] == \
                [m.span() for m in pattern.finditer(written)]


def test_a_birth_cue_is_tried_where_its_leads_stand_in_any_case() -> None:
    for text in texts() + ["Born 3/4/98; DOB: 1.2.03, D.o.B 4/5/01 (b. 1989), was b. 12-06-2001",
                           "BIRTHDAY 2 May, B’day, b-day, YOB 1990, Year of Birth: 1990, Date Of Birth 1/2/03"]:
        lower = lower_of(text)
        if len(lower) == len(text):
            assert [m.span() for m in matches_from(dates.BIRTH_CUE, text, starts_of(lower, dates.BIRTH_LEADS))] == \
                [m.span() for m in dates.BIRTH_CUE.finditer(text)]


def test_a_foreign_birth_cue_is_told_from_the_one_reading() -> None:
    for text in texts():
        lower = lower_of(text)
        assert dates._has_foreign_key(lower) == any(key in lower for key in dates._FOREIGN_KEYS)
