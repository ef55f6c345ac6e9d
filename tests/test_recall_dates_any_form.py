"""A date of birth in any form a person writes a date (issue 12), recognised by its cue, not by its
format: ordinals and numbers in words, months of any language or calendar, any saint's day, a
weekday before the date, a place between "born" and its date, and a birthday's "40 on the 2nd";
and a phone number read out digit by digit. Decoys: dates that are no one's birth, ages, public
helplines said in words. Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from plugins.anonymity import Allowlist, check_story


def story(body: str) -> str:
    """A case study with a metadata header; the body starts on line 6."""
    return f"Title: A story\nDate: 2026-01-01\nPseudonyms: Dean, Shona\nConsent: CS-2026-001\n\n{body}\n"


def flagged(body: str, kind: str) -> list[str]:
    report = check_story(story(body), "story.md", Allowlist())
    return [f.text for f in report.findings if f.kind == kind and f.severity == "error"]


@pytest.mark.parametrize(("body", "date"), [
    # Ordinals and numbers in words, with no month name: "the 3rd of the 4th".
    ("Left a message: date of birth second of the eleventh ninety-one, please ring back.",
     "second of the eleventh ninety-one"),
    ("He gave his DOB as the twenty-first of the sixth, nineteen seventy-nine.", "twenty-first of the sixth"),
    ("D.O.B. 9th of the 12th '02, no fixed abode.", "9th of the 12th '02"),
    # Another language's date said in words.
    ("Moja córka urodziła się dwudziestego marca dwa tysiące dziewiątego roku w Bostonie.",
     "dwudziestego marca dwa tysiące dziewiątego"),
    ("Fiul meu s-a născut pe patru martie o mie nouă sute nouăzeci.", "patru martie"),
    ("Mi hermano nació... fecha de nacimiento: doce de mayo de mil novecientos ochenta.", "doce de mayo"),
    # A month of another calendar, with or without the Gregorian date in brackets.
    ("Date of birth: 12 Rajab 1408 (1 March 1988) on the form.", "12 Rajab 1408 (1 March 1988)"),
    ("She was born on 3 Tishrei 5750, her mother told us.", "3 Tishrei 5750"),
    # Any saint's day, and a place between "born" and the date.
    ("My nan was born on St Stephen's Day 1941 in the front room.", "St Stephen's Day 1941"),
    ("He was born in the old cottage at Keld, on Christmas Eve 1979.", "Christmas Eve 1979"),
    ("Her son was born at the Royal Victoria on the 8th of August 2011.", "8th of August 2011"),
    # A weekday before the day.
    ("His partner rang: the baby was born Tuesday 14 March, all well.", "Tuesday 14 March"),
    ("Birthday: Friday the 13th of October.", "Friday the 13th of October"),
    # A birthday's age on a day, the birthday said first.
    ("Birthday wishes to Jolene, 17 on the 9th, from all the team.", "17 on the 9th"),
    ("Little Amara is turning 5 on 30 November, her dad says.", "turning 5 on 30 November"),
])
def test_a_date_of_birth_in_any_form_is_found(body: str, date: str) -> None:
    found = flagged(body, "date_of_birth")
    assert any(date in text for text in found), (body, found)


@pytest.mark.parametrize("body", [
    "The second album came out on the third of the fourth, and sold well.",
    "I was born the second of three children and grew up in Goole.",
    "She was born the fourth of five, in a loud house.",
    "He says he was born again in prison on a Tuesday in Lent.",
    "The court date is Friday the 13th of October at Hull Crown Court.",
    "Her birthday cake on the 2nd was the talk of the office.",
    "He turned his life around on St Stephen's Day, he says.",
    "In 1987 the estate was rebuilt; she is forty-one now.",
    "Born in the spring, on the estate, like all of us.",
])
def test_dates_that_are_no_ones_birth_pass(body: str) -> None:
    assert flagged(body, "date_of_birth") == []


@pytest.mark.parametrize(("body", "number"), [
    ("Ring me back on 0 7 7 0 0, 9 0 0, 4 5 6 when you can.", "0 7 7 0 0, 9 0 0, 4 5 6"),
    ("Her mobile, read out slowly: 0 7 9 1 1, 1 2 3, 4 5 6.", "0 7 9 1 1, 1 2 3, 4 5 6"),
    ("Landline is 0 1 1 3, 4 9 6, 0 0 0 0 after six.", "0 1 1 3, 4 9 6, 0 0 0 0"),
])
def test_a_phone_number_read_out_digit_by_digit_is_found(body: str, number: str) -> None:
    assert number in flagged(body, "phone")


@pytest.mark.parametrize("body", [
    "Call the Samaritans free on one one six, one two three, any time.",
    "The scores were 0, 7, 7, 0, 0, 9, 0, 0, 1, 8, 8 across the season.",
    "Ages in the group: 0, 1, 2, 5, 9, 9, 12.",
])
def test_helplines_and_lists_of_numbers_pass(body: str) -> None:
    assert flagged(body, "phone") == []
