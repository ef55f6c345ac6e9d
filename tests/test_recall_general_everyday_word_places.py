"""Everyday words as places: a word made of two everyday ones ("Foxhole", "Hilltop",
"Windmill"), capitalised mid-sentence after a cue of living or a home that is someone's, is a
place's name however common its letters ("her house in Foxhole"). A word of one root
capitalised as a heading would ("lives in Care", "stays in Town", "Hostel accommodation") stays
clean.

Our own sentences, in the genres staff write (case studies, chats, notes and tables, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("His sister had a box room in her house in Hilltop, and she said yes on one condition.", "Hilltop"),
    ("[20:15] Tay: hes moved into his mams flat in Windmill now", "Windmill"),
    ("| Housing | lives in Birdcage with her aunt, tenancy from May |", "Birdcage"),
    ("\"We grew up in Sandpit, all five of us,\" she said.", "Sandpit"),
])
def test_an_everyday_compound_capitalised_after_a_cue_is_a_place(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He lives in Hostel accommodation now.",
    "He lives in Care and has done since he was nine.",
    "[20:15] Tay: he stays in Town most nights",
    "| Housing | moved into Recovery housing in May |",
    "She lived in Fear for years, she says.",
    "He lives in the Midlands now, near his brother.",
    "He lives in Supported Accommodation.",
])
def test_a_word_of_one_root_in_capitals_is_no_place(body: str) -> None:
    assert errors(body, "address") == []
