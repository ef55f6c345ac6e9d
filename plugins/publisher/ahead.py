"""The built pages read and checked by idle workers as the build writes them.

While Pelican writes pages and feeds in the build's own process, the worker pool's workers
have finished the stories' jobs and wait. The pages and feeds Pelican writes (its public
`content_written` and `feed_written` signals) are handed to them, BATCH at a time, to be read
as the check of the built site reads them and their lines checked by the guard, with the
inputs the check at the end will use (`output_check.check_ahead`). That check takes a reading
only for a file that still holds the bytes that were read, and the lines' findings only when
its own inputs are the same (`context_digest`); it reads and checks everything else itself,
so the verdict never depends on the workers.

Only when the pool is running (a site large enough to hand its stories to workers) and the
build is checked (not the preview). A file written after the last full batch is read at the end.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from plugins.worker_pool import pool

from .blocked_links import blocked_domains
from .inputs import check_inputs
from .output_check import Ahead, check_ahead, context_digest

logger = logging.getLogger(__name__)

BATCH = 40  # files a task: the inputs (every pseudonym on the site) are sent once a task

_build: dict[str, Any] = {}  # this build's folder, SITEURL, blocked domains and check inputs
_waiting: list[Path] = []  # written, not yet handed out
_tasks: list[Future] = []


def start(pelican: Any) -> None:
    """A new build: forget the last one's files; nothing is read ahead for a preview."""
    _build.clear()
    _waiting.clear()
    _tasks.clear()
    if not pelican.settings.get("SLINGSHOT_PREVIEW"):
        _build.update(site=Path(pelican.output_path).resolve(), settings=pelican.settings,
                      siteurl=pelican.settings.get("SITEURL", ""),
                      blocked=blocked_domains(pelican.settings))


def offer(path: str, *_: Any, **__: Any) -> None:
    """Receiver of `content_written` and `feed_written`: a file for the workers."""
    if not _build or not pool.running():
        return
    written = Path(path).resolve()
    if written.is_relative_to(_build["site"]):
        _waiting.append(written)
    if len(_waiting) >= BATCH and _arguments():
        future = pool.submit(check_ahead, _build["site"], list(_waiting), *_build["arguments"])
        if future is not None:
            _tasks.append(future)
        _waiting.clear()


def _arguments() -> tuple | None:
    """What every task is given besides its files, worked out on the first: every story has
    been read by the time the first page is written. None if that fails (the check at the
    end then reads and checks everything, and reports what is wrong)."""
    if "arguments" not in _build:
        try:
            inputs = check_inputs(_build["settings"])
        except Exception as error:  # noqa: BLE001 - the check at the end meets it again
            logger.debug("publisher: nothing checked ahead (%s)", error)
            _build.clear()
            return None
        siteurl, blocked = _build["siteurl"], _build["blocked"]
        _build["arguments"] = (
            siteurl, blocked, inputs.allowlist.phrases, tuple(inputs.declarations.pseudonyms),
            tuple(inputs.declarations.allowances), inputs.guard,
            context_digest(inputs.declarations, inputs.allowlist, inputs.guard, siteurl, blocked))
    return _build["arguments"]


def collected() -> Ahead:
    """What the workers read and checked in this build; a task the pool cancelled or that
    failed is left out (the check reads and checks those files itself)."""
    ahead = Ahead(context=_build["arguments"][-1] if "arguments" in _build else "")
    for future in _tasks:
        done = None if future.cancelled() else pool.result(future)
        if done is not None:
            ahead.readings.update(done[0])
            ahead.lines.update(done[1])
    _tasks.clear()
    _waiting.clear()
    return ahead
