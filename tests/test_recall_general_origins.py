"""Where a person comes from, said right after their age ("Callum, 19, from Millmead", "Shaun
is 44, from Gipsyville"): the age between commas makes the "from" a person's, as a name or "a
lad" before it does, and a part of a town there leads to their street. Victorian suburbs and
hollows ("-ville", "-hole") end like British place names too. A town or a city abroad after the
same age stays clean.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Dale, 23, from Pennywell, said the hours went quicker than he expected.", "Pennywell"),
    ("[14:02] Tash: new one starting Monday, she's 31, from Clayhole, no car", "Clayhole"),
    ("Photo: Kyle, 17, from Coalbrookville, holding the finished bench.", "Coalbrookville"),
    ("| Jodie, 28, from Lowfieldville | 60 hrs | attended |", "Lowfieldville"),
    ("Notes: PoP is 45, from Hollinthorpe, lives alone since his mum died.", "Hollinthorpe"),
])
def test_a_part_of_a_town_after_an_age_is_where_someone_lives(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "Dale, 23, from Leeds, said the hours went quicker than he expected.",
    "[14:02] Tash: new one starting Monday, she's 31, from Gdańsk originally",
    "Photo: Kyle, 17, from Brazzaville, holding the finished bench.",
    "| Week 4, from Monday | 60 hrs | attended |",
    "Notes: PoP is 45, from March, and has been clean since then.",
])
def test_a_town_a_city_abroad_or_a_date_after_an_age_is_no_door(body: str) -> None:
    assert errors(body, "address") == []
