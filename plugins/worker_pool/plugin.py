"""Pelican adapter: a pool per build, fed with source files as each generator starts."""

from __future__ import annotations

from typing import Any

from pelican import signals

from . import pool, sources


def configure(pelican: Any) -> None:
    pool.configure(pelican.settings)


def finish(_pelican: Any) -> None:
    sources.forget()
    pool.shutdown()


def register() -> None:
    signals.initialized.connect(configure)
    # Generators are all created before any of them reads a file: the workers start then.
    signals.article_generator_init.connect(sources.prepare_sources)
    signals.page_generator_init.connect(sources.prepare_sources)
    signals.finalized.connect(finish)
