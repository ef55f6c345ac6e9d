"""Pelican adapter: with the content cache on, leave unchanged pages and feeds as they are.

A build with the cache on and a manifest from the last build into the same output folder:

1. does not let Pelican delete the output folder, and lists what is in it;
2. writes through `SkippingWriter`, which leaves each page or feed whose inputs and reads
   are unchanged as it is (see `ledger.py`);
3. at the very end, after every other plugin has written (sitemap.xml, robots.txt), removes
   the files that this build neither wrote nor left on purpose (see `pruning.py`), and
   saves the manifest for the next build.

Any other build (no cache, no manifest yet, a plugin not checked) is Pelican's own: the
first build with the cache writes everything and saves a manifest.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican import signals

from .ledger import Ledger
from .manifest import discard, load, manifest_file, save
from .pruning import Stamp, holds_content, listing, remove, stale_files
from .settings import cache_loaded, options, reasons_to_write_everything
from .writer import SkippingWriter

logger = logging.getLogger("pelican.plugins.unchanged_pages")


@dataclass
class Build:
    """One build that leaves unchanged files as they are."""

    pelican: Any
    ledger: Ledger
    manifest: Path
    before: dict[str, Stamp] | None  # the output's files before the build, if it is pruned
    started: float = field(default_factory=time.perf_counter)


_build: Build | None = None
# The Pelican object whose output folder this plugin stopped it deleting: `--autoreload`
# runs every build with one object, so it is told to delete again after each build.
_kept_from_deleting: Any = None


def check_settings(pelican: Any) -> None:
    """Stop at once on a mistake in UNCHANGED_PAGES."""
    _, problems = options(pelican.settings)
    if problems:
        for problem in problems:
            logger.critical("unchanged_pages: %s", problem)
        raise SystemExit(1)


def start_build(pelican: Any) -> None:
    """Decide whether this build leaves unchanged files as they are; if so, stop Pelican
    deleting the output folder and list what is in it."""
    global _build
    _build = None
    delete_again()
    settings = pelican.settings
    if not cache_loaded(settings):
        return
    reasons = reasons_to_write_everything(settings, list(settings.get("PLUGINS", [])))
    if len(signals.get_writer.receivers) > 1:
        reasons.append("another plugin supplies Pelican's writer")
    if reasons:
        logger.warning("unchanged_pages: every file is written: %s.", "; ".join(reasons))
        return
    output = pelican.output_path
    path = manifest_file(settings["CACHE_PATH"], options(settings)[0]["manifest"], output)
    previous = load(path, output)
    discard(path)  # a build that stops half-way leaves none, so the next one starts clean
    prune = pelican.delete_outputdir and not holds_content(output, settings["PATH"])
    before = None
    if previous is not None and prune:
        keep_from_deleting(pelican)
        before = listing(output)
    _build = Build(pelican, Ledger(settings, output, previous), path, before)


def keep_from_deleting(pelican: Any) -> None:
    global _kept_from_deleting
    pelican.delete_outputdir = False
    _kept_from_deleting = pelican


def delete_again() -> None:
    """Undo `keep_from_deleting` (after the build it was for, or one that crashed)."""
    global _kept_from_deleting
    if _kept_from_deleting is not None:
        _kept_from_deleting.delete_outputdir = True
        _kept_from_deleting = None


def supply_writer(pelican: Any) -> type[SkippingWriter] | None:
    if _build is None or _build.pelican is not pelican:
        return None
    return SkippingWriter.for_ledger(_build.ledger)


def finish_build(pelican: Any) -> None:
    """After every `finalized` receiver: prune, save the manifest, say what was done."""
    global _build
    build = _build
    if build is None or build.pelican is not pelican:
        return
    _build = None
    delete_again()
    ledger = build.ledger
    trusted = ledger.context_unchanged()
    if not trusted:
        forget_skipped(build)
    removed = prune(build)
    if trusted:
        save(build.manifest, ledger.manifest())
    logger.info(
        "unchanged_pages: %d files left as they were, %d written, %d stale files removed; "
        "%.3f s deciding, %.3f s in all", len(ledger.skipped), len(ledger.written),
        len(removed), ledger.seconds, time.perf_counter() - build.started)
    for problem, count in ledger.problems.most_common(5):
        logger.info("unchanged_pages: %d files are always written: %s", count, problem)


def prune(build: Build) -> list[str]:
    if build.before is None:
        return []
    output = build.pelican.output_path
    retained = build.pelican.output_retention
    stale = stale_files(build.before, listing(output), build.ledger.skipped, retained)
    remove(output, stale)
    return stale


def forget_skipped(build: Build) -> None:
    """A plugin changed the site's data while pages were written, so the files left as
    they were may be out of date: remove them (no manifest is saved, so the next build
    writes everything), and say so."""
    skipped = build.ledger.skipped
    for name in sorted(skipped - build.ledger.written):
        os.remove(os.path.join(build.pelican.output_path, name))
    logger.error("unchanged_pages: the site's data changed while pages were being written, "
                 "so the %d files left from the last build were removed. Build again: the "
                 "next build writes every file. Tell the site's maintainers which plugins "
                 "are loaded.", len(skipped))
    skipped.clear()


def run_after_finalized(send: Any) -> Any:
    """`finalized.send`, then `finish_build`, even when a receiver stops the build (the
    publish gate raises SystemExit after listing refused stories: the output must still
    lose their pages). pelican-granular-signals wraps this signal the same way."""

    @functools.wraps(send)
    def send_then_finish(sender: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return send(sender, *args, **kwargs)
        finally:
            finish_build(sender)

    send_then_finish.finishes_unchanged_pages = True  # type: ignore[attr-defined]
    return send_then_finish


def register() -> None:
    # initialized: settings are read, nothing is built yet.
    signals.initialized.connect(check_settings)
    # get_generators fires at the start of every build, before Pelican deletes the output.
    signals.get_generators.connect(start_build)
    # get_writer: the only way for a plugin to supply the writer.
    signals.get_writer.connect(supply_writer)
    # The end of a build is after every finalized receiver, whatever their order.
    if not getattr(signals.finalized.send, "finishes_unchanged_pages", False):
        signals.finalized.send = run_after_finalized(signals.finalized.send)
