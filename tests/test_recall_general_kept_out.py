"""A street a condition keeps someone out of, with the person between the verb and "out of" or
"the area around" after it ("keeps him out of the area around Birchington Avenue", "keep her
away from Fenby Road"): the victim's street, or the offender's old one. A public place on the
street, or a high street kept clear of at night, is no door.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_covers, errors


@pytest.mark.parametrize(("body", "street"), [
    ("The victim asked for a condition that keeps him out of the area around Thornbury Avenue.",
     "Thornbury Avenue"),
    ("[15:10] Lou: panel agreed, keep her away from Fenby Road where the kids are", "Fenby Road"),
    ("| Condition 7 | keeps them out of the area of Linden Grove | victim request |", "Linden Grove"),
    ("- licence: keep him away from Hollybank Crescent, no contact with Mrs D", "Hollybank Crescent"),
])
def test_a_street_someone_is_kept_out_of_is_a_home(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "His licence meant he could not go near Whitechapel Road after dark.",
    "[15:10] Lou: keep them away from Oxford Road station during the strike",
    "| Note | staff to keep away from the area around Market Street market on Saturdays | |",
])
def test_a_public_place_or_a_high_street_kept_clear_of_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("The condition keeps him out of the area around Thornbury Avenue and the Grangefield estate.",
     "Grangefield"),
    ("[15:12] Lou: banned from Fenby Road and Hexthorpe till 2027", "Hexthorpe"),
    ("| Zone | keep her away from Linden Grove and Newsham | victim |", "Newsham"),
])
def test_a_place_listed_after_a_street_in_an_exclusion_is_a_door(body: str, place: str) -> None:
    assert address_covers(body, place)
