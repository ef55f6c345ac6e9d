"""Phrases that hold a name but name no one (data/name_phrases_slingshot.txt): sayings, rhyming
slang, stand-in names, nursery rhymes, and foods, objects and conditions named after a person;
and the same names used for a person of the story, which stay found. Our own sentences.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # case-study prose and a quote
    "Keep her on the team. She's Grace under fire.",
    "Fill in the form, hand it in, and Bob's your uncle.",
    '"It all went Pete Tong after that," he says.',
    # a pasted chat
    "[20:01] Me: proper Jack the lad he was\n[20:02] Him: still is lol",
    "[13:10] Her: bring a Victoria sponge for the group?\n[13:11] Me: yes!!",
    # case notes, a table
    "- Housing: flat needs an Allen key for the boiler cover\n- Health: Bell's palsy, resolved",
    "| Form field | Example |\n| --- | --- |\n| Name | Joe Bloggs |",
    # a caption
    "![A cake on the table](cake.jpg)\nCaption: Colin the Caterpillar for his one-year clean date.",
    # greetings of other languages that hold a word used as a name
    "'Ramadan Kareem,' he said as he left the office.",
    "[19:02] Him: Sat Sri Akal ji\n[19:03] Me: and to you",
    "He ended the card to his brother in Kraków: Na zdrowie.",
])
def test_a_phrase_that_holds_a_name_but_names_no_one_is_clean(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Grace, 24, is under fire from her landlord.", "Grace"),
    ("Her aunt Sally lives two doors down.", "Sally"),
    ("[20:01] Me: Jack and Jill came round again\n[20:02] Him: told u", "Jack"),
    ("Pete, who runs the garage, lent him a Stanley knife.", "Pete"),
    ("'Eid Mubarak, Kareem,' she said to her cousin.", "Kareem"),
    ("[09:12] Me: Diolch Nia, ti 'di bod yn seren", "Nia"),
])
def test_the_same_names_for_a_person_are_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


@pytest.mark.parametrize("body", [
    "Ellis's ABC model helped him pick apart the row with his landlord.",
    "- Session 4: Darwin's theory, for his science resit\n- Next: fractions",
    "[11:20] Me: did the Myers-Briggs test at college lol\n[11:21] Him: what r u",
    '"Carl Rogers changed how I listen," says his officer.',
])
def test_a_theory_or_its_maker_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Ellis, 23, was at the hostel when the model was explained.", "Ellis"),
    ("His mate Darwin picked him up from the gate.", "Darwin"),
])
def test_a_person_named_like_a_theorist_is_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
