"""A statistical second opinion on places: a CRF tagger of the words that say where someone lives.

The rules of `places.py`, `whereabouts.py` and `neighbourhoods.py` know a place by a list or a cue
("grew up in", "from the ... estate", a street word). A place in no list after a weaker cue ("we
drove out to Millhaven Quay to see his gran", "| Home visit, Redmire Bank |") slips past them.
This is their second, independent opinion: a linear-chain CRF (python-crfsuite, MIT; the CRFsuite library it wraps is
BSD) that reads each line as a sequence of tokens and gives each the probability that it is part
of such a place (the guard's `address` kind). A run of tokens at THRESHOLD or above, of several
words one of which no list knows, is an error where no rule found anything.

Its features are cheap: the word, its shape, prefixes and suffixes, case, what the guard's word
lists say of it (given name, surname, everyday word, gazetteer, street word, public place) and the
same for the words around it. It was trained on the labelled stories the team may tune on
(`python -m plugins.anonymity.place_model --train`, see `benchmarks/second_opinion.py`, which
measures it beside the rules) and is stored in data/place_model.crfsuite.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import pycrfsuite

from . import lexicon
from .findings import ERROR, Hit

MODEL = lexicon.DATA / "place_model.crfsuite"
# A token joins a place when the CRF's marginal probability that it is one reaches this (the
# benchmark's range worth trying was 0.5 to 0.8).
THRESHOLD = 0.6
WINDOW = 3  # tokens read either side of a capitalised word that no list knows
PLACE_TAGS = ("B-LOC", "I-LOC")
TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
SENTENCE_END = frozenset({".", "!", "?", ":", '"', "“", "”", "*", "#", "-", ">", "|"})
TRAINING = {"c1": 0.5, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
MESSAGE = ("This reads as a place where someone lives or is found (the guard's statistical second "
           "opinion; no rule found it): a place by name leads to their door")
SUGGESTION = "name the town at most, or describe the place (\"an estate on the edge of town\"); if it is no place, reword it"


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of one line, with its 0-based character span."""

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


def line_features(words: list[Token]) -> list[list[str]]:
    """CRFsuite attributes of each token: its own, then those of its neighbours up to two away."""
    features = []
    for i, token in enumerate(words):
        item = list(own_attributes(token.text))
        if i == 0 or words[i - 1].text in SENTENCE_END:
            item.append("start")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            item.extend(near_attributes(words[j].text, offset) if 0 <= j < len(words) else (f"{offset}:edge",))
        features.append(item)
    return features


def train(sequences: Iterable[tuple[list[list[str]], list[str]]], model: str) -> None:
    """Train a CRF on (features, BIO tags) sequences and write it to the file `model`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(TRAINING)
    for features, tags in sequences:
        trainer.append(features, tags)
    trainer.train(model)


@cache
def tagger() -> pycrfsuite.Tagger:
    """The shipped model, opened once per process (it is read from disk, no network)."""
    opened = pycrfsuite.Tagger()
    opened.open(str(MODEL))
    return opened


def place_probabilities(words: list[Token]) -> list[float]:
    """Per token, the CRF's marginal probability that it is part of a place."""
    model = tagger()
    model.set(line_features(words))
    found = []
    for i in range(len(words)):
        # Most tokens are surely nothing: one look-up of "O" passes them by.
        found.append(0.0 if model.marginal("O", i) > 1 - THRESHOLD else
                     sum(model.marginal(tag, i) for tag in PLACE_TAGS))
    return found


@cache
def unknown(word: str) -> bool:
    """A capitalised word that no list knows: not an everyday word, a proper noun of the dictionary,
    a listed place or body, or a place of the gazetteer. The rules own every place the lists know
    (a town, "Room 4", "Kings Cross station", "Pilgrim Hospital"); the model speaks for the others."""
    key = lexicon.fold(word)
    return word[:1].isupper() and not (key in lexicon.common_words() or key in lexicon.proper_nouns()
                                       or key in lexicon.places() or key in lexicon.gazetteer())


def candidates(words: list[Token]) -> list[int]:
    """The tokens a place found must hold: capitalised words that no list knows."""
    return [i for i, token in enumerate(words) if unknown(token.text)]


def windows(words: list[Token]) -> Iterator[list[Token]]:
    """The runs of tokens within WINDOW of a candidate: all the model reads of a line. A token's
    features reach two tokens either side, so a candidate's are as they are in the whole line; the
    rest of the line (most of it: small words, known names and towns) costs nothing."""
    spans: list[list[int]] = []
    for i in candidates(words):
        if spans and i - WINDOW <= spans[-1][1]:
            spans[-1][1] = i + WINDOW + 1
        else:
            spans.append([max(0, i - WINDOW), i + WINDOW + 1])
    for start, end in spans:
        yield words[start:end]


def line_places(words: list[Token], probabilities: list[float]) -> Iterator[tuple[int, int]]:
    """(start, end) in the line of each run of tokens whose probability reaches THRESHOLD."""
    run: list[Token] = []
    for token, probability in zip(words, probabilities):
        if probability >= THRESHOLD:
            run.append(token)
        elif run:
            yield run[0].start, run[-1].end
            run = []
    if run:
        yield run[0].start, run[-1].end


def place_spans(text: str, allowed_words: frozenset[str] = frozenset()) -> list[Hit]:
    """`address` errors where the CRF reads a place of several words, one of which no list knows
    ("Redmire Bank"), read around that word. One word alone after "in" or "at"
    is as often a suburb a body moved to, a city abroad or a shop ("in Hexthorpe", "from
    Brazzaville", "Woolworths"): the rules judge it by its cue. A span of only words in
    `allowed_words` (folded pseudonyms and allow-listed words) is accepted."""
    hits = []
    offset = 0
    for line in text.split("\n"):
        if line.lower() != line:  # no capital, no place name: many of a story's lines pass here
            for words in windows(tokens(line)):
                for start, end in line_places(words, place_probabilities(words)):
                    found = tokens(line[start:end])
                    if len(found) > 1 and any(unknown(t.text) for t in found) and not all(
                            lexicon.fold(t.text) in allowed_words for t in found):
                        hits.append(Hit(offset + start, offset + end, "address", ERROR, MESSAGE, SUGGESTION))
        offset += len(line) + 1
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true",
                        help=f"train on the labelled sets the team may tune on and write {MODEL.name}")
    args = parser.parse_args()
    if not args.train:
        parser.error("nothing to do: give --train")
    # The labelled sets and how they are split belong to the benchmarks, not to the shipped guard.
    from benchmarks.second_opinion import training_sequences

    train(training_sequences(), str(MODEL))
    print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
