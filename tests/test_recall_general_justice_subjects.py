"""What only a person does in the justice system or in care ("breached his order", "was
recalled", "absconded from the hostel", "reoffended", "relapsed", "was evicted", "was
sectioned") shows its subject is a person: an everyday word ("Chance", "Rocky", "Sunny") or a
name no list knows there is a name. Transitive uses of looser verbs ("Summer turned up the
heat", "Hope moved in the right direction") are not added.

The sentences are our own: case study prose, case notes, a quotation, a chat message.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "name"), [
    # case study prose
    ("Chance breached his order twice before the review.", "Chance"),
    # case notes
    ("- Rocky absconded from the hostel 02:00, police informed.", "Rocky"),
    # a quotation
    ('"Sunny was recalled in May and it broke her mum," says the worker.', "Sunny"),
    # a chat message
    ("**[09:02] Jo:** Oyelaran reoffended over the weekend, court Monday", "Oyelaran"),
])
def test_the_subject_of_a_justice_verb_is_a_person(body: str, name: str) -> None:
    assert name in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "Summer turned up the heat on the allotment.",
    "Hope moved in the right direction after the course.",
    "Grace under pressure is what the course teaches.",
])
def test_looser_verbs_after_everyday_words_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []
