"""An address corrected as it is said: "he's at mine, 14 Chapel Street, no, Sycamore Park,
sorry", "at her nan's on Kirk Lane, I mean Kirkdale". A voicemail, a transcript or a chat that
corrects itself names the right place just after the wrong one; whatever stands in the
address's place after the correcting word is an address. "No" that starts a new sentence, or
"no doubt", corrects nothing.

Our own sentences, in the genres staff write (voicemail transcripts, chats, notes, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Voicemail 07:12: \"Hiya, it's Mags, Dean's mum, he's at mine, 14 Chapel Street, no, Sycamore Park, "
     "sorry, I moved. Bye.\"", "Sycamore Park"),
    ("[23:40] Shell: hes stopping at his nans on Kirk Lane, sorry, Ravensknowle", "Ravensknowle"),
    ("Call note: caller said Liam lives at 4 Hope Street, I mean, Glebe Fold, and would ring back.", "Glebe Fold"),
])
def test_the_place_said_to_correct_an_address_is_an_address(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He lives on Mill Lane. No, Tesco was closed that night.",
    "[23:40] Shell: she lives on Mill Lane, no doubt about it",
    "She lives on Mill Lane, sorry I forgot to say.",
])
def test_no_correction_no_second_address(body: str) -> None:
    assert errors(body, "address") == ["Mill Lane"]
