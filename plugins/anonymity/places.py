"""Where people live: full postcodes and sectors, house and flat addresses, and named streets.

A named street is an error where someone lives on it and a warning elsewhere. Where someone
lives is read from a cue, not from a distance: a verb of living ("lives on", "moved to", "grew
up on", "was found in") points at the first place named after it in its sentence; a home that
is someone's ("her home", "his flat", "Nadia's shop") points at the first street named after it
in its paragraph, however long the sentences between ("Her home is small. ... It is on Larch
Close."). A town named first after a verb takes the cue ("lives in Bury, near Mill Lane"),
unless the street follows it as part of the address ("lives in Bury, on Mill Lane"). A street
used as a landmark is at most a warning: a public place just before or after it ("the library on
Church Street", "our Queen Street office"), passing by ("down", "near", "from"), or doing
something there ("works on"). An exclusion zone ("must stay out of", "not to enter") and a court
report's age ("Kayleigh Bostock, 24, of Moorland Road") point at a home the same way; a boat or an
area named after "lives on the" or "moored below" is a home whatever its form.

Rooms, flats and cells by number, house numbers without their street, map references and small
places named (a firm with its trade, a primary school, a surgery, a pub) are in premises.py. A
street given with a house number anywhere in the story is a home wherever else it is named.

Street words are in data/street_types.txt: English, Welsh, Scottish and Irish forms. Words
that also name parks, gardens and courts ("Hyde Park") are streets only right after a cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .findings import ERROR, WARNING, Hit
from .lexicon import common_words, fold, gazetteer, given_names, places, sections, street_types, surnames
from .premises import find_premises, names_a_place_before
from .probes import ProbeSet, first, lower_of, matches_from, starts_of
from .corrections import corrected
from .neighbourhoods import named_again
from .whereabouts import find_whereabouts

# Royal Mail postcode areas (data/codes_slingshot.txt): nothing else shaped like a postcode is one.
POSTCODE_AREAS = frozenset(sections("codes_slingshot.txt")["postcode areas"])
# Postcodes are matched from the first digit of the outward code ("SK4"), with its one or two
# area letters checked behind; the area itself is then checked against the list above.
INWARD = re.compile(r"[ \u00a0]{0,3}\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\w/-])")
# A sector ("OL6 9") narrows a home to a few thousand addresses: an error. A district alone
# ("in M14") is a warning, and only after a cue, because M60 is also a motorway.
SECTOR_DIGIT = re.compile(r"[ \u00a0]\d(?![\w/-]|[ \u00a0]?[A-Za-z]{2}\b|[.,]\d)")
DISTRICT_CUE = re.compile(r"(?i)\b(?:postcode|postal\s+district|in|near|around)\s+$")


def _either(*sections: str, capitalised: bool | None = None) -> str:
    """Sections of data/street_types.txt as one regex alternation, longest words first; only
    the capitalised words, or only the others, when asked (an empty one never matches)."""
    words = [word for section in sections for word in street_types()[section]
             if capitalised is None or word[0].isupper() == capitalised]
    longest_first = sorted(words, key=len, reverse=True)
    return _by_first_letter(longest_first) if words else "(?!)"


def _by_first_letter(words: list[str]) -> str:
    """`(?:w1|w2|...)` written as a trie of one level, "R(?:oad|ise|ow)|S(?:treet|quare)": the
    same matches (only words with the letter at hand can match there, and those keep their
    order), found several times sooner. Words whose first letters differ only in case stay
    one plain group, in their order, so that the pattern is the same under IGNORECASE too."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].casefold(), []).append(word)
    branches = []
    for group in groups.values():
        if len({word[:1] for word in group}) == 1:
            branches.append(re.escape(group[0][:1]) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")")
        else:
            branches.append("(?:" + "|".join(map(re.escape, group)) + ")")
    return f"(?:{'|'.join(branches)})"


# A capitalised word, taken whole ("{0,30}+": what follows it is never a word character, so giving
# letters back could not help a match, and the engine does not try).
_NAME_WORD = r"[A-Z][\w'’-]{0,30}+"
_SUFFIXES = _either("named street", "street after a cue", "numbered only", "dwelling")
# "Heol y Nant", "Lôn-y-Wern", "Sràid na h-Eaglaise": the street word first, then the name.
_PREFIXED = (rf"{_either('street before the name')}(?:[ -]{{1,2}}{_either('article')}[ -]?|[ -]{{1,2}})"
             rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}")
# "fferm Bryn Hyfryd", "Tyddyn Isaf": a farm's or a cottage's Welsh word first, a home.
HOME_FIRST = re.compile(rf"{_either('home before the name')}(?:[ -]{{1,2}}{_either('article')}[ -]?|[ -]{{1,2}})"
                        rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}")
# One street type, in any case: file names are lower case (story_check.as_prose reads them).
STREET_TYPE = re.compile(_SUFFIXES, re.IGNORECASE)
_STREET = rf"(?:(?:{_NAME_WORD}\s{{1,3}}){{0,3}}{_NAME_WORD}\s{{1,3}}{_SUFFIXES}\b|{_PREFIXED})"
_BUILDING = rf"(?:(?:{_NAME_WORD}\s{{1,3}}){{0,3}}{_NAME_WORD}\s{{1,3}}{_either('building')}\b)"
# Postcodes (from the first digit of the outward code, "SK4", with the area letters checked
# behind) and numbered addresses ("27 Heaton Moor Mews") are found in one pass over the digits.
DIGIT_PROBES = ProbeSet(r"\d", {
    "outward": r"(?:(?<=[A-Za-z]{2}\d)|(?<=[A-Za-z]\d))",
    "numbered": rf"(?<![\w/-]\d)\d{{0,3}}[A-Za-z]?,?\s{{1,3}}{_STREET}",
}, after_digits="")  # both look behind the first digit for a letter or no word
FLAT = re.compile(rf"(?:Flat|Apartment|Apt|Unit)\s{{1,3}}\d{{1,4}}[A-Za-z]?,?\s{{1,3}}(?:{_STREET}|{_BUILDING})")
# A flat's number alone ("moved into Flat 3B"), a unit with the name of its building ("Unit 4,
# Hollins Mill") and what follows "c/o" up to a comma are parts of an address.
FLAT_PARTS = re.compile(r"(?:Flat|Apartment|Apt\.?)\s{1,3}\d{1,4}[A-Za-z]?(?![\w/])|c/o(?<![\w/]c/o)[ \t]+[^\n.;,]{3,60}|"
                        r"Unit\s{1,3}\d{1,4}[A-Za-z]?,?\s{1,3}[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,3}")
STREET_BEFORE = re.compile(rf"{_SUFFIXES},?(?:[ \t]+[A-Z][\w'’-]+,?)?[ \t]+$")
# Named streets are found from the street word, then the one to three capitalised words before
# it. Each pattern starts with a letter of its words, or a space, so that the regex engine skips
# quickly to where one can match; the character before a street word that comes first is
# checked in code for the same reason.
SUFFIX_WORD = re.compile(rf"{_either('named street', 'street after a cue', 'dwelling', capitalised=True)}\b")
LOWER_SUFFIX_WORD = re.compile(rf" {_either('named street', 'street after a cue', capitalised=False)}\b")
PREFIX_STREET = re.compile(_PREFIXED)
# Every match of SUFFIX_WORD, and of PREFIX_STREET, starts with one of these words: each pattern is
# tried only where they stand in the story's one reading (needles.py), not at every capital.
SUFFIX_LEADS = tuple(sorted({word.split()[0] for key in ("named street", "street after a cue", "dwelling")
                             for word in street_types()[key] if word[0].isupper()}))
PREFIX_LEADS = tuple(sorted({word.split()[0] for word in street_types()["street before the name"]}))
LOOSE_WORDS = frozenset(street_types()["named street"])
DWELLING_WORDS = frozenset(street_types()["dwelling"])
THE_BEFORE = re.compile(r"\b[Tt]he[ \t]$")
STREET_NAME = re.compile(rf"(?:{_NAME_WORD}[ \t]{{1,3}}+){{1,3}}$")
_LEADING_WORDS = re.compile(
    r"(?:(?:The|On|In|At|Near|Off|From|To|Into|Along|Down|Up|Via|A|An|Our|Her|His|Their|My|Your)\s+)+")
_COURTS = re.compile(r"(?:Crown|Magistrates['’]?|County|Youth|Family|High|Coroner['’]?s?)\s+Court")

# Verbs of living bind the first place after them in their sentence.
_LIVING = (
    r"lives|lived(?![ \t]+experience)|living|"
    r"live(?=\s+(?:on|in|at|with|off|above|near|together|alone|there|rough|up|down|round)\b)|"
    r"stay(?:s|ed|ing)?(?![ \t]+(?:in|on)[ \t]+(?:touch|contact|track|top|school|work|education|treatment))|"
    r"lodg(?:e[sd]?|ing)|(?:re)?settled|(?:re)?housed|grew\s+up|"
    r"(?:brought\s+up|raised)(?=\s+(?:on|in|at)\b)|mov(?:e[sd]?|ing)|rent(?:s|ed|ing)?|"
    r"sofa[- ]surf(?:s|ed|ing)?|sleep(?:s|ing)?\s+rough|slept\s+rough|sleeps|sleeping|slept|"
    r"(?:was|were|been|being|is|are)\s+found(?:\s+(?:dead|asleep|unconscious|sleeping))?|"
    # a sighting places a person: "a man seen on Heol y Nant", "was spotted on Mill Lane at 2am"
    r"(?:seen|spotted)(?:\s+(?:again|twice|earlier|today|yesterday))?(?=\s+(?:on|in|at|off|round|up|down)\b)"
)
# "my nan's on Mill Lane", "me nans at the Pendle Court flats": a relative's home, said by name.
# ... the relatives and friends of data/whereabouts_cues.txt: "at his mate's on Haigh Street".
_KIN_HOME = "|".join(re.escape(w).replace(r"\ ", r"[ \t\n]+")
                     for w in sorted(sections("whereabouts_cues.txt")["kin"], key=len, reverse=True))
_DWELLING = r"home|house|flat|flats|bedsit|maisonette|bungalow|cottage|caravan|tenancy|digs|lodgings"
_LOCATIVE = r"on|in|at|to|into|onto|off|above|with|near|opposite|round|up|down|out"
# An exclusion zone keeps someone away from where a victim lives: "must stay out of the
# Hilderthorpe estate", "not to enter Rosebank Close", "banned from Mill Lane".
_KEPT_OUT = (r"(?:stay|stays|stayed|staying|keep|keeps|kept|keeping)[ \t\n]+(?:(?:him|her|them)[ \t\n]+)?"
             r"(?:out[ \t\n]+of|away[ \t\n]+from)(?:[ \t\n]+the[ \t\n]+area[ \t\n]+(?:around|round|near|of))?")
_EXCLUSION = (rf"{_KEPT_OUT}|"
              r"not[ \t\n]+(?:to[ \t\n]+)?(?:enter|go[ \t\n]+(?:to|into|near|down|along))|banned[ \t\n]+from|"
              r"exclusion[ \t\n]+zone[ \t\n]+(?:around|covering|of|on|in)")
# A street someone is on at the same hour every day is where they can be found: "walks his dog
# along Clumber Street every morning at seven", "sits outside the shops on Moor Lane each night".
ROUTINE_AFTER = re.compile(r"[ \t]+(?:every|each)[ \t]+(?:single[ \t]+)?(?:morning|evening|night|afternoon|day|dinnertime|"
                           r"teatime|lunchtime)\b")
# A street right after a cue of keeping away from it ("keeps him out of the area around
# Birchington Avenue"): a victim's or an offender's own streets, however the cue ends.
# Not "could not go near Whitechapel Road after dark": a high street kept clear of at night.
EXCLUDED_BEFORE = re.compile(rf"(?i:{_KEPT_OUT})[ \t\n]+(?:the[ \t\n]+)?$")
# A court report gives where someone lives after their age: "Kayleigh Bostock, 24, of Moorland Road".
_AGE_OF = r"(?<=\d,\s)of"
VERB_CUE = re.compile(
    rf"(?i)\b(?:(?:{_LIVING})(?=(?:[ \t\n,—–]+[\w'’-]+){{0,3}}?[ \t\n,—–]+(?:{_LOCATIVE})\b)|"
    rf"(?-i:{_DWELLING})(?=[ \t\n]+(?:on|in|at|off|above)\b)|"
    rf"(?:{_KIN_HOME})(?:['’]s|s)(?=[ \t\n]+(?:(?:is|was)[ \t\n]+)?(?:on|in|at|off)\b)|"
    r"(?:home|postal|new|old|the|an|same|previous)[ \t\n]+address|at[ \t\n]+home|(?-i:[Hh]ome)[ \t]+(?:is|was)|"
    rf"{_EXCLUSION}|{_AGE_OF})\b"
)
# A home that is someone's ("her flat", "a flat of her own") binds the first place after it in
# its paragraph.
PERSONAL = frozenset("her his their my our your".split())
# The run of word characters before an apostrophe is taken whole ("++": giving some back could
# never reach an apostrophe), which spares the regex engine backtracking through every word.
_OWNER = rf"(?:\b(?:{'|'.join(sorted(PERSONAL))})|[\w-]++['’]s?)"
# Up to two words between an owner and a home ("her new flat"), none of them a small word
# that starts another phrase ("took her to the house").
_OWNER_GAP = r"(?:(?!(?:to|the|a|an|in|on|at|of|and|for|from|with|into|by)\b)[\w-]+[ \t\n]+){0,2}?"
_OWNED = rf"{_DWELLING}|room|address|shop|garden|door|doorstep|street|estate|farm|neighbours|sofa|settee|couch|allotment|plot|pitch|stall"
# ...but not "his home town", "her home visits", "their house rules".
_NOT_OWNED_AFTER = r"town|life|lives|visits?|office|turf|ground|games?|team|work|rules|keys|mates?"
OWNED_CUE = re.compile(
    rf"(?i){_OWNER}[ \t\n]+{_OWNER_GAP}(?P<noun>{_OWNED})\b(?![ \t]+(?:{_NOT_OWNED_AFTER})\b)|"
    rf"\b(?P<own>(?-i:{_DWELLING}))[ \t\n]+of[ \t\n]+(?:{'|'.join(sorted(PERSONAL))})[ \t\n]+own\b"
)
# VERB_CUE and OWNED_CUE as they read the lower-cased text, case-sensitive and with ASCII classes:
# in a text of ASCII characters (none of the separators \x1c-\x1f) they match wherever the
# originals do, since every word the originals hold in one case is in lower case; several times
# sooner, as the regex engine compares letters without folding case. Each match is confirmed by
# the original (`_cues_of`).
LOWER_VERB_CUE = re.compile(VERB_CUE.pattern.removeprefix("(?i)"), re.ASCII)
LOWER_OWNED_CUE = re.compile(OWNED_CUE.pattern.removeprefix("(?i)"), re.ASCII)
# A relative's home, then its street after a comma: "at her mam's, Claremount Road".
KIN_APPOSITION = re.compile(rf"(?i:\b(?:{_KIN_HOME})['’]s),[ \t]+$")
# After the street: "Rosebank Close, where she lives", "Mill Lane, her home since 2019",
# "Claremount Road is where her mum lives".
TRAILING_CUE = re.compile(
    rf"(?i)(?:[ \t\n]+(?:in|near)[ \t\n]+(?-i:[A-Z][\w'’-]+))?,?[ \t\n]+(?:(?:is|was|'s|’s)[ \t\n]+)?(?:where|in\s+which)(?:[ \t\n]+[\w'’-]+){{0,4}}?[ \t\n]+(?:{_LIVING})\b|"
    rf",[ \t\n]+{_OWNER}[ \t\n]+(?:[\w-]+[ \t\n]+)?(?:{_DWELLING})\b|"
    # "went back to the Ocean Estate to live with her aunt"
    r"[ \t\n]+to[ \t\n]+(?:live|stay|lodge)[ \t\n]+(?:with|there)\b"
)
# "their lives in Stockport", "changed lives": the noun, not the verb.
NOT_LIVING = re.compile(r"(?i)\b(?:their|our|your|his|her|my|whose|the|of|changed?|changing|save[sd]?|"
                        r"rebuil[dt]|rebuilding|transform(?:s|ed)?|turn(?:s|ed)?|people['’]s)[ \t\n]+$")
# A place named after a preposition: the first one after a cue is where the cue points.
MENTION = re.compile(r"\b(?:in|on|at|to|into|onto|off|near|from)[ \t\n]+(?:the[ \t\n]+)?([A-Z][\w'’-]+)")
# What stands between a town and its street when both follow one cue: "in Bury, on Mill Lane".
CHAIN = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*)*,?[ \t]+(?:(?:just|right)[ \t]+)?(?:on|in|at|off)[ \t]+(?:the[ \t]+)?"
)
# Between a cue and a street that may be a park: a few words, no punctuation ("lives on").
CLOSE = re.compile(r"(?:[^,;.!?:()\n—–]|\n(?!\n)){0,60}")
WORD_REST = re.compile(r"[\w'’-]*")
CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|although|though|until)\b|,[ \t\n]+(?:and|so)\b")
# How a street is reached, read from the words just before its name: "on", "moved to" (where
# someone lives); "down", "near", "close to" (passing by); "works on" (doing something there);
# "the library on" (a public place).
RESIDENTIAL = frozenset("on in at to into onto off".split())
PASSING = frozenset("down up along across past via through towards toward opposite behind beside near "
                    "outside around beyond from by".split())
PASSING_PAIRS = frozenset({("close", "to"), ("next", "to"), ("near", "to")})
# ... but "lives up Shay Lane", "staying down Mill Road": up or down a street right after a verb of
# living is where someone lives (the verbs of data/whereabouts_cues.txt, one word each).
LIVED_ALONG = frozenset({"up", "down", "round", "around"})
LIVING_WORDS = frozenset(w for w in sections("whereabouts_cues.txt")["living"] if " " not in w) | {"live"}
ACTIVITY = frozenset(word.lower() for word in street_types()["activity"])
ACTIVITY_PREPOSITIONS = frozenset("on in at off along to into".split())
PUBLIC = frozenset(word.lower() for word in street_types()["public place"])
PUBLIC_PREPOSITIONS = frozenset("on in at off".split())
# Before "the shop on ...": it is someone's ("has", "runs") or their home is in it ("above").
# ... or where someone works, prays or is known from ("umm Khalid from the mosque on Bowesfield
# Lane", "the manager of the Co-op on Fore Street"): a small place is where they are found.
_SMALL_TRADES = ("shop|chippy|cafe|café|caff|pub|takeaway|salon|barbers|garage|newsagents?|offy|butchers|bakery|"
                 "launderette|surgery|yard|deli")
HELD_PLACE = re.compile(r"\b(?:has|have|had|runs|ran|run|owns|owned|manages|managed|above|over|upstairs[ \t]+at|"
                        r"(?:works?|worked|working|prays?|prayed|praying)[ \t]+(?:at|in)|manager[ \t]+(?:of|at))"
                        r"[ \t\n]+the[ \t\n]+(?:corner[ \t]+|local[ \t]+)?(?P<noun>shop|chippy|cafe|café|caff|pub|takeaway|"
                        r"salon|barbers|garage|newsagents?|offy|butchers|bakery|launderette|mosque|chapel|gurdwara|"
                        r"mandir|temple|masjid|surgery|allotment|plot|pitch|stall|unit|lock-up|workshop|yard|"
                        r"car[ \t]+wash|packhouse|mill|factory|warehouse|scrapyard|"
                        r"[A-Z][\w'’-]+)[ \t\n]+(?:on|in|at|off)[ \t\n]+$|"
                        # where an offence happened, which its victims and neighbours know: "a woman whose son
                        # was killed on the Balby Road", "stabbed outside a takeaway on Mill Lane"
                        r"\b(?:killed|stabbed|murdered|shot|attacked|assaulted|robbed|mugged|burgled|beaten|"
                        r"knocked[ \t]+down|run[ \t]+over)(?:[ \t\n]+(?!(?:and|but|or|then)\b)[\w'’-]+){0,3}?"
                        r"[ \t\n]+(?:on|in|at|outside|off)[ \t\n]+(?:the[ \t\n]+)?$|"
                        # a small shop of one's own: "a retired couple who run a corner shop on Lord Street"
                        # (not "an associate who runs a car wash off Alfreton Road": any of several)
                        r"\b(?:has|have|had|runs|ran|run|owns|owned|opened)[ \t\n]+(?:an?|(?:her|his|their)[ \t\n]+own)[ \t\n]+"
                        r"(?:corner|little|small|family)[ \t]+"
                        r"(?:shop|chippy|cafe|café|caff|pub|takeaway|salon|barbers|garage|newsagents?|butchers|bakery|"
                        r"launderette|stall|workshop|yard|car[ \t]+wash|deli)[ \t\n]+(?:on|off)[ \t\n]+$|"
                        # someone "from the mosque", a named person "from the Co-op": not "bread from the bakery"
                        r"\bfrom[ \t\n]+the[ \t\n]+(?:local[ \t]+)?(?:mosque|chapel|gurdwara|mandir|temple|masjid|church)"
                        r"[ \t\n]+(?:on|in|at|off)[ \t\n]+$|"
                        # a hostel someone stays in: "staying at the Salvation Army hostel on Booth Street"
                        r"\b(?:lives?|living|lived|stays?|staying|stayed|housed|sleeps?|sleeping|slept|lodg\w*|moved)\b"
                        r"[^.;!?\n]{0,50}?\b(?:hostel|refuge|night[ \t]+shelter|B&B|foyer|YMCA|YWCA)[ \t\n]+(?:on|off)[ \t\n]+$|"
                        # someone from the homes of a street: "mrs kirman from the houses on"
                        r"\bfrom[ \t\n]+the[ \t\n]+(?:houses|flats|bungalows|cottages|maisonettes|terraces)[ \t\n]+"
                        r"(?:on|in|off)[ \t\n]+$|"
                        # a faith's one place in a town, whoever is said to go: "through the gurdwara on"
                        # (not one passed by: "past the mosque on")
                        r"(?<!past )(?<!near )(?<!by )(?<!opposite )(?<!outside )(?<!behind )(?<!beside )"
                        r"\bthe[ \t\n]+(?:local[ \t]+)?(?:mosque|gurdwara|mandir|masjid|synagogue)[ \t\n]+(?:on|off)[ \t\n]+$|"
                        r"\b[A-Z][\w'’-]+[ \t]+from[ \t\n]+the[ \t\n]+[A-Z][\w'’-]+[ \t\n]+(?:on|in|at|off)[ \t\n]+$|"
                        # a named person at or from a small business, mid-sentence: "off Mr Akram at
                        # the garage on", "Bev from the chippy on" (not "Lunch at the café on")
                        rf"(?<=[a-z,][ \t])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+(?:at|from)[ \t\n]+the[ \t\n]+"
                        rf"(?:corner[ \t]+|local[ \t]+)?(?:{_SMALL_TRADES})[ \t\n]+(?:on|in|at|off)[ \t\n]+$|"
                        # the surgery or dentist someone is registered with: "booked him with the surgery on"
                        r"\b(?:registered|booked(?:[ \t]+\w+)?|signed(?:[ \t]+\w+)?[ \t]+up)[ \t]+(?:with|at)[ \t]+the[ \t]+"
                        r"(?:surgery|GP|practice|dentists?|health[ \t]+centre|medical[ \t]+centre)[ \t\n]+(?:on|in|at|off)[ \t\n]+$")
# After a street: "parked on Hall End Lane outside the volunteer's house" (who lives there).
OUTSIDE_HOME = re.compile(
    rf"[ \t\n]+(?:outside|opposite|next[ \t]+to|in[ \t]+front[ \t]+of)[ \t\n]+(?:the[ \t\n]+)?"
    rf"(?:{'|'.join(sorted(PERSONAL))}|[\w-]+['’]s?)[ \t\n]+(?:{_DWELLING})\b")
PUBLIC_AFTER = re.compile(rf"(?i)[ \t]+{_either('public place')}\b")
# A capitalised word after a farm's or a cottage's name makes it a body's: "Home Farm Trust".
LONGER_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
SENTENCE_END = re.compile(r"[.!?][\"”’)]*[ \t\n]+(?=[\"“‘(]*[A-Z0-9])")
_ABBREVIATIONS = frozenset("St Mr Mrs Ms Dr No Rd Ave Sq Cres Ln Terr Gdns Revd Prof".split())
# A street so far from its cue is in another paragraph in all but name: a bound on the look-back.
MAX_PARAGRAPH = 3000
# How far before a street the words that make it a landmark are looked for ("the library on").
BEFORE_WINDOW = 60

POSTCODE_MESSAGE = "A postcode narrows a home down to a handful of houses"


@dataclass(frozen=True)
class Street:
    """A named street in the text; `loose` when its word is a street wherever it stands
    ("Road"), not only right after a cue ("Park"); `town` when its name is a town's."""

    start: int
    end: int
    loose: bool
    town: bool
    home: bool = False


@dataclass(frozen=True, order=True)
class Cue:
    """Where a cue ends, and whether it is a home that is someone's ("her flat")."""

    end: int
    owned: bool


class Signs:
    """What a text says about where people live, read once as sorted offsets (sentence starts,
    cues, clause breaks, places named after a preposition), so that judging each street is a
    few look-ups and small windows, however long the text."""

    def __init__(self, text: str, streets: list[Street]) -> None:
        self.text = text
        self.streets = [street.start for street in streets]
        # Only the text from the first street's paragraph to the last street can hold a cue.
        low, high = _paragraph_start(text, streets[0].start), streets[-1].end
        self.sentences = [m.end() for m in first(SENTENCE_END.finditer(text, low, high))
                          if not _after_abbreviation(text, m)]
        verbs = [m for m in _cues_of(VERB_CUE, LOWER_VERB_CUE, text, low, high) if _is_living(text, m)]
        self.verbs = [m.end() for m in verbs]
        self.ages_of = {m.end() for m in verbs if m.group() == "of"}
        owned = _cues_of(OWNED_CUE, LOWER_OWNED_CUE, text, low, high)
        self.owned = [m.end() for m in owned]
        self.owned_nouns = [(m.group("noun") or m.group("own")).lower() for m in owned]
        self.breaks = [m.start() for m in first(CLAUSE_BREAK.finditer(text, low, high))]
        self.mentions = [m.start(1) for m in first(MENTION.finditer(text, low, high))
                         if not _is_calendar(m.group(1))]

    def sentence_start(self, offset: int, paragraph: int) -> int:
        """Where the sentence holding `offset` starts, not before its paragraph."""
        return max(paragraph, _last(self.sentences, paragraph, offset + 1) or paragraph)

    def cue_before(self, street: Street, sentence: int, paragraph: int) -> Cue | None:
        """The last cue that may point at `street`: a verb of living earlier in its sentence (not
        across a new clause) or a home that is someone's earlier in its paragraph, if the street
        is where something is ("It is on Larch Close", not "Mill Lane is busy"). A street that
        may be a park ("Park", "Gardens") needs its cue close by, in the same sentence."""
        verb = _last(self.verbs, sentence, street.start)
        if verb is not None and _last(self.breaks, verb, street.start) is not None:
            verb = None
        if verb in self.ages_of and self.text[verb : street.start].strip() not in ("", "the"):
            verb = None  # "Liam, 32, of Chell Heath, ... on Newcastle Street": the town is the home
        owned = _last(self.owned, paragraph if street.loose else sentence, street.start)
        if owned is not None and owned < sentence and _word_before(self.text, street.start) not in RESIDENTIAL:
            owned = None
        cues = [Cue(end, kind) for end, kind in ((verb, False), (owned, True)) if end is not None]
        if not street.loose:
            cues = [cue for cue in cues if CLOSE.fullmatch(self.text, cue.end, street.start)]
        return max(cues, default=None)

    def is_landmark(self, street: Street, paragraph: int, sentence: int) -> bool:
        """A street named for a public place, passed by or worked on: not where anyone lives."""
        if PUBLIC_AFTER.match(self.text, street.end):
            return True
        words = _lead_in(self.text, street.start, sentence)
        noun, preposition = ["", "", *(word.lower() for word in words)][-2:]
        verb = words[-3].lower() if noun in ("just", "right", "straight") and len(words) > 2 else noun
        if (preposition in PASSING or (noun, preposition) in PASSING_PAIRS) and not street.home and not (
                preposition in LIVED_ALONG and verb in LIVING_WORDS):
            return True  # passing by a street; a farm or cottage named is a home wherever it stands
        if preposition in ACTIVITY_PREPOSITIONS and noun in ACTIVITY and not (
                street.home and not LONGER_NAME_AFTER.match(self.text, street.end)):
            return True  # "works on Mill Lane", "at Home Farm Trust"; not "works at Hollins Farm", one household's
        if preposition not in PUBLIC_PREPOSITIONS or noun not in PUBLIC:
            return False
        owner = words[-3] if len(words) > 2 else ""
        return not self.is_owned(owner, noun, paragraph, street)

    def held_there(self, street: Street, sentence: int) -> bool:
        """ "who has the shop on Leeds Road", "living above the chippy on Market Street": a
        small business on the street that is someone's, or that their home is in."""
        match = HELD_PLACE.search(self.text, max(sentence, street.start - BEFORE_WINDOW), street.start)
        return match is not None

    def is_owned(self, owner: str, noun: str, paragraph: int, street: Street) -> bool:
        """ "her shop on Albion Parade", "Nadia's shop on ..." (not "the town's market"), or "the
        shop on ..." after "her shop" earlier in the paragraph."""
        if owner.lower() in PERSONAL or owner[:1].isupper() and owner.endswith(("'s", "’s")):
            return True
        low = bisect.bisect_left(self.owned, paragraph)
        high = bisect.bisect_left(self.owned, street.start)
        return owner.lower() == "the" and noun in self.owned_nouns[low:high]

    def names_no_place_between(self, cue: Cue, street: Street) -> bool:
        """True when the cue names no other place before the street. A verb of living takes the
        first place after it, unless the street belongs to it ("lives in Bury, on Mill Lane"); a
        home that is someone's is on the first street named after it, wherever its town is said."""
        between = _between(self.streets, cue.end, street.start)
        if not cue.owned:
            between |= _between(self.mentions, cue.end, street.start)
        if not between:
            return True
        word_end = WORD_REST.match(self.text, max(between)).end()
        return len(between) == 1 and CHAIN.fullmatch(self.text, word_end, street.start) is not None


# A public building named just before an address on its line: "Snaresbrook Crown Court,
# Hollybush Hill, London E11 1QW" is where the court is, not where anyone lives.
_INSTITUTION_NAME = (
    rf"(?:{_COURTS.pattern}|Prison|HMP(?:YOI)?(?:[ \t]+[A-Z][\w'’-]+)+|HMYOI(?:[ \t]+[A-Z][\w'’-]+)+|Hospital|"
    r"Infirmary|Town[ \t]+Hall|Civic[ \t]+Centre|"
    r"Police[ \t]+Station|Jobcentre(?:[ \t]+Plus)?|Probation[ \t]+(?:Office|Centre)|Council|Library|Museum|"
    r"University|College|Approved[ \t]+Premises)(?:[ \t]+[A-Z][\w'’-]*)*")
# "HMP Risley, Warrington Road, ...", "HMP Risley is at Warrington Road, ...".
_INSTITUTION = re.compile(
    rf"{_INSTITUTION_NAME}(?:,|[ \t]+(?:is|are)[ \t]+(?:at|on|in)|:)[ \t]+(?P<rest>[^\n.;!?()]{{0,80}})$")
# An address block whose first line is the building: "HMP Styal\nWilmslow\nSK9 4HR".
_INSTITUTION_LINE = re.compile(rf"^[ \t*_>-]*{_INSTITUTION_NAME}[ \t*_]*$")
ADDRESS_BLOCK_LINES = 4


def find_places(text: str) -> list[Hit]:
    """Return postcodes and addresses in `text`."""
    found = DIGIT_PROBES.scan(text)
    premises = list(find_premises(text))
    codes = list(postcodes(text, found["outward"]))
    hits = [*codes, *_address_lines(text, codes), *_streets_of(text, addresses(text, found["numbered"]), premises),
            *premises, *_cued_areas(text), *find_whereabouts(text)]
    hits += named_again(text, hits)
    hits += list(corrected(text, hits))
    return _public_buildings(text, hits) if any(h.kind == "postcode" for h in hits) else hits


# Between a small place named and its street: "Rafiq's Halal Butchers on Milkstone Road".
PLACE_ON = re.compile(r"[ \t]+(?:on|in|off)[ \t]+(?:the[ \t]+)?")
STREET_AT = re.compile(_STREET)


def _streets_of(text: str, hits: Iterator[Hit], premises: list[Hit]) -> list[Hit]:
    """A street named right after a small place named (a firm, a pub, a surgery) is where that
    place is, and so where the person known there is found: an error, not a warning."""
    after = [m.end() for p in premises if (m := PLACE_ON.match(text, p.end))]
    streets = [_address(*street.span(), ERROR) for at in after if (street := STREET_AT.match(text, at))]
    starts = {street.start for street in streets}
    return streets + [h for h in hits if h.start not in starts]


# A place of any form after a cue that someone lives there or must keep away from it: a boat
# ("lives on the *Kingfisher*", "moored below Lock 14"), an area by name ("stay out of the
# Creggan"). A town, a landmark or everyday words ("the Town Hall") are not such a place.
_AREA = r"(?P<area>(?-i:[*_]{0,2}[A-Z][\w'’-]{0,40}(?:[ \t]+(?:[A-Z][\w'’-]{0,40}|\d{1,4}))?(?:[ \t]+[A-Z][\w'’-]{0,40})?[*_]{0,2}))"
# Matched only where one of _AREA_KEYS starts (found with `str.find` in the lower-cased text).
CUED_AREA = re.compile(
    rf"(?:(?:lives|lived|living)[ \t]+on[ \t]+the[ \t]+|"
    rf"moored[ \t]+(?:up[ \t]+)?(?:at|below|above|by|near|beside|on|opposite|outside|in)[ \t]+(?:the[ \t]+)?|"
    rf"(?P<away>out[ \t]+of|away[ \t]+from)[ \t]+the[ \t]+)"
    rf"{_AREA}", re.IGNORECASE)
STAY_BEFORE = re.compile(r"\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping)[ \t]+$", re.IGNORECASE)
_AREA_KEYS = ("lives on the", "lived on the", "living on the", "moored", "out of the", "away from the")


def _cued_areas(text: str) -> Iterator[Hit]:
    """A boat, a mooring or a named area after a cue of living there or keeping away from it."""
    lower = lower_of(text)
    if len(lower) != len(text):
        return
    for m in first(matches_from(CUED_AREA, text, starts_of(lower, _AREA_KEYS))):
        if m.start() and text[m.start() - 1].isalnum() or m["away"] and not STAY_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue
        area = m["area"].strip("*_")
        words = [fold(w) for w in area.split() if not w.isdigit()]
        if " ".join(words) in places() or " ".join(words).replace("-", " ") in gazetteer() or (
                all(w in common_words() for w in words) and m["area"][:1] not in "*_" and not any(c.isdigit() for c in area)):
            continue
        yield _address(m.start("area"), m.end("area"), ERROR)


# The lines of an address written on one line before its postcode, with a house number and
# any name ("41 Carnhill, Derry, BT48 8BD": no street word, but a door all the same).
ADDRESS_LINE = re.compile(r"(?<![\w/.,-])\d{1,4}[A-Za-z]?,?[ \t]+[A-Z][\w'’-]{0,40}(?:[ \t]+[A-Z][\w'’-]{0,40}){0,3}"
                          r"(?:,[ \t]+[A-Z][\w'’-]{0,40}(?:[ \t]+[A-Z][\w'’-]{0,40}){0,2}){0,2},?[ \t]+$")


def _address_lines(text: str, codes: list[Hit]) -> Iterator[Hit]:
    """The numbered address before a full postcode on its line."""
    for code in codes:
        if code.severity == ERROR and code.message == POSTCODE_MESSAGE:  # a full postcode
            line_start = max(text.rfind("\n", 0, code.start) + 1, code.start - 120)
            if line := ADDRESS_LINE.search(text, line_start, code.start):
                end = line.start() + len(line.group().rstrip(", \t"))
                yield _address(line.start(), end, ERROR)


def _public_buildings(text: str, hits: list[Hit]) -> list[Hit]:
    """A postcode after a public building's name on its line, and the street between them, are a
    warning: the court's or the hospital's address, not a home."""
    kept, public = [], []
    for hit in hits:
        line_start = text.rfind("\n", 0, hit.start) + 1
        building = _INSTITUTION.search(text, line_start, hit.start) if hit.kind == "postcode" else None
        if building is None:
            kept.append(_public_block(text, line_start, hit))
            continue
        kept.append(Hit(hit.start, hit.end, "postcode", WARNING, "The postcode of a public building",
                        "keep it only if the building is a public one"))
        start, end = building.span("rest")
        end = start + len(text[start:end].rstrip(" \t,"))
        if end > start:
            public.append(_address(start, end, WARNING))
    # The building's street is a warning, with any error found inside it ("Hollybush Hill").
    return public + [h for h in kept if not any(p.start <= h.start and h.end <= p.end for p in public)]


def _public_block(text: str, line_start: int, hit: Hit) -> Hit:
    """A postcode a few lines under a public building's name, in one block of lines, is that
    building's ("HMP Styal / Wilmslow / SK9 4HR"): a warning."""
    if hit.kind != "postcode" or hit.severity != ERROR:
        return hit
    lines = text[max(0, line_start - 400) : line_start].split("\n")[:-1][-ADDRESS_BLOCK_LINES:]
    for line in reversed(lines):
        if not line.strip():
            return hit
        if _INSTITUTION_LINE.match(line):
            return Hit(hit.start, hit.end, "postcode", WARNING, "The postcode of a public building",
                       "keep it only if the building is a public one")
    return hit


def postcodes(text: str, outward_digits: list[tuple[int, int]]) -> Iterator[Hit]:
    """Full postcodes (any spacing or case), sectors, and districts after a cue."""
    for digit, digit_end in outward_digits:
        start = digit - (2 if digit >= 2 and text[digit - 2].isalpha() else 1)
        area = text[start:digit]
        if area.upper() not in POSTCODE_AREAS or (start and (text[start - 1].isalnum() or text[start - 1] in "_/-")):
            continue
        for outward_end in (digit_end + 1, digit_end):
            if _is_outward(text, digit_end, outward_end):
                yield from _postcode_at(text, start, outward_end, area)
                break


def _is_outward(text: str, digit_end: int, outward_end: int) -> bool:
    """True when an outward code could end here: before an inward code or a word boundary."""
    if outward_end > digit_end and not (digit_end < len(text) and text[digit_end].isalnum()):
        return False
    if INWARD.match(text, outward_end):
        return True
    return outward_end >= len(text) or not (text[outward_end].isalnum() or text[outward_end] in "_/-")


def _postcode_at(text: str, start: int, outward_end: int, area: str) -> Iterator[Hit]:
    town = "remove the postcode; name the town at most"
    if inward := INWARD.match(text, outward_end):
        yield Hit(start, inward.end(), "postcode", ERROR, POSTCODE_MESSAGE, town)
    elif not area.isupper():
        return
    elif sector := SECTOR_DIGIT.match(text, outward_end):
        yield Hit(start, sector.end(), "postcode", ERROR, "A postcode sector narrows a home down to a few streets", town)
    elif STREET_BEFORE.search(text, max(0, start - 60), start):  # "Mill Lane, M14"
        yield Hit(start, outward_end, "postcode", ERROR, "A street with its postcode district leads to a door", town)
    elif DISTRICT_CUE.search(text, max(0, start - 25), start):
        yield Hit(start, outward_end, "postcode", WARNING, "A postcode district, with other details, narrows "
                  "down where someone lives", "name the town or borough instead")


def addresses(text: str, numbered: list[tuple[int, int]]) -> Iterator[Hit]:
    """House-numbered addresses and flats (errors), and named streets: errors where someone
    lives or after a home's name ("Rose Cottage, Mill Lane"), warnings elsewhere (a street that
    only may be a park or a court: nothing)."""
    # Every match of FLAT and FLAT_PARTS starts with one of these: they are tried only there.
    flat = starts_of(text, ("Flat", "Ap", "Unit", "c/o"))
    flats = [m.span() for pattern in (FLAT, FLAT_PARTS) if flat for m in first(matches_from(pattern, text, flat))]
    homes = set()
    home_streets = set()
    for start, end in numbered + flats:
        if not _COURTS.search(text, start, end):
            homes.add(end)
            home_streets.add(_street_key(HOUSE_NUMBER_LEAD.sub("", text[start:end])))
            yield _address(start, end, ERROR)
    streets = named_streets(text)
    signs: Signs | None = None
    for street in streets:
        if _street_key(text[street.start : street.end]) in home_streets:
            yield _address(street.start, street.end, ERROR)  # "17 Mill Lane" earlier: a home
            continue
        if house := HOUSE_NAMED.search(text, max(0, street.start - 60), street.start) or _house_at(text, street.start):
            homes.add(street.end)
            yield _address(house.start("house"), street.end, ERROR)
            continue
        link = text[max(0, street.start - 4) : street.start]
        after_home = street.start - len(link) + len(link.rstrip(" \t\n").removesuffix(",")) in homes
        if after_home or _may_be_a_home(text, street):
            signs = signs or Signs(text, streets)
            if after_home or _lives_there(signs, street):
                homes.add(street.end)
                home_streets.add(_street_key(text[street.start : street.end]))  # named again later: a home
                yield _address(street.start, street.end, ERROR)
                continue
            if names_a_place_before(text, street.start, signs.sentence_start(street.start, _paragraph_start(
                    text, street.start))):
                yield _address(street.start, street.end, ERROR)  # "at Goals on Bude Road": a small place's
                continue
        if street.loose and not street.town:
            yield _address(street.start, street.end, WARNING)


HOUSE_NUMBER_LEAD = re.compile(r"^\d{0,3}[A-Za-z]?,?\s+|^(?:Flat|Apartment|Apt|Unit)[^,]*,\s*")
THE_LEAD = re.compile(r"^(?:[Tt]he)\s+")


def _street_key(name: str) -> str:
    """A street's name as compared between mentions: no "the", spaces and case evened."""
    return " ".join(THE_LEAD.sub("", name).split()).lower()


# A house's name before its street, after the words that give a name: "It is called Rosemead,
# Back Lane", "a farmhouse named Bryn Awel, Heol y Nant".
HOUSE_NAMED = re.compile(r"\b(?:called|named)[ \t]+(?P<house>(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*),[ \t]*$")


# A house's name between "at" and the street where someone lives: "live at Ty Gwyn, Heol y Bryn".
HOUSE_AT = re.compile(r"\bat[ \t]+(?P<house>[A-Z][\w'’-]{0,40}(?:[ \t]+[A-Z][\w'’-]{0,40}){0,2}),[ \t]*$")


def _house_at(text: str, street_start: int) -> re.Match[str] | None:
    """ "They live at Ty Gwyn, Heol y Bryn": a house's name after a verb of living and "at"."""
    house = HOUSE_AT.search(text, max(0, street_start - 60), street_start)
    if house is None:
        return None
    return house if VERB_CUE.search(text, max(0, house.start() - 40), house.start() + 3) else None


def named_streets(text: str) -> list[Street]:
    """Streets named without a number: "Rosebank Close", "the Larkmead estate", "Heol y Nant"."""
    prefixed = matches_from(PREFIX_STREET, text, starts_of(text, PREFIX_LEADS))
    found = [Street(m.start(), m.end(), True, False) for m in first(prefixed)
             if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’-"))]
    if "yddyn" in text or "ferm" in text or "wthyn" in text:  # the regex scan only where one may be
        found += [Street(m.start(), m.end(), False, False, True) for m in first(HOME_FIRST.finditer(text))
                  if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’-"))]
    words = [m.span() for m in first(matches_from(SUFFIX_WORD, text, starts_of(text, SUFFIX_LEADS)))]
    words += [(m.start() + 1, m.end()) for m in first(LOWER_SUFFIX_WORD.finditer(text))]
    found += [street for start, end in words if (street := _suffix_street(text, start, end))]
    return sorted(found, key=lambda street: street.start)


def _suffix_street(text: str, word_start: int, word_end: int) -> Street | None:
    """The street that ends with the street word at `word_start`, named by the capitalised
    words before it. "The Vennel" and "the Wynd" are streets too, right after a cue, when their
    word is no everyday word ("living on the Estate" is a file name's capitals)."""
    name = STREET_NAME.search(text, max(0, word_start - 100), word_start)
    lead = _LEADING_WORDS.match(text, name.start(), word_start) if name else None
    start = lead.end() if lead else name.start() if name else word_start
    if start == word_start:
        the = THE_BEFORE.search(text, max(0, word_start - 4), word_start)
        named = text[word_start].isupper() and text[word_start:word_end].lower() not in common_words()
        return Street(the.start(), word_end, False, False) if the and named else None
    if _COURTS.search(text, start, word_end):
        return None
    town = fold(text[start:word_start].strip()) in places()
    word = text[word_start:word_end]
    return Street(start, word_end, word in LOOSE_WORDS, town, word in DWELLING_WORDS)


def _may_be_a_home(text: str, street: Street) -> bool:
    """A street of a word that may also name a park or a court is a home only when reached by
    "on", "at", "to"... and not named after a town: not "Hyde Park", "the kids love Victoria Park"."""
    return street.loose or street.home or not street.town and _word_before(text, street.start) in RESIDENTIAL


def _lives_there(signs: Signs, street: Street) -> bool:
    """True when a cue says someone lives, stays, grew up or was found on this street."""
    text = signs.text
    paragraph = _paragraph_start(text, street.start)
    sentence = signs.sentence_start(street.start, paragraph)
    if street.loose and OUTSIDE_HOME.match(text, street.end) or signs.held_there(street, sentence):
        return True
    if street.loose and ROUTINE_AFTER.match(text, street.end):
        return True  # "walks his Staffie along Clumber Street every morning" (not "in Riverside Park every night")
    if EXCLUDED_BEFORE.search(text, max(paragraph, street.start - 70), street.start) and not PUBLIC_AFTER.match(
            text, street.end):
        return True  # not "keep away from Oxford Road station"
    if KIN_APPOSITION.search(text, max(paragraph, street.start - 40), street.start):
        return True  # "back at her mam's, Claremount Road, by ten"
    if signs.is_landmark(street, paragraph, sentence):
        return False
    if street.home and not street.town or street.loose and TRAILING_CUE.match(text, street.end):
        return True
    cue = signs.cue_before(street, sentence, paragraph)
    return cue is not None and signs.names_no_place_between(cue, street)


def _cues_of(pattern: re.Pattern[str], lower_pattern: re.Pattern[str], text: str, low: int,
             high: int) -> list[re.Match[str]]:
    """`list(first(pattern.finditer(text, low, high)))`, found with `lower_pattern` (a pattern that
    matches the lower-cased text wherever `pattern` matches `text`, and maybe elsewhere) where the
    text is plain ASCII. Where a match of `lower_pattern` is not one of `pattern` with the same
    span, the text is read again with `pattern` alone, so the matches are always the same."""
    if text.isascii() and not any(c in text for c in "\x1c\x1d\x1e\x1f"):
        found = []
        for m in first(lower_pattern.finditer(lower_of(text), low, high)):
            same = pattern.match(text, m.start(), high)
            if same is None or same.end() != m.end():
                break
            found.append(same)
        else:
            return found
    return list(first(pattern.finditer(text, low, high)))


def _is_living(text: str, cue: re.Match[str]) -> bool:
    """A verb of living, not the noun "lives" ("rebuild their lives in Stockport")."""
    if not cue.group(0).lower().startswith("lives"):
        return True
    return NOT_LIVING.search(text, max(0, cue.start() - 30), cue.start()) is None


def _is_calendar(word: str) -> bool:
    """ "in March", "on Monday": a date, not a place."""
    return places().get(fold(word)) == "calendar"


def _paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts: after a blank line or a heading."""
    floor = max(0, offset - MAX_PARAGRAPH)
    blank = text.rfind("\n\n", floor, offset)
    heading = text.rfind("\n#", floor, offset)
    if heading >= 0:
        heading = text.find("\n", heading + 1, offset) + 1 or heading
    return max(blank + 2 if blank >= 0 else floor, heading)


def _after_abbreviation(text: str, end: re.Match[str]) -> bool:
    """A full stop after "St" or "Mr" does not end a sentence."""
    word = text[max(0, end.start() - 5) : end.start()].split()[-1:] or [""]
    return word[0] in _ABBREVIATIONS


def _lead_in(text: str, start: int, floor: int) -> list[str]:
    """The last words before `start` in its sentence, without a "the" just before the name."""
    words = text[max(floor, start - BEFORE_WINDOW) : start].split()[-4:]
    return words[:-1] if words[-1:] in (["the"], ["The"]) else words


def _word_before(text: str, start: int) -> str:
    """The word just before a street's name, in lower case ("on", "near"), past a "the"."""
    words = _lead_in(text, start, 0)
    return words[-1].lower() if words else ""


def _last(offsets: list[int], low: int, high: int) -> int | None:
    """The last of the sorted `offsets` in [low, high), if any."""
    index = bisect.bisect_left(offsets, high) - 1
    return offsets[index] if index >= 0 and offsets[index] >= low else None


def _between(offsets: list[int], low: int, high: int) -> set[int]:
    """The sorted `offsets` in [low, high); at most two, enough to tell none, one and several."""
    index = bisect.bisect_left(offsets, low)
    return {offset for offset in offsets[index : index + 2] if offset < high}


def _address(start: int, end: int, severity: str) -> Hit:
    if severity == ERROR:
        return Hit(start, end, "address", ERROR,
                   "A street address, or the street someone lives on, leads to their door",
                   "use the town, not the street")
    return Hit(start, end, "address", WARNING,
               "A named street, with other details, can lead to a person",
               "use the town, not the street")


_STREET_ENDS = frozenset(word for section in ("named street", "street after a cue", "numbered only")
                         for word in street_types()[section] if word[:1].isupper())


def streets_taken_for_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Name errors that are streets, told as streets: "Westgate Rd", "Lidget Green", "Rd".

    The name rules block a capitalised pair they cannot place ("on Westgate Rd on Thursdays"),
    which keeps the street out of print but tells staff it is a person's name. A name ending in
    a street word that is no surname ("Road", "Rd", "Avenue", "Gdns") is a street; one ending in
    a word that is also a surname ("Green", "Hill", "Lane") is a street unless a given name
    comes before it ("Eva Green", "Lois Lane"). Only the kind and message change: what was
    blocked stays blocked."""
    return [_street_of(hit) if hit.kind == "person_name" and _street_shaped(text[hit.start : hit.end]) else hit
            for hit in hits]


def _street_shaped(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or words[-1] not in _STREET_ENDS:
        return False
    if fold(words[-1]) not in surnames():
        return True
    return len(words) > 1 and given_names().get(fold(words[0]), 0) < 2


def _street_of(hit: Hit) -> Hit:
    return _address(hit.start, hit.end, ERROR)
