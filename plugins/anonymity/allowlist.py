"""The reviewable ways to accept a detail: the trust's allow-list, Pseudonyms: and Allow:.

- The allow-list (one name or phrase a line) covers staff who consented, public bodies, places,
  the trust's own accounts and website. A staff member's first name is allowed on its own in a
  story that names them in full ("Amina Yusuf runs the group ... Amina says"); a one-word entry
  everywhere.
- `Pseudonyms:` declares the invented first names of one story: one word each, never a
  surname or a full name, or a real name could be declared through.
- `Allow: <text> — <reason>` accepts one detail in one story. The reason must say why in a few
  words, and no reason makes an identifier safe: a number, contact detail, postcode or date of
  birth (NEVER_ALLOWED) is never accepted.

A declaration that breaks these rules is an error and accepts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .dates import dates_of_birth
from .findings import ERROR, Hit
from .identifiers import find_identifiers
from .lexicon import fold, given_names, surnames
from .names import TITLES, lex
from .online import addresses, at_mail_provider, find_online
from .places import find_places
from .probes import each_start, first, lower_of, matches_from
from .record_numbers import with_records
from .source import Story

_REASON_SEPARATOR = re.compile(r"\s+(?:—|–|--)\s+")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+and\s+")
_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*")
MIN_REASON_WORDS = 3
_NOT_IN_NAMES = re.compile(r"[\d@/.]")
_POSSESSIVE = re.compile(r"['’]s$")
_NOT_WORD = re.compile(r"[\W_]+")
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][\w'’-]*[\w])")
_PREVIOUS_CAPITAL = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*[\w])[ \t]+$")

# Details that single out one person whatever the reason given: no Allow: accepts them. The
# trust's own phone number or email address belongs in the allow-list, reviewed once for all.
NEVER_ALLOWED = {
    "ni_number": "a National Insurance number",
    "nhs_number": "an NHS number",
    "pnc_id": "a PNC ID",
    "cro_number": "a CRO number",
    "prison_number": "a prison number",
    "crn": "a probation case reference number (CRN)",
    "court_case_number": "a court case number",
    "phone": "a phone number",
    "email": "an email address",
    "postcode": "a postcode",
    "vehicle_reg": "a number plate",
    "passport": "a passport number",
    "driving_licence": "a driving licence number",
    "date_of_birth": "a date of birth",
    "bank_account": "bank details",
}
_NOT_ACCEPTED = "so it accepts nothing and the name is still checked in the story"


@dataclass(frozen=True)
class Allowlist:
    """Names and phrases that are safe to publish in every story."""

    phrases: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> PhrasePattern | None:
        """One pattern for every phrase, longest first, whole words only."""
        return phrase_pattern(self.phrases)

    @cached_property
    def words(self) -> frozenset[str]:
        """Folded words the list vouches for: one-word entries, and the parts of a person's
        name ("Amina" of "Amina Yusuf"), but not of an organisation ("Hope" of "Hope
        Hospital"). Which of them a story may use alone is `words_in`."""
        return frozenset(words_of([p for p in self.phrases if len(_WORD.findall(p)) == 1
                                   or person_shaped(p)]))

    @cached_property
    def single_words(self) -> frozenset[str]:
        """Folded one-word entries ("Leanne"): the trust chose to accept that word alone everywhere."""
        return frozenset(words_of([p for p in self.phrases if len(_WORD.findall(p)) == 1]))

    def words_in(self, text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
        """Folded words allowed on their own in one story: the one-word entries, and the first
        name of each member of staff the story names in full ("Amina Yusuf runs the group ...
        Amina says"). Staff consent covers their own name, not every person who shares a part of
        it: elsewhere a staff first name is checked like any other ("Darren's back" in a story
        without Darren Midgley), and a staff surname is accepted only in the full name, never
        alone or after a title ("Mrs Farah" is not "Mo Farah")."""
        named = set(self.single_words)
        for start, end in spans:
            named.update(self._given_names.get(_compact(text[start:end]), ()))
        return frozenset(named)

    @cached_property
    def _given_names(self) -> dict[str, list[str]]:
        """The folded first name of each person on the list, by the name's letters run together
        ("bethanlloyd"), as it is written in a story, a file name or an address."""
        people = {}
        for phrase in self.phrases:
            if person_shaped(phrase):
                given = next((w for w in _WORD.findall(phrase) if w not in TITLES), "")
                people[_compact(phrase)] = words_of([given])
        return people

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where allow-listed phrases occur in `text`, each accepted there (see `accepts_at`)."""
        return [] if self.pattern is None else [m.span() for m in self.pattern.finditer(text)
                                                if self.accepts_at(text, *m.span())] + self.joined_spans(text) \
            + self.work_emails(text)

    @cached_property
    def joined_names(self) -> tuple[str, ...]:
        """Each person's name on the list as a web address or file name writes it
        ("bethan-lloyd", "bethan.lloyd"), so that a story names that member of staff in full
        there too (`words_in`)."""
        return tuple(dict.fromkeys(form for phrase in self.phrases for form in _run_together(phrase)))

    def joined_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a name of `joined_names` stands on its own ("people/bethan-lloyd.html"), found
        in the one reading of the story's lower-cased text: a pattern of lower-case words would
        be tried at every small letter of every story."""
        if not self.joined_names:
            return []
        lower = lower_of(text)
        return [(at, at + len(form)) for form, found in each_start(lower, self.joined_names).items()
                for at in found if _alone(lower, at, at + len(form))]

    @cached_property
    def mail_names(self) -> frozenset[str]:
        """Each person's name on the list as the local part of a work email writes it: the forms
        of `joined_names` and the first initial with the surname ("r.hirst", "rhirst")."""
        forms = set(self.joined_names)
        for phrase in self.phrases:
            if person_shaped(phrase):
                words = [word.lower() for word in _WORD.findall(phrase) if word not in TITLES]
                if len(words) > 1:
                    forms.update(joint.join((words[0][0], words[-1])) for joint in ("-", ".", "_", ""))
        return frozenset(forms)

    def work_emails(self, text: str) -> list[tuple[int, int]]:
        """Where a member of staff on the list is written as their work address: their name at a
        domain that is no mail provider's (the trust's, a partner's). The list accepts their name,
        and the address is how the public reaches them at work, as the trust's own number is; the
        same name at gmail is a private address and stays a finding."""
        if not self.mail_names:  # a list of no people: no story's emails need a second reading
            return []
        return [(start, end) for start, at, end in addresses(text)
                if text[start:at].lower() in self.mail_names and not at_mail_provider(text[at:end])]

    def accepts_at(self, text: str, start: int, end: int) -> bool:
        """False when a one-word entry stands inside another person's name: "Kevin" listed
        accepts "Kevin said" and the staff member's own "Kevin Brady" (listed), never
        "Kevin Latham" or "Lesley Kevin", whose other word is a name the list does not hold."""
        if not text[start:end].isalpha():
            return True
        after = _NEXT_CAPITAL.match(text, end)
        before = _PREVIOUS_CAPITAL.search(text, max(0, start - 40), start)
        return not any(m and self._other_name(m.group(1)) for m in (after, before))

    def _other_name(self, word: str) -> bool:
        """A word that can be part of a person's name and that the allow-list does not accept."""
        return word not in TITLES and fold(word) not in self.words and lex(word).namelike \
            and not lex(word).plain_word


@dataclass(frozen=True)
class AllowEntry:
    """One `Allow:` value of a story: the accepted text, the reason and where it was written."""

    text: str
    reason: str
    start: int
    end: int

    @cached_property
    def pattern(self) -> PhrasePattern | None:
        """Where the allowed text occurs in the story."""
        return phrase_pattern((self.text,))

    def accepts(self, hit: Hit, story: Story, spans: list[tuple[int, int]]) -> bool:
        """True when `hit` lies inside an occurrence of the allowed text, or names only its words."""
        if any(start <= hit.start and hit.end <= end for start, end in spans):
            return True
        hit_text = story.text[hit.start : hit.end]
        if _compact(hit_text) == _compact(self.text):
            return True
        return hit.kind == "person_name" and set(words_of([hit_text])) <= set(words_of([self.text]))


@dataclass(frozen=True)
class Pseudonym:
    """One accepted entry of `Pseudonyms:` and where it was declared."""

    name: str
    start: int


@dataclass
class StoryDeclarations:
    """The per-story declarations: pseudonyms, allowances, and errors in writing them."""

    pseudonyms: list[Pseudonym] = field(default_factory=list)
    allowances: list[AllowEntry] = field(default_factory=list)
    problems: list[Hit] = field(default_factory=list)

    @property
    def pseudonym_words(self) -> frozenset[str]:
        """Folded words the pseudonyms allow on their own."""
        return frozenset(words_of([pseudonym.name for pseudonym in self.pseudonyms]))


def load_allowlist(path: Path | str) -> Allowlist:
    """Read an allow-list file: one name or phrase a line, blank lines ignored."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return Allowlist(tuple(dict.fromkeys(line.strip() for line in lines if line.strip())))


def phrase_variants(phrases: tuple[str, ...]) -> set[str]:
    """The forms of the phrases that `phrase_pattern` looks for."""
    return {
        variant.replace("’", "'")
        for phrase in phrases if phrase.strip()
        for variant in (phrase.strip(), phrase.strip().capitalize(), phrase.strip().upper(),
                        phrase.strip().title())
    }


def _alone(text: str, start: int, end: int) -> bool:
    """Neither a letter nor a digit just before `start` or at `end`."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _run_together(phrase: str) -> tuple[str, ...]:
    """A person's name in lower case joined as addresses join it: "bethan-lloyd", "bethan.lloyd"."""
    if not person_shaped(phrase):
        return ()
    words = [word.lower() for word in _WORD.findall(phrase)]
    return tuple(joint.join(words) for joint in ("-", ".", "_", ""))


@lru_cache(maxsize=256)
def phrase_pattern(phrases: tuple[str, ...]) -> PhrasePattern | None:
    """A whole-word pattern for phrases, tolerant of line breaks, apostrophes and common casing.

    Case variants (as written, Capitalised, UPPER, Title) are listed rather than searching
    case-insensitively: that keeps the search several times faster.
    """
    variants = phrase_variants(phrases)
    return PhrasePattern(re.compile(trie_regex(sorted(variants)))) if variants else None


def trie_regex(words: list[str]) -> str:
    """One regex for many phrases, shared prefixes factored out, so matching stays one fast pass."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, dict]) -> str:
    branches = [_char_regex(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char_regex(char: str) -> str:
    return {" ": r"\s+", "'": "['’]"}.get(char, re.escape(char))


@dataclass(frozen=True)
class PhrasePattern:
    """Finds whole-word occurrences of phrases; boundaries are checked in code."""

    regex: re.Pattern[str]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Occurrences of any phrase between two offsets that are not part of a longer word."""
        return self._whole_words(text, self.regex.finditer(text, start, len(text) if end is None else end))

    def finditer_from(self, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
        """`finditer(text)`, given (sorted) every offset where a phrase may start."""
        return self._whole_words(text, matches_from(self.regex, text, starts))

    def _whole_words(self, text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
        for m in first(matches):
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if not (before.isalnum() or before in "_@#") and not (after.isalnum() or after in "_@"):
                yield m


_ORGANISATION = re.compile(
    r"\b(?:Police|Court|Courts|Trust|Service|Services|Council|Hospital|Hospice|Centre|Center|"
    r"Prison|HMP|NHS|Probation|Ministry|Department|Team|Programme|Project|Club|Church|Mosque|"
    r"Temple|School|Academy|College|University|Charity|Foundation|Association|Society|Group|"
    r"Network|Partnership|Company|Ltd|Limited|News|Express|Radio|Bank|Housing|Royal|Park|"
    r"Street|Road|Station|House|Hall|Library|Museum|Theatre|Kitchen|Cafe|Café)\b"
)


def person_shaped(phrase: str) -> bool:
    """Two to four capitalised words and nothing that names an organisation or a place."""
    words = _WORD.findall(phrase)
    return (2 <= len(words) <= 4 and all(word[:1].isupper() for word in words)
            and not _ORGANISATION.search(phrase) and not _NOT_IN_NAMES.search(phrase))


def words_of(phrases: tuple[str, ...] | list[str]) -> list[str]:
    """Folded words of phrases, with the parts of hyphenated words as words too."""
    words = []
    for phrase in phrases:
        for match in _WORD.finditer(phrase):
            word = fold(_POSSESSIVE.sub("", match.group(0)))
            words += [word, *word.split("-")]
    return words


def _compact(text: str) -> str:
    return _NOT_WORD.sub("", text).casefold()


def read_declarations(story: Story) -> StoryDeclarations:
    """Read Pseudonyms: and Allow: from a story's metadata; a bad declaration is a problem."""
    declarations = StoryDeclarations()
    for value in story.values("pseudonyms"):
        _read_pseudonyms(value.value, value.start, declarations)
    for value in story.values("allow"):
        _read_allow(value.value, value.start, value.end, declarations)
    return declarations


def _read_pseudonyms(value: str, start: int, declarations: StoryDeclarations) -> None:
    entries = _entries(value, start)
    kept = ", ".join(dict.fromkeys(name for entry, _ in entries if (name := _kept_name(entry))))
    for entry, at in entries:
        problem = _pseudonym_problem(entry, kept)
        if problem is None:
            declarations.pseudonyms.append(Pseudonym(entry, at))
        else:
            declarations.problems.append(Hit(at, at + len(entry), "pseudonym", ERROR, *problem))


def _entries(value: str, start: int) -> list[tuple[str, int]]:
    """The entries of a list value ("Sam, Kai and Jo"), each with its offset in the story."""
    bounds = [0, *(i for m in _LIST_SEPARATOR.finditer(value) for i in m.span()), len(value)]
    return [(value[a:b], start + a) for a, b in zip(bounds[::2], bounds[1::2]) if value[a:b].strip()]


def _pseudonym_problem(entry: str, kept: str) -> tuple[str, str] | None:
    """Why an entry cannot be a pseudonym, and what to write instead; None when it can."""
    words = _WORD.findall(entry)
    if len(words) > 1:
        return (f"'{entry}' is a full name: Pseudonyms: takes invented first names only, {_NOT_ACCEPTED}",
                f"keep the first name, drop the surname: `Pseudonyms: {kept}`" if kept
                else "replace it with an invented first name")
    if words and surname_only(words[0]):
        return (f"'{entry}' is a surname: Pseudonyms: takes invented first names only, {_NOT_ACCEPTED}",
                "replace it with an invented first name, and the surname in the story too")
    return None


def _kept_name(entry: str) -> str | None:
    """What a good `Pseudonyms:` line keeps of an entry: the entry, or a full name's first name."""
    words = _WORD.findall(entry)
    if len(words) == 1:
        return None if surname_only(words[0]) else entry
    if words and words[0] not in TITLES and not surname_only(words[0]):
        return words[0]
    return None


def surname_only(word: str) -> bool:
    """A known surname that is not also a given name: "Hargreaves", but not "Jordan" or "Lee"."""
    folded = fold(word)
    if folded in given_names():
        return False
    return any(part in surnames() and part not in given_names() for part in folded.split("-"))


def _read_allow(value: str, start: int, end: int, declarations: StoryDeclarations) -> None:
    parts = _REASON_SEPARATOR.split(value, maxsplit=1)
    text, reason = parts[0].strip(), parts[1].strip() if len(parts) == 2 else ""
    problem = _allow_problem(text, reason, start, end)
    if problem is None:
        declarations.allowances.append(AllowEntry(text, reason, start, end))
    else:
        declarations.problems.append(problem)


def _allow_problem(text: str, reason: str, start: int, end: int) -> Hit | None:
    """Why an Allow: accepts nothing: it names an identifier, or gives no reason to review."""
    if found := identifiers_in(text):
        return refusal(found, start, start + len(text))
    if not text or not reason:
        return Hit(start, end, "allowance", ERROR,
                   "An Allow: without a reason cannot be reviewed, so it accepts nothing",
                   "write 'Allow: <text> — <why it is safe to publish>'")
    if len({fold(word) for word in _WORD.findall(reason)}) < MIN_REASON_WORDS:
        return Hit(start, end, "allowance", ERROR,
                   f"'{reason}' does not say why '{text}' is safe to publish, so the Allow: accepts nothing",
                   "write why in a few words, e.g. '— she is our chief officer and agreed in writing'")
    return None


def identifiers_in(text: str) -> list[Hit]:
    """The details in `text` that no Allow: may accept (see NEVER_ALLOWED)."""
    found = with_records(text, [*find_identifiers(text), *find_online(text), *dates_of_birth(text),
                                *find_places(text)])
    return [hit for hit in found if hit.kind in NEVER_ALLOWED]


def refusal(identifiers: list[Hit], start: int, end: int) -> Hit:
    """The error on an Allow: that would accept an identifier; the identifier stays an error."""
    labels = " and ".join(dict.fromkeys(NEVER_ALLOWED[hit.kind] for hit in identifiers))
    return Hit(start, end, "allowance", ERROR,
               f"An Allow: cannot accept {labels}: it identifies one person whatever the reason",
               "remove it from the story and delete this Allow: line (the trust's own number "
               "or address goes in the allow-list)")
