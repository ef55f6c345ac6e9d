"""Person names: name lists from data/ combined with the context a sentence gives a word.

A capitalised word is judged by what it is (a known first name, a surname, an English word, a
place) and where it stands: a cue before it ("Mrs", "her partner", "says", "known as", "Thanks,"),
after it ("said", "who", ", 34,", ", his daughter,", "'s mum"), or its neighbours (a surname, a
list of people). An everyday word is a name only after such a cue ("says Temperance"). Headings
and Title Case fields need more than the lists. A name confirmed anywhere in a story is flagged
wherever else it appears in it. Other shapes each have a rule: capitals, lower case inside a
quoted message, initials, hashtags and web addresses, a table column headed "Name", a caption, the
signature under a quotation. Things named after a person ("Burns Night") are not people, nor are
the public figures of data/public_figures.txt.

Each rule reports through one entry of the recogniser table in data/name_cues.toml (its kind,
severity, reason, suggestion and the cue lists it reads); the cue lists live there too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from . import name_forms, name_model
from .findings import Hit
from .lexicon import (CENSUS_WEIGHT, common_words, cue_list, fold, gazetteer, given_names, message_words,
                      kinship_words, name_cues, names_first, places, proper_nouns, surnames)
from .probes import digit_led, first, led_by, lower_of
from .source import Segment


@dataclass(frozen=True)
class Recogniser:
    """One row of the table: what a rule reports and which cue lists it reads."""

    name: str
    kind: str
    severity: str
    strong: bool  # one use confirms the name for the rest of the story
    cues: str
    reason: str
    message: str
    suggestion: str

    def hit(self, start: int, end: int) -> Hit:
        return Hit(start, end, self.kind, self.severity, self.message.format(reason=self.reason), self.suggestion)


RECOGNISERS = {name: Recogniser(name=name, **{**name_cues()["recogniser_defaults"], **entry})
               for name, entry in name_cues()["recognisers"].items()}


def _alternation(key: str) -> str:
    """A cue list as a regular expression alternation, longest entries first; a space in an entry
    matches any white space. When every entry starts with an ASCII character, the entries are
    grouped by it ("q(?:uoted|uote)|s(?:tatues|tatue)"): the same matches (where a character
    stands, only the entries that start with it can match, and those keep their order), found
    several times sooner, above all in the patterns that ignore case."""
    entries = sorted(cue_list(key), key=len, reverse=True)
    if not all(entry[:1].isascii() for entry in entries):
        return "|".join(map(_as_regex, entries))
    groups: dict[str, list[str]] = {}
    for entry in entries:
        groups.setdefault(entry[0].lower(), []).append(entry)
    branches = []
    for group in groups.values():
        if len({entry[0] for entry in group}) == 1:
            branches.append(re.escape(group[0][0]) + "(?:" + "|".join(_as_regex(e[1:]) for e in group) + ")")
        else:
            branches.append("(?:" + "|".join(map(_as_regex, group)) + ")")
    return "|".join(branches)


def _as_regex(entry: str) -> str:
    return re.escape(entry).replace(r"\ ", r"\s+")


def _pairs(key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(entry.split()) for entry in cue_list(key))


# A story with more names than this is not prose; stop there so no input can take long.
MAX_HITS = 1000
_UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper() and c.isalpha())
# A capitalised word: letters and digits, inner apostrophes and hyphens ("O'Brien", "Ashworth-Pryce").
TOKEN = re.compile(rf"[{_UPPER}](?<![\w'’-].)[\w'’-]{{0,40}}")
# Between two words of one name: spaces, one line break (in a quotation too), a particle.
_PARTICLE_WORDS = cue_list("particles")
GAP = re.compile(rf"[ \t]{{1,3}}(?:(?:{_alternation('particles')})[ \t]{{1,3}})?|"
                 rf"[ \t]*\r?\n[ \t]*(?:>[ \t]*)*(?:(?:{_alternation('particles')})[ \t]{{1,3}})?")
TITLE_GAP = re.compile(r"\.?[ \t]{1,3}")
# What stands between the members of a list: "Skye, Kacey and Tamsin", "Mo & Jas".
LIST_GAP = re.compile(r",?[ \t]{1,3}(?:and|or|&)[ \t]{1,3}|,[ \t]{0,3}")

# The cue lists of data/name_cues.toml, each under the name of its key in capitals.
(TITLES, SAINTS, OFFICES, PLACE_OPENERS, ORG_WORDS, STOPWORDS, VOCATIVES, KIN, DETERMINERS, CUE_WORDS,
 NICKNAME_CUES, CAPTION_CUES, PERSON_OBJECT_VERBS, SPEECH_BEFORE, ADDRESS_OPENERS, WORD_USE_NEXT,
 THIRD_PERSON_VERBS, CAPITAL_ACRONYMS, ABBREVIATIONS, PERSON_HEADINGS, WEB_WORDS, PUBLIC_ROLES, SUBJECT_NEXT,
 OBJECT_WORDS, PLURAL_VERBS, NAMED_THINGS) = (cue_list(key) for key in (
    "titles saints offices place_openers org_words stopwords vocatives kin determiners called nickname_cues "
    "caption_cues person_object_verbs speech_before address_openers word_use_next third_person_verbs "
    "capital_acronyms abbreviations person_headings web_words public_roles subject_next object_words "
    "plural_verbs named_things").split())
VOCATIVES = VOCATIVES | kinship_words()  # "Hooyo said", "Nne prayed": a family role, not a name
FAMILY_ADDRESS = cue_list("family_address") | kinship_words()  # "Mama Ngozi", "Babcia Halina"
LANDMARKS, WEATHER_OPENERS = cue_list("landmarks"), cue_list("weather_openers")
NICKNAME_PAIRS, CUE_PAIRS, ADDRESS_PAIRS = _pairs("nickname_pairs"), _pairs("called_pairs"), _pairs("address_pairs")
_PAIR_DETERMINERS = DETERMINERS - {"of"}  # "the Rose Garden" is a place; "the name of Rose Pike" a person
_SKIPPED = frozenset(w.capitalize() for w in STOPWORDS) | {"I", "I'm", "I've", "I'd", "I'll", "Ó"}
_PEOPLE_PLURALS = tuple(cue_list("people_plurals"))

SPEECH_CUE = re.compile(
    rf"(?:,\s*(?:who|whose|aged\s+\d|now\s+\d|then\s+\d|\d{{1,2}}\s*,)|\s+(?:{_alternation('speech_after')})\b|"
    r"\s+\((?:aged\s+)?\d{1,2}\))"
)
# A criminal case by its name, the Crown against the defendant: "R v Okonkwo", "R. v. Hale".
CASE_NAME = re.compile(r"(?<![\w'’-])R\.?[ \t]+v\.?[ \t]+$")
# A law report's citation after a case name: "R v Thompson [2019] EWCA Crim 1712" is a reported
# case, public, not a story's defendant.
REPORTED = re.compile(r"[ \t]*[\[(]\d{4}[\])]")
# A register's order, the surname first in capitals and a comma: "OKONKWO, Chidi".
SURNAME_FIRST = re.compile(r"(?<![\w'’-])([A-Z][A-Z'’-]{2,30}),[ \t]+$")
RIGHT_CUE = re.compile(rf"\s+(?:{_alternation('right_verbs')})\b")
# A kinship word or honorific of another language after a name, in small letters ("Rahima apa",
# "Parveen ji", "Mehmet abi"; data/kinship_words.txt), none of them an English word ("papa").
@cache
def _honorifics() -> frozenset[str]:
    """Read when first needed, not on import: the guard's warm-up loads the lists."""
    return frozenset(w for w in kinship_words() if w not in common_words() and w.isalpha() and w.islower())


_NEXT_LOWER = re.compile(r"[ \t]+([^\W\d_A-Z]{2,15})(?![\w'’-])")  # the next word, in small letters
# An age just after a word: "Baker, 34, was jailed", "Hill (52)", "— Bronwen, 52" ending a line.
AGE_CUE = re.compile(r",[ \t]*(?:aged[ \t]+)?\d{1,2}(?:[ \t]*,|[ \t]*(?=\n|$))|[ \t]+\((?:aged[ \t]+)?\d{1,2}\)")
POSSESSED = re.compile(rf"\s+(?:{'|'.join(sorted(KIN | cue_list('belongings')))})\b", re.IGNORECASE)
_KIN_ALTERNATION = "|".join(sorted(KIN, key=len, reverse=True))
# "Hope and her son came": the name is the person the "her" points back to.
AND_KIN = re.compile(rf"[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:{_KIN_ALTERNATION})\b")
# "Zarmina has two kids", "Hewa had a baby in May": only a person has family.
HAS_FAMILY = re.compile(r"[ \t]+(?:has|had)[ \t]+(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|twin|young|little|"
                        rf"grown-up|teenage|new)[ \t]+){{0,2}}(?:{_alternation('had_family')})\b")
# A speaker after the quotation: '"It helped," Storm said.'
QUOTE_CLOSED = re.compile(r"[,!?][\"”’][ \t]+$")
SAID = re.compile(rf"[ \t]+(?:{_alternation('said_after_quote')})\b")
# A quotation's attribution: '"It gave me my life back." – Tamsin', "> — Bronwen, 52", then its end,
# or a comma or bracket before a role or an age ("— Tamsin, mentee").
ATTRIBUTION = re.compile(r"(?:\n|[\"”’.!?)])[ \t>]*(?:—|–|―|--)[ \t]*$")
SIGNATURE_END = re.compile(r"[ \t]*(?:[,(]|\n|$)")
# An apposition after a name: "Precious, his daughter,", "Fatma Demir, Dean's mother-in-law,"; it
# must close ("Soon, his daughter was born" does not).
APPOSITION = re.compile(
    rf",[ \t]+(?:his|her|their|my|our|your|the|a|an|[\w-]+['’]s)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
    rf"(?:{_KIN_ALTERNATION})(?:s|['’]s)?(?:-in-law)?"
    r"(?=[ \t]*[,.:;!?)—–]|[ \t]+(?:who|of|from|at|in|and)\b)",
    re.IGNORECASE,
)
PLACE_AFTER = re.compile(rf"[ \t]+(?:{_alternation('place_after')})\b")  # "the Grace Hill estate"
# An initial just before a word: "J. Smith", "K Okafor" (not "A" or "I", which are words).
INITIAL = re.compile(r"(?<![\w.'’-])[B-HJ-Z]\.?[ \t]$")
_SENTENCE_END = ".!?:;"
_OPENERS = " \t*_[(\"“‘'`>#|"
# Metadata written in Title Case, where two capitalised words are not yet a name.
TITLE_CASE_FIELDS = frozenset({"title", "tags", "category", "keywords", "series", "subtitle"})
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
BRACKETED_CAPITALS = re.compile(r"\(([A-Z]{2,12})\)")
# Initials that stand for a person ("J.K.", "R. T."): found from the first dot, the letter before
# it checked behind; the match starts one back.
INITIALS = re.compile(r"\.(?:(?<=[^\w.'’][A-Z]\.)|(?<=^[A-Z]\.))(?:[ \t]?[A-Z]\.){1,2}(?!\w)", re.MULTILINE)
# Where names are written run together: hashtags and web addresses; a bare domain is found from
# its ending ("bringcallumhome.co.uk"), its name walked back in code.
HASHTAG = re.compile(r"(?<![\w#&/])#([^\W\d_]\w{2,60})")
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]{3,300}")
DOMAIN_END = re.compile(r"\.(?:co\.uk|org\.uk|com|org|net|uk|ie)(?![\w-])")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_COMPOUND_PART = re.compile(r"[A-Z][a-z]+|[a-z]+")  # "JusticeForKayleigh", "help-shannon-home"
# Messages and quotations, where names may be in lower case; a colon opens one only after words
# that say one follows ("a text from his mum:"), not "his plan was simple: keep his head down".
MESSAGE = re.compile(r"[\"“:](?:(?<=:)[ \t]+([^\n]{1,400}\b)|(?<=[\"“])([^\"“”\n]{1,400})[\"”])")
MESSAGE_NAMED = re.compile(rf"\b(?:{_alternation('message_named')})\b[^:\n]{{0,30}}$", re.IGNORECASE)
LOWER_WORD = re.compile(r"(?<![\w@./'’_#-])[^\W\d_]{3,30}(?![\w@_/-]|['’](?!s\b)|\.\w)")  # "kieran's" too
_LETTERS = re.compile(r"[^\W\d_A-Z]{3,30}")
_ASCII_LETTERS = re.compile(r"[a-z]{3,30}")  # _LETTERS in ASCII text
ADDRESSED = re.compile(rf"\b(?:{_alternation('addressed')})[ \t,]+([^\W\d_A-Z]{{3,30}})(?![\w@_/'’-]|\.\w)")
# A blockquoted line: a text or post copied as sent; written without capitals, names in it are too.
LOWER_QUOTE = re.compile(r"^[ \t]*>[ \t>]*([^\n]{8,400})$", re.MULTILINE)
# A nickname in quotation marks before a surname: '"Spud" Fairweather', '“Spanner” Gowland'.
QUOTED_NICKNAME = re.compile(r"[\"“]([A-Z][\w'’-]{1,20}(?:[ \t][A-Z][\w'’-]{1,20})?)[\"”][ \t]+([A-Z][\w'’-]{1,30})")
_QUOTE_OPENS = ('"', "“")  # what every match of QUOTED_NICKNAME starts with
# A line of a chat transcript: a time, a sender and a colon, then the message as sent
# ("> **[01:52]** Sis Tasha: is jordan there", "[12/03/2026, 21:14] Mo: on my way"). Written
# from a lower-case start, the message may hold names in lower case too.
CHAT_LINE = re.compile(r"^[ \t>]*[*_]{0,2}\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]*)?\d{1,2}[:.]\d\d(?::\d\d)?(?:[ \t]?[ap]m)?\]?"
                       r"[*_]{0,2}[ \t]*[-–—]?[ \t]*[^:\n]{1,40}:[*_]{0,2}[ \t]+([^\n]{8,400})$", re.MULTILINE)
CHAT_TIME = re.compile(r"\d[:.]\d\d")  # a quick test: no chat line without a time
# A thread pasted without times: a sender of one to three capitalised words at the start of a
# line ("Mum: tell callum we're proud", "- **Sis:** is dean in"), then a message that starts in
# lower case, as texts are typed; a heading or form field ("Outcome: Positive") starts with a capital.
SPEAKER_LINE = re.compile(r"^[ \t>]*(?:[-*+][ \t]+)?[*_]{0,2}[A-Z][\w'’-]{0,20}(?:[ \t][A-Z][\w'’.-]{0,20}){0,2}"
                          r"[ \t]?:[*_]{0,2}[ \t]+([^\W\d_A-Z][^\n]{7,399})$", re.MULTILINE)
LOWER_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?([^\W\d_A-Z][^\n]{15,400})$", re.MULTILINE)
_LOWER_START = re.compile(r"[^\w]*[^\W\d_A-Z]")
# In a message, a word after a family word or before a reporting verb: "aunty bet", "ruby says".
LOWER_CUED = re.compile(rf"\b(?:(?:{_alternation('family')})[ \t]+([^\W\d_A-Z]{{3,30}})\b|"
                        rf"([^\W\d_A-Z]{{3,30}})[ \t]+(?:{_alternation('lower_said')})\b)")
# In a message, a word asked about as someone who comes and goes: "is dean coming", "hows frank
# doing", "wheres kyle".
LOWER_ASKED = re.compile(r"\b(?:is|was|has|did|does|wheres|where['’]s|hows|how['’]s)[ \t]+([^\W\d_A-Z]{3,30})[ \t]+"
                         r"(?:coming|going|doing|there|here|ok|okay|alright|back|home|awake|around|about|out|in|still|"
                         r"with|at|on[ \t]+his|on[ \t]+her)\b")
_SEASONS = cue_list("seasons")
LOWER_CUE_WORD = re.compile(rf"\b(?:{_alternation('family')}|{_alternation('lower_said')})\b")


def _plain_word(word: str) -> bool:
    """Lower-case ASCII letters that `_LETTERS` finds whole (3 to 30 of them) when they stand alone."""
    return word.isascii() and word.isalpha() and word.islower() and 3 <= len(word) <= 30


# Quick tests before the message patterns, from the words of a message (`_LETTERS`): a message
# has a match of LOWER_CUE_WORD only if one of its words is a cue, and of ADDRESSED only if the
# first word of a cue is one of its words (or, for a cue word of one or two letters, is written
# with a space, tab or comma after it). None where a cue is not a plain word: no quick test.
_FAMILY_AND_SAID = cue_list("family") | cue_list("lower_said")
_LOWER_CUE_WORDS = _FAMILY_AND_SAID if all(_plain_word(w) for w in _FAMILY_AND_SAID) else None


def _addressed_test() -> tuple[frozenset[str], tuple[str, ...]] | None:
    words, short = set(), []
    for entry in cue_list("addressed"):
        head, *rest = entry.split(" ")
        if _plain_word(head):
            words.add(head)
        elif head.isascii() and head.isalpha() and head.islower() and len(head) < 3 and not rest:
            short += [head + after for after in " \t,"]
        else:
            return None
    return frozenset(words), tuple(short)


_ADDRESSED_TEST = _addressed_test()


def _may_address(text: str, start: int, end: int, words: set[str]) -> bool:
    """False only where ADDRESSED cannot match between the offsets (see `_ADDRESSED_TEST`)."""
    if _ADDRESSED_TEST is None:
        return True
    heads, short = _ADDRESSED_TEST
    return not words.isdisjoint(heads) or any(text.find(cue, start, end) >= 0 for cue in short)
# Nicknames: "known to everyone in the street as Lorky", "who everyone calls Nanny Bee".
NICKNAMED = re.compile(
    r"(?:\bknown\b[^.;:!?\"“”]{0,50}?\bas|\b(?:who|everyone|everybody|people|they|we|all|locals|friends|mates|"
    r"family)\b[^.;:!?\"“”]{0,30}?\bcall(?:s|ed)?(?:\s+(?:him|her|them|me|us))?)\s+[\"“‘']?$", re.IGNORECASE)
# A description a person is called by: "everyone calls him the Tall Lad", "a man who I'll call
# the Tall Lad" (a pronoun or "who" says a person is called it; "an estate known as the Jungle"
# is a place, "call the Samaritans" a call).
CALLED_THE = re.compile(r"(?:\bcall(?:s|ed|ing)?[ \t]+(?:him|her|them|me|us)|\bwho(?:m)?\b[^.;:!?\n]{0,30}\bcall(?:s|ed)?)"
                        r"[ \t]+the[ \t]+[\"“‘']?$", re.IGNORECASE)
_NICKNAME_END = re.compile(r"(?:as|call|calls|called|him|her|them|me|us)\s+[\"“‘']?$", re.IGNORECASE)  # quick test first
_NICKNAME_WORDS = ("as", "call", "calls", "called", "him", "her", "them", "me", "us")  # those of _NICKNAME_END


def _nickname_end(text: str, offset: int) -> bool:
    """`_NICKNAME_END.search(text, max(0, offset - 12), offset) is not None`, read in code where
    the 12 characters are ASCII (several times sooner): a word of _NICKNAME_WORDS, white space,
    perhaps a quotation mark, then the end (or a line break that ends the window)."""
    window = text[max(0, offset - 12) : offset]
    if not window.isascii():
        return _NICKNAME_END.search(text, max(0, offset - 12), offset) is not None
    return _ends_with_nickname_cue(window) or window.endswith("\n") and _ends_with_nickname_cue(window[:-1])


def _ends_with_nickname_cue(window: str) -> bool:
    if window.endswith(('"', "'")):
        window = window[:-1]
    words = window.rstrip()
    return len(words) < len(window) and words.lower().endswith(_NICKNAME_WORDS)


# Other names of the same list between a cue and a name: "work by Frida Kahlo and Grayson Perry".
_LISTED_BEFORE = r"(?:(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?:and|&)[ \t]+|(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*,[ \t]+)?"
# What shows a public figure before the name: "poems by Malorie Blackman", "a film starring Idris
# Elba", "a statue of", "used to quote", "his favourite footballer is".
PUBLIC_BEFORE = re.compile(
    rf"\b(?:(?:{_alternation('public_works')})[ \t]+(?:written[ \t]+)?(?:by|starring|featuring)|"
    rf"{_alternation('public_before')}|"
    rf"favourite[ \t]+(?:{_alternation('public_roles')})s?[ \t]+(?:is|was|are|were))[ \t]+{_LISTED_BEFORE}$",
    re.IGNORECASE)
# The words that can stand just before a name that PUBLIC_BEFORE matches.
_PUBLIC_LAST_WORDS = frozenset({entry.split()[-1] for entry in cue_list("public_before")}
                               | {"by", "starring", "featuring", "is", "was", "are", "were", "and", "&"})
# "Moeen Ali, the cricketer," "Wilfred Owen, a poet", "William Price, the Victorian eccentric": a
# public role (or a word of renown or of another age) after a full name.
PUBLIC_AFTER = re.compile(rf",[ \t]+(?:(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{_alternation('public_roles')})|"
                          rf"the[ \t]+(?:{_alternation('public_epithets')}))\b", re.IGNORECASE)
# A piece of study about a full name: "the first essay I wrote was about Mary Wollstonecraft",
# "a lecture on Joseph Paxton". The work, a few words of its sentence, then "about" or "on".
STUDIED_BEFORE = re.compile(rf"\b(?i:{_alternation('study_works')})\b[^.!?\n]{{0,40}}\b(?:about|on)[ \t]+$")
# A full name next to another in a list ("Frank Spencer, Freddie Mercury and ..."): the other.
_LISTED_FULL = r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2})"
# Only a comma joins them: "Kayleigh Barnes and Freddie Mercury fans" is no list of two figures.
LISTED_NEXT = re.compile(rf",[ \t]+{_LISTED_FULL}")
LISTED_PREVIOUS = re.compile(rf"{_LISTED_FULL},[ \t]+$")
TABLE_LINE = re.compile(r"^[ \t>]*\|[^\n]*", re.MULTILINE)
_CELL_SEPARATOR = re.compile(r"[ \t]*:?-{2,}:?[ \t]*")
SURNAME_SHAPE = re.compile(r"(?:Mc|Mac|Fitz)[A-Z]|O['’][A-Z]")
# The second opinion (name_model.py) on a word no list knows: what its place in the sentence adds
# to the score of its letters, and the sum a name needs. Tuned on sentences written for it.
PERSON_BEFORE, THING_BEFORE, PERSON_AFTER, HOME_AFTER = (
    cue_list(key) for key in ("person_before", "thing_before", "person_after", "home_after"))
NAME_SCORE_NEEDED = 0.7
STRONG_SLOT, MEDIUM_SLOT = 1.0, 0.5  # "me and Eesa", "at Dazza's for"; "sat with Wojtek"
ACTS_SLOT = 0.4  # a person's verb after it: "Naqibullah stayed", "Azeez from the barbers"
OPENING = 0.2  # less at the start of a sentence, where every word is capitalised
_HOME_BEFORE = frozenset({"at", "to", "round", "over", "from"})  # "round to Tayla's": someone's home
LISTED_BONUS = 0.3  # a rare given name or a surname of the lists: its letters are not all we know
# "me and Eesa", "Tezza and I", "Tesfay is 19": only people take these.
PAIRED_BEFORE = re.compile(r"\b(?:me|myself)[ \t]+and[ \t]+$", re.IGNORECASE)
PAIRED_AFTER = re.compile(r"[ \t]+and[ \t]+(?:I|me)\b|[ \t]+(?:is|was|turns|turned)[ \t]+\d{1,2}"
                          r"(?=[ \t]*(?:[,.;!?]|and\b|now\b|years?[ \t]+old\b|$))", re.MULTILINE)
FROM_PLACE = re.compile(r"[ \t]+from[ \t]+([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")  # "Sue from Oxton"
ACTS_AFTER = re.compile(r"[ \t]+(?:from[ \t]+the|turned[ \t]+up|showed[ \t]+up)\b")  # "Azeez from the barbers"
# "the K family", "the Griffiths boys": a family by its surname or initial.
# `\b` written after the first letter, as a look-behind: the regex engine then skips to "T"/"t".
FAMILY = re.compile(rf"[Tt](?<!\w.)he[ \t]+([A-Z][\w'’-]{{0,30}})[ \t]+(?:{_alternation('family_after')})\b")
_DOTS_AND_SPACES = re.compile(r"[.\s]")


@dataclass(frozen=True)
class Lex:
    """What the name lists and the dictionary say about one word."""

    given: int
    surname: bool
    word: bool
    place: bool
    proper: bool
    town: bool = False  # a UK town or village of the gazetteer only: also a surname ("Catterall")

    @property
    def strong_given(self) -> bool:
        """A first name that is not also an everyday word or a place."""
        return self.given >= 4 and not self.word and not self.place

    @property
    def plain_word(self) -> bool:
        """An everyday word that is neither a given name nor a surname."""
        return self.word and not self.given and not self.surname

    @property
    def namelike(self) -> bool:
        """Could stand in a name after a first name: a surname, or not an everyday word."""
        return (self.surname or self.given > 0 or not self.word) and (not self.place or self.surname)

    @property
    def known_name(self) -> bool:
        """A given name or surname that is neither an everyday word nor a place ("Nguyen")."""
        return (self.given > 0 or self.surname) and not self.word and not self.place

    @property
    def may_open_name(self) -> bool:
        """Could be the first word of a name: a first name, or a word that is no everyday word."""
        return (self.given >= 4 or not self.word and (self.given > 0 or self.surname or not self.proper)
                ) and not self.place


class Token(NamedTuple):
    """A capitalised word in the source; `base` is the word without a possessive 's."""

    start: int
    end: int
    base: str
    possessive: bool


@lru_cache(maxsize=65536)
def lex(base: str) -> Lex:
    """Look a word (or every part of a hyphenated word) up in the shipped lists."""
    key = fold(base)
    parts = [p for p in key.split("-") if p]
    first_given = given_names().get(parts[0], 0) if parts else 0
    given = max(given_names().get(key, 0), first_given)
    if key in names_first():
        return Lex(given, key in surnames(), False, False, False)
    surname = key in surnames() or any(p in surnames() for p in parts[1:]) or SURNAME_SHAPE.match(base) is not None
    compound = any(part[:1].islower() for part in base.split("-")[1:])  # "AI-assisted", "Self-help"
    word = compound or key in common_words() or bool(parts) and all(p in common_words() for p in parts)
    # A UK town is a place, unless its name is also a given name, surname or word ("Stanley").
    town = key.replace("-", " ") in gazetteer() and not given and not surname and not word
    listed = key in places()
    return Lex(given, surname, word, listed or town, key in proper_nouns(), town and not listed)


def find_names(text: str, segments: Iterable[Segment], occupied: list[tuple[int, int]],
               allowed: frozenset[str]) -> list[Hit]:
    """Return person names in the checked segments of `text`.

    `occupied` (sorted start/end pairs) covers text already reported or allow-listed, and
    `allowed` holds folded words that may appear alone (pseudonyms, parts of allowed names).
    """
    finder = _NameFinder(text, allowed, occupied)
    for segment in segments:
        if segment.is_path:
            finder.paths.append(segment)
        else:
            finder.scan(segment, _free_tokens(text, segment, occupied))
    return finder.finish()


def _free_tokens(text: str, segment: Segment, occupied: list[tuple[int, int]]) -> list[Token]:
    """Capitalised words of a segment outside `occupied`, without closed-class words and particles."""
    tokens = []
    index, count = 0, len(occupied)
    for m in first(TOKEN.finditer(text, segment.start, segment.end)):
        word = m.group()
        if word[-1] in "'’-":
            word = word.rstrip("'’-")
        if word in _SKIPPED:  # most capitals ("The", "She"): skipped first
            continue
        start = m.start()
        while index < count and occupied[index][1] <= start:
            index += 1
        if index < count and occupied[index][0] < m.end():
            continue
        possessive = word.endswith(("'s", "’s", "'S", "’S"))  # "SHANNON'S KILLER"
        tokens.append(Token(start, start + len(word), word[:-2] if possessive else word, possessive))
    return tokens


def _has_chat_time(text: str, segment: Segment) -> bool:
    """`CHAT_TIME.search` within the segment, tried only at its digits (found once per story)."""
    return next(digit_led(CHAT_TIME, text, segment.start, segment.end), None) is not None


class _NameFinder:
    """Collects name hits over the segments of one story, then repeats confirmed names."""

    def __init__(self, text: str, allowed: frozenset[str], occupied: list[tuple[int, int]]) -> None:
        self.text = text
        self.allowed = allowed
        self.occupied = occupied
        self.hits: list[Hit] = []
        self.confirmed: set[str] = set()
        # Names found only for a weak reason, by the offsets of those uses: their repeats are
        # flagged too ("Dean met Sunny at the gym. Sunny lent him gloves."), unless a list of
        # things overrules every one of them.
        self.weakly_confirmed: dict[str, set[int]] = {}
        # Messages and quotations, where a name confirmed elsewhere is flagged in lower case too.
        self.messages: list[tuple[int, int]] = []
        self.seen: list[tuple[Token, Segment]] = []
        self.compound_parts: list[tuple[int, int]] = []  # capitalised words of hashtags: "BringHopeHome"
        self.paths: list[Segment] = []
        # Per segment: the starts of tokens inside a hit, of tokens with capitalised neighbours
        # ("Rose Gardens"), and the weak single-word hits that a list may overrule.
        self.named: set[int] = set()
        self.grouped: set[int] = set()
        self.weak: dict[int, Hit] = {}
        self._allowed_cache: dict[str, bool] = {}
        self.public_names: set[str] = set()  # full names shown public once, public on every repeat
        self._nicknamed_at: dict[int, bool] = {}
        # NICKNAMED needs "known" or "call" (in any case): most stories have neither.
        lower = lower_of(text)
        self._may_nickname = "known" in lower or "call" in lower
        # Quoted nicknames before a surname ('"Spud" Fairweather'), found once for the story: a
        # closing quotation mark then a space is rare.
        self._quoted = list(first(led_by(QUOTED_NICKNAME, text, _QUOTE_OPENS))) if '" ' in text or "” " in text else []
        self._message_words: dict[tuple[int, int], set[str]] = {}  # the words of each message
        self._lower_titles = name_forms.title_starts(text)  # "mrs j pennington"

    def is_allowed(self, base: str) -> bool:
        """A pseudonym or a word of an allow-listed name (each part of a hyphenated word counts)."""
        known = self._allowed_cache.get(base)
        if known is None:
            key = fold(base)
            known = key in self.allowed or all(p in self.allowed for p in key.split("-") if p)
            self._allowed_cache[base] = known
        return known

    def scan(self, segment: Segment, tokens: list[Token]) -> None:
        """Judge every group of capitalised words of one segment, then tables and the lists they
        form; then the shapes that are not capitalised words: initials, hashtags, web addresses,
        lower-case messages."""
        self.named, self.weak, self.grouped = set(), {}, set()
        if tokens:
            self.seen += [(token, segment) for token in tokens]
            for span in _spans(self.text, tokens):
                if len(self.hits) >= MAX_HITS:
                    return
                if len(span) > 1:
                    self.grouped.update([t.start for t in span])
                self._judge_span(span, segment)
            capitals = [t for t in tokens if t.base.isupper() and len(t.base) > 1]  # "ST GILES", "MRS KHAN"
            for span in _spans(self.text, capitals) if capitals else ():
                self._judge_capitals(span)
            self._judge_tables(segment, tokens)
            if len(tokens) > 1:
                self._judge_lists(tokens, segment.start)
        self._judge_initials(segment)
        self._judge_compounds(segment)
        self._judge_messages(segment)
        self._judge_quoted_nicknames(segment)
        self._judge_families(segment)
        self._judge_lower_titled(segment)

    def _judge_span(self, span: list[Token], segment: Segment) -> None:
        if len(span) > 1 and len(span[-1].base) == 1 and self.text.startswith(".", span[-1].end):
            head = span[:-1]  # "Shannon B.", "Jordan P., 19"
            if self._may_take_initial(head):
                self._add(head[0].start, span[-1].end + 1, "surname_initial", head)
                return
        if span[0].base in TITLES and len(span) > 1:
            self._judge_titled(span)
            return
        if (len(span) <= 3 and self._nicknamed(span[0].start) and not self._all_allowed(span)
                and not any(lex(t.base).place or fold(t.base) in ORG_WORDS for t in span)
                and not (len(span) == 1 and _is_kin(fold(span[0].base)))):  # "call him the Vicar": a role
            self._add(span[0].start, span[-1].end, "introduced", span)  # "everyone calls her Nanny Bee"
            return
        if len(span) > 1 and span[0].base.lower() in SPEECH_BEFORE:
            self._judge_span(span[1:], segment)  # "Says Storm: it worked", the verb opening the sentence
            return
        if len(span) == 1 and _only_a_word(span[0].base):
            self._judge_plain_word(span[0], segment)
            return
        run: list[Token] = []
        family = _family_words_before_names(span)
        for token in [*span, None]:
            if token is not None and not _breaks(token.base) and token.start not in family:
                run.append(token)
                continue
            ends_org = token is not None and fold(token.base) in ORG_WORDS
            if run and not ends_org:
                self._judge_run(run, segment, in_phrase=len(run) < len(span), continued=token is not None)
            run = []

    def _judge_plain_word(self, token: Token, segment: Segment) -> None:
        """ "says Temperance", "his girlfriend, Saffron": an everyday word, capitalised in the middle
        of a sentence just after words that introduce a person, is that person's name; so is one
        that signs a quotation ('"It helped," Storm said')."""
        signed = self._signs_quotation(token, token)
        if not signed and _sentence_initial(self.text, token.start, segment.start):  # most: test it first
            return
        key = fold(token.base)
        if key in VOCATIVES or key in ORG_WORDS or self.is_allowed(token.base):
            return
        if signed:
            self._add(token.start, token.end, "everyday_word", [token])
            return
        cue = _left_cue(self.text[max(0, token.start - 40) : token.start])
        if cue == "address" and self.text[token.end : token.end + 1] not in (",", ".", "!", "?"):
            return  # "No, Thank you" is not "Thanks, Destiny."
        if cue in ("kin", "speech", "address", "nickname") and not self._title_cased(token.start, segment):
            self._add(token.start, token.end, "everyday_word", [token])

    def _public(self, start: int, end: int, words: int) -> bool:
        """Context that shows a public figure: a role before or after a full name ("the poet Wilfred
        Owen", "Moeen Ali, the cricketer,"), words before any name ("a statue of", "poems by"), a
        piece of study about a full name ("the first essay I wrote was about Mary Wollstonecraft"),
        a list with a public figure of the list ("Frank Spencer, Freddie Mercury and ..."), or a full
        name already shown public in the story."""
        if words > 1:
            written = fold(self.text[start:end])
            if written in self.public_names:
                return True
            if self._public_full(start, end):
                self.public_names.add(written)
                return True
        previous = _previous_word(self.text, start)
        if previous not in _PUBLIC_LAST_WORDS and not previous.endswith(","):
            return False  # most names: no cue of PUBLIC_BEFORE can end just before them
        return PUBLIC_BEFORE.search(self.text, max(0, start - 90), start) is not None

    def _public_full(self, start: int, end: int) -> bool:
        if _previous_word(self.text, start) in PUBLIC_ROLES or PUBLIC_AFTER.match(self.text, end):
            return True
        if _previous_word(self.text, start) in ("about", "on") and \
                STUDIED_BEFORE.search(self.text, max(0, start - 60), start):
            return True
        after = LISTED_NEXT.match(self.text, end) if self.text.startswith(",", end) else None
        before = LISTED_PREVIOUS.search(self.text, max(0, start - 60), start) \
            if self.text.endswith(", ", 0, start) else None
        return any(m is not None and places().get(fold(m["name"])) == "public figure" for m in (after, before))

    def _judge_titled(self, span: list[Token]) -> None:
        rest = [t for t in span[1:] if t.base not in TITLES]
        if rest and (self._public(span[0].start, rest[-1].end, len(rest) + 1)
                     or name_forms.a_work_title(self.text, span[0].start, rest[-1].end)):
            return  # "a plaque remembers Dr William Price", "the song Mr Brightside"
        if (rest and not any(lex(t.base).plain_word and len(t.base) > 1 for t in rest)
                and not self._all_allowed(rest)
                and not all(lex(t.base).place for t in rest)  # "Father Christmas"
                and rest[0].base not in OFFICES):  # "Lord Mayor"
            end = rest[-1].end
            if len(rest[-1].base) == 1 and self.text.startswith(".", end):
                end += 1  # "Dr K."
            self._add(span[0].start, end, "titled", rest)

    def _may_take_initial(self, head: list[Token]) -> bool:
        """ "Shannon B.", "Hope H.", "Xaliimo A.": a first name (or a word no list knows) before a
        surname's initial; not "Class A." or "Plan B.", whose first word is only a word."""
        if len(head) > 2 or self._all_allowed(head) or any(t.base in TITLES or t.base.isupper() for t in head):
            return False
        first, *rest = [lex(t.base) for t in head]
        opens = first.given >= 4 if first.word else bool(first.given or first.surname or not first.proper)
        return opens and (not first.place or first.given >= 4) and all(r.namelike for r in rest)

    def _judge_capitals(self, span: list[Token]) -> None:
        """ "DANIELLE" on a tattoo, "JUSTICE FOR KAYLEIGH" on a placard, "LOCAL MAN CONNOR WHITTLE
        JAILED": in capitals every word looks alike, so a name is a first name that is no everyday
        word, with a surname after it; three capitals alone are taken for an acronym ("ESA")."""
        i = 0
        while i < len(span):
            token = span[i]
            if (token.start in self.named or token.base in self._acronyms  # "the Committee (JURI)"
                    or not _in_capitals(token.base) or not self._capital_first(token.base)):
                i += 1
                continue
            j = i + 1
            while j < len(span) and span[j].start not in self.named and _capital_surname(span[j].base):
                j += 1
            before = span[i - 1].base.capitalize() if i else ""
            after = fold(span[j].base) if j < len(span) else ""
            if before in SAINTS or after in ORG_WORDS or fold(span[j - 1].base) in ORG_WORDS:
                i = j  # "ST GILES TRUST", "GRACE CHURCH": a place or an organisation
                continue
            if before in TITLES and span[i - 1].start not in self.named:
                i -= 1  # "MRS AALIYAH KHAN"
            if len(token.base) > 3 or j > i + 1:
                self._add(span[i].start, span[j - 1].end, "capitals", span[i:j])
            i = j

    @cached_property
    def _acronyms(self) -> frozenset[str]:
        """Words in capitals that the story spells out as acronyms somewhere: "(JURI)"."""
        return frozenset(m.group(1) for m in first(BRACKETED_CAPITALS.finditer(self.text)))

    def _capital_first(self, base: str) -> bool:
        key = fold(base)
        if (key in STOPWORDS or key in VOCATIVES or key in common_words() or key in CAPITAL_ACRONYMS
                or self.is_allowed(base)):
            return False
        info = lex(base)
        return not info.place and not info.proper and (info.given >= 4 or info.given > 0 and len(base) >= 5
                                                       or name_forms.pet_form(key))  # "DEANO OWES ME"

    def _judge_tables(self, segment: Segment, tokens: list[Token]) -> None:
        """A table whose column (or row) is headed "Name", "Client", "Mentee"...: what its cells
        hold are people, even words ("| Rose | mentee |")."""
        starts = [t.start for t in tokens]
        for start, end in _person_cells(self.text, segment)[:MAX_HITS]:
            first_token = bisect.bisect_left(starts, start)
            cell = [t for t in tokens[first_token:bisect.bisect_left(starts, end)] if t.start not in self.named]
            named = [t for t in cell if self._may_head_cell(t)]
            if named:
                self._add(named[0].start, named[-1].end, "table", named)

    def _may_head_cell(self, token: Token) -> bool:
        info = lex(token.base)
        return (not self.is_allowed(token.base) and not info.place and not info.plain_word
                and fold(token.base) not in VOCATIVES and token.base not in TITLES and not token.base.isupper())

    def _judge_initials(self, segment: Segment) -> None:
        """ "The victim, R.T., did not want to be named": initials stand for a person, unless they are
        an abbreviation ("U.K.", "P.S.")."""
        for m in first(INITIALS.finditer(self.text, segment.start, segment.end)):
            if len(self.hits) >= MAX_HITS:
                return
            start = m.start() - 1
            letters = fold(_DOTS_AND_SPACES.sub("", self.text[start : m.end()]))
            if start >= segment.start and letters not in ABBREVIATIONS and self._free(start, m.end()):
                self.hits.append(RECOGNISERS["initials"].hit(start, m.end()))

    def _judge_quoted_nicknames(self, segment: Segment) -> None:
        """ '"Spud" Fairweather': a word in quotation marks just before a surname is a nickname,
        and the two are a person; not before a place, a title or an everyday word ('"Hope" Street')."""
        text, start, end = self.text, segment.start, segment.end
        for m in self._quoted:
            if not start <= m.start() < m.end() <= end:
                continue
            surname = m.group(2).rstrip("'’-")
            surname_end = m.start(2) + len(surname)
            info, key = lex(surname), fold(surname)
            if (m.start() > start and text[m.start() - 1].isalnum()) or key in STOPWORDS or key in ORG_WORDS \
                    or surname in TITLES or info.place or (info.word and not info.surname) \
                    or (info.strong_given and not info.surname) or self.is_allowed(surname) \
                    or not self._free(m.start(), surname_end):
                continue
            self._add(m.start(), surname_end, "introduced", [Token(m.start(2), surname_end, surname, False)])

    def _judge_compounds(self, segment: Segment) -> None:
        """Names written run together with other words: hashtags ("#JusticeForKayleigh",
        "#justiceforkayleigh") and web addresses ("www.bringcallumhome.co.uk", ".../help-shannon-home")."""
        text = self.text
        found = []
        if text.find("#", segment.start, segment.end) >= 0:
            found += [m.span(1) for m in first(led_by(HASHTAG, text, ("#",), segment.start, segment.end))]
        if text.find("www.", segment.start, segment.end) >= 0 or text.find("://", segment.start, segment.end) >= 0:
            found += [m.span() for m in first(WEB_ADDRESS.finditer(text, segment.start, segment.end))
                      if m.start() == segment.start or not _joined(text[m.start() - 1])]
        for m in first(DOMAIN_END.finditer(text, segment.start, segment.end)):
            start = m.start()
            while start > segment.start and m.start() - start < 63 and text[start - 1] in _DOMAIN_CHARS:
                start -= 1
            if start < m.start() and (start == segment.start or not _joined(text[start - 1])):
                found.append((start, m.end()))
        for start, end in found:
            if len(self.hits) >= MAX_HITS:
                return
            for part in _COMPOUND_PART.finditer(text, start, end):
                if part.group(0)[0].isupper():
                    self.compound_parts.append(part.span())
                for name_start, name_end in _names_in_compound(fold(part.group(0))):
                    name_start, name_end = part.start() + name_start, part.start() + name_end
                    if self._free(name_start, name_end) and not self.is_allowed(text[name_start:name_end]):
                        self.hits.append(RECOGNISERS["compound"].hit(name_start, name_end))
            for name_start, name_end in _full_names_in_compound(text, start, end):
                if self._free(name_start, name_end):
                    self.hits.append(RECOGNISERS["compound"].hit(name_start, name_end))

    def _judge_messages(self, segment: Segment) -> None:
        """Texts, cards and quotations with names in lower case: 'his mum: "tell callum we're proud"',
        "love from aaliyah", "well done will". A word that is only a first name is one there; a
        first name that is also a word is one after words that address someone."""
        text, found = self.text, []
        for message in first(MESSAGE.finditer(text, segment.start, segment.end)):
            group = 1 if message.group(1) is not None else 2
            colon = message.start()
            if group == 2 or MESSAGE_NAMED.search(text, max(segment.start, colon - 50), colon):
                found.append(message.span(group))
        if text.find(">", segment.start, segment.end) >= 0:  # "> tell conor he still owes me a fiver xx"
            found += [m.span(1) for m in first(LOWER_QUOTE.finditer(text, segment.start, segment.end))
                      if not any(c.isupper() for c in m.group(1))]
        if text.find(":", segment.start, segment.end) >= 0 and _has_chat_time(text, segment):
            # "[01:52] Tasha: is jordan there"
            found += [m.span(1) for m in first(CHAT_LINE.finditer(text, segment.start, segment.end))
                      if _LOWER_START.match(m.group(1)) and not any(c.isupper() for c in m.group(1)[:1])]
        if text.find(":", segment.start, segment.end) >= 0:  # "Mum: tell callum we're proud"
            found += [m.span(1) for m in first(SPEAKER_LINE.finditer(text, segment.start, segment.end))]
        # a line typed with no capital at all, as texts and cards are: "dear kayleigh, i miss you"
        found += [m.span(1) for m in first(LOWER_LINE.finditer(text, segment.start, segment.end))
                  if m.group(1) == m.group(1).lower()]  # as fast on every wrapped line of prose
        names = _lower_case_names()
        for start, end in found:
            if len(self.messages) >= MAX_HITS:
                return
            if text.count(" ", start, end) < 2:
                continue  # a quoted term ("ole"), not a message
            self.messages.append((start, end))
            words = self._words(start, end)
            named = _among(text, words, names)
            for m in LOWER_WORD.finditer(text, start, end) if named else ():
                if m.group(0) in named:
                    self._add_lower(m.start(), m.end())
            for m in ADDRESSED.finditer(text, start, end) if _may_address(text, start, end, words) else ():
                key = fold(m.group(1))
                weight = given_names().get(key, 0)
                if (weight >= CENSUS_WEIGHT or weight and key not in common_words()) and _may_be_lower_name(key):
                    self._add_lower(*m.span(1))
            for m in LOWER_ASKED.finditer(text, start, end):  # "is dean coming in today"
                key = fold(m.group(1))
                if key in _SEASONS:
                    continue  # "is summer here yet"
                weight = given_names().get(key, 0)
                if (weight >= CENSUS_WEIGHT or weight and key not in common_words()) and _may_be_lower_name(key):
                    self._add_lower(*m.span(1))
            cued = (_LOWER_CUE_WORDS is None or not words.isdisjoint(_LOWER_CUE_WORDS)) and \
                LOWER_CUE_WORD.search(text, start, end)
            for m in LOWER_CUED.finditer(text, start, end) if cued else ():
                # "aunty bet", "ruby says r u coming"
                group = 1 if m.group(1) else 2
                key = fold(m.group(group))
                # a known first name, or a word no list knows whose letters read as a name ("dazza says")
                known = given_names().get(key) or key not in common_words() and name_model.score(key) > MEDIUM_SLOT
                if known and _may_be_lower_name(key) and key not in SUBJECT_NEXT:
                    self._add_lower(*m.span(group))

    def _words(self, start: int, end: int) -> set[str]:
        """The lower-case words of a message (`_LETTERS`), found once for each message."""
        words = self._message_words.get((start, end))
        if words is None:
            letters = _ASCII_LETTERS if self.text.isascii() else _LETTERS  # the same words, sooner
            words = self._message_words[(start, end)] = set(letters.findall(self.text, start, end))
        return words

    def _words_among(self, start: int, end: int, keys: frozenset[str] | set[str]) -> set[str]:
        """`_words_among(self.text, start, end, keys)`, each message's words found once."""
        return _among(self.text, self._words(start, end), keys)

    def _add_lower(self, start: int, end: int) -> None:
        word = self.text[start:end]
        if self._free(start, end) and not self.is_allowed(word) and start not in self.named:
            self._add(start, end, "lower_case",
                      [Token(start, end, word, False)])

    def _free(self, start: int, end: int) -> bool:
        """True when no reported or allow-listed text overlaps `start`-`end`."""
        index = bisect.bisect_right(self.occupied, (start, float("inf")))
        return all(e <= start or end <= s for s, e in self.occupied[max(0, index - 3) : index + 1])

    def _all_allowed(self, run: list[Token]) -> bool:
        return all(self.is_allowed(t.base) for t in run)

    def _judge_run(self, run: list[Token], segment: Segment, in_phrase: bool, continued: bool) -> None:
        """Judge capitalised words that may form one name; `in_phrase` when other capitalised
        words stand next to them, `continued` when one follows ("Grace Hill Community Trust").
        The judges below return the name of the recogniser that reports the run, or None."""
        joined = fold(" ".join(t.base for t in run))
        listed = joined in places() and not (len(run) > 1 and named_privately(self.text, run[0].start, run[-1].end)) \
            and not self._place_as_person(run)
        if self._all_allowed(run) or run[0].base in SAINTS or listed or \
                (len(run) > 1 and joined.replace("-", " ") in gazetteer()):
            return
        if _bracketed_kind(self.text, run[0].start) or _word_mentioned(self.text, run[0].start, run[-1].end):
            return  # "Potatoes (Charlotte and Maris Piper)": kinds of a thing; "Hope is a big word"
        if len(run) <= 2 and _animal_named(self.text, run[0].start, run[-1].end):
            return  # "the court dog, Hope,", "Milo, the office cat": an animal's name
        if self._public(run[0].start, run[-1].end, len(run)):
            return  # "the poet Wilfred Owen", "Moeen Ali, the cricketer,", "poems by …": a public person
        if run[-1].possessive and fold(_next_word(self.text, run[-1].end)) in ORG_WORDS:
            return  # "Helen's Law", "St Patrick's Day": named after a person, not about one
        if not run[-1].possessive and _next_word(self.text, run[-1].end) in _BUSINESS_AFTER:
            return  # "Chase bank's volunteering scheme", "the Lidl store": a firm's name
        if self.text.startswith(" of ", run[-1].end) and _peer_of(run):
            return  # "Diana Princess of Wales hospital", "Philip Duke of Edinburgh"
        if len(run) > 1 and run[0].base in PLACE_OPENERS and (
                not lex(run[1].base).strong_given or self._the_place(run)):
            return  # "Port Talbot", "Upper Mill", "the Old Bailey"; not "Little Dave"
        if len(run) > 1 and (self._landmark(run) or _storm(run)):
            return  # "Barbury Castle", "Clacton Pier"; "Storm Arwen", "Hurricane Katrina"
        if fold(run[-1].base) in ORG_WORDS:
            verdict = self._judge_org_shaped(run)
        elif len(run) == 1:
            verdict = self._judge_single(run[0], segment, in_phrase)
        else:
            verdict = self._judge_multi(run, segment, continued)
            opener = lex(run[0].base)
            if (verdict == "multi_part" and _only_opens(run[0].base, opener)
                    and _sentence_initial(self.text, run[0].start, segment.start)):
                self._judge_run(run[1:], segment, in_phrase=in_phrase, continued=continued)
                return
            if (verdict is None and opener.word and not opener.may_open_name
                    and _sentence_initial(self.text, run[0].start, segment.start)):
                # "Tell Hope I said hello": a capital that only starts the sentence is no name.
                self._judge_run(run[1:], segment, in_phrase=True, continued=continued)
                return
        if verdict and not name_forms.not_a_person(self.text, run[0].start, run[-1].end, [t.base for t in run]):
            # not "interpreter Thursdays", "Frank (0300 123 6600)", "Gavin & Stacey was", "in Barry"
            hit = self._add(run[0].start, run[-1].end, verdict, run)
            if verdict in ("mid_sentence", "second_opinion"):  # the weakest reasons: a list of things can overrule them
                self.weak[run[0].start] = hit

    def _the_place(self, run: list[Token]) -> bool:
        """ "the Old Bailey": "the" before a place's first word and a first
        name; not "the Little Jimmy lad", where a word for a person follows."""
        return (_previous_word(self.text, run[0].start) == "the"
                and _next_word(self.text, run[-1].end).lower() not in KIN)

    def _landmark(self, run: list[Token]) -> bool:
        """ "Barbury Castle", "Sumburgh Head": a word that ends a landmark's name after words that
        are no given name, and nothing around that shows a person ("Tom Head", "says Ola Hill")."""
        return (fold(run[-1].base) in LANDMARKS and not any(lex(t.base).given for t in run[:-1])
                and self._cue(run[0], run[-1]) is None)

    def _judge_org_shaped(self, run: list[Token]) -> str | None:
        """ "Ruby Hall, who runs the café", "his cousin Paddy Ward", "my husband Dale": a word
        that usually ends the name of a place is a name when the sentence shows a person."""
        last = lex(run[-1].base)
        if len(run) == 1:
            named = last.given >= 4 and not self.is_allowed(run[0].base)
        else:
            named = last.surname and lex(run[0].base).given >= CENSUS_WEIGHT
        cue = self._cue(run[0], run[-1]) if named and not last.place else None
        if cue and cue[1]:
            return "org_shaped"
        return None

    def _judge_multi(self, run: list[Token], segment: Segment, continued: bool) -> str | None:
        if places().get(fold(run[0].base)) == "calendar":
            return None  # "Eid Mubarak", "Christmas Carol"
        first, rest = lex(run[0].base), [lex(t.base) for t in run[1:]]
        every = [first, *rest]
        surname_shaped = all(not r.word and not r.place for r in rest)
        # English surnames are often village names: "Ryan Catterall", after a first name that is no word.
        if first.strong_given and all(r.namelike or r.town for r in rest) or first.given and surname_shaped:
            return "full_name"
        if all(not x.word and not x.place for x in every) and any(
            x.surname or x.given or not x.proper for x in every
        ):
            return "multi_part" if any(x.surname or x.given for x in every) else "weak_multi_part"
        if any(x.place and not x.surname for x in every):
            return None
        # "Nguyen Van Long": one word that can only be a name, the others names too.
        if any(x.known_name and not self.is_allowed(t.base) for x, t in zip(every, run, strict=True)) and all(
            x.given >= 4 or x.surname or not x.word for x in every
        ):
            return "multi_part"
        if not (first.may_open_name and rest[-1].namelike):
            return None
        if self._cue(run[0], run[-1]):
            return "cued_name"
        # "Grace Hill", "Will Hay", "Raheem Khan": a first name, or a word no list knows, and a
        # surname, in running text.
        unknown = not (first.word or first.given or first.surname or first.proper)
        if ((first.given >= CENSUS_WEIGHT or unknown) and rest[-1].surname and not continued
                and not self._title_cased(run[0].start, segment)
                and _previous_word(self.text, run[0].start) not in _PAIR_DETERMINERS
                and not PLACE_AFTER.match(self.text, run[-1].end)):
            return "full_name"
        return None

    def _judge_single(self, token: Token, segment: Segment, in_phrase: bool) -> str | None:
        info = lex(token.base)
        key = fold(token.base)
        if self.is_allowed(token.base) or key in VOCATIVES or self._a_brand_possessive(token, info):
            return None
        if info.given <= CENSUS_WEIGHT and _came_from(self.text, token.start):
            return None  # "came from Constanța in 2016": a rare first name in a hometown's slot
        if info.strong_given and not in_phrase and not (
                key in names_first() and self._opens_as_a_word(token, segment)):
            return "first_name"
        if (info.surname or not info.word) and not info.place and INITIAL.search(
                self.text, max(0, token.start - 3), token.start):
            return "initial_surname"  # "J. Smith said", "signed by K Okafor"
        cue = self._cue(token, token)
        if cue and cue[1] == "right" and _in_place_slot(self.text, token.start, info):
            cue = None  # "a headteacher in Ibadan, who", "a baker from Madeira who"
        if cue:
            name, kind = cue
            person_first = not info.place or info.given >= 4  # "my son Jordan", "Jordan, 19,": no country
            if (kind in ("kin", "called", "nickname", "speech", "address") and person_first
                    and (not in_phrase or not info.word or info.given >= 4)):
                # "his girlfriend, Sky", "a lad named Storm": any capitalised word; but in
                # "says Senior Probation Officer" the cue is for the job title.
                return name
            if kind in ("age", "attribution") and (info.surname or info.given or not info.word) and person_first:
                return name  # "Baker, 34, was jailed", "— Tamsin, mentee"
            if info.given >= 4 if info.word else info.given or info.surname or not info.place:
                return name
        if info.given and not info.place and not in_phrase and self._from_place(token.end):
            return "cued_name"  # "Sue from Oxton", "our Cal from Rock Ferry"
        if info.given >= CENSUS_WEIGHT and not info.place and not in_phrase:
            mid = not self._title_cased(token.start, segment) and not _sentence_initial(
                self.text, token.start, segment.start)
            previous = _previous_word(self.text, token.start, keep_case=True)
            # Right after a capitalised word that was masked ("Salford Royal"), it ends a longer name.
            masked = previous[:1].isupper() and previous[-1:].isalpha() and fold(previous) not in STOPWORDS
            if mid and previous.lower() not in DETERMINERS and not masked:
                return "mid_sentence"
        if not in_phrase and not info.word and not info.place and not info.proper and info.given < CENSUS_WEIGHT:
            return self._second_opinion(token, segment, info)
        return None

    def _from_place(self, end: int) -> bool:
        """ "from Oxton", "from Rock Ferry", "from Housing" after a first name: how a person is told
        from others of that name; any capitalised words but a day or a month ("a bill from May")."""
        m = FROM_PLACE.match(self.text, end)
        return m is not None and places().get(fold(m.group(1).split()[0])) != "calendar"

    def _a_brand_possessive(self, token: Token, info: Lex) -> bool:
        """ "at Nando's after court": a firm named with its 's ("Nando's", "Domino's"); not a rare
        first name's flat or kin ("Nando's flat"), nor a common first name ("at Scarlet's", not the
        Scarlets)."""
        return (token.possessive and info.given < 4 and places().get(fold(token.base) + "s") == "organisation"
                and POSSESSED.match(self.text, token.end) is None)

    def _second_opinion(self, token: Token, segment: Segment, info: Lex) -> str | None:
        """A word no list knows (or a rare given name, or a surname) where the rules found no cue:
        a name when the score of its letters (name_model.py) and what its place in the sentence says
        of a person add up ("sat with Wojtek", "Deano turned up", "round to Tayla's after school"),
        not in a place's or a thing's slot ("in Possilpark", "on Fortnite")."""
        if self._title_cased(token.start, segment):
            return None
        support = self._slot_support(token, segment)
        if support is None:
            return None
        letters = name_model.score(token.base) + (LISTED_BONUS if info.given or info.surname else 0.0)
        return "second_opinion" if letters + support >= NAME_SCORE_NEEDED else None

    def _slot_support(self, token: Token, segment: Segment) -> float | None:
        """How far the words around a token say a person stands there; None in a place's or a
        thing's slot."""
        text = self.text
        previous = _previous_word(text, token.start)
        if previous in ("the", "a", "an"):
            return None
        if token.possessive and previous in _HOME_BEFORE and self._home_after(token.end):
            return STRONG_SLOT  # "at Dazza's for a week", not "the brewery, Marston's, paid"
        if previous in THING_BEFORE:
            return None
        if PAIRED_AFTER.match(text, token.end) or PAIRED_BEFORE.search(text, max(0, token.start - 12), token.start):
            return STRONG_SLOT
        acts = _next_word(text, token.end).lower() in PERSON_AFTER or ACTS_AFTER.match(text, token.end) is not None
        if _sentence_initial(text, token.start, segment.start):
            # Every word opening a sentence is capitalised: only a person's verb after it counts.
            return ACTS_SLOT - OPENING if acts else None
        support = MEDIUM_SLOT if previous in PERSON_BEFORE else 0.0
        support += ACTS_SLOT if acts else 0.0
        return support or None  # a capital in the middle of a sentence, and nothing else, is not enough

    def _home_after(self, end: int) -> bool:
        """After a possessive, the end of a clause or a word that shows a home ("Tayla's after school")."""
        rest = self.text[end : end + 2]
        return not rest.strip() or rest[0] in ".,;:!?)" or _next_word(self.text, end).lower() in HOME_AFTER

    def _judge_families(self, segment: Segment) -> None:
        """ "the K family", "the Griffiths boys": a surname or an initial that names a family; not an
        everyday word or a place ("the Royal family", "the Salford boys")."""
        if self.text.find("he ", segment.start, segment.end) < 0:
            return
        for m in first(FAMILY.finditer(self.text, segment.start, segment.end)):
            word = m.group(1).rstrip("'’-")
            start, end = m.start(1), m.start(1) + len(word)
            if start in self.named or not self._free(start, end) or self.is_allowed(word):
                continue
            key, info = fold(word), lex(word)
            if len(word) > 1 and (key in STOPWORDS or key in ORG_WORDS or word in TITLES or word.isupper()):
                continue
            unknown = not info.word and not info.proper and not info.given and name_model.score(word) > MEDIUM_SLOT
            if len(word) == 1 or not info.place and (info.surname or unknown):
                self._add(start, end, "family", [Token(start, end, word, False)])
                if len(word) > 1:  # a surname, even one that is also a word: "the Ogle twins" ... "Ogle"
                    self.confirmed.add(key)

    def _nicknamed(self, offset: int) -> bool:
        """ "known to everyone in the street as", "who everyone calls" just before `offset`."""
        if not self._may_nickname:
            return False
        known = self._nicknamed_at.get(offset)
        if known is None:
            known = (_nickname_end(self.text, offset)
                     and NICKNAMED.search(self.text, max(0, offset - 70), offset) is not None
                     or CALLED_THE.search(self.text, max(0, offset - 50), offset) is not None)
            self._nicknamed_at[offset] = known
        return known

    def _signs_quotation(self, head: Token, tail: Token) -> bool:
        """ '"It helped," Storm said': the words between a quotation and "said"."""
        return bool(QUOTE_CLOSED.search(self.text, max(0, head.start - 4), head.start)
                    and SAID.match(self.text, tail.end))

    def _opens_as_a_word(self, token: Token, segment: Segment, repeat: bool = False) -> bool:
        """ "Mark the date", "Frank conversations helped": a first name that is also a word, opening a
        sentence before words that show the word; a verb and its object show the person ("Sunny lent
        him"). A `repeat` of a confirmed name needs a verb after a plural ("Summer holidays were")."""
        if token.possessive or not _sentence_initial(self.text, token.start, segment.start):
            return False
        m = _NEXT_WORD.match(self.text, token.end)
        if m is None:
            return False
        word = m.group(1)
        after = _next_word(self.text, m.end())
        plural = (word.endswith("s") and not word.endswith("ss") and word not in THIRD_PERSON_VERBS
                  and (word[:-1] in common_words() or word.endswith("es") and word[:-2] in common_words())
                  and (after in PLURAL_VERBS or after.endswith("ed") if repeat else after not in OBJECT_WORDS))
        # "Frank talk helped": a bare everyday word cannot be the verb of a name (not "Frank came").
        bare = (not word.endswith(("s", "ed", "ly")) and word not in SUBJECT_NEXT and word in common_words()
                and after not in OBJECT_WORDS)
        return word in WORD_USE_NEXT or plural or bare

    def _cue(self, head: Token, tail: Token) -> tuple[str, str] | None:
        """Context that shows the words from `head` to `tail` name a person: its recogniser, its kind."""
        if CASE_NAME.search(self.text, max(0, head.start - 8), head.start):  # "R v Okonkwo": the defendant
            return None if REPORTED.match(self.text, tail.end) else ("introduced", "called")
        left = "nickname" if self._nicknamed(head.start) else _left_cue(self.text[max(0, head.start - 40) : head.start])
        if left in ("kin", "owner", "called", "nickname"):
            return "introduced", left
        if left in ("speech", "address"):
            return "spoken", left
        if self._signs_quotation(head, tail):
            return "quote_signed", "speech"
        if left == "attribution" and SIGNATURE_END.match(self.text, tail.end):
            return "attribution", left
        after = self.text[tail.end : tail.end + 60]
        if AGE_CUE.match(after):
            return "age", "age"
        if (honorific := _NEXT_LOWER.match(after)) is not None and honorific.group(1) in _honorifics():
            return "introduced", "kin"  # "Rahima apa", "Parveen ji", "Mehmet abi": a family word after a name
        if (SPEECH_CUE.match(after) or APPOSITION.match(after) or AND_KIN.match(after) or HAS_FAMILY.match(after)
                or (tail.possessive and POSSESSED.match(after))):
            return "right", "right"
        if _addressed(self.text, head.start, tail.end):
            return "addressed", "address"
        if RIGHT_CUE.match(after) and _previous_word(self.text, head.start) not in _PAIR_DETERMINERS:
            return "right_verb", "right"  # not "the Spode works"
        if left == "object":
            return "object", left
        return None

    def _place_as_person(self, run: list[Token]) -> bool:
        """ "my son Jordan", "Georgia, 19,", "Thanks, Devon!": a first name that is a place too, in a
        slot only a person takes (a family word before it, an age after it, a greeting)."""
        if len(run) != 1 or lex(run[0].base).given < 4:
            return False
        cue = self._cue(run[0], run[0])
        return cue is not None and cue[1] in ("kin", "age", "address")

    def _title_cased(self, offset: int, segment: Segment) -> bool:
        """True in a heading or a Title Case metadata field, where capitals do not mark names."""
        if segment.field in TITLE_CASE_FIELDS:
            return True
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.startswith("#", line_start)

    def _add(self, start: int, end: int, recogniser: str, run: list[Token]) -> Hit:
        if run[-1].possessive:
            end = run[-1].end
        start = self._surname_before(start)
        hit = RECOGNISERS[recogniser].hit(start, end)
        strong = RECOGNISERS[recogniser].strong
        self.hits.append(hit)
        self.named.update(t.start for t in run)
        for token in run:
            info, key = lex(token.base), fold(token.base)
            # The surname of a full name counts too ("Hill, 34, ..."), unless it also ends places.
            surname = len(run) > 1 and info.surname and not info.place and key not in ORG_WORDS
            if len(token.base) < 2 or self.is_allowed(token.base):
                continue
            if strong and (info.given or not info.word or surname):
                self.confirmed.add(key)
            elif not strong and info.given and not info.proper:  # a first name, not "Boeing"
                self.weakly_confirmed.setdefault(key, set()).add(token.start)
        return hit

    def _surname_before(self, start: int) -> int:
        """Where a name found starts, with the surname a register writes before it in capitals
        ("OKONKWO, Chidi", "| WHITTAKER, Jade (19) |"): the two are one person."""
        m = SURNAME_FIRST.search(self.text, max(0, start - 34), start)
        if (m is None or not _capital_surname(m.group(1)) or fold(m.group(1)) in CAPITAL_ACRONYMS
                or m.group(1) in self._acronyms or not self._free(m.start(1), m.end(1))):
            return start
        key = fold(m.group(1))
        known = lex(m.group(1)).surname or name_model.score(key) > MEDIUM_SLOT  # not "ASAP, Kyle"
        return m.start(1) if known else start

    def _judge_lists(self, tokens: list[Token], segment_start: int) -> None:
        """ "Chantal, Femi and Grace": a list with people in it is a list of people; a first name
        in a list of things ("Maths, English and Art") is not one."""
        pairs = _list_pairs(self.text, tokens)
        for a, b in pairs:
            for token, other in ((a, b), (b, a)):
                if token.start in self.weak and self._is_thing(other, segment_start):
                    self._drop_weak(token)
        # Both ways along the list, so that a person at either end reaches every member.
        for a, b in [*pairs, *reversed(pairs)]:
            for token, other in ((a, b), (b, a)):
                if ((token.start in self.weak or token.start not in self.named) and self._is_person(other)
                        and self._may_be_listed(token, segment_start)):
                    self._drop_weak(token)
                    self._add(token.start, token.end, "listed", [token])

    def _drop_weak(self, token: Token) -> None:
        if token.start in self.weak:
            self.hits.remove(self.weak.pop(token.start))
            self.named.discard(token.start)
            self.weakly_confirmed.get(fold(token.base), set()).discard(token.start)

    def _is_person(self, token: Token) -> bool:
        """Named by a strong reason, or a pseudonym or allowed first name."""
        if token.start in self.named:
            return token.start not in self.weak
        info = lex(token.base)
        return self.is_allowed(token.base) and info.given > 0 and not info.place

    def _is_thing(self, token: Token, segment_start: int) -> bool:
        info = lex(token.base)
        return (token.start not in self.named and not (self.is_allowed(token.base) and info.given)
                and (info.place or info.plain_word or fold(token.base) in ORG_WORDS)
                and not _sentence_initial(self.text, token.start, segment_start))  # "However, Grace and Joy"

    def _may_be_listed(self, token: Token, segment_start: int) -> bool:
        """A word alone (not part of "Rose Gardens") that could be a name in a list."""
        key, info = fold(token.base), lex(token.base)
        if _sentence_initial(self.text, token.start, segment_start) and info.word and info.given < 4:
            return False  # "Later, Crystal and Joy came"
        return (token.start not in self.grouped and not self.is_allowed(token.base) and key not in VOCATIVES
                and key not in ORG_WORDS and not info.place and not _breaks(token.base)
                and not name_forms.not_a_person(self.text, token.start, token.end, [token.base]))

    def _judge_lower_titled(self, segment: Segment) -> None:
        """ "mrs j pennington": a name in lower case after a title (name_forms.py)."""
        if self._lower_titles:
            for start, end in name_forms.lower_titled(self.text, self._lower_titles, segment.start, segment.end):
                if self._free(start, end) and start not in self.named:
                    self._add(start, end, "lower_case", [Token(start, end, self.text[start:end], False)])

    def _judge_beside(self) -> None:
        """A nickname beside a name found ("That's Nobby, Norbert Kowalczyk", 'Abdirahman ("Dirie")'):
        the same person, flagged here and, confirmed, wherever else it stands; even when a member
        of staff has that first name ("K. Docherty (Liam)" beside staff "Liam Shaw")."""
        for hit in [h for h in self.hits if h.kind == "person_name"]:
            for start, end in name_forms.nicknames_beside(self.text, hit.start, hit.end):
                word = self.text[start:end]
                if self._free(start, end) and start not in self.named:
                    self._add(start, end, "introduced", [Token(start, end, word, False)])
                    self.confirmed.add(fold(word))

    def finish(self) -> list[Hit]:
        """Add the repeats of confirmed names and the names found in slugs and file names."""
        self._judge_beside()
        covered = sorted((h.start, h.end) for h in self.hits)
        confirmed = self.confirmed | {key for key, uses in self.weakly_confirmed.items() if uses}
        for token, segment in self.seen:
            if len(self.hits) >= MAX_HITS:
                break
            key = fold(token.base)
            plural = key[-1:] == "s" and name_forms.plural_of(key) in self.confirmed  # "two Kowalczyks"
            if key not in confirmed and not plural:  # most words: tested before the look-ups below
                continue
            as_word = key in names_first() or key in common_words()
            if not _inside(covered, token.start) and not (as_word and (
                    self._opens_as_a_word(token, segment, True) or _word_mentioned(self.text, token.start, token.end))):
                self.hits.append(RECOGNISERS["elsewhere"].hit(token.start, token.end))  # not "Mark my words"
        for start, end in self.compound_parts:  # "#BringHopeHome" after "her daughter, Hope"
            if fold(self.text[start:end]) in confirmed and not _inside(covered, start):
                self.hits.append(RECOGNISERS["elsewhere"].hit(start, end))
        # "tell kieran" in a message after "Kieran, 19,"; but not "grace period" after "Grace said".
        wanted = {key for key in self.confirmed if key not in common_words()}
        if self.messages:  # "deano" after "Dean"; built only for a story with messages to read
            wanted |= {pet for key in self.confirmed for pet in name_forms.pet_forms(key)}
        for start, end in self.messages if wanted else ():
            if not self._words_among(start, end, wanted):
                continue
            for m in LOWER_WORD.finditer(self.text, start, end):
                if fold(m.group(0)) in wanted and m.group(0).islower() and not _inside(covered, m.start()) \
                        and _previous_word(self.text, m.start()) not in _NOUN_BEFORE:  # not "his granda's"
                    self.hits.append(RECOGNISERS["elsewhere"].hit(m.start(), m.end()))
        for segment in self.paths:
            # not inside an allow-listed name ("people/bethan-lloyd.html" with staff Bethan Lloyd)
            self.hits += [hit for hit in _path_names(self.text, segment, self.allowed, self.confirmed)
                          if self._free(hit.start, hit.end)]
        return self.hits


# Words before a lower-case word that make it a noun, not a name: "his granda's", "the dean".
_NOUN_BEFORE = frozenset("a an the his her their your this that".split())  # not "our xaliimo", "my kieran"


_PEERAGE = cue_list("peerage")
_BUSINESS_AFTER = cue_list("business_after")


def _peer_of(run: list[Token]) -> bool:
    """ "Diana Princess of Wales (hospital)", "Philip Duke of Edinburgh": a name with a title of
    the peerage or the crown before "of": a public figure, or a place named after one."""
    return len(run) > 1 and fold(run[-1].base) in _PEERAGE


def _list_pairs(text: str, tokens: list[Token]) -> list[tuple[Token, Token]]:
    """Neighbouring words of lists that have an "and", "or" or "&": "Skye, Kacey and Tamsin"."""
    pairs: list[tuple[Token, Token]] = []
    chain: list[tuple[Token, Token]] = []
    joined = False
    for a, b in zip(tokens, tokens[1:]):
        if b.start - a.end <= 8 and LIST_GAP.fullmatch(text, a.end, b.start):
            if chain and chain[-1][1] is not a:
                pairs += chain if joined else []
                chain, joined = [], False
            chain.append((a, b))
            joined = joined or text[a.end : b.start].strip(" \t,") != ""
    return pairs + (chain if joined else [])


def _left_cue(before: str) -> str | None:
    """What the words just before a name say: "kin" ("her son"), "owner" ("the victim's"),
    "nickname" ("known as"), "called", "speech" ("says"), "address" ("Thanks,"), "object" ("met"),
    "attribution" ('" – Tamsin')."""
    if ATTRIBUTION.search(before):
        return "attribution"
    head, newline, line = before.rpartition("\n")
    if newline and not line.strip():  # at the start of a line: a heading or a paragraph ends above
        above = head.rpartition("\n")[2].lstrip()
        if not above or above.startswith(("#", "-", "*", ">", "|", "=")):
            return None
    trimmed = before.rstrip(" \t\n")
    if trimmed.endswith("(") and not trimmed[:-1].rstrip(" \t").endswith("s"):
        trimmed = trimmed[:-1].rstrip(" \t")  # "Roommate (Yohannes, Eritrean)"; not "managers (POMs)"
    plural_owner = trimmed.endswith(("s'", "s’"))  # "the Victims' Code", "his parents' house"
    words = trimmed.rstrip("\"“‘'’").rsplit(None, 2)[-2:]
    if not words:
        return None
    raw = words[-1].lower().lstrip("\"“‘'([*_")
    last = raw.rstrip(",")
    owner = plural_owner or last.endswith(("'s", "’s"))
    last = last[:-2] if last.endswith(("'s", "’s")) else last
    previous = words[0].lower().lstrip("\"“‘'([*_") if len(words) == 2 else ""
    if (last in NICKNAME_CUES or (previous, last) in NICKNAME_PAIRS
            or last in CUE_WORDS and previous in KIN | {"someone", "somebody", "guy", "fella"}):
        return "nickname"  # 'known as "Tank"', "a man called Snowy"
    if last in CUE_WORDS and previous in NAMED_THINGS:
        return None  # "a spaniel called Reksio", "a boat named Sea Breeze"
    if (last in CUE_WORDS or (previous, last) in CUE_PAIRS or last == "pictured" or _name_word_before(raw, previous, last)
            or raw.endswith(":") and raw[:-1] in CAPTION_CUES):
        return "called"  # "a lad named Storm", "Pictured: Femi"
    if _is_kin(last) or last.endswith("-year-old"):
        return "owner" if owner else "kin"
    if last in SPEECH_BEFORE and raw == last:  # "says Precious", not 'said, "Write'
        return "speech"
    if raw.endswith(",") and (last in ADDRESS_OPENERS or (previous, last) in ADDRESS_PAIRS):
        return "address"
    if last in PERSON_OBJECT_VERBS:
        return "object"
    return None


def _name_word_before(raw: str, previous: str, last: str) -> bool:
    """ "by a nickname, Jeeta", "Ardit's surname, Hoxha", "her maiden name was Kerr": a word for
    a name ("name", "surname", "nickname", "forename"), then a comma, a colon or "is"/"was"."""
    return (raw[-1:] in (",", ":") and raw[:-1].endswith("name")
            or last in ("is", "was") and previous.endswith("name"))


# Prepositions after which a word that is no first name is a place: "a headteacher in Ibadan, who".
_PLACE_PREPOSITIONS = frozenset("in near outside around across".split())
# An open bracket after a noun, and the capitalised words of a list inside it so far.
_BRACKET_LIST = re.compile(r"([A-Za-z]+)[ \t]*\((?:[A-Z][\w'’-]*(?:[ \t]+|,[ \t]*|[ \t]+(?:and|or|&)[ \t]+))*$")


# A word talked about as a word: "Hope is a big word", "the word Faith".
WORD_AFTER = re.compile(r"[\"”’]?[ \t]+(?:is|was|'s|’s)[ \t]+(?:just[ \t]+|such[ \t]+)?(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}word\b")
WORD_BEFORE = re.compile(r"\b(?:the|that|this)[ \t]+word[ \t]+[\"“‘']?$", re.IGNORECASE)


def _only_opens(base: str, info: Lex) -> bool:
    """ "Call Gary Pilkington", "Keep Eleri": an everyday word (a verb) that is no first name,
    opening a sentence before a name, is not part of it, even when it is also a surname."""
    return not info.given and not info.may_open_name and fold(base) in common_words()


def _word_mentioned(text: str, start: int, end: int) -> bool:
    """ "Hope is a big word", "the word Faith": a word talked about, not a person."""
    if text.find("word", max(0, start - 20), end + 40) < 0:  # most names: no "word" near them
        return False
    return WORD_AFTER.match(text, end) is not None or WORD_BEFORE.search(text, max(0, start - 20), start) is not None


# An animal beside a name: before it ("his dog Tyson", "a cat called Milo", "the court dog, Hope,")
# or after it ("Milo, the office cat", "Hope the court dog").
_ANIMALS = _alternation("animals")
ANIMAL_BEFORE = re.compile(rf"\b(?i:{_ANIMALS}),?[ \t]+(?:(?:called|named)[ \t]+)?$")
ANIMAL_AFTER = re.compile(rf",?[ \t]+(?:the|our|his|her|their|a|an|my)[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?i:{_ANIMALS})"
                          r"(?=[ \t]*(?:[,.;:!?)]|\n|$))")  # the animal ends the phrase: not "the dog walker"


_ANIMAL_WORDS = cue_list("animals") | {"called", "named"}


def _animal_named(text: str, start: int, end: int) -> bool:
    """A name given to an animal beside it (see ANIMAL_BEFORE and ANIMAL_AFTER); the patterns
    are tried only where the word before is an animal or "called", or a comma follows."""
    if _previous_word(text, start).rstrip(",") in _ANIMAL_WORDS and \
            ANIMAL_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    return text.startswith((",", " ", "\t"), end) and ANIMAL_AFTER.match(text, end) is not None


def _in_place_slot(text: str, start: int, info: Lex) -> bool:
    """A word that is no first name after "in", "near" ("in Ibadan, who"), or a known proper noun
    that is no first name after "from" ("a baker from Madeira who"): a place, not a person."""
    previous = _previous_word(text, start)
    return info.given == 0 and (previous in _PLACE_PREPOSITIONS or previous == "from" and (info.proper or info.place))


_ORIGIN_VERBS = cue_list("origin_verbs")


def _came_from(text: str, start: int) -> bool:
    """ "came from Constanța in 2016", "she is originally from Năvodari": "from" after a verb of
    where someone comes from."""
    before = text[max(0, start - 30) : start].split()
    return len(before) >= 2 and before[-1] == "from" and before[-2].lower().lstrip("*_\"“‘'(") in _ORIGIN_VERBS


def _storm(run: list[Token]) -> bool:
    """ "Storm Arwen", "Hurricane Katrina": a given name, or a word no surname list holds, after
    a word for a storm; "Storm Hughes" (a surname) is a person."""
    if len(run) != 2 or fold(run[0].base) not in WEATHER_OPENERS:
        return False
    named = lex(run[1].base)
    return named.given > 0 or not named.surname


def _bracketed_kind(text: str, start: int) -> bool:
    """ "Potatoes (Charlotte and King Edward)", "apples (Gala, Jazz)": names in brackets just after a
    plural noun of things are kinds of it; not after people ("her children (Jade and Kai)")."""
    if "(" not in text[max(0, start - 60) : start]:
        return False
    m = _BRACKET_LIST.search(text, max(0, start - 60), start)
    if m is None:
        return False
    noun = m.group(1).lower()
    if _is_kin(noun) or noun.endswith(_PEOPLE_PLURALS) or noun in STOPWORDS:
        return False
    if noun.endswith("s") and (noun[:-1] in common_words() or noun[:-2] in common_words()):
        return True
    # "balti masala (Shan or Rajah)": a choice of brands after a thing, not of people.
    close = text.find(")", start, start + 80)
    return close > 0 and " or " in text[m.end(1) : close] and m.group(1).islower() and noun not in KIN


def named_privately(text: str, start: int, end: int) -> bool:
    """ "her grandad, Tom Jones, 81,": someone in the story who shares a public figure's name, shown
    by a relationship just before it or an age just after it; the public-figure list gives way.
    A capitalised word before it is a title ("Sister Helen Prejean"), not a relationship."""
    before = text[max(0, start - 40) : start]
    titled = _previous_word(text, start, keep_case=True)[:1].isupper()
    return not titled and _left_cue(before) in ("kin", "owner") or AGE_CUE.match(text, end) is not None


def _family_words_before_names(span: list[Token]) -> set[int]:
    """Where a family word stands before a name as "Mum" does ("Mama Ngozi", "Babcia Halina"): it
    is no part of the name but the cue before it. Family words together are what the person is
    called ("Dadi Amma") and stay one name."""
    return {word.start for word, after in zip(span, span[1:], strict=False)
            if fold(word.base) in FAMILY_ADDRESS and fold(after.base) not in FAMILY_ADDRESS}


def _is_kin(word: str) -> bool:
    """ "sister", "sister-in-law", "half-brother", "ex-girlfriend", "sons", "friends"."""
    word = word.removesuffix("-in-law")
    return (word in KIN or word.rsplit("-", 1)[-1] in KIN or fold(word) in FAMILY_ADDRESS
            or word.endswith("s") and word[:-1] in KIN)


def _addressed(text: str, start: int, end: int) -> bool:
    """ "…, you did well, Grace." — a name between a comma and the end of a quotation."""
    return (text[end : end + 2] in (",\"", ".\"", "!\"", "?\"", ",”", ".”", "!”", "?”", ",’", ".’")
            and text[max(0, start - 2) : start] == ", ")


@lru_cache(maxsize=65536)
def _only_a_word(base: str) -> bool:
    """An everyday word and nothing else: not a title, an acronym, a closed-class word or a code."""
    return (len(base) > 2 and not base.isupper() and base not in TITLES and fold(base) not in STOPWORDS
            and lex(base).plain_word and not any(c.isdigit() or c == "_" for c in base))


@lru_cache(maxsize=65536)
def _breaks(base: str) -> bool:
    """Words that cannot be part of a name: everyday words, titles, acronyms, initials, codes."""
    return (len(base) == 1 or base.isupper() or base in TITLES or fold(base) in STOPWORDS
            or any(c.isdigit() or c == "_" for c in base) or lex(base).plain_word
            or _plural_of_a_word(base))


@lru_cache(maxsize=65536)
def _plural_of_a_word(base: str) -> bool:
    """"Facilitators", "Residents": a plural of an everyday word that is no name or surname."""
    key = fold(base)
    if not key.endswith("s") or key in surnames() or key in given_names():
        return False
    if key.endswith(_PEOPLE_PLURALS):  # facilitators, caseworkers, volunteers: roles, not names
        return True
    return key[:-1] in common_words() or key.endswith("es") and key[:-2] in common_words()


def _spans(text: str, tokens: list[Token]) -> Iterator[list[Token]]:
    """Group tokens that follow each other with only a space, a line break or a particle."""
    span: list[Token] = []
    for token in tokens:
        if span:
            gap = text[span[-1].end : token.start]
            pattern = TITLE_GAP if span[-1].base in TITLES else GAP
            if not span[-1].possessive and len(gap) <= 12 and pattern.fullmatch(gap):
                span.append(token)
                continue
            yield span
        span = [token]
    if span:
        yield span


def _sentence_initial(text: str, offset: int, floor: int) -> bool:
    """True when only openers (quotes, brackets, list marks) stand between a sentence start (or a
    table cell's start) and `offset`."""
    i = offset - 1
    newlines = 0
    quoted = False
    while i >= floor and offset - i < 40:
        c = text[i]
        if quoted and c in ",:" or c == "|":  # 'he said, "Write one', "| Monday | Art |"
            return True
        quoted = quoted or c in "\"“‘"
        if c == "\n":
            newlines += 1
            if newlines == 2:
                return True
        elif c in _SENTENCE_END:
            return not _is_abbreviation(text, i)
        elif c in "-+*" and (i == floor or text[i - 1] == "\n"):
            return True
        elif c not in _OPENERS and c != "\r":
            return False
        i -= 1
    return i < floor


def _is_abbreviation(text: str, dot: int) -> bool:
    word = text[max(0, dot - 4) : dot].split()[-1:] or [""]
    return text[dot] == "." and word[0] in TITLES


def _previous_word(text: str, offset: int, keep_case: bool = False) -> str:
    """The word before `offset` without quotes or brackets, lower-cased unless `keep_case`."""
    words = text[max(0, offset - 20) : offset].split()
    word = words[-1].strip("\"“‘'(") if words else ""
    return word if keep_case else word.lower()


def _joined(char: str) -> bool:
    """A character that makes what follows part of a longer address or name ("me@", "/x", "a.b")."""
    return char.isalnum() or char in "_@/.-"


def _words_among(text: str, start: int, end: int, keys: frozenset[str] | set[str]) -> set[str]:
    """The lower-case words between two offsets whose folded form is one of `keys`."""
    return _among(text, set(_LETTERS.findall(text, start, end)), keys)


def _among(text: str, words: set[str], keys: frozenset[str] | set[str]) -> set[str]:
    """The `words` (of `text`) whose folded form is one of `keys`."""
    found = words & keys  # most words are ASCII, their own folded form
    return found | {w for w in words if not w.isascii() and fold(w) in keys} if not text.isascii() else found


@lru_cache(maxsize=1)
def _lower_case_names() -> frozenset[str]:
    """First names that, written in lower case, can only be names: no English word, closed-class
    word, place, particle ("del", "von") or text speak ("bae")."""
    return frozenset(key for key, weight in given_names().items()
                     if weight >= 4 and len(key) > 2 and key not in common_words() and _may_be_lower_name(key))


@lru_cache(maxsize=4096)
def _may_be_lower_name(key: str) -> bool:
    return not (key in STOPWORDS or key in VOCATIVES or key in places() or key in message_words()
                or key in _PARTICLE_WORDS)


def _in_capitals(base: str) -> bool:
    return len(base) > 2 and base.isupper() and base.replace("-", "").isalpha()


@lru_cache(maxsize=4096)
def _capital_surname(base: str) -> bool:
    """A word in capitals that may follow a first name as its surname: "WHITTLE", not "JAILED"."""
    if not _in_capitals(base) or fold(base) in STOPWORDS or base.capitalize() in TITLES:
        return False
    info = lex(base)
    return (info.surname or not info.word) and not info.place and any(c in "AEIOUY" for c in base)


def _person_cells(text: str, segment: Segment) -> list[tuple[int, int]]:
    """The cells of Markdown tables that sit under (or beside) a heading such as "Name"."""
    if text.find("|", segment.start, segment.end) < 0:
        return []
    cells: list[tuple[int, int]] = []
    for table in _tables(text, segment.start, segment.end):
        header, rows = table[0], table[2:]
        columns = {i for i, (s, e) in enumerate(header) if text[s:e].strip(" \t*_").lower() in PERSON_HEADINGS}
        for row in rows:
            cells += [cell for i, cell in enumerate(row) if i in columns]
        for row in [header, *rows]:
            if text[row[0][0] : row[0][1]].strip(" \t*_").lower() in PERSON_HEADINGS:  # "| Name | Rose | Oisín |"
                cells += row[1:]
    return cells


def _tables(text: str, start: int, end: int) -> list[list[list[tuple[int, int]]]]:
    """Markdown tables between two offsets: rows of cells (start, end), the second row the
    separator ("| --- | --- |")."""
    tables: list[list[list[tuple[int, int]]]] = []
    rows: list[list[tuple[int, int]]] = []
    last_end = -2
    for line in TABLE_LINE.finditer(text, start, end):
        if line.start() != last_end + 1:
            tables.append(rows)
            rows = []
        bars = [line.start() + i for i, c in enumerate(line.group(0)) if c == "|"]
        rows.append([(a + 1, b) for a, b in zip(bars, bars[1:])])
        last_end = line.end()
    tables.append(rows)
    return [rows for rows in tables if len(rows) > 2 and rows[0] and rows[1]
            and all(_CELL_SEPARATOR.fullmatch(text, s, e) for s, e in rows[1])]


# The capitalised words of a compound, a surname's "Mc", "Mac" or "O" joined to the word after it.
_CAPITALISED_PART = re.compile(r"(?:Mc|Mac|O)?[A-Z][a-z]+")


def _full_names_in_compound(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """ "JaydenMcAteer" in "#WellDoneJaydenMcAteer": a first name, then a surname, run together."""
    parts = list(_CAPITALISED_PART.finditer(text, start, end))
    for first_part, second in zip(parts, parts[1:]):
        if first_part.end() == second.start() and _first_and_surname(first_part.group(0), second.group(0)):
            yield first_part.start(), second.end()


def _first_and_surname(first_word: str, second: str) -> bool:
    """ "Jayden" then "McAteer" in "#JaydenMcAteer": a first name (declared or not) and a surname
    run together in capitals make the full name, which no pseudonym covers."""
    key = fold(second)
    return (given_names().get(fold(first_word), 0) >= 4 and key in surnames() and key not in common_words()
            and key not in places() and given_names().get(key, 0) < 4)


@lru_cache(maxsize=4096)
def _names_in_compound(word: str) -> tuple[tuple[int, int], ...]:
    """Where first names stand in letters run together: "kayleigh" -> ((0, 8),),
    "justiceforkayleigh" -> ((10, 18),). A run that is not only a first name is split into the
    fewest words and first names (fewest names on a tie); a run that does not split, or splits
    into words alone ("secondchances"), holds none."""
    weight = given_names().get(word, 0)
    if len(word) < 3 or word in common_words() or word in places() or word in STOPWORDS or word in WEB_WORDS:
        return ()
    if weight >= 4:
        return ((0, len(word)),)
    if not 7 <= len(word) <= 40:
        return ()
    # best[i]: (pieces, names, start of the last piece, that piece is a name) for word[:i].
    best: list[tuple[int, int, int, bool] | None] = [None] * (len(word) + 1)
    best[0] = (0, 0, 0, False)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            before = best[start]
            if before is None:
                continue
            piece = word[start:end]
            # Short pieces only if closed-class ("for", "me"): "latinohiphopradio" holds no "tino".
            is_word = piece in STOPWORDS or len(piece) > 2 and (piece in common_words() or piece in places())
            is_name = not is_word and len(piece) >= 4 and given_names().get(piece, 0) >= 4
            if is_word or is_name:
                candidate = (before[0] + 1, before[1] + is_name, start, is_name)
                current = best[end]
                if current is None or candidate[:2] < current[:2]:
                    best[end] = candidate
    names = []
    end = len(word)
    while end > 0 and best[end] is not None:
        _, _, start, is_name = best[end]
        if is_name:
            names.append((start, end))
        end = start
    return tuple(reversed(names)) if end == 0 else ()


def _next_word(text: str, offset: int) -> str:
    """The word just after `offset` (after spaces), or ""."""
    m = _FOLLOWING_WORD.match(text, offset)
    return m.group(1) if m else ""


_FOLLOWING_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _inside(covered: list[tuple[int, int]], offset: int) -> bool:
    index = bisect.bisect_right(covered, (offset, float("inf"))) - 1
    return index >= 0 and covered[index][0] <= offset < covered[index][1]


_PATH_WORD = re.compile(r"[A-Za-z]{3,20}")


def _path_names(text: str, segment: Segment, allowed: frozenset[str], confirmed: set[str]) -> list[Hit]:
    """First names in slugs and image file names ("shelley-kenworthy.jpg")."""
    hits = []
    for m in _PATH_WORD.finditer(text, segment.start, segment.end):
        key = fold(m.group(0))
        if key in allowed or key.endswith("s") and key[:-1] in allowed:
            continue
        info = lex(m.group(0))
        if key in confirmed or (info.strong_given and info.given >= 6):
            hits.append(RECOGNISERS["path"].hit(m.start(), m.end()))
    return hits
