"""A body's home is no person's: "the centre moved to its present home near Mowbray Park", "the
team moved to its new base off Dock Road". The same words about a person stay errors.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "The women's centre moved to its present home near Mowbray Park three years later.",
    "[11:00] Sue: the food bank moved to its new premises in Hexthorpe last week",
    "| 2019 | project moved to its current site near Denaby | |",
])
def test_a_body_moving_to_its_home_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Kayleigh moved to her nan's near Hexthorpe three years later.", "Hexthorpe"),
    ("[11:00] Sue: he moved to Denaby last week, new tenancy", "Denaby"),
])
def test_a_person_moving_there_is_still_a_door(body: str, place: str) -> None:
    assert place in errors(body, "address")
