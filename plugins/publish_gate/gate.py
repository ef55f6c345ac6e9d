"""Run every registered check on each source file before Pelican reads it.

Pelican's defaults let a bad file through with exit status 0: a reader that raises only
drops the file, and a logged error still writes the rest. So this plugin

- checks, as each generator starts, every file it will read, so checks see the raw bytes of
  every file whatever the content cache holds, before Pelican parses it;
- sends every story file that no generator will read (`content/interviews/x.md`, outside every
  kind's folder: Pelican would skip it without a word) to the receivers of `check_unread`;
- refuses a story with an error as Pelican makes it into an article (`content_object_init`):
  it cannot reach a page, an index, a feed or a sitemap. A static file (an image) with an
  error is dropped from the files to copy instead, because the static generator does not
  survive a reader that raises. A file no generator listed (a linked picture) is checked there;
- treats a check that crashes as an error in the file it was checking;
- refuses to build at all when a check named in `PUBLISH_GATE["required"]` is not loaded;
- counts every error Pelican logs during the run;
- at the end of the build lists each problem with its file and line, then each story left out
  (`leave_out`: drafts, stories held back until their date), and exits with status 1 — unless
  the site is built for preview (`SLINGSHOT_PREVIEW = True`), where the author wants the rest
  of the site to keep rebuilding;
- writes that verdict as JSON to the file `SLINGSHOT_VERDICT` names, when it names one
  (verdict.py: `invoke check` reads it).

- checks everything the build wrote (every file of the output folder, its names included)
  with the receivers of `check_output`, in every build but a preview; a problem there fails
  the build and empties the output folder, since it holds something that was not checked.

Plugins that must act only on a build that passed (the campaign kit) connect to
`build_passed`, and check what they write with `check_built`.

Other plugins add checks by connecting to the `check_source` signal: a receiver gets
`path` (as shown to the author), `full_path`, `raw` (bytes), `content_class` and
`settings`, and returns a list of `Problem`; a receiver of `check_unread` gets the same, with
`content_class` None. A receiver of `check_output` gets `folder` (a built folder), `settings`
and `site` (False for a folder that is not the site), and returns a list of `Problem`.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from blinker import signal
from pelican import signals
from pelican.contents import Article, Content, Page, Static
from pelican.generators import ArticlesGenerator, PagesGenerator, StaticGenerator
from pelican.plugins import granular_signals

from .problems import Problem
from .settings import read_setting, stop_on_problems
from .verdict import write_verdict

logger = logging.getLogger(__name__)

check_source = signal("slingshot_check_source")
check_output = signal("slingshot_check_output")
check_unread = signal("slingshot_check_unread")
# Sent with the Pelican object at the end of a build that passed, and is not a preview.
build_passed = signal("slingshot_build_passed")


# PUBLISH_GATE: the plugins whose checks must be loaded, or the build is refused.
DEFAULTS: dict[str, Any] = {"required": ["story_model", "anonymity", "publisher"]}
KINDS = {"required": list[str]}

# What each generator reads: the content it makes, and the settings it lists its files with
# (paths, excludes, and extensions: None for its readers', False for any).
SOURCES = (
    (ArticlesGenerator, Article, "ARTICLE_PATHS", "ARTICLE_EXCLUDES", None),
    (PagesGenerator, Page, "PAGE_PATHS", "PAGE_EXCLUDES", None),
    (StaticGenerator, Static, "STATIC_PATHS", "STATIC_EXCLUDES", False),
)


# What Pelican logs when a reader raises, as it does for a file refused here (SourceRejected).
PELICAN_SKIPPED = "Could not process %s"


class SourceRejected(Exception):
    """Raised as an article or page is made, so that Pelican skips a file that has an error."""


class ErrorCounter(logging.Handler):
    """Counts the errors Pelican logs during one build."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    @property
    def count(self) -> int:
        return len(self.records)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Gate:
    """The problems of one build, and whether it may end with success."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.checked: set[str] = set()
        self.rejected: set[str] = set()
        # Stories the build leaves out on purpose, as (path, why): drafts, embargoed stories.
        self.left_out: list[tuple[str, str]] = []
        self.errors_logged = ErrorCounter()

    def inspect(self, full_path: str, content_class: type | None, settings: dict,
                checks: Any = check_source) -> None:
        """Run the checks (`check_source`, or `check_unread` for a file no generator reads)
        on one file; refuse it if any finds an error."""
        self.checked.add(full_path)
        shown = shown_path(full_path, settings)
        facts = dict(path=shown, full_path=full_path, raw=Path(full_path).read_bytes(),
                     content_class=content_class, settings=settings)
        found: list[Problem] = []
        for receiver in checks.receivers_for(self):
            found += run_check(receiver, self, shown, "this file", "The file was not published. "
                               "Tell the site's maintainers, with this message", facts)
        self.problems.extend(found)
        if any(problem.is_error for problem in found):
            self.rejected.add(shown)

    def logged_errors(self, settings: dict) -> list[str]:
        """The errors logged during the build, but for Pelican's "Could not process" for each
        file refused here (the file's own problems say why)."""
        def refused(record: logging.LogRecord) -> bool:
            if record.msg != PELICAN_SKIPPED or not isinstance(record.args, tuple) or not record.args:
                return False
            source = os.path.join(settings["PATH"], str(record.args[0]))
            return shown_path(source, settings) in self.rejected

        return [record.getMessage() for record in self.errors_logged.records if not refused(record)]


def run_check(receiver: Callable[..., list[Problem]], sender: Any, shown: str, what: str,
              advice: str, facts: dict) -> list[Problem]:
    """One check's problems, each marked with the check's module; a check that crashes is an
    error in what it checked (`shown`)."""
    name = getattr(receiver, "__module__", "a check")
    try:
        return [replace(problem, check=name) for problem in receiver(sender, **facts) or []]
    except Exception as error:  # noqa: BLE001 - any failure of a check must fail closed
        message = f"{name} could not check {what} ({error.__class__.__name__}: {error})"
        return [Problem(shown, 1, message, advice, check=name)]


def shown_path(full_path: str, settings: dict) -> str:
    """A path as the author knows it: from the folder that holds `content/`."""
    return os.path.relpath(full_path, os.path.dirname(settings["PATH"]))


def check_built(folder: Path, settings: dict, site: bool = True) -> list[Problem]:
    """Every check of built files on `folder` (the site, or with `site` False another folder
    the build writes, such as the campaign kit); a check that crashes is a problem too."""
    facts = dict(folder=folder, settings=settings, site=site)
    found: list[Problem] = []
    for receiver in check_output.receivers_for(None):
        found += run_check(receiver, None, folder.name, "the built files",
                           "Tell the site's maintainers, with this message", facts)
    return found


def empty_folder(folder: Path) -> None:
    """Remove what a failed build wrote, so nothing unchecked is left to copy or publish."""
    for child in folder.iterdir() if folder.is_dir() else ():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def missing_checks(settings: dict) -> list[str]:
    """Plugins named in `PUBLISH_GATE["required"]` whose checks are not connected."""
    connected = {
        part
        for signal_ in (check_source, check_output)
        for receiver in signal_.receivers_for(None)
        for part in getattr(receiver, "__module__", "").split(".")
    }
    required = read_setting(settings, "PUBLISH_GATE", DEFAULTS, KINDS)[0]["required"]
    return [name for name in required if name not in connected]


def check_settings(pelican: Any) -> None:
    """Stop before anything is built when PUBLISH_GATE has a mistake."""
    stop_on_problems("publish_gate", read_setting(pelican.settings, "PUBLISH_GATE", DEFAULTS, KINDS)[1])


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
            "settings (see pelicanconf.py, PUBLISH_GATE).",
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


def check_sources(generator: Any) -> None:
    """Check every file the generator will read, before it reads any; with the articles'
    generator, also every story file that no generator will read."""
    for kind, content_class, paths, excludes, extensions in SOURCES:
        if isinstance(generator, kind):
            settings = generator.settings
            for path in sorted(generator.get_files(settings[paths], exclude=settings[excludes],
                                                   extensions=extensions)):
                _gate.inspect(os.path.abspath(os.path.join(generator.path, path)),
                              content_class, settings)
    if isinstance(generator, ArticlesGenerator):
        for path in unread_files(generator):
            _gate.inspect(os.path.abspath(os.path.join(generator.path, path)), None,
                          generator.settings, checks=check_unread)


def unread_files(generator: Any) -> list[str]:
    """Files below PATH with a reader's extension (stories, pages) that none of the articles',
    pages' or static generators lists: Pelican would skip them without a word."""
    settings = generator.settings
    listed = {
        os.path.normpath(path)
        for _kind, _class, paths, excludes, extensions in SOURCES
        for path in generator.get_files(settings[paths], exclude=settings[excludes],
                                        extensions=extensions)
    }
    every = {os.path.normpath(path) for path in generator.get_files([""])}
    return sorted(every - listed)


def leave_out(path: str, why: str) -> None:
    """Name a story the build leaves out on purpose (`why`: "a draft", "held back until ...")
    in the build's summary and its verdict."""
    _gate.left_out.append((path, why))


def refuse_rejected(content: Content) -> None:
    """Stop a story or page with an error from becoming an article or a page; check a file
    no generator listed (a picture a story links to) now."""
    path = content.source_path
    if not isinstance(content, (Article, Page, Static)) or not path or not os.path.isfile(path):
        return
    if path not in _gate.checked:
        _gate.inspect(path, type(content), content.settings)
    shown = shown_path(path, content.settings)
    if shown in _gate.rejected and not isinstance(content, Static):
        raise SourceRejected(f"{shown} was not published: it has errors")


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
    for path, why in _gate.left_out:
        logger.warning("Not published, %s: %s", why, path)
    output = Path(pelican.output_path)
    built = [problem for problem in check_built(output, pelican.settings) if problem.is_error]
    for problem in built:
        logger.error("%s", problem.describe())
    failed = bool(_gate.rejected or built) or _gate.errors_logged.count > 0
    if not failed:
        after_passing(pelican, _gate.problems + built)
        return
    write_verdict(pelican.settings, False, _gate.problems + built, _gate.left_out,
                  _gate.logged_errors(pelican.settings))
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


def after_passing(pelican: Any, problems: list[Problem]) -> None:
    """Send `build_passed`, then write the verdict. A receiver may still stop the build (the
    campaign kit, when its check of the kit finds something): the verdict then says so, with
    the errors logged meanwhile, by any logger."""
    caught = ErrorCounter()
    logging.getLogger().addHandler(caught)
    try:
        build_passed.send(pelican)
    except SystemExit:
        logged = [record.getMessage() for record in caught.records]
        write_verdict(pelican.settings, False, problems, _gate.left_out,
                      logged or ["the build stopped after its checks passed"])
        raise
    finally:
        logging.getLogger().removeHandler(caught)
    write_verdict(pelican.settings, True, problems, _gate.left_out, [])


def register() -> None:
    """Connect the gate to the points of a build it must see."""
    # initialized: the settings are read and nothing is built yet.
    signals.initialized.connect(check_settings)
    # get_generators fires at the start of every build, before any file is read.
    signals.get_generators.connect(start_build)
    # Each generator's init signal fires before it reads a file: check all it will read.
    for started in (signals.article_generator_init, signals.page_generator_init,
                    signals.static_generator_init):
        started.connect(check_sources)
    # content_object_init fires as each file becomes an article, page or static file.
    signals.content_object_init.connect(refuse_rejected)
    # static_generator_finalized fires before any static file is copied.
    signals.static_generator_finalized.connect(drop_rejected_files)
    # deploy fires after everything is written: the verdict on the whole build.
    # (pelican-granular-signals publishes its signals by name only, as blinker named signals.)
    signal("deploy").connect(finish_build)
