"""The build's verdict, for `invoke check`: a real build, in a scratch folder, says it.

`invoke check` must say exactly what `invoke build` will say, so it does not repeat the build's
checks: it runs the build itself (`python -m pelican`, the same settings and content) into a
scratch folder, and reads the verdict the publish gate writes at the end of the build to the
file named by the setting `SLINGSHOT_VERDICT`. The exit status of that build is the verdict;
the file gives its reasons (each problem, each story left out). A build that stops before the
gate's verdict (a setting with a mistake, two stories at one address) leaves its own messages,
which are kept as `log`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .problems import Problem

SETTING = "SLINGSHOT_VERDICT"
FILE_NAME = "verdict.json"


@dataclass
class Verdict:
    """What a build said: whether it passed, and why."""

    passed: bool
    problems: list[Problem] = field(default_factory=list)
    # Stories left out on purpose, as (path, why).
    left_out: list[tuple[str, str]] = field(default_factory=list)
    # Errors Pelican (or a plugin) logged, which fail the build too.
    logged: list[str] = field(default_factory=list)
    # The build's own messages, when it failed without a reason in the lists above.
    log: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "problems": [asdict(problem) for problem in self.problems],
                "left_out": [{"path": path, "why": why} for path, why in self.left_out],
                "logged": self.logged, "log": self.log}


def write_verdict(settings: Mapping[str, Any], passed: bool, problems: list[Problem],
                  left_out: list[tuple[str, str]], logged: list[str]) -> None:
    """Write the verdict to the file `SLINGSHOT_VERDICT` names (nothing when it names none)."""
    target = settings.get(SETTING)
    if target:
        verdict = Verdict(passed, list(problems), list(left_out), list(logged))
        Path(target).write_text(json.dumps(verdict.to_dict(), indent=1), encoding="utf-8")


def read_verdict(path: Path, returncode: int, log: str) -> Verdict:
    """The verdict of a finished build: its exit status decides; the file gives the reasons."""
    try:
        given = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        given = {}
    verdict = Verdict(
        passed=returncode == 0,
        problems=[Problem(**problem) for problem in given.get("problems", [])],
        left_out=[(item["path"], item["why"]) for item in given.get("left_out", [])],
        logged=list(given.get("logged", [])),
    )
    if not verdict.passed and not (verdict.errors or verdict.logged):
        verdict.log = log.strip()
    return verdict


class ScratchBuild:
    """A build of `content` with `settings_file`, into a scratch folder, in the background.

    Everything it writes goes to the scratch folder: the site, the verdict and the campaign
    kit (moved there from wherever `CAMPAIGN_KIT` puts it), so `output/` and `kit/` are
    left as they are.
    """

    def __init__(self, content: Path, settings_file: Path, settings: Mapping[str, Any]) -> None:
        self._scratch = tempfile.TemporaryDirectory(prefix="slingshot-check-")
        folder = Path(self._scratch.name)
        self._verdict_file = folder / FILE_NAME
        overrides: dict[str, Any] = {SETTING: str(self._verdict_file)}
        kit = settings.get("CAMPAIGN_KIT")
        if isinstance(kit, Mapping):
            overrides["CAMPAIGN_KIT"] = {**kit, "path": str(folder / "kit")}
        command = [sys.executable, "-m", "pelican", str(content), "-s", str(settings_file),
                   "-o", str(folder / "output"), "-e",
                   *(f"{key}={json.dumps(value)}" for key, value in overrides.items())]
        wide = {**os.environ, "COLUMNS": "160"}  # so that the log does not wrap a message
        self._process = subprocess.Popen(  # noqa: S603 - a list of arguments, no shell
            command, cwd=settings_file.parent, env=wide, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
            errors="replace")

    def verdict(self) -> Verdict:
        """Wait for the build to end; its verdict. The scratch folder is removed."""
        log, _ = self._process.communicate()
        try:
            return read_verdict(self._verdict_file, self._process.returncode, log)
        finally:
            self._scratch.cleanup()
