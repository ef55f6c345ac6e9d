"""A statistical model of names: how much a word no list knows looks like a name, by its letters.

The rules of `names.py` know a name by the lists (given names, surnames) or by a strong cue
("says", "her son", ", 34,"). A name in no list ("Wojtek", "Deano", "Inaaya") in a weaker place
("sat with Wojtek", "round to Tayla's") slips past both. This is their second, independent opinion:
a naive Bayes model over character n-grams (3 to 5 letters, with the word's start and end marked)
trained on the name lists against the everyday words and the places and proper nouns that are not
people. `score` is the mean log-likelihood ratio of a word's n-grams: above 0 looks like a name,
below 0 like a word or a place. The rules ask it only where they are unsure (see `names.py`).

The table is built from the lists in data/ and stored in data/name_model_ngrams.tsv:
`python -m plugins.anonymity.name_model --train` rebuilds it and prints its held-out accuracy.
"""

from __future__ import annotations

import argparse
import math
import random
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from .lexicon import DATA, common_words, fold, gazetteer, given_names, places, proper_nouns, surnames

TABLE = DATA / "name_model_ngrams.tsv"
SHORTEST, LONGEST = 3, 5  # n-gram lengths
MIN_COUNT = 5  # n-grams seen fewer times in both lists together are left out
MIN_WEIGHT = 0.3  # and so are those that hardly lean either way (a smaller file, the same scores)


def grams(key: str) -> list[str]:
    """The 3- to 5-letter pieces of each part of a folded word, its start and end marked by ^ and $."""
    found = []
    for part in key.replace("'", "").replace("’", "").split("-"):
        if part:
            marked = f"^{part}$"
            found += [marked[i : i + n] for n in range(SHORTEST, LONGEST + 1) for i in range(len(marked) - n + 1)]
    return found


@cache
def _weights() -> dict[str, float]:
    weights = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gram, _, weight = line.partition("\t")
            weights[gram] = float(weight)
    return weights


@lru_cache(maxsize=65536)
def score(word: str) -> float:
    """How much `word` looks like a name by its letters: the mean log-likelihood ratio (name
    against word) of its n-grams, about -2 to +2; 0 when it has none (a word of one letter)."""
    pieces = grams(fold(word))
    if not pieces:
        return 0.0
    weights = _weights()
    return sum(weights.get(piece, 0.0) for piece in pieces) / len(pieces)


def training_words() -> tuple[list[str], list[str]]:
    """Names (given names and surnames that are no everyday word) and others (everyday words,
    proper nouns, places and UK towns that are no name), folded, letters and hyphens only."""
    names = (set(given_names()) | surnames()) - common_words()
    others = (common_words() | proper_nouns() | set(places()) | set(gazetteer())) - set(given_names()) - surnames()
    return _letters_only(names), _letters_only(others)


def _letters_only(words: Iterable[str]) -> list[str]:
    return sorted(w for w in words if w.replace("-", "").isalpha())


def train(names: list[str], others: list[str]) -> dict[str, float]:
    """Log-likelihood ratios of the n-grams (Laplace smoothing), kept where they are common
    enough and lean enough to matter."""
    in_names, in_others = Counter(), Counter()
    for word in names:
        in_names.update(grams(word))
    for word in others:
        in_others.update(grams(word))
    vocabulary = set(in_names) | set(in_others)
    total_names = sum(in_names.values()) + len(vocabulary)
    total_others = sum(in_others.values()) + len(vocabulary)
    weights = {}
    for gram in vocabulary:
        if in_names[gram] + in_others[gram] >= MIN_COUNT:
            weight = math.log((in_names[gram] + 1) / total_names) - math.log((in_others[gram] + 1) / total_others)
            if abs(weight) >= MIN_WEIGHT:
                weights[gram] = round(weight, 2)
    return weights


def held_out_accuracy(names: list[str], others: list[str], seed: int = 12) -> str:
    """Train on 90% of each list, and say how the other 10% score: the area under the ROC curve
    and the share of names above the score that 5% and 2% of the others reach."""
    rng = random.Random(seed)
    names, others = rng.sample(names, len(names)), rng.sample(others, len(others))
    cut_names, cut_others = len(names) // 10, len(others) // 10
    weights = train(names[cut_names:], others[cut_others:])

    def mean(word: str) -> float:
        pieces = grams(word)
        return sum(weights.get(p, 0.0) for p in pieces) / len(pieces) if pieces else 0.0

    positive = [mean(w) for w in names[:cut_names]]
    negative = sorted((mean(w) for w in others[:cut_others]), reverse=True)
    ranked = sorted([(v, 1) for v in positive] + [(v, 0) for v in negative])
    rank_sum = sum(i + 1 for i, (_, is_name) in enumerate(ranked) if is_name)
    auc = (rank_sum - len(positive) * (len(positive) + 1) / 2) / (len(positive) * len(negative))
    parts = [f"held-out AUC {auc:.3f}"]
    for rate in (0.05, 0.02):
        threshold = negative[int(len(negative) * rate)]
        caught = sum(v > threshold for v in positive) / len(positive)
        parts.append(f"above the score {threshold:.2f} of {rate:.0%} of others: {caught:.1%} of names")
    return "; ".join(parts)


def write_table(weights: dict[str, float], names: int, others: int) -> None:
    header = (f"# Character n-gram model of names (plugins/anonymity/name_model.py), built by\n"
              f"# `python -m plugins.anonymity.name_model --train` from {names} names and {others} other words\n"
              f"# of the lists in this folder (see README.md). n-gram<TAB>log-likelihood ratio, name against word.\n"
              f"# n = {SHORTEST}..{LONGEST}, seen at least {MIN_COUNT} times, |ratio| >= {MIN_WEIGHT}.\n")
    rows = "".join(f"{gram}\t{weight}\n" for gram, weight in sorted(weights.items()))
    TABLE.write_text(header + rows, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help=f"rebuild {TABLE.name} from the lists in data/")
    parser.add_argument("words", nargs="*", help="words to score")
    args = parser.parse_args()
    if args.train:
        names, others = training_words()
        print(held_out_accuracy(names, others))
        weights = train(names, others)
        write_table(weights, len(names), len(others))
        print(f"wrote {len(weights)} n-grams to {TABLE}")
    for word in args.words:
        print(f"{word}\t{score(word):+.2f}")


if __name__ == "__main__":
    main()
