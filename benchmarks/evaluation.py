"""Score the guard against a labelled corpus: per-kind recall and precision, decoys flagged.

Labels are `{"file", "line", "text", "kind"}` with `text` an exact substring of the 1-based line;
a finding matches a label when it is on the same line and their columns overlap.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from plugins.anonymity.findings import Finding, FolderReport

DECOY = "decoy"


@dataclass(frozen=True)
class Label:
    """One planted identifier or decoy, with its column span on the line."""

    file: str
    line: int
    text: str
    kind: str
    column: int
    end_column: int

    def overlaps(self, finding: Finding) -> bool:
        """True when a finding sits on this label's line and shares a column with it."""
        return (finding.path == self.file and finding.line == self.line
                and finding.column < self.end_column and self.column < finding.end_column)


@dataclass
class Score:
    """Counts per kind: labels found, labels, flags that hit a planted identifier, flags."""

    found: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)
    true_flags: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    decoys_flagged: list[Label] = field(default_factory=list)
    decoys: int = 0
    missed: list[Label] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        """Share of the labels of a kind found by an error of that kind."""
        return self.found[kind] / self.labelled[kind] if self.labelled[kind] else 1.0

    def precision(self, kind: str) -> float:
        """Share of the errors of a kind that overlap a planted identifier."""
        return self.true_flags[kind] / self.flags[kind] if self.flags[kind] else 1.0

    @property
    def decoy_error_rate(self) -> float:
        """Share of decoys flagged as an error."""
        return len(self.decoys_flagged) / self.decoys if self.decoys else 0.0

    def table(self) -> str:
        """A Markdown table of recall and precision per kind."""
        rows = ["| kind | labels | recall | errors | precision |", "| --- | ---: | ---: | ---: | ---: |"]
        for kind in sorted(set(self.labelled) | set(self.flags)):
            rows.append(f"| {kind} | {self.labelled[kind]} | {self.recall(kind):.2f} | "
                        f"{self.flags[kind]} | {self.precision(kind):.2f} |")
        rows.append(f"| decoys flagged as error | {self.decoys} | | {len(self.decoys_flagged)} | "
                    f"{self.decoy_error_rate:.1%} |")
        return "\n".join(rows)


def load_labels(labels_path: Path, stories_dir: Path) -> list[Label]:
    """Read labels.json and locate every occurrence of each label's text on its line."""
    labels = []
    for raw in json.loads(labels_path.read_text(encoding="utf-8")):
        line = (stories_dir / raw["file"]).read_text(encoding="utf-8").split("\n")[raw["line"] - 1]
        starts = _occurrences(line, raw["text"])
        if not starts:
            raise ValueError(f"label text {raw['text']!r} is not on line {raw['line']} of {raw['file']}")
        labels += [Label(raw["file"], raw["line"], raw["text"], raw["kind"], start + 1,
                         start + 1 + len(raw["text"])) for start in starts]
    return labels


def _occurrences(line: str, text: str) -> list[int]:
    """Start offsets of `text` on a line, whole words preferred ("2017" not inside "T20177731")."""
    starts = [m.start() for m in re.finditer(re.escape(text), line)]
    whole = [s for s in starts if not (s and line[s - 1].isalnum()) and not line[s + len(text) : s + len(text) + 1].isalnum()]
    return whole or starts


def score(report: FolderReport, labels: list[Label]) -> Score:
    """Compare the errors of a folder report with the labels."""
    result = Score()
    errors = report.errors
    planted = [label for label in labels if label.kind != DECOY]
    occurrences: dict[tuple[str, int, str, str], list[Label]] = {}
    for label in planted:
        occurrences.setdefault((label.file, label.line, label.text, label.kind), []).append(label)
    for (_, _, _, kind), located in occurrences.items():
        result.labelled[kind] += 1
        if any(f.kind == kind and label.overlaps(f) for label in located for f in errors):
            result.found[kind] += 1
        else:
            result.missed.append(located[0])
    decoys: dict[tuple[str, int, str], list[Label]] = {}
    for label in labels:
        if label.kind == DECOY:
            decoys.setdefault((label.file, label.line, label.text), []).append(label)
    for located in decoys.values():
        result.decoys += 1
        if any(label.overlaps(f) for label in located for f in errors):
            result.decoys_flagged.append(located[0])
    for finding in errors:
        result.flags[finding.kind] += 1
        if any(label.overlaps(finding) for label in planted):
            result.true_flags[finding.kind] += 1
        else:
            result.false_positives.append(finding)
    return result
