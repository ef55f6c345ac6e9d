"""A work named just after the word for it: "the song Mr Brightside", "the film Billy Elliot",
"the musical Matilda". Written after a determiner and the word for a song, film, book, play or
painting, a name is the work's title, in quotation marks or not; the name of whoever made, gave or
loved the work ("the film Dean made", "the book Dean gave him", "the song Dean's nan loved") is a
person's.

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "He loves the song Mr Brightside and sings it at every session.",
    "The film Billy Elliot made him cry, he said.",
    "She watched the film Jane Eyre with her daughter on the visit.",
    "We read the novel Tess of the d'Urbervilles in the group.",
    "The musical Matilda was their first trip to the theatre.",
    "He found the book Stuart: A Life Backwards hard going.",
    "The track Stan came on and the whole kitchen went quiet.",
    "The painting Mona Lisa was on the poster in the corridor.",
    "| Week | Activity |\n| --- | --- |\n| 3 | Watched the film Billy Elliot |",
    "Chat: did you ever see the sitcom Miranda? Made me laugh every time.",
])
def test_a_work_named_after_the_word_for_it_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("He loved the film Dean made about his estate.", "Dean"),
    ("The song Dean wrote for his daughter was played at the hearing.", "Dean"),
    ("The film Dean's mum liked was on.", "Dean"),
    ("The book Dean Carter lent him helped.", "Dean Carter"),
    ("The book Dean gave him helped.", "Dean"),
    ("He sang the song Dean Carter taught him.", "Dean Carter"),
    ("Dean watched the film with Kayleigh Barnes.", "Kayleigh Barnes"),
    ("He loves the song and Mr Okafor knows it.", "Mr Okafor"),
])
def test_whoever_made_gave_or_loved_the_work_is_a_person(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


@pytest.mark.parametrize("body", [
    "Dick Whittington was the panto this year, and the lads loved it.",
    "Billy Elliot was the film we watched on the last night.",
    "Chat: Cinderella is our Christmas panto. Tickets in the office.",
    "The team cleared litter from the Trent towpath in March.",
    "| Task | Where |\n| --- | --- |\n| Litter pick | the Trent riverbank |",
    "Volunteers planted trees along the Don riverside path.",
])
def test_a_work_said_to_be_one_or_a_river_by_its_bank_is_no_person(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Dean was the panto's biggest fan.", "Dean"),
    ("Dean is the film buff of the group.", "Dean"),
    ("Dean was the one who found him.", "Dean"),
    ("He met Trent by the towpath.", "Trent"),
    ("The Trent lads were waiting outside.", "Trent"),
])
def test_a_person_beside_a_work_or_a_river_is_still_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))
