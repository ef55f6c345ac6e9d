"""A row of a list that gives a full name, then short fields (a nickname, an order's initials),
then a part of a town ("Kieran Wishart ("Kiz"), DTTO, Glenwood."): the place is where that
person lives, as it is right after the name. A town in the same slot is no door.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("b) Kieran Wishart (\"Kiz\"), DTTO, Glenwood. Positive test last week.", "Glenwood"),
    ("[09:00] Mel: new list — Jordan Pike (JP), CPO, Hexthorpe, starts Monday", "Hexthorpe"),
    ("Photo caption: Leanne Hodgson, SSO, Manningham.", "Manningham"),
])
def test_a_part_of_a_town_after_a_name_and_short_fields_is_a_home(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "b) Kieran Wishart (\"Kiz\"), DTTO, Leeds. Positive test last week.",
    "[09:00] Mel: new list — Jordan Pike (JP), CPO, Doncaster, starts Monday",
])
def test_a_town_after_a_name_and_short_fields_is_no_door(body: str) -> None:
    assert errors(body, "address") == []
