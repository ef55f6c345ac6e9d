"""One process pool per build, used only where workers can be forked.

Forked workers inherit the build's settings and loaded code, so nothing but a task's
arguments and result crosses between processes. Where there is no `fork` (Windows), with
one core, or when `SLINGSHOT_WORKERS` is 0, nothing is submitted and every plugin
does its work in the build's own process. Callers must treat a missing or failed future as
"do it yourself": what is built never depends on the pool.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

logger = logging.getLogger("pelican.plugins.worker_pool")

_executor: ProcessPoolExecutor | None = None
_workers = 0  # workers a build may use (SLINGSHOT_WORKERS, the cores)


def worker_count(settings: dict) -> int:
    """`SLINGSHOT_WORKERS`, or one worker per core this process may use (none with one core:
    the build itself keeps it busy)."""
    chosen = settings.get("SLINGSHOT_WORKERS")
    if chosen is not None:
        return max(0, int(chosen))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores if cores and cores > 1 else 0


def configure(settings: dict) -> None:
    """Set the size of every build's pool (the pool itself starts on the first task)."""
    global _workers
    shutdown()
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    _workers = worker_count(settings) if can_fork else 0


def available() -> bool:
    return _workers > 0


def size() -> int:
    return _workers


def submit(function: Callable[..., Any], *arguments: Any) -> Future | None:
    """Run `function(*arguments)` in a worker; None when there are no workers."""
    global _executor
    if not available():
        return None
    if _executor is None:
        context = multiprocessing.get_context("fork")
        _executor = ProcessPoolExecutor(max_workers=_workers, mp_context=context)
    return _executor.submit(function, *arguments)


def result(future: Future | None) -> Any | None:
    """The future's result, or None when there was none or the worker failed."""
    if future is None:
        return None
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - the caller does the work itself instead
        logger.debug("worker_pool: a task failed (%s: %s); done in the build instead",
                     error.__class__.__name__, error)
        return None


def shutdown() -> None:
    """Stop the workers (tasks nobody asked for are cancelled); the next build may use them."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=True, cancel_futures=True)
        _executor = None
