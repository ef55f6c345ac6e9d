"""A yard or a farm at a village or a part of a town ("he's not to come down to the yard at
Camlough", "works on the farm at Ballinderry"): one family's, where the person is found. A town,
a brand or a prison after the same words is no door.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_covers, errors


@pytest.mark.parametrize(("body", "place"), [
    ("Tell him the horse is sold and he's not to come down to the yard at Camlough.", "Camlough"),
    ("[07:45] Declan: he's back helping on the farm at Gunthorpe, lambing", "Gunthorpe"),
    ("| Employment | casual, the yard at Kinglassie | cash in hand |", "Kinglassie"),
])
def test_a_yard_or_farm_at_a_village_is_a_door(body: str, place: str) -> None:
    assert address_covers(body, place)


@pytest.mark.parametrize("body", [
    "He works on the farm at Leeds University's research station.",
    "[07:45] Declan: we had a brew in the yard at HMP Hull",
    "| Employment | the yard at Tesco, nights | |",
])
def test_a_yard_at_a_town_a_prison_or_a_brand_is_no_door(body: str) -> None:
    assert errors(body, "address") == []
