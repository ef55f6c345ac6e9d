"""The anonymity guard alone, on one core: MB of Markdown per second, and findings per second.

`measure()` runs this file in a new process pinned to one CPU, so the figure is one core's,
and a broken or missing engine cannot stop the benchmark. Rates are given per wall-clock
second and per CPU second: on a busy machine the process waits for its core, and only the
second figure says how fast the guard is when the core is its own.
The engine is `plugins/anonymity/engine.py` (`check_story`, `load_allowlist`); while it is
not there the result says "not available".

Run alone: .venv/bin/python -m benchmarks.guard CONTENT_FOLDER [--corpus tests/corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "plugins" / "anonymity" / "engine.py"
CORPUS = ROOT / "tests" / "corpus"
MB = 1_000_000


def measure(content: Path, runs: int, limit: int, corpus: Path = CORPUS) -> dict:
    """Guard figures for up to `limit` stories of `content` and for the shared corpus."""
    if not ENGINE.is_file():
        return {"available": False, "reason": "plugins/anonymity/engine.py is not there yet"}
    command = [sys.executable, "-m", "benchmarks.guard", str(content), "--runs", str(runs), "--limit", str(limit)]
    if corpus.is_dir():
        command += ["--corpus", str(corpus)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return {"available": False, "reason": f"the guard failed: {last}"}
    return json.loads(done.stdout)


def spread(files: list[Path], limit: int) -> list[Path]:
    """At most `limit` files, evenly spaced, so every kind of story is in the sample."""
    if len(files) <= limit:
        return files
    step = len(files) / limit
    return [files[int(index * step)] for index in range(limit)]


def timed_checks(folder: Path, files: list[Path], runs: int) -> dict:
    """Check each file's text `runs` times over; the median pass gives the rates."""
    from plugins.anonymity.engine import check_story, load_allowlist  # noqa: PLC0415 - plugins/ on path

    allowlist_file = folder / "allowlist.txt"
    allowlist = load_allowlist(allowlist_file) if allowlist_file.is_file() else None
    stories = [(file.relative_to(folder).as_posix(), file.read_text(encoding="utf-8"))
               for file in files]
    size = sum(len(text.encode("utf-8")) for _, text in stories)
    passes, cpu_passes, findings, errors = [], [], 0, 0
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        reports = [check_story(text, path=path, allowlist=allowlist) for path, text in stories]
        passes.append(time.perf_counter() - start)
        cpu_passes.append(time.process_time() - start_cpu)
        findings = sum(len(report.findings) for report in reports)
        errors = sum(len(report.errors) for report in reports)
    seconds, cpu_seconds = statistics.median(passes), statistics.median(cpu_passes)
    return {
        "files": len(stories),
        "megabytes": size / MB,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "mb_per_second": size / MB / seconds,
        "mb_per_cpu_second": size / MB / cpu_seconds,
        "findings": findings,
        "errors": errors,
        "findings_per_second": findings / seconds,
        "findings_per_cpu_second": findings / cpu_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("content", type=Path)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    start = time.perf_counter()
    from plugins.anonymity.engine import check_story  # noqa: PLC0415

    check_story("Title: Warm-up\n\nLoads the word lists once.\n")
    figures = {"available": True, "core": core, "start_up_seconds": time.perf_counter() - start}
    stories = sorted(path for path in args.content.rglob("*.md"))
    figures["stories"] = timed_checks(args.content, spread(stories, args.limit), args.runs)
    if args.corpus:
        figures["corpus"] = timed_checks(args.corpus, sorted(args.corpus.rglob("*.md")), args.runs)
    json.dump(figures, sys.stdout)


if __name__ == "__main__":
    main()
