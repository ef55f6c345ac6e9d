"""A description a person is called by is that person's nickname: "everyone calls him the Tall
Lad", "they called her the Duchess", "a man who I'll call the Big Fella". A pronoun or "who"
says a person is called it; a place known as something ("an estate known as the Jungle"), a
call to a service ("call the Samaritans") and a single role word ("call him the Vicar") are not.

The sentences are our own: case study prose, a quotation, case notes, a caption.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "name"), [
    # case study prose
    ("On the Tuesday team everyone calls him the Tall Lad, and he answers to it.", "Tall Lad"),
    # a quotation
    ('"On the wing they called her the Duchess," she laughs.', "Duchess"),
    # case notes
    ("- New starter, who staff call the Big Fella, arrived late again.", "Big Fella"),
    # a caption
    ("*Our volunteer, who the whole street calls the Ginger Ninja, at the allotment.*", "Ginger Ninja"),
])
def test_a_description_a_person_is_called_by_is_flagged(body: str, name: str) -> None:
    assert any(name in found for found in errors(body, "person_name"))


@pytest.mark.parametrize("body", [
    "He grew up on an estate known as the Jungle.",
    "If it gets too much, call the Samaritans.",
    "A volunteer, who asked us to call him the Vicar, wrote the diary.",
    "They call it the Bullring, though it was rebuilt years ago.",
])
def test_places_services_and_role_words_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []
