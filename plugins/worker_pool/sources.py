"""Source files prepared ahead: each plugin says what it wants from a file, workers do it.

When a generator (articles, pages) starts, every source file it will read is offered to the
preparers. Files that some preparer still needs (not cached already) get one task each,
submitted in the order Pelican reads them, so results arrive just ahead of the build. The
build then asks `prepared(name, path)` and does the work itself if the answer is None.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from pelican.generators import PagesGenerator

from . import pool

logger = logging.getLogger("pelican.plugins.worker_pool")

# Below this many stories, reading ahead costs more CPU than it saves time (each worker
# loads the guard's name lists): a small site reads its stories itself, and the workers
# only draw its share cards and compose its kit while it writes its pages.
SMALL_SITE = 150
# Below this many files to read, a rebuild reads them itself (cards and the kit may still
# use the workers).
MIN_FILES = 16


@dataclass(frozen=True)
class Preparer:
    """What one plugin does ahead with a source file.

    `needed(full_path, generator)` runs in the build: is the work still to do?
    `prepare(full_path, settings)` runs in a worker; what it returns must pickle.
    `warm_up()`, if given, runs in the build before files are handed out: what it loads
    (word lists, patterns) each worker inherits when forked, and the build keeps for its
    own checks and for the next build in the same process (`invoke serve`).
    """

    name: str
    needed: Callable[[str, Any], bool]
    prepare: Callable[[str, dict], Any]
    warm_up: Callable[[], None] | None = None


_preparers: dict[str, Preparer] = {}
_futures: dict[str, Future] = {}
_settings: dict = {}


def add_preparer(preparer: Preparer) -> None:
    _preparers[preparer.name] = preparer


def prepare_sources(generator: Any) -> None:
    """Submit the generator's source files to the workers, in reading order."""
    if not pool.available() or not _preparers:
        return
    files = source_files(generator)
    if not isinstance(generator, PagesGenerator) and len(files) < SMALL_SITE:
        return
    wanted = []
    for full_path in files:
        names = tuple(name for name, preparer in _preparers.items()
                      if preparer.needed(full_path, generator))
        if names:
            wanted.append((full_path, names))
    if len(wanted) < MIN_FILES and not _futures:  # a few pages after the stories do go
        return
    global _settings
    _settings = generator.settings  # workers forked from now on inherit it
    for name in dict.fromkeys(name for _, names in wanted for name in names):
        if _preparers[name].warm_up:
            _preparers[name].warm_up()
    for full_path, names in wanted:
        _futures[full_path] = pool.submit(_prepare_file, full_path, names)
    logger.info("worker_pool: %d source files handed to %d workers", len(wanted), pool.size())


def source_files(generator: Any) -> list[str]:
    """Full paths of the files the generator will read, as the publish gate names them."""
    kind = "PAGE" if isinstance(generator, PagesGenerator) else "ARTICLE"
    settings = generator.settings
    found = generator.get_files(settings[f"{kind}_PATHS"], exclude=settings[f"{kind}_EXCLUDES"])
    return [os.path.abspath(os.path.join(generator.path, path)) for path in found]


def _prepare_file(full_path: str, names: tuple[str, ...]) -> dict[str, Any]:
    """In a worker: every preparer's result for one file; a failed one is left out."""
    results = {}
    for name in names:
        try:
            results[name] = _preparers[name].prepare(full_path, _settings)
        except Exception:  # noqa: BLE001, S112 - the build does this work itself instead
            continue
    return results


def prepared(name: str, full_path: str) -> Any | None:
    """What a worker prepared for `name` from this file (waiting for it), or None."""
    results = pool.result(_futures.get(full_path)) or {}
    return results.get(name)


def forget() -> None:
    _futures.clear()
