"""Names in shapes the word-by-word name rules do not read: initials standing in a person's
slot in minutes and rotas ("KL to ring", "RB and JH-S", "Present: MT, RB (sessional)"), a
nickname after a dialect or kinship word ("big nath", "wee Shug", "Mummy G", "NAN DOT"), a
name spelled out letter by letter ("F-E-A-R-N-L-E-Y", and then "Fearnley" wherever it is
written), an initial before a surname or after a title ("A. Lindley", "Mrs O."), a name
inside a file name written in prose ("shona-mcbride-lindholme.jpg"), a first name in a
meeting's attendance list ("Apologies: Mike from ..."), the word given as a name ("his
son's name, KAI, tattooed on his neck"), and the initials of a person the story names in full
("Wayne Birks ... WB to be discussed at MAPPA"; the engine passes the names found), the value of a
form's name field in any case ("Surname: Zdunek", "Name: Agata NOWAK"), and a name signing off a
message on the line after a closing word ("Thanks for this,\nNas").

Each is an error: it is read as a person by everyone who knows them. Initials are taken only
where the sentence uses them as a person, and never when they are a known abbreviation
(data/name_cues.toml `abbreviations`, `capital_acronyms`, and `[acronyms]` in
data/codes_slingshot.txt: "NHS said", "DWP to pay").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .findings import ERROR, USE_PSEUDONYM, Hit
from .lexicon import (common_words, cue_list, fold, given_names, kinship_words, message_words, places, sections,
                      surnames)
from .name_forms import a_work_title, plural_of
from .probes import first, led_by, lower_of, matches_from, one_level_trie, starts_of

# Initials: two or three capitals, maybe a hyphen and one or two more ("JH-S"), found from a
# capital followed by another (the engine skips quickly to a capital pair).
INITIALS = re.compile(r"[A-Z](?<![\w/&.-][A-Z])[A-Z]{1,2}(?:-[A-Z]{1,2})?(?![\w&-])")
# What only a person does in minutes after their initials: "to ring", "said", "reported".
PERSON_SLOT = re.compile(
    r"[ \t]+(?:said|says|reported|asked|agreed|noted|confirmed|explained|suggested|raised|updated|"
    r"added|offered|chaired|will|would|has|had|is|was|took|gave|thanked|presented|"
    r"to[ \t]+(?!be\b|date\b|do\b|follow\b)[a-z]{3,})\b")
PAIR_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?=[A-Z])")
# "Present: MT, CA, DP, RB (sessional), JH-S (agency)."
ATTENDANCE = re.compile(r"(?im)^[ \t*_>-]*(?:present|apologies|attendees|in attendance|attending|absent)"
                        r"[*_]*[ \t]*:[*_]*(?P<list>[^\n]*)")
_ATTENDANCE_KEYS = ("present", "apologies", "attend", "absent")
LISTED_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")
NAMED_AS = re.compile(r"name(?<![\w]name)(?:[ \t]+(?:is|was))?[ \t]*[,:]?[ \t]+[\"“‘']?(?P<name>[A-Z][A-Za-z’'-]+)")
# A dialect word, then a nickname ("big nath", "wee Shug"), on the lower-cased text, tried only
# where one starts; or a family word written with a capital, then an initial or a name in
# capitals ("Mummy G", "NAN DOT"; "Nan Pat" is the name rules' own).
_DIALECT = r"big|wee|lil|little|young|auld|our\s+kid"
_KIN = r"nan|nana|nanna|nanny|mummy|mam|mammy|granda|grandad|gran|aunty|auntie|uncle|bredda|cuz"
# The cue words of a nickname, which are not part of the name to accept.
SHAPE_CUE_WORDS = frozenset(f"{_DIALECT}|{_KIN}|our|kid".replace(r"\s+", "|").split("|"))
DIALECT_CUE = re.compile(rf"(?:{_DIALECT})[ \t]+")
_DIALECT_KEYS = ("big ", "wee ", "lil ", "little ", "young ", "auld ", "our kid")
_KIN_WORDS = _KIN.split("|")
KIN_CUE = re.compile(one_level_trie([w.capitalize() for w in _KIN_WORDS] + [w.upper() for w in _KIN_WORDS])
                     + r"[ \t]+(?=[A-Z])")
_KIN_LEADS = tuple(sorted({w[0].upper() for w in _KIN_WORDS}))  # what every match of KIN_CUE starts with
NICKNAME_NAME = re.compile(r"[A-Za-z][a-z’'-]*(?![\w’'-])|[A-Z]{1,10}(?![\w’'-])")
# Spelled out: found from its first hyphen ("F-E-A-..."), the first letter checked in code.
SPELLED = re.compile(r"-(?<=[A-Z]-)[A-Z](?:-[A-Z]){2,30}(?![\w-])")
# An initial before a surname, from the initial's dot ("A. Lindley").
INITIAL_SURNAME = re.compile(r"\.(?<=[A-Z]\.)(?<![\w.][A-Z]\.)[ \t]?(?P<surname>[A-Z][a-z’'-]{2,})\b")
# A title, then an initial ("Mrs O.") or a surname ("Old Mr Harrop" at a sentence's start).
TITLE = re.compile(r"(?:M(?:rs|r|s|iss|x)|Dr)\.?[ \t]+(?:(?P<initial>[A-Z]\.)(?![ \t]?[A-Z]?\w)|"
                   r"(?P<name>[A-Z][a-z’'-]+)(?![\w’'-]))")
_TITLE_LEADS = ("M", "D")  # every match of TITLE starts with one; single letters are found soonest
# A file name in prose, found from its extension's dot: "shona-mcbride-lindholme.jpg".
EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|heic|webp|pdf|docx?|mp4|mov)\b")
FILE_NAME = re.compile(r"(?<![\w/(])[a-z][a-z0-9_-]*-[a-z0-9_-]+$")


@cache
def _abbreviations() -> frozenset[str]:
    listed = sections("codes_slingshot.txt").get("acronyms", ())
    return cue_list("abbreviations") | cue_list("capital_acronyms") | frozenset(w.lower() for w in listed)


# A form's field for a name, then its value, in any case ("Surname: Zdunek", "Name: Agata NOWAK"),
# found from the field's word (the line before it only markup); or a sign-off line after a closing
# word ("Thanks for this,\nNas", "Cheers\nKel x"), found from the newline between them.
NAME_FIELD = re.compile(
    r"(?i:full[ \t]+name|first[ \t]+name|last[ \t]+name|family[ \t]+name|given[ \t]+name|maiden[ \t]+name|"
    r"surname|forenames?|known[ \t]+as|alias|nickname|name)[ \t]*[*_]*[ \t]*[:|][ \t]*[*_]*[ \t]*"
    r"(?P<value>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]*[*_]*[ \t]*(?:[|,;(]|$)", re.MULTILINE)
_FIELD_KEYS = ("name", "known as", "alias")  # every field word holds one ("surname", "full name")
_MARKUP_ONLY = re.compile(r"[ \t>*_|-]*")
SIGN_OFF = re.compile(r"\n[ \t>]*(?P<value>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*(?:x{1,3})?[ \t]*(?=\n|$)")
# A line of a closing word alone, found from the newline before it (a literal the engine finds fast).
CLOSING = re.compile(
    r"\n[ \t>]*(?i:thanks(?:[ \t]+(?:for[ \t]+this|again|all))?|thank[ \t]+you|many[ \t]+thanks|cheers|ta|"
    r"best(?:[ \t]+wishes)?|(?:kind|warm|best)?[ \t]*regards|love|speak[ \t]+soon|take[ \t]+care|all[ \t]+the[ \t]+best)"
    r"[ \t]*[,!.]*[ \t]*(?=\n)")


def _fields_and_sign_offs(text: str) -> Iterator[Hit]:
    lower = lower_of(text)
    matches = []
    if (":" in text or "|" in text) and len(lower) == len(text):
        lines = set()  # where the line of each field word starts, after its markup
        for at in starts_of(lower, _FIELD_KEYS):
            line_start = text.rfind("\n", 0, at) + 1
            if at - line_start <= 24:
                lines.add(_MARKUP_ONLY.match(text, line_start).end())
        for line in sorted(lines):
            if (m := NAME_FIELD.match(text, line)) is not None:
                matches.append((m, "a name in a form's name field"))
    for closing in first(CLOSING.finditer(text)):
        if (m := SIGN_OFF.match(text, closing.end())) is not None:
            matches.append((m, "a name signing off a message"))
    for m, reason in matches:
        words = [fold(w.strip(".")) for w in m["value"].split()]
        if any(w in places() or w in _abbreviations() for w in words) or fold(words[-1]) in cue_list("org_words"):
            continue  # "Name: Leeds office", "Client: Pennine Vale Probation"
        if all(w in common_words() for w in words) and (
                m["value"][0].islower() or all(given_names().get(w, 0) < 4 for w in words)):
            continue  # "Known as: see file", "Name: Withheld", "Cheers\nThe Team"; not "Name: Grace"
        yield _hit(*m.span("value"), reason)


# A family by its surname in the plural: "the Gallaghers", "The Kowalczyks", "McGinleys from
# Letterkenny". Found from the literal "he" of "the" (or "Mc"), the rest checked around it.
_FAMILY_END = r"[\w'’]+?s)\b(?![ \t]+[A-Z]|['’-]\w)"
_FAMILY = re.compile(rf"he(?<=\b[Tt]he)[ \t]+(?P<family>[A-Z]{_FAMILY_END}")
_CLAN = re.compile(rf"(?<![\w'’-])(?P<family>(?:Mc|Mac|O['’])[A-Z]{_FAMILY_END}")
_CLAN_MARKS = ("Mc", "Mac", "O'", "O’")


def _families(text: str) -> Iterator[Hit]:
    """A known surname in the plural after "the", or an Irish or Scottish one anywhere: the
    family, and so the person. Not a word's or a given name's plural, a surname of its own
    ("Perkins") nor a place's name. The second pattern, which starts with a look-behind, is
    tried only where "Mc", "Mac" or "O'" stands ("Macmillan" is common)."""
    clans = led_by(_CLAN, text, _CLAN_MARKS)
    for m in first([*_FAMILY.finditer(text), *clans]):
        word = m["family"]
        stem = plural_of(fold(word))
        key = fold(word)  # a surname that ends in "s" ("the Perkins engine plant") is no plural
        if stem is not None and stem in surnames() and key not in surnames() and not (stem in places() or key in places()):
            yield _hit(*m.span("family"), "a family named by its surname")


# A speaker's label at the start of a line of a transcript or a chat: "**Paddy:** I was born",
# "PADDY: we moved", "[Bridget]: yeah". Read only where two or more labels take turns.
_SPEAKER = re.compile(r"[ \t>*_\[-]*(?P<name>[A-Z][A-Za-z'’-]{1,20})\]?[*_]{0,2}:[*_]{0,2}[ \t]+\S")


def _speakers(text: str) -> Iterator[Hit]:
    """Speakers' labels that are first names (even everyday words: "Paddy", "Will") in a text
    where at least two labels take turns and one speaks twice: a transcript's people."""
    if ":" not in text:
        return
    labels: list[re.Match[str]] = []
    at = 0
    while (colon := text.find(":", at)) >= 0:
        line = text.rfind("\n", 0, colon) + 1
        if colon - line <= 28 and (m := _SPEAKER.match(text, line)) is not None and m.end("name") < colon + 1:
            labels.append(m)
        end = text.find("\n", colon)
        at = len(text) if end < 0 else end + 1
    names = [fold(m["name"]) for m in labels]
    if len(set(names)) < 2 or len(names) == len(set(names)):
        return
    for m in labels:
        key = fold(m["name"])
        if len(key) >= 3 and given_names().get(key, 0) >= 4 and key not in places() and key not in _STOPWORDS:
            yield _hit(*m.span("name"), "a speaker's label in a transcript")


_STOPWORDS = cue_list("stopwords")


def find_shapes(text: str) -> list[Hit]:
    """Names written as initials, nicknames, spelled out, with an initial, or in a file name."""
    hits = [*_initials(text), *_nicknames(text), *_initialled(text), *_file_names(text), *_named_as(text),
            *_fields_and_sign_offs(text), *_families(text), *_speakers(text)]
    if "-" in text:
        hits += _spelled(text)
    return hits


# A full name whose initials a story may use for the same person later ("Wayne Birks ... WB to be
# discussed at MAPPA"): two or three capitalised words, hyphens and particles aside.
_FULL_NAME = re.compile(r"(?:[A-Z][a-z’'-]*[a-z][ \t]+){1,2}[A-Z][a-z’']*[a-z](?:-[A-Z][a-z]+)?")


def initials_of(written: str) -> str:
    """The initials of a full name ("Wayne Birks" -> "WB"), or "" for anything else."""
    if not _FULL_NAME.fullmatch(written):
        return ""
    return "".join(word[0] for word in re.split(r"[ \t]+", written))


def initials_of_names(text: str, names: list[Hit]) -> list[Hit]:
    """The initials of each full name found in the story, wherever they stand alone in capitals
    ("WB", "W.B." or "WB's"), unless they are a known abbreviation or an everyday word."""
    initials = {letters for name in names if name.kind == "person_name"
                and (letters := initials_of(text[name.start : name.end]))}
    hits = []
    for letters in initials:
        for written in (letters, ".".join(letters) + "."):
            at = text.find(written)
            while at >= 0:
                end = at + len(written)
                if _stands_alone(text, at, end) and _is_initials(letters):
                    hits.append(_hit(at, end, "the initials of a person the story names"))
                at = text.find(written, end)
    return hits


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Nothing of a word joined before or after ("WB", "KD's"; not "WBA", "SWB", "WB-40")."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "_&./-"):
        return False
    after = text[end : end + 3]
    if after[:1] in ("'", "’"):
        return after[1:2] == "s" and not after[2:3].isalnum()
    return not after[:1] or not (after[0].isalnum() or after[0] in "_&-")


def _is_initials(word: str) -> bool:
    plain = word.replace("-", "").lower()
    return plain not in _abbreviations() and word.lower() not in common_words() and fold(word) not in places()


def _initials(text: str) -> Iterator[Hit]:
    lower = lower_of(text)
    listed = [m.span("list") for m in first(ATTENDANCE.finditer(text))] \
        if starts_of(lower, _ATTENDANCE_KEYS) else []
    paired_with: set[int] = set()
    for m in first(INITIALS.finditer(text)):
        pair = PAIR_AFTER.match(text, m.end())
        partner = INITIALS.match(text, pair.end()) if pair else None
        in_list = any(start <= m.start() < end for start, end in listed)
        slot = in_list or m.start() in paired_with or partner or PERSON_SLOT.match(text, m.end())
        if not slot or not _is_initials(m.group()):
            continue
        if partner and _is_initials(partner.group()):
            paired_with.add(partner.start())
        reason = "initials in a list of people" if in_list else "initials standing for a person"
        yield _hit(*m.span(), reason)
    for start, end in listed:  # "Apologies: Mike from Change Grow Live"
        for m in LISTED_NAME.finditer(text, start, end):
            key = fold(m.group())
            if given_names().get(key, 0) >= 4 and key not in places():  # "Will", "Grace": people here
                yield _hit(*m.span(), "a first name in a list of people")


def _named_as(text: str) -> Iterator[Hit]:
    """ "his son's name, KAI, tattooed on his neck", "the name: Ellis": the word after "name"."""
    for m in first(NAMED_AS.finditer(text)):
        key = fold(m["name"])
        if key not in common_words() and key not in places() and key not in _abbreviations():
            yield _hit(*m.span("name"), "a word given as someone's name")


def _nicknames(text: str) -> Iterator[Hit]:
    lower = lower_of(text)
    if len(lower) != len(text):
        return
    cues = [(m, False) for m in first(matches_from(DIALECT_CUE, lower, starts_of(lower, _DIALECT_KEYS)))]
    cues += [(m, True) for m in first(led_by(KIN_CUE, text, _KIN_LEADS))]
    for cue, kin in cues:
        m = NICKNAME_NAME.match(text, cue.end())
        if m is None or (cue.start() and (text[cue.start() - 1].isalnum() or text[cue.start() - 1] in "'’-")):
            continue
        name = m.group()
        key = fold(name)
        initial = kin and len(name) == 1  # "Mummy G"
        capitals = kin and name.isupper()  # "NAN DOT"
        if not kin and key in common_words() or key in places() or kin and not (initial or capitals):
            continue
        lower_name = name.islower() and len(name) > 2 and key not in message_words()
        capital = name[0].isupper() and (len(name) == 1 or not name.isupper() or kin)
        if lower_name or capital:
            yield _hit(cue.start(), m.end(), "a nickname after a family or dialect word")


def _spelled(text: str) -> Iterator[Hit]:
    for m in first(SPELLED.finditer(text)):
        start = m.start() - 1
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue
        yield _hit(start, m.end(), "a name spelled out letter by letter")
        word = text[start : m.end()].replace("-", "")
        if fold(word) in common_words():
            continue
        for written in re.finditer(rf"\b{word[0]}(?i:{word[1:]})\b", text):
            yield _hit(*written.span(), "a name that the story also spells out")


def _initialled(text: str) -> Iterator[Hit]:
    for m in first(led_by(TITLE, text, _TITLE_LEADS)):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if m["initial"]:
            yield _hit(*m.span(), "a title and an initial")
            continue
        key = fold(m["name"])
        # A first name after a title ("Dr William Price") is the name rules' own: they know who is public.
        if (key not in common_words() and key not in places() and given_names().get(key, 0) < 4
                and not a_work_title(text, m.start(), m.end())):  # "the song Mr Brightside"
            yield _hit(*m.span(), "a title followed by a name")
    for m in first(INITIAL_SURNAME.finditer(text)):
        surname = fold(m["surname"])
        if surname not in common_words() and surname not in places() and (
                surname in surnames() or surname not in given_names()):
            yield _hit(m.start() - 1, m.end(), "an initial and a surname")


def _file_names(text: str) -> Iterator[Hit]:
    for extension in first(EXTENSION.finditer(text)):
        m = FILE_NAME.search(text, max(0, extension.start() - 120), extension.start())
        if m is None:
            continue
        # Each run of name words is its own finding ("kuba-wojcik" and "ray" in
        # "upw-ferry-meadows-kuba-wojcik-and-ray.jpg"), so that a run the allow-list or the
        # pseudonyms declare ("ray", a consenting supervisor) clears alone and the rest stays.
        # A run holds a name and the words beside it that may be names too: an unknown word
        # ("kuba-wojcik"), or a name that is also an everyday word next to a name ("dean-okonjo");
        # "ferry-meadows" or a lone "ray" is no run.
        words = list(_FILE_WORD.finditer(text, m.start(), m.end()))
        kinds = [_file_word_kind(fold(word.group())) for word in words]
        for i in range(len(words) - 1):  # "granny-ballyeamon", "uncle-kofi": a family word names a person
            if fold(words[i].group()) in _file_kin() and fold(words[i + 1].group()) not in common_words():
                kinds[i] = kinds[i + 1] = "N"
        kept = [kind in "NU" or kind == "W" and "N" in kinds[max(0, i - 1) : i + 2:2]
                for i, kind in enumerate(kinds)]
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and kept[j]:
                j += 1
            if "N" in kinds[i:j]:
                yield _hit(words[i].start(), words[j - 1].end(), "a name inside a file name")
            i = j + 1


@cache
def _file_kin() -> frozenset[str]:
    """Family words that make the next word a person's name in a file name ("granny-ballyeamon")."""
    return frozenset(_KIN_WORDS) | cue_list("family") | kinship_words()


def _file_word_kind(key: str) -> str:
    """N a name, U an unknown word, W an everyday word that is also a name, X anything else."""
    from .addresses import is_name  # addresses reads the story model; imported here, where used
    if len(key) < 3 or key in places():
        return "X"
    if is_name(key):
        return "N"
    if key not in common_words():
        return "U"
    return "W" if key in given_names() or key in surnames() else "X"


_FILE_WORD = re.compile(r"[^\W\d_]+")


def _hit(start: int, end: int, reason: str) -> Hit:
    return Hit(start, end, "person_name", ERROR,
               f"A person's name ({reason}) tells anyone who knows them who the story is about; it is "
               "not declared in Pseudonyms:, the allow-list or an Allow:", USE_PSEUDONYM)
