"""Word and name knowledge shipped in data/ (sources and licences in data/README.md).

Everything is loaded once, on first use, into sets keyed by `fold(word)`: lower case with
accents removed, so "Sinéad" and "Sinead" are the same entry.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

# Weight of a given name from a source without frequencies; nam_dict gives 1 (rare) to 13.
HAND_WEIGHT = 10
CENSUS_WEIGHT = 7


@cache
def fold(word: str) -> str:
    """Lower-case `word` and strip accents and apostrophes, for dictionary look-ups."""
    if word.isascii():  # the same result, five times sooner: most of 80,000 names at start
        return word.lower().replace("'", "")
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """Entries of a data file grouped by their '[section]' header ('' before the first)."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            found.setdefault(current, [])
        else:
            found[current].append(line)
    return {key: tuple(values) for key, values in found.items()}


def _section(name: str, section: str) -> list[str]:
    return list(sections(name).get(section, ()))


@cache
def name_cues() -> dict[str, object]:
    """The cue word lists and the recogniser table of the name rules: data/name_cues.toml."""
    with (DATA / "name_cues.toml").open("rb") as file:
        return tomllib.load(file)


def cue_list(key: str) -> frozenset[str]:
    """One list of data/name_cues.toml: a string of words, or an array of entries with spaces."""
    value = name_cues()[key]
    return frozenset(value.split() if isinstance(value, str) else value)


@cache
def common_words() -> frozenset[str]:
    """Lower-case English words (SCOWL), the test for 'this capitalised word is also a word'."""
    return frozenset(_lines("common_words_scowl.txt"))


@cache
def proper_nouns() -> frozenset[str]:
    """Capitalised SCOWL entries that are not given names: places, brands, famous surnames."""
    return frozenset(fold(w) for w in _lines("proper_nouns_scowl.txt"))


@cache
def given_names() -> dict[str, int]:
    """Given names with a weight from 1 (rare) to 13 (very common in some country)."""
    weights: dict[str, int] = {}
    for line in _lines("given_names_namdict.tsv"):
        name, _, weight = line.partition("\t")
        key = fold(name)
        weights[key] = max(weights.get(key, 0), int(weight))
    hand = [n for section in sections("given_names_slingshot.txt").values() for n in section]
    for names, weight in ((_lines("given_names_census.txt"), CENSUS_WEIGHT), (hand, HAND_WEIGHT)):
        for name in names:
            key = fold(name)
            weights[key] = max(weights.get(key, 0), weight)
    return weights


@cache
def message_words() -> frozenset[str]:
    """Words of texts and posts that the dictionary lacks ("lol", "bae", "peng"): never names there."""
    return frozenset(fold(w) for w in _lines("message_words_slingshot.txt"))


@cache
def kinship_words() -> frozenset[str]:
    """Kinship words of many languages used as a name of address ("Hooyo", "Nne", "Babcia")."""
    return frozenset(fold(w) for w in _lines("kinship_words.txt"))


@cache
def names_first() -> frozenset[str]:
    """Given names that are also English words but in a story are far more often a person."""
    return frozenset(fold(n) for n in _section("given_names_slingshot.txt", "names first"))


@cache
def surnames() -> frozenset[str]:
    """Surnames: US census 1990 (many of British and Irish origin) and a hand-made list."""
    return frozenset(fold(n) for n in _lines("surnames_census.txt") + _lines("surnames_slingshot.txt"))


# The lists of places and other proper nouns that are no person, by category ('[section]').
PUBLIC_LISTS = ("places_slingshot.txt", "brands_slingshot.txt", "works_slingshot.txt",
                "public_places_slingshot.txt", "name_phrases_slingshot.txt")


@cache
def public_phrases() -> tuple[str, ...]:
    """Entries of several words ("Marks and Spencer", "Citizens Advice", "Nelson Mandela"), masked
    like the allow-list so that a first name inside them ("Spencer") is not read as a person."""
    listed = [e for name in PUBLIC_LISTS for entries in sections(name).values() for e in entries if " " in e]
    return tuple(listed + [e for e in _lines("public_figures.txt") if " " in e])


@cache
def foreign_month_names() -> tuple[str, ...]:
    """Month names of other languages (data/month_names_cldr.txt; the English ones are in dates.py)."""
    return tuple(name for names in sections("month_names_cldr.txt").values() for name in names)


@cache
def places() -> dict[str, str]:
    """Place and other non-person proper nouns (one or more words) mapped to their category;
    public figures ("Mandela") are "public figure"."""
    found = {fold(entry): "public figure" for entry in _lines("public_figures.txt")}
    found.update(
        (fold(entry), category)
        for name in PUBLIC_LISTS
        for category, entries in sections(name).items()
        for entry in entries
    )
    return found


@cache
def street_types() -> dict[str, tuple[str, ...]]:
    """Street words by how addresses use them ('named street', 'street before the name', ...),
    and the words around a street that make it a landmark: data/street_types.txt."""
    return sections("street_types.txt")


# A village: ONS counts settlements under 10,000 people as rural; GeoNames lists places of 500
# or more. Under 2,000 people a place is a village or a hamlet, where a person's story finds
# their house.
VILLAGE = 2_000


def is_village(phrase: str) -> bool:
    """A village or hamlet of the gazetteer that is no known place of another kind (a body, a
    region: data/places_slingshot.txt)."""
    key = fold(phrase).replace("-", " ")
    return 0 < gazetteer().get(key, 0) < VILLAGE and not (places().get(fold(phrase)) or places().get(key))


@cache
def gazetteer() -> dict[str, int]:
    """UK populated places (GeoNames) keyed by `fold(name)` with hyphens read as spaces
    ("Barrow-in-Furness" is "barrow in furness"), each with the largest population of a place
    of that name: a name shared with a big town does not point at a village. 0: not known."""
    populations: dict[str, int] = {}
    for line in _lines("places_geonames_uk.tsv"):
        name, population, _ = line.split("\t")
        key = fold(name).replace("-", " ")
        populations[key] = max(populations.get(key, 0), int(population))
    return populations
