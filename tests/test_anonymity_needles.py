"""`starts_of` answered from one Aho-Corasick reading of a story (needles.py) gives the same
offsets as a `str.find` of each needle: in the story and in its lower-cased copy, over the
whole text or part of it, for capitals, accents, curly quotes and strings that overlap."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.anonymity import dates, identifiers, online, premises, quasi, shapes, whereabouts
from plugins.anonymity.probes import each_start, lower_of, starts_of


ROOT = Path(__file__).resolve().parent
EDGES = [
    "", "a", "aaaa", "Flat 4, Unit 7, c/o Ap", "Apple apps AP", "İstanbul room 7, İİ flat 2", "ΣΑΣ ΟΔΟΣ room 3",
    "Straße, STRASSE", "O’Neill’s — the ‘Mc’ – o’ Mac", "mushroom 5 broom no7", "Bay BAY bay", "exclusion zone",
    "stay stays staying", " in  on  off ", "facebook.com/x FB insta", "ﬁrst ﬂat 3",
    "b. 1990, DOB", "urodził się", "her Insta name", "kylem04 at gmail", "IMG_2231.PNG, chat.jpeg",
    "St Anne's Sixth Form College", "Present: LH, apologies", "her\tmum's", "is\nfound",
]
NEEDLE_SETS = [
    premises.ROOM_WORDS, online._PLATFORM_KEYS, whereabouts.EXCLUDED_KEYS, shapes._FIELD_KEYS,
    ("Flat", "Ap", "Unit", "c/o"), ("'s", "’s"), ("O’", "Mc", "Mac"), (" – ", " — "), ("aa", "a", "A"),
    (" in ", " on ", " off "), ("İi", "ﬂat", "σς", "ss", "ß"), identifiers._KEYS,
    # Whether any of these stands in a story is told from the reading too.
    dates._BIRTH_CUES, dates._SHORTEST_KEYS, online._DISPLAY_KEYS, online._bare_providers(),
    online._IMAGE_EXTENSIONS, quasi._SCHOOL_WORDS, shapes._ATTENDANCE_KEYS, premises.KEYWORD_LEADS,
    whereabouts.CUE_LEADS,
]


def plain_starts(text: str, keys: tuple[str, ...], start: int, end: int | None) -> list[int]:
    """The simple finder: every `str.find` of every needle."""
    found = []
    for needle in keys:
        at = text.find(needle, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1, end)
    return sorted(set(found))


def texts() -> list[str]:
    folders = ("corpus", "anonymity_cases")
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted((ROOT / folder).glob("*.md"))] + EDGES


@pytest.mark.parametrize("keys", NEEDLE_SETS)
def test_one_reading_finds_what_a_find_for_each_needle_finds(keys: tuple[str, ...]) -> None:
    for text in texts():
        text = "".join(text)  # a fresh object: no reading of it is kept yet
        for written in (text, lower_of(text)):
            for start, end in ((0, None), (3, 60), (len(text) // 2, len(text)), (1, len(text) + 5)):
                assert starts_of(written, keys, start, end) == plain_starts(written, keys, start, end)


@pytest.mark.parametrize("keys", NEEDLE_SETS)
def test_each_needle_is_found_where_a_find_finds_it(keys: tuple[str, ...]) -> None:
    for text in texts():
        text = "".join(text)
        for written in (text, lower_of(text)):
            found = each_start(written, keys)
            assert {key: found.get(key, []) for key in keys} == {key: plain_starts(written, (key,), 0, None) for key in keys}
            assert all(found.values())  # a needle the text does not hold is no key


def test_needles_learnt_between_two_questions_about_one_story_are_found() -> None:
    text = "Her flat 4 is on the quayside; she moored the boat at Quayside Marina."
    assert starts_of(text, ("flat",)) == [4]
    assert starts_of(lower_of(text), ("quayside", "marina")) == plain_starts(lower_of(text), ("quayside", "marina"), 0, None)
    assert starts_of(text, ("Quayside", "flat")) == [4, 54]
