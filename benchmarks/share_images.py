"""How long the share images add to a build of the sample site.

Each build is a cold one: a fresh process, into a new output folder (earlier folders are
left aside in a scratch folder, not deleted). Three ways, `--runs` builds each, medians:

- without the social_cards plugin (every other plugin, the campaign kit included);
- with it and an empty card cache: every card drawn, as on a new machine or after a
  change of colours, font or layout;
- with it and a filled cache: cards copied from cache/, as in everyday builds.

Run: .venv/bin/python -m benchmarks.share_images [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from pelicanconf import PLUGINS  # noqa: E402 - the project's own plugin list


def timed_build(output: Path, *extra: str) -> tuple[float, float | None]:
    """Seconds for one build of the sample site in a new process, and the seconds the
    social_cards plugin says it spent on cards (None without it); stops if the build fails."""
    command = [sys.executable, "-m", "pelican", str(ROOT / "content"),
               "-s", str(ROOT / "pelicanconf.py"), "-o", str(output), "-v", *extra]
    # -v for the plugin's own timing (an INFO line); wide, so the line is not wrapped.
    wide = {**os.environ, "COLUMNS": "400"}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                          env=wide)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build failed (exit status {done.returncode}): {' '.join(command)}\n"
                         f"{done.stdout}{done.stderr}")
    own = re.search(r"social_cards: \d+ share images .* in ([\d.]+) s", done.stdout + done.stderr)
    return seconds, float(own.group(1)) if own else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    scratch = Path(tempfile.mkdtemp(prefix="slingshot-share-images-"))
    without = json.dumps([plugin for plugin in PLUGINS if plugin != "plugins.social_cards"])
    warm_cache = scratch / "warm-cache"
    # Fill the warm cache once, so that its runs only copy.
    timed_build(scratch / "fill", "-e", "SOCIAL_CARDS=" + json.dumps({"cache": str(warm_cache)}))
    times: dict[str, list[float]] = {"without": [], "cold": [], "warm": []}
    own: dict[str, list[float]] = {"cold": [], "warm": []}
    for run in range(runs):  # interleaved, so a busy moment on the machine hits all three
        seconds, _ = timed_build(scratch / f"without-{run}", "-e", f"PLUGINS={without}")
        times["without"].append(seconds)
        caches = {"cold": scratch / f"cold-cache-{run}", "warm": warm_cache}
        for way, cache in caches.items():
            option = json.dumps({"cache": str(cache)})
            seconds, spent = timed_build(scratch / f"{way}-{run}", "-e", f"SOCIAL_CARDS={option}")
            times[way].append(seconds)
            own[way].append(spent)
    median = {way: statistics.median(seconds) for way, seconds in times.items()}
    cards = len(list((scratch / "cold-cache-0").iterdir()))
    base = median["without"]
    print(f"Sample site, median of {runs} cold builds each ({cards} share images):")
    print(f"  without social_cards:        {base:.2f} s")
    ways = (("cold", "with, drawing every card:"), ("warm", "with, cards from the cache:"))
    for way, label in ways:
        added = median[way] - base
        print(f"  {label:<29} {median[way]:.2f} s  ({added:+.2f} s, {median[way] / base:.2f}x); "
              f"the plugin's own time: {statistics.median(own[way]):.2f} s")
    print(f"Builds left in {scratch}")


if __name__ == "__main__":
    main()
