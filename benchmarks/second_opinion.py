"""A statistical second opinion beside the guard's rules: a CRF tagger of people and places.

The measure of the guard's place model (issue 12) out of its training data. A linear-chain CRF (python-crfsuite, MIT
licence; the CRFsuite library it wraps is BSD) tags each token of a story line as a person, a
place where someone lives or goes (the guard's `address` kind) or neither. It is trained on the
labelled story sets the team may tune on (`benchmarks.place_training.TRAINING_UNITS`), never on
the folder being scored. Decoys are taught as neither. A labelled text is also taught as that kind where it recurs in the same story.

Features are cheap: the word, its shape, prefixes and suffixes, case, whether the guard's word
lists know it (given names, surnames, everyday words, the gazetteer, street words, public places)
and the same for the words around it. A token joins a span when the CRF's marginal probability
that it is a person (or a place) reaches the threshold; each span is added to the story's report
as an extra error of kind person_name or address, and the report is scored with
`benchmarks.evaluation.score`, the measure of `benchmarks.recall`.

Each table's summary line counts "person/address errors on no label": flags of those kinds that
overlap no planted label (false alarms besides the decoys). Spans made only of words that the
story's pseudonyms or the allow-list accept are dropped, as the guard would accept them.

Run: .venv/bin/python -m benchmarks.second_opinion tests/SET [--half tuning|held-out]
     [--threshold P ...] [--kinds address person_name]
(several thresholds share one training; default 0.5; `--kinds address` adds place spans only)
The features and the training are those of the guard's own second opinion, `plugins/anonymity/place_model.py`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pycrfsuite

from benchmarks.evaluation import Score, score
from benchmarks.place_training import HALVED, TAGS, training_sequences
from benchmarks.recall import ROOT, checked, overall
from plugins.anonymity import lexicon
from plugins.anonymity.findings import ERROR, USE_PSEUDONYM, Finding, FolderReport, StoryReport
from plugins.anonymity.place_model import Token, line_features, tokens, train

KINDS = {tag: kind for kind, tag in TAGS.items()}


def probabilities(tagger: pycrfsuite.Tagger, words: list[Token], floor: float):
    """Per token, the CRF's marginal probability of a person and of a place; (0, 0) when the two
    together stay below `floor`, the lowest threshold wanted (most tokens: saves two look-ups)."""
    tagger.set(line_features(words))
    person_tags = [tag for tag in ("B-PER", "I-PER") if tag in tagger.labels()]
    found = []
    for i in range(len(words)):
        entity = 1.0 - tagger.marginal("O", i)
        person = sum(tagger.marginal(tag, i) for tag in person_tags) if entity >= floor else 0.0
        found.append((person, entity - person) if entity >= floor else (0.0, 0.0))
    return found


def line_spans(words: list[Token], found: list[tuple[float, float]], threshold: float):
    """Runs of tokens whose probability of one kind reaches the threshold, as (start, end, tag)."""
    spans: list[list] = []
    for i, (token, (person, place)) in enumerate(zip(words, found)):
        best, tag = max((person, "PER"), (place, "LOC"))
        if best < threshold:
            continue
        if spans and spans[-1][2] == tag and spans[-1][3] == i - 1:
            spans[-1][1], spans[-1][3] = token.end, i
        else:
            spans.append([token.start, token.end, tag, i])
    return [(start, end, tag) for start, end, tag, _ in spans]


def accepted_words(folder: Path, report: FolderReport) -> dict[str, set[str]]:
    """Per story, the words that its declared pseudonyms and the folder's allow-list accept: the
    guard would accept a CRF span of only these words as it accepts a rule's finding."""
    allowlist = folder / "allowlist.txt"
    entries = allowlist.read_text(encoding="utf-8").splitlines() if allowlist.is_file() else []
    shared = {lexicon.fold(t.text) for entry in entries if not entry.startswith("#")
              for t in tokens(entry)}
    return {story.path: shared | {lexicon.fold(t.text) for use in story.pseudonyms
                                  for t in tokens(use.name)} for story in report.stories}


def crf_findings(tagger, folder: Path, file: str, thresholds: list[float],
                 accepted: set[str]) -> dict[float, list[Finding]]:
    """The CRF's extra errors in one story, per threshold, but for spans the story accepts."""
    found: dict[float, list[Finding]] = {t: [] for t in thresholds}
    for number, line in enumerate((folder / file).read_text(encoding="utf-8").split("\n"), 1):
        words = tokens(line)
        if not words:
            continue
        found_on_line = probabilities(tagger, words, min(thresholds))
        for threshold in thresholds:
            for start, end, tag in line_spans(words, found_on_line, threshold):
                if all(lexicon.fold(t.text) in accepted for t in tokens(line[start:end])):
                    continue
                found[threshold].append(Finding(
                    file, number, start + 1, end + 1, KINDS[tag], ERROR, line[start:end],
                    "the second opinion (CRF) reads this as a person or a place", USE_PSEUDONYM))
    return found


def with_extra(report: FolderReport, extra: dict[str, list[Finding]]) -> FolderReport:
    return FolderReport([replace(story, findings=story.findings + extra.get(story.path, []))
                         for story in report.stories])


def summary(result: Score) -> str:
    rows = [f"{kind} {result.found[kind]}/{result.labelled[kind]} = {result.recall(kind):.3f}"
            for kind in TAGS]
    false = sum(1 for f in result.false_positives if f.kind in TAGS)
    return (f"{'; '.join(rows)}; {overall(result)}; decoys blocked "
            f"{len(result.decoys_flagged)}/{result.decoys}; person/address errors on no label {false}")


Found = dict[float, dict[str, list[Finding]]]  # per threshold, per story file


def second_opinion(folder: Path, files: list[str], thresholds: list[float],
                   accepted: dict[str, set[str]]) -> tuple[Found, float, float]:
    """Train on the other folders, tag the chosen stories: the CRF's findings per threshold and
    story, the seconds of training and the seconds of tagging."""
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "crf.model"
        began = time.perf_counter()
        train(training_sequences(folder.name), str(model))
        trained = time.perf_counter() - began
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        extra: Found = {t: {} for t in thresholds}
        began = time.perf_counter()
        for file in files:
            found = crf_findings(tagger, folder, file, thresholds, accepted.get(file, set()))
            for threshold, findings in found.items():
                extra[threshold][file] = findings
        tagged = time.perf_counter() - began
        tagger.close()
    return extra, trained, tagged


def evaluate(folder: Path, half: str | None, thresholds: list[float], kinds: list[str]) -> None:
    """Print the rules' scores on `folder`, then those of rules and CRF (and the CRF alone) at
    each threshold, and the CRF's speed."""
    report, labels = checked(folder, half, places=None)
    files = [story.path for story in report.stories]
    extra, trained, tagged = second_opinion(folder, files, thresholds, accepted_words(folder, report))
    name = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"\n## {name}{f' ({half} half)' if half else ''}: rules alone\n")
    alone = score(report, labels)
    print(alone.table())
    print(f"\n{summary(alone)}")
    for threshold in thresholds:
        added = {file: [f for f in found if f.kind in kinds] for file, found in extra[threshold].items()}
        both = score(with_extra(report, added), labels)
        print(f"\n## {name}: rules ∪ CRF ({', '.join(kinds)}), marginal ≥ {threshold}\n")
        print(both.table())
        print(f"\n{summary(both)}")
        crf = score(FolderReport([StoryReport(file, added[file]) for file in files]), labels)
        print(f"CRF alone: {summary(crf)}")
    size = sum((folder / file).stat().st_size for file in files) / 1e6
    print(f"\nCRF trained in {trained:.1f} s; tagging {tagged / max(len(files), 1) * 1000:.1f} ms "
          f"per story, {size / tagged:.2f} MB per second ({len(files)} stories, {size:.2f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=("tuning", "held-out"))
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.5])
    parser.add_argument("--kinds", nargs="+", choices=sorted(TAGS), default=sorted(TAGS),
                        help="the kinds of CRF span to add (default both)")
    args = parser.parse_args()
    folder = args.folder.resolve()
    if folder.name in HALVED and args.half is None:
        parser.error(f"{folder.name} is split: give --half (only its tuning half may be tuned on)")
    evaluate(folder, args.half, args.threshold, args.kinds)


if __name__ == "__main__":
    main()
