"""Cross-validation of the guard's place model: how to choose its features and conditions honestly.

For each training unit (`benchmarks.place_training.TRAINING_UNITS`: whole open sets, tuning halves
of the split ones) a CRF is trained on all the other units, once, and the guard is run on that
unit with it under each set of conditions (`place_model.Conditions`) and with none (the rules
alone). The figures are pooled over the units: overall recall, address and names recall, decoys
blocked, and what the model adds to the rules: address labels found and decoys blocked. No
held-out half and nothing of tests/ninth_cases is read.

Run: .venv/bin/python -m benchmarks.place_model_cv [--extras cue line ...] [--c1 X] [--c2 X]
     [--iterations N] [--grid conditions|thresholds|shipped]
(folds in a process pool of 2; about a minute a grid)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmarks.evaluation import Score, score
from benchmarks.place_training import TRAINING_UNITS, training_sequences
from benchmarks.recall import ROOT, checked
from plugins.anonymity.place_model import CHOSEN, EXTRAS, TRAINING, Conditions, PlaceModel, train

PROTOTYPE = Conditions(threshold=0.6, window=3)
OPEN = Conditions(threshold=0.5, window=None, several_words=False, unknown_word=False)
GRIDS: dict[str, dict[str, Conditions]] = {
    "shipped": {"chosen": CHOSEN},
    "thresholds": {f"chosen p>={p}": replace(CHOSEN, threshold=p) for p in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)},
    "capital": {f"chosen, capital {'needed' if c else 'not needed'}, p>={p}": replace(CHOSEN, capital_needed=c, threshold=p)
                for c in (False, True) for p in (0.7, 0.8)},
    "public": {f"chosen, public {'word' if w else 'end'} dropped": replace(CHOSEN, public_word_dropped=w)
               for w in (False, True)},
    "clean": {f"chosen, {need} needed, {'one word after cue' if cue else 'several words'}, streets dropped":
              replace(CHOSEN, capital_needed=True, proper_needed=need == "proper", single_after_cue=cue,
                      street_dropped=True)
              for need in ("capital", "proper") for cue in (True, False)},
    "needed": {f"chosen, {need} needed, {'one word after cue' if cue else 'several words'}":
               replace(CHOSEN, capital_needed=True, proper_needed=need == "proper", single_after_cue=cue)
               for need in ("capital", "proper") for cue in (True, False)},
    "window": {f"chosen, window {w}, p>={p}": replace(CHOSEN, window=w, threshold=p)
               for w in (2, 3, 4) for p in (0.7, 0.8)},
    "curve": {f"{name} p>={p}": replace(base, threshold=p) for name, base in (
        ("prototype", PROTOTYPE), ("prototype, whole line", replace(PROTOTYPE, window=None)),
        ("known words too, listed dropped", replace(OPEN, several_words=True, listed_dropped=True, window=3)))
        for p in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)},
    "ends": {f"{name} p>={p}": replace(base, threshold=p) for name, base in (
        ("prototype, public end dropped", replace(PROTOTYPE, public_end_dropped=True)),
        ("known words too, listed and public end dropped",
         replace(OPEN, several_words=True, listed_dropped=True, public_end_dropped=True, window=3)),
        ("known words too, one word after cue, listed and public end dropped",
         replace(OPEN, several_words=True, single_after_cue=True, listed_dropped=True, public_end_dropped=True,
                 window=3)))
        for p in (0.5, 0.6, 0.7, 0.8)},
    "upgrade": {f"chosen, streets {'kept' if kept else 'dropped'}, warnings {'upgraded' if up else 'kept'}, p>={p}":
                replace(CHOSEN, street_dropped=not kept, warnings_upgraded=up, threshold=p)
                for kept, up in ((False, True), (True, False), (True, True)) for p in (0.7, 0.8)},
    "conditions": {
        "open p>=0.5 (second_opinion)": OPEN,
        "open, listed dropped": replace(OPEN, listed_dropped=True),
        "open, several words": replace(OPEN, several_words=True),
        "open, several words or after cue": replace(OPEN, several_words=True, single_after_cue=True),
        "open, unknown word, whole line": replace(OPEN, unknown_word=True),
        "open, unknown word, window 3": replace(OPEN, unknown_word=True, window=3),
        "open, unknown word, window 6": replace(OPEN, unknown_word=True, window=6),
        "open, keep touching rule hits": replace(OPEN, touching_hits=False),
        "open, keep touching allowed": replace(OPEN, touching_allowed=False),
        "prototype p>=0.6": PROTOTYPE,
        "prototype p>=0.5": replace(PROTOTYPE, threshold=0.5),
        "prototype, one word after cue": replace(PROTOTYPE, single_after_cue=True),
        "prototype, one word": replace(PROTOTYPE, several_words=False),
        "prototype, one word, listed dropped": replace(PROTOTYPE, several_words=False, listed_dropped=True),
        "prototype, whole line": replace(PROTOTYPE, window=None),
        "known words too, several, listed dropped": replace(OPEN, several_words=True, listed_dropped=True, window=3),
        "known words too, cue, listed dropped": replace(OPEN, several_words=True, single_after_cue=True,
                                                        listed_dropped=True, window=3),
    },
}


@dataclass
class Tally:
    """Pooled counts over the units for one set of conditions."""

    found: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)
    decoys: int = 0
    blocked: list[str] = field(default_factory=list)
    added_labels: list[str] = field(default_factory=list)
    added_decoys: list[str] = field(default_factory=list)

    def add(self, result: Score, rules: Score, unit: str) -> None:
        self.found += result.found
        self.labelled += result.labelled
        self.decoys += result.decoys
        self.blocked += [f"{unit}/{d.file}:{d.line} {d.text!r}" for d in result.decoys_flagged]
        before = {(d.file, d.line, d.text) for d in rules.decoys_flagged}
        self.added_decoys += [f"{unit}/{d.file}:{d.line} {d.text!r}" for d in result.decoys_flagged
                              if (d.file, d.line, d.text) not in before]
        missed = {(m.file, m.line, m.text, m.kind) for m in result.missed}
        self.added_labels += [f"{unit}/{m.file}:{m.line} {m.text!r}" for m in rules.missed
                              if m.kind == "address" and (m.file, m.line, m.text, m.kind) not in missed]

    def row(self, name: str) -> str:
        total, labelled = sum(self.found.values()), sum(self.labelled.values())
        recall = {kind: self.found[kind] / max(self.labelled[kind], 1) for kind in ("address", "person_name")}
        per = f"{len(self.added_labels) / len(self.added_decoys):.1f}" if self.added_decoys else "-"
        return (f"| {name} | {total / labelled:.3f} | {recall['address']:.3f} | {recall['person_name']:.3f} | "
                f"{len(self.blocked)} ({len(self.blocked) / max(self.decoys, 1):.1%}) | "
                f"+{len(self.added_labels)} | +{len(self.added_decoys)} | {per} |")


def fold(unit: tuple[str, str | None], grid: dict[str, Conditions], extras: frozenset[str],
         options: dict[str, object]) -> tuple[dict[str, Tally], float, float]:
    """Train without `unit`, then score the guard on it under each set of conditions."""
    name, half = unit
    folder = ROOT / "tests" / name
    rules = score(*checked(folder, half, None))
    tallies = {"rules alone": Tally()}
    tallies["rules alone"].add(rules, rules, name)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fold.crfsuite"
        began = time.process_time()
        train(training_sequences(name, extras), str(path), options)
        trained = time.process_time() - began
        model = PlaceModel(path, CHOSEN, extras)
        began = time.process_time()
        for label, conditions in grid.items():
            tallies[label] = Tally()
            tallies[label].add(score(*checked(folder, half, model.under(conditions))), rules, name)
        checking = time.process_time() - began
    return tallies, trained, checking


def pooled(results: list[dict[str, Tally]]) -> dict[str, Tally]:
    total: dict[str, Tally] = {}
    for tallies in results:
        for label, tally in tallies.items():
            into = total.setdefault(label, Tally())
            into.found += tally.found
            into.labelled += tally.labelled
            into.decoys += tally.decoys
            into.blocked += tally.blocked
            into.added_labels += tally.added_labels
            into.added_decoys += tally.added_decoys
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", nargs="*", default=sorted(EXTRAS),
                        choices=("cue", "line", "street", "digits"), help="feature additions (default: shipped)")
    parser.add_argument("--c1", type=float, default=TRAINING["c1"])
    parser.add_argument("--c2", type=float, default=TRAINING["c2"])
    parser.add_argument("--iterations", type=int, default=TRAINING["max_iterations"])
    parser.add_argument("--grid", choices=sorted(GRIDS), default="shipped")
    parser.add_argument("--show", action="store_true", help="list each added address label and decoy")
    args = parser.parse_args()
    extras = frozenset(args.extras)
    options = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    grid = GRIDS[args.grid]
    with ProcessPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(fold, TRAINING_UNITS, *([x] * len(TRAINING_UNITS) for x in (grid, extras, options))))
    total = pooled([tallies for tallies, _, _ in done])
    print(f"\n## CV over {len(TRAINING_UNITS)} units; extras {sorted(extras) or 'none'}; {options}\n")
    print("| conditions | overall | address | names | decoys blocked | +address | +decoys | +address per +decoy |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, tally in total.items():
        print(tally.row(label))
    trained = sum(t for _, t, _ in done)
    checking = sum(c for _, _, c in done)
    print(f"\ntraining {trained:.0f} s of CPU in all; {checking / len(grid):.1f} s of CPU per condition set")
    if args.show:
        for label, tally in total.items():
            if label != "rules alone":
                print(f"\n### {label}\n" + "\n".join([f"  + address {t}" for t in tally.added_labels]
                                                     + [f"  + decoy {t}" for t in tally.added_decoys]))


if __name__ == "__main__":
    main()
