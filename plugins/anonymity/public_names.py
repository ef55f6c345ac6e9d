"""Public names that no list holds whole, as spans the engine masks like the allow-list's: a
public figure named again by one part of the name, a hospital or an institution named "Royal"
and its town, a title in quotation marks or italics just after the word for a work ("her
favourite song, "Valerie""), a name after an honour ("Sir Keir"), and a public building's café
("the Rothes Halls café").

A story that names a listed public figure in full ("Linford Christie", data/public_figures.txt)
often goes on with one word of it: "Linford's mum", "Rashford's campaign", "what Angelou
meant". In that story the word is the figure, not a private person of the same name. It is
not when the word is also a given name ("Christie", "Harry": a child named after a footballer
is named by nothing else), nor when the story shows someone of its own with the word: a title
or a relationship before it ("her neighbour Rashford"), an age after it ("Rashford, 34,") or a
description after it ("Rashford, the lad from number 9", "Rashford next door"). A word no full
name in the story explains stays a name (the guard fails closed).
"""

from __future__ import annotations

import re

from .lexicon import cue_list, fold, gazetteer, given_names, places, street_types
from .names import named_privately
from .probes import matches_from, starts_of

# One capitalised word (with its possessive), as a name is written.
WORD = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)(?:['’]s)?(?![\w'’-])")
# Words of a listed name that say nothing of who it is: "Sir", "Queen", "Jr", "of".
NOT_A_PART = frozenset({"sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "saint",
                        "st", "jr", "junior", "senior", "of", "the", "de", "van", "von", "la", "le", "da",
                        "al", "el", "bin", "ibn", "mc", "mac", "dr", "mr", "mrs", "ms", "miss"})
# The word just before another, with its dot: "Mrs", "Dr.", "Sister".
PREVIOUS = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
# Titles that make the word after them a person ("Mrs Farah", "Sister Farah").
TITLES = frozenset(cue_list("titles"))
# What, after the word, shows a person of the story: "Christie, the lad from number 9",
# "Christie next door", "Christie, our neighbour", "Christie from the estate".
_ROLES = "|".join(sorted(cue_list("public_roles")))
DESCRIBED = re.compile(
    r",?[ \t]+(?:the|a|an|our|my|his|her|their|your)[ \t]+(?!(?:\w+[ \t]+)?(?:" + _ROLES + r")s?\b)\w+"
    r"|[ \t]+(?:next[ \t]+door|from[ \t]+(?:the|number|no\.?|down|up|over|round)\b|"
    r"(?:who|that)[ \t]+lives|upstairs|downstairs)", re.IGNORECASE)


# "Royal Preston", "Royal Stoke", "the Royal Derby": "Royal" and a town's name is the town's
# hospital, infirmary or another public body, never a person (a town is no surname after it).
ROYAL_TOWN = re.compile(r"(?<![\w'’-])Royal[ \t]+(?P<town>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?)(?![\w'’-])")
# A town that has a hospital of its own: a town of the gazetteer this big, or a listed city.
TOWN_SIZE = 20_000


# The words for a work (data/name_cues.toml `work_nouns`, and a few more a quoted title
# follows), and the verbs of performing one: just before a title in quotation marks or italics.
WORK_WORDS = cue_list("work_nouns") | {"episode", "podcast", "programme", "tune", "record", "video",
                                       "game", "anthem", "documentary", "audiobook", "playlist"}
# Not "played" or "watched": 'he played "Tank" at pool' is a nickname.
PERFORMED = ("sang", "sing", "sings", "singing", "recited", "hummed", "humming", "covered",
             "listened to", "listening to", "streamed")
WORK_BEFORE = re.compile(r"\b(?:(?i:" + "|".join(sorted(WORK_WORDS)) + r")s?(?:[ \t]+\d{1,3})?[ \t]*[,:]?|"
                         r"(?i:" + "|".join(PERFORMED) + r"))[ \t]+$")
# A short title in quotation marks or italics, starting with a capital: "Valerie", *Harry Brown*.
QUOTED_TITLE = re.compile(r"[\"“*](?P<title>[A-Z0-9][^\"“”*\n]{0,60}?)[\"”*]")
TITLE_WORDS = 6


def public_spans(text: str, listed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans no person stands in, beyond the listed ones (`listed`, from the allow-list and
    the public lists): public figures named again, "Royal" before a town, quoted titles."""
    return (figures_named_again(text, listed) + royal_towns(text) + quoted_works(text) + honoured(text)
            + public_cafes(text))


# A public building's own café or shop: "the Rothes Halls café", "Kelham Island Museum café",
# "the Ferens Art Gallery shop". The building is public, and so is what it runs inside it.
PUBLIC_BUILDINGS = ("Hall", "Halls", "Centre", "Center", "Library", "Museum", "Gallery", "Theatre",
                    "Arena", "Stadium", "Baths", "Lido", "Greenway", "Reserve", "Market", "Station",
                    "Jobcentre", "Hospital", "Infirmary", "University", "College", "Cathedral",
                    "Abbey", "Castle", "Zoo", "Pier", "Guildhall", "Playhouse", "Pavilion", "Country Park",
                    "Railway Path")
BUILDING_TRADES = ("café", "cafe", "caff", "canteen", "coffee shop", "kiosk", "tearoom", "tea room",
                   "tearooms", "restaurant", "bar", "shop", "gift shop")
TRADE = re.compile(r"\b(?:" + "|".join(BUILDING_TRADES) + r")\b")
# Every match of TRADE starts with one of these words: it is tried only there.
TRADE_LEADS = tuple(sorted({trade.split()[0] for trade in BUILDING_TRADES}))
# The building's name just before the trade word: up to four capitalised words, then its kind.
BUILDING_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){1,4}"
                             r"(?:" + "|".join(PUBLIC_BUILDINGS) + r")[ \t]+$")


def public_cafes(text: str) -> list[tuple[int, int]]:
    """ "Christmas lunch at the Rothes Halls café": a café, canteen or shop named by the public
    building it is in (a hall, a library, a museum, a park...) is as public as it, unless
    someone works there (a small workplace: premises.py)."""
    spans = []
    for trade in matches_from(TRADE, text, starts_of(text, TRADE_LEADS)):  # few; the building is looked for just before
        building = BUILDING_BEFORE.search(text, max(0, trade.start() - 120), trade.start())
        if building and not _worked_at(text, building.start()):
            spans.append((building.start(), trade.end()))
    return spans


# The words of working somewhere: "she works at the Cathays Library café" names where she can be
# found, as a small workplace does (premises.py).
WORK_WORDS = frozenset({"work", "works", "worked", "working", "job", "jobs", "shift", "shifts", "employed",
                        "volunteer", "volunteers", "volunteered", "volunteering", "placement", "manages",
                        "managed", "runs", "ran", "owns", "owned"})


def _worked_at(text: str, start: int) -> bool:
    clause = re.split(r"[.!?;\n]", text[max(0, start - 60) : start])[-1]
    return any(w in WORK_WORDS for w in re.findall(r"[a-z]+", clause.lower()))


# An honour before a name: "Sir Keir", "Dame Judi", "Baroness Casey". A knight, a dame or a
# baroness is named in the Gazette; the honour, not the story, makes the name known. Not "Lord":
# a street ("Lord Street") and a pet ("his Staffie, Lord Barkington") take it.
HONOUR = re.compile(r"(?<![\w'’-])(?:Sir|Dame|Baroness)[ \t]+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
                    r"(?:[ \t]+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){0,2}")
# The words that make a name a street's or a building's: "Sir Thomas Street", "Dame Alice Court".
PLACE_WORDS = frozenset(fold(w) for key in ("named street", "street after a cue", "building", "dwelling")
                        for w in street_types().get(key, ()))


def honoured(text: str) -> list[tuple[int, int]]:
    """ "Sir Keir was on the news", "Dame Judi was brilliant": a name after an honour, unless
    it names a street or a building, or the story shows that person as its own (a relationship
    before, an age after)."""
    if "Sir " not in text and "Dame " not in text and "Baroness " not in text:
        return []
    return [m.span() for m in HONOUR.finditer(text) if not named_privately(text, m.start(), m.end())
            and not any(fold(w) in PLACE_WORDS for w in m[0].split()[1:])]


def quoted_works(text: str) -> list[tuple[int, int]]:
    """ "Her favourite song, "Valerie", came on", "Track 3, "Stan",", "He sang "Mr Jones"": a
    title of a few words in quotation marks or italics, right after the word for a work or a
    verb of performing one, names a work. Not a quotation: no sentence inside, no comma."""
    if '"' not in text and "“" not in text and "*" not in text:
        return []
    return [m.span("title") for m in QUOTED_TITLE.finditer(text)
            if len(m["title"].split()) <= TITLE_WORDS and not any(c in m["title"] for c in ",.!?;:")
            and WORK_BEFORE.search(text, max(0, m.start() - 40), m.start())]


def royal_towns(text: str) -> list[tuple[int, int]]:
    """ "Royal Preston", "Royal Stoke": "Royal" and a town of some size (or a listed city); and a
    town whose own name starts with it ("Royal Leamington Spa", "Royal Wootton Bassett")."""
    if "Royal" not in text:
        return []
    return [m.span() for m in ROYAL_TOWN.finditer(text) if _a_town(m["town"]) or _a_town(m[0])
            or " " in m["town"] and _a_town(m["town"].split()[0])]


def _a_town(name: str) -> bool:
    key = fold(name).replace("-", " ")
    return gazetteer().get(key, 0) >= TOWN_SIZE or places().get(key) in ("city", "region")


def figures_named_again(text: str, public_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of single words of the public figures' full names found in `public_spans`,
    where the story uses one alone and shows no person of its own by it anywhere ("Mrs Farah
    from the victim team" keeps every "Farah" of a story that also names Mo Farah)."""
    parts = _parts_of_figures(text, public_spans)
    if not parts:
        return []
    uses = [m for m in WORD.finditer(text) if fold(m["name"]) in parts and not _inside(public_spans, m.start())]
    private = {fold(m["name"]) for m in uses if _private(text, m)}
    return [m.span() for m in uses if fold(m["name"]) not in private]


def _private(text: str, word: re.Match[str]) -> bool:
    """A person of the story: a title or a relationship before the word, an age or a
    description after it, or the word alone in a table's cell."""
    return (_previous_word(text, word.start()) in TITLES or named_privately(text, word.start(), word.end())
            or _described(text, word) or _alone_in_a_cell(text, word))


def _alone_in_a_cell(text: str, word: re.Match[str]) -> bool:
    """ "| Vardy | lent him a drill |": a word that fills a table's cell is listed as one of
    the rows' people."""
    return (text[: word.start()].rstrip(" \t").endswith("|")
            and text[word.end() :].lstrip(" \t").startswith("|"))


def _previous_word(text: str, offset: int) -> str:
    m = PREVIOUS.search(text, max(0, offset - 20), offset)
    return m.group(1) if m else ""


def _described(text: str, word: re.Match[str]) -> bool:
    """A description after the bare word; after "'s" ("Fury's a beast") a determiner is no
    description."""
    return word.end() == word.end("name") and DESCRIBED.match(text, word.end()) is not None


def _parts_of_figures(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The words (folded) of the listed public figures' full names written in the story, less
    any given name: "Harry wants to be Harry Kane", "Farah" beside "Mo Farah" may be the
    story's own person, whom nothing else shows."""
    parts: set[str] = set()
    for start, end in spans:
        written = text[start:end]
        if places().get(fold(written)) == "public figure":
            parts.update(word for word in (fold(w) for w in re.split(r"[\s.]+", written))
                         if len(word) > 2 and word not in NOT_A_PART and word not in given_names())
    return frozenset(parts)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)
