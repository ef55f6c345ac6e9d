"""A place someone is at at the same time every week: "the bingo at the Mecca on the Kingsway
every Tuesday", "at the Quarry Tavern most Fridays", "round Manningham every night". Whoever
knows the routine knows where to wait. A town, a chain, a public building, a street (places.py
reads a street with a routine), a day or someone's ("at Sainsbury's") stays clean.

Our own sentences, in the genres staff write (case studies, chats, notes and tables, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Her gran still goes to the bingo at the Gala on the Kirkgate every Tuesday.", "Kirkgate"),
    ("[22:05] Roxy: hes at the Miners Welfare most fridays, ask there", "Miners Welfare"),
    ("Notes: found round Wincobank every night since the order ended.", "Wincobank"),
    ("\"I'm up on Slackbottom every weekend with the dogs,\" he said.", "Slackbottom"),
])
def test_a_place_named_with_a_weekly_routine_is_where_someone_is_found(body: str, place: str) -> None:
    assert any(place in e for e in errors(body, "address"))


@pytest.mark.parametrize("body", [
    "She signs on at the Jobcentre every fortnight.",
    "He reports at Leeds Crown Court every Monday.",
    "[09:12] Deb: they shop at Tesco every Saturday",
    "He is in Leeds every weekend with his brother.",
    "| Routine | sees Dean at Horizon House every Tuesday |",
    "She visits him at HMP Leeds every week.",
    "He's at Sainsbury's every day, stacking shelves.",
    "The group meets in March every year.",
])
def test_a_town_a_chain_or_a_public_place_with_a_routine_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("[07:48] Gaz: his sister says he went to the Cat's Whiskers last night, not answering", "Cat's Whiskers"),
    ("Duty log: PoP said he was at the Golden Fleece the other night when the fight started.", "Golden Fleece"),
    ('"We\'re going to the Brown Cow tonight," she texted her sister.', "Brown Cow"),
])
def test_the_venue_of_a_night_out_is_where_someone_was(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "She went to the Odeon last night with her sister.",
    "[07:48] Gaz: they went to the O2 last night",
    "He went to the Royal Infirmary last night with chest pains.",
    "He went to the Leeds Arena last night.",
    "He was in Leeds last night.",
])
def test_a_chain_an_arena_a_town_or_a_public_place_of_a_night_out_stays_clean(body: str) -> None:
    assert errors(body, "address") == []
