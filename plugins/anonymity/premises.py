"""Where a person is inside a place, and points on a map: "Room 7", "flat 41", "cell 214",
"at no. 31", "///tender.ladder.pockets", "SN 6712 2459".

A room in an approved premises, a flat in a named block, a cell on a wing or a house number
without its street each lead to one door once the place is known, and a story names the place
(its team, its town) more often than not: they are errors. Rooms that are public ("interview
room 2", "court 3", "meeting room 4") are not anyone's. A what3words address or an Ordnance
Survey grid reference is a three-metre square or a ten-metre square: an error wherever it is.

A small place named as where someone works, studies, is registered, prays or drinks is an error
too: a firm named with its trade ("Dobson's Joinery"), a primary school, a GP surgery, a
children's home, a mosque or chapel, a pub. In a small town each has a handful of staff, a few
hundred pupils or one landlord, and the story's other details pick the person out; a reader
who knows the place knows who is meant. Public bodies and chains are not listed (Timpson,
Tesco, HMP ..., a Crown Court: no trade word, or a brand in data/places_slingshot.txt), and the
trust's allow-list accepts its own. A secondary school, a college or an employer named without
its trade stays a warning (quasi.py): a larger place, where the name alone narrows less.
A named house or farm said to be someone's ("Cefn Llwyd, her family's farm") and a named block
of flats ("the St Brigid's flats") are homes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit
from .lexicon import common_words, fold, given_names, places, sections
from .probes import first, lower_of, matches_from, one_level_trie, starts_of

# A room, flat, cell, bed or house with its number, in any case ("room 12", "Cell 214"): matched
# on the lower-cased text, tried only where a room word starts (found with `str.find`).
ROOM = re.compile(r"(?:room|flat|cell|bedroom|bedsit|bed space|bedspace|house)[ \t]+\d{1,4}[a-z]?(?![\w/.,]\d|\w)")
ROOM_WORDS = ("room ", "flat ", "cell ", "bed", "house ")
# Rooms that belong to everybody: the word just before the room word.
PUBLIC_ROOM = re.compile(
    r"(?i)\b(?:interview|meeting|consulting|consultation|court|class|group|training|waiting|visits?|"
    r"visiting|control|store|staff|committee|conference|board|function|hotel|exam|therapy|"
    r"treatment|counselling|quiet|multi-faith|prayer|common|day|tv|games|music)[ \t]+$")
# A house number without its street, after "at" or a home ("next door, number 2"); not a bus.
# Found from "number"/"no." in the lower-cased text; what stands before it is checked after.
HOUSE_NUMBER = re.compile(
    r"n(?:umber|o\.)[ \t]?\d{1,4}[a-z]?\b(?![ \t]+(?:bus|route|tram|platform|stand|gate|shirt|"
    r"in|on|of|spot|seed|ranked|position|priority|rule|one|top)\b)")
HOUSE_BEFORE = re.compile(
    r"(?:\b(?:at|lives|lived|living|stays?|stayed|door|house|home|bungalow|terrace|cottage)[ \t\n,]+|,[ \t\n]+)$")
WHAT3WORDS = re.compile(r"(?<![:/\w])///?[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20}\b")
# An Ordnance Survey grid reference: a 100 km square, then easting and northing of equal length.
# From the square's first letter (one of five capitals, which the engine skips to quickly).
GRID = re.compile(r"[HNOST][A-HJ-Z][ \t]?(?:\d{3}[ \t]?\d{3}|\d{4}[ \t]?\d{4}|\d{5}[ \t]?\d{5})(?![\w])")
_MAP = "A what3words address or a grid reference marks a spot a few metres across"


def find_premises(text: str) -> Iterator[Hit]:
    """Rooms, flats and cells with their number, house numbers after a home, map references."""
    lower = lower_of(text)
    if len(lower) == len(text):
        for m in first(matches_from(ROOM, lower, starts_of(lower, ROOM_WORDS))):
            if _word_start(text, m.start()) and not PUBLIC_ROOM.search(text, max(0, m.start() - 30), m.start()):
                yield _hit(*m.span(), "A room, flat or cell number, with the place it is in, leads to one door")
        for m in first(HOUSE_NUMBER.finditer(lower)):
            if _word_start(text, m.start()) and HOUSE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                yield _hit(*m.span(), "A house number, with the street or the place around it, leads to one door")
    if "//" in text:
        for m in first(WHAT3WORDS.finditer(text)):
            yield _hit(*m.span(), _MAP)
    for m in first(GRID.finditer(text)):
        if _word_start(text, m.start()):
            yield _hit(*m.span(), _MAP)
    yield from find_named_premises(text)
    yield from _named_homes(text)


# A home named, then said to be someone's: "grew up on Cefn Llwyd, her family's sheep farm".
HOME_OWNER = re.compile(r",[ \t\n]+(?:her|his|their|my|our)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,2}?"
                        r"(?:farm|cottage|house|home|bungalow|smallholding|croft|caravan|flat)\b")
# One to three capitalised words, with the small words of Welsh and Gaelic names between them.
NAME_BEFORE_COMMA = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+(?:(?:y|yr|na|nan|an)[ \t]+)?[A-Z][\w’'-]*){0,2}$")
# A block of flats by name: "in the St Brigid's flats", "at the Pendle Court flats".
BLOCK = re.compile(r"flats\b")
BLOCK_NAME = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]+$")


def _named_homes(text: str) -> Iterator[Hit]:
    """A named house or farm that the next words make someone's, and a named block of flats."""
    for m in first(HOME_OWNER.finditer(text)):
        name = NAME_BEFORE_COMMA.search(text, max(0, m.start() - 60), m.start())
        if name and not _everyday_or_person(name.group()):
            yield _hit(*name.span(), "A home named as someone's leads to their door")
    for m in first(BLOCK.finditer(text)):
        if m.start() and text[m.start() - 1] in " \t\n" and (
                block := BLOCK_NAME.search(text, max(0, m.start() - 60), m.start())):
            yield _hit(block.start("name"), m.end(), "A named block of flats, with the story, leads to a door")


def _everyday_or_person(name: str) -> bool:
    """ "Yesterday, her house", "Dean, his mum's house": not a home's name."""
    words = [fold(word) for word in name.split() if word[0].isupper()]
    return all(word in common_words() for word in words) or len(words) == 1 and words[0] in given_names()


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_/")


def _hit(start: int, end: int, message: str) -> Hit:
    return Hit(start, end, "address", ERROR, message, "leave the number out; name the town at most")


_PREMISES = sections("premises_words.txt")
_NAME_WORD = r"(?:[A-Z][\w’'-]*|&|and|C of E|CofE|RC)"


def _trie(entries: tuple[str, ...] | list[str]) -> str:
    """Entries as one alternation from their first letter (a literal the engine finds quickly),
    longest first, spaces written as any run of spaces or tabs."""
    ordered = sorted(entries, key=len, reverse=True)
    return one_level_trie([re.escape(e).replace(r"\ ", r"[ \t]+") for e in ordered])


_ENDINGS = frozenset(" ".join(w.split()) for kind in ("trade", "school", "health", "care", "worship", "pub")
                     for w in _PREMISES[kind])
_FIRSTS = frozenset(_PREMISES["name first"])
_PUBS = frozenset(_PREMISES["pub name"])
# Every word that says what a place is, every word that starts a name, every pub name: one pass
# over the text from their first letters; which one was read is looked up after.
_ALL = sorted(_ENDINGS | _FIRSTS | _PUBS)
KEYWORD = re.compile(_trie([w for w in _ALL if w[0].isupper()]) + r"(?![\w’'-])")
# Endings in lower case ("children's home"): found whole with `str.find`.
_LOWER_ENDINGS = tuple(sorted({form for w in _ALL if not w[0].isupper() for form in (w, w.replace("'", "’"))}))
LOWER_KEYWORD = re.compile(_trie(list(_LOWER_ENDINGS)) + r"(?![\w’'-])")
# A pub of any name where someone drinks, is barred or keeps the bar: "thrown out of the Anchor",
# "drinks in the Plough", "the landlady of the Swan". Found from "the" and a capital (a literal
# the engine finds quickly); the words before it are checked after.
THE_NAME = re.compile(r"the[ \t]+(?P<pub>[A-Z][\w’'-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]+)?)")
DRINKS_BEFORE = re.compile(
    r"\b(?:drinks?|drank|drinking|barred|thrown[ \t]+out|kicked[ \t]+out|landlord|landlady|regulars?|"
    r"lock-in|pints?)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|at|of|from)[ \t]+$")
PUBLIC_BODY = re.compile(r"\b(?:Court|Hospital|Station|Centre|Hall|Library|Prison|Office|Council|University|College)\b")
LTD = re.compile(r"[ \t]+Ltd\b")
NAME_BEFORE = re.compile(rf"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+{_NAME_WORD}){{0,3}}?[ \t]+$")
NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*){1,3}")
_NOT_A_NAME = frozenset("The A An His Her Their Our My Your At In On To From By For With And Of".split())


def find_named_premises(text: str) -> Iterator[Hit]:
    """Small firms with their trade, primary schools, surgeries, children's homes, places of
    worship and pubs, by name."""
    keywords = [*first(KEYWORD.finditer(text)),
                *first(matches_from(LOWER_KEYWORD, text, starts_of(text, _LOWER_ENDINGS)))]
    for m in keywords:
        word = " ".join(m.group().split())
        if word in _ENDINGS and (span := _named_before(text, m.start(), m.end())):
            yield _named(*span)
        if word in _FIRSTS and _word_start(text, m.start()) and (rest := NAME_AFTER.match(text, m.end())):
            yield _named(m.start(), rest.end())
        if word in _PUBS and text[max(0, m.start() - 4) : m.start()] in ("the ", "The "):
            yield _named(*m.span())
    for m in first(THE_NAME.finditer(text)):
        if (m.start() and text[m.start() - 1] in " \t\n" and DRINKS_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and not _chain([m["pub"]]) and fold(m["pub"]) not in places() and not PUBLIC_BODY.search(m["pub"])):
            yield _named(*m.span("pub"))


def _named_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The one to four words of a name before the word that says what the place is, from the
    first word that is not "the", "at", "his"... ("at Greenhead Surgery": "Greenhead Surgery")."""
    name = NAME_BEFORE.search(text, max(0, start - 120), start)
    if name is None:
        return None
    end = ltd.end() if (ltd := LTD.match(text, end)) else end
    first_word, words = name.start(), text[name.start() : end].split()
    while words and words[0] in _NOT_A_NAME:
        first_word = text.index(words[1], first_word + len(words[0])) if len(words) > 1 else end
        words = words[1:]
    return (first_word, end) if len(words) > 1 and not _chain(words) else None


def _chain(words: list[str]) -> bool:
    """A brand or a public body is not a small place: "Greggs Bakery", "Tesco Cafe"."""
    return places().get(fold(words[0].removesuffix("'s").removesuffix("’s"))) == "organisation"


def _named(start: int, end: int) -> Hit:
    return Hit(start, end, "address", ERROR,
               "A named small firm, primary school, surgery, children's home, place of worship or pub, "
               "with what the story says of someone there, leads to them in a small town",
               "describe the place instead (\"a joiner's\", \"her primary school\", \"a pub in the town\")")
