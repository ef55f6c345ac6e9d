"""A family word said before a relative's name, in English or another language ("Mama Ngozi",
"Papa Zbyszko", "Babcia Halina", "Sis Tasha"), is the cue before a name as "Mum" is: the word
after it is the person's name even when no list knows it. Family words together are what the
person is called ("Dadi Amma") and stay a name; a family word before an everyday word is not.

The sentences are our own: case study prose, a letter, a chat line, a caption, meeting notes.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


def names(body: str) -> list[str]:
    return errors(body, "person_name")


@pytest.mark.parametrize(("body", "name"), [
    # case study prose
    ("She stayed with Mama Ngozi for a month after the eviction.", "Ngozi"),
    # a letter to the court
    ("Papa Zbyszko drove down from Luton for every visit.", "Zbyszko"),
    # a caption
    ("*Mammy Oonagh with the grandkids at the christening.*", "Oonagh"),
    # meeting notes: a Twi and a Yoruba family word before names no list knows
    ("Present: Maame Efuah (grandmother), Iya Adebimpe (aunt).", "Efuah"),
    # a chat line
    ("**Jo:** Sis Kyrie is picking him up from the gate", "Kyrie"),
    # a kinship word of another language before a known name
    ("His Babcia Halina sends parcels every week.", "Halina"),
])
def test_the_name_after_a_family_word_is_flagged(body: str, name: str) -> None:
    assert any(name in found for found in names(body))


@pytest.mark.parametrize("body", [
    "Mum Life is the name of her favourite podcast.",
    "He said Mama and Papa were waiting in the car.",
    "Sis, Bro and the baby all came to the review.",
    "Daddy Pig is his daughter's favourite character.",
    "They call it Nanny State stuff, he says.",
])
def test_a_family_word_before_an_everyday_word_stays_clean(body: str) -> None:
    assert names(body) == []
