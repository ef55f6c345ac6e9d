"""Person names: name lists from data/ combined with the context a sentence gives a word.

A capitalised word is judged by what it is (a known first name, a surname, an English word, a
place) and where it stands (after a title, a cue such as "called" or "her son", before "says",
at the start of a sentence or in the middle of one). A word confirmed as a name anywhere in a
story is then flagged wherever else it appears in that story.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .findings import ERROR, USE_PSEUDONYM, Hit
from .lexicon import CENSUS_WEIGHT, common_words, fold, given_names, names_first, places, proper_nouns, surnames
from .probes import first
from .source import Segment

# A story with more names than this is not prose; stop there so no input can take long.
MAX_HITS = 1000
_UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper() and c.isalpha())
# A capitalised word: letters and digits, inner apostrophes and hyphens ("O'Brien", "Ashworth-Pryce").
TOKEN = re.compile(rf"[{_UPPER}](?<![\w'’-].)[\w'’-]{{0,40}}")
# What may stand between two words of one name: spaces, one line break, a particle.
_PARTICLES = "van|von|der|den|de|da|di|du|del|della|dos|das|le|la|bin|binti|ibn|abu|al|el|ul|ní|nic|ó|ap|ter|ten"
GAP = re.compile(rf"[ \t]{{1,3}}(?:(?:{_PARTICLES})[ \t]{{1,3}})?|[ \t]*\r?\n[ \t]*")
TITLE_GAP = re.compile(r"\.?[ \t]{1,3}")

TITLES = frozenset(
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Revd Reverend Fr Father Imam "
    "Pastor Rabbi Sheikh Canon DC DS DI DCI DSI DSU PC PCSO WPC Sgt Sergeant Insp Inspector Det "
    "Detective Constable Officer Judge HHJ Recorder Justice Cllr Councillor Uncle Auntie Aunty "
    "Nan Nana Grandad Grandma Grandpa Granny".split()
)
# Last words that make a capitalised phrase an organisation, building or place, not a person.
ORG_WORDS = frozenset(fold(w) for w in (
    "Academy Airport Arena Arms Association Award Awards Bank Baths Board Borough Bridge Buildings "
    "Campus Cafe Café Centre Center Chapel Church Cinema City Clinic Club College Council Court "
    "Cup Estate Express Farm FC Forum Foundation Fund Gallery Gardens Gazette Ground Group Hall "
    "Herald Hospital Hotel House Hub Inn Infirmary Institute League Library Limited Lodge Ltd Market "
    "Mill Mills Mosque Museum Network News Nursery Park Partnership Pharmacy Place Plc Post "
    "Practice Press Prison Programme Project Primary Road Scheme School Service Services Society "
    "Square Stadium Station Street Surgery Tavern Team Temple Theatre Times Tower Towers Town "
    "Trust Unit University Village Ward Works Gurdwara Synagogue Cathedral Lane Avenue Way "
    "Ltd Limited Plc LLP Haulage Logistics Motors Garage Builders Construction Solutions Salon "
    "Barbers Takeaway Restaurant Bakery Foods Transport Recycling Cleaning Plumbing Electrical "
    "Roofing Joinery Carpets Tyres Autos Taxis Studios Stores Supplies Brothers Sons"
).split())
# Closed-class words (pronouns, articles, auxiliaries...) are never names, whatever a name list says.
STOPWORDS = frozenset(
    "i im ive id ill me my mine myself we were us our ours ourselves you youre youve youd youll your "
    "yours yourself he hes hed him his himself she shes her hers herself it its itself they theyre "
    "theyve theyd them their theirs themselves this that these those the a an and but or nor so yet "
    "for of in on at to by up as if then than no not do does did dont didnt doesnt is isnt was wasnt "
    "be been being am are arent have has had havent hasnt cant couldnt wont wouldnt shouldnt lets "
    "thats theres whats whos who what when where why how which there here all any some every each "
    "both either neither yes oh ok okay well just also only even still now once after before while "
    "since because although though with without from into onto about over under between through "
    "during until till against among per via one two three four five six seven eight nine ten".split()
)
_CAPITALISED_STOPWORDS = frozenset(w.capitalize() for w in STOPWORDS) | {"I", "I'm", "I've", "I'd", "I'll"}
# "St Mary's" (a church or school), "Queen Victoria" (a monarch or a street): not people to hide.
SAINTS = frozenset({"St", "Saint", "Ste", "Sainte", "San", "Santa", "Queen", "King", "Prince", "Princess"})
DETERMINERS = frozenset("the a an this that these those our your their its my every each any some no of".split())

KIN = frozenset((
    "son daughter brother sister mum mother dad father partner wife husband girlfriend boyfriend "
    "fiance fiancé fiancee fiancée ex ex-partner cousin uncle aunt auntie aunty nephew niece grandson "
    "granddaughter grandmother grandfather gran nan nana grandad grandma grandpa stepdad stepmum "
    "stepfather stepmother stepson stepdaughter child children kids baby toddler twin sibling friend "
    "mate pal neighbour colleague flatmate housemate cellmate boss victim co-defendant accomplice "
    "witness landlord landlady employer tutor teacher mentor carer coach sponsor worker interpreter "
    "linkworker receptionist solicitor barrister counsellor volunteer resident participant prisoner "
    "inmate man woman lad boy girl lady bloke officer supervisor nurse doctor dealer associate member "
    "facilitator coordinator caseworker keyworker groundsman manager"
).split())
_BELONGINGS = (
    "family friends phone number address flat house home car van bike name birthday funeral death "
    "killer murder attacker school bedroom room life case sentence release offence trial mobile email "
    "account profile dog cat grave memory memorial parents glowing old own new"
).split()
CUE_WORDS = frozenset({"called", "named", "nicknamed", "alias", "aka"})
# Verbs whose object is nearly always a person: "she met Tobenna", "he punched Ryszard".
PERSON_OBJECT_VERBS = frozenset((
    "met meets meeting told tells asked asks married marrying dated dating hugged thanked punched "
    "stabbed attacked robbed threatened assaulted phoned rang texted messaged befriended groomed "
    "kissed slapped kicked bullied harassed stalked"
).split())
CUE_PAIRS = frozenset({("known", "as"), ("calling", "himself"), ("calling", "herself"),
                       ("calling", "themselves"), ("name", "is"), ("name", "was"), ("goes", "by"),
                       ("named", "as"), ("him", "as"), ("her", "as"), ("them", "as")})
_VERBS = (
    r"says|said|told|tells|asked|asks|recalls|recalled|remembers|remembered|explains|explained|adds|"
    r"added|admits|admitted|laughs|laughed|smiles|smiled|cried|cries|signs|signed|wrote|writes|"
    r"texted|texts|messaged|rang|phoned|wanted|wants|agreed|agrees|decided|decides|thought|thinks|"
    r"felt|feels|knew|knows|kept|keeps|died|lives|lived|works|worked|visited|visits|hoped|hopes|"
    r"insists|insisted|replied|replies|shouted|whispered|joked|jokes|apologised|pleaded|denied|"
    r"confessed|refused|promised|married|grew|learned|learnt|loves|loved|believes|believed|"
    r"would\s+say|was\s+(?:born|killed|jailed|sentenced|arrested|convicted|stabbed|attacked|injured|"
    r"released|charged|murdered|found)|who|whose"
)
_SPEECH = (
    r"says|said|told|tells|asked|asks|recalls|recalled|remembers|remembered|explains|explained|"
    r"adds|added|admits|admitted|laughs|laughed|smiles|smiled|cried|signs|signed|replied|whispered|"
    r"shouted|joked|insists|insisted|who|whose"
)
SPEECH_CUE = re.compile(
    rf"(?:,\s*(?:who|whose|aged\s+\d|now\s+\d|then\s+\d|\d{{1,2}}\s*,)|\s+(?:{_SPEECH})\b|"
    r"\s+\((?:aged\s+)?\d{1,2}\))"
)
RIGHT_CUE = re.compile(rf"\s+(?:{_VERBS})\b")
POSSESSED = re.compile(rf"\s+(?:{'|'.join(sorted(KIN | set(_BELONGINGS)))})\b", re.IGNORECASE)
_SENTENCE_END = ".!?:;"
_OPENERS = " \t*_[(\"“‘'`>#|"


@dataclass(frozen=True)
class Lex:
    """What the name lists and the dictionary say about one word."""

    given: int
    surname: bool
    word: bool
    place: bool
    proper: bool

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
    surname = key in surnames() or any(p in surnames() for p in parts[1:]) or _looks_like_surname(base)
    compound = any(part[:1].islower() for part in base.split("-")[1:])  # "AI-assisted", "Self-help"
    word = compound or key in common_words() or bool(parts) and all(p in common_words() for p in parts)
    return Lex(given, surname, word, key in places(), key in proper_nouns())


def _looks_like_surname(base: str) -> bool:
    return re.match(r"(?:Mc|Mac|Fitz)[A-Z]|O['’][A-Z]", base) is not None


def find_names(text: str, segments: Iterable[Segment], occupied: list[tuple[int, int]],
               allowed: frozenset[str]) -> list[Hit]:
    """Return person names in the checked segments of `text`.

    `occupied` (sorted start/end pairs) covers text already reported or allow-listed, and
    `allowed` holds folded words that may appear alone (pseudonyms, parts of allowed names).
    """
    finder = _NameFinder(text, allowed)
    for segment in segments:
        if segment.is_path:
            finder.paths.append(segment)
        else:
            finder.scan(segment, _free_tokens(text, segment, occupied))
    return finder.finish()


def _free_tokens(text: str, segment: Segment, occupied: list[tuple[int, int]]) -> list[Token]:
    tokens = []
    index = 0
    for m in first(TOKEN.finditer(text, segment.start, segment.end)):
        while index < len(occupied) and occupied[index][1] <= m.start():
            index += 1
        if index < len(occupied) and occupied[index][0] < m.end():
            continue
        word = m.group(0).rstrip("'’-")
        if word in _CAPITALISED_STOPWORDS:
            continue
        possessive = word[-2:] in ("'s", "’s")
        tokens.append(Token(m.start(), m.start() + len(word), word[:-2] if possessive else word, possessive))
    return tokens


class _NameFinder:
    """Collects name hits over the segments of one story, then repeats confirmed names."""

    def __init__(self, text: str, allowed: frozenset[str]) -> None:
        self.text = text
        self.allowed = allowed
        self.hits: list[Hit] = []
        self.confirmed: set[str] = set()
        self.seen: list[Token] = []
        self.paths: list[Segment] = []

    def is_allowed(self, base: str) -> bool:
        """A pseudonym or a word of an allow-listed name (each part of a hyphenated word counts)."""
        key = fold(base)
        return key in self.allowed or all(p in self.allowed for p in key.split("-") if p)

    def scan(self, segment: Segment, tokens: list[Token]) -> None:
        self.seen += tokens
        for span in _spans(self.text, tokens):
            if len(self.hits) >= MAX_HITS:
                return
            self._judge_span(span, segment)

    def _judge_span(self, span: list[Token], segment: Segment) -> None:
        if span[0].base in TITLES and len(span) > 1:
            self._judge_titled(span)
            return
        run: list[Token] = []
        for token in [*span, None]:
            if token is not None and not _breaks_names(token):
                run.append(token)
                continue
            ends_org = token is not None and fold(token.base) in ORG_WORDS
            if run and not ends_org:
                self._judge_run(run, segment, in_phrase=len(run) < len(span))
            run = []

    def _judge_titled(self, span: list[Token]) -> None:
        rest = [t for t in span[1:] if t.base not in TITLES]
        if rest and not any(lex(t.base).plain_word for t in rest) and not self._all_allowed(rest):
            self._add(span[0].start, rest[-1].end, "a title followed by a name", True, rest)

    def _all_allowed(self, run: list[Token]) -> bool:
        return all(self.is_allowed(t.base) for t in run)

    def _judge_run(self, run: list[Token], segment: Segment, in_phrase: bool) -> None:
        if (self._all_allowed(run) or fold(" ".join(t.base for t in run)) in places()
                or fold(run[-1].base) in ORG_WORDS or run[0].base in SAINTS):
            return
        verdict = self._judge_single(run[0], segment, in_phrase) if len(run) == 1 else self._judge_multi(run)
        if verdict:
            self._add(run[0].start, run[-1].end, *verdict, run)

    def _judge_multi(self, run: list[Token]) -> tuple[str, bool] | None:
        """A reason and whether it is strong enough to flag the same words elsewhere."""
        first, rest = lex(run[0].base), [lex(t.base) for t in run[1:]]
        surname_shaped = all(not r.word and not r.place for r in rest)
        if first.strong_given and all(r.namelike for r in rest) or first.given and surname_shaped:
            return "a first name and a surname", True
        every = [first, *rest]
        if all(not x.word and not x.place for x in every) and any(
            x.surname or x.given or not x.proper for x in every
        ):
            return "a multi-part name", any(x.surname or x.given for x in every)
        return None

    def _judge_single(self, token: Token, segment: Segment, in_phrase: bool) -> tuple[str, bool] | None:
        """A reason and whether it is strong enough to flag the same word elsewhere."""
        info = lex(token.base)
        if self.is_allowed(token.base):
            return None
        if info.strong_given and not in_phrase:
            return "a known first name", True
        cue = self._cue(token)
        if cue and (info.given >= 4 if info.word else info.given or info.surname or not info.place):
            return cue
        if info.given >= CENSUS_WEIGHT and not info.place and not in_phrase:
            heading = segment.field in ("title", "tags", "category") or self._in_heading(token.start)
            mid = not heading and not _sentence_initial(self.text, token.start, segment.start)
            if mid and _previous_word(self.text, token.start) not in DETERMINERS:
                return "a first name used in the middle of a sentence", False
        return None

    def _cue(self, token: Token) -> tuple[str, bool] | None:
        after = self.text[token.end : token.end + 40]
        if _left_cue(self.text[max(0, token.start - 40) : token.start]):
            return "introduced as a person (\"called\", \"her son\", \"a friend,\")", True
        if SPEECH_CUE.match(after) or (token.possessive and POSSESSED.match(after)):
            return "used as a person (\"says\", \"who\", \"'s mum\")", True
        if RIGHT_CUE.match(after):
            return "used as a person (\"wanted\", \"kept\")", False
        if _previous_word(self.text, token.start) in PERSON_OBJECT_VERBS:
            return "the object of a verb used of people (\"met\", \"told\")", False
        return None

    def _in_heading(self, offset: int) -> bool:
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.startswith("#", line_start)

    def _add(self, start: int, end: int, reason: str, strong: bool, run: list[Token]) -> None:
        if run[-1].possessive:
            end = run[-1].end
        self.hits.append(_name_hit(start, end, reason))
        for token in run if strong else ():
            info = lex(token.base)
            if not self.is_allowed(token.base) and (info.given or not info.word):
                self.confirmed.add(fold(token.base))

    def finish(self) -> list[Hit]:
        """Add the repeats of confirmed names and the names found in slugs and file names."""
        covered = sorted((h.start, h.end) for h in self.hits)
        for token in self.seen:
            if len(self.hits) >= MAX_HITS:
                break
            if fold(token.base) in self.confirmed and not _inside(covered, token.start):
                self.hits.append(_name_hit(token.start, token.end,
                                           "used as a person's name elsewhere in this story"))
        for segment in self.paths:
            self.hits += _path_names(self.text, segment, self.allowed, self.confirmed)
        return self.hits


def _left_cue(before: str) -> bool:
    """True when the words just before a name introduce a person: "called", "her son", "a friend,"."""
    words = before.rstrip(" \t\n\"“‘'").rsplit(None, 2)[-2:]
    if not words:
        return False
    last = re.sub(r"['’]s$", "", words[-1].lower().rstrip(","))
    previous = words[0].lower() if len(words) == 2 else ""
    return (last in KIN or last in CUE_WORDS or last.endswith("-year-old")
            or (previous, last) in CUE_PAIRS or words[-1].lower() == "name,")


def _breaks_names(token: Token) -> bool:
    """Words that cannot be part of a name: everyday words, titles, acronyms, initials, codes."""
    return _breaks(token.base)


@lru_cache(maxsize=65536)
def _breaks(base: str) -> bool:
    return (len(base) == 1 or base.isupper() or base in TITLES or fold(base) in STOPWORDS
            or any(c.isdigit() or c == "_" for c in base) or lex(base).plain_word)


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
    """True when only openers (quotes, brackets, list marks) stand between a sentence start and `offset`."""
    i = offset - 1
    newlines = 0
    while i >= floor and offset - i < 40:
        c = text[i]
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


def _previous_word(text: str, offset: int) -> str:
    words = text[max(0, offset - 20) : offset].split()
    return words[-1].lower().strip("\"“‘'(") if words else ""


def _inside(covered: list[tuple[int, int]], offset: int) -> bool:
    index = bisect.bisect_right(covered, (offset, float("inf"))) - 1
    return index >= 0 and covered[index][0] <= offset < covered[index][1]


def _name_hit(start: int, end: int, reason: str) -> Hit:
    return Hit(start, end, "person_name", ERROR,
               f"A person's name ({reason}) tells anyone who knows them who the story is about; "
               "it is not declared in Pseudonyms:, the allow-list or an Allow:", USE_PSEUDONYM)


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
            hits.append(_name_hit(m.start(), m.end(), "a first name in a file name or slug"))
    return hits
