"""The built pages read by idle workers as the build writes them.

While Pelican writes pages and feeds in the build's own process, the worker pool's workers
have finished the stories' jobs and wait. Each page or feed Pelican writes (its public
`content_written` and `feed_written` signals) is handed to a worker to be read as the check
of the built site reads it (`output_check.read_ahead`). The check at the end of the build
takes a reading only for a file that still holds the bytes that were read, and reads every
other file itself, so the verdict never depends on the workers.

Only when the pool is running (a site large enough to hand its stories to workers) and the
build is checked (not the preview).
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from plugins.worker_pool import pool

from .blocked_links import blocked_domains
from .output_check import Reading, read_ahead

_pending: dict[str, Future] = {}  # path in the output folder: its worker's task
_build: dict[str, Any] = {}  # what every task of this build is given: the folder, SITEURL, domains


def start(pelican: Any) -> None:
    """A new build: forget the last one's tasks; nothing is read ahead for a preview."""
    _pending.clear()
    _build.clear()
    if not pelican.settings.get("SLINGSHOT_PREVIEW"):
        _build.update(site=Path(pelican.output_path).resolve(),
                      siteurl=pelican.settings.get("SITEURL", ""),
                      blocked=blocked_domains(pelican.settings))


def offer(path: str, *_: Any, **__: Any) -> None:
    """Receiver of `content_written` and `feed_written`: hand the file to a worker."""
    if not _build or not pool.running():
        return
    written = Path(path).resolve()
    if not written.is_relative_to(_build["site"]):
        return
    future = pool.submit(read_ahead, _build["site"], written, _build["siteurl"], _build["blocked"])
    if future is not None:
        _pending[written.relative_to(_build["site"]).as_posix()] = future


def readings() -> dict[str, Reading]:
    """The files read ahead in this build, by path in the output folder; a task the pool
    cancelled or that failed is left out (the check reads that file itself)."""
    done = {relative: pool.result(future) for relative, future in _pending.items()
            if not future.cancelled()}
    _pending.clear()
    return {relative: reading for relative, reading in done.items() if reading is not None}
