"""Where an offence happened, named with no street word: "a drunken fight on Narrow Marsh",
"mugged at Cheapside Steps", "assaulted a doorman at the Blue Anchor" (places.py reads the
streets of offences by their word). Its victims, witnesses and
neighbours know it by that name. A town, a public place, a brand, a ground in one bare word or a
day answers.

Our own sentences, in the genres staff write (case studies, chats, notes and tables, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("His sentence was for a drunken fight on Narrow Marsh on the night England went out.", "Narrow Marsh"),
    ("[01:14] Dee: he got robbed at Cheapside Steps again, same two lads", "Cheapside Steps"),
    ("| Index offence | assaulted a doorman at the Blue Anchor, 2023 |", "Blue Anchor"),
    ("\"I was mugged on Sowerby Bridge Wharf,\" she said, \"in broad daylight.\"", "Sowerby Bridge Wharf"),
])
def test_the_named_spot_of_an_offence_leads_to_its_victim(body: str, place: str) -> None:
    assert any(place in e for e in errors(body, "address"))


@pytest.mark.parametrize("body", [
    "He was arrested at Leeds station after the match.",
    "[01:14] Dee: he got arrested at Heathrow coming back",
    "He was arrested on Christmas Eve and bailed.",
    "Dean was arrested on 14 March 2025 and bailed.",
    "She was attacked in Leeds in 2019 and moved away afterwards.",
    "He was arrested at Manchester Airport.",
    "| Index offence | assaulted an officer on Boxing Day |",
])
def test_a_town_a_public_place_or_a_day_answers(body: str) -> None:
    assert errors(body, "address") == []
