"""The story's one reading of its capitalised words (capitalised.py) gives each detector what its
own scan of the story gave: the name detector's words of a segment, and the words in which a story
may name a city."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.anonymity import neighbourhoods
from plugins.anonymity.capitalised import TOKEN, words_of
from plugins.anonymity.lexicon import fold, gazetteer, places

ROOT = Path(__file__).resolve().parent
EDGES = [
    "", "A", "a B", "O'Brien and Ashworth-Pryce", "ST MUNGO'S RC PRIMARY SCHOOL & NURSERY", "x" + "Y" * 60,
    "Zoë, Łukasz and Ólafur", "’Tis Anne’s", "-Kev", "Ab" * 30 + " Cd", "Bradford\nLEEDS  MANCHESTER-ish",
    "é É Σ Ω İstanbul", "MY NAN'S HOUSE ON CROSS ST", "ends in a Capital",
]


def texts() -> list[str]:
    folders = ("corpus", "anonymity_cases")
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted((ROOT / folder).glob("*.md"))] + EDGES


def test_the_words_of_a_stretch_are_what_a_scan_of_it_finds() -> None:
    for text in texts():
        size = len(text)
        for start, end in ((0, size), (3, 60), (size // 2, size), (1, size + 5), (7, 8), (size // 3, 2 * size // 3)):
            found = [m.span() for m in TOKEN.finditer(text, start, end)]
            assert [m.span() for m in words_of(text).between(start, end)] == found, (text[:40], start, end)


@pytest.mark.parametrize("city", ["Leeds", "Bradford", "Milton Keynes"])
def test_a_city_is_named_as_a_scan_of_capitalised_words_says(city: str) -> None:
    for text in [*texts(), f"She grew up in {city}.", f"{'Q' * 50}{city}", f"x{city}"]:
        scanned = any(places().get(fold(m.group())) == "city"
                      or gazetteer().get(fold(m.group()), 0) >= neighbourhoods.BIG_TOWN
                      for m in neighbourhoods.CAPITALISED.finditer(text))
        assert neighbourhoods.names_a_city("".join(text)) == scanned
