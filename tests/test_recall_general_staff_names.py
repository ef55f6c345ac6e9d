"""Staff consent covers a member of staff's own name, not everyone who shares part of it.

A staff member on the allow-list ("Darren Midgley") is accepted in full anywhere, and by first
name alone in a story that names them in full (in prose, a file name or a link). Elsewhere their
first name is checked like any other ("Darren's back" about a man on licence), and their surname
is never accepted alone or after a title ("Mrs Farah" is not staff "Mo Farah"). A one-word entry
on the list ("Leanne") is the trust's own choice and is accepted everywhere.

The sentences are our own: case study prose, a team chat, meeting notes, a caption.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors
from plugins.anonymity.allowlist import Allowlist

STAFF = Allowlist(("Pennine Vale Probation", "Darren Midgley", "Mo Farah", "Councillor Aisha Rahman", "Leanne"))


def names(body: str) -> list[str]:
    return errors(body, "person_name", allowlist=STAFF)


@pytest.mark.parametrize(("body", "name"), [
    # case study prose: the first name of staff, used for a man on licence, no staff named in full
    ("Darren's back, and the hostel say he has been drinking again.", "Darren"),
    # a team chat
    ("**[09:12] Jo:** Darren rang, he wants to move his appointment", "Darren"),
    # meeting notes: a staff surname after a title is another person
    ("Mo Farah chaired. Mrs Farah rang about her son's curfew.", "Mrs Farah"),
    # a court list in a caption: a staff surname alone
    ("*Midgley, 52, was sentenced for the assault.*", "Midgley"),
    # a councillor's given name alone with no full name in the story
    ("Aisha said the panel had read the report.", "Aisha"),
])
def test_a_part_of_a_staff_name_is_checked_where_the_staff_member_is_not_named(body: str, name: str) -> None:
    assert any(name in found for found in names(body))


@pytest.mark.parametrize("body", [
    # case study prose: introduced in full, then by first name
    "Darren Midgley, his probation officer, met him at the gate. Darren says it went well.",
    # meeting notes
    "Present: Darren Midgley (chair), Mo Farah.\n\nMo to circulate the minutes. Darren to book the room.",
    # a caption under a staff profile link
    "[Our team](people/darren-midgley.html)\n\n*Darren on the allotment open day.*",
    # a titled full name, then the given name
    "Councillor Aisha Rahman opened the hub. Aisha said it was overdue.",
    # a one-word entry is accepted everywhere
    "Leanne said the group had been the best yet.",
])
def test_staff_named_in_full_are_accepted_by_first_name_in_the_same_story(body: str) -> None:
    assert names(body) == []
