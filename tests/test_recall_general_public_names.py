"""Public figures named again by one part of their name, and what stays a person.

A story that names a listed public figure in full goes on with one word of it ("Linford's mum"
after "Linford Christie"): in that story the word is the figure. Someone of the story's own who
shares the word is still a name: a relationship before it, an age or a description after it, or
no full name in the story to explain it. The sentences are our own, in several genres.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # case-study prose
    'She came over in 1961, "the same year as Linford\'s mum". She means Linford Christie\'s family.',
    "Maya Angelou is on the shelf in the library. Angelou wrote seven memoirs, he told me.",
    "Jamie Vardy scored twice. Everyone on the wing called him Vardy after that.",
    # a pasted chat
    "[10:02] Him: watched the Tyson Fury fight\n[10:03] Me: Fury's a beast",
    # case notes / minutes
    "- Group read from Maya Angelou.\n- Discussion: what Angelou meant by rising.",
    # a quote and a caption
    '"I wanted to be Lewis Hamilton," he says. "Hamilton never gave up."',
    "![A mural of Marcus Rashford](mural.jpg)\nRashford's campaign on school meals started it.",
])
def test_a_part_of_a_public_figures_name_after_the_full_name_is_that_figure(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("We read about Jamie Vardy. Vardy, the neighbour, came round after.", "Vardy"),
    ("We read about Jamie Vardy. His neighbour Vardy came round after.", "Vardy"),
    ("We read about Jamie Vardy. Vardy, the lad from the hostel, lent him a drill.", "Vardy"),
    ("We read about Jamie Vardy. Vardy, 34, lent him a drill.", "Vardy"),
    ("[10:02] Him: Jamie Vardy scored\n[10:03] Me: my cousin Vardy is out tho", "Vardy"),
    ("| Name | Note |\n| --- | --- |\n| Vardy | lent him a drill |\n\nJamie Vardy was on the telly.", "Vardy"),
    ("Vardy lent him a drill, he says.", "Vardy"),
    # a word of the name that is also a given name: the story's own person, named by nothing else
    ("Harry wants to be Harry Kane when he grows up.", "Harry"),
    ("Agatha Christie is on the shelf. Christie lent him a drill.", "Christie"),
    # one private use keeps every use: a title before it, anywhere in the story
    ("Mrs Angelou was very sorry. My son reads Maya Angelou. Angelou won a prize.", "Angelou"),
    ("- Dr Angelou to review meds\n- Group read Maya Angelou\n- Angelou's letter to be filed", "Angelou's"),
])
def test_someone_of_the_story_who_shares_the_word_is_still_a_name(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


@pytest.mark.parametrize("body", [
    # prose, a chat, minutes, a quote and a caption, each naming a figure with no cue around it
    "Terry Waite came to the prison and talked about his years as a hostage.",
    "[19:40] Me: u watching Gino D'Acampo tonight\n[19:41] Him: ye after the football",
    "| Item | Note |\n| --- | --- |\n| Film night | Daniel Kaluuya film chosen by the group |",
    '"Kevin Bridges got me through lockdown," he says.',
    "![The group at the screening](screening.jpg)\nCaption: the Michaela Coel episode started a long talk.",
    "Minutes: 3. Reading group finished Chimamanda Ngozi Adichie; next, Khaled Hosseini.",
    "Conor Benn and Josh Warrington were on the undercard that night.",
    "Keir Starmer and Shabana Mahmood were on the news about prisons again.",
    "Her son asked for a Wallace and Gromit cake.",
])
def test_a_public_figure_named_in_full_is_no_private_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Her uncle, Kevin Bridges, 52, has offered him a room.", "Kevin Bridges"),
    ("Michael Smith, 34, was released on Friday.", "Michael Smith"),
    ("[19:40] Me: Chris Evans is at the door again\n[19:41] Him: tell him no", "Chris Evans"),
])
def test_a_private_person_with_a_public_figures_name_or_a_common_full_name_is_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
