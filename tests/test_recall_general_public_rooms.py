"""A room that belongs to everybody, named as such just after its number: "Room 101 is the
interview room", "Room 4 (the group room)", "Room 12, the training room,". As "the interview
room 3" already was, it is no one's door; a room someone lives, sleeps or is kept in is.

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "Room 101 is the interview room, so knock first.",
    "Room 4 (the group room) has a new kettle.",
    "Team profile: we meet in Room 12, the training room, on Tuesdays.",
    "| Where | When |\n| --- | --- |\n| Room 3 is the quiet room | 9 to 5 |",
    "Chat: Room 2 was the visits room back then, wasn't it?",
])
def test_a_room_named_public_after_its_number_is_no_door(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("He lives in Room 14 at the hostel.", "Room 14"),
    ("Room 14 is the family room he shares with his son.", "Room 14"),
    ("He was in Room 12, the one by the stairs.", "Room 12"),
    ("Cell 14 is where he was kept.", "Cell 14"),
])
def test_a_room_someone_lives_or_is_kept_in_is_still_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
