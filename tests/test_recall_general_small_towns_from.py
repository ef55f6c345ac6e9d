"""A suburb by its gazetteer name: one person from, living in or seen in a place the gazetteer
knows under 20,000 people (or of no known size), in a story that names a city ("a young man from
Chaddesden" in a story of Derby, "grew up in Braunstone" in one of Leicester). The city's own
parts are doors as much as a neighbourhood no list knows. In a story that names no city, a small
town is the story's own town and answers ("Shona lives in Okehampton"); a bigger town, a country
or a place a crowd comes from answers too.

Our own sentences, in the genres staff write (case studies, chats, notes and minutes, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Derby court day. The first case is a young man from Chaddesden, in for driving while disqualified.",
     "Chaddesden"),
    ("[10:02] Mel: new referral for the Leicester team, lad from Braunstone, 19, starts Monday", "Braunstone"),
    ("Sheffield team minutes. Item 3. Leanne, 37, is from Normanton and wants evening appointments.", "Normanton"),
    ("\"I'm a woman from Eastwood with three kids,\" she told the Nottingham panel, \"not a number.\"", "Eastwood"),
])
def test_one_person_from_a_suburb_of_the_gazetteer_is_placed(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize(("body", "place"), [
    ("Jamie grew up in Chaddesden with his gran; he now reports to our Derby office.", "Chaddesden"),
    ("[18:40] Kel: shes moved to Normanton now, with the new fella from Leeds", "Normanton"),
    ("Rotherham minutes. 2. Risk. WB seen twice near Eastwood, where his ex lives. Police informed.", "Eastwood"),
    ("| Leisure (Leicester) | hangs about round Braunstone with his mates |", "Braunstone"),
])
def test_someone_living_or_seen_in_a_suburb_of_the_gazetteer_is_placed(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "A man from Skegness was fined for the damage at Leeds Crown Court.",
    "[10:02] Mel: new referral, lad from Barnsley, 19, starts Monday",
    "Our volunteers come from Skegness and Boston.",
    "She is from Wakefield, and moved here in 2019.",
    "A woman from Poland joined the sewing group.",
    "Shona lives in Okehampton with her sister.",
    "[18:40] Kel: shes moved to Bideford now",
    "He was seen in Wakefield by the duty officer.",
    "He was seen at Leeds Crown Court on Monday.",
    "She was seen by Dr Patel at Pinderfields.",
    "Notes: seen on Monday at Horizon House for induction.",
])
def test_a_town_a_country_or_a_public_place_answers(body: str) -> None:
    assert errors(body, "address") == []
