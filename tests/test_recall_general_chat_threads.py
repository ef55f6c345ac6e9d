"""A thread pasted without times ("Mum: tell callum we're proud") is read as messages, as a
timed one is: names typed in lower case there are names. In a message, a first name after a verb
that takes a person ("told frank to ring me", "rang bill") is one even when it is also a word.

The sentences are our own: a case study quoting texts, a worker's notes of a family group chat,
a screenshot described in a caption, a list of messages; decoys have the same shape.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


def lower_names(body: str) -> list[str]:
    return [text.lower() for text in errors(body, "person_name")]


@pytest.mark.parametrize(("body", "name"), [
    # a case study quoting a text thread, no times
    ("He showed me the thread.\n\nMum: tell callum we're proud of him\nHim: ok ta", "callum"),
    # a worker's notes of a family chat, bold senders
    ("**Sis:** has anyone heard from jayden\n**Nan:** not since sunday", "jayden"),
    # a list of messages copied from a phone, in bullets
    ("- Kez: hope said she's not coming tonight\n- Lou: ok no worries", "hope"),
    # a blockquoted screenshot
    ("> Auntie: baz says he'll pay you back\n> Me: we'll see", "baz"),
    # a person's verb before a name that is also a word
    ("Dad: told frank to ring you about the van\nMe: will do", "frank"),
    ("Mum: rang bill about the car, he's not happy\nMe: oh no", "bill"),
    ("[21:04] Sis: have you seen grace since the party", "grace"),
])
def test_a_name_in_a_pasted_thread_without_times_is_flagged(body: str, name: str) -> None:
    assert name in lower_names(body)


@pytest.mark.parametrize("body", [
    "Mum: rang the council again about the boiler\nMe: any luck?",
    "Outcome: positive, and the review is in March.",
    "Key worker: told me the flat is ready next week",
    "Nan: text me when you're home, the buses are off\nMe: will do",
    "Note: seen at the hostel on two evenings, no concerns.",
    "Dad: asked about the rota but nobody knew\nMe: typical",
])
def test_plain_messages_and_notes_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []


# A word asked about as someone who comes and goes is a name, even one that is also a word.
@pytest.mark.parametrize(("body", "name"), [
    ("Nan: is dean coming in today\nMe: dunno", "dean"),  # a family thread
    ("[08:10] Sis: hows frank doing since he got out", "frank"),  # a timed chat
    ("> Mum: was mark there when the police came\n> Me: yes", "mark"),  # a screenshot
    ("**Me:** is grace ok? she wasn't at group", "grace"),  # a worker's own message
])
def test_a_name_asked_about_in_a_message_is_flagged(body: str, name: str) -> None:
    assert name in lower_names(body)


@pytest.mark.parametrize("body", [
    "Nan: is summer here yet, its freezing\nMe: lol",
    "Mum: is dinner ready\nMe: nearly",
    "Mum: is everyone ok after last night\nMe: yes",
    "Me: is work ok with you leaving early\nHim: yeah",
])
def test_things_asked_about_in_a_message_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []


# A line typed with no capital at all is read as a message, as a blockquoted one is.
@pytest.mark.parametrize(("body", "name"), [
    ("He kept the card.\n\ndear kayleigh, i miss you and i am sorry for everything", "kayleigh"),  # a card
    ("The note on the fridge said:\n\nto callum, happy birthday from nan x", "callum"),  # a note
    ("- tell aaliyah the fob for the gate is under the mat", "aaliyah"),  # a list of texts
])
def test_a_name_in_a_line_without_capitals_is_flagged(body: str, name: str) -> None:
    assert name in lower_names(body)


@pytest.mark.parametrize("body", [
    "- eggs, milk, bread and butter for the week",
    "and then everything changed for the better in the end",
])
def test_lines_without_capitals_and_without_names_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []
