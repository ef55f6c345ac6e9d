"""One person from a place the gazetteer knows as a village, a suburb or a small town (under
20,000 people, or of no known size): "a young man from Normanton", "a lad from Braunstone",
"Leanne, 37, is from Hendon". A suburb of a city is where that person's door is, as much as a
neighbourhood no list knows. A bigger town, a city, a country, or a place a crowd comes from
answers.

Our own sentences, in the genres staff write (case studies, chats, notes and minutes, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("The first case on the list is a young man from Chaddesden, in for driving while disqualified.", "Chaddesden"),
    ("[10:02] Mel: new referral, lad from Braunstone, 19, starts Monday", "Braunstone"),
    ("Item 3. Leanne, 37, is from Normanton and wants evening appointments.", "Normanton"),
    ("\"I'm a woman from Eastwood with three kids,\" she said, \"not a number.\"", "Eastwood"),
])
def test_one_person_from_a_small_place_of_the_gazetteer_is_placed(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "A man from Skegness was fined for the damage.",
    "[10:02] Mel: new referral, lad from Barnsley, 19, starts Monday",
    "Our volunteers come from Skegness and Boston.",
    "She is from Wakefield, and moved here in 2019.",
    "A woman from Poland joined the sewing group.",
])
def test_a_bigger_town_a_country_or_a_crowd_answers(body: str) -> None:
    assert errors(body, "address") == []
