"""Time whole-site builds in fresh processes: Slingshot against plain Pelican on the same content."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLAIN_PELICAN = """
PATH = {content!r}
SITEURL = ""
TIMEZONE = "Europe/London"
ARTICLE_PATHS = ["case-studies", "profiles", "news"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
DEFAULT_PAGINATION = False
"""


def plain_settings(content: Path, folder: Path) -> Path:
    """Settings for plain Pelican 4.12: default theme, no plugins, the same Markdown."""
    path = folder / "plainconf.py"
    path.write_text(PLAIN_PELICAN.format(content=str(content)))
    return path


def timed_build(content: Path, settings: Path, output: Path, *extra: str) -> float:
    """Seconds for one cold build in a new process; fails loudly if the build fails."""
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(settings),
               "-o", str(output), "-q", *extra]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build failed: {' '.join(command)}\n{done.stdout}{done.stderr}")
    return seconds


def median_build(content: Path, settings: Path, runs: int, *extra: str) -> float:
    """Median of `runs` cold builds, each into a new folder (old output is left aside,
    not deleted: deleting thousands of files right before a build slows it down)."""
    scratch = Path(tempfile.mkdtemp(prefix="slingshot-bench-"))
    times = [
        timed_build(content, settings, scratch / f"out{run}", *extra) for run in range(runs)
    ]
    return statistics.median(times)
