"""A café, canteen or shop named by the public building it is in ("the Rothes Halls café", "the
Ferens Art Gallery shop") is as public as the building (public_names.public_cafes); someone
who works there is found as at any small workplace, and a café named after a person or a block
of flats is no public building's. Our own sentences.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # minutes and case notes
    "**4. AOB.** Christmas lunch at the Glenrothes Town Hall café, 18 December. Limit £10.",
    "- Meet: Kelham Island Museum café, 11:00, then walk to the office",
    # case-study prose and a quote
    "We had a brew in the Lickey Hills Country Park café before the litter pick.",
    '"The Ferens Art Gallery shop had a print of the Humber," she says.',
    # a pasted chat
    "[12:01] Me: lunch at the Ponds Forge Sports Centre cafe?\n[12:02] Him: go on",
    # a caption
    "![The team outside](team.jpg)\nCaption: the team at the Kirkgate Market café after the audit.",
])
def test_a_public_buildings_cafe_is_no_small_place(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Kayleigh works at the Cathays Library café on Mondays.", "Cathays Library café"),
    ("They met at Dean's café most mornings.", "Dean"),
    ("Lunch at the Rose Court café, where his mum lives upstairs.", "Rose Court"),
    # a business named for its owner on a named street is where the owner can be found daily:
    # a small place, not a chain (a decision, not an oversight)
    ("[12:01] Me: Kev's chippy on Clee Road is doing a deal, tell them you're with me", "Clee Road"),
    ("Lunch at Maria's café on Fenton Street, then back to the office.", "Maria"),
])
def test_a_workplace_a_persons_cafe_or_a_block_of_flats_stays_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
