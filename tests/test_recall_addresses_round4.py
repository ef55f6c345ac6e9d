"""Rooms in short forms, local businesses and homes placed against a landmark (issue 12,
round 4): a room as a rota writes it ("Rm 6", "rm.3", "bay 8"), a firm by its trade or its
owner's name, a trade on a named street or in a small place when it is someone's or where
someone works, a farm or post office by its name, and a home placed against a landmark in a
named place. Public places, chains and public venues described stay clear.

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from plugins.anonymity import Allowlist, check_story


def story(body: str) -> str:
    """A case study with a metadata header; the body starts on line 6."""
    return f"Title: A story\nDate: 2026-01-01\nPseudonyms: Dean, Shona\nConsent: CS-2026-001\n\n{body}\n"


def errors(body: str) -> list[str]:
    report = check_story(story(body), "story.md", Allowlist())
    return [f.text for f in report.findings if f.kind == "address" and f.severity == "error"]


@pytest.mark.parametrize("sentence, room", [
    ("Dean moved into Rm 6 on the top corridor last spring.", "Rm 6"),
    ("Shona swapped to rm.3 so she could be near the kitchen.", "rm.3"),
    ("Her caravan is on bay 8 at the back of the site.", "bay 8"),
])
def test_a_room_in_its_short_form_is_one_door(sentence, room):
    assert errors(sentence) == [room]


@pytest.mark.parametrize("sentence, place", [
    ("Dean got a job driving for Harbourside Cars after his release.", "Harbourside Cars"),
    ("Her aunt runs Sklep Polonez near the market.", "Sklep Polonez"),
    ("He helps out at Bryn Teg farm at lambing time.", "Bryn Teg farm"),
    ("She collects her pension from the Llanfair post office every Friday.", "Llanfair post office"),
    ("Shona waits tables at Lee's Jade Garden these days.", "Lee's Jade Garden"),
    ("**Chan's Lucky Star** · 2 days ago", "Chan's Lucky Star"),
])
def test_a_local_business_by_its_trade_or_its_owner_is_where_someone_is(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence, place", [
    ("She has shifts at the Lithuanian deli on Fairfield Lane.", "Fairfield Lane"),
    ("He drinks most nights in Duffy's bar in Cushendall.", "Cushendall"),
])
def test_a_trade_on_a_named_street_or_in_a_village_is_where_someone_is(sentence, place):
    assert place in errors(sentence)


@pytest.mark.parametrize("sentence, place", [
    ("They live in the end terrace by the railway bridge in Stratton.", "terrace by the railway bridge in Stratton"),
    ("He rents one of the chalets behind the sailing club in Ferryside.",
     "chalets behind the sailing club in Ferryside"),
])
def test_a_home_placed_against_a_landmark_in_a_named_place_leads_to_its_door(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence", [
    "We met in meeting room 4 on Tuesday.",
    "The loading bay 3 was closed.",
    "We walked along Blackpool Pier and up to Tintagel Castle.",
    "The group visited the post office museum in London.",
    "The recovery café on Pier Lane in Stratton holds a quiz every month.",
    "She spent Christmas at Dean's New Year party.",
    "They went to Nando's for tea.",
    "The cottage by the sea in Manchester was a joke of a name.",
])
def test_public_rooms_places_venues_and_parties_stay_clear(sentence):
    assert errors(sentence) == []


def test_any_cafe_on_a_road_is_not_one_door():
    assert errors("These days she works in a café on Drumbeg Road and studies at night.") == []
