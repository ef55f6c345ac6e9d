"""A title of a few words in quotation marks or italics, just after the word for a work or a
verb of performing one, names the work, not a person (public_names.quoted_works): "her
favourite song, "Valerie", came on", "Track 3, "Stan",", "he sang "Mr Jones"". A quoted
nickname, a letter read aloud and a name after a work's maker stay names. Our own sentences.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # case-study prose and a quote
    'Her favourite song, "Valerie", came on the radio in the kitchen.',
    "‘He sang \"Mr Jones\" at the karaoke night and the whole wing joined in,’ says his officer.",
    # a pasted chat
    '[22:10] Him: track 3, "Stan", thats me\n[22:11] Me: heavy',
    # case notes, a table
    '- Group: the episode "Dear Billy" started a long talk about grief',
    '| Session | Music |\n| --- | --- |\n| 2 | Favourite song: "Jolene" |',
    # a caption
    "![The choir](choir.jpg)\nCaption: the choir recited *Annabel Lee* at the carol service.",
])
def test_a_quoted_title_after_the_word_for_a_work_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ('He read the letter out: "Dear Kayleigh, I am sorry for everything."', "Kayleigh"),
    ('He played "Dazza" at pool every night.', "Dazza"),
    ('His favourite song is by "Dazza", his mate from the estate.', "Dazza"),
    ('The song Dean chose, "Valerie", came on.', "Dean"),
])
def test_a_quoted_nickname_or_a_letter_stays_a_name(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
