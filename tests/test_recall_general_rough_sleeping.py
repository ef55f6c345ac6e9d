"""Where someone sleeps rough, by a named landmark ("NFA — tent by the Bathing Pool site",
"sleeps in a doorway behind the Asda in Hull"): one spot, where anyone can find them. A tent or a
doorway by an unnamed thing ("the tent by the river" on a team day) is no one's home.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_covers, errors


@pytest.mark.parametrize(("body", "place"), [
    ("| WILLARD, Darren | NFA — tent by the Boating Lake site | FTA |", "Boating Lake"),
    ("He sleeps in a doorway behind the Asda in Hull most nights.", "Asda"),
    ("[06:40] Outreach: found him in his tent behind the Marina Pavilion, safe", "Marina Pavilion"),
])
def test_a_rough_sleeping_spot_by_a_named_landmark_is_a_door(body: str, place: str) -> None:
    assert address_covers(body, place)


@pytest.mark.parametrize("body", [
    "We put the tent by the river for the team day and it rained.",
    "[06:40] Outreach: the doorway of the office was clear this morning",
])
def test_a_tent_or_a_doorway_by_an_unnamed_thing_is_no_door(body: str) -> None:
    assert errors(body, "address") == []
