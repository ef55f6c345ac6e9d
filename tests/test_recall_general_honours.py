"""A name after an honour ("Sir Keir", "Dame Judi", "Baroness Casey") is a knight, a dame or a
baroness, named in the Gazette: a public figure (public_names.honoured). The story's own person
with such a name stays found: a relationship before it, an age after it, and "Sir" said to
someone ("Yes Sir, Dean said"); so does a street or a pet named with an honour ("Sir Thomas
Street", "Lord Street", "his Staffie, Lord Barkington"). Our own sentences.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    # case-study prose and a quote
    "Sir Keir was on the news again talking about prison places.",
    '"Sir Alan would have fired me on the spot," he laughs.',
    # a pasted chat
    "[21:40] Him: Dame Judi is class in this\n[21:41] Me: what is it",
    # case notes and minutes
    "- Reading: Baroness Casey's review, chapter 3\n- Action: team to discuss",
    # a caption
    "![A signed photo](photo.jpg)\nCaption: a signed photo from Sir Mo after the fun run.",
])
def test_a_name_after_an_honour_is_a_public_figure(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Her grandad, Sir Tom Jones, 81, came to court.", "Tom Jones"),
    ("Yes Sir, Dean said, and left.", "Dean"),
    ("[09:00] Me: Sir, Kayleigh is here\n[09:01] Him: send her up", "Kayleigh"),
    ("He lives at 14 Sir Thomas Street, above the bookies.", "Sir Thomas Street"),
    ("She moved to Lord Street last spring.", "Lord Street"),
    ("He walks his Staffie, Lord Barkington, by the canal at seven.", "Lord Barkington"),
])
def test_the_storys_own_person_near_an_honour_is_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
