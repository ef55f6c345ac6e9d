"""Neighbourhoods and estates: the part of a town a person lives in, read after a cue.

whereabouts.py lets a town answer a cue of living ("grew up in Luton") and flags a village. The
part of a town is just as much a door: "grew up in Bury Park", "moved to Blackbird Leys", "young
Reece from Newsham", "from Hargeisa by way of Blackbird Leys", "off the Isabella estate". Its
name is on no list, so it is told by what it is not and by its shape:

- not a place the lists know (a town, city, county, region, country, a body, a brand, a public
  building) and not a first name ("moved in with Shona");
- one word that is shaped like the UK's place names: its last four or first four letters are
  those of at least PLACE_SHAPED names of the gazetteer ("-sham", "-hill", "Bally-", "Llan-"),
  which a city abroad ("Hargeisa", "Sialkot") is not;
- or several capitalised words whose last word ends UK place names or is one ("Bury Park",
  "Rock Ferry", "Salford Quays", "Lower Broughton"); a city abroad ("Addis Ababa") or a body
  ("Housing Options", "Victim Support") does not.

The cues are whereabouts.py's (living, a home that is someone's) and where a person comes from:
"from" after a person ("Reece Scott from Newsham", "a lad from Layd", "she's from", an age:
"Callum, 19, from") and "by way of"; a person placed in it ("a woman in Grangetown", "a man on
the Hardwick estate"). A named estate with a lower-case "estate" after a preposition or in a
list ("from the Isabella estate", "Jonjo Tait, Isabella estate") is where someone lives,
whatever its name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

from .findings import ERROR, Hit
from .lexicon import (common_words, fold, gazetteer, given_names, is_village, places, proper_nouns, sections,
                      street_types, surnames)
from .probes import matches_from, starts_of
from .table_columns import body_cells

# How many gazetteer names must share a word's first or last four letters for it to be shaped
# like a UK place name: "newsham" shares "sham" with 50, "hargeisa" its "eisa" with none.
PLACE_SHAPED = 10
# Words that end the name of a public place or a part of any town, not a neighbourhood's.
_GENERIC = frozenset(
    "centre center city town area region hall station office hospital school college university prison court "
    "airport church mosque temple chapel library market services retail shopping ward unit council police "
    "jobcentre hotel inn hostel club stadium ground office branch depot site team hub base campus "
    "group trust partnership service project museum theatre cinema infirmary hmp hmyoi yoi premises lodge courts "
    "crown magistrates surgery clinic practice pharmacy".split())
# Just after a name, words that make it a time ("from Roker Park days").
_TIMES = frozenset("days times years era onwards".split())
# Last words of neighbourhoods' and estates' names the gazetteer's towns do not end with.
AREA_WORDS = ("quays", "side", "heights", "leys", "isaf", "uchaf", "estate", "fields", "rise", "brow", "flats",
              "gardens", "meadows", "grange", "farm", "west", "east", "north", "south")
# Words that point a direction or a part: "the South West", "Upper", "Greater".
_PARTS = frozenset("north south east west northern southern eastern western central upper lower mid middle "
                   "greater inner outer far north-east north-west south-east south-west".split())
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_NEXT_TWO = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")
_WORD = r"[A-ZÀ-ÖØ-ÞĀĆČĎĐĘĚŁŃŇŐŘŚŠŤŰŹŻŽŴŶ][\w'’-]*"
_PROPER = rf"{_WORD}(?:[ \t]+(?:(?:y|yr|na|an|upon|le)[ \t]+)?{_WORD}){{0,2}}"
# "from" after a person or a word of origin; "by way of".
_PERSON_BEFORE = ("is|am|are|was|were|['’]s|['’]m|['’]re|comes?|came|originally|hails?|hailed|lad|lass|lads|"
                  "lasses|man|men|woman|women|boy|boys|girl|girls|kid|kids|bairn|bairns|wean|weans|child|family|"
                  "families|fella|bloke|one|people|folk|someone|somebody")
# Each pattern is tried only where its key word stands (found with `str.find`), what comes
# before it read back from there.
FROM_PLACE = re.compile(rf"(?:from|by[ \t]+way[ \t]+of)[ \t]+(?:the[ \t]+)?(?P<place>{_PROPER})")
# An age between commas is a person's too: "Callum, 19, from Millmead", "Shaun is 44, from ...".
_AGE_BEFORE = r"(?:,|\b(?:is|was|aged)|['’]s)[ \t]+\d{1,2},"
# Moving house from a place: "Moving from Kinglassie to Tillydrone", "she moved from Hexthorpe".
_MOVED = r"\b(?i:moved|moving|moves)"
ORIGIN_BEFORE = re.compile(rf"(?:\b(?:{_PERSON_BEFORE})|(?<![.!?:\n])[ \t]{_WORD}|{_AGE_BEFORE}|{_MOVED})[ \t]+$")
# A named estate: "off the Isabella estate", "Jonjo Tait, Isabella estate", a table's cell
# ("| Broomgrove estate (at nan's) |").
# One person's, not a group's ("our volunteers come from the Larkmead estate" is a warning, from
# places.py): after a name and "from", or in a list.
_ONE_PERSON = r"(?:\b(?:is|was|lad|lass|man|woman|boy|girl|kid|bairn|fella|bloke)|['’]s)"
ESTATE_BEFORE = re.compile(
    rf"(?:(?:(?<![.!?:\n])[ \t]{_WORD}|\b\d{{1,2}},|{_ONE_PERSON})[ \t]+from[ \t]+the[ \t]+|[,|][ \t]+(?:the[ \t]+)?)"
    rf"(?P<place>{_PROPER})[ \t]+$")

_PROGRAMMES = frozenset(fold(w) for w in sections("premises_words.txt")["network"])
CELL_END = re.compile(r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?:\||$)", re.MULTILINE)
# A row of a list: a full name, then a place, then more ("Reece Scott, Newsham, A7703DV").
LISTED_PLACE = re.compile(rf",[ \t]+(?P<place>{_WORD}(?:[ \t]+{_WORD})?)(?=[ \t]*(?:,|\(|$|~~|\*|\.(?:[ \t]|$)))", re.MULTILINE)
# Short fields between the name and the place in a row: a nickname, an order's initials
# ("Kieran Wishart ("Kiz"), DTTO, Glenwood"), an age.
SHORT_FIELD = re.compile(r"(?:,[ \t]*(?:\([^()\n]{1,20}\)|[\"“][^\"”\n]{1,20}[\"”]|[A-Z]{2,6}|\d{1,3})[ \t]*|[ \t]*\([^()\n]{1,20}\))$")
FULL_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<first>{_WORD})[ \t]+{_WORD}$")
# A home placed by a landmark: "in the bungalows behind the boathouse", "from the houseboat at
# Leigh-on-Sea", "the blue one by the cockle sheds" after such a home.
_HOMES = "bungalows?|houseboats?|houses?|cottages?|flats?|narrowboats?|boats?|caravans?|farmhouses?|yard|farm|tent|doorway"
_BOATS = ("houseboat", "narrowboat", "boat", "caravan")
# Where PLACED_HOME may start ("boat" is found inside "houseboat" and "narrowboat": walked back).
# A word of a landmark's name: no preposition, verb or conjunction ("the border road", not "the river is").
_LANDMARK_WORD = r"(?!(?:at|in|on|is|was|are|were|and|but)\b)[\w'’-]+"
_HOME_WORDS = ("bungalow", "house", "cottage", "flat", "boat", "caravan", "yard", "farm", "tent", "doorway")
# A yard or a farm at a village or a part of a town is one family's: "down to the yard at Camlough".
_WORKED = ("yard", "farm")
# Where someone sleeps rough, by a landmark, whoever's it is said to be: "NFA — tent by the
# Bathing Pool site", "sleeps in a doorway behind the Asda".
_ROUGH = ("tent", "doorway")
PLACED_HOME = re.compile(
    rf"(?P<home>{_HOMES})[ \t]+"
    rf"(?:(?P<by>behind|by|beside|opposite|above|below|next[ \t]+to|at[ \t]+the[ \t]+back[ \t]+of|before|past|"
    rf"beyond|across[ \t]+from|round[ \t]+the[ \t]+back[ \t]+of)[ \t]+the[ \t]+(?:{_LANDMARK_WORD}[ \t]+)?{_LANDMARK_WORD}"
    rf"(?:[ \t]+(?:at|in|on)[ \t]+{_PROPER})?|"
    rf"(?P<at>at|on)[ \t]+{_PROPER})")
# A home someone is in or comes from, or one described after a place ("the farm at Drumbrughas,
# the last house before the border road").
HOME_BEFORE = re.compile(r"(?<!office )(?<!centre )(?<!base )(?<!unit )(?<!project )(?<!session )(?<!group )"
                         r"(?:\b(?:in|from|at|to|into|on)[ \t]+|,[ \t]+)the[ \t]+(?:[a-z]+[ \t]+){0,2}$")


@cache
def _shapes() -> tuple[Counter[str], Counter[str]]:
    """How many gazetteer names end (last word) and start with each four letters."""
    names = list(gazetteer())
    ends = Counter(name.split()[-1][-4:] for name in names if len(name.split()[-1]) > 5)
    starts = Counter(name[:4] for name in names if len(name) > 5)
    return ends, starts


def place_shaped(word: str) -> bool:
    """A word of more than five letters shaped like the UK's place names ("Newsham", "Ballyeamon")."""
    key = fold(word)
    if len(key) <= 5:
        return False
    ends, starts = _shapes()
    return ends[key[-4:]] >= PLACE_SHAPED or starts[key[:4]] >= PLACE_SHAPED


def ends_like_a_place(word: str) -> bool:
    """An unknown word of five letters or more that ends with an element of British place names
    ("Podsmead", "Tuffley", "Denaby"), three letters or more before it."""
    key = fold(word)
    return len(key) >= 5 and key.isalpha() and any(key.endswith(e) and len(key) - len(e) >= 3
                                                   for e in sections("place_name_endings.txt")[""])


def is_neighbourhood(phrase: str, text: str = "", end: int = 0, lived_in: bool = False) -> bool:
    """A name the lists do not know, shaped like the part of a UK town (see the module's text);
    not when a word for a public place follows it (`text` from `end`: "our Rickergate office").
    `lived_in`: right after a cue of living ("grew up in Whitfield"), a word the proper-noun list
    holds as a surname may be one too: English surnames are mostly the names of places; and a
    word no list knows that ends like a British place name ("Podsmead", "Tuffley") is one."""
    words = phrase.split()
    folded = [fold(w).strip("'’") for w in words]
    key = " ".join(folded).replace("-", " ")
    known = places()
    if known.get(key) or known.get(fold(phrase)) or key in gazetteer() or folded[-1] in _GENERIC:
        return False
    if any(known.get(w) == "region" for w in folded) or folded[0] in ("county", "co", "royal", "hmp") or all(
            w in _PARTS for w in folded[:-1]) and (len(words) > 1 and folded[-1] in _PARTS):
        return False  # "County Mayo", "the South West"
    if text and public_place_after(text, end):
        return False
    if len(words) == 1:
        word = folded[0]
        if word in common_words() or given_names().get(word, 0) >= 4:
            return False
        if lived_in and word not in proper_nouns() and word not in surnames() and ends_like_a_place(word):
            return True
        return (word not in proper_nouns() or lived_in and word in surnames()) and place_shaped(word)
    if given_names().get(folded[0], 0) >= 4 and (folded[0] not in common_words() or folded[-1] in surnames()):
        return False  # a person: "moved in with Shona Hart", "Sorry, Dean Smith"
    # Its last word ends UK place names ("Park", "Ferry", "Vale") or is one ("Lower Broughton"): not
    # a body's name ("Sue from Housing Options", "from Turning Point", "from Victim Support").
    return folded[-1] in _area_ends() or folded[-1] in gazetteer()


@cache
def _area_ends() -> frozenset[str]:
    """The last words of the gazetteer's names of several words, and of neighbourhoods' names."""
    ends = {name.split()[-1] for name in gazetteer() if " " in name}
    return frozenset(ends | set(AREA_WORDS))


def public_place_after(text: str, end: int) -> bool:
    """A lower-case word for a public place or a time in the next two words after a name:
    "Clacton lifeboat station", "our Rickergate office", "Roker Park days"."""
    m = _NEXT_TWO.match(text, end)
    return m is not None and (m.group(1) in _GENERIC or m.group(1) in _TIMES or m.group(2) in _GENERIC)


def find_neighbourhoods(text: str) -> Iterator[Hit]:
    """Neighbourhoods after a word of origin, in a list after a name; homes placed by a landmark;
    named estates."""
    for m in matches_from(FROM_PLACE, text, starts_of(text, ("from ", "by way of "))):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        place = _trimmed(m["place"])
        end = m.start("place") + len(place)
        if _street_of(place, text, end) and _person_before(text, m.start()):
            yield hit(m.start("place"), end)  # a person from a street, even first in a sentence
            continue
        if m.group().startswith("from") and not ORIGIN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        one = _person_before(text, m.start())
        if is_neighbourhood(place, text, end, lived_in=one) or is_village(place) or _in_a_town(place, text, end) or \
                one and is_suburb(place, text) and not public_place_after(text, end):
            yield hit(m.start("place"), end)
    for m in LISTED_PLACE.finditer(text):  # led by a literal comma, which the regex engine finds fast
        place = m["place"]
        if not (is_neighbourhood(place) or is_village(place)):
            continue  # most listed words are no place: the row's name, searched for below, is not read
        name = FULL_NAME_BEFORE.search(text, max(0, m.start() - 50), m.start()) or FULL_NAME_BEFORE.search(
            text, max(0, m.start() - 80), _past_short_fields(text, m.start()))
        if name and given_names().get(fold(name["first"]), 0) >= 4:
            yield hit(m.start("place"), m.end("place"))
    homes = sorted({_word_start(text, at) for at in starts_of(text, _HOME_WORDS)
                    if text.rfind("the ", max(0, at - 40), at) >= 0 or text.startswith(_ROUGH, at)})
    for m in matches_from(PLACED_HOME, text, homes):
        at_village = m["home"] in _WORKED and m["at"] and _village_or_part(text[m.end("at") : m.end()].strip(), text,
                                                                            m.end())
        rough = m["home"] in _ROUGH and m["by"] and any(  # by a named landmark, not "the tent by the river"
            w[:1].isupper() for w in text[m.end("by") : m.end()].split())
        if (m["by"] or m["home"] in _BOATS or at_village) and not text[m.start() - 1 : m.start()].isalnum() and (
                rough or HOME_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            yield hit(m.start("home"), m.end(), PLACED_MESSAGE)
    yield from _people_placed(text)
    yield from _doors_from(text)
    if "|" in text and any(rule in text for rule in ("|---", "| ---", "|:--", "| :--")):  # a table's rule, found fast
        yield from _address_columns(text)
    for at in starts_of(text, (" estate", " scheme")):  # a Scottish housing scheme is an estate
        end = at + 7
        if text[end : end + 1].isalnum():
            continue
        m = ESTATE_BEFORE.search(text, max(0, at - 80), at + 1)
        if m and text.startswith(" scheme", at) and (_everyday(m["place"]) or fold(m["place"]) in _PROGRAMMES):
            continue  # "from the Kickstart scheme": a programme
        if m and "|" in m.group() and (not CELL_END.match(text, end) or _everyday(m["place"])):
            continue  # a cell that only starts with the estate ("| Broomgrove estate litter pick |"), buildings
        if m and not places().get(fold(m["place"])) and fold(m["place"].split()[-1]) not in _GENERIC:
            yield hit(m.start("place"), end)


# A person placed in a part of a town or on an estate: "a woman in Grangetown whose son ...", "a man
# on the Hardwick estate told Sam ...", "a lad off the Bellfield estate".
_PEOPLE = sections("whereabouts_cues.txt")["person placed"]
_PERSON_WORDS = frozenset(_PEOPLE) | {"woman"}
# Their last three letters: most words before " in " end otherwise, and are passed over unread.
_PERSON_TAILS = frozenset(word[-3:] for word in _PERSON_WORDS)
PERSON_PLACED = re.compile(rf"(?:wo)?(?:{'|'.join(_PEOPLE)})[ \t]+(?:in|on|off)[ \t]+(?:the[ \t]+)?"
                           rf"(?P<place>{_PROPER})(?P<estate>[ \t]+(?:estate|scheme)\b)?")


# A home a few doors from a named place: "they live three doors from the Sher-E-Punjab sweet
# centre", "two doors up from Khan's Grocers". Found from " doors " (`str.find`).
DOORS_FROM = re.compile(r"(?:\d{1,2}|two|three|four|five|six|few|couple[ \t]+of)[ \t]+doors[ \t]+"
                        r"(?:(?:down|up|along|away)[ \t]+)?from[ \t]+(?:the[ \t]+)?"
                        rf"(?P<mark>{_PROPER}(?:[ \t]+(?!(?:and|or|but|where|which|who|in|on|at)\b)[a-z][\w'’-]*){{0,2}})")


_PUBLIC_MARKS = frozenset(sections("premises_words.txt")["public end"])


def _past_short_fields(text: str, end: int) -> int:
    """Where a row's name may end before `end`, past up to three short fields."""
    for _ in range(3):
        field = SHORT_FIELD.search(text, max(0, end - 30), end)
        if field is None:
            break
        end = field.start()
    return end


# A place's name as it stands alone elsewhere: not inside a longer name ("Whitfield Road",
# "Whitfield Primary"), nor a word of one.
_ALONE_AFTER = re.compile(r"(?![ \t]+[A-Z]|[\w'’-])")


def named_again(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """Every other mention of a part of a town or a village found as someone's home ("from
    Whitfield to the river" in the title of a story that says "Jamie grew up in Whitfield")."""
    homes = {name for h in hits if h.kind == "address" and h.severity == ERROR
             and (name := text[h.start : h.end]).isalpha() and name.istitle() and len(name) >= 4
             and fold(name) not in common_words()}
    found = {(h.start, h.end) for h in hits}
    for name in homes:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at, end) not in found and not (at and (text[at - 1].isalnum() or text[at - 1] in "'’-")) and \
                    _ALONE_AFTER.match(text, end) and not public_place_after(text, end):
                yield hit(at, end)
            at = text.find(name, end)


# "a lad from Tillydrone in Aberdeen": a name placed in a city or a big town is a part of it.
IN_A_TOWN = re.compile(rf",?[ \t]+in[ \t]+(?P<town>{_PROPER})")
BIG_TOWN = 75_000
# A place of the gazetteer smaller than this, or of no known size, in a story that names a city,
# is a suburb of it or a place near it, a door as much as a neighbourhood is: "a young man from
# Normanton" in a story of Derby, "a lad from Braunstone" (16,850) in one of Leicester; not "a man
# from Skegness" (24,876). In a story that names no city, a small town is the story's own town
# ("Shona lives in Okehampton"), which answers the cue.
SMALL_TOWN = 20_000
CAPITALISED = re.compile(rf"(?<![\w'’-]){_WORD}")


def is_suburb(place: str, text: str) -> bool:
    """A place of the gazetteer under SMALL_TOWN people (or of no known size) that no other list
    knows (not a city, a region, a body, a word or a first name), in a text that names a city."""
    key = fold(place).replace("-", " ")
    if key not in gazetteer() or gazetteer()[key] >= SMALL_TOWN or places().get(key) or places().get(fold(place)):
        return False
    if " " not in key and (key in common_words() or given_names().get(key, 0) >= 4):
        return False
    return names_a_city(text)


@lru_cache(maxsize=4)
def names_a_city(text: str) -> bool:
    """True when the text names a city, or a town of BIG_TOWN people or more, in one word."""
    for m in CAPITALISED.finditer(text):
        key = fold(m.group())
        if places().get(key) == "city" or gazetteer().get(key, 0) >= BIG_TOWN:
            return True
    return False


def _in_a_town(place: str, text: str, end: int) -> bool:
    """A name no list knows as a place, a word or a name, followed by "in" and a city or a big
    town (whereabouts.py reads the same after a cue of living)."""
    town = IN_A_TOWN.match(text, end)
    if town is None or public_place_after(text, end):
        return False
    key = fold(town["town"]).replace("-", " ")
    if places().get(key) != "city" and gazetteer().get(key, 0) < BIG_TOWN:
        return False
    folded = [fold(w) for w in place.split()]
    return not (places().get(" ".join(folded)) or " ".join(folded) in gazetteer() or folded[-1] in _GENERIC
                or len(folded) == 1 and (folded[0] in common_words() or folded[0] in given_names()))


def _village_or_part(place: str, text: str, end: int) -> bool:
    return is_village(place) or is_neighbourhood(place, text, end)


# A cell's name with an aside after it ("Nunsthorpe (at nan's)").
CELL_NAME = re.compile(rf"[ \t]*(?:the[ \t]+)?(?P<name>{_PROPER}(?:[ \t]+(?:estate|scheme|flats))?)[ \t]*(?:\([^)]*\))?[ \t]*")
_ADDRESS_HEADERS = frozenset(sections("whereabouts_cues.txt")["address column"])
BIG_PLACE_KINDS = ("city", "region", "organisation", "calendar", "people")


def _address_columns(text: str) -> Iterator[Hit]:
    """A name alone in a table's column headed "Address", "Area", "Estate"...: "| Dean |
    Nunsthorpe | 40 |" is where Dean lives (a big town, a word or an abbreviation is not)."""
    for cell, heading in body_cells(text):
        if " ".join(text[heading[0] : heading[1]].split()).lower() in _ADDRESS_HEADERS \
                and (name := CELL_NAME.fullmatch(text, *cell)) and _a_small_place(name["name"]):
            yield hit(*name.span("name"))


def _a_small_place(name: str) -> bool:
    """Not a big town, a region, a brand, a day, an abbreviation ("NFA") or a first name; a word
    is one only with "estate" after it ("the Willows estate")."""
    words = fold(name).replace("-", " ").split()
    estate = words[-1] in ("estate", "scheme", "flats") and len(words) > 1
    key = " ".join(words[:-1] if estate else words)
    return not (name.isupper() or places().get(key) in BIG_PLACE_KINDS or gazetteer().get(key, 0) >= BIG_TOWN
                or not estate and all(w in common_words() for w in key.split())
                or not estate and len(words) == 1 and words[0] in given_names())


def _everyday(name: str) -> bool:
    """Every word an everyday one: "the Probation estate" is buildings, not a place."""
    return all(fold(w) in common_words() for w in name.split())


def _doors_from(text: str) -> Iterator[Hit]:
    for at in starts_of(text, (" doors ",)):
        m = DOORS_FROM.search(text, max(0, at - 12), at + 120)
        if m is None or m.start() > at or _street_of(m["mark"], text, m.end()):
            continue
        words = m["mark"].split()
        name = " ".join(w for w in words if w[0].isupper())
        key = fold(name).replace("-", " ")
        if not (places().get(key) or key in gazetteer() or any(w in _PUBLIC_MARKS for w in words if w[0].islower())):
            yield hit(*m.span("mark"), PLACED_MESSAGE)  # not "doors from Tesco", "from Leeds station"


def _people_placed(text: str) -> Iterator[Hit]:
    # Found from " in ", " on ", " off " (three `str.find` passes), the word before looked up.
    for at in sorted({start for at in starts_of(text, (" in ", " on ", " off ")) if text[at - 3 : at] in _PERSON_TAILS
                      and text[(start := _word_start(text, at)) : at] in _PERSON_WORDS}):
        m = PERSON_PLACED.match(text, at)
        if m is None or m.start() and text[m.start() - 1].isalnum():
            continue
        place = _trimmed(m["place"])
        if m["estate"] and not places().get(fold(place)) and fold(place.split()[-1]) not in _GENERIC and not _everyday(
                place):  # "the Probation estate": buildings
            yield hit(m.start("place"), m.end("estate"))
        elif is_neighbourhood(place, text, m.start("place") + len(place), lived_in=True) or is_village(place):
            yield hit(m.start("place"), m.start("place") + len(place))


_STREET_ENDS = frozenset(fold(w) for w in street_types()["named street"])
# A person just before "from" (a name, "a lad"), not a verb or a thing ("fans came from London
# Road", "the bus from London Road": a ground, a stop).
PERSON_FROM = re.compile(rf"(?:(?<![\w'’-])(?P<name>{_WORD})|\b(?:lad|lass|man|woman|boy|girl|fella|bloke|bairn|kid|"
                         rf"family|couple|neighbour|mate|pal)|{_AGE_BEFORE}(?:[ \t]+(?:is|was))?)[ \t]+$")


def _person_before(text: str, at: int) -> bool:
    m = PERSON_FROM.search(text, max(0, at - 30), at)
    if m is None or not m["name"]:
        return m is not None
    word = fold(m["name"])
    return word not in common_words() or given_names().get(word, 0) >= 4


def _street_of(place: str, text: str, end: int) -> bool:
    """ "Kerry from Dorset Road", "a lad from Beersbridge Road": a person from a street lives on
    it, whatever its name (a county's, a town's); not a public place on it ("from London Road
    station")."""
    words = place.split()
    return len(words) > 1 and fold(words[-1]) in _STREET_ENDS and not public_place_after(text, end)


def _word_start(text: str, at: int) -> int:
    while at and text[at - 1].isalpha():
        at -= 1
    return at


def _trimmed(phrase: str) -> str:
    """The place without a possessive or a trailing small word."""
    return re.sub(r"(?:['’]s|[ \t]+(?:on|in|upon|y|na|an|le))$", "", phrase)


MESSAGE = "The part of a town where someone lives or comes from leads to their street"
PLACED_MESSAGE = "A home placed by a landmark or a mooring leads to its door"


def hit(start: int, end: int, message: str = MESSAGE) -> Hit:
    return Hit(start, end, "address", ERROR, message,
               "name the town at most, or describe the place (\"an estate on the edge of town\")")
