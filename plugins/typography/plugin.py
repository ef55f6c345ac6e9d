"""Pelican adapter: the typogrifying reader for every Markdown extension, read ahead."""

from __future__ import annotations

import os
from typing import Any

from pelican import signals
from pelican.readers import MarkdownReader, Readers

from worker_pool import Preparer, add_preparer

from .reader import PREPARER, TypographicMarkdownReader, read_ahead


def take_over_typogrify(pelican: Any) -> None:
    """Typogrify in the reader instead of in Pelican, which would do it after the cache."""
    settings = pelican.settings
    settings["SLINGSHOT_TYPOGRIFY"] = settings.get("TYPOGRIFY", False)
    settings["TYPOGRIFY"] = False


def use_reader(readers: Readers) -> None:
    for extension in MarkdownReader.file_extensions:
        if extension in readers.reader_classes:
            readers.reader_classes[extension] = TypographicMarkdownReader


def not_cached(full_path: str, generator: Any) -> bool:
    """Worth reading ahead: a Markdown file Pelican's content cache does not hold."""
    extension = os.path.splitext(full_path)[1].lstrip(".")
    if extension not in MarkdownReader.file_extensions:
        return False
    return generator.readers.get_cached_data(full_path, None) is None


def register() -> None:
    signals.initialized.connect(take_over_typogrify)
    signals.readers_init.connect(use_reader)
    add_preparer(Preparer(PREPARER, not_cached, read_ahead))
