"""Public places whose names look like a person's (data/public_places_slingshot.txt:
universities, hospitals, shopping centres, stations, parks, clubs and grounds), and "Royal"
before a town, which is its hospital or another public body (public_names.py); and what stays
a person: someone called Royal, a private name beside such a place. The sentences are our own.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # case-study prose
    "He started an access course at Sheffield Hallam in September.",
    "He was taken to Royal Preston after the fall and kept in for two nights.",
    "They met under the clock at Temple Meads and got the train together.",
    # a pasted chat
    "[09:00] Me: at Royal Derby A&E, will be late\n[09:01] Her: ok",
    "[15:20] Him: Partick Thistle won!!\n[15:21] Me: about time",
    # case notes, minutes, a table
    "- Appointment: Queen's Medical Centre, fracture clinic, 10:30\n- Travel warrant issued",
    "| Week | Trip |\n| --- | --- |\n| 4 | Westfield Stratford job fair |",
    # a quote and a caption
    '"Merry Hill on a Saturday is my idea of hell," he laughs.',
    "![The crowd at the match](match.jpg)\nCaption: the group at Craven Cottage in March.",
])
def test_a_public_place_named_like_a_person_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Royal Smith, 22, was arrested outside the club.", "Royal Smith"),
    ("Her son Royal lives with her in Preston.", "Royal"),
    ("He met Kieran Merry at the station.", "Kieran Merry"),
    ("Thistle, 19, was at the hostel when the police came.", "Thistle"),
    ("Her brother Meads was at Temple Meads too.", "Meads"),
])
def test_a_person_beside_or_inside_such_a_name_is_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
