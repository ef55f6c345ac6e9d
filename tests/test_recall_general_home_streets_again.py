"""A street once said to be someone's home is their home wherever the story names it again
("I'll pick him up from his mam's on Convamore Road ... drop Dean back to Convamore Road"): the
second mention, on its own, is as much a door as the first. A street that was only a shop's or a
landmark's stays as it was.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "street"), [
    ("Kelly lives with her nan on Ashgrove Road. Every Friday the minibus stops at Ashgrove Road first.",
     "Ashgrove Road"),
    ("[07:02] Gaz: getting him from his mams on Tennant Street\n\n[16:40] Mel: can you drop him back to "
     "Tennant Street after", "Tennant Street"),
    ("| Tues | collected from his flat on Moorside Lane | 7 hrs |\n| Weds | Moorside Lane, no answer | 0 |",
     "Moorside Lane"),
])
def test_a_home_street_named_again_is_still_a_home(body: str, street: str) -> None:
    assert errors(body, "address").count(street) == 2


@pytest.mark.parametrize("body", [
    "Sophie works at Bella's on Market Street. The parade on Market Street is on Saturday.",
    "The team met at the Crown Court on Castle Street. Parking on Castle Street is hard.",
    "[09:10] Jo: the office on Corporation Road is shut\n\n[09:12] Sam: use Corporation Road car park",
])
def test_a_shops_or_a_landmarks_street_named_again_is_no_home(body: str) -> None:
    assert [e for e in errors(body, "address") if e in ("Market Street", "Castle Street",
                                                         "Corporation Road")][1:] == []


@pytest.mark.parametrize(("body", "street"), [
    ("Mrs Kirby from the houses on Tennyson Road brought the crew tea again.", "Tennyson Road"),
    ("[12:30] Ryan: lad from the maisonettes on Moorgate Lane keeps asking what we're doing", "Moorgate Lane"),
    ("| Complaint | woman from the bungalows off Hessle Grove | noise | closed |", "Hessle Grove"),
])
def test_someone_from_the_homes_of_a_street_lives_on_it(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "The crew walked past the houses on Tennyson Road to the park.",
    "[12:30] Ryan: the view from the station on Moorgate Lane is grim",
])
def test_the_homes_of_a_street_passed_by_are_no_door(body: str) -> None:
    assert errors(body, "address") == []
