"""What the guard's place model learns from: the labelled stories the team may tune on, as tagged lines.

TRAINING_UNITS is the one list of them, used by `python -m plugins.anonymity.place_model --train`
(the shipped model), by `benchmarks.place_model_cv` (each unit scored by a model trained on the
others) and by `benchmarks.second_opinion`. A folder split into halves gives its tuning half only
(`benchmarks.recall.story_files`); its held-out half and tests/ninth_cases are never read here.

Each line of a story is a sequence of tokens tagged B-/I-PER (a person), B-/I-LOC (a place where
someone lives or goes, the guard's `address` kind) or O; a labelled text is also tagged where it
recurs in the same story, and decoys are taught as neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from benchmarks.evaluation import DECOY, Label, load_labels
from benchmarks.recall import ROOT, story_files
from plugins.anonymity.place_model import EXTRAS, Token, line_features, tokens

# (folder under tests/, the half that may be trained on; None for all of it)
TRAINING_UNITS: tuple[tuple[str, str | None], ...] = (
    ("third_cases", None), ("fresh_cases", None), ("recall_cases", None), ("anonymity_cases", None),
    ("corpus", None), ("fourth_cases", "tuning"), ("fifth_cases", "tuning"), ("sixth_cases", "tuning"),
    ("seventh_cases", "tuning"), ("eighth_cases", "tuning"),
    ("training_a_cases", None), ("training_b_cases", None), ("training_c_cases", None), ("training_d_cases", None),
)
HALVED = tuple(name for name, half in TRAINING_UNITS if half)
TAGS = {"person_name": "PER", "address": "LOC"}
Sequence = tuple[list[list[str]], list[str]]


def spans_of(labels: list[Label]) -> dict[tuple[str, int], list[tuple[int, int, str]]]:
    """(file, line) -> 0-based (start, end, tag) of every person or place label."""
    spans: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for label in labels:
        if label.kind in TAGS:
            spans.setdefault((label.file, label.line), []).append(
                (label.column - 1, label.end_column - 1, TAGS[label.kind]))
    return spans


def recurring(file: str, lines: list[str], labels: list[Label]) -> dict[tuple[str, int], list]:
    """Every mention, in the same story, of a labelled person or place (whole words only)."""
    decoys = {label.text for label in labels if label.kind == DECOY}
    texts = {label.text: TAGS[label.kind] for label in labels
             if label.kind in TAGS and label.text not in decoys}
    found: dict[tuple[str, int], list] = {}
    for number, line in enumerate(lines, 1):
        for text, tag in texts.items():
            for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", line):
                found.setdefault((file, number), []).append((match.start(), match.end(), tag))
    return found


def bio(words: list[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    """B-/I- tags of the tokens inside a span, O for the others."""
    tags, previous = [], None
    for token in words:
        inside = next((s for s in spans if token.start < s[1] and s[0] < token.end), None)
        tags.append("O" if inside is None else ("I-" if inside == previous else "B-") + inside[2])
        previous = inside
    return tags


def folder_sequences(folder: Path, half: str | None, extras: frozenset[str] = EXTRAS) -> Iterator[Sequence]:
    """(features, tags) of every non-empty line of the folder's chosen stories."""
    files = story_files(folder, half)
    labels = [label for label in load_labels(folder / "labels.json", folder) if label.file in files]
    labelled = spans_of(labels)
    for file in files:
        lines = (folder / file).read_text(encoding="utf-8").split("\n")
        again = recurring(file, lines, [label for label in labels if label.file == file])
        for number, line in enumerate(lines, 1):
            words = tokens(line)
            if words:
                spans = labelled.get((file, number), []) + again.get((file, number), [])
                yield line_features(words, extras), bio(words, spans)


def training_sequences(excluded: str | None = None, extras: frozenset[str] = EXTRAS) -> Iterator[Sequence]:
    """(features, tags) of every line of every training unit but those of the folder named
    `excluded`: what the CRF learns from."""
    for name, half in TRAINING_UNITS:
        if name != excluded:
            yield from folder_sequences(ROOT / "tests" / name, half, extras)
