"""Public figures, characters and brands that stories mention in passing and the lists lacked:
television and music names ("Jeremy Kyle", "Kate Bush"), characters named like people ("Thomas
the Tank Engine", "Shaun the Sheep"), figures of legend and local history ("Lady Godiva", "Grace
Darling", "Joseph Paxton"), and brands named like people ("Holland & Barrett", "Harry Ramsden's",
"Rich Tea"), listed in data/public_figures.txt and data/places_slingshot.txt. Someone who shares
a first name or a surname with one is still a person.

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "Jeremy Kyle was always on in the hostel lounge.",
    "Chat: Kate Bush on the radio again, who put this on?",
    "Thomas the Tank Engine was his son's favourite, so we bought the book.",
    "Shaun the Sheep was on while we waited for the review.",
    "Lady Godiva rode through Coventry, so the story goes.",
    "Grace Darling rowed out to the wreck, and the group read about her.",
    "The Grade I listed park thanks you. Joseph Paxton would be proud.",
    "Holland & Barrett donated vitamins to the approved premises.",
    "Fish and chips at Harry Ramsden's was the treat after the graduation.",
    "Bring biscuits, but not Rich Tea.",
])
def test_a_listed_figure_character_or_brand_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Jeremy Kyleson was always at the hostel.", "Jeremy Kyleson"),
    ("Kate Bushell rang the office about him.", "Kate Bushell"),
    ("Grace Darlington sat with him at court.", "Grace Darlington"),
    ("Thomas came to the hostel on Friday.", "Thomas"),
    ("Jack Frostick stayed at his mum's.", "Jack Frostick"),
])
def test_a_person_who_shares_a_part_is_still_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
