"""A firm named with its 's where a home could stand: "at Nando's after court", "a job at
Morrison's after the course". A firm whose name, less the apostrophe, is listed as an
organisation is no person's home when its first word is no common first name; a rare first
name's flat or mum ("Nando's flat") and a common first name's home ("at Scarlet's after
school") are still a person's.

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "We celebrated at Nando's after his order ended.",
    "He got a job at Morrison's after the course.",
    "He paid his fine at Barclay's on the high street.",
    "| Day | Where |\n| --- | --- |\n| Friday | Lunch at Nando's after group |",
    "We went to Frankie & Benny's for his birthday.",
    "She works at Claire's Accessories on Saturdays.",
])
def test_a_firm_named_with_its_s_is_no_home(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("He was round at Nando's flat when the police came.", "Nando"),
    ("He stayed at Scarlet's after school.", "Scarlet"),
    ("He was round at Jaden's after school.", "Jaden"),
    ("Frankie and Benny came to the hostel on Friday.", "Frankie"),
    ("She stayed at Claire's for a week.", "Claire"),
])
def test_a_person_with_an_s_is_still_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
