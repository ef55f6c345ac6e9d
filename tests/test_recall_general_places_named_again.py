"""A part of a town or a village found as someone's home is a door wherever the story names it
again, before or after ("Title: from Whitfield to the river" over "Jamie grew up in Whitfield"):
the title or the caption is read with the rest. Inside a longer name ("Whitfield Road",
"Whitfield Primary") or before a public place's word ("the Whitfield office") it is left alone.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("# From Hexthorpe to the river\n\nJamie grew up in Hexthorpe, in his gran's flat.", "Hexthorpe"),
    ("[10:02] Kez: she lives in Newsham now\n\n[10:05] Kez: Newsham lot are a nightmare for buses", "Newsham"),
    ("Caption: the view over Denaby.\n\nMo was brought up in Denaby and still lives there.", "Denaby"),
])
def test_a_home_area_named_again_is_still_a_door(body: str, place: str) -> None:
    assert errors(body, "address").count(place) == 2


@pytest.mark.parametrize("body", [
    "Jamie grew up in Hexthorpe. The Hexthorpe office shut in 2019.",
    "[10:02] Kez: she lives in Newsham now\n\n[10:05] Kez: Newsham Road is shut for roadworks",
])
def test_a_home_area_inside_a_longer_name_is_left_alone(body: str) -> None:
    assert len(errors(body, "address")) == 1
