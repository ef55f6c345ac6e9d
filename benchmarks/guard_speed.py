"""Speed and accuracy of the anonymity guard's engine.

Prints how many MB of Markdown per second `check_story` reads on one core (the corpus stories,
repeated to about 20 MB, checked one story at a time as the build does), then per-kind recall
and precision on the labelled corpus as a Markdown table.

Run: .venv/bin/python -m benchmarks.guard_speed [--mb 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from plugins.anonymity import check_folder, check_story, load_allowlist  # noqa: E402
from benchmarks.evaluation import load_labels, score  # noqa: E402

CORPORA = (ROOT / "tests" / "corpus", ROOT / "tests" / "anonymity_cases")
MB = 1_000_000


def stories(folder: Path) -> list[str]:
    """The labelled stories of a folder (README.md is not a story)."""
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md")) if p.name != "README.md"]


def speed(target_mb: float) -> tuple[float, float, float]:
    """Return (MB checked, MB/s of CPU time, MB/s of wall time) on one core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    folder = CORPORA[0]
    allowlist = load_allowlist(folder / "allowlist.txt")
    texts = stories(folder)
    for text in texts:  # one-off loading (name lists, patterns compiled on first use) before timing
        check_story(text, allowlist=allowlist)
    size = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, round(target_mb * MB / size))
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            check_story(text, allowlist=allowlist)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    total = size * rounds / MB
    return total, total / cpu, total / wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="how much Markdown to check")
    args = parser.parse_args()
    total, per_cpu_second, per_second = speed(args.mb)
    print(f"Engine speed: {total:.1f} MB checked, {per_cpu_second:.2f} MB/s of CPU time on one core "
          f"({per_second:.2f} MB/s wall clock)\n")
    for folder in CORPORA:
        report = check_folder(folder)
        report.stories = [s for s in report.stories if s.path != "README.md"]
        result = score(report, load_labels(folder / "labels.json", folder))
        print(f"### {folder.relative_to(ROOT)}\n\n{result.table()}\n")


if __name__ == "__main__":
    main()
