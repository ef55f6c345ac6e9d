"""Dates: dates of birth (errors) and exact calendar dates for the quasi-identifier checks.

A date of birth is recognised by its cue, not by its shape: "born", "DOB", "d.o.b.", "(b. 1989)",
"birthday", "turned seven on", the words of other languages ("ganwyd", "urodzona", "născută"), or
"was born" after the date. A date is then taken in any form a person writes one: digits with any
separator, ordinals in figures or words, month names in English or another language ("3 Mawrth
1986") or another calendar ("5th Ramadan 1415"), a year in words, a feast, holiday or any saint's
day ("Diwali 1998", "St Brigid's Day 1966"), a weekday before it ("Sunday 5 April"), or a whole
date said in words in any listed language ("third of the fourth eighty-seven", "czternastego
lipca dwa tysiące czwartego roku"). A place may stand between "born" and its date ("born in that
house, on ..."), an aside between a label and its colon ("date of birth on the envelope: 2.9.97"),
and a day with a name of its own may follow "on" ("turned 24 on Newroz", "born on the Twelfth,
2018"); an age someone "would have been" on a day is a birthday too, and so is an age beside a
name ("Jade, 19 on Friday"). A time of day may stand between "born" and the date ("born at
4.12am on 9 October"), and a named event may date the birth ("born the night of the Beast from
the East", "born during Storm Arwen"). Word lists are in data/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .findings import ERROR, Hit
from .lexicon import common_words, fold, foreign_month_names, given_names, places, sections, surnames
from .table_columns import cells_below
from .probes import (digit_led, digit_run_starts, first, lower_of, matches_from, one_level_trie,
                     starts_of)


def _alternation(entries: object) -> str:
    """Phrases as one alternation, longest first; spaces and apostrophes written any way."""
    ordered = sorted(set(entries), key=len, reverse=True)
    return "|".join(re.escape(e).replace(r"\ ", r"\s+").replace("'", "['’]?") for e in ordered)


# data/dates_slingshot.txt: the cues and fillers of other languages, and feasts.
WORDS = sections("dates_slingshot.txt")
# What may stand between a cue and its date ("born on the", "născută la", "w dniu").
# A time of day may stand there too ("born at 4.12am on 9 October").
_TIME_OF_DAY = r"\bat\s+\d{1,2}(?:[.:]\d\d)?\s?(?i:[ap]\.?m\b\.?)"
# Markdown's marks and a form's dot leaders may stand there too ("**Date of birth:** 3/4/98",
# "DOB ....... 03/04/1998", "Date of Birth: [03/04/1998]").
_FILLER = rf"(?![A-Za-z])(?:[\s,:;()\-–—|*_\[]|\.{{2,}}|['’]s\b|{_TIME_OF_DAY}|\b(?i:{'|'.join(WORDS['filler'])})\b){{0,12}}"
FOREIGN_CUE = re.compile(rf"(?i:{_alternation(WORDS['birth cue'])})(?!\w){_FILLER}")
_FOREIGN_KEYS = frozenset(cue.lower()[:6] for cue in WORDS["birth cue"])  # skips stories with none
_SHORTEST_KEYS = tuple(sorted(k for k in _FOREIGN_KEYS if not any(o != k and o in k for o in _FOREIGN_KEYS)))


def _has_foreign_key(lower: str) -> bool:
    """`any(key in lower for key in _FOREIGN_KEYS)`, read from the story's one reading
    (needles.py): a key that holds another adds nothing ("née" holds "né")."""
    return bool(starts_of(lower, _SHORTEST_KEYS))

_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH = _MONTH_WORD + r"\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

# Exact dates start with a digit or a capitalised month; written that way the regex engine can
# skip over prose quickly. The digit pattern repeats the day/ISO forms after their first digit.
DATE_FROM_DIGIT = re.compile(
    r"\d(?<![\w/.-]\d)(?:"
    r"(?<=1)9\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])|(?<=2)0\d\d-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])|"
    rf"\d?[./-](?:1[0-2]|0?[1-9])[./-](?:{_YEAR}|\d\d)(?![\d/])|"
    rf"\d?(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?)(?![\w/])"
)
DATE_FROM_MONTH = re.compile(rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w/])")

# English cues. "b." counts only where a biography writes it: "(b. 1989)", ", b. 1989", or
# before a whole date ("was b. 12-06-2001"; not "Plan b. 2024").
_ENGLISH_CUE = (
    r"born|Born|BORN|date\s+of\s+birth|Date\s+of\s+birth|Date\s+[Oo]f\s+Birth|DATE\s+OF\s+BIRTH|birth\s*date|"
    r"Birth\s*date|DOB\.?|dob\.?|Dob\.?|DoB\.?|D\.O\.B\.?|D\.o\.B\.?|D\.o\.b\.?|d\.o\.b\.?|b(?<=[(\[]b)\.|b(?<=[,;:] b)\.|"
    r"b(?<=^b)\.|b(?<=\nb)\.|b(?<=\sb)\.(?=[ \t]*\d\d?[ ./-]\w)|birthday|Birthday|BIRTHDAY|"
    r"bday|Bday|BDAY|b['’-]day|B['’-]day|YOB|year\s+of\s+[Bb]irth|Year\s+of\s+[Bb]irth|YEAR\s+OF\s+BIRTH"
)
_BIRTH_CUES = ("born", "birth", "dob", "d.o.b", "b.", "yob", "bday", "b'day", "b’day", "b-day")
# Cues of a birthday, dated by its day rather than a bare year ("bday 2 May", "b'day: 2nd May").
_BIRTHDAY_CUE = re.compile(r"(?i:birthday|bday|b['’-]day)")
BIRTH_CUE = re.compile(rf"{one_level_trie(_ENGLISH_CUE.split('|'))}{_FILLER}")  # (?:{_ENGLISH_CUE}), sooner
# Every match of BIRTH_CUE starts with one of these, in some case: it is tried only there.
BIRTH_LEADS = ("born", "date", "birth", "dob", "d.o.b", "b.", "bday", "b'day", "b’day", "b-day", "yob", "year")
# "Turned seven on 2 November": a birthday. Found from "urn" (a literal the engine searches for
# fast, where "turn" is in most stories), with the "t" and the word start checked behind.
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
_TENS = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_UNITS}))?"
_ORDINAL = (r"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
            r"tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth")
_YEAR_WORDS = (rf"(?:nineteen|twenty)[- ](?:hundred|oh[- ](?:{_UNITS})|{_TEENS}|{_TENS})|"
               rf"two thousand(?: and)?(?:[- ](?:{_UNITS}|{_TEENS}|twenty(?:[- ](?:{_UNITS}))?))?")
# "Turned seven on 2 November": a birthday. Found from "urn" (a literal the engine searches for
# fast, where "turn" is in most stories), with the "t" and the word start checked behind.
TURNED_CUE = re.compile(rf"urn(?<=[Tt]urn)(?<!\w[Tt]urn)(?:ed|s|ing)\s+(?i:\d{{1,3}}|{_TENS}|{_UNITS}|{_TEENS})\s+"
                        rf"(?:on|at|last|this|next){_FILLER}")  # "turned 18 last Tuesday, 4 March"
# "is six on the 28th of May", "will be 40 on 9 March", "'ll be 30 on Boxing Day": an age reached
# on a day is a birthday. Found from "on" before a day's digits or a capital (a literal), with the
# age and the verb checked behind.
AGE_ON = re.compile(rf"on(?=\s+(?:the\s+)?(?:\d|[A-Z])){_FILLER}")  # "is six on 3 May", "be 30 on Boxing Day"
AGE_BEFORE = re.compile(rf"(?:\b(?:is|be|was|been|turns)|['’]s)\s+(?:\d{{1,3}}|{_TENS}|{_UNITS}|{_TEENS})\s+$"
                        # "celebrated his 30th on", "her 40th was on"
                        rf"|\b(?i:his|her|their|my)\s+\d{{1,3}}(?:st|nd|rd|th)(?:\s+birthday)?(?:\s+(?:is|was|falls|fell))?\s+$"
                        rf"|(?i:birthday)\b[^.!?\n]{{0,30}}[\s,]\d{{1,3}}\s+$"  # "birthday to Kerry, 40 on the 2nd"
                        rf"|(?<![\w'’-])(?P<who>[A-Z][\w'’-]+),[ \t]+(?P<age>\d{{1,2}})[ \t]+$")  # "Jade, 19 on Friday"
# "he turns 26 today", "turned 40 yesterday", "her 18th birthday is tomorrow": a birthday dated by
# the story's own day. Found from "urn" or "birthday" (literals), the rest checked around them.
_WHEN = (r"(?:today|tomorrow|yesterday|tonight|this[ \t]+(?:week|weekend|morning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|"
         r"on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next[ \t]+(?:week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b")
TURNS_WHEN = re.compile(rf"urn(?<=[Tt]urn)(?<!\w[Tt]urn)(?:ed|s|ing)\s+(?i:\d{{1,3}}|{_TENS}|{_UNITS}|{_TEENS})\s+{_WHEN}")
# Matched on the lower-cased text: the literal "birthday" first, which the regex engine finds fast.
BIRTHDAY_WHEN = re.compile(rf"birthday(?:[ \t]+(?:is|was|party|do))?[ \t]+(?:was[ \t]+|is[ \t]+)?{_WHEN.lower()}")
# "Happy birthday to our Amara, 6 today", "Birthday boy Tomasz is 9 today!": an age reached today
# after a name or "is" in a birthday's sentence (not "cards: 12 today").
AGE_WHEN = re.compile(rf"(?:(?<![\w'’-])[A-Z][\w'’-]+,[ \t]+|\bis[ \t]+|['’]s[ \t]+)(?P<age>\d{{1,3}}[ \t]+{_WHEN})")

# "her 21st is 9 June", "his 18th was the 4th of March": a birthday by its ordinal, then its day.
# Found from the ordinal's digits, the owner's word checked behind.
ORDINAL_BIRTHDAY = re.compile(rf"\d(?<![\w]\d)\d{{0,2}}(?:st|nd|rd|th)(?:[ \t]+birthday)?"
                              rf"[ \t]+(?:is|was|falls|fell|will[ \t]+be)\b{_FILLER}")
_OWNER_BEFORE = re.compile(r"\b(?i:his|her|their|my|your)[ \t]+$")
BORN_AFTER = re.compile(r"born\b(?:(?<=was\sborn)|(?<=ere\sborn)|(?<=\bis\sborn))")  # "30.01.22, the day she was born"

_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n\s*\n")
_DATE_SEPARATOR = re.compile(r"[./-]")
_NUMBERS = re.compile(r"\d+")
_NUMBER_SEP = r"(?:\s?[./\-_,|\\]\s?|\s)"
# "born Sunday 5 April", "born on a Tuesday in June 1990"
_WEEKDAY = r"(?:(?:a\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+|in\s+)?)?"
_SAINTS_DAY = r"(?:St\.?|Saint)\s+\w+(?:['’]s)?\s+(?:Day|Eve|Night)"  # any saint's: "St Brigid's Day 1966"
# "the first day of Eid ul-Adha, 2003", "the Thursday before Easter", "the eve of Diwali": a day
# counted from a feast, which dates a birth as the feast does.
_FEAST_PART = (rf"(?:(?:the\s+)?(?:{_ORDINAL}|last|\d\d?(?:st|nd|rd|th)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
               r"day|night|eve|morning|evening|week|weekend)\s+(?:(?:day|night)\s+)?(?:of|before|after)\s+(?:the\s+)?)")
# "born in that house, on St Brigid's Day 1966", "born at the Royal on 3 May": a place, then the date.
# After "at", or "in" (and "the") that the filler has read, the place runs to the next "on" or "in".
_PLACE_THEN = re.compile(r"(?:(?<=\bin\s)|(?<=\bthe\s)|at\s+)[^.;!?\n\d]{1,40}?[\s,]+(?:on|in)\s+(?:the\s+)?")
# "(4 Feb 1995)" after a date of another calendar: its Gregorian date, part of the finding; and
# ", 26/12/2004" after a day named in words ("born the day after Christmas, 26/12/2004").
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]\n]{4,30})[)\]]")
_APPOSED = re.compile(r"[ \t]*[,–—-][ \t]*")


@cache
def _birth_value() -> re.Pattern[str]:
    """The date after a cue, in named alternatives so that `_valid` knows which form it read."""
    month = rf"(?:{_MONTH_WORD}(?:\.(?=[ \t]*[\d'’]))?|{_foreign_months()})"  # "Mar. 1986", not "June."
    year = rf"(?:{_YEAR}|['’]\d\d|{_YEAR_WORDS})"
    # "3. März", and a day's ordinal in Welsh, French, Spanish, Italian: "3ydd Ebrill", "1er avril", "3º".
    day = rf"(?:{_DAY}\.?|\d\d?(?:af|il|ydd|edd|ed|fed|eg|ain|er|e|º|°|ª)|{_ORDINAL})"
    of = r"(?:of|de|del|di|do|da)"  # "3 de marzo de 1990", "3 de março"
    return re.compile(
        rf"(?i:(?P<ymd>{_YEAR}{_NUMBER_SEP}\d\d?{_NUMBER_SEP}\d\d?)(?![\d/])"
        rf"|(?P<dmy>\d\d?{_NUMBER_SEP}\d\d?{_NUMBER_SEP}(?:{_YEAR}|['’]?\d\d))(?![\d/])"
        rf"|(?P<compact>\d{{8}})(?!\d)|(?P<compact6>\d{{6}})(?!\d)"  # "03041988", "030488"
        rf"|(?P<roman>\d\d?[./-](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[./-](?:{_YEAR}|\d\d))"  # "3.IV.1988"
        rf"|(?P<dm>\d\d?/\d\d?)(?![\d/]|[.-]\d)|(?P<my>\d\d?[./-]{_YEAR})(?![\d/]|[.-]\d)"  # "3/11", "03/1986"
        rf"|(?P<day_month>{_WEEKDAY}{day}(?:\s+{of})?(?:\s+|[./-])?{month}(?:(?:,?\s+|[./-])?(?:{of}\s+)?(?:{year}|\d\d))?)"
        rf"|(?P<month_day>{_WEEKDAY}{month}\s+(?:the\s+)?{day}(?:,?\s+{year})?)"
        rf"|(?P<feast>{_FEAST_PART}?(?:{_alternation(WORDS['feast'])}|{_SAINTS_DAY})(?:,?\s+(?:of\s+)?{year})?)"
        rf"|(?P<month_year>{_WEEKDAY}{month},?\s+(?:{of}\s+)?{year})"
        rf"|(?P<day_only>{_WEEKDAY}(?:the\s+)?\d\d?(?:st|nd|rd|th))"  # "on Saturday the 14th"  # "turned 6 on the 2nd": the day of this month
        rf"|(?P<year>{year}))(?![\w/])"
    )


@cache
def _foreign_months() -> str:
    """Month names of other languages (data/month_names_cldr.txt) and their short forms
    (data/dates_slingshot.txt), with and without accents."""
    names = (*foreign_month_names(), *WORDS["month abbreviation"])
    return _alternation([*names, *(fold(name) for name in names)])


def dates_of_birth(text: str) -> Iterator[Hit]:
    """Dates of birth after a cue ("born on", "DOB", "turned seven on"), in any written form.

    The finding covers the cue too when it is on the same line, so it reads naturally.
    """
    yield from _dates_before_born(text)
    yield from _relative_birthdays(text)
    yield from _bracketed_after_age(text)
    yield from _bracketed_after_name(text)
    yield from _tattooed_dates(text)
    yield from _family_list_dates(text)
    yield from _greeted_dates(text)
    for start, value_start, needs_day in _cues(text):
        span = _birth_date(text, value_start, needs_day)
        if span is None and (place := _PLACE_THEN.match(text, value_start)):
            span = _birth_date(text, place.end(), needs_day)
        if span is None:
            span = _named_day(text, start, value_start, needs_day) or _born_at_event(text, start)
        if span is None and text[start : start + 5].lower().startswith(_LABEL_CUES):
            span = _date_after_aside(text, start, value_start)
        if span is None:
            yield from _column_dates(text, start)
            continue
        if _names_between(text, start, span[0]):
            start = _age_start(text, start, span[0])
        same_line = "\n" not in text[start : span[0]]
        yield _hit(start if same_line else span[0], _with_bracketed(text, span[1]))


# A capitalised word inside a cue's reach ("birthday to Kerry-Ann, 40 on the 2nd"): a name the
# finding must leave to names.py, so the finding starts at the date.
_CAPITALISED_INSIDE = re.compile(r"(?<=[\s,(])[A-Z][a-z]")


# "turned 24 on Newroz", "born on the Twelfth, 2018", "born on Nigerian Independence Day, 1990":
# a day with a name of its own, of any calendar or country, after "on". Read by its capitals,
# the words of a name joined by "of", "the", "from" ("the Feast of the Assumption").
_NAMED_DAY = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:(?:of|the|from)[ \t]+)*[A-Z][\w'’-]+){0,4})"
                        rf"(?P<year>,?[ \t]+{_YEAR})?(?![\w/])")
_ON_BEFORE = re.compile(r"\bon[ \t]+(?:the[ \t]+)?$")
# Kinds of the place list (lexicon.places) that are somewhere, not some day: "born on Tyneside".
# Its days ("Newroz", "Lohri") and peoples ("Nigerian Independence Day") may name a day.
_PLACE_KINDS = frozenset({"region", "city", "local", "landmark", "organisation", "other"})


def _named_day(text: str, start: int, at: int, needs_day: bool | str) -> tuple[int, int] | None:
    """A named day after "on": with a year after any cue ("born on the Twelfth, 2018"); without
    one after an age reached on it ("turned 24 on Newroz"). Never a place ("born on Tyneside")."""
    if needs_day == "with month" or not _ON_BEFORE.search(text, max(start, at - 12), at):
        return None  # "was 12 on Census Day" may count a group
    day = _NAMED_DAY.match(text, at)
    if day is None or day["name"].endswith(("'s", "’s")) or any(places().get(fold(words)) in _PLACE_KINDS for words in (day["name"], day["name"].split()[0])):
        return None
    birthday = text[start : start + 8].lower() == "birthday"
    age_reached = needs_day is True and not birthday
    known_day = birthday and places().get(fold(day["name"])) == "calendar"  # "her birthday is on Newroz"
    return day.span() if day["year"] or age_reached or known_day else None


# "born the night of the Beast from the East", "born on the day of the Queen's funeral", "born
# during Storm Arwen": a named event that everyone can date, after "born".
_BORN_EVENT = re.compile(
    r"(?i:born)[ \t]+(?:(?i:on|in)[ \t]+)?(?:the[ \t]+)?(?:(?:(?:very|same)[ \t]+)?"
    r"(?i:day|night|morning|evening|afternoon|week|weekend|year)[ \t]+(?:of|after|before)|during)[ \t]+(?:the[ \t]+)?"
    r"(?P<event>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|the|from|and|in)[ \t]+)*[A-Z][\w'’-]*){0,5}"
    r"(?:(?<=['’]s)[ \t]+[a-z]{3,15})?)")


def _born_at_event(text: str, start: int) -> tuple[int, int] | None:
    """The span of a named event dating a birth, after "born" (see _BORN_EVENT); never a place."""
    event = _BORN_EVENT.match(text, start)
    if event is None or places().get(fold(event["event"].split()[0])) in _PLACE_KINDS:
        return None
    key = fold(event["event"])
    if " " not in key and given_names().get(key, 0) >= 4 and places().get(key) != "calendar":
        return None  # "born the day after Dean went inside": a person, not an event
    return event.span("event")


# "his date of birth on the envelope in case we forget: 2.9.97", "DOB (as the court has it): 3
# May 1990", "date of birth on the court list was 11.02.2003": the cue, an aside in its sentence,
# then a colon or a verb that gives the value, and the date.
_ASIDE_END = re.compile(r"[:)][ \t]*|\b(?:was|is|reads|read|says|said|shows|showed|given[ \t]+as|down[ \t]+as|as|"
                        r"believed|thought|stated|estimated|approx\.?|approximately|around|about|probably|possibly)\b[ \t]*")
_ASIDE_REACH = 60
# 'real DOB is "the Thursday before Eid"': whatever a person said, quoted after the label.
_QUOTED = re.compile(r"[\"“][^\"“”\n]{3,80}[\"”]")
_WHOLE_DATES = frozenset({"ymd", "dmy", "compact", "compact6", "roman", "day_month", "month_day"})
_LABEL_CUES = ("date ", "dob", "d.o.b", "birth")  # a date's label, not "born" (a verb with its own words)


def _date_after_aside(text: str, cue_start: int, at: int) -> tuple[int, int] | None:
    """A whole date (day, month and year, or day and month), or a quoted answer, after an aside
    closed by a colon or a verb ("on the court list was"); never past the sentence's end or a semicolon."""
    if _ASIDE_END.search(text, cue_start, at) and (quoted := _QUOTED.match(text, at)):
        return quoted.span()  # 'DOB is "the year of the flood"'
    limit = min(len(text), at + _ASIDE_REACH)
    limit = min([limit, *(stop for mark in ".!?;\n" if (stop := text.find(mark, at, limit)) >= 0)])
    for aside_end in _ASIDE_END.finditer(text, at, limit):
        if aside_end.end() == at:
            continue  # the filler read it already: the date is not there
        if quoted := _QUOTED.match(text, aside_end.end()):
            return quoted.span()
        value = _birth_value().match(text, aside_end.end())
        if value is not None and value.lastgroup in _WHOLE_DATES and _valid(value, True):
            return value.span()
    return None


def _column_dates(text: str, cue: int) -> Iterator[Hit]:
    """The dates in the cells under a heading such as "DOB" or "Date of birth": each is a date
    of birth in whatever form it was typed ("04/05/1998", "1 Jan 1990", "19.11.03")."""
    line = text[text.rfind("\n", 0, cue) + 1 : cue]
    for start, end in cells_below(text, cue) if _TABLE_MARKS.intersection(line) else ():
        span = _birth_date(text, start, False)
        if span is not None and span[1] <= end:
            yield _hit(*span)


_TABLE_MARKS = frozenset("|\t,")


def _names_between(text: str, start: int, end: int) -> bool:
    return end - start > 12 and _CAPITALISED_INSIDE.search(text, start + 1, end) is not None


_AGE_NUMBER = re.compile(r"\b\d{1,3}\b")


def _age_start(text: str, start: int, end: int) -> int:
    """Where the age before the date starts ("Jolene, 17 on the 9th"), else the date's start."""
    ages = list(_AGE_NUMBER.finditer(text, start, end))
    return ages[-1].start() if ages else end


def _birth_date(text: str, at: int, needs_day: bool | str) -> tuple[int, int] | None:
    """The longer of the date in a known form and the date said in words, from `at`."""
    value = _birth_value().match(text, at)
    spans = [value.span()] if value is not None and _valid(value, needs_day) else []
    spans += [words] if (words := _date_in_words(text, at)) else []
    return max(spans, key=lambda span: span[1], default=None)


def _with_bracketed(text: str, end: int) -> int:
    """The end of a date of birth, taking in a date in brackets just after it: "(4 Feb 1995)"."""
    bracket = _BRACKETED.match(text, end)
    if bracket and _birth_date(bracket.group(1), 0, False) == (0, len(bracket.group(1).rstrip())):
        return bracket.end()
    if (apposed := _APPOSED.match(text, end)) and (value := _whole_date(text, apposed.end())):
        return value.end()
    return end


def _whole_date(text: str, at: int) -> re.Match[str] | None:
    """A date with its day and month (and any year) written from `at`, if one is."""
    value = _birth_value().match(text, at)
    return value if value is not None and value.lastgroup in _WHOLE_DATES and _valid(value, True) else None


_ENGLISH_NUMBER = rf"(?:{_ORDINAL}|{_TENS}|{_TEENS}|{_UNITS}|hundred|thousand|oh|zero|nought)"


@cache
def _date_word() -> re.Pattern[str]:
    """One word of a date said in words: a month of any language or calendar, a number word of
    English or another language, a number in figures, or a small joining word ("of the")."""
    return re.compile(
        rf"(?i:(?P<month>{_MONTH_WORD}|{_foreign_months()}|{_alternation(WORDS['calendar month'])})"
        rf"|(?P<number>{_ENGLISH_NUMBER}|{_alternation(WORDS['number word'])}|\d{{1,4}}(?:st|nd|rd|th)?|['’]\d\d)"
        rf"|(?P<joiner>{_alternation(WORDS['date joiner'])}))(?![^\W\d_])"
    )


_WORD_GAP = re.compile(r"[ \t]*[,/.\-][ \t]*|[ \t]+")
_ORDINAL_WORD = re.compile(rf"(?i:{_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))")


def _date_in_words(text: str, at: int) -> tuple[int, int] | None:
    """A date said or written in words after a cue, in any language: "third of the fourth
    eighty-seven", "czternastego lipca dwa tysiące czwartego roku", "5th Ramadan 1415". Read as a
    run of date words; a date has a month and a number, or, without a month, two ordinals (the
    day and the month: "the 3rd of the 4th")."""
    words: list[re.Match[str]] = []
    while (word := _date_word().match(text, at)) is not None:
        words.append(word)
        gap = _WORD_GAP.match(text, word.end())
        if gap is None:
            break
        at = gap.end()
    while words and words[-1].lastgroup == "joiner":
        words.pop()
    if not words or words[0].lastgroup == "joiner":
        return None
    kinds = [word.lastgroup for word in words]
    ordinals = sum(1 for word in words if word.lastgroup == "number" and _ORDINAL_WORD.fullmatch(word.group()))
    if "month" in kinds and "number" in kinds or ordinals >= 2:
        return words[0].start(), words[-1].end()
    return None


def _dates_before_born(text: str) -> Iterator[Hit]:
    """A date just before "was born" in its sentence: "30.01.22, the day she was born"."""
    for m in first(BORN_AFTER.finditer(text)) if "born" in text else ():
        dates = [span for span in exact_dates(text, max(0, m.start() - 60), m.start())
                 if not _SENTENCE_BREAK.search(text[span[1] : m.start()])]
        yield from (_hit(*dates[-1]),) if dates else ()


# "aged 23 (11.02.2003)", "Age: 34 [3/4/1990]", "| Age | 34 (3/4/1990) |": an age, then a whole date in brackets, is the
# date of birth that the age was counted from. Found from the literal "age".
_AGE_THEN_BRACKET = re.compile(r"age(?<![^\W\d_]age)[ds]?[ \t|:]*\d{1,3}[ \t]*[(\[][ \t]*")


def _bracketed_after_age(text: str) -> Iterator[Hit]:
    lower = lower_of(text)
    if len(lower) != len(text):
        return
    for m in first(_AGE_THEN_BRACKET.finditer(lower)):
        value = _birth_value().match(text, m.end())
        if value is not None and value.lastgroup in _WHOLE_DATES and _valid(value, True):
            yield _hit(*value.span())


# "Kyle Morris (03/04/1998)", "her son Alfie [2 May 2019]": a whole date in brackets just after
# a name is the person's date of birth. Found from the bracket before a digit.
_BRACKET_DIGIT = re.compile(r"[(\[][ \t]*(?=\d)")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][a-z][\w'’-]*[ \t]+){0,3}[A-Z][a-z][\w'’-]*)(?<!['’]s)[ \t]*$")
_THE_BEFORE = re.compile(r"\b(?:the|The)[ \t]+$")  # "the Somme (1 July 1916)": a thing, not a person
_CASE_NAME = re.compile(r"\b(?:v|vs|v\.)[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,3}$")  # "R v Smith (2019)": a case


def _bracketed_after_name(text: str) -> Iterator[Hit]:
    for m in first(_BRACKET_DIGIT.finditer(text)) if "(" in text or "[" in text else ():
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None or not _reads_as_name(before["name"].split()) \
                or _THE_BEFORE.search(text, max(0, before.start() - 5), before.start()) \
                or _CASE_NAME.search(text, max(0, m.start() - 60), m.start()):
            continue
        if (value := _whole_date(text, m.end())) is not None and text[value.end() : value.end() + 1] in ")]":
            yield _hit(*value.span())


def _reads_as_name(words: list[str]) -> bool:
    """Capitalised words that may be a person's name: the first may be a given name (see
    `_may_be_named`), each after it that or a surname ("Jade Smith"). A professional's title
    first is someone met at work, dated by the meeting ("saw Dr Khan 09.01.21")."""
    return words[0].rstrip(".") not in _WORK_TITLES and _may_be_named(words[0]) and all(_may_be_named(w) or fold(w) in surnames() for w in words[1:])


def _may_be_named(word: str) -> bool:
    """A capitalised word of a person's name: no place or day, and no everyday word unless a
    common given name ("Kyle Morris"; not "Leeds Crown Court", "Storm Arwen", "Monday")."""
    key = fold(word)
    if places().get(key) or key in _CALENDAR_WORDS:
        return False
    return key not in common_words() or given_names().get(key, 0) >= 4


_WORK_TITLES = frozenset({"Dr", "Judge", "Cllr", "Prof", "Rev", "Revd", "Sgt", "Insp", "Officer", "Nurse", "Sister"})
_CALENDAR_WORDS = frozenset("january february march april may june july august september october november "
                         "december monday tuesday wednesday thursday friday saturday sunday".split())


# "his son's name tattooed on his neck, and a date underneath: 14.02.17", "a tattoo reading
# 3.4.98": a date inked on the body is a birth (or a death) of someone close. A date after "on"
# or "in" is when the tattoo was done ("tattooed on 14.02.17"), not what it shows.
_TATTOO = re.compile(r"(?i:tattoo)")
_INKED_DATE = re.compile(r"(?:[:\-–—]|\b(?:reading|reads|says|saying|with|of|shows|showing|underneath|below|above))"
                         r"[ \t]*[\"'“‘(]?$")


def _tattooed_dates(text: str) -> Iterator[Hit]:
    for m in first(_TATTOO.finditer(text)) if "attoo" in text else ():
        stop = _SENTENCE_BREAK.search(text, m.end(), m.end() + 160)
        for start, end in exact_dates(text, m.end(), stop.start() if stop else min(len(text), m.end() + 160)):
            name = _NAME_BEFORE.search(text, max(m.end(), start - 40), start)  # "Mia 02/05/2019"
            if _INKED_DATE.search(text, max(m.end(), start - 20), start) or name and _reads_as_name(name["name"].split()):
                yield _hit(start, end)


# "Children: Mia 02.05.19, Leo 09.01.21", "| Household | Kerry 3/4/90, Jayden 12.6.15 |": in a
# line about a family, a whole date just after a name is that person's date of birth. Not after
# a professional's title (`_reads_as_name`).
# Found in the lower-cased text from each word's start (str.find), the whole word checked there.
_FAMILY_KEYS = ("child", "kids", "son", "daughter", "dependant", "dependent", "grand", "sibling", "brother",
                "sister", "household", "family", "twins")
_FAMILY_WORD = re.compile(r"(?:children|kids|child|sons?|daughters?|dependants?|dependents?|grandchildren|"
                          r"grandkids|siblings|brothers?|sisters?|household|family|twins)\b")


def _family_list_dates(text: str) -> Iterator[Hit]:
    lower = lower_of(text)
    if len(lower) != len(text):
        return
    line_end = 0
    for at in starts_of(lower, _FAMILY_KEYS):
        if at < line_end or at and lower[at - 1].isalnum() or (word := _FAMILY_WORD.match(lower, at)) is None:
            continue  # a line already read, or no family word here ("person", "grandstand")
        line_end = len(text) if (end := text.find("\n", word.end())) < 0 else end
        if _DIGIT.search(text, word.end(), line_end):
            yield from _dates_after_names(text, word.end(), line_end)


_DIGIT = re.compile(r"\d")


def _dates_after_names(text: str, low: int, high: int) -> Iterator[Hit]:
    """Whole dates between two offsets, each just after a person's name."""
    for start, end in exact_dates(text, low, high):
        name = _NAME_BEFORE.search(text, max(low, start - 40), start)
        if name is not None and _reads_as_name(name["name"].split()):
            yield _hit(start, end)


# "Happy 18th Kyle!! 03.04.2006 🎂", "🎂 Mia 2.5.19": a birthday greeting, or a cake, on the line
# of a whole date with its year: the date is the birth the day celebrates.
_GREETING = re.compile(r"(?i:happy[ \t]+(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|b['’-]day))|🎂")
_GREETING_REACH = 60


def _greeted_dates(text: str) -> Iterator[Hit]:
    for m in first(_GREETING.finditer(text)) if "🎂" in text or "appy" in text else ():
        low = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _GREETING_REACH)
        ends = [end for end in (text.find("\n", m.end()),) if end >= 0]
        high = min([*ends, m.end() + _GREETING_REACH, len(text)])
        for start, end in exact_dates(text, low, high):
            if _YEAR_END.search(text, start, end):
                yield _hit(start, end)


_YEAR_END = re.compile(r"\d\d$")  # "03.04.2006", "2.5.19": with its year


def _relative_birthdays(text: str) -> Iterator[Hit]:
    """ "he turns 26 today", "her birthday was yesterday": with the story's date, a date of birth."""
    lower = lower_of(text)
    if "urn" in lower:
        for m in first(TURNS_WHEN.finditer(text)):
            yield _hit(m.start() - 1, m.end())
    if "birthday" in lower and len(lower) == len(text):
        for m in first(BIRTHDAY_WHEN.finditer(lower)):
            yield _hit(*m.span())
        at = lower.find("birthday")
        while at >= 0:  # the sentence around each "birthday", where an age "today" is a birthday
            start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
            ends = [end for mark in ".!?\n" if (end := text.find(mark, at)) >= 0]
            end = min(ends) if ends else len(text)
            if (age := AGE_WHEN.search(text, start, end)) is not None:
                yield _hit(*age.span("age"))
            at = lower.find("birthday", end)


def _hit(start: int, end: int) -> Hit:
    return Hit(start, end, "date_of_birth", ERROR, "A date of birth, with any other detail, singles a person out",
               "remove the date of birth; give an age range at most")


def _cues(text: str) -> Iterator[tuple[int, int, bool | str]]:
    """Where each birth cue starts, where its date may start, and whether that date needs a day:
    a birthday ("birthday", "turned seven on") is dated by its day, not by a bare year."""
    lower = lower_of(text)
    cues = [BIRTH_CUE] if starts_of(lower, _BIRTH_CUES) else []  # any cue: from the story's one reading
    cues += [FOREIGN_CUE] if _has_foreign_key(lower) else []
    for cue in cues:
        if cue is BIRTH_CUE and len(lower) == len(text):  # tried only where one of its leads stands
            found = matches_from(cue, text, starts_of(lower, BIRTH_LEADS))
        else:
            found = cue.finditer(text)
        for m in first(found):
            if m.start() == 0 or not text[m.start() - 1].isalnum():  # not "newborn", "reborn"
                yield m.start(), m.end(), _BIRTHDAY_CUE.match(text, m.start()) is not None
    for m in first(TURNED_CUE.finditer(text)):
        yield m.start() - 1, m.end(), True
    for m in first(ORDINAL_BIRTHDAY.finditer(text)):
        if owner := _OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            yield owner.start(), m.end(), True
    for m in first(AGE_ON.finditer(text)):
        if _after_a_number(text, m.start()) and (age := AGE_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            # "was 12 on the 3rd" may count a group: a past age is a birthday only with its month.
            # "would have been thirty on the 4th of July" (a birthday of someone who died) likewise.
            if age["who"] is None:
                yield age.start(), m.end(), "with month" if age.group().startswith(("was", "been")) else True
            elif _may_be_person(age["who"]):  # "Jade, 19 on Friday": the finding starts at the age
                yield age.start("age"), m.end(), True


def _may_be_person(word: str) -> bool:
    """A capitalised word before ", 19 on ..." that may be someone: no place, no everyday word
    unless a given name ("Jade"; not "In Leeds, 40 on Monday" or "Overall, 12 on Friday")."""
    key = fold(word)
    return key not in places() and (given_names().get(key, 0) > 0 or key not in common_words())


_NUMBER_WORDS = frozenset(f"{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                          "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety".split("|"))


def _after_a_number(text: str, on: int) -> bool:
    """A quick test before AGE_BEFORE: the word before "on" is an age ("6", "six", "thirty-one")."""
    words = text[max(0, on - 20) : on].split()
    if len(words) > 1 and words[-1].lower() in ("is", "was", "falls", "fell"):
        words.pop()  # "her 40th was on 3 May"
    last = words[-1].lower().rsplit("-", 1)[-1] if words else ""
    return last.isdigit() or last in _NUMBER_WORDS or last[:-2].isdigit() and last[-2:] in ("st", "nd", "rd", "th")


def _valid(value: re.Match[str], needs_day: bool | str) -> bool:
    """A real calendar date; a birthday ("turned seven on", "birthday") needs its day."""
    form = value.lastgroup
    if form in ("year", "month_year"):
        return not needs_day
    if form == "day_only":
        return needs_day is True
    if form == "my":
        return not needs_day and 1 <= int(_DATE_SEPARATOR.split(value.group(form))[0]) <= 12
    if form in ("ymd", "dmy", "compact", "compact6", "dm"):
        readings = _readings(form, value.group(form))
        return any(1 <= day <= 31 and 1 <= month <= 12 for day, month in readings)
    return True


def _readings(form: str, written: str) -> list[tuple[int, int]]:
    """The (day, month) pairs that digits can mean: day first, American month first, for eight
    digits in a row both ddmmyyyy and yyyymmdd, for six ddmmyy."""
    if form == "compact":
        pairs = [(int(written[:2]), int(written[2:4])), (int(written[6:]), int(written[4:6]))]
    elif form == "compact6":  # ddmmyy only: yymmdd is too rare to read six digits as it
        return [(int(written[:2]), int(written[2:4]))]
    else:
        numbers = [int(n) for n in _NUMBERS.findall(written)]
        pairs = [(numbers[-1], numbers[-2])] if form == "ymd" else [(numbers[0], numbers[1])]
    return pairs + [(month, day) for day, month in pairs]


_last_months: tuple[str, list[int]] = ("", [])


def _month_starts(text: str) -> list[int]:
    """Where a match of DATE_FROM_MONTH may start: its month (3 to 10 characters with a dot,
    from one of these capitals) ends where the white space before its day's digits starts.
    Kept for the last text (the header, the body and "was born" each read it)."""
    global _last_months
    last = _last_months
    if last[0] is not text:
        last = _last_months = (text, _months_before_digits(text))
    return last[1]


def _months_before_digits(text: str) -> list[int]:
    starts = set()
    for run in digit_run_starts(text):
        space = run
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space < run:
            starts.update(at for at in range(max(0, space - 10), space - 2) if text[at] in "JFMASOND")
    return sorted(starts)


def exact_dates(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of calendar dates precise to the day between two offsets."""
    for m in first(digit_led(DATE_FROM_DIGIT, text, start, end, run_start=True)):  # (?<![\w/.-]\d)
        yield m.span()
    for m in first(matches_from(DATE_FROM_MONTH, text, _month_starts(text), start, end)):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            yield m.span()
