"""Where a person is inside a place, and points on a map: "Room 7", "flat 41", "cell 214",
"pitch 14", "at no. 31", "PO Box 7741", "///tender.ladder.pockets", "SN 6712 2459",
"52.5863, -2.1229", "G8R2+J7".

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
A named house or farm said to be someone's ("Cefn Llwyd, her family's farm", "Pascoe's dairy,
Carn Bosavern", "the farm where he works, Cae'r Gors"), a named block of flats ("the St Brigid's
flats") and a townland or hamlet by name are homes. A trade may be written in lower case after
the name ("Hughes's chip shop", "the Yelverton surgery"), but not after a first name alone (a
pseudonym's "corner shop"), a day, a faith or a big town ("a Leeds café"); a farm in lower case
only after a name of two words or more ("Cwm Clyd farm", not "the Brocklehurst farm"). A trade
that is someone's, on a named street or in a small place ("my chippy on Borough Road"), a
business by its owner's surname ("Kwok's Golden Dragon") and a home placed against a landmark in
a named place ("the end terrace by the level crossing in Purton") are errors too.

So are a village club ("Bloomfield Bowling Club") and an amateur side by its team ("Bury Park
Tigers 2nd XI", "the under-nines at Conisbrough Ivanhoe"), unless named for a big town, a county
or a region; a mill, a packhouse or a car wash in lower case after a small place's name ("at the
Templeborough rolling mill"); and a school or college where someone studies, said by a cue
before it ("kicked out of Furness College") or what was studied after it ("Denbigh High School,
GCSEs 2011"), unless named for a big town ("a course at Oldham College" stays a warning). A
firm no list knows where someone works or worships, named with its town ("works at Fenmarsh
Produce in Wyberton"), is one site: an error; and so is a small place named by its own name just
before its street ("at Goals on Bude Road", places.py asks `names_a_place_before`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby

from .findings import ERROR, Hit
from .lexicon import common_words, fold, gazetteer, given_names, places, sections, street_types, surnames
from .neighbourhoods import _GENERIC as GENERIC
from .neighbourhoods import is_neighbourhood, public_place_after
from .probes import (digit_led, digit_run_starts, first, lower_of, matches_from, needle_pattern, needle_starts,
                     one_level_trie, starts_of)

# A room, flat, cell, bed or house with its number, in any case ("room 12", "Cell 214"): matched
# on the lower-cased text, tried only where a room word starts (found with `str.find`).
# A pitch, stall, plot, berth or mooring by its number is one person's too ("pitch 14", "stall 27").
# Short forms as notices and rotas write them: "Rm 4", "rm.7", "bay 2" (a caravan's or a bed's).
# A prison landing or spur by its number is a few cells ("Erne House, landing 2").
ROOM = re.compile(r"(?:room|rm\.?|flat|cell|bedroom|bedsit|bed space|bedspace|house|pitch|stall|plot|berth|bay|landing|spur)[ \t]*"
                  r"(?<=[ \t.])(?:no\.?[ \t]?)?\d{1,4}[a-z]?(?![\w/.,]\d|\w)")
ROOM_WORDS = ("room ", "rm", "flat ", "cell ", "bed", "house ", "pitch ", "stall ", "plot ", "berth ", "bay ", "landing ",
              "spur ")
# The room words that end with a space are found from that space, where spaces or a number or "no"
# follow it, as every match of ROOM from one of them has: the regex engine skips to a space sooner
# than `str.find` reads the text once a word, and most spaces fail at the next letter. The word
# before the space is read back, one look-behind for each length (no word ends another).
_SPACED_ROOMS = sorted({word[:-1] for word in ROOM_WORDS if word.endswith(" ")}, key=lambda word: (len(word), word))
ROOM_SPACE = re.compile(r" (?=[ \t]*(?:\d|no))(?:" + "|".join(
    f"(?<=({'|'.join(words)}) )" for _, words in groupby(_SPACED_ROOMS, key=len)) + ")")
_WHOLE_ROOMS = tuple(word for word in ROOM_WORDS if not word.endswith(" "))
# Rooms that belong to everybody: the word just before the room word.
_PUBLIC_ROOMS = (
    r"(?:interview|meeting|consulting|consultation|court|class|group|training|waiting|visits?|"
    r"visiting|control|store|staff|committee|conference|board|function|hotel|exam|therapy|"
    r"treatment|counselling|quiet|multi-faith|prayer|common|day|tv|games|music|football|rugby|cricket|"
    r"astro|five-a-side|7-a-side|hockey|tennis|bowling|car[ \t]+park|loading|parking|disabled|delivery|bus|sick|"
    r"ambulance|drive-through)")
PUBLIC_ROOM = re.compile(rf"(?i)\b{_PUBLIC_ROOMS}[ \t]+$")
# Or the room named one of them just after its number: "Room 101 is the interview room", "Room 4
# (the group room)".
PUBLIC_ROOM_AFTER = re.compile(rf"(?i)[ \t]*(?:\(|,|[ \t]+(?:is|was)\b)[ \t]*(?:the|our)[ \t]+{_PUBLIC_ROOMS}[ \t]+room\b")
# A house number without its street, after "at" or a home ("next door, number 2"); not a bus.
# Found from "number"/"no." in the lower-cased text; what stands before it is checked after.
HOUSE_NUMBER = re.compile(
    r"n(?:umber|o\.)[ \t]?\d{1,4}[a-z]?\b(?![ \t]+(?:bus|route|tram|platform|stand|gate|shirt|"
    r"in|on|of|spot|seed|ranked|position|priority|rule|one|top)\b)")
HOUSE_BEFORE = re.compile(
    r"(?:\b(?:at|lives|lived|living|stays?|stayed|door|house|home|bungalow|terrace|cottage)[ \t\n,]+|,[ \t\n]+)$")
WHAT3WORDS = re.compile(r"(?<![:/\w])///?[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20}\b")
# An Ordnance Survey grid reference: a 100 km square, then easting and northing of equal length.
# Tried only just before runs of digits (`_grid_references`).
GRID = re.compile(r"[HNOST][A-HJ-Z][ \t]?(?:\d{3}[ \t]?\d{3}|\d{4}[ \t]?\d{4}|\d{5}[ \t]?\d{5})(?![\w])")
_MAP = "A what3words address, a grid reference or map coordinates mark a spot a few metres across"
# Latitude and longitude in decimal degrees, to four places or more ("52.5863, -2.1229": ten
# metres), from the first digit; a minus sign before it is taken in after. Not "0.0012, 0.0340".
COORDINATES = re.compile(r"(?<![\w.])[1-9]\d?\.\d{4,8}°?[ \t]?[NSns]?,?[ \t]{1,3}-?\d{1,3}\.\d{4,8}°?(?:[ \t]?[EWew])?(?![\w.])")
DECIMALS = re.compile(r"\.\d{4}")  # a quick test: no coordinates without four decimals
# ... or in degrees, minutes and seconds: 52°35'10"N 2°07'22"W.
DMS = re.compile(r"(?<![\w.])\d{1,2}°[ \t]?\d{1,2}['′’][ \t]?(?:\d{1,2}(?:\.\d+)?(?:[\"″”]|['′’]{2})?)?[ \t]?[NS],?[ \t]{0,3}"
                 r"\d{1,3}°[ \t]?\d{1,2}['′’][ \t]?(?:\d{1,2}(?:\.\d+)?(?:[\"″”]|['′’]{2})?)?[ \t]?[EW]")
# A plus code (Open Location Code): four to eight code characters, "+", two or three more
# ("G8R2+J7", "9C4WG8R2+J7"); found from the "+", the characters before it checked in code.
PLUS_CODE = re.compile(r"\+[2-9CFGHJMPQRVWX]{2,3}(?![\w+])")
_CODE_CHARS = frozenset("23456789CFGHJMPQRVWX")
# A post office box ("PO Box 7741", "P.O. Box 12"): mail reaches one person there.
PO_BOX = re.compile(r"(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]+(?:Box|BOX)[ \t]+\d{1,6}\b")


def _grid_references(text: str) -> Iterator[re.Match[str]]:
    """`GRID.finditer(text)`, tried only two or three characters before a run of digits (the
    letters, then maybe a space): most stories have few digits, and a scan for the letters'
    class would read every character."""
    starts = sorted({at for run in digit_run_starts(text) for at in (run - 3, run - 2) if at >= 0})
    return matches_from(GRID, text, starts)


def find_premises(text: str) -> Iterator[Hit]:
    """Rooms, flats and cells with their number, house numbers after a home, map references."""
    lower = lower_of(text)
    if len(lower) == len(text):
        for m in first(matches_from(ROOM, lower, _room_starts(lower))):
            if (_word_start(text, m.start()) and not PUBLIC_ROOM.search(text, max(0, m.start() - 30), m.start())
                    and not PUBLIC_ROOM_AFTER.match(text, m.end())):
                yield _hit(*m.span(), "A room, flat or cell number, with the place it is in, leads to one door")
        for m in first(HOUSE_NUMBER.finditer(lower)):
            if _word_start(text, m.start()) and HOUSE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                yield _hit(*m.span(), "A house number, with the street or the place around it, leads to one door")
    if "//" in text:
        for m in first(WHAT3WORDS.finditer(text)):
            yield _hit(*m.span(), _MAP)
    for m in first(_grid_references(text)):
        if _word_start(text, m.start()):
            yield _hit(*m.span(), _MAP)
    yield from _map_points(text)
    if "Box " in text or "BOX " in text:
        for m in first(PO_BOX.finditer(text)):
            yield _hit(*m.span(), "A post office box is where one person's mail is collected")
    lower_starts = starts_of(text, _LOWER_STARTS)  # from the story's one reading (needles.py)
    yield from find_named_premises(text, lower_starts, starts_of(text, KEYWORD_LEADS))
    yield from _schools(text)
    yield from _childrens_places(text)
    yield from _workplaces(text, lower_starts)
    yield from _sides(text)
    if len(lower_of(text)) == len(text):
        job_starts = starts_of(lower_of(text), _JOB_KEYS)
        yield from _branches(text, job_starts)
        yield from _placed_firms(text, job_starts)
    yield from _communities(text)
    yield from _rites(text)
    yield from _in_capitals(text)
    yield from _named_homes(text)
    yield from _placed_homes(text, lower_of(text))
    yield from _owned_businesses(text, starts_of(text, ("'s", "’s")))


def _room_starts(lower: str) -> list[int]:
    """The offsets of `starts_of(lower, ROOM_WORDS)` where ROOM may match (`ROOM_SPACE`)."""
    spaced = {m.start(m.lastindex) for m in ROOM_SPACE.finditer(lower)}
    return sorted(spaced.union(starts_of(lower, _WHOLE_ROOMS)))


def _map_points(text: str) -> Iterator[Hit]:
    """Coordinates in decimal degrees or in degrees and minutes, and plus codes."""
    if DECIMALS.search(text):
        for m in first(digit_led(COORDINATES, text, run_start=True)):
            start = m.start() - (m.start() > 0 and text[m.start() - 1] == "-")
            yield _hit(start, m.end(), _MAP)
    if "°" in text:
        for m in first(DMS.finditer(text)):
            yield _hit(*m.span(), _MAP)
    if "+" in text:
        for m in first(PLUS_CODE.finditer(text)):
            start = m.start()
            while start > m.start() - 8 and start and text[start - 1] in _CODE_CHARS:
                start -= 1
            code = text[start : m.end()]
            if m.start() - start in (4, 6, 8) and _word_start(text, start) and any(c.isdigit() for c in code) \
                    and any(c.isalpha() for c in code):
                yield _hit(start, m.end(), _MAP)


# A home named, then said to be someone's: "grew up on Cefn Llwyd, her family's sheep farm".
HOME_OWNER = re.compile(r",[ \t\n]+(?:her|his|their|my|our)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,2}?"
                        r"(?:farm|cottage|house|home|bungalow|smallholding|croft|caravan|flat)\b")
# One to three capitalised words, with the small words of Welsh and Gaelic names between them.
NAME_BEFORE_COMMA = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+(?:(?:y|yr|na|nan|an)[ \t]+)?[A-Z][\w’'-]*){0,2}$")
# A block of flats by name: "in the St Brigid's flats", "at the Pendle Court flats".
BLOCK = re.compile(r"flats\b")
BLOCK_NAME = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]+$")
# ... or without "the", after a comma, a preposition or a table's bar: "where his ex lives,
# Hollowgate flats", "| Kirkgate flats |", "moved into Linden flats" (not a town's: "Leeds flats").
BARE_BLOCK_NAME = re.compile(r"(?:,|\||\b(?:in|into|at|on|from|to|off|near)|^)[ \t]+"
                             r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]+$", re.MULTILINE)


# ... or said to be someone's first, then named: "works for Jory Pascoe's dairy, Carn Bosavern",
# "the farm where he works, Cae'r Gors". From the comma before the name (a literal the regex
# engine finds fast), the home's word and its owner read back from there.
# A boat's name may follow "the" and stand in italics ("his uncle's creel boat, the *Sula Bonnie*").
NAME_AFTER_COMMA = re.compile(r",[ \t]+(?P<the>the[ \t]+)?(?P<mark>[*_]{1,2})?"
                              r"(?P<name>[A-Z][\w’'-]{0,40}(?:[ \t]+(?:(?:y|yr|na|nan|an)[ \t]+)?[A-Z][\w’'-]{0,40}){0,2})"
                              r"(?(mark)[*_]{1,2})(?=[ \t]*[,.;:)\n]|$)")
_HOME_WORDS = ("farm", "dairy", "yard", "boat")
HOME_BEFORE_COMMA = re.compile(
    r"(?:\b(?P<owner>her|his|their|my|our|[Tt]he)|[\w’'-]['’]s?)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?"
    r"(?i:farm(?:house)?|dairy|yard|boat)(?P<clause>[ \t]+(?:where|that)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?[\w’'-]+)?$")
# A townland or a hamlet is a handful of houses: "the townland of Drumnagh".
TINY_PLACE = re.compile(r"(?:townland|hamlet)[ \t]+of[ \t]+(?P<name>[A-Z][\w’'-]{0,40}(?:[ \t]+[A-Z][\w’'-]{0,40}){0,2})")


def _named_homes(text: str) -> Iterator[Hit]:
    """A named house or farm that the words before or after make someone's, a named block of
    flats, and a townland or hamlet by name."""
    for m in first(HOME_OWNER.finditer(text)):
        name = NAME_BEFORE_COMMA.search(text, max(0, m.start() - 60), m.start())
        if name and not _everyday_or_person(name.group()):
            yield _hit(*name.span(), "A home named as someone's leads to their door")
    for m in first(NAME_AFTER_COMMA.finditer(text)):
        window = text[max(0, m.start() - 80) : m.start()].lower()
        home = any(word in window for word in _HOME_WORDS) and HOME_BEFORE_COMMA.search(
            text, max(0, m.start() - 80), m.start())
        boat = home and home.group().lower().endswith("boat")
        if m["the"] and not boat:
            continue  # "the" before a name after a comma: a boat's ("the Morning Star"), not a farm's
        if home and (home["owner"] not in ("the", "The") or home["clause"]) and not (
                (_everyday_or_person(m["name"]) and not (boat and (m["mark"] or " " in m["name"])))
                or fold(m["name"]).replace("-", " ") in gazetteer() or fold(m["name"]) in places()):
            yield _hit(*m.span("name"), "A home named as someone's leads to their door")
    for m in first(matches_from(TINY_PLACE, text, starts_of(text, ("townland of", "hamlet of")))):
        if _word_start(text, m.start()):
            yield _hit(m.start(), m.end(), "A townland or a hamlet is a handful of houses: it leads to a door")
    for m in first(BLOCK.finditer(text)):
        if not (m.start() and text[m.start() - 1] in " \t\n"):
            continue
        block = BLOCK_NAME.search(text, max(0, m.start() - 60), m.start()) or BARE_BLOCK_NAME.search(
            text, max(0, m.start() - 60), m.start())
        if block and _block_name(block["name"]):
            yield _hit(block.start("name"), m.end(), "A named block of flats, with the story, leads to a door")


def _block_name(name: str) -> bool:
    """A block's own name, not a town's, a body's or everyday words ("Council flats")."""
    key = fold(name).replace("-", " ")
    return not (_everyday_or_person(name) or key in gazetteer() or key in places()
                or places().get(fold(name.split()[0])))


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


_ENDINGS = frozenset(" ".join(w.split()) for kind in ("trade", "school", "health", "care", "worship", "pub", "club")
                     for w in _PREMISES[kind])
# A club is a small place only when its name is not a big town's, a county's or a region's.
_CLUBS = frozenset(" ".join(w.split()) for w in _PREMISES["club"])
_FIRSTS = frozenset(_PREMISES["name first"])
_PUBS = frozenset(_PREMISES["pub name"])
# Every word that says what a place is, every word that starts a name, every pub name: one pass
# over the text from their first letters; which one was read is looked up after.
_ALL = sorted(_ENDINGS | _FIRSTS | _PUBS)
# A name's possessive may follow ("Zagros Mini Market's window").
_WORD_END = r"(?![\w-]|['’](?!s\b))"
KEYWORD = re.compile(_trie([w for w in _ALL if w[0].isupper()]) + _WORD_END)
# Every match of KEYWORD starts with one of these words: it is tried only there.
KEYWORD_LEADS = tuple(sorted({w.split()[0] for w in _ALL if w[0].isupper()}))
# Endings in lower case ("children's home", "Hughes's chip shop", "the Yelverton surgery"): found
# with `str.find` from their first four letters, then read whole; a name must stand before them.
_LOWER_ENDINGS = tuple(sorted({form for w in _ALL if not w[0].isupper() for form in (w, w.replace("'", "’"))}))
_LOWER_STARTS = tuple(sorted({ending[:4] for ending in _LOWER_ENDINGS}
                             | {w[:4] for w in _PREMISES["workplace"]}))  # one search for both
LOWER_STARTS = needle_pattern(_LOWER_STARTS)
LOWER_KEYWORD = re.compile(_trie(list(_LOWER_ENDINGS)) + _WORD_END)
# A pub of any name where someone drinks, is barred or keeps the bar: "thrown out of the Anchor",
# "drinks in the Plough", "the landlady of the Swan". Found from "the" and a capital (a literal
# the engine finds quickly); the words before it are checked after.
THE_NAME = re.compile(r"the[ \t]+(?P<pub>[A-Z][\w’'-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]+)?)")
DRINKS_BEFORE = re.compile(
    r"\b(?:drinks?|drank|drinking|barred|thrown[ \t]+out|kicked[ \t]+out|landlord|landlady|regulars?|"
    r"lock-in|pints?|barman|barmaid|bar[ \t]+staff|behind[ \t]+the[ \t]+bar|glass[ \t-]?collect(?:or|ing)|"
    r"quiz[ \t]+night|darts[ \t]+team|pool[ \t]+team|plays?[ \t]+(?:darts|pool|dominoes|crib)|"
    r"playing[ \t]+(?:darts|pool|dominoes|crib))[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|at|of|from|for)[ \t]+$")
PUBLIC_BODY = re.compile(r"\b(?:Court|Hospital|Station|Centre|Hall|Library|Prison|Office|Council|University|College)\b")
LTD = re.compile(r"[ \t]+Ltd\b")
NAME_BEFORE = re.compile(rf"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+{_NAME_WORD}){{0,3}}?[ \t]+$")
# The name after a word that starts one, with the articles of Welsh and Gaelic names ("Tafarn y Llong").
# ... and Polish "u" and "pod" ("Delikatesy u Janusza": Janusz's deli; "Bar pod Lipą").
NAME_AFTER = re.compile(r"(?:[ \t]+(?:(?:y|yr|na|nan|an|a'|'r|u|pod)[ \t]+)?[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŴŶ][\w’'-]*){1,3}")
# A capitalised word after a place's word that makes it part of a longer name: "Gladstone Pottery
# Museum" is a museum, not a pottery where someone works.
LONGER_NAME = re.compile(r"[ \t]+(?:Museum|Trust|Heritage|Society|Festival|Gallery|Company|Group|Association|"
                         r"Project|Foundation|Network|Collection|Exhibition|Village|Park|Works|Academy)\b")
# How big a town may be for "a <town> café" to name one small place (a village surgery does).
BIG_TOWN = 75_000
_NOT_A_NAME = frozenset("The A An His Her Their Our My Your At In On To From By For With And Of".split())


# A school or a college by name: one to four capitalised words, then its word ("Furness College",
# "Belle Vue Girls' Academy", "Denbigh High School", "Oriel High").
SCHOOL_WORD = re.compile(r"(?:School|Academy|College|Sixth[ \t]Form|High(?![ \t]+[A-Z]))(?![\w’'-])")
SCHOOL_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+(?:of[ \t]+)?){1,5}$")
_SCHOOL_WORDS = ("School", "Academy", "College", "Sixth Form", "High")
_STUDY = sections("whereabouts_cues.txt")["study"]
STUDY_BEFORE = re.compile(r"(?i:\b" + _trie(list(_STUDY)) + r"|\byear[ \t]+\d{1,2}[ \t]+at)[ \t]+(?:the[ \t]+)?$")
# ... or a child earlier in its sentence, then "at", "from" or "to" just before it.
CHILD_BEFORE = re.compile(r"(?i:\b(?:her|his|their|my|our|your|both|the|two|three|four|[a-z]+['’]s)[ \t]+(?:[\w-]+[ \t]+)?"
                          r"(?:" + _trie(list(sections("whereabouts_cues.txt")["child"])) + r"))(?![\w'’-])"
                          r"[^.!?\n]{0,60}?\b(?:at|from|to)[ \t]+(?:the[ \t]+)?$")
# ... or followed by what was studied there, as a CV lists it: "Denbigh High School, GCSEs 2011".
STUDIED_AFTER = re.compile(r",?[ \t]+(?:GCSEs?|A[- ]?[Ll]evels?|AS[- ][Ll]evels?|Highers|BTEC|NVQ|O[- ][Ll]evels|"
                           r"Nat(?:ional)?[ \t]?5s?)\b")
_BIG_PLACE = frozenset({"city", "region", "organisation"})


_WORKPLACES = _PREMISES["workplace"]
NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
WORKPLACE = re.compile(r"(?<![\w’'-])" + _trie(list(_WORKPLACES)) + r"(?![\w’'-])")
# "at the Templeborough rolling mill", or first in a table cell ("| Stena ferry terminal canteen |"): the
# place's name, then up to two lower-case words.
WORKPLACE_BEFORE = re.compile(r"(?:\b(?:at|in|for|from|to|into)[ \t]+the|\|)[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
                              r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")


def _workplaces(text: str, lower_starts: list[int]) -> Iterator[Hit]:
    """A mill, a packhouse or a quarry by the name of a small place: where someone works. Tried
    where a lower-case trade's first four letters stand (`_LOWER_STARTS`, which holds theirs)."""
    for m in first(matches_from(WORKPLACE, text, lower_starts)):
        if text.rfind("the", max(0, m.start() - 80), m.start()) < 0 and text.rfind("|", max(0, m.start() - 80),
                                                                                   m.start()) < 0:
            continue
        before = WORKPLACE_BEFORE.search(text, max(0, m.start() - 80), m.start())
        after = NEXT_WORD.match(text, m.end())
        if before is None or after and after[1] in _PUBLIC_PLACES | {"museum", "trail", "walk", "heritage"}:
            continue  # "the Brora laundry museum": a public place
        words = before["name"].split()
        if fold(before["name"]) in places() or _chain(words) or not _names_one_place(text, before.start("name"),
                                                                                      before.end("name")):
            continue
        yield _named(max(before.start("name") if "|" in before.group()[:2] else 0,
                         text.rfind("the", before.start(), before.start("name"))), m.end())


# An amateur side by its team: "Bury Park Tigers 2nd XI", "coached the under-nines at Conisbrough
# Ivanhoe", "plays for the U12s at Hallam Rangers". A club of a village or a park, where a player or
# a coach is found every week; not one named for a big town or known to the lists ("Barrow AFC").
_SIDE = r"(?:1st|2nd|3rd|4th|5th|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|A|B)[ \t]+(?:XI|[Tt]eam|[Ss]quad)"
SIDE_AFTER = re.compile(rf"(?<![\w’'-])(?P<club>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,3}})[ \t]+{_SIDE}$")
_SIDE_WORDS = (" xi", " team", " squad")  # in the lower-cased text
_ORDINAL_WORDS = [[w] for w in "1st 2nd 3rd 4th 5th First first Second second Third third Fourth fourth A B".split()]
_YOUTH = (r"(?:[Uu]nder|U)[ -]?(?:\d{1,2}|sixes|sevens|eights|nines|tens|elevens|twelves|thirteens|fourteens|fifteens|"
          r"sixteens|eighteens)['’]?s?")
_YOUTH_STARTS = needle_pattern(("under", "u1", "u7", "u8", "u9"))  # "U12s", "U9s", "under-nines"
YOUTH_AT = re.compile(rf"{_YOUTH}[ \t]+(?:at|for|of)[ \t]+(?:the[ \t]+)?"
                      rf"(?P<club>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,3}})")


def _sides(text: str) -> Iterator[Hit]:
    """A club by its side or its youth team."""
    found = []
    lower = lower_of(text)
    if len(lower) != len(text):
        return
    for at in first(starts_of(lower, _SIDE_WORDS)):
        end = at + (3 if text.startswith(" XI", at) else 5 if text.startswith(("eam", "quad"), at + 2) else 6)
        if text[max(0, at - 7) : at].rsplit(None, 1)[-1:] not in _ORDINAL_WORDS or (
                end < len(text) and (text[end].isalnum() or text[end] in "’'-")):
            continue  # most "team"s are no side: "the team", "our team"
        if m := SIDE_AFTER.search(text, max(0, at - 80), end):
            found.append(m)
    found += [m for m in first(matches_from(YOUTH_AT, text, needle_starts(_YOUTH_STARTS, lower)))
              if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"))]
    for m in found:
        words = [w for w in m["club"].split() if w not in _NOT_A_NAME]
        if not words or fold(" ".join(words)) in places() or _chain(words) or not _local_club(" ".join(words)):
            continue
        start = m.start("club") + m["club"].index(words[0])
        yield _named(start, m.end() if m.re is SIDE_AFTER else m.end("club"))


def _schools(text: str) -> Iterator[Hit]:
    """A school or a college where someone studies, by a cue before it or what was studied after:
    an error unless it is named for a big town, a city or a region ("Oldham College")."""
    for word in first(matches_from(SCHOOL_WORD, text, starts_of(text, _SCHOOL_WORDS))):
        m = SCHOOL_NAME.search(text, max(0, word.start() - 120), word.start())
        if m is None or not _word_start(text, word.start()):
            continue
        start = m.start()
        words = text[start:word.end()].split()
        while words and words[0] in _NOT_A_NAME:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if len(words) < 2 or not (STUDY_BEFORE.search(text, max(0, start - 40), start)
                                  or STUDIED_AFTER.match(text, word.end())
                                  or CHILD_BEFORE.search(text, max(0, start - 90), start)):
            continue
        name = [fold(w) for w in words[:-1]]
        if any(places().get(w) in _BIG_PLACE or w in ("city", "university", "royal") for w in name) or any(
                gazetteer().get(key, 0) >= BIG_TOWN for key in (" ".join(name), name[0])) or _chain(words):
            continue
        yield Hit(start, word.end(), "address", ERROR,
                  "A named school or college where someone studies, in a small place, leads to them",
                  "say \"a local school\" or \"a college\" instead")


# A church school or a parish by its dedication just after a child and "at", "from" or "to": "her
# son Tanvir, who is at Stepney All Saints", "picks the girls up from Holy Family". Found from the
# preposition; the child is read back from there (CHILD_BEFORE).
CHILD_PLACE = re.compile(r"\b(?:at|from|to)[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,3})")
_DEDICATIONS = frozenset(_PREMISES["dedication"])


def _childrens_places(text: str) -> Iterator[Hit]:
    for at in starts_of(text, (" at ", " from ", " to ")):
        m = CHILD_PLACE.match(text, at + 1)
        if m is None or not CHILD_BEFORE.search(text, max(0, at - 90), m.start("name")):
            continue
        folded = [fold(w).strip("'’").removesuffix("'s").removesuffix("’s") for w in m["name"].split()]
        if any(w in _DEDICATIONS for w in folded) and not _public_or_known(folded, text, m.end("name")):
            yield _named(*m.span("name"))


def _public_or_known(folded: list[str], text: str, end: int) -> bool:
    """A cathedral, a ground, a hospital, a station or a known place: "St Paul's Cathedral", "St
    James's Park", "Kings Cross station", "Holy Island", "Christ Church Oxford"."""
    key = " ".join(folded)
    return (folded[-1] in GENERIC or folded[-1] in _PUBLIC_PLACES or folded[-1] in _STREETS
            or bool(places().get(key)) or key in gazetteer() or public_place_after(text, end)
            or any(places().get(w) in _BIG_PLACE or gazetteer().get(w, 0) >= BIG_TOWN for w in folded))


def find_named_premises(text: str, lower_starts: list[int] | None = None,
                        keyword_starts: list[int] | None = None) -> Iterator[Hit]:
    """Small firms with their trade, primary schools, surgeries, children's homes, places of
    worship and pubs, by name. `lower_starts` and `keyword_starts`: where the lower-case endings'
    first letters (`_LOWER_STARTS`) and KEYWORD_LEADS stand, when the story's reading gave them."""
    keywords = [m.span() for m in first(KEYWORD.finditer(text) if keyword_starts is None
                                        else matches_from(KEYWORD, text, keyword_starts))]
    if lower_starts is None:
        lower_starts = needle_starts(LOWER_STARTS, text)
    lower_keywords = [m.span() for m in first(matches_from(LOWER_KEYWORD, text, lower_starts))]
    keywords += [span for span in lower_keywords if _name_word_before(text, span[0])]
    for start, end in lower_keywords:
        if (where := TRADE_PLACED.match(text, end)) and _is_small_place_or_street(where["place"]) and \
                WHOSE_TRADE.search(text, max(0, start - 60), start) and not A_TRADE.search(text, max(0, start - 30), start):
            yield _hit(*where.span("place"), "The street or village of someone's shop or workplace leads to them")
    for start, end in keywords:
        word = " ".join(text[start:end].split())
        if word in _ENDINGS and _name_word_before(text, start) and not LONGER_NAME.match(text, end) and (
                span := _named_before(text, start, end)) and (word[0].isupper() or _names_one_place(text, span[0], start)) \
                and (word != "farm" or len(text[span[0]:start].split()) > 1) \
                and (word not in _CLUBS or _local_club(text[span[0]:start])):
            yield _named(*span)
        if word in _FIRSTS and _word_start(text, start) and (rest := NAME_AFTER.match(text, end)):
            yield _named(start, rest.end())
        if word in _PUBS and text[max(0, start - 4) : start] in ("the ", "The "):
            yield _named(start, end)
    for m in first(THE_NAME.finditer(text)):
        if (m.start() and text[m.start() - 1] in " \t\n" and DRINKS_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and not _chain([m["pub"]]) and fold(m["pub"]) not in places() and not PUBLIC_BODY.search(m["pub"])):
            yield _named(*m.span("pub"))


_NAME_JOINERS = frozenset({"&", "and", "E", "RC"})
# A trade in lower case placed on a named street or in a small place ("the Polish deli on
# Manchester Road", "the chippy on Borough Road"): a village or one street has one of each.
_PLACE_NAME = r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:y|yr|na|nan|an|upon|on)[ \t]+)?[A-Z][\w’'-]*){0,3}"
TRADE_PLACED = re.compile(rf"[ \t]+(?:on|in|off|at)[ \t]+(?:the[ \t]+)?(?P<place>{_PLACE_NAME})")
# ... when it is someone's or where someone works ("my chippy", "works at the Polish deli"),
# not a public venue described ("the recovery café on Pier Avenue").
WHOSE_TRADE = re.compile(r"\b(?:my|his|her|their|our|[A-Z][\w-]*['’]s|works?|worked|working|jobs?|employed|shifts?|"
                         r"runs|ran|owns|owned|manages|managed)[ \t]+(?:(?:at|in|for|the|a|an)[ \t]+){0,2}"
                         r"(?:[\w’'-]+[ \t]+){0,2}$")
# "works in a café on the Falls Road": any café on a long road, not one door.
A_TRADE = re.compile(r"\b(?:a|an|any|some)[ \t]+(?:[\w’'-]+[ \t]+)?$", re.IGNORECASE)
_STREETS = frozenset(w.lower() for key in ("named street", "street after a cue") for w in street_types()[key])
_PUBLIC_PLACES = frozenset(w.lower() for w in street_types()["public place"])
# A home placed against a landmark in a named place: "the end terrace by the level crossing in
# Purton", "one of the chalets behind the sailing club in Ferryside". Found from the home's word.
_HOMES = ("terrace", "bungalow", "cottage", "chalet", "houseboat", "narrowboat", "caravan", "flat ", "house ")
PLACED_HOME = re.compile(
    rf"(?:terrace|bungalow|cottage|chalet|houseboat|narrowboat|caravan|flat|house)s?[ \t]+"
    rf"(?:by|behind|beside|opposite|past|above|below|next[ \t]+to|near)[ \t]+the[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,2}}?"
    rf"[a-z][\w'’-]*[ \t]+(?:in|at|on)[ \t]+(?P<place>{_PLACE_NAME})")


# A business by its owner's surname and its own name: "at Kwok's Golden Dragon", "from Lee's
# Jade Garden", or signing a comment at a line's start. Found from the apostrophe; the owner must not be a first name (a pseudonym's).
OWNED_BUSINESS = re.compile(r"['’]s[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,2})")
OWNER_BEFORE = re.compile(r"(?:(?m:^)[*_]{0,2}|\b(?:at|from|in|into|outside|behind|opposite|for)[ \t]+)(?P<owner>[A-Z][\w-]*)$")


def _owned_businesses(text: str, apostrophes: list[int]) -> Iterator[Hit]:
    for m in first(matches_from(OWNED_BUSINESS, text, apostrophes)):
        owner = OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if owner and _is_shop_owner(owner["owner"]) and not places().get(fold(m["name"])) and not any(
                places().get(fold(w)) == "calendar" for w in m["name"].split()):
            yield _named(owner.start("owner"), m.end())


def _is_shop_owner(owner: str) -> bool:
    word = fold(owner)
    if places().get(word) or places().get(word + "s") or word in common_words() and word not in surnames():
        return False
    return not (given_names().get(word, 0) >= 4 and word not in surnames())


# A chain's branch where someone works, placed on a street or in a small place: "works at the
# Co-op in Preston Park", "got a job at the Tesco on Mill Road" (one branch, a few dozen staff).
BRANCH = re.compile(r"\b(?:(?:works?|worked|working|jobs?|shifts?|employed|started)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:at|in|for)|"
                    r"runs|ran|manages|managed)[ \t]+"
                    r"the[ \t]+(?P<brand>[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*)?)[ \t]+(?:on|in|off|at)[ \t]+(?:the[ \t]+)?"
                    rf"(?P<place>{_PLACE_NAME})")
_BRANCH_KEYS = ("work", "job", "shift", "employed", "started", "runs", "ran ", "manage")


def _branches(text: str, job_starts: list[int]) -> Iterator[Hit]:
    for m in first(matches_from(BRANCH, text, job_starts)):
        if not _word_start(text, m.start()) or not _chain(m["brand"].split()):
            continue  # a firm of no list is a small place itself (find_named_premises, quasi.py)
        place = m["place"]
        if _is_small_place_or_street(place) or is_neighbourhood(place, text, m.end("place")):
            yield _hit(*m.span("place"), "The street or part of town of the branch where someone works leads to them")


# A firm of no list where someone works or prays, placed in its town: "works days at Fenmarsh
# Produce in Wyberton", "I am working in Moy Park at Craigavon", "attends the Medhane Alem
# Eritrean church in Ramsgate". Named with its town, the firm is one site, not a brand.
FIRM_PLACED = re.compile(r"\b(?:(?i:works?|worked|working|jobs?|shifts?|employed|started|attends|attended|volunteers?|"
                         r"volunteering|prays|placement|apprenticeship|apprentice|trainee)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:at|in|for)|(?i:attends|attended))[ \t]+"
                         r"(?:the[ \t]+)?"
                         r"(?P<firm>[A-Z][\w’'&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w’'&-]*){0,3}(?:[ \t]+[a-z]+)?)"
                         rf"[ \t]+(?:in|at)[ \t]+(?P<place>{_PLACE_NAME})")
_FIRM_KEYS = ("work", "job", "shift", "employed", "started", "attend", "volunteer", "prays", "placement", "apprentice",
              "trainee")
# Where BRANCH or FIRM_PLACED may start, found once for both (they share five keys): each pattern
# starts with a word of its own keys, so the other's offsets never start a match of it.
_JOB_KEYS = tuple(dict.fromkeys(_BRANCH_KEYS + _FIRM_KEYS))
PUBLIC_FIRM = re.compile(r"\b(?:Court|Hospitals?|Infirmary|Station|Centre|Hall|Library|Prison|Office|Council|University|"
                         r"College|School|Academy|Police|Jobcentre|Trust|NHS|HMP|HMYOI|Service|Services|Probation|"
                         r"Cathedral|Abbey|Museum|Park(?=[ \t]+(?:Run|parkrun)))\b")


def _placed_firms(text: str, job_starts: list[int]) -> Iterator[Hit]:
    for m in first(matches_from(FIRM_PLACED, text, job_starts)):
        firm = m["firm"]
        words = firm.split()
        if not _word_start(text, m.start()) or _chain(words) or PUBLIC_FIRM.search(firm) or _a_place(firm):
            continue
        if len(words) == 1 and given_names().get(fold(words[0]), 0) >= 4:
            continue  # "works for Dave in Rye": a person
        if _a_place(m["place"]) and places().get(fold(m["place"])) not in (None, "local"):
            continue  # "at Siemens in March", a region or a city: no town's site
        yield _named(*m.span("firm"))


def _a_place(name: str) -> bool:
    key = fold(name).replace("-", " ")
    return bool(places().get(key)) or key in gazetteer()


# A people's or a country's own community place: "Sudanese Community Association", "the Somali
# Community Centre", "Pakistan Community Centre". In a town there is one, and a story that
# names it with a person of that community names the few hundred families who use it.
COMMUNITY = re.compile(r"(?P<people>(?:[A-Z][\w’'-]*[ \t]+){1,2})Community[ \t]+"
                       r"(?:Association|Centre|Center|Group|Hall|Project|Organisation)(?![\w’'-])")


# A parish by the rite someone had there: "made her Communion in May at the Sacred Heart",
# "christened at St Bride's", "married at Bethesda". Found from the rite's word (`str.find`).
_CALENDAR = "|".join(sorted((re.escape(w) for w, kind in places().items() if kind == "calendar" and w.isalpha()),
                            key=len, reverse=True))
RITE = re.compile(r"(?:christened|baptised|baptized|Communion|confirmed|confirmation|married)[ \t]+"
                  r"(?:(?!(?:and|but|or|to|with)\b)[\w'’-]+[ \t]+){0,3}?(?:at|in)[ \t]+(?:the[ \t]+)?"
                  rf"(?!(?i:{_CALENDAR})\b)(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*){{0,3}})")
_RITES = ("christened", "baptised", "baptized", "Communion", "confirm", "married")


def _rites(text: str) -> Iterator[Hit]:
    for m in first(matches_from(RITE, text, starts_of(text, _RITES))):
        name = m["name"]
        words = [fold(w) for w in name.split()]
        if _word_start(text, m.start()) and not (_chain(name.split()) or _place_known(name) or any(
                places().get(w) == "calendar" for w in words)):
            yield _named(*m.span("name"))


def _place_known(name: str) -> bool:
    key = fold(name).replace("-", " ")
    return bool(places().get(key)) or key in gazetteer()


def _communities(text: str) -> Iterator[Hit]:
    for at in starts_of(text, (" Community ",)):
        m = COMMUNITY.search(text, max(0, at - 40), at + 30)
        if m and m.end("people") == at + 1 and all(places().get(fold(w)) in ("people", "region")
                                                   for w in m["people"].split()):
            yield _named(*m.span())


def _is_small_place_or_street(place: str) -> bool:
    """A street by its word that is not a public place, or a place under a big town's size."""
    words = [fold(w) for w in place.split()]
    if places().get(fold(place)) or places().get(words[0]) == "organisation" or words[-1] in _PUBLIC_PLACES:
        return False
    if words[-1] in _STREETS:
        return len(words) > 1
    return 0 < gazetteer().get(" ".join(words), 0) < BIG_TOWN


def _placed_homes(text: str, lower: str) -> Iterator[Hit]:
    for m in first(matches_from(PLACED_HOME, text, starts_of(lower, _HOMES))):
        if _word_start(text, m.start()) and _is_small_place_or_street(m["place"]):
            yield _hit(m.start(), m.end(), "A home placed against a landmark in a named place leads to its door")


# A name in capitals, on a certificate, a sign or a headline: "ST MUNGO'S RC PRIMARY SCHOOL".
CAPITALS = re.compile(r"[A-Z]{2}")
# The look-behind stands after the first capital, so that the regex engine skips to capitals.
CAPITALS_RUN = re.compile(r"[A-Z](?<![\w’'-].)[A-Z’'&-]*(?:[ \t]+(?:[A-Z][A-Z’'&-]*|&)){1,7}(?![\w’'-])")
_KEPT_CAPITALS = frozenset({"RC", "CE", "E", "&"})


def _in_capitals(text: str) -> Iterator[Hit]:
    """Small places named in capitals, read as the same words in title case."""
    if not CAPITALS.search(text):
        return
    for m in first(CAPITALS_RUN.finditer(text)):
        titled = " ".join(w if w in _KEPT_CAPITALS else w[:1] + w[1:].lower() for w in m.group().split(" "))
        if len(titled) == len(m.group()):
            for hit in find_named_premises(titled):
                yield _named(m.start() + hit.start, m.start() + hit.end)


def _name_word_before(text: str, start: int) -> bool:
    """A quick test before NAME_BEFORE: the word just before is capitalised or joins a name."""
    end = start
    while end and text[end - 1] in " \t":
        end -= 1
    if end == start or not end:
        return False
    word = text[max(text.rfind(" ", 0, end), text.rfind("\t", 0, end), text.rfind("\n", 0, end)) + 1 : end]
    return word[:1].isupper() or word in _NAME_JOINERS


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


def _names_one_place(text: str, start: int, end: int) -> bool:
    """The capitalised words before a trade written in lower case name one place ("Hughes's chip
    shop", "the Yelverton surgery"), not a first name's ("Nadia's café": the café she runs,
    said in her pseudonym), a day ("Monday surgery"), a faith or nation ("Methodist chapel",
    "Polish café") or a big town ("a Leeds café")."""
    words = [fold(w.removesuffix("'s").removesuffix("’s")) for w in text[start:end].split()]
    words = [w for w in words if w not in ("the", "a", "an", "our", "her", "his", "their", "my")]
    if not words:
        return False
    if len(words) == 1 and given_names().get(words[0], 0) >= 4 and words[0] not in surnames():
        return False
    if places().get(words[-1]) == "calendar" or all(
            places().get(w) in ("calendar", "people", "region", "city", "organisation") for w in words):
        return False
    return gazetteer().get(" ".join(words), 0) < BIG_TOWN


def _local_club(name: str) -> bool:
    """A club named for a village, a part of a town or a river ("Bloomfield", "Tay"), not for a
    big town, a county or a region ("Leeds", "Yorkshire County", "Lancashire")."""
    words = [fold(w) for w in name.split() if w not in _NOT_A_NAME]
    if not words or any(places().get(w) == "organisation" or w in ("county", "city", "royal")
                        for w in words) or words[-1] in GENERIC:
        return False
    # The longest run of first words that is a place says where the club is: "Bury Park Tigers"
    # is Bury Park's (a part of Luton), not Bury's.
    for n in range(len(words), 0, -1):
        prefix = " ".join(words[:n])
        if places().get(prefix) in ("region", "city"):
            return False
        if prefix in gazetteer():
            return gazetteer()[prefix] < BIG_TOWN
        if n > 1 and is_neighbourhood(prefix):
            return True
    return True


_NETWORKS = frozenset(fold(w) for w in _PREMISES["network"])


def _chain(words: list[str]) -> bool:
    """A brand, a national network or a public body is not a small place: "Greggs Bakery",
    "Tesco Cafe", "the Trussell food bank"."""
    word = fold(words[0])
    return word in _NETWORKS or "organisation" in (places().get(word.removesuffix("'s").removesuffix("’s")),
                              places().get(word.replace("'", "").replace("’", "")))


def _named(start: int, end: int) -> Hit:
    return Hit(start, end, "address", ERROR,
               "A named small firm, primary school, surgery, children's home, place of worship or pub, "
               "with what the story says of someone there, leads to them in a small town",
               "describe the place instead (\"a joiner's\", \"her primary school\", \"a pub in the town\")")


# A place named by its own name just before the street it is on: "plays at Goals on Bude Road",
# "samosas from Shahzad's on Normanton Road", "the Ulster Bar on Hill Street", "the Al-Nour car
# wash on Commercial Road", "at St Clement's hall, Calvert Road". A shop, a bar or a works by name is a handful of people; the street
# says which one. Searched only in a short window before a street already found (places.py).
PLACE_BEFORE_STREET = re.compile(
    r"(?:(?:^|(?<=[\s(|,]))(?P<lead>[A-Za-z]+)|[,|(])[ \t]+"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’&-]*){0,3})"
    r"(?P<trade>(?:[ \t]+[a-z]+){0,2})(?:[ \t]+(?:on|off)[ \t]+(?:the[ \t]+)?|,[ \t]+)$")
_PLACE_LEADS = frozenset("at from to into in near outside opposite behind beside for the".split())
_PUBLIC_ENDS = frozenset(sections("premises_words.txt")["public end"])
_SMALL_ENDS = frozenset(sections("premises_words.txt")["small end"])


def names_a_place_before(text: str, street_start: int, floor: int) -> bool:
    """True when a small place is named by its name just before the street at `street_start`
    (not before `floor`): not a town ("in Hull on Hedon Road"), a first name ("Sam on"), a
    chain ("Tesco on") or a public body ("Derby Magistrates' Court on", "the library on")."""
    m = PLACE_BEFORE_STREET.search(text, max(floor, street_start - 70), street_start)
    if m is None or m["lead"] and m["lead"].lower() not in _PLACE_LEADS:
        return False
    words = m["name"].split()
    trade = m["trade"].split()
    end = " ".join(trade[-1:] or words[-1:]).lower().removesuffix("'s").removesuffix("’s")
    church_hall = end == "hall" and words[0] in ("St", "St.", "Saint")  # "St Clement's hall, Calvert Road"
    if end in _PUBLIC_ENDS and not church_hall or trade and trade[-1] not in _SMALL_ENDS or _chain(words):
        return False
    if end == "centre" and words[-2:-1] != ["Community"]:
        return False
    folded = [fold(w.removesuffix("'s").removesuffix("’s")) for w in words if w != "&"]
    if not trade and len(folded) == 1 and not words[0].endswith(("'s", "’s")) and folded[0] in given_names():
        return False
    key = " ".join(folded)
    kind, people = places().get(key), gazetteer().get(key)
    if trade:  # "the Portuguese shop", "the Whitby chippy": not a big town's ("the Leeds café")
        return kind in (None, "people", "landmark") and (people or 0) < BIG_TOWN
    return kind in (None, "landmark") and people is None
