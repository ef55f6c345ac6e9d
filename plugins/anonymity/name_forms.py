"""More shapes of a name already found, and of a name in lower case, for names.py.

- A nickname beside a full name: before it after "it's", "that's", "this is", "I'm" ("That's
  Nobby, Norbert Kowalczyk"), or after it in quotation marks or brackets (`Abdirahman ("Dirie")`,
  `Abdirahman "Dirie"`), or the name cut short as a sentence of its own ("Patrick Rooney.
  Pa."). The nickname is the same person: it is flagged, and wherever else it
  stands in the story ("hi Dirie").
- A nickname made from a common first name, found alone ("DEANO", "Robbo", "Gazza").
- A surname found in a full name, later in the plural or possessive plural ("I've got two
  Kowalczyks", "the Kowalczyks' flat").
- A name in lower case after a title, with or without an initial ("mrs j pennington", "mr
  okafor"), as people sign comments and messages.

And what stands where a name could, but is not a person (`not_a_person`): a name offered as an
example beside a placeholder name ("Mrs Whoever, or Sandra"), a song or a drink ("sang
Delilah", "a pint of Stella"), a title of a work
('watching *Gavin & Stacey*', "the film Billy Elliot", "Dick Whittington was the panto"), a river
before a word only a river takes ("the Trent towpath"), the place an office is held of ("the Archbishop
of Canterbury"), a weekday ("interpreter
Thursdays"), a service with its helpline ("Frank (0300 123 6600)"), the title of a show written
as a pair with a singular verb ("Gavin & Stacey was filmed"), a town after "in" ("filmed up the
road in Barry"), a place at the end of a journey ("40 minutes to Llandod").

Each function reads the text only; names.py adds what they return through its recognisers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import VILLAGE, common_words, cue_list, fold, gazetteer, given_names, places, proper_nouns, surnames
from .probes import matches_from

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]{1,20}"
# A nickname before a full name: "That's Nobby, Norbert Kowalczyk", "it's Bash, Bashir Qureshi".
NICKNAME_BEFORE = re.compile(
    rf"(?i:\b(?:it['’]?s|that['’]?s|this[ \t]+is|i['’]?m|i[ \t]+am|here['’]?s|me,))[ \t]+(?P<nick>{_WORD}),[ \t]+$")
# A nickname after a name: ' ("Dirie")', ' “Dirie”', ' — "Zubi" —', ' (Dirie)' followed by no surname.
NICKNAME_AFTER = re.compile(
    rf"[ \t]+(?:\([ \t]*[\"“‘'](?P<a>{_WORD})[\"”’'][ \t]*\)|(?:[—–-][ \t]+)?[\"“‘](?P<b>{_WORD})[\"”’](?![ \t]+[A-Z])|"
    rf"\((?P<c>{_WORD})\))")
# Where a title in lower case may start, each led by a literal letter the regex engine finds fast.
TITLE_STARTS = (re.compile(r"m(?<![\w'’-]m)(?:rs?|s|x)\.?[ \t]"), re.compile(r"d(?<![\w'’-]d)r\.?[ \t]"))
_AFTER_OPENERS = (" (", ' "', " “", " ‘", "\t", " —", " –", " -")
# A title in lower case, an optional initial, then a word: "mrs j pennington", "mr okafor".
LOWER_TITLED = re.compile(r"(?<![\w'’-])(?:mrs|mr|ms|mx|dr)\.?[ \t]+(?:(?P<initial>[a-z])\.?[ \t]+)?"
                          r"(?P<name>[a-z][a-z'’-]{2,30})(?![\w@'’-])")


def _may_be_nickname(word: str, form: str, name: str = "") -> bool:
    """A capitalised word that can be a nickname: not a place or a body; in quotation marks, any
    other word; before a name ("it's Bash, Bashir Qureshi"), not an everyday word unless it is a
    name too ("I'm Sorry, Dean Smith"); in brackets without quotation marks, no everyday word
    ("Marek (Rm 7)", "Jo (Housing)") unless it is the name cut short ("Ifan (Ifs)", "Daniel
    (Dan)": the same first two letters, and no longer than the name; not "Dean (Deputy)")."""
    key = fold(word)
    if places().get(key) or word.isupper():
        return False
    if form == "bracketed":
        first = fold(name.split()[0]) if name.split() else ""
        cut_short = len(key) >= 3 and key[:2] == first[:2] and len(key) <= len(first)
        return key not in common_words() and key not in proper_nouns() or cut_short
    if form == "before":
        return key not in common_words() or given_names().get(key, 0) > 0 or key in surnames()
    return True


# A name cut short as a sentence of its own just after the name: "whoever has Patrick Rooney. Pa."
NICKNAME_SENTENCE = re.compile(r"[.!][ \t]+(?P<nick>[A-Z][a-z]{1,10})[.!]")


def _cut_short(nick: str, name: str) -> bool:
    """ "Pa" of "Patrick", "Tom" of "Thomas" no (not its first letters): the name's first two
    letters or more, shorter than the name."""
    first = fold(name.split()[0]) if name.split() else ""
    key = fold(nick)
    return len(key) >= 2 and first.startswith(key) and len(key) < len(first)


def nicknames_beside(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Nicknames written beside the name at `start`-`end` (see the module's text)."""
    if text.startswith((". ", "! "), end) and (cut := NICKNAME_SENTENCE.match(text, end)) \
            and _cut_short(cut["nick"], text[start:end]):
        yield cut.span("nick")
    before = text.endswith(", ", 0, start) and NICKNAME_BEFORE.search(text, max(0, start - 40), start)
    if before and _may_be_nickname(before["nick"], "before"):
        yield before.span("nick")
    after = text.startswith(_AFTER_OPENERS, end) and NICKNAME_AFTER.match(text, end)
    if after:
        group = "a" if after["a"] else "b" if after["b"] else "c"
        if _may_be_nickname(after[group], "bracketed" if group == "c" else "quoted", text[start:end]):
            yield after.span(group)


# How a first name is made a pet form in speech and chat: "dean" -> "deano", "kel" -> "kelly".
_PET_ENDINGS = ("o", "y", "ie", "ey")


def pet_forms(key: str) -> set[str]:
    """The pet forms of a first name found ("deano", "deany", "tommo" of "tom"), none an
    everyday word: the same person when they stand in the story's messages."""
    if len(key) < 3 or not key.isalpha():
        return set()
    stems = {key, key + key[-1]} if key[-1] not in "aeiouy" else {key[:-1]}
    return {stem + ending for stem in stems for ending in _PET_ENDINGS} - {key} - common_words()


# Endings that British speech adds to a first name to make a nickname, its last consonant often
# doubled: "Deano", "Robbo", "Jonno", "Gazza", "Kezzer", "Shazzy".
_NICKNAME_ENDINGS = ("ers", "er", "o", "a", "y", "ie", "ey")
PET_STEM_WEIGHT = 7  # a first name many people have: "Dean", "Rob", "Gaz"


def pet_form(key: str) -> bool:
    """A folded word that is a common first name with a nickname's ending ("deano", "robbo",
    "gazza"), and no English word ("bingo", "rosy")."""
    if key in common_words() or not key.isalpha():
        return False
    names = given_names()
    for ending in _NICKNAME_ENDINGS:
        stem = key.removesuffix(ending)
        if stem == key or len(stem) < 3:
            continue
        undoubled = stem[:-1] if stem[-1] == stem[-2] else stem
        if max(names.get(stem, 0), names.get(undoubled, 0)) >= PET_STEM_WEIGHT:
            return True
    return False


def plural_of(key: str) -> str | None:
    """The surname a plural stands for ("kowalczyks" -> "kowalczyk"), or None; not a given
    name's or a word's plural ("marks", "roses")."""
    if len(key) < 5 or not key.endswith("s") or key in common_words():
        return None
    stem = key[:-2] if key.endswith("es") and key[-3:-2] in "sxz" else key[:-1]
    if stem in common_words() or given_names().get(stem, 0) >= 4:
        return None
    return stem


def title_starts(text: str) -> list[int]:
    """Where a title in lower case may start: "mr", "ms", "mx", "dr" at the start of a word."""
    return sorted(m.start() for pattern in TITLE_STARTS for m in pattern.finditer(text))


def lower_titled(text: str, starts: list[int], start: int, end: int) -> Iterator[tuple[int, int]]:
    """Names in lower case after a title, between `start` and `end`; `starts` from title_starts."""
    for m in matches_from(LOWER_TITLED, text, starts, start, end):
        name = m["name"]
        if m["initial"] and m["initial"] not in "ai" or name not in common_words() and given_names().get(name, 0) < 4:
            yield m.start(), m.end()


# A number of a public service after a word: 03, 0800, 0808, 0845, 116 123 ("Frank (0300 123 6600)").
# A freephone helpline in any form; a 03, 084 or 087 number only in brackets ("Ring Dean on 0300 ...").
HELPLINE_AFTER = re.compile(r"(?:[ \t]+on|[ \t]*[(:,–—-])?[ \t]*(?:080[08]|116[ \t]?\d{3})\b|"
                            r"[ \t]*\([ \t]*(?:03\d\d|084[345]|087\d)\b")
# A pair joined by "&" with a singular verb is a title: "Gavin & Stacey was filmed"; not "Dean and
# Sam was late", which people say of two people.
_SINGULAR = r"(?:was|is|has|wasn['’]t|isn['’]t)\b"
PAIR_AFTER = re.compile(rf"[ \t]+&[ \t]+[A-Z][\w'’-]+[ \t]+{_SINGULAR}")
PAIR_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]+&[ \t]+$")
SINGULAR_AFTER = re.compile(rf"[ \t]+{_SINGULAR}")
# The three read at once: a helpline, a pair then a singular verb, or a singular verb.
AFTER = re.compile(rf"(?P<helpline>{HELPLINE_AFTER.pattern})|(?P<pair>{PAIR_AFTER.pattern})|{SINGULAR_AFTER.pattern}")
# The end of a journey: "40 minutes to Llandod", "the bus from Pwllheli", "a lift to Dolgellau".
JOURNEY_BEFORE = re.compile(r"\b(?:minutes?|mins|miles?|hours?|hrs|drive|bus|buses|train|trains|walk|ride|lift|trip|"
                            r"journey|road|ferry|flight|taxi|coach)[ \t]+(?:to|from)[ \t]+$")


# A title in italics or quotation marks after a word for a work: 'watching *Gavin & Stacey*',
# 'the book "Noughts & Crosses"', 'an episode of _Bread_'.
_MARKS = "*_\"“‘"
WORK_BEFORE = re.compile(
    r"(?i:\b(?:watch(?:es|ed|ing)?|reading|film|book|novel|show|series|programme|sitcom|soap|podcast|"
    r"musical|play|song|album|poem|episodes?[ \t]+of|a[ \t]+copy[ \t]+of|star(?:s|red|ring)?[ \t]+in))"
    r"[ \t]+[*_\"“‘]{1,2}[^*_\"”’\n]{0,60}$")
TITLE_CLOSES = re.compile(r"[^*_\"”’\n]{0,60}[*_\"”’]")


def in_a_title(text: str, start: int, end: int) -> bool:
    """Words inside the title of a work (see WORK_BEFORE)."""
    before = text[max(0, start - 80):start]
    return (any(mark in before for mark in _MARKS) and WORK_BEFORE.search(before) is not None
            and TITLE_CLOSES.match(text, end) is not None)


# A name that stands for anyone ("Mrs Whoever", "Joe Bloggs"), in capitals as a name is written:
# a name in a list of choices beside one is an example ("Mrs Whoever, or Sandra, or whatever").
_PLACEHOLDER = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, cue_list("placeholders")), key=len, reverse=True))
                          + r")\b")
_EXAMPLE_REACH = 30


def _an_example(text: str, start: int, end: int) -> bool:
    """A name offered as one choice of several beside a placeholder name: "how they want to be
    called: Mrs Whoever, or Sandra, or whatever"."""
    low, high = max(0, start - _EXAMPLE_REACH), end + _EXAMPLE_REACH
    if text.find(" or ", low, high) < 0:
        return False
    return _PLACEHOLDER.search(text, low, high) is not None


_SONG_OR_DRINK_BEFORE = cue_list("song_or_drink_before")
_MEASURES = cue_list("measures")


def _song_or_drink(text: str, start: int) -> bool:
    """ "sang Delilah", "drinks Stella", "a pint of Carling": a song or a drink, not a person."""
    if text[start - 1 : start] not in (" ", "\t"):
        return False
    before = text[max(0, start - 30) : start].lower().split()
    if not before:
        return False
    return before[-1] in _SONG_OR_DRINK_BEFORE or len(before) > 1 and before[-1] == "of" and before[-2] in _MEASURES


_WORK_NOUNS = cue_list("work_nouns")
_WORK_DETERMINERS = cue_list("work_determiners")
_WORK_MAKERS = cue_list("work_makers")
_WORK_EFFECTS = cue_list("work_effects")
# The maker's verb then an object is the work doing it: "the film Billy Elliot made him cry".
POSSESSIVE = re.compile(r"['’]s\b")
_MAKER_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z]+)(?:[ \t]+(?P<object>me|him|her|us|them|you|everyone|everybody)\b)?")


def a_work_title(text: str, start: int, end: int) -> bool:
    """ "the song Mr Brightside", "the film Billy Elliot": a name just after the word for a work
    and a determiner is its title; not "the film Dean made" or "the song Dean's nan loved"."""
    before = text[max(0, start - 40) : start].lower().split()
    if len(before) < 2 or before[-1] not in _WORK_NOUNS or before[-2] not in _WORK_DETERMINERS:
        return False
    if text[start - 1 : start] not in (" ", "\t") or POSSESSIVE.search(text, end - 2, end + 2):
        return False
    after = _MAKER_AFTER.match(text, end)
    return (after is None or after["verb"] not in _WORK_MAKERS
            or after["object"] is not None and after["verb"] in _WORK_EFFECTS)


# A name, a verb "to be" and the word for a work: "Dick Whittington was the panto this year".
_IS_A_WORK = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:the|our|his|her|their|my|a)[ \t]+"
                        r"(?:(?i:favourite|first|last|school|christmas)[ \t]+)?(?P<work>[a-z]+)"
                        r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:this|that|last|we|they|he|she|i|you|everyone|of|on|at|in|for|"
                        r"with|to|and)\b)", re.MULTILINE)
_RIVER_AFTER = cue_list("river_after")
_RIVER_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _a_work_or_river(text: str, start: int, end: int) -> bool:
    """ "Dick Whittington was the panto", "the Trent towpath": a work said to be one, or a river
    before a word only a river takes."""
    work = _IS_A_WORK.match(text, end)
    if work and work["work"] in _WORK_NOUNS:
        return True
    river = _RIVER_WORD.match(text, end)
    return river is not None and river[1] in _RIVER_AFTER and text.endswith(("the ", "The "), 0, start)


_SEATS = cue_list("seats") | cue_list("peerage")


def _a_seat(text: str, start: int) -> bool:
    """ "the Archbishop of Canterbury", "the Mayor of Salisbury": the place an office is held of."""
    before = text[max(0, start - 30) : start].lower().split()
    return len(before) > 1 and before[-1] == "of" and before[-2] in _SEATS


def not_a_person(text: str, start: int, end: int, words: list[str]) -> bool:
    """Capitalised words at `start`-`end` that stand where a name could but name no person."""
    if (in_a_title(text, start, end) or _an_example(text, start, end) or _song_or_drink(text, start)
            or a_work_title(text, start, end) or _a_work_or_river(text, start, end) or _a_seat(text, start)):
        return True
    last = fold(words[-1])  # a weekday, or its plural ("interpreter Thursdays")
    if last.endswith(("day", "days")) and places().get(last.removesuffix("s")) == "calendar":
        return True
    after = AFTER.match(text, end)
    if after and (after["helpline"] or after["pair"] or PAIR_BEFORE.search(text, max(0, start - 40), start)):
        return True
    if len(words) == 1 and text.endswith(("to ", "from ", "in "), max(0, start - 5), start) and not text.endswith(
            ("'s", "’s"), start, end):  # "in Hope's kitchen" is in a person's
        before = text[max(0, start - 40):start]
        if JOURNEY_BEFORE.search(before):
            return True
        if before.endswith("in ") and gazetteer().get(fold(words[0]), 0) >= VILLAGE:  # a town
            return True
    return False

