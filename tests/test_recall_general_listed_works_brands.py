"""Brands named like a person and works whose titles hold a name (data/brands_slingshot.txt,
data/works_slingshot.txt), named with no cue word around them; and what stays a person: the
same first name alone, someone with the name shown by a relationship or an age, a brand's
first word used as a name elsewhere. The sentences are our own, in several genres.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # case-study prose
    "He got a job at Travis Perkins in May and has not missed a shift.",
    "She bought her interview blouse from Dorothy Perkins with the voucher.",
    "We watched Billy Elliot together in the group room.",
    # a pasted chat
    "[08:12] Me: meet u in Caffe Nero?\n[08:13] Her: ye 10 mins",
    "[21:02] Him: Line of Duty tonight\n[21:03] Me: Jed Mercurio is a genius",
    # case notes, minutes, a table
    "- Employment: Robert Dyas, warehouse, 16 hrs\n- Housing: waiting list",
    "| Session | Activity |\n| --- | --- |\n| Week 3 | Shirley Valentine, act one |",
    # a quote and a caption
    '"Eleanor Rigby was my dad\'s song," he says.',
    "![Trainers on a shelf](shelf.jpg)\nCaption: Superdry and Moncler coats from the donation drive.",
    "She said Zoopla had nothing under £600 a month.",
])
def test_a_listed_brand_or_work_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Her nan, Dorothy Perkins, 71, looks after the children.", "Dorothy Perkins"),
    ("Rita stayed at her mum's until the flat was ready.", "Rita"),
    ("[08:12] Me: is Travis coming?\n[08:13] Her: ye with his brother", "Travis"),
    ("Billy, 19, was released on Friday.", "Billy"),
])
def test_a_person_who_shares_a_word_of_a_listed_title_is_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
