"""A named farm or cottage where someone works is one household's: "works at Hollins Farm
picking sprouts", "she cares for a man at Rose Cottage". Working on a street stays a landmark
("works on Mill Lane"), and a farm's name inside a body's ("Home Farm Trust") or a city farm
is no household.

Our own sentences, in the genres staff write (case studies, chats, notes and tables).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Marcus works at Hollinshead Farm picking sprouts, five days a week.", "Hollinshead Farm"),
    ("[06:55] Bex: shes working at Ivy Cottage now, doing the mornings", "Ivy Cottage"),
    ("| Employment | labouring at Low Garth Farm since May |", "Low Garth Farm"),
])
def test_a_named_farm_or_cottage_someone_works_at_is_a_household(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He works on Mill Lane, at the tyre place.",
    "He works at Home Farm Trust as a support worker.",
    "[06:55] Bex: he volunteers at City Farm on Saturdays",
])
def test_a_street_a_body_or_a_city_farm_stays_clean(body: str) -> None:
    assert errors(body, "address") == []
