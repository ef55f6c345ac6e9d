"""The one phase: each plugin's pure job on each source file, keyed by the file's bytes.

When a generator (articles, pages) is created, before it reads anything, every file it will
read is offered to the registered jobs. A file some job still needs goes to a worker, with
the SHA-256 of its bytes. A result is kept under (job, digest): `result_for(name, path)`
gives it only while the file still holds those bytes, and a result made by an earlier build
in the same process (`invoke serve`) is used again without running the job. The build does
the work itself whenever the answer is None, so what is built never depends on the pool.

A job returns data the build uses beside what Pelican reads; it never stands in for what
Pelican's reader returns.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.generators import PagesGenerator

from . import pool

logger = logging.getLogger("pelican.plugins.worker_pool")

# Below this many stories, handing files out costs more CPU than it saves time (each worker
# loads the guard's name lists): a small site checks its stories itself.
SMALL_SITE = 150
# Below this many files still to do, a rebuild does them itself.
MIN_FILES = 16


@dataclass(frozen=True)
class Preparer:
    """One plugin's pure job on a source file.

    `needed(full_path, generator)` runs in the build: is the work still to do?
    `prepare(full_path, settings)` runs in a worker; it must depend only on the file's bytes
    and the settings, and what it returns must pickle.
    `warm_up()`, if given, runs in the build before files are handed out: what it loads
    (word lists, patterns) each worker inherits when forked.
    """

    name: str
    needed: Callable[[str, Any], bool]
    prepare: Callable[[str, dict], Any]
    warm_up: Callable[[], None] | None = None


_preparers: dict[str, Preparer] = {}
_pending: dict[str, tuple[str, Future | None]] = {}  # full path: (digest, its worker's task)
_done: dict[tuple[str, str], Any] = {}  # (job, digest): result, kept between builds
_used: set[tuple[str, str]] = set()  # the keys this build asked for
_settings: dict = {}


def add_preparer(preparer: Preparer) -> None:
    _preparers[preparer.name] = preparer


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def prepare_sources(generator: Any) -> None:
    """Hand the generator's files that some job still needs to the workers, in reading order."""
    if not pool.available() or not _preparers:
        return
    files = source_files(generator)
    if not isinstance(generator, PagesGenerator) and len(files) < SMALL_SITE:
        return
    wanted = []
    for full_path in files:
        key = digest(Path(full_path).read_bytes())
        names = tuple(name for name, preparer in _preparers.items()
                      if (name, key) not in _done and preparer.needed(full_path, generator))
        if names:
            wanted.append((full_path, key, names))
    if len(wanted) < MIN_FILES and not _pending:  # a few pages after the stories do go
        return
    global _settings
    _settings = generator.settings  # workers forked from now on inherit it
    for name in dict.fromkeys(name for *_, names in wanted for name in names):
        if _preparers[name].warm_up:
            _preparers[name].warm_up()
    for full_path, key, names in wanted:
        _pending[full_path] = (key, pool.submit(run_jobs, full_path, key, names))
    logger.info("worker_pool: %d source files handed to %d workers", len(wanted), pool.size())


def source_files(generator: Any) -> list[str]:
    """Full paths of the files the generator will read."""
    kind = "PAGE" if isinstance(generator, PagesGenerator) else "ARTICLE"
    settings = generator.settings
    found = generator.get_files(settings[f"{kind}_PATHS"], exclude=settings[f"{kind}_EXCLUDES"])
    return [os.path.abspath(os.path.join(generator.path, path)) for path in found]


def run_jobs(full_path: str, key: str, names: tuple[str, ...]) -> dict[str, Any]:
    """In a worker: each job's result for one file, if it still holds the bytes of `key`;
    a job that fails is left out."""
    if digest(Path(full_path).read_bytes()) != key:
        return {}
    results = {}
    for name in names:
        try:
            results[name] = _preparers[name].prepare(full_path, _settings)
        except Exception:  # noqa: BLE001, S112 - the build does this work itself instead
            continue
    return results


def result_for(name: str, full_path: str, raw: bytes | None = None) -> Any | None:
    """The result of job `name` for the file's present bytes (waiting for its worker), or
    None. `raw`, when given, is the file's bytes as the caller read them."""
    key = digest(Path(full_path).read_bytes() if raw is None else raw)
    pending = _pending.pop(full_path, None)
    if pending is not None:
        submitted, future = pending
        for done_name, value in (pool.result(future) or {}).items():
            _done[(done_name, submitted)] = value
    _used.add((name, key))
    return _done.get((name, key))



def finish() -> None:
    """End of a build: keep only the results it used, for the next build in this process."""
    for key in set(_done) - _used:
        del _done[key]
    _used.clear()
    _pending.clear()
