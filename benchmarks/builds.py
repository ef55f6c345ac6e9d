"""Time whole-site builds in fresh processes: Slingshot against plain Pelican on the same content."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PELICAN = [sys.executable, "-m", "pelican"]  # every build's command starts so
EDIT = "\n\nThis story was updated with a short note from the team.\n"

PLAIN_PELICAN = """
PATH = {content!r}
SITEURL = ""
TIMEZONE = "Europe/London"
ARTICLE_PATHS = ["case-studies", "profiles", "news"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
DEFAULT_PAGINATION = False
# No plugins: without this line Pelican loads every plugin installed in its namespace.
PLUGINS = []
# Two stories may share a headline over ten years; the file name keeps their pages apart.
SLUGIFY_SOURCE = "basename"
"""


@dataclass(frozen=True)
class Run:
    """One finished process: wall-clock seconds, its own CPU seconds and peak memory."""

    seconds: float
    cpu_seconds: float
    peak_bytes: int


class BuildFailed(SystemExit):
    """A build that exited with an error; uncaught, it stops the script with the log."""

    def __init__(self, command: list[str], output: str) -> None:
        self.command = command
        self.output = output
        super().__init__(f"build failed: {' '.join(command)}\n{output[-4000:]}")

    @property
    def reason(self) -> str:
        """The first critical (else error, else last) line of the build's log, shortened."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        for level in ("CRITICAL", "ERROR"):
            for line in lines:
                if level in line:
                    message = line.split(level, 1)[1].strip()
                    return re.sub(r"\s+\S+\.py:\d+$", "", message)[:240]
        return (lines or ["no message"])[-1][:240]


def plain_settings(content: Path, folder: Path) -> Path:
    """Settings for plain Pelican 4.12: default theme, no plugins, the same Markdown."""
    path = folder / "plainconf.py"
    path.write_text(PLAIN_PELICAN.format(content=str(content)))
    return path


def pelican_command(content: Path, settings: Path, output: Path,
                    overrides: dict | None = None) -> list[str]:
    """`python -m pelican` with this environment's Python, quiet, into `output`.

    The build's caches (Pelican's, and the share cards of social_cards) go to a folder of
    its own beside `output`, never to the repository's `cache/`, so a cold build is cold.
    Pelican keeps only the last `-e`, so every override goes into one.
    """
    settings_given = {"CACHE_PATH": str(output.with_name(output.name + ".cache")),
                      **(overrides or {})}
    pairs = [f"{key}={json.dumps(value)}" for key, value in settings_given.items()]
    return [*PELICAN, str(content), "-s", str(settings), "-o", str(output), "-q", "-e", *pairs]


def run_measured(command: list[str], cwd: Path = ROOT) -> Run:
    """Run `command` to its end; fail loudly if it fails.

    `os.wait4` gives the resource use of this one child (not the maximum over every child
    so far, as `getrusage(RUSAGE_CHILDREN)` would), so each build has its own peak memory.
    """
    # A wide terminal for Pelican's log, so that a message is not wrapped over lines. The
    # plugins folder is importable, so that a build without the guard's plugin can still use
    # the one reading of a story (anonymity.source) that the story model and reader share.
    environment = {**os.environ, "COLUMNS": "250"}
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                   env=environment)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            log.seek(0)
            raise BuildFailed(command, log.read().decode("utf-8", "replace"))
    # Linux reports ru_maxrss in KiB.
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024)


def timed_build(content: Path, settings: Path, output: Path, overrides: dict | None = None) -> float:
    """Seconds for one cold build in a new process; fails loudly if the build fails."""
    return run_measured(pelican_command(content, settings, output, overrides)).seconds


def median_build(content: Path, settings: Path, runs: int, overrides: dict | None = None) -> float:
    """Median of `runs` cold builds, each into a new folder (old output is left aside,
    not deleted: deleting thousands of files right before a build slows it down)."""
    scratch = Path(tempfile.mkdtemp(prefix="slingshot-bench-"))
    times = [
        timed_build(content, settings, scratch / f"out{run}", overrides) for run in range(runs)
    ]
    return statistics.median(times)


def autoreload_rebuild(command: list[str], story: Path) -> Run:
    """A rebuild as `invoke serve` makes it, after one story changed: in the process that
    made the first build (autoreload.py). `command` is a `pelican_command`; the story is
    left as it was. Peak memory is that of the whole process, both builds."""
    with tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "rebuild.json"
        script = [sys.executable, "-m", "benchmarks.autoreload", str(story),
                  str(figures), "--", *command[len(PELICAN):]]
        whole = run_measured(script)
        measured = json.loads(figures.read_text(encoding="utf-8"))
    return Run(measured["seconds"], measured["cpu_seconds"], whole.peak_bytes)
