"""Speed and accuracy of the anonymity guard's engine.

Prints how many MB of Markdown per second `check_story` reads on one core (the corpus stories,
repeated to about 20 MB, checked one story at a time as the build does), then per-kind recall
and precision on the labelled corpus as a Markdown table.

`--compare N` times the engine with and without its place model (place_model.py), alternately,
N times each, and prints the best of each and what the model costs. Each round of the corpus gets
a fresh model, so the model's memory of the lines it has read is not measured as its speed.

Run: .venv/bin/python -m benchmarks.guard_speed [--mb 20] [--compare N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from plugins.anonymity import GuardSettings, check_folder, check_story, load_allowlist  # noqa: E402
from plugins.anonymity.place_model import SHIPPED, PlaceModel  # noqa: E402
from benchmarks.evaluation import load_labels, score  # noqa: E402

CORPORA = (ROOT / "tests" / "corpus", ROOT / "tests" / "anonymity_cases")
MB = 1_000_000


def stories(folder: Path) -> list[str]:
    """The labelled stories of a folder (README.md is not a story)."""
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md")) if p.name != "README.md"]


def settings(places: bool) -> GuardSettings:
    """The engine's settings with a fresh copy of the shipped place model, or with none."""
    return GuardSettings(places=PlaceModel(SHIPPED.path, SHIPPED.conditions, SHIPPED.extras) if places else None)


def speed(target_mb: float, places: bool = True) -> tuple[float, float, float]:
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
        guard = settings(places)
        for text in texts:
            check_story(text, allowlist=allowlist, settings=guard)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    total = size * rounds / MB
    return total, total / cpu, total / wall


def compare(target_mb: float, times: int) -> None:
    """Best MB/s of CPU with and without the place model, measured alternately."""
    best = {True: 0.0, False: 0.0}
    for _ in range(times):
        for places in (False, True):
            best[places] = max(best[places], speed(target_mb, places)[1])
    cost = 1 - best[True] / best[False]
    print(f"Engine speed, best of {times}: {best[False]:.2f} MB/s of CPU without the place model, "
          f"{best[True]:.2f} with it: the model costs {cost:.0%} of the engine's speed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="how much Markdown to check")
    parser.add_argument("--compare", type=int, default=0, metavar="N",
                        help="time the engine with and without its place model, N times each")
    args = parser.parse_args()
    if args.compare:
        compare(args.mb, args.compare)
        return
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
