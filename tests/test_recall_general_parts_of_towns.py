"""A name placed inside a town after a cue of living ("moving to Tillydrone in Aberdeen", "her
nan lives in Kirkstall in Leeds") is a part of that town, even when no list knows it; and the
place someone is moving from is their home as much as the one they move to ("Moving from
Kinglassie to ..."). A public building, a brand or a town itself in the same slot is no door.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Last spring Aaron moved to Mastrick in Aberdeen to be near his daughter.", "Mastrick"),
    ("[10:31] Bex: his mum lives in Gorgie in Edinburgh now, so he stays there weekends", "Gorgie"),
    ("| Transfer | moving to Ashtonfold in Wigan | with partner | approved |", "Ashtonfold"),
    ("- PoP moving from Strathmiglo to his sister's in Kirkcaldy next week", "Strathmiglo"),
    ("Shona moved from Kinglassie after the fire and has not been back.", "Kinglassie"),
])
def test_a_part_of_a_town_or_a_village_moved_to_or_from_is_a_home(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "Last spring Aaron moved to Leeds in West Yorkshire to be near his daughter.",
    "[10:31] Bex: the office moved to Tesco in Leeds for the day, don't ask",
    "| Transfer | moving to Wigan in March | with partner | approved |",
    "- the team moved from Leeds to Wakefield after the restructure",
])
def test_a_town_a_brand_or_a_date_moved_to_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He lives in a flat in the Gorbals, above the bookies.", "Gorbals"),
    ("[21:15] Siobhan: she grew up in the Shankill, her da still lives there", "Shankill"),
    ("| Home | stays in the Bogside with her aunt | |", "Bogside"),
])
def test_a_district_after_the_and_a_cue_of_living_is_a_home(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He lives in the Midlands now, near his brother.",
    "[21:15] Siobhan: she grew up in the Army, moved every two years",
    "| Home | lives in the UK since 2015 | |",
])
def test_a_region_or_a_word_after_the_is_no_district(body: str) -> None:
    assert errors(body, "address") == []


def test_a_public_building_after_the_name_is_no_district() -> None:
    assert errors("[10:02] Jo: meeting moved to the Kingsway library, 2pm", "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("A lad from Tillydrone in Aberdeen came to the first session.", "Tillydrone"),
    ("[09:12] Fi: Kayla, 22, from Mastrick in Aberdeen, starts Monday", "Mastrick"),
    ("| Origin | she's from Lochee in Dundee | |", "Lochee"),
])
def test_a_person_from_a_name_placed_in_a_city_comes_from_a_part_of_it(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "A man from Tesco in Leeds rang about the placement.",
    "[09:12] Fi: a woman from Leeds in West Yorkshire, starts Monday",
    "| Origin | a lad from the Jobcentre in Dundee | |",
])
def test_a_brand_a_town_or_a_public_body_in_a_city_is_no_part_of_it(body: str) -> None:
    assert errors(body, "address") == []
