"""What a reviewer's mark on every unknown capitalised word would add to the guard: an experiment.

A proposal for issue 12 (closing note of stop 23): besides the guard's errors, mark each
capitalised word that no list knows (not an everyday word, not on the allow-list, not a declared
pseudonym, not a town of 10,000 people or more, not a listed public place or figure) for a named
reviewer to clear before publishing. This prints, per labelled folder (or half of one), the
guard's recall, the recall of errors and marks together, how many decoys would need a look, and
how many marks a story carries: the reviewer's burden.

Run: .venv/bin/python -m benchmarks.review_marks [FOLDER ...] [--half tuning|held-out]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from benchmarks.evaluation import DECOY, Label, load_labels
from benchmarks.recall import ROOT, story_files
from plugins.anonymity.addresses import accepted_words
from plugins.anonymity.allowlist import Allowlist, load_allowlist, read_declarations
from plugins.anonymity.source import parse_story
from plugins.anonymity.lexicon import common_words, fold, gazetteer, places
from plugins.anonymity.story_check import check_content

CAPITALISED = re.compile(r"(?<![\w@#/.])[A-Z][\w'’-]*")
UNMARKED_FIELDS = ("pseudonyms:", "consent:", "date:", "status:", "department:", "tags:", "allow:")
TOWN = 10_000


def known(word: str, accepted: set[str]) -> bool:
    """True when a list vouches for the word (before any "'s", "'d"; each part of a hyphenated
    word), so no reviewer need look at it."""
    key = fold(re.split(r"['’]", word)[0])
    return (key in accepted or key in places() or gazetteer().get(key, 0) >= TOWN
            or all(part in common_words() for part in key.split("-") if part))


def marks(folder: Path, files: set[str], allowlist: Allowlist) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """Column spans (1-based, end exclusive) of unknown capitalised words, by (file, line)."""
    found: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for name in sorted(files):
        text = (folder / name).read_text(encoding="utf-8")
        declared = read_declarations(parse_story(text))
        accepted = set(accepted_words([p.name for p in declared.pseudonyms],
                                      [entry.text for entry in declared.allowances], allowlist))
        lines = text.split("\n")
        header = lines.index("") if "" in lines else 0
        for number, line in enumerate(lines, start=1):
            if line.lower().startswith(UNMARKED_FIELDS):
                continue
            skip = line.find(":") + 1 if number <= header else 0  # a header field's own name
            spans = [(m.start() + 1, m.end() + 1) for m in CAPITALISED.finditer(line, skip)
                     if not known(m.group(), accepted)]
            if spans:
                found[(name, number)] = spans
    return found


def covered(label: Label, spans: list[tuple[int, int]]) -> bool:
    return any(start < label.end_column and label.column < end for start, end in spans)


def measure(folder: Path, half: str | None) -> None:
    report = check_content(folder, None, folder / "allowlist.txt")
    files = set(story_files(folder, half))
    labels = [label for label in load_labels(folder / "labels.json", folder) if label.file in files]
    errors: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for finding in report.errors:
        errors.setdefault((finding.path, finding.line), []).append((finding.column, finding.end_column))
    marked = marks(folder, files, load_allowlist(folder / "allowlist.txt"))
    planted = {(l.file, l.line, l.text, l.kind): l for l in labels if l.kind != DECOY}
    decoys = {(l.file, l.line, l.text): l for l in labels if l.kind == DECOY}
    guard = Counter(); both = Counter(); total = Counter()
    for (file, line, _, kind), label in planted.items():
        total[kind] += 1
        by_guard = covered(label, errors.get((file, line), []))
        guard[kind] += by_guard
        both[kind] += by_guard or covered(label, marked.get((file, line), []))
    looked_at = sum(covered(l, marked.get((l.file, l.line), [])) for l in decoys.values())
    count = sum(len(spans) for spans in marked.values())
    words = sum(len((folder / name).read_text(encoding="utf-8").split()) for name in files)
    print(f"\n## {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}"
          f"{f' ({half} half)' if half else ''}\n")
    print("| kind | labels | guard's errors | errors or marks |\n| --- | ---: | ---: | ---: |")
    for kind in sorted(total):
        print(f"| {kind} | {total[kind]} | {guard[kind] / total[kind]:.2f} | {both[kind] / total[kind]:.2f} |")
    print(f"| all | {sum(total.values())} | {sum(guard.values()) / sum(total.values()):.3f} "
          f"| {sum(both.values()) / sum(total.values()):.3f} |")
    print(f"\nmarks: {count} in {len(files)} stories ({count / len(files):.1f} a story, "
          f"{1000 * count / words:.1f} per 1,000 words); decoys marked for a look: "
          f"{looked_at}/{len(decoys)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "fifth_cases"])
    parser.add_argument("--half", choices=("tuning", "held-out"))
    args = parser.parse_args()
    for folder in args.folders:
        measure(folder, args.half)


if __name__ == "__main__":
    main()
