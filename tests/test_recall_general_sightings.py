"""A street where someone was seen or spotted ("a man seen on Heol y Nant", "he was spotted on
Mill Lane at 2am"): a sighting places the person the story is about on one street at one time.
A town, a public place on the street or a screen ("seen on CCTV") is no such place.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "street"), [
    ("At two the police rang about a man seen on Heol y Bryn, but it wasn't one of ours.", "Heol y Bryn"),
    ("[02:14] Night desk: resident spotted on Wharf Street again, breach of curfew?", "Wharf Street"),
    ("| 03:10 | seen twice on Canal Road by the patrol | logged |", "Canal Road"),
])
def test_a_street_someone_was_seen_on_places_them(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "At two the police rang: he was seen in Leeds, nowhere near the hostel.",
    "[02:14] Night desk: she was seen on CCTV at the station, all fine",
    "| 03:10 | seen at the Job Centre on Canal Road, as booked | logged |",
])
def test_a_town_a_screen_or_a_public_place_is_no_sighting(body: str) -> None:
    assert errors(body, "address") == []
