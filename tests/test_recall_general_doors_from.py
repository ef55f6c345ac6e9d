"""A home a few doors from a named place ("they live three doors from the Sher-E-Punjab sweet
centre", "two doors up from the Golden Fry"): a shop or a pub has one street, and a few doors
along it is one house. A chain or a town after the same words is no landmark of one street.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_overlaps, errors


@pytest.mark.parametrize(("body", "place"), [
    ("His aunt said the family live three doors from the Sher-E-Punjab sweet centre.", "Sher-E-Punjab"),
    ("[21:05] Mo: he's staying with his cousin, two doors up from the Golden Fry", "Golden Fry"),
    ("| Home visit | flat 4 doors down from Lucky Star takeaway | no answer |", "Lucky Star"),
    ("Caption: Dev outside his mum's, a few doors from the Kashmir Bazaar.", "Kashmir Bazaar"),
])
def test_a_home_a_few_doors_from_a_named_place_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "His aunt said the family live a few doors from Tesco.",
    "[21:05] Mo: the office is two doors from Leeds station entrance, can't miss it",
    "| Note | doors from Monday open at nine | |",
])
def test_a_chain_a_town_or_a_day_is_no_landmark(body: str) -> None:
    assert errors(body, "address") == []
