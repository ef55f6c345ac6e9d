"""The second opinion on names: the character n-gram model (name_model.py) and where names.py
asks it, for words that no list knows ("Wojtek", "Deano", "Oluwadamilare").

The sentences were written for this model; the names in them are in none of the shipped lists
(checked below), so only the model and the words around them can find them. The decoys are
words no list knows either (services, medicines, places, brands) in the same kinds of places.
"""

from __future__ import annotations

import pytest

from plugins.anonymity import check_story
from plugins.anonymity.lexicon import common_words, fold, gazetteer, given_names, places, proper_nouns, surnames
from plugins.anonymity.name_model import TABLE, score, train, training_words

NAMED = [
    ("I was sat with Zhilwan outside the Jobcentre when the call came.", "Zhilwan"),
    ("Tyreek and I grew up on the same landing.", "Tyreek"),
    ("She had been staying at Shaznay's since the fire.", "Shaznay's"),
    ("Oluwadamilare is 22 and works nights at the warehouse.", "Oluwadamilare"),
    ("When the van broke down he phoned Wayno for a lift.", "Wayno"),
    ("I visited Saanvi in hospital the day after.", "Saanvi"),
    ("Halima sat with Xaaji all night when the news came through.", "Xaaji"),
    ("Azeez from the barbers lent him twenty quid.", "Azeez"),
    ("Me and Eesa used to nick bikes from the station.", "Eesa"),
    ("Deano turned up late again, as usual.", "Deano"),
    ("After the session Naqibullah stayed to help stack chairs.", "Naqibullah"),
    ("Every Friday I ring Macca and we talk about the football.", "Macca"),
    ("The K family have lived on the estate for years.", "K"),
    ("It was the Okafor twins who found the dog.", "Okafor"),
]

NOT_NAMED = [
    "I was sat with Ingeus outside the Jobcentre when the call came.",
    "He got his ESA back and started on Buvidal in the spring.",
    "Zumba started again in January, as usual.",
    "Espranza turned out to be a Spanish restaurant near the station.",
    "Pakora, Samosa and Jollof were on the menu at the party.",
    "I signed up with Airbnb later that month.",
    "Every week he logged onto Duolingo to practise his Polish.",
    "It was the Shankill boys who found the dog.",
    "We walked to Craigmillar and back every Sunday.",
    "The brewery, Marston's, paid for the glass.",
    "From Building Choices to Kaizen, a plain guide to the group programmes.",
    "His stepdad drove to Risley once a month.",
    "I stayed at Travelodge for a week after I got out.",
    "After the session Parkrun was the next thing on his list.",
]


def story(body: str) -> str:
    return f"Title: A story\nDate: 2026-01-01\nConsent: CS-2026-001\n\n{body}\n"


def name_errors(body: str) -> list[str]:
    return [f.text for f in check_story(story(body)).findings if f.kind == "person_name" and f.severity == "error"]


def listed(word: str) -> bool:
    key = fold(word.removesuffix("'s"))
    return any(key in known for known in (given_names(), surnames(), common_words(), proper_nouns(), places(),
                                           gazetteer()))


@pytest.mark.parametrize(("sentence", "name"), NAMED)
def test_a_name_no_list_knows_is_found_where_a_person_stands(sentence: str, name: str) -> None:
    assert name in name_errors(sentence)


@pytest.mark.parametrize("sentence", NOT_NAMED)
def test_a_word_no_list_knows_is_no_name_in_a_place_or_thing_slot(sentence: str) -> None:
    assert name_errors(sentence) == []


def test_the_names_are_in_no_list() -> None:
    """Otherwise the lists, not the model, would find them."""
    unknown = {"Tyreek", "Shaznay's", "Oluwadamilare", "Wayno", "Saanvi", "Xaaji", "Azeez", "Eesa",
               "Deano", "Naqibullah", "Macca"}
    assert {name for _, name in NAMED} >= unknown
    assert [name for name in sorted(unknown) if listed(name)] == []


def test_the_model_tells_names_from_other_words_by_their_letters() -> None:
    names = ["Wojtek", "Deano", "Oluwadamilare", "Inaaya", "Tayla", "Zayyan"]
    others = ["Crimestoppers", "Toolstation", "Travelodge", "Possilpark", "Citalopram", "Fortnite"]
    assert min(score(w) for w in names) > 0 > max(score(w) for w in others)


def test_the_shipped_table_is_what_training_on_the_shipped_lists_gives() -> None:
    """Within rounding, and a few words added to a list since: rebuild it when the lists change much
    (`python -m plugins.anonymity.name_model --train`)."""
    shipped = {gram: float(weight) for gram, weight in (line.split("\t") for line in
               TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))}
    trained = train(*training_words())
    common = shipped.keys() & trained.keys()
    assert len(common) >= 0.98 * max(len(shipped), len(trained))
    assert max(abs(shipped[gram] - trained[gram]) for gram in common) <= 0.1
