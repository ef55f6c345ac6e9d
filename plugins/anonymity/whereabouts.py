"""Where someone lives or is found, read from the cue first, whatever form the place takes.

places.py finds a home by its street word ("Road", "Heol", "Wynd"). A home is just as often a
name with no street word ("lives on Carnhill", "away from her mother at Rath Mór"), a house
number ("at number 3 on Mundford Road"), a floor of a named block ("the 9th floor of
Woodthorpe Court"), a road ("parked up in a lay-by on the A66") or a house placed against a
local shop ("the second house past Khan's shop"). So here the cue comes first: after a word of
living, staying, sleeping or being found, a home that is someone's ("his mum's flat", "their
pitch"), or a relative ("her nan's", "his mother ... at"), the first place named in the same
clause is where the person is:

- a spot ("on", "at", "off", "above", "behind", "opposite") named by any proper noun is an
  error, unless it is a known public place, a body or brand, a town on the gazetteer or a
  public building ("HMP Risley", "the Royal Infirmary", "Tesco"), which answers the cue;
- an area ("in", "to", "near") is an error only when it is a village: a place on the gazetteer
  of under VILLAGE people. A town or a neighbourhood answers the cue (a warning at most, from
  quasi.py, with an exact age);
- a house number, a floor of a named block or a road number after the cue is an error.

A place named with a weekly routine after it ("at the Mecca on the Kingsway every Tuesday",
"round Manningham every night") is where someone can be found, with or without a cue, judged as
a spot or an area is; so is a place after a verb of habit ("drinks at", "hangs about round",
"seen twice near": data/whereabouts_cues.txt [haunt]). In a story that names a city, a small place
of the gazetteer is a suburb of it (neighbourhoods.is_suburb), and an everyday word of two
("Foxhole") capitalised after a cue of living is a place's name.

A possessive ("at Dean's on Carnhill") and a day ("moved in March to ...") are passed over;
the cues are in data/whereabouts_cues.txt. A relative placed by the area ("my foster mum Aunty
Bev in Dalton") is placed there when the area is a village or a part of a town, and each village
or part of a town an exclusion zone names ("covering Hexthorpe and the whole of Shady Side") is
a door.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit
from .lexicon import (VILLAGE, common_words, fold, gazetteer, given_names, is_village, places, proper_nouns, sections,
                      street_types, surnames)
from .name_forms import plural_of
from .neighbourhoods import find_neighbourhoods, is_neighbourhood, is_suburb, public_place_after
from .probes import first, lower_of, matches_from, needle_pattern, needle_starts, one_level_trie, starts_of, word_start

_CUES = sections("whereabouts_cues.txt")
# A town whose name starts a landmark's: "Manchester Piccadilly", "Leeds Bradford".
TOWN = 75_000
# How far after a cue the place it points at may be, within its clause.
REACH = 120


def _phrase(words: tuple[str, ...]) -> list[str]:
    """Cue phrases as regex alternatives for lower-cased text, longest first."""
    return [re.escape(w).replace(r"\ ", r"[ \t\n]+") for w in sorted(words, key=len, reverse=True)]


_DWELLING = one_level_trie(_phrase(_CUES["dwelling"]))
_KIN = one_level_trie(_phrase(_CUES["kin"]))
_PRONOUNS = ("her", "his", "their", "my", "our", "your", "ur", "yer", "ya", "ma", "me", "wor", "oor")
_WORK = frozenset(_CUES["work"])
_HAUNT = frozenset(_CUES["haunt"])
_KIN_WORDS = frozenset(_CUES["kin"])
# Every cue in one alternation grouped by its first letter, so that at each word only the cues
# with that letter are tried; which kind was read is told after (`_cue_kind`). Matched on the
# lower-cased text, so that a cue at the start of a sentence is found too.
CUE = re.compile(r"\b" + one_level_trie(
    [rf"{pronoun}[ \t\n]+(?:(?:[\w-]++[ \t\n]+)?{_KIN}|(?:[\w-]++[ \t\n]+){{0,2}}?{_DWELLING})" for pronoun in _PRONOUNS]
    + [rf"{kin}(?:['’]s|s)" for kin in _phrase(_CUES["kin"])]
    + sorted(_phrase(_CUES["living"] + _CUES["work"] + _CUES["haunt"]), key=len, reverse=True)) + r"(?![\w'’-])")
# CUE with an ASCII word boundary: the same matches in a text of ASCII characters only, where the
# regex engine tests the boundary at each offset in half the time (no Unicode look-up).
ASCII_CUE = re.compile(r"(?a:\b)" + CUE.pattern.removeprefix(r"\b"))
# Every match of CUE starts with one of these: a pronoun and its space, a relative's word and
# its "s", a cue of one word, a cue's first word and its space. CUE is tried only there
# (probes.matches_from), not at each word of the story.
_SPACES = (" ", "\t", "\n")
CUE_LEADS = tuple(sorted(
    {pronoun + space for pronoun in _PRONOUNS for space in _SPACES}
    | {kin + ending for kin in _CUES["kin"] for ending in ("'s", "’s", "s")}
    | {cue.split(" ")[0] + (space if " " in cue else "") for cue in _CUES["living"] + _CUES["work"] + _CUES["haunt"]
       for space in _SPACES}))
KIN_END = re.compile(rf"[ \t\n]{_KIN}$")


def _cue_kind(cue: str) -> str:
    """ "living", "work", "haunt" (drinks), "owned" (her flat), "kin" (her mum) or "kin_home" (mum's)."""
    if cue.endswith(("'s", "’s")) or cue.endswith("s") and cue[:-1] in _KIN_WORDS:
        return "kin_home"
    if cue.startswith(_PRONOUNS) and cue.split(maxsplit=1)[0] in _PRONOUNS:
        return "kin" if KIN_END.search(cue) else "owned"
    return "work" if cue in _WORK else "haunt" if " ".join(cue.split()) in _HAUNT else "living"


# A home that is someone's by name ("Dean's flat", "his mum's new place"), found from the
# apostrophe (a literal found fast), the name before it checked in code.
POSSESSED = re.compile(rf"['’]s?[ \t\n]+(?:[\w-]++[ \t\n]+){{0,2}}?{_DWELLING}(?![\w'’-])")
# What ends the clause a cue points into: a sentence's end, a new clause, a line or a quote.
# The full stop is matched before the abbreviations are looked behind, so that at any other
# character the regex engine passes on at once.
CLAUSE_END = re.compile(
    r"\.(?<!\bNo\.)(?<!\bno\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)|[!?;:—–]|\n[ \t]*\n|\b(?:but|while|whereas|although|though|because|until|who|which|whose|when|where|after|before|"
    r"and|or|then|so)\b")
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĆČĎĐĘĚŁŃŇŐŘŚŠŤŰŹŻŽŴŶ"
_WORD = rf"[{_CAPITAL}][\w'’-]*"
# One to four capitalised words, with the small words of Welsh, Gaelic and English place names.
PROPER = rf"{_WORD}(?:[ \t]+(?:(?:y|yr|na|nan|an|a'|'r|upon|le|la|de)[ \t]+)?{_WORD}){{0,3}}"
_ORDINAL = (r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|top|ground")
_NUMBER = r"(?:[Nn]umber|[Nn]o\.?)[ \t]?\d{1,4}[A-Za-z]?"
_NOT_A_YEAR = r"(?!(?:19|20)\d\d\b)"
_LOW_STREET = "|".join(sorted({w.lower() for key in ("named street", "numbered only") for w in street_types()[key]}
                              | {"way", "gardens", "court", "place"}, key=len, reverse=True))
# What a cue may point at, from its preposition.
TARGET = re.compile(
    rf"\b(?P<prep>on|at|in|into|to|onto|off|above|over|behind|opposite|beside|below|near|outside|by|up|down|round)[ \t\n]+"
    rf"(?:(?:the|a|an|her|his|their|my|our)[ \t\n]+)?"
    rf"(?:(?P<number>{_NUMBER}(?:,?[ \t]+(?:on|in|at|along|off)[ \t]+(?:the[ \t]+)?|,[ \t]+){PROPER})|"
    rf"(?P<numbered>{_NOT_A_YEAR}\d{{1,4}}[A-Za-z]?,?[ \t]+{PROPER})|"
    rf"(?P<floor>(?i:{_ORDINAL})[ -]floor(?:[ \t]+flat)?[ \t]+(?:of|at|in|on)[ \t]+(?:the[ \t]+)?(?P<block>{PROPER}))|"
    rf"(?:lay-?by|layby|lay[ \t]by|verge|hard[ \t]shoulder|slip[ \t]road)[ \t]+(?:on|off|of)[ \t]+the[ \t]+(?P<laid>[ABM]\d{{1,4}})\b|"
    rf"(?P<road>[ABM]\d{{1,4}})\b|"
    rf"(?P<proper>{PROPER})|"
    # a street in lower case, as a text message writes it: "at my nan's on rodwell rd"
    rf"(?P<low>(?-i:[a-z][\w'’-]+)[ \t]+(?:{_LOW_STREET})))(?![\w'’-])"
)
# Between a relative and where they are: their name, a nickname, a comma.
NAMES_ONLY = re.compile(rf"(?:[ \t,]+(?:{_WORD}|[\"“‘'][^\"”’'\n]{{1,30}}[\"”’']))*[ \t,]*")
KIN_MET = re.compile(r"(?i)\b(?:met|meet|meets|meeting|saw|see|sees|seeing|visit\w*|took|take|takes|taking|brought|"
                     r"brings?|phoned|rang|called|texted|married|joined|joins|with|and)[ \t]+$")
SPOT = frozenset("on at onto off above over behind opposite beside below up down round".split())  # "lives up the Gurnos"
ROAD_SPOT = SPOT - {"up", "down", "round"}  # "an hour up the A7" is a journey, "parked up on the A66" a spot
# Where a relative is, by the area: "her nan in Hexthorpe" (a village or a part of a town is a
# door; a town answers). Phoning or visiting them there still places them; meeting does not.
AREA = frozenset({"in", "near"})
KIN_TOOK = re.compile(r"(?i)\b(?:met|meet|meets|meeting|took|take|takes|taking|brought|brings?|married|joined|joins|"
                      r"with|and)[ \t]+$")
# Standing alone, without a cue: a house number on a named street or place, a floor of a named
# block, a lay-by on a numbered road, a house placed against a named local shop or someone's
# house. Each is tried only where its key word is (found with `str.find` in the lower-cased
# text), and what stands before the key word is read back from there.
NUMBER_ON = re.compile(rf"{_NUMBER}(?:,?[ \t]+(?:on|in|along|off)[ \t]+(?:the[ \t]+)?|,[ \t]+)(?P<place>{PROPER})")
FLOOR_BEFORE = re.compile(rf"(?i:\b(?:{_ORDINAL}))[ -]$")
FLOOR_OF = re.compile(rf"[Ff]loor(?:[ \t]+flat)?[ \t]+(?:of|at|in)[ \t]+(?:the[ \t]+)?(?P<place>{PROPER})")
LAY_BY = re.compile(r"lay(?:-?by|[ \t]by)[ \t]+(?:on|off)[ \t]+the[ \t]+[abm]\d{1,4}\b")  # lower-cased text
_LOCAL = ("shop|garage|chippy|chip[ \t]shop|café|cafe|caff|pub|barbers|salon|takeaway|newsagents?|offy|yard|farm|"
          "house|place|flat|bungalow|caravan|butchers|bakery|store|gym|workshop|scrapyard|allotment|door")
# Found from the apostrophe of the owner (a literal found fast); the direction and the owner's
# name are read back from there.
LOCAL_AFTER = re.compile(rf"['’]s?[ \t]+(?:{_LOCAL})\b")
DIRECTION_OWNER = re.compile(
    rf"\b(?:past|opposite|behind|above|over|beside|next[ \t]+door[ \t]+to|next[ \t]+to|across[ \t]+from|"
    rf"round[ \t]+the[ \t]+corner[ \t]+from|up[ \t]+from|down[ \t]+from|at[ \t]+the[ \t]+(?:end|back|top|bottom)[ \t]+of)"
    rf"[ \t]+(?:the[ \t]+)?(?P<owner>{_WORD}(?:[ \t]+{_WORD})?)$")
# "the second house past ...", "the flat above ...": the home placed, read back from the direction.
HOUSE_BEFORE = re.compile(rf"\b(?:the[ \t]+)?(?:(?i:{_ORDINAL}|last|next|end|corner)[ \t]+)?"
                          rf"(?:house|door|flat|bungalow|cottage|terrace|one|place)[ \t]+$")
# A place that answers a cue without pointing at a door: a public building or a public place.
_PUBLIC = frozenset(w.lower() for w in street_types()["public place"]) | frozenset(
    "prison hmp hmyoi yoi infirmary cathedral airport hotel inn hostel premises unit ward police council jobcentre house lodge "
    "court courts crown magistrates market".split())
_STREET_WORDS = frozenset(w.lower() for key in ("named street", "street after a cue", "dwelling", "building",
                                                "numbered only") for w in street_types()[key])
_STREET_FIRST = frozenset(w.lower() for w in street_types()["street before the name"])
_SKIPPED = frozenset({"calendar"})
# Small words that may stand before a street word in lower case and are no street's name.
_NOT_A_STREET_NAME = frozenset("the a an this that same our your their his her my main high ring back side".split())
_COURT_WORDS = frozenset("crown magistrates county youth family coroners coroner".split())


def find_whereabouts(text: str) -> Iterator[Hit]:
    """Places after a cue of living or being found, and homes placed by number, floor or a shop."""
    lower = lower_of(text)
    if len(lower) == len(text):
        for cue in first(matches_from(ASCII_CUE if lower.isascii() else CUE, lower, starts_of(lower, CUE_LEADS))):
            if not (cue.start() and text[cue.start() - 1] in "'’-") and not _raised_money(lower, cue):
                yield from _pointed_at(text, cue.start(), cue.end(), _cue_kind(cue.group()))
        apostrophes = starts_of(lower, ("'", "’"))
        for home in first(matches_from(POSSESSED, lower, apostrophes)):
            if home.start() and lower[home.start() - 1].isalnum():
                yield from _pointed_at(text, home.start(), home.end(), "owned")
        yield from _standing_alone(text, lower, apostrophes)
        yield from _excluded_areas(text, lower)
        yield from _routine_places(text, lower)
        yield from find_neighbourhoods(text)


# An exclusion zone keeps someone away from where a victim lives: each village or part of a town
# it names is a door ("an exclusion zone covering Hexthorpe and the whole of Shady Side", "banned
# from Hexthorpe, Balby and Warmsworth"); a town answers ("must stay out of Doncaster").
EXCLUDED = re.compile(r"(?:exclusion[ \t\n]+zones?[ \t\n]+(?:covering|around|of|in|on|for)|"
                      r"(?:stay|stays|stayed|staying|keep|keeps|kept|keeping)[ \t\n]+(?:(?:him|her|them)[ \t\n]+)?"
                      r"(?:out[ \t\n]+of|away[ \t\n]+from)(?:[ \t\n]+the[ \t\n]+area[ \t\n]+(?:around|round|near|of))?|"
                      r"(?:banned|barred)[ \t\n]+from|not[ \t\n]+(?:to[ \t\n]+)?(?:enter|go[ \t\n]+(?:to|into|near)))[ \t\n]+")
EXCLUDED_KEYS = ("exclusion zone", "stay", "keep", "banned from", "barred from", "not ")
# One place of the zone's list, after what joins it to the one before.
LISTED_AREA = re.compile(rf"(?:(?:,[ \t\n]*|[ \t\n]+(?:and|or)[ \t\n]+|,[ \t\n]+(?:and|or)[ \t\n]+))?"
                         rf"(?:the[ \t\n]+whole[ \t\n]+of[ \t\n]+|all[ \t\n]+of[ \t\n]+|the[ \t\n]+)?(?P<place>{PROPER})")


def _excluded_areas(text: str, lower: str) -> Iterator[Hit]:
    for m in first(matches_from(EXCLUDED, lower, starts_of(lower, EXCLUDED_KEYS))):
        if not word_start(text, m.start()):
            continue
        at = m.end()
        for _ in range(6):
            item = LISTED_AREA.match(text, at)
            if item is None or (at > m.end() and item.start("place") == at):
                break
            place = item["place"]
            if fold(place.split()[-1]) not in _STREET_WORDS and (is_village(place) or is_neighbourhood(
                    place, text, item.end())):  # a street is places.py's to judge ("not go near Whitechapel Road")
                yield _hit(*item.span("place"))
            at = item.end()


# A place someone is at at the same time every week is where they can be found: "the bingo at the
# Mecca on the Kingsway every Tuesday", "at the Ferryboat most Fridays", "round Manningham every
# night"; and so is the place of the night out a message is about ("he went to the Spider's Web
# last night"). Found from the time words; the place just before them is read back.
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
ROUTINE = re.compile(rf"[ \t]+(?:every|each|most)[ \t]+(?:other[ \t]+|single[ \t]+)?"
                     rf"(?:(?:{_DAYS})s?(?:[ \t]+(?:night|morning|afternoon|evening|dinnertime|teatime))?|"
                     rf"night|morning|evening|afternoon|weekend|week|day|dinnertime|teatime|lunchtime)s?\b|"
                     # ... or the night out a thread or a note is about: "went to the Spider's Web last night"
                     rf"[ \t]+(?:last|the[ \t]+other)[ \t]+(?:night|weekend)\b|[ \t]+tonight\b")
PLACE_BEFORE_ROUTINE = re.compile(rf"\b(?P<prep>at|on|off|round|around|up|down|in|to[ \t]+the)[ \t]+(?:the[ \t]+)?"
                                  rf"(?P<proper>{PROPER})$")


NIGHT_OUT = (" last ", " the other ", " tonight")
ROUTINE_KEYS = (" every ", " each ", " most ", *NIGHT_OUT)  # every match of ROUTINE starts with one


def _routine_places(text: str, lower: str) -> Iterator[Hit]:
    for at in starts_of(lower, ROUTINE_KEYS):
        if not ROUTINE.match(lower, at):
            continue
        place = PLACE_BEFORE_ROUTINE.search(text, max(0, at - 60), at)
        if place is None or not word_start(text, place.start()) or _no_haunt(place):
            continue
        phrase = place["proper"]
        if _kind(phrase) or _is_first_name(phrase) or phrase.endswith(("'s", "’s")) or _is_street(phrase):
            continue  # a day, a person, someone's, a street (places.py reads a street with a routine)
        if " " not in phrase and lower.startswith(NIGHT_OUT, at):
            continue  # one night at a venue of one word may be a chain's or an arena's: "the Odeon", "the O2"
        area = place["prep"] in ("in", "around")
        if area and (is_village(phrase) or is_suburb(phrase, text)) or not area and _is_door(phrase):
            yield _hit(*place.span("proper"))


_NUMBER_WORDS = needle_pattern(("number", "no.", "no "))


def _standing_alone(text: str, lower: str, apostrophes: list[int]) -> Iterator[Hit]:
    for m in first(matches_from(NUMBER_ON, text, needle_starts(_NUMBER_WORDS, lower))):
        if word_start(text, m.start()) and _is_door(m["place"], numbered=True):
            yield _hit(m.start(), m.end())
    for m in first(matches_from(FLOOR_OF, text, starts_of(lower, ("floor",)))):
        if FLOOR_BEFORE.search(text, max(0, m.start() - 14), m.start()) and _is_door(m["place"], numbered=True, floor=True):
            yield _hit(*m.span("place"))
    for m in first(matches_from(LAY_BY, lower, starts_of(lower, ("lay",)))):
        if word_start(text, m.start()):
            yield _hit(m.start(), m.start() + len(m.group()))
    for m in first(matches_from(LOCAL_AFTER, text, apostrophes)):
        if (owner := DIRECTION_OWNER.search(text, max(0, m.start() - 60), m.start())) and _is_local_owner(owner["owner"]):
            house = HOUSE_BEFORE.search(text, max(0, owner.start() - 40), owner.start())
            yield _hit(house.start() if house else owner.start(), m.end())


def _raised_money(lower: str, cue: re.Match[str]) -> bool:
    """ "£62 raised for the RNLI", "raised money": "raised" that is no upbringing."""
    return cue.group() == "raised" and RAISED_AS_CHILD.match(lower, cue.end()) is None


RAISED_AS_CHILD = re.compile(r"[ \t\n]+(?:in|on|at|by|near|round|off|up|with)\b")


def _pointed_at(text: str, cue_start: int, cue_end: int, kind: str) -> Iterator[Hit]:
    """The first place named after a cue of a kind (a group of CUE), in its clause: an error
    when it is a door."""
    end = min(len(text), cue_end + REACH)
    if stop := CLAUSE_END.search(text, cue_end, end):
        end = stop.start()
    judged = 0
    if kind == "living" and text.find("its", cue_end, end) >= 0 and (body := ITS_HOME.search(text, cue_end, end)):
        end = body.start()  # "the centre moved to its present home near ...": a body's, not a person's
    for target in TARGET.finditer(text, cue_end, end):
        if kind == "work" and not (target["road"] or target["laid"] or target["numbered"] or target["number"]):
            continue
        if kind == "kin" and not _kin_placed(text, cue_start, cue_end, target.start(), target["prep"]):
            return
        verdict = "answer" if kind == "haunt" and _no_haunt(target) else _verdict(target, kind)
        if verdict == "answer" and kind == "kin" and target["proper"] and _is_street(target["proper"]):
            verdict = "door"  # "tell ur nan at Dacre Street": a relative's street is their door
        if verdict == "skip":
            continue
        if verdict == "door":
            name = next(key for key in ("number", "numbered", "block", "laid", "road", "proper", "low") if target[key])
            yield _hit(*target.span(name))
            return
        judged += 1
        if judged == 2 or not _chained(text, target.end(), end):
            return


# A brand's shape: a capital inside a word ("PureGym", "JD Sports" is on the lists) or letters only.
INNER_CAPITAL = re.compile(r"\b[A-Z][a-z]+[A-Z]|\b[A-Z]{2,}\b")


def _no_haunt(target: re.Match[str]) -> bool:
    """After a verb of habit or an offence, what is no local place: a day ("arrested on 14 March"),
    a brand's shape ("trains at PureGym", "the ABA finals"), or one bare word after "at", which may
    be a hospital or a ground ("seen by Dr Patel at Pinderfields", "trains at Headingley"); "at
    the Ferryboat", "round Manningham" and names of two words stay doors."""
    phrase = target["proper"] or target["numbered"]
    if phrase is None:
        return False
    if any(_kind(word) == "calendar" for word in phrase.split()):
        return True  # a day: "arrested on Christmas Eve", "arrested on 14 March 2025"
    if target["proper"] is None:
        return False
    if INNER_CAPITAL.search(phrase):
        return True
    the = target.string.endswith(("the ", "The "), 0, target.start("proper")) or phrase.startswith("The ")
    return target["prep"] == "at" and " " not in phrase and not the


# A body's home, not a person's: "moved to its present home near Mowbray Park". Searched for only
# where "its" stands: a pattern led by \b is tried at every offset.
ITS_HOME = re.compile(r"\bits[ \t]+(?:[a-z]+[ \t]+)?(?:home|base|premises|site|building|offices?)\b")


def _kin_placed(text: str, cue_start: int, cue_end: int, at: int, prep: str) -> bool:
    """ "her mother Bernadette "Bernie" Doherty at Rath Mór", "my foster mum Aunty Bev in
    Dalton": a relative, their name only, then where they are (a spot, or an area: a village or
    a part of a town, `_verdict` tells); not "met his partner at", "took her mum to"."""
    if prep not in SPOT and prep not in AREA:
        return False
    return NAMES_ONLY.fullmatch(text, cue_end, at) is not None and not (KIN_MET if prep in SPOT else KIN_TOOK).search(
        text, max(0, cue_start - 20), cue_start)


def _chained(text: str, at: int, end: int) -> bool:
    """ "lives in Bury, on Carnhill": a place right after the town may be its street."""
    return text[at:end].lstrip().startswith(",")


def _verdict(target: re.Match[str], kind: str = "") -> str:
    """"door" (an error), "answer" (the cue is answered by a public place or a town) or "skip"."""
    if target["low"]:  # "on rodwell rd": a name no dictionary knows, on a spot
        first_word = fold(target["low"].split()[0])
        placed = target["prep"] in SPOT or kind == "living" and target["prep"] in ("to", "into", "in")
        return "door" if placed and first_word not in common_words() and first_word not in places() \
            and first_word not in _NOT_A_STREET_NAME else "skip"
    if target["number"] or target["numbered"] or target["road"] or target["laid"]:
        return "door" if target["road"] is None or target["prep"] in ROAD_SPOT else "answer"
    if target["floor"]:
        return "door" if _is_door(target["block"], numbered=True, floor=True) else "answer"
    phrase = target["proper"]
    if phrase.endswith(("'s", "’s", "s'")) or _kind(phrase) in _SKIPPED or _is_first_name(phrase):
        return "skip"  # someone's ("at Dean's"), a day ("in March"), a person ("with Shona")
    if kind in ("living", "haunt") and is_suburb(phrase, target.string) and not public_place_after(
            target.string, target.end()):
        return "door"  # "grew up in Chaddesden" in a story of Derby: a suburb
    if target["prep"] in SPOT:
        return "door" if _is_door(phrase) and not public_place_after(target.string, target.end()) else "answer"
    lived_in = kind in ("living", "owned", "kin_home", "kin")
    if lived_in and _part_of_town(phrase, target.string, target.end()) or kind == "kin" and _unknown_word(phrase):
        return "door"  # "Tillydrone in Aberdeen"; "his cousin Hamid in Pillgwenlly"
    if lived_in and _everyday_word_as_a_name(phrase) and not _after_the(target) and not public_place_after(
            target.string, target.end()):
        return "door"  # "her house in Foxhole": an everyday compound capitalised as a place's name
    if lived_in and _the_district(phrase, target):
        return "door"  # "lives in a flat in the Gorbals"
    return "door" if is_village(phrase) or is_neighbourhood(phrase, target.string, target.end(), lived_in) else "answer"


# "moving to Tillydrone in Aberdeen": a name placed in a town is a part of it.
IN_TOWN = re.compile(rf",?[ \t]+in[ \t]+(?P<town>{PROPER})")


# Letters British place names seldom hold, or a final vowel they seldom end with: "Kassala",
# "Kandahar", "Mazar-i", "Zarqa" are towns abroad where a relative lives, which is no door.
FOREIGN_SHAPE = re.compile(r"[aiou]$|[qxzj]|kh|dh|gh$")


PUBLIC_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_PUBLIC, key=len, reverse=True)) + r")\b")


def _the_district(phrase: str, target: re.Match[str]) -> bool:
    """ "in the Gorbals", "in the Shankill": one word no list knows, after "the", is a district
    ("in the Army", "in the Midlands", "in the Meadows" are words or regions; "next door to the
    Gallaghers" is a family: a name, shapes.py)."""
    text = target.string
    return (" " not in phrase and text.endswith(("the ", "the\n", "the\t"), 0, target.start("proper"))
            and _unknown_word(phrase, foreign_ok=True) and not public_place_after(text, target.end())
            and not PUBLIC_AFTER.match(text, target.end())  # "moved to the Kingsway library"
            and plural_of(fold(phrase)) not in surnames())


def _everyday_word_as_a_name(phrase: str) -> bool:
    """One everyday word made of two, capitalised mid-sentence after a cue of living, as a place's
    name is ("in Foxhole", "in Coldharbour"): no list knows it as a place, a body, a region or a
    first name. A word of one root ("in Care", "in Town") is a heading's capitals."""
    word = fold(phrase)
    return (" " not in phrase and phrase.isalpha() and not phrase.isupper() and word in common_words()
            and not places().get(word) and given_names().get(word, 0) < 4 and _two_words(word))


def _after_the(target: re.Match[str]) -> bool:
    """ "in the Midlands", "in the Highlands": a region's or a landscape's name, not a village's."""
    return target.string.endswith(("the ", "the\n", "the\t"), 0, target.start("proper"))


# Endings that make a word of one root, not a compound of two: "homeless", "fearful", "housing".
_ONE_ROOT_ENDINGS = ("less", "ness", "ship", "hood", "ment", "ful", "ward", "wards", "ing", "ings", "ed", "ers",
                     "able", "ly", "ist", "ism")


def _two_words(word: str) -> bool:
    """ "foxhole" (fox + hole), "sandpit" (sand + pit): two everyday words of three letters or
    more, seven in all ("hostel" is no "hos" and "tel")."""
    if len(word) < 7 or word.endswith(_ONE_ROOT_ENDINGS):
        return False
    return any(word[:i] in common_words() and word[i:] in common_words() for i in range(3, len(word) - 2))


def _unknown_word(phrase: str, foreign_ok: bool = False) -> bool:
    """One word of plain letters that no list knows, neither a word, a name nor a place: after a
    relative and "in", a part of a UK town too small for the lists (a city abroad is on them,
    written with its own letters, "Năvodari", or shaped unlike British names, FOREIGN_SHAPE)."""
    word = fold(phrase)
    return (" " not in phrase and phrase.isascii() and phrase.isalpha() and len(word) >= 6
            and (foreign_ok or not FOREIGN_SHAPE.search(word)) and not any(word in known for known in (common_words(), given_names(), surnames(), proper_nouns(),
                                                    places(), gazetteer())))


def _part_of_town(phrase: str, text: str, end: int) -> bool:
    """A name no list knows as a place, a word or a first name, followed by "in" and a town."""
    town = IN_TOWN.match(text, end)
    if town is None or not _is_town(_key(town["town"])) or public_place_after(text, end):
        return False
    folded = [fold(w) for w in phrase.split()]
    return not (_kind(phrase) or _key(phrase) in gazetteer() or folded[-1] in _PUBLIC or folded[-1] in _STREET_WORDS
                or len(folded) == 1 and (folded[0] in common_words() or _is_first_name(phrase)))


def _is_door(phrase: str, numbered: bool = False, floor: bool = False) -> bool:
    """A proper noun that may be a house, a block, a farm, a street or a hamlet: not a known
    place, body, brand, public building or town. A street or a block places.py reads by its
    word is left to it, unless a number or a floor goes with it ("number 3 on Mundford Road")."""
    words = phrase.split()
    folded = [fold(w) for w in words]
    last = folded[-1]
    if _kind(phrase) or folded[0] in ("hmp", "hmyoi", "hm") or any(w in _COURT_WORDS for w in folded[:-1]):
        return False
    if last in _STREET_WORDS or folded[0] in _STREET_FIRST:
        return numbered and len(words) > 1 and not (floor and last != "court" and last in _PUBLIC)
    if last in _PUBLIC or gazetteer().get(_key(phrase), 0) >= VILLAGE or len(words) > 1 and _is_town(folded[0]):
        return False  # a public building, a town, or a town's landmark ("Manchester Piccadilly")
    if len(words) == 1 and (last in proper_nouns() or last in common_words()):
        return False
    return len(words) > 1 or not all(w in common_words() or w in places() for w in folded)


def _is_street(phrase: str) -> bool:
    words = phrase.split()
    return len(words) > 1 and (fold(words[-1]) in _STREET_WORDS or fold(words[0]) in _STREET_FIRST)


def _is_local_owner(owner: str) -> bool:
    """A surname or a name no list knows owns a local shop ("Khan's", "Mrs Begum's"); a first
    name alone is a pseudonym's, a brand a chain's."""
    words = [fold(w) for w in owner.split()]
    if _kind(owner) or any(w in places() for w in words) or words[-1] in common_words() and words[-1] not in surnames():
        return False
    return not (len(words) == 1 and _is_first_name(owner))


def _is_town(word: str) -> bool:
    return places().get(word) in ("city", "region") or gazetteer().get(word, 0) >= TOWN


def _is_first_name(phrase: str) -> bool:
    word = fold(phrase)
    return " " not in phrase and given_names().get(word, 0) >= 4 and word not in surnames() and word not in gazetteer()


def _kind(phrase: str) -> str | None:
    """The category of a known place, body, brand or public figure (data/places_slingshot.txt)."""
    return places().get(fold(phrase)) or places().get(_key(phrase))


def _key(phrase: str) -> str:
    return fold(phrase).replace("-", " ")


def _hit(start: int, end: int) -> Hit:
    return Hit(start, end, "address", ERROR,
               "Where someone lives or is found, however it is written, leads to their door",
               "name the town at most, or describe the place (\"a flat in a tower block\", \"a lay-by\")")
