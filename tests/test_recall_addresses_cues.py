"""Where someone lives, recognised by its cue whatever its form (issue 12, "cue first, then any
form"): after a word of living, staying, sleeping or being found, a home that is someone's or a
relative, the first place named in the clause is where the person is, with or without a street
word, by house number, by floor, by road number or placed against a local shop. Public places,
chains, towns and cities answer the cue without pointing at a door.

Every sentence here is written for this file, in phrasings the other tests do not use.
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


@pytest.mark.parametrize("sentence, place", [
    ("These days Dean lives on Carnhill with his cousin.", "Carnhill"),
    ("His home is at Ballymagroarty, near the shops.", "Ballymagroarty"),
    ("She was found at Gortnaglush by a neighbour.", "Gortnaglush"),
    ("He's been staying at his girlfriend's on Bellevue.", "Bellevue"),
    ("Dean lodges with Shona at Trewellan Vean these days.", "Trewellan Vean"),
    ("The boat is moored at Tinkers Marsh for the winter.", "Tinkers Marsh"),
    ("Kelly's been sofa surfing at her cousin's on Dromore Heights West.", "Dromore Heights West"),
])
def test_any_proper_name_at_or_on_after_a_cue_of_living_is_where_someone_lives(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence, place", [
    ("Shona grew up in Clun, where everyone knew her dad.", "Clun"),
    ("After prison he went back to his nan's in Eastriggs.", "Eastriggs"),
])
def test_a_village_after_a_cue_of_living_is_a_home_but_a_town_is_not(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("door, no_door", [
    ("Shona lives in Clun with her sister.", "Shona lives in Okehampton with her sister."),
    ("He stays at his auntie's in Eastriggs on weekends.", "He stays at his auntie's in Galashiels on weekends."),
    ("He now lives at Carnhill.", "He now lives in Leeds."),
    ("Dean lives at Gortnaglush.", "Dean lives near the Royal Infirmary."),
    ("He stays at Ballymagroarty until March.", "He stays at HMP Risley until March."),
    ("She lives on Tir Gwyn and a bit of cleaning.", "She lives on Universal Credit and a bit of cleaning."),
    ("She is staying at Bwlch Mawr while the flat is fixed.", "She is staying at the Premier Inn while the flat is fixed."),
    ("Dean lives with his mum at Pen Rhiw.", "Dean lives with his mum at Christmas and with his dad in summer."),
    ("He was found at Kilnahushogue by transport police.", "He was found at Manchester Piccadilly by transport police."),
    ("His partner Kayla, at Drumcairn, rang.", "Dean met his partner at Alton Towers."),
    ("He stayed at Shona's on Bellevue for a while.", "He stayed at Shona's in Leigh for a while."),
    ("The bus stopped opposite Aziz's shop and Dean got off.", "The bus stopped opposite Greggs and Dean got off."),
    ("She moved to the second floor of Ravensworth Court.", "The team moved to the second floor of Bridge House."),
    ("Number 10 on Quarry Bank was empty.", "Number 10 on the list was a referral from the court."),
])
def test_a_town_public_place_chain_day_or_meeting_answers_the_cue_that_a_door_would_not(door, no_door):
    assert errors(door) and errors(no_door) == []


@pytest.mark.parametrize("sentence, place", [
    ("Dean is back at number 3 on Mundford Road with his girlfriend.", "number 3 on Mundford Road"),
    ("She lives at number 12, Rosemary Lane.", "number 12, Rosemary Lane"),
    ("Dean now lives at 14 Bryn Awel with his nan.", "14 Bryn Awel"),
    ("Shona has a flat on the 9th floor of Woodthorpe Court, Sneinton.", "Woodthorpe Court"),
    ("He got a flat on the top floor of Kingsway Heights.", "Kingsway Heights"),
])
def test_a_house_number_or_a_floor_of_a_named_block_is_a_door(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence, place", [
    ("He has been parked up in a lay-by on the A470 since the summer.", "lay-by on the A470"),
    ("He sleeps in his van off the B4391 most nights.", "B4391"),
    ("Trial shifts at a packing shed on the A1101 start Monday.", "A1101"),
    ("They live off the A39 outside Bude.", "A39"),
])
def test_a_lay_by_or_a_road_where_someone_lives_or_works_is_a_spot(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence, place", [
    ("Her house is the second house past Khan's shop.", "the second house past Khan's shop"),
    ("She rents the flat above Mr Okafor's barbers.", "the flat above Mr Okafor's barbers"),
    ("He sleeps rough behind Hanif's takeaway.", "behind Hanif's takeaway"),
])
def test_a_home_placed_against_a_named_local_shop_is_a_door(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence, place", [
    ("She was told to stay away from her mother Bernadette at Rath Mór.", "Rath Mór"),
    ('Keep him away from his gran, Nora "Nonie" Kerr, at Drumcairn.', "Drumcairn"),
])
def test_a_relative_named_then_placed_at_a_spot_is_where_they_live(sentence, place):
    assert errors(sentence) == [place]


@pytest.mark.parametrize("sentence, street", [
    ("She now lives at 7 Rhes y Capel with her daughter.", "7 Rhes y Capel"),
    ("He grew up at 22 Cnoc an Fhraoich.", "22 Cnoc an Fhraoich"),
    ("They moved into 4 Ardán na Mara last spring.", "4 Ardán na Mara"),
])
def test_house_numbers_on_welsh_gaelic_and_irish_streets_of_any_word_are_doors(sentence, street):
    assert errors(sentence) == [street]


def test_a_small_school_named_in_capitals_on_a_certificate_is_a_named_place():
    assert errors("ST MUNGO'S RC PRIMARY SCHOOL awards this certificate to Dean.") == [
        "ST MUNGO'S RC PRIMARY SCHOOL"]
