"""A register writes the surname first, in capitals, then a comma and the forename ("OKONKWO,
Chidi"): where the forename is found, the surname before it is the same person's and is
reported with it. A capitalised abbreviation or heading before a comma ("ASAP, Kyle",
"UPDATE, Dean") is not a surname.

The sentences are our own: a court list table, case notes, a caption, an email.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "surname"), [
    # a court list as a table
    ("| Time | Defendant | Matter |\n| --- | --- | --- |\n| 10:00 | OKONKWO, Chidi | breach |", "OKONKWO"),
    # case notes copied from a register
    ("Seen in custody: WHITTAKER, Jade (age 19), remanded to Styal.", "WHITTAKER"),
    # a caption of a list on a noticeboard
    ("*The rota on the wall: NOWAK, Agata — Tuesdays.*", "NOWAK"),
    # an email quoting a list
    ("The list came through: KOWALCZYK, Tomasz is first on at ten.", "KOWALCZYK"),
])
def test_a_surname_in_capitals_before_a_forename_is_reported_with_it(body: str, surname: str) -> None:
    assert any(surname in found for found in errors(body, "person_name"))


@pytest.mark.parametrize("body", [
    "ASAP, Kyle needs to ring me about the van.",
    "UPDATE, Dean has been recalled to custody.",
    "FYI, Kyle is running late this morning.",
])
def test_an_abbreviation_or_heading_before_a_comma_is_not_a_surname(body: str) -> None:
    assert errors(body, "person_name") in (["Kyle"], ["Dean"])
