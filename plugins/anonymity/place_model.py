"""A statistical second opinion on places: a CRF tagger of the words that say where someone lives.

The rules of `places.py`, `whereabouts.py` and `neighbourhoods.py` know a place by a list or a cue
("grew up in", "from the ... estate", a street word). A place in no list after a weaker cue ("we
drove out to Millhaven Quay to see his gran", "| Home visit, Redmire Bank |") slips past them.
This is their second, independent opinion: a linear-chain CRF (python-crfsuite, MIT; the CRFsuite
library it wraps is BSD) that reads each line as a sequence of tokens and gives each the
probability that it is part of such a place (the guard's `address` kind). Which runs of tokens
become errors is set by `Conditions`, chosen by cross-validation (`benchmarks.place_model_cv`).

Its features are cheap: the word, its shape, prefixes and suffixes, case, what the guard's word
lists say of it (given name, surname, everyday word, gazetteer, street word, public place), the
same for the words around it, a cue word just before it, and what kind of line it is on (a table
row, a list item, a heading, a quoted message). It is trained on the labelled stories the team
may tune on (`python -m plugins.anonymity.place_model --train`; the list is
`benchmarks.place_training.TRAINING_UNITS`) and stored in data/place_model.crfsuite.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pycrfsuite

from . import lexicon
from .findings import ERROR, Hit

MODEL = lexicon.DATA / "place_model.crfsuite"
PLACE_TAGS = ("B-LOC", "I-LOC")
FLOOR = 0.4  # the lowest threshold worth trying: a token surely outside a place costs one look-up
TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
SENTENCE_END = frozenset({".", "!", "?", ":", '"', "“", "”", "*", "#", "-", ">", "|"})
# Weak cues: the small words before a place where someone is, goes or lives ("up at", "round").
CUES = frozenset({"in", "on", "at", "off", "near", "up", "round", "around", "to", "from", "by",
                  "outside", "behind", "past", "lives", "live", "living", "moved", "moving", "stays",
                  "staying", "stopped", "stopping", "visit", "visited", "visiting", "towards"})
CUE_REACH = 3  # tokens to the left in which a cue counts
# L1 0.1 and L2 0.1 (the prototype had 0.5 and 0.01): the best cross-validated address labels per decoy.
TRAINING = {"c1": 0.1, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
MESSAGE = ("This reads as a place where someone lives or can be found (the guard's statistical "
           "second opinion; no rule found it): a place by name leads to their door")
SUGGESTION = ("if it is a public place (a park, a station, a venue), add it to the allow-list; "
              "otherwise name the town at most, or describe it (\"an estate on the edge of town\")")


class Token(NamedTuple):
    """A word or punctuation mark of one line, with its 0-based character span (a tuple: a
    story has tens of thousands of them)."""

    text: str
    start: int
    end: int


def tokens(line: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(line)]


def shape(word: str) -> str:
    """Xxxx, xxxx, XX, dd: each run of one character class written once or twice."""
    classes = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1+", r"\1\1", classes)


@cache
def street_words() -> dict[str, str]:
    """Each one-word street or place word of data/street_types.txt mapped to its section."""
    found: dict[str, str] = {}
    for section, entries in lexicon.street_types().items():
        for entry in entries:
            if " " not in entry:
                found.setdefault(lexicon.fold(entry), section)
    return found


@cache
def word_features(word: str) -> dict[str, object]:
    """What the guard's word lists say about one word, and its form (cached: words recur)."""
    key = lexicon.fold(word)
    given = lexicon.given_names().get(key, 0)
    population = lexicon.gazetteer().get(key, 0)
    return {
        "lower": word.lower(),
        "shape": shape(word),
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "given": "high" if given >= 7 else "low" if given else "no",
        "surname": key in lexicon.surnames(),
        "common": key in lexicon.common_words(),
        "place": "village" if 0 < population < lexicon.VILLAGE else "town" if population else "no",
        "listed": lexicon.places().get(key, "no"),
        "street": street_words().get(key, "no"),
    }


@cache
def own_attributes(word: str) -> tuple[str, ...]:
    """CRFsuite attributes ("name=value") of a token from its own word (cached: words recur)."""
    named = {**word_features(word), "p2": word[:2], "p3": word[:3], "s2": word[-2:], "s3": word[-3:]}
    return ("bias", *(f"{k}={v}" for k, v in named.items() if v is not False))


NEAR = {1: ("lower", "title", "given", "surname", "common", "place", "street", "shape"),
        2: ("lower", "title")}


@cache
def near_attributes(word: str, offset: int) -> tuple[str, ...]:
    """Attributes that a word lends to the token `offset` places away (the word is at +offset)."""
    features = word_features(word)
    return tuple(f"{offset}:{k}={features[k]}" for k in NEAR[abs(offset)] if features[k] is not False)


def line_kind(words: list[Token]) -> str:
    """A table row, a list item, a heading, a quoted or pasted message, or prose."""
    first = words[0].text if words else ""
    return {"|": "row", "-": "item", "*": "item", "+": "item", "#": "heading", ">": "quote",
            '"': "quote", "“": "quote", "[": "quote"}.get(first, "item" if first.isdigit() and
                                                          len(words) > 1 and words[1].text == "." else "prose")


# The features added to the prototype's, each kept because it raised cross-validated recall
# per added decoy (benchmarks.place_model_cv): a cue word just before, the kind of line.
EXTRAS = frozenset({"cue", "line"})


def line_features(words: list[Token], extras: frozenset[str] = EXTRAS) -> list[list[str]]:
    """CRFsuite attributes of each token of a whole line: its own, those of its neighbours up to
    two away, and the `extras` ("cue", "line", "street", "digits")."""
    kind = f"line={line_kind(words)}" if "line" in extras else ""
    return [token_features(words, i, extras, kind) for i in range(len(words))]


def token_features(words: list[Token], i: int, extras: frozenset[str], kind: str) -> list[str]:
    """CRFsuite attributes of the token words[i] (`kind`: its line's, or "" when not wanted)."""
    item = list(own_attributes(words[i].text))
    if starts_sentence(words, i):
        item.append("start")
    for offset in (-2, -1, 1, 2):
        j = i + offset
        item.extend(near_attributes(words[j].text, offset) if 0 <= j < len(words) else (f"{offset}:edge",))
    if kind:
        item.append(kind)
    item.extend(_extra_attributes(words, i, extras))
    return item


def starts_sentence(words: list[Token], i: int) -> bool:
    return i == 0 or words[i - 1].text in SENTENCE_END


def _extra_attributes(words: list[Token], i: int, extras: frozenset[str]) -> Iterator[str]:
    before = [t.text.lower() for t in words[max(0, i - CUE_REACH) : i]]
    if "cue" in extras and (cues := [w for w in before if w in CUES]):
        yield "cue"
        yield f"cue={cues[-1]}"
    if "street" in extras:
        ahead = (street_words().get(lexicon.fold(t.text)) for t in words[i : i + CUE_REACH + 1])
        if section := next((s for s in ahead if s), None):
            yield f"street_ahead={section}"
    if "digits" in extras and i and words[i - 1].text.isdigit():
        yield "digits_before"


def train(sequences: Iterable[tuple[list[list[str]], list[str]]], model: str,
          options: dict[str, object] | None = None) -> None:
    """Train a CRF on (features, BIO tags) sequences and write it to the file `model`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({**TRAINING, **(options or {})})
    for features, tags in sequences:
        trainer.append(features, tags)
    trainer.train(model)


@cache
def unknown(word: str) -> bool:
    """A capitalised word that no list knows: not an everyday word, a proper noun of the dictionary,
    a listed place or body, or a place of the gazetteer. The rules own every place the lists know
    (a town, "Room 4", "Kings Cross station", "Pilgrim Hospital"); the model speaks for the others."""
    key = lexicon.fold(word)
    return word[:1].isupper() and not (key in lexicon.common_words() or key in lexicon.proper_nouns()
                                       or key in lexicon.places() or key in lexicon.gazetteer())


@cache
def listed_place(word: str) -> bool:
    """A word that is a town of the gazetteer or a listed place: the rules judge such places."""
    key = lexicon.fold(word)
    return key in lexicon.gazetteer() or key in lexicon.places()


@cache
def public_ends() -> frozenset[str]:
    """The last words that make a place public (data/premises_words.txt, [public end]: "park",
    "hospital", "museum"): the rules judge such places by their cue."""
    return frozenset(lexicon.sections("premises_words.txt")["public end"])


def candidate(words: list[Token], i: int, allowed_words: frozenset[str], proper: bool) -> bool:
    """A capitalised word a place may hold: not "I", an everyday word starting a sentence (any
    everyday word if `proper`: a place must then hold another word) or a word the story accepts."""
    return words[i].text[:1].isupper() and capitalised_candidate(
        words[i].text, proper or starts_sentence(words, i), allowed_words)


def capitalised_candidate(word: str, everyday_excluded: bool, allowed_words: frozenset[str]) -> bool:
    if word == "I" or word.startswith(("I'", "I’")):
        return False
    key = lexicon.fold(word)
    return key not in allowed_words and not (everyday_excluded and (
        key in lexicon.common_words() or common_given_name(key)))


@cache
def common_given_name(key: str) -> bool:
    """A common given name that is no place ("Dean", "Shona"): the rules judge people, and a
    place named for one holds another word ("St Peter's": "St")."""
    return lexicon.given_names().get(key, 0) >= 7 and key not in lexicon.gazetteer() and key not in lexicon.places()


CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ]\w*(?:['’-]\w+)*")


def any_candidate(line: str, allowed_words: frozenset[str], proper: bool) -> bool:
    """Whether a line holds a candidate word, told without splitting it into tokens (most of a
    story's lines hold none: only sentences' first words and the story's own pseudonyms)."""
    for match in CAPITALISED.finditer(line):
        start = match.start()
        while start and line[start - 1].isspace():
            start -= 1
        if capitalised_candidate(match.group(), proper or not start or line[start - 1] in SENTENCE_END,
                                 allowed_words):
            return True
    return False


RULES_STREETS = frozenset({"named street", "dwelling"})  # sections of data/street_types.txt


@dataclass(frozen=True)
class Conditions:
    """Which runs of tokens the CRF reads as a place become errors.

    threshold: the marginal probability each token must reach. window: tokens read either side of
    a candidate word (None: the whole line). several_words: a place of one word ("in Hexthorpe")
    is left to the rules, unless single_after_cue and a cue word comes just before it.
    unknown_word: the span must hold a capitalised word no list knows, and only lines with such a
    word are read. listed_dropped: a span whose capitalised words are all listed places or bodies,
    or everyday words beside one ("Greggs Bakery"), is left to the rules, and so is one whose last word makes it public ("Shibden Park") when public_end_dropped,
    or that holds such a word anywhere ("Pilgrim Hospital in Boston") when public_word_dropped,
    and one with no capitalised word ("room 4") when capital_needed, or none but everyday words
    ("Room 12") when proper_needed, and one holding a street or dwelling word ("Stockport Road",
    "Oakwood Farm": the rules judge addresses) when street_dropped.
    touching_hits / touching_allowed: a span touching a rule's hit / an allowed span
    (the allow-list, a pseudonym, a public name) is dropped; one inside an allowed span always is.
    warnings_upgraded: a rule's address warning (a named street no cue says anyone lives on) does
    not count as a hit: where the model reads a place over it, the model's error stands instead.
    """

    threshold: float = 0.6
    window: int | None = 3
    several_words: bool = True
    single_after_cue: bool = False
    unknown_word: bool = True
    listed_dropped: bool = False
    public_end_dropped: bool = False
    public_word_dropped: bool = False
    capital_needed: bool = False
    proper_needed: bool = False
    street_dropped: bool = False
    touching_hits: bool = True
    touching_allowed: bool = True
    warnings_upgraded: bool = False


def accepted(words: list[Token], allowed_words: frozenset[str]) -> bool:
    """Whether the story accepts every capitalised word of a span (every word, if none is)."""
    names = [t for t in words if t.text[:1].isupper()] or words
    return all(lexicon.fold(t.text) in allowed_words for t in names)


class PlaceModel:
    """A trained CRF file read under some conditions, with its features' extras; it remembers the
    probabilities of the lines it has read (the built site's check reads a story's text again)."""

    def __init__(self, path: Path, conditions: Conditions = Conditions(), extras: frozenset[str] = EXTRAS) -> None:
        self.path = path
        self.conditions = conditions
        self.extras = extras
        self._tagger: pycrfsuite.Tagger | None = None
        self._read: dict[tuple[str, int, int], list[float]] = {}

    def __repr__(self) -> str:  # stable: the built site's verdicts are kept under a digest of it
        return f"PlaceModel({self.path.name!r}, {self.conditions!r}, {sorted(self.extras)!r})"

    def __getstate__(self) -> dict[str, object]:
        """What another process needs (the built site's check sends the guard's settings to a
        second one): the file, conditions and extras; it opens the file itself."""
        return {"path": self.path, "conditions": self.conditions, "extras": self.extras}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["path"], state["conditions"], state["extras"])  # type: ignore[misc, arg-type]

    def under(self, conditions: Conditions) -> PlaceModel:
        """The same model under other conditions, sharing what it has read."""
        other = PlaceModel(self.path, conditions, self.extras)
        other._tagger, other._read = self._tagger, self._read
        return other

    def tagger(self) -> pycrfsuite.Tagger:
        """The model, opened on first use (read from disk, no network)."""
        if self._tagger is None:
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(self.path))
        return self._tagger

    def probabilities(self, line: str, words: list[Token], start: int, end: int) -> list[float]:
        """Per token of words[start:end], the marginal probability that it is part of a place
        (each token's features are those it has in the whole line)."""
        key = (line, start, end)
        if key not in self._read:
            if len(self._read) > 100_000:
                self._read.clear()
            kind = f"line={line_kind(words)}" if "line" in self.extras else ""
            model = self.tagger()
            model.set([token_features(words, i, self.extras, kind) for i in range(start, end)])
            self._read[key] = [0.0 if model.marginal("O", i) > 1 - FLOOR else
                               sum(model.marginal(tag, i) for tag in PLACE_TAGS)
                               for i in range(end - start)]
        return self._read[key]

    def windows(self, words: list[Token], allowed_words: frozenset[str]) -> list[tuple[int, int]]:
        """(start, end) of the runs of tokens read: within `window` of a candidate word, merged;
        nothing if none. A candidate is a capitalised word no list knows (`unknown_word`), or
        any capitalised word but "I" ("I'm"), an everyday word starting a sentence ("The",
        "When"; any everyday word when `proper_needed`) and a word the story accepts (a pseudonym,
        a member of staff): a place holds a candidate of its own, and the rest of the line costs
        nothing."""
        if self.conditions.unknown_word:
            found = [i for i, t in enumerate(words) if unknown(t.text)]
        else:
            proper = self.conditions.proper_needed
            found = [i for i, t in enumerate(words) if candidate(words, i, allowed_words, proper)]
        reach = self.conditions.window
        if not found:
            return []
        if reach is None:
            return [(0, len(words))]
        spans: list[list[int]] = []
        for i in found:
            if spans and i - reach <= spans[-1][1]:
                spans[-1][1] = min(len(words), i + reach + 1)
            else:
                spans.append([max(0, i - reach), min(len(words), i + reach + 1)])
        return [(a, b) for a, b in spans]

    def line_places(self, line: str, allowed_words: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
        """(start, end) in the line of each run of tokens read as a place that meets the conditions."""
        if not (self.conditions.unknown_word or any_candidate(line, allowed_words, self.conditions.proper_needed)):
            return
        words = tokens(line)
        spans = self.windows(words, allowed_words)
        if not spans:
            return
        threshold = self.conditions.threshold
        for a, b in spans:
            run: list[int] = []
            for i, p in zip(range(a, b), self.probabilities(line, words, a, b)):
                if p >= threshold:
                    run.append(i)
                elif run:
                    if self.counts(words, run[0], run[-1] + 1):
                        yield words[run[0]].start, words[run[-1]].end
                    run = []
            if run and self.counts(words, run[0], run[-1] + 1):
                yield words[run[0]].start, words[run[-1]].end

    def counts(self, words: list[Token], start: int, end: int) -> bool:
        """Whether a run of tokens read as a place meets the conditions."""
        conditions, run = self.conditions, words[start:end]
        if conditions.several_words and len(run) < 2 and not (
                conditions.single_after_cue and start and words[start - 1].text.lower() in CUES):
            return False
        if conditions.unknown_word and not any(unknown(t.text) for t in run):
            return False
        if conditions.public_end_dropped and run[-1].text.lower() in public_ends():
            return False
        if conditions.public_word_dropped and any(t.text.lower() in public_ends() for t in run):
            return False
        capitalised = [t.text for t in run if t.text[:1].isupper()]
        if conditions.listed_dropped and any(listed_place(w) for w in capitalised) and all(
                listed_place(w) or lexicon.fold(w) in lexicon.common_words() for w in capitalised):
            return False
        if conditions.capital_needed and not capitalised:
            return False
        if conditions.proper_needed and all(lexicon.fold(w) in lexicon.common_words() for w in capitalised):
            return False
        if conditions.street_dropped and any(street_words().get(lexicon.fold(t.text)) in RULES_STREETS for t in run):
            return False
        return not (conditions.listed_dropped and capitalised and all(listed_place(w) for w in capitalised))

    def spans(self, text: str, allowed_words: frozenset[str] = frozenset()) -> list[Hit]:
        """`address` errors where the CRF reads a place that meets the conditions; a span whose
        capitalised words are all in `allowed_words` (folded pseudonyms and allow-listed words) is
        accepted ("the Grand Marlow" when the allow-list holds "Grand Marlow Hotel")."""
        hits = []
        offset = 0
        for line in text.split("\n"):
            if line.lower() != line:  # no capital, no place name: many of a story's lines pass here
                for start, end in self.line_places(line, allowed_words):
                    if not accepted(tokens(line[start:end]), allowed_words):
                        hits.append(Hit(offset + start, offset + end, "address", ERROR, MESSAGE, SUGGESTION))
            offset += len(line) + 1
        return hits


# The conditions chosen by cross-validation (benchmarks.place_model_cv; --grid clean, thresholds,
# public): a place of several words at 0.8, read within 3 tokens of a capitalised word that is no
# everyday word, common given name or word the story accepts, holding a capitalised word that is
# no everyday word; not one whose capitalised words are all listed places, or that holds a word
# that makes it public ("Park", "Hospital") or a street or dwelling word ("Road", "Farm"). One
# word after a cue, or a place of everyday words, would add a label or two more (as many decoys)
# but flag the tests' "from Brazzaville" and "Room 12, the training room".
CHOSEN = Conditions(threshold=0.8, window=3, several_words=True, unknown_word=False, listed_dropped=True,
                    public_word_dropped=True, capital_needed=True, proper_needed=True, street_dropped=True)
SHIPPED = PlaceModel(MODEL, CHOSEN)  # the file is opened on first use, once per process


def place_spans(text: str, allowed_words: frozenset[str] = frozenset()) -> list[Hit]:
    """The shipped model's places in a text (see `PlaceModel.spans`)."""
    return SHIPPED.spans(text, allowed_words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true",
                        help=f"train on the labelled sets the team may tune on and write {MODEL.name}")
    args = parser.parse_args()
    if not args.train:
        parser.error("nothing to do: give --train")
    # The labelled sets and how they are split belong to the benchmarks, not to the shipped guard.
    from benchmarks.place_training import training_sequences

    train(training_sequences(), str(MODEL))
    print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
