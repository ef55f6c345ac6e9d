"""Person names: name lists from data/ combined with the context a sentence gives a word.

A capitalised word is judged by what it is (a known first name, a surname, an English word, a
place) and where it stands. Context that shows a person:

- a cue before it: a title ("Mrs", "Nurse"), an initial ("J. Smith"), a relationship or role
  ("her partner", "the victim,"), "called" or "known as", a reporting verb ("says Precious"),
  addressed speech ("Thanks, Destiny,");
- a cue after it: a reporting verb ("Hope said"), "who", an age ("Sandy Marsh, 52,"), an
  apposition ("Precious, his daughter,"), a possession ("Hope's kitchen");
- its neighbours: a first name followed by a surname ("Grace Hill", "Will Hay") even when both
  are also words; a list whose other members are people ("Chantal, Femi and Grace"), while a
  list of things overrules a weak reason ("Maths, English and Art").

An everyday word is a name only after such a cue ("says Temperance"); a first name that is
also a word ("Hope", "Will") is one in the middle of a sentence, or with a cue or a surname.

Headings, titles and tags are written in Title Case, so there a pair of words needs more than
the lists to be a name. A word confirmed as a name anywhere in a story is then flagged wherever
else it appears in that story.
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
_PARTICLES = (
    "van|von|der|den|de|da|di|du|del|della|dos|das|le|la|bin|binti|ibn|abu|al|el|ul|ní|nic|ó|Ó|ap|ter|ten"
)
GAP = re.compile(rf"[ \t]{{1,3}}(?:(?:{_PARTICLES})[ \t]{{1,3}})?|[ \t]*\r?\n[ \t]*")
TITLE_GAP = re.compile(r"\.?[ \t]{1,3}")
# What stands between the members of a list: "Skye, Kacey and Tamsin", "Mo & Jas".
LIST_GAP = re.compile(r",?[ \t]{1,3}(?:and|or|&)[ \t]{1,3}|,[ \t]{0,3}")

TITLES = frozenset(
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Revd Reverend Fr Father Imam "
    "Pastor Rabbi Sheikh Canon DC DS DI DCI DSI DSU PC PCSO WPC Sgt Sergeant Insp Inspector Det "
    "Detective Constable Officer Judge HHJ Recorder Justice Cllr Councillor Uncle Auntie Aunty "
    "Nan Nana Grandad Grandma Grandpa Granny Superintendent Supt Commander Chaplain Deacon Nurse "
    "Matron Coach Sister Brother".split()
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
    "Roofing Joinery Carpets Tyres Autos Taxis Studios Stores Supplies Brothers Sons "
    # Places and streets: "Hope Valley", "Rose Cottage", "Holly Close".
    "Valley Vale Moor Moss Heath Brow Clough Fold Dale Edge Cottage Cottages Grange Manor Meadow "
    "Meadows Fields Allotment Allotments Garden Close Drive Crescent Grove Terrace Mews Rise Parade "
    "Walk Row Croft Wharf Quay Quays Marina Reservoir Canal Lock Locks Precinct Arcade Retail "
    "Leisure Sports Pool Gym Camp Festival Fair Appeal Awards Prize Day Week Month Year Royal "
    "Island Isle Dock Docks Show Hospice Carvery Grill Diner Bistro Brasserie Chippy"
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
    "during until till against among per via one two three four five six seven eight nine ten "
    "many most several few fewer others another lots plenty none nobody nothing everyone everybody "
    "someone somebody anyone anybody everything something anything".split()
)
_CAPITALISED_STOPWORDS = frozenset(w.capitalize() for w in STOPWORDS) | {"I", "I'm", "I've", "I'd", "I'll"}
# Particles that stand inside a name with a capital: "Sean Ó Briain" (the gap between names allows them).
_SKIPPED = _CAPITALISED_STOPWORDS | {"Ó"}
# "St Mary's" (a church or school), "Queen Victoria" (a monarch or a street): not people to hide.
SAINTS = frozenset({"St", "Saint", "Ste", "Sainte", "San", "Santa", "Queen", "King", "Prince", "Princess"})
# Offices that follow a title without being a name: "Lord Mayor", "Lord Lieutenant".
OFFICES = frozenset("Mayor Lieutenant Chancellor Chief Provost Advocate Commissioner President Secretary "
                    "Minister Governor General Marshal".split())
DETERMINERS = frozenset("the a an this that these those our your their its my every each any some no of".split())
_PAIR_DETERMINERS = DETERMINERS - {"of"}  # "the Rose Garden" is a place; "the name of Rose Pike" a person
# What people are called to their face that is not their name: "Thanks, Mum", "Morning, Sarge".
VOCATIVES = frozenset(fold(w) for w in (
    "Mum Mam Mom Mummy Mama Ma Dad Daddy Da Pa Papa Nan Nana Nanna Gran Granny Grandad Grandma "
    "Grandpa Son Lad Lads Sarge Guv Gaffer Boss Doc Doctor Sir Miss Mister Madam Ma'am Officer Nurse "
    "Sister Brother Bro Mate Pal Buddy Fella Love Babe Darling Dear Hun Pet Duck Chuck Kid Kiddo Guys "
    "Everyone Everybody Folks Team Ladies Girls Boys Gents Chief Captain Coach Teacher Judge "
    "Father Mother Uncle Auntie Aunty Cuz Fam God Lord Jesus Allah"
).split())

KIN = frozenset((
    "son daughter brother sister mum mother dad father partner wife husband girlfriend boyfriend "
    "fiance fiancé fiancee fiancée ex ex-partner cousin uncle aunt auntie aunty nephew niece grandson "
    "granddaughter grandmother grandfather gran nan nana grandad grandma grandpa stepdad stepmum "
    "stepfather stepmother stepson stepdaughter stepbrother stepsister godson goddaughter godfather "
    "godmother godparent child children kids baby toddler twin sibling eldest youngest oldest "
    "firstborn friend bestie mate pal neighbour colleague flatmate housemate cellmate pad-mate "
    "padmate boss victim co-defendant accomplice witness landlord landlady employer tutor teacher "
    "mentor carer coach sponsor worker interpreter linkworker receptionist solicitor barrister "
    "counsellor volunteer resident participant prisoner inmate man woman lad boy girl lady bloke "
    "officer supervisor nurse doctor dealer associate member facilitator coordinator caseworker "
    "keyworker groundsman manager owner founder director chairman chairwoman headteacher "
    "vicar priest chaplain imam pastor governor magistrate judge detective constable sergeant "
    "inspector builder cleaner driver chef cook plumber electrician joiner mechanic labourer "
    "student pensioner widow widower hairdresser barber shopkeeper cashier waitress waiter "
    "postman paramedic midwife pharmacist dentist councillor spokesperson spokeswoman spokesman "
    "grandchildren partners wives husbands"
).split())
_BELONGINGS = (
    "family friends phone number address flat house home car van bike name birthday funeral death "
    "killer murder attacker school bedroom room life case sentence release offence trial mobile email "
    "account profile dog cat grave memory memorial parents glowing old own new kitchen garden sofa "
    "door words voice story journey hand hands face eyes wedding kids boys girls children baby "
    "letter letters statement evidence view views advice help support encouragement"
).split()
CUE_WORDS = frozenset({"called", "named", "nicknamed", "alias", "aka"})
# Cues that only people take, so that even an everyday word after them is a name: 'known as "Tank"'.
NICKNAME_CUES = frozenset({"nicknamed", "alias", "aka"})
NICKNAME_PAIRS = frozenset({("known", "as"), ("calling", "himself"), ("calling", "herself"),
                            ("calling", "themselves"), ("goes", "by")})
# Verbs whose object is nearly always a person: "she met Tobenna", "he punched Ryszard".
PERSON_OBJECT_VERBS = frozenset((
    "met meets meeting meet told tells tell asked asks ask married marrying dated dating hugged hug "
    "thank thanked punched stabbed attacked robbed threatened assaulted phoned rang texted messaged "
    "befriended groomed kissed slapped kicked bullied harassed stalked"
).split())
# Reporting verbs before a name: "says Precious", "said Mercy", "adds Tiago".
SPEECH_BEFORE = frozenset((
    "says said asks asked adds added explains explained recalls recalled remembers remembered "
    "continues continued agrees agreed admits admitted insists insisted replies replied laughs "
    "laughed smiles smiled writes wrote jokes joked notes noted reflects reflected"
).split())
# Words that open addressed speech: "Thanks, Destiny", "Come on, Hunter".
ADDRESS_OPENERS = frozenset(
    "thanks cheers hi hiya hello hey morning afternoon evening night bye goodbye sorry oi ta listen "
    "look yes yeah no okay ok right go please".split()
)
CUE_PAIRS = frozenset({("name", "is"), ("name", "was"), ("named", "as"), ("him", "as"), ("her", "as"),
                       ("them", "as"), ("according", "to")})
ADDRESS_PAIRS = frozenset({("thank", "you"), ("come", "on"), ("well", "done"), ("good", "luck"),
                           ("love", "you"), ("good", "morning"), ("good", "night"), ("see", "you")})
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
# An age just after a word: "Baker, 34, was jailed", "Hill (52)".
AGE_CUE = re.compile(r",[ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*,|[ \t]+\((?:aged[ \t]+)?\d{1,2}\)")
POSSESSED = re.compile(rf"\s+(?:{'|'.join(sorted(KIN | set(_BELONGINGS)))})\b", re.IGNORECASE)
_KIN_ALTERNATION = "|".join(sorted(KIN, key=len, reverse=True))
# An apposition after a name: "Precious, his daughter,", "Dawn Harper, the victim's mother,",
# "Fatma Demir, Dean's mother-in-law,"; it must close ("Soon, his daughter was born" does not).
APPOSITION = re.compile(
    rf",[ \t]+(?:his|her|their|my|our|your|the|a|an|[\w-]+['’]s)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
    rf"(?:{_KIN_ALTERNATION})(?:s|['’]s)?(?:-in-law)?"
    r"(?=[ \t]*[,.:;!?)—–]|[ \t]+(?:who|of|from|at|in|and)\b)",
    re.IGNORECASE,
)
# Lower-case words after a pair that make it a place: "the Grace Hill estate".
PLACE_AFTER = re.compile(
    r"[ \t]+(?:estate|area|station|park|road|street|school|church|centre|ward|branch|office|site|"
    r"campus|village|district|allotments?|library|surgery|hospital|shop|pub|club|hotel|gym|"
    r"academy|college|nursery|mosque|chapel|farm|depot|prison|flats|tower|junction|stop|shopping|"
    r"retail|leisure|business|industrial|trading|community)\b"
)
# An initial just before a word: "J. Smith", "K Okafor" (not "A" or "I", which are words).
INITIAL = re.compile(r"(?<![\w.'’-])[B-HJ-Z]\.?[ \t]$")
_SENTENCE_END = ".!?:;"
_OPENERS = " \t*_[(\"“‘'`>#|"
# Metadata written in Title Case, where two capitalised words are not yet a name.
TITLE_CASE_FIELDS = frozenset({"title", "tags", "category", "keywords", "series", "subtitle"})


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
    """Capitalised words of a segment outside `occupied`, without closed-class words and particles."""
    tokens = []
    index, count = 0, len(occupied)
    for m in first(TOKEN.finditer(text, segment.start, segment.end)):
        start, end = m.span()
        while index < count and occupied[index][1] <= start:
            index += 1
        if index < count and occupied[index][0] < end:
            continue
        word = m.group(0)
        if word[-1] in "'’-":
            word = word.rstrip("'’-")
        if word in _SKIPPED:
            continue
        if word.endswith(("'s", "’s")):
            tokens.append(Token(start, start + len(word), word[:-2], True))
        else:
            tokens.append(Token(start, start + len(word), word, False))
    return tokens


Verdict = tuple[str, bool]  # a reason, and whether it is strong enough to flag the words elsewhere
MID_SENTENCE = "a first name used in the middle of a sentence"


class _NameFinder:
    """Collects name hits over the segments of one story, then repeats confirmed names."""

    def __init__(self, text: str, allowed: frozenset[str]) -> None:
        self.text = text
        self.allowed = allowed
        self.hits: list[Hit] = []
        self.confirmed: set[str] = set()
        self.seen: list[Token] = []
        self.paths: list[Segment] = []
        # Per segment: the starts of tokens inside a hit, of tokens with capitalised neighbours
        # ("Rose Gardens"), and the weak single-word hits that a list may overrule.
        self.named: set[int] = set()
        self.grouped: set[int] = set()
        self.weak: dict[int, Hit] = {}
        self._allowed_cache: dict[str, bool] = {}

    def is_allowed(self, base: str) -> bool:
        """A pseudonym or a word of an allow-listed name (each part of a hyphenated word counts)."""
        known = self._allowed_cache.get(base)
        if known is None:
            key = fold(base)
            known = key in self.allowed or all(p in self.allowed for p in key.split("-") if p)
            self._allowed_cache[base] = known
        return known

    def scan(self, segment: Segment, tokens: list[Token]) -> None:
        """Judge every group of capitalised words of one segment, then the lists they form."""
        if not tokens:
            return
        self.seen += tokens
        self.named, self.weak, self.grouped = set(), {}, set()
        for span in _spans(self.text, tokens):
            if len(self.hits) >= MAX_HITS:
                return
            if len(span) > 1:
                self.grouped.update([t.start for t in span])
            self._judge_span(span, segment)
        if len(tokens) > 1:
            self._judge_lists(tokens, segment.start)

    def _judge_span(self, span: list[Token], segment: Segment) -> None:
        if span[0].base in TITLES and len(span) > 1:
            self._judge_titled(span)
            return
        if len(span) == 1 and _only_a_word(span[0].base):
            self._judge_plain_word(span[0], segment)
            return
        run: list[Token] = []
        for token in [*span, None]:
            if token is not None and not _breaks_names(token):
                run.append(token)
                continue
            ends_org = token is not None and fold(token.base) in ORG_WORDS
            if run and not ends_org:
                self._judge_run(run, segment, in_phrase=len(run) < len(span), continued=token is not None)
            run = []

    def _judge_plain_word(self, token: Token, segment: Segment) -> None:
        """ "says Temperance", "his girlfriend, Saffron": an everyday word, capitalised in the middle
        of a sentence just after words that introduce a person, is that person's name."""
        if _sentence_initial(self.text, token.start, segment.start):  # most of them: test it first
            return
        key = fold(token.base)
        if key in VOCATIVES or key in ORG_WORDS or self.is_allowed(token.base):
            return
        cue = _left_cue(self.text[max(0, token.start - 40) : token.start])
        if cue == "address" and self.text[token.end : token.end + 1] not in (",", ".", "!", "?"):
            return  # "No, Thank you" is not "Thanks, Destiny."
        if cue in ("kin", "speech", "address", "nickname") and not self._title_cased(token.start, segment):
            self._add(token.start, token.end, "an everyday word used as a person's name", False, [token])

    def _judge_titled(self, span: list[Token]) -> None:
        rest = [t for t in span[1:] if t.base not in TITLES]
        if (rest and not any(lex(t.base).plain_word for t in rest) and not self._all_allowed(rest)
                and not all(lex(t.base).place for t in rest)  # "Father Christmas"
                and rest[0].base not in OFFICES):  # "Lord Mayor"
            self._add(span[0].start, rest[-1].end, "a title followed by a name", True, rest)

    def _all_allowed(self, run: list[Token]) -> bool:
        return all([self.is_allowed(t.base) for t in run])

    def _judge_run(self, run: list[Token], segment: Segment, in_phrase: bool, continued: bool) -> None:
        """Judge capitalised words that may form one name; `in_phrase` when other capitalised
        words stand next to them, `continued` when one follows ("Grace Hill Community Trust")."""
        if self._all_allowed(run) or run[0].base in SAINTS or fold(" ".join(t.base for t in run)) in places():
            return
        if fold(run[-1].base) in ORG_WORDS:
            verdict = self._judge_org_shaped(run)
        elif len(run) == 1:
            verdict = self._judge_single(run[0], segment, in_phrase)
        else:
            verdict = self._judge_multi(run, segment, continued)
            opener = lex(run[0].base)
            if (verdict is None and opener.word and not opener.may_open_name
                    and _sentence_initial(self.text, run[0].start, segment.start)):
                # "Tell Hope I said hello": a capital that only starts the sentence is no name.
                self._judge_run(run[1:], segment, in_phrase=True, continued=continued)
                return
        if verdict:
            hit = self._add(run[0].start, run[-1].end, *verdict, run)
            if verdict[0] == MID_SENTENCE:  # the weakest reason: a list of things can overrule it
                self.weak[run[0].start] = hit

    def _judge_org_shaped(self, run: list[Token]) -> Verdict | None:
        """ "Ruby Hall, who runs the café", "his cousin Paddy Ward", "my husband Dale": a word
        that usually ends the name of a place is a name when the sentence shows a person."""
        last = lex(run[-1].base)
        if len(run) == 1:
            named = last.given >= 4 and not self.is_allowed(run[0].base)
        else:
            named = last.surname and lex(run[0].base).given >= CENSUS_WEIGHT
        cue = self._cue(run[0], run[-1]) if named and not last.place else None
        if cue and cue[1]:
            return "a name used as a person (\"who\", \"her cousin\")", True
        return None

    def _judge_multi(self, run: list[Token], segment: Segment, continued: bool) -> Verdict | None:
        if places().get(fold(run[0].base)) == "calendar":
            return None  # "Eid Mubarak", "Christmas Carol"
        first, rest = lex(run[0].base), [lex(t.base) for t in run[1:]]
        every = [first, *rest]
        surname_shaped = all(not r.word and not r.place for r in rest)
        if first.strong_given and all(r.namelike for r in rest) or first.given and surname_shaped:
            return "a first name and a surname", True
        if all(not x.word and not x.place for x in every) and any(
            x.surname or x.given or not x.proper for x in every
        ):
            return "a multi-part name", any(x.surname or x.given for x in every)
        if any(x.place and not x.surname for x in every):
            return None
        # "Nguyen Van Long": one word that can only be a name, the others names too.
        if any(x.known_name and not self.is_allowed(t.base) for x, t in zip(every, run, strict=True)) and all(
            x.given >= 4 or x.surname or not x.word for x in every
        ):
            return "a multi-part name", True
        if not (first.may_open_name and rest[-1].namelike):
            return None
        if self._cue(run[0], run[-1]):
            return "a name used as a person (\"her partner\", \"says\", \", 34,\")", True
        # "Grace Hill", "Will Hay", "Raheem Khan": a first name, or a word no list knows, and a
        # surname, in running text.
        unknown = not (first.word or first.given or first.surname or first.proper)
        if ((first.given >= CENSUS_WEIGHT or unknown) and rest[-1].surname and not continued
                and not self._title_cased(run[0].start, segment)
                and _previous_word(self.text, run[0].start) not in _PAIR_DETERMINERS
                and not PLACE_AFTER.match(self.text, run[-1].end)):
            return "a first name and a surname", True
        return None

    def _judge_single(self, token: Token, segment: Segment, in_phrase: bool) -> Verdict | None:
        info = lex(token.base)
        key = fold(token.base)
        if self.is_allowed(token.base) or key in VOCATIVES:
            return None
        if info.strong_given and not in_phrase:
            return "a known first name", True
        if (info.surname or not info.word) and not info.place and INITIAL.search(
                self.text, max(0, token.start - 3), token.start):
            return "an initial and a surname", True  # "J. Smith said", "signed by K Okafor"
        cue = self._cue(token, token)
        if cue:
            reason, strong, kind = cue
            if kind in ("kin", "called", "nickname", "speech", "address") and not info.place:
                return reason, strong  # "his girlfriend, Sky", "a lad named Storm": any capitalised word
            if kind == "age" and (info.surname or info.given) and not info.place:
                return reason, strong  # "Baker, 34, was jailed"
            if info.given >= 4 if info.word else info.given or info.surname or not info.place:
                return reason, strong
        if info.given >= CENSUS_WEIGHT and not info.place and not in_phrase:
            mid = not self._title_cased(token.start, segment) and not _sentence_initial(
                self.text, token.start, segment.start)
            previous = _previous_word(self.text, token.start, keep_case=True)
            # Right after a capitalised word that was masked ("Salford Royal"), it ends a longer name.
            masked = previous[:1].isupper() and previous[-1:].isalpha()
            if mid and previous.lower() not in DETERMINERS and not masked:
                return MID_SENTENCE, False
        return None

    def _cue(self, head: Token, tail: Token) -> tuple[str, bool, str] | None:
        """Context that shows the words from `head` to `tail` name a person: reason, strength, kind."""
        left = _left_cue(self.text[max(0, head.start - 40) : head.start])
        if left in ("kin", "owner", "called", "nickname"):
            return "introduced as a person (\"called\", \"her son\", \"a friend,\")", True, left
        if left in ("speech", "address"):
            return "used as a person (\"says Precious\", \"Thanks, Destiny\")", True, left
        after = self.text[tail.end : tail.end + 60]
        if AGE_CUE.match(after):
            return "used as a person (\", 34,\")", True, "age"
        if SPEECH_CUE.match(after) or APPOSITION.match(after) or (tail.possessive and POSSESSED.match(after)):
            return "used as a person (\"says\", \"who\", \", his daughter\", \"'s mum\")", True, "right"
        if _addressed(self.text, head.start, tail.end):
            return "used as a person (\"Thanks, Destiny\")", True, "address"
        if RIGHT_CUE.match(after):
            return "used as a person (\"wanted\", \"kept\")", False, "right"
        if left == "object":
            return "the object of a verb used of people (\"met\", \"told\")", False, left
        return None

    def _title_cased(self, offset: int, segment: Segment) -> bool:
        """True in a heading or a Title Case metadata field, where capitals do not mark names."""
        if segment.field in TITLE_CASE_FIELDS:
            return True
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.startswith("#", line_start)

    def _add(self, start: int, end: int, reason: str, strong: bool, run: list[Token]) -> Hit:
        if run[-1].possessive:
            end = run[-1].end
        hit = _name_hit(start, end, reason)
        self.hits.append(hit)
        self.named.update(t.start for t in run)
        for token in run if strong else ():
            info, key = lex(token.base), fold(token.base)
            # The surname of a full name counts too ("Hill, 34, ..."), unless it also ends places.
            surname = len(run) > 1 and info.surname and not info.place and key not in ORG_WORDS
            if not self.is_allowed(token.base) and (info.given or not info.word or surname):
                self.confirmed.add(key)
        return hit

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
                    self._add(token.start, token.end, "a name in a list of people", True, [token])

    def _drop_weak(self, token: Token) -> None:
        if token.start in self.weak:
            self.hits.remove(self.weak.pop(token.start))
            self.named.discard(token.start)

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
                and key not in ORG_WORDS and not info.place and not _breaks(token.base))

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
    "nickname" ("known as"), "called", "speech" ("says"), "address" ("Thanks,"), "object" ("met")."""
    head, newline, line = before.rpartition("\n")
    if newline and not line.strip():  # at the start of a line: a heading or a paragraph ends above
        above = head.rpartition("\n")[2].lstrip()
        if not above or above.startswith(("#", "-", "*", ">", "|", "=")):
            return None
    trimmed = before.rstrip(" \t\n")
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
    if last in CUE_WORDS or (previous, last) in CUE_PAIRS or raw == "name,":
        return "called"
    if _is_kin(last) or last.endswith("-year-old"):
        return "owner" if owner else "kin"
    if last in SPEECH_BEFORE and raw == last:  # "says Precious", not 'said, "Write'
        return "speech"
    if raw.endswith(",") and (last in ADDRESS_OPENERS or (previous, last) in ADDRESS_PAIRS):
        return "address"
    if last in PERSON_OBJECT_VERBS:
        return "object"
    return None


def _is_kin(word: str) -> bool:
    """ "sister", "sister-in-law", "half-brother", "ex-girlfriend", "sons", "friends"."""
    word = word.removesuffix("-in-law")
    return (word in KIN or word.rsplit("-", 1)[-1] in KIN
            or word.endswith("s") and word[:-1] in KIN)


def _addressed(text: str, start: int, end: int) -> bool:
    """ "…, you did well, Grace." — a name between a comma and the end of a quotation."""
    return (text[end : end + 2] in (",\"", ".\"", "!\"", "?\"", ",”", ".”", "!”", "?”", ",’", ".’")
            and text[max(0, start - 2) : start] == ", ")


def _breaks_names(token: Token) -> bool:
    """Words that cannot be part of a name: everyday words, titles, acronyms, initials, codes."""
    return _breaks(token.base)


@lru_cache(maxsize=65536)
def _only_a_word(base: str) -> bool:
    """An everyday word and nothing else: not a title, an acronym, a closed-class word or a code."""
    return (len(base) > 2 and not base.isupper() and base not in TITLES and fold(base) not in STOPWORDS
            and lex(base).plain_word and not any(c.isdigit() or c == "_" for c in base))


@lru_cache(maxsize=65536)
def _breaks(base: str) -> bool:
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


_PEOPLE_PLURALS = ("tors", "sors", "ers", "ists", "ians", "ants", "ents", "ees")


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
    quoted = False
    while i >= floor and offset - i < 40:
        c = text[i]
        if quoted and c in ",:":  # 'he said, "Write one'
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
