"""Run every registered check on each source file before Pelican reads it.

Pelican's defaults let a bad file through with exit status 0: a reader that raises only
drops the file, and a logged error still writes the rest. So this plugin

- wraps each `Readers.read_file`, so checks see the raw bytes of every file Pelican reads
  (whatever the content cache holds), and a story with an error is refused before it
  exists as an article: it cannot reach a page, an index, a feed or a sitemap. A static
  file (an image) with an error is dropped from the files to copy instead, because the
  static generator does not survive a reader that raises;
- treats a check that crashes as an error in the file it was checking;
- refuses to build at all when a check named in `PUBLISH_GATE_REQUIRED` is not loaded;
- counts every error Pelican logs during the run;
- at the end of the build lists each problem with its file and line and exits with
  status 1 — unless the site is built for preview (`SLINGSHOT_PREVIEW = True`), where the
  author wants the rest of the site to keep rebuilding.

- checks everything the build wrote (every file of the output folder, its names included)
  with the receivers of `check_output`, in every build but a preview; a problem there fails
  the build and empties the output folder, since it holds something that was not checked.

Plugins that must act only on a build that passed (the campaign kit) connect to
`build_passed`, and check what they write with `check_built`.

Other plugins add checks by connecting to the `check_source` signal: a receiver gets
`path` (as shown to the author), `full_path`, `raw` (bytes), `content_class` and
`settings`, and returns a list of `Problem`. A receiver of `check_output` gets `folder`
(a built folder), `settings` and `site` (False for a folder that is not the site), and
returns a list of `Problem`.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from collections.abc import Callable
from typing import Any

from blinker import signal
from pelican import signals
from pelican.plugins import granular_signals
from pelican.contents import Static
from pelican.readers import Readers

from .problems import Problem

logger = logging.getLogger(__name__)

check_source = signal("slingshot_check_source")
check_output = signal("slingshot_check_output")
# Sent with the Pelican object at the end of a build that passed, and is not a preview.
build_passed = signal("slingshot_build_passed")


class SourceRejected(Exception):
    """Raised from `read_file` so Pelican skips a file that has an error."""


class ErrorCounter(logging.Handler):
    """Counts the errors Pelican logs during one build."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class Gate:
    """The problems of one build, and whether it may end with success."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.rejected: set[str] = set()
        self.errors_logged = ErrorCounter()

    def inspect(self, full_path: str, content_class: type, settings: dict) -> None:
        """Run the checks on one file; refuse it if any finds an error."""
        with open(full_path, "rb") as source:
            raw = source.read()
        shown = shown_path(full_path, settings)
        facts = {
            "path": shown,
            "full_path": full_path,
            "raw": raw,
            "content_class": content_class,
            "settings": settings,
        }
        found: list[Problem] = []
        for receiver in check_source.receivers_for(self):
            found.extend(self.run_check(receiver, facts))
        self.problems.extend(found)
        if any(problem.is_error for problem in found):
            self.rejected.add(shown)
            if not issubclass(content_class, Static):
                raise SourceRejected(f"{shown} was not published: it has errors")

    def run_check(self, receiver: Callable[..., list[Problem]], facts: dict) -> list[Problem]:
        """One check's problems; a check that crashes is an error, so the file is refused."""
        try:
            return list(receiver(self, **facts) or [])
        except Exception as error:  # noqa: BLE001 - any failure of a check must fail closed
            name = getattr(receiver, "__module__", "a check")
            return [
                Problem(
                    facts["path"],
                    1,
                    f"{name} could not check this file ({error.__class__.__name__}: {error})",
                    "The file was not published. Tell the site's maintainers, with this message",
                )
            ]


def shown_path(full_path: str, settings: dict) -> str:
    """A path as the author knows it: from the folder that holds `content/`."""
    return os.path.relpath(full_path, os.path.dirname(settings["PATH"]))


def check_built(folder: Path, settings: dict, site: bool = True) -> list[Problem]:
    """Every check of built files on `folder` (the site, or with `site` False another folder
    the build writes, such as the campaign kit); a check that crashes is a problem too."""
    found: list[Problem] = []
    for receiver in check_output.receivers_for(None):
        try:
            found.extend(receiver(None, folder=folder, settings=settings, site=site) or [])
        except Exception as error:  # noqa: BLE001 - any failure of a check must fail closed
            found.append(Problem(folder.name, 1, f"{receiver.__module__} could not check the built "
                                 f"files ({error.__class__.__name__}: {error})",
                                 "Tell the site's maintainers, with this message"))
    return found


def empty_folder(folder: Path) -> None:
    """Remove what a failed build wrote, so nothing unchecked is left to copy or publish."""
    for child in folder.iterdir() if folder.is_dir() else ():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def missing_checks(settings: dict) -> list[str]:
    """Plugins named in `PUBLISH_GATE_REQUIRED` whose checks are not connected."""
    connected = {
        part
        for signal_ in (check_source, check_output)
        for receiver in signal_.receivers_for(None)
        for part in getattr(receiver, "__module__", "").split(".")
    }
    return [name for name in settings.get("PUBLISH_GATE_REQUIRED", []) if name not in connected]


_gate = Gate()


def start_build(pelican: Any) -> None:
    """Forget the last build's problems (autoreload runs many builds in one process).

    Refuse to build at all when a required check is missing: a site built without its
    anonymity guard would publish whatever the stories say.
    """
    missing = missing_checks(pelican.settings)
    if missing:
        logger.critical(
            "Build refused: the check(s) %s are not loaded. Add them to PLUGINS in your "
            "settings (see pelicanconf.py).",
            ", ".join(missing),
        )
        raise SystemExit(1)
    # pelican-granular-signals sends its `deploy` signal after every `finalized` receiver
    # (whose order blinker does not define) and after its `sitemap` and `compress` signals:
    # by then every file of the build is written, the sitemap and compressed copies included.
    # Registered now, once every plugin has registered, so that it comes after them all.
    granular_signals.register()
    global _gate
    logging.getLogger("pelican").removeHandler(_gate.errors_logged)
    _gate = Gate()
    logging.getLogger("pelican").addHandler(_gate.errors_logged)


def guard_readers(readers: Readers) -> None:
    """Make every read of a source file pass the checks first."""
    read_file: Callable[..., Any] = readers.read_file

    def checked_read_file(base_path: str, path: str, content_class: type, *args, **kwargs):
        full_path = os.path.abspath(os.path.join(base_path, path))
        _gate.inspect(full_path, content_class, readers.settings)
        return read_file(base_path, path, content_class, *args, **kwargs)

    readers.read_file = checked_read_file


def drop_rejected_files(generator: Any) -> None:
    """Remove refused static files from the list the static generator will copy."""
    generator.staticfiles[:] = [
        static
        for static in generator.staticfiles
        if shown_path(static.source_path, generator.settings) not in _gate.rejected
    ]


def finish_build(pelican: Any) -> None:
    """Report every problem; fail the build if anything was refused or went wrong."""
    logging.getLogger("pelican").removeHandler(_gate.errors_logged)
    for problem in _gate.problems:
        log = logger.error if problem.is_error else logger.warning
        log("%s", problem.describe())
    accepted = sum(1 for problem in _gate.problems if problem.severity == "accepted")
    if accepted:
        logger.warning("%d detail(s) accepted by the stories' Pseudonyms: and Allow: (listed above): "
                    "review them before you publish", accepted)
    if pelican.settings.get("SLINGSHOT_PREVIEW"):
        return
    output = Path(pelican.output_path)
    built = [problem for problem in check_built(output, pelican.settings) if problem.is_error]
    for problem in built:
        logger.error("%s", problem.describe())
    failed = bool(_gate.rejected or built) or _gate.errors_logged.count > 0
    if not failed:
        build_passed.send(pelican)
        return
    if built:
        empty_folder(output)
    logger.critical(
        "Build failed: %d file(s) not published (%s) and %d error(s) logged%s. "
        "Fix the problems listed above, then build again.",
        len(_gate.rejected),
        ", ".join(sorted(_gate.rejected)) or "none",
        _gate.errors_logged.count,
        f"; the built site held something no check of its sources found, so {output} was "
        "emptied" if built else "",
    )
    raise SystemExit(1)


def register() -> None:
    # get_generators fires at the start of every build, before any file is read.
    signals.get_generators.connect(start_build)
    # readers_init fires for each generator's readers: the only door every file uses.
    signals.readers_init.connect(guard_readers)
    # static_generator_finalized fires before any static file is copied.
    signals.static_generator_finalized.connect(drop_rejected_files)
    # deploy fires after everything is written: the verdict on the whole build.
    signal("deploy").connect(finish_build)
