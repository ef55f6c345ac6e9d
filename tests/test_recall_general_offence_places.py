"""The street where an offence happened ("a woman whose son was killed on the Balby Road", "he
was stabbed outside a takeaway on Mill Lane"): its victims, witnesses and neighbours know the
incident by its street, and the story then names the person in it. A park, a town or a
street passed on the way is no such place.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "street"), [
    ("Her brother was knocked down on Carlton Avenue in 2021, and she still walks the long way round.",
     "Carlton Avenue"),
    ("[22:10] Sam: victim was robbed at knifepoint on Dunstan Road, same lad as before", "Dunstan Road"),
    ("| Index offence | assaulted a neighbour outside the flats on Orchard Close | 2024 |", "Orchard Close"),
    ("- VLO: her son was killed on the Marsh Road in 2019; she wants an exclusion zone", "Marsh Road"),
])
def test_the_street_of_an_offence_leads_to_its_victim(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "She was attacked in Leeds in 2019 and moved away afterwards.",
    "[22:10] Sam: he was robbed, then walked down Dunstan Road to the station",
    "| Index offence | shoplifting, killed time in Hyde Park after | 2024 |",
])
def test_a_town_a_park_or_a_street_passed_is_no_offence_place(body: str) -> None:
    assert errors(body, "address") == []
