"""A street someone is on at the same hour every day ("walks his Staffie along Clumber Street
every morning at seven"): a neighbour knows who that is, and where to wait for him. A park, or
a street with no routine after it, stays as it was.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "street"), [
    ("Wayne walks his dog along Cranbrook Street every morning at seven, rain or shine.", "Cranbrook Street"),
    ("[19:40] Tash: he's outside the chippy on Moor Lane each night, same bench", "Moor Lane"),
    ("| Routine | cycles down Fenwick Road every afternoon to his mum's | |", "Fenwick Road"),
])
def test_a_street_someone_is_on_every_day_is_where_they_are_found(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He posts from the skate bowl in Riverside Park every night, so we know where he is.",
    "[19:40] Tash: the bus down Fenwick Road was late again",
])
def test_a_park_or_a_street_without_a_routine_is_no_door(body: str) -> None:
    assert errors(body, "address") == []
