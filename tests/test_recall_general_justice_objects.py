"""What the justice system and its workers do to a person ("arrested", "charged", "sentenced",
"remanded", "bailed", "supervised", "mentored", "drove ... to the appointment") takes a person:
the word after it is a name even when no list knows it. Firms and teams after the same verbs
("arrested Tesco staff", "drove Uber") are not.

The sentences are our own: case study prose, a court report, case notes, a mentor's quote.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "name"), [
    # case study prose
    ("That winter we drove Zbyszko to every appointment ourselves.", "Zbyszko"),
    # a court report
    ("The judge sentenced Kumaran to 18 months, suspended.", "Kumaran"),
    # case notes
    ("- 14:20 police arrested Oyelaran at the flat; custody Elland Road.", "Oyelaran"),
    # a mentor's quote
    ('"I mentored Shahidul for a year and he never missed once," she says.', "Shahidul"),
])
def test_the_object_of_a_justice_verb_is_a_person(body: str, name: str) -> None:
    assert name in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "Police arrested Tesco staff after the raid, the paper said.",
    "He drove Uber for a year before the conviction.",
    "They charged VAT on the repairs.",
])
def test_firms_after_the_same_verbs_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []
