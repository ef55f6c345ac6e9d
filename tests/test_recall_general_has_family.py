"""Only a person has family: a word before "has two kids", "had a baby", "has a son and a
daughter" is a person's name, whatever its origin and even when it is also an everyday word
("Summer has three grown-up children"). An organisation that "has a new partner" or "two
stores" is not a person.

The sentences are our own: case study prose, case notes, a quotation, a chat message.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "name"), [
    # case study prose
    ("Zarmina has two kids at the primary school by the park.", "Zarmina"),
    # case notes
    ("- Oyelaran had a baby in May; housing aware.", "Oyelaran"),
    # a quotation
    ('"Summer has three grown-up children and none of them visit," she says.', "Summer"),
    # a chat message
    ("**Jo:** Kumaran has a new girlfriend, might explain the missed appts", "Kumaran"),
])
def test_the_word_before_has_family_is_a_person(body: str, name: str) -> None:
    assert name in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "Tesco has two stores in town and both took him on.",
    "The charity has a new partner in Leeds.",
    "Amazon had a new partner for deliveries.",
])
def test_an_organisation_that_has_partners_or_stores_stays_clean(body: str) -> None:
    assert errors(body, "person_name") == []
