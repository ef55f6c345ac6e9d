"""A place's first word ("Old", "Great", "New", "Upper"...) and a first name after "the": "the Old
Bailey". People are not called "the Old Bailey"; a nickname such as
"Little Dave" or "Old Stan" has no "the" before it, or a word for a person after it ("the Little
Jimmy lad"), and is still a person. So too the place an office is held of: "the Archbishop of
Canterbury", "the Bishop of Salisbury"; a city's name that is a surname is still a person elsewhere.

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "He was sentenced at the Old Bailey last spring.",
    "News: the case went to the Old Bailey in June, and the team gave evidence.",
    "| Court | Date |\n| --- | --- |\n| the Old Bailey | 3 March |",
])
def test_the_place_named_with_a_first_name_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Little Dave came to the hostel.", "Little Dave"),
    ("He sat with the Little Jimmy lad at dinner.", "Jimmy"),
    ("Old Stan was at the bus stop again.", "Stan"),
    ("Bailey was at the hostel again.", "Bailey"),
])
def test_a_nickname_with_a_place_word_is_still_a_person(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


@pytest.mark.parametrize("body", [
    "The Archbishop of Canterbury visited the prison chapel.",
    "The Bishop of Salisbury wrote to thank the team.",
    "News: the Bishop of Hereford visited the approved premises and met residents.",
])
def test_the_place_an_office_is_held_of_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("He is the son of Salisbury, a builder.", "Salisbury"),
    ("Lord Salisbury came to the hostel.", "Lord Salisbury"),
    ("Dean Winchester said he would come.", "Dean Winchester"),
])
def test_a_surname_that_is_a_city_is_still_a_person(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
