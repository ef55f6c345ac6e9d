"""In capitals every word looks alike, so a name there is one the lists know; a nickname made
from a common first name with a nickname's ending ("DEANO", "ROBBO", "JONNO", "GAZZA", "KEZZER")
is one too, on a placard, a tattoo, graffiti or a shouted text. Everyday words with the same
endings ("BINGO", "PATIO", "DEMO") are not.

The sentences are our own: case study prose, a photo caption, a text in capitals, case notes.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "name"), [
    # case study prose: graffiti
    ("Someone had sprayed DEANO OWES ME 2 QUID across his front door.", "DEANO"),
    # a photo caption: a placard
    ("*The placard outside court read FREE ROBBO.*", "ROBBO"),
    # case notes: a tattoo
    ("Tattoo on left forearm: JONNO 4 EVA, done inside.", "JONNO"),
    # a text in capitals
    ("**[23:14] Unknown:** TELL KEZZER HES DEAD", "KEZZER"),
])
def test_a_nickname_of_a_first_name_in_capitals_is_flagged(body: str, name: str) -> None:
    assert name in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "The poster said BINGO TONIGHT 7PM in the community centre.",
    "The van outside read PATIO DOORS FITTED.",
    "The laptop had a sticker saying DEMO ONLY on it.",
    "He wore a CAMO jacket to every appointment.",
])
def test_everyday_words_with_the_same_endings_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []
