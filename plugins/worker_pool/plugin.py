"""Pelican adapter: a pool per build, its jobs handed out as each generator is created."""

from __future__ import annotations

from typing import Any

from pelican import signals

from . import jobs, pool


def configure(pelican: Any) -> None:
    pool.configure(pelican.settings)


def finish(_pelican: Any) -> None:
    jobs.finish()
    pool.shutdown()


def register() -> None:
    # The settings say how many workers a build may use.
    signals.initialized.connect(configure)
    # Generators are all created before any of them reads a file: the workers start then.
    signals.article_generator_init.connect(jobs.prepare_sources)
    signals.page_generator_init.connect(jobs.prepare_sources)
    # Workers stop after the last writer, before the next build (autoreload) starts.
    signals.finalized.connect(finish)
