"""Pelican adapter: the typogrifying reader for every Markdown extension."""

from __future__ import annotations

from typing import Any

from pelican import signals
from pelican.readers import MarkdownReader, Readers

from plugins.worker_pool import Preparer, add_preparer

from .reader import CONVERSIONS, TypographicMarkdownReader, conversions, needs_converting
from .remembered import finish


def take_over_typogrify(pelican: Any) -> None:
    """Typogrify in the reader instead of in Pelican, which would do it after the cache."""
    settings = pelican.settings
    settings["SLINGSHOT_TYPOGRIFY"] = settings.get("TYPOGRIFY", False)
    settings["TYPOGRIFY"] = False


def use_reader(readers: Readers) -> None:
    for extension in MarkdownReader.file_extensions:
        if extension in readers.reader_classes:
            readers.reader_classes[extension] = TypographicMarkdownReader


def register() -> None:
    signals.initialized.connect(take_over_typogrify)
    signals.readers_init.connect(use_reader)
    # The build is over: what it converted is kept for the next.
    signals.finalized.connect(finish)
    # A cold build's stories are converted by workers, ahead of the reader (worker_pool).
    add_preparer(Preparer(CONVERSIONS, needs_converting, conversions))
