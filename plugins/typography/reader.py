"""A Markdown reader that typogrifies, and takes what a worker read ahead when it can.

A worker's result is used only if the file's bytes are still those the worker read. Tags,
the category and authors come back as (kind, name) and are made again here with the build's
own settings, so a thousand results do not carry a thousand copies of the settings.
"""

from __future__ import annotations

import hashlib
from typing import Any, NamedTuple

from pelican.readers import MarkdownReader
from pelican.urlwrappers import URLWrapper

from worker_pool import prepared

from .typography import typogrified_story

PREPARER = "typography.markdown"


class Wrapped(NamedTuple):
    """A tag, category or author on its way between processes."""

    kind: type
    name: str


class TypographicMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, plus Pelican's typogrify step when TYPOGRIFY is on."""

    def read(self, source_path: str) -> tuple[str, dict]:
        ahead = prepared(PREPARER, source_path)
        if ahead is not None and ahead[0] == file_digest(source_path):
            return ahead[1], restored(ahead[2], self.settings)
        return self.read_here(source_path)

    def read_here(self, source_path: str) -> tuple[str, dict]:
        content, metadata = super().read(source_path)
        if self.settings.get("SLINGSHOT_TYPOGRIFY"):
            content, metadata = typogrified_story(content, metadata, self.settings)
        return content, metadata


def read_ahead(source_path: str, settings: dict) -> tuple[str, str, dict]:
    """In a worker: the file's digest, its content and its metadata ready to send."""
    digest = file_digest(source_path)
    content, metadata = TypographicMarkdownReader(settings).read_here(source_path)
    return digest, content, portable(metadata)


def file_digest(path: str) -> str:
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


def portable(metadata: dict) -> dict:
    return {key: _portable(value) for key, value in metadata.items()}


def restored(metadata: dict, settings: dict) -> dict:
    return {key: _restored(value, settings) for key, value in metadata.items()}


def _portable(value: Any) -> Any:
    if isinstance(value, URLWrapper):
        return Wrapped(type(value), value.name)
    if isinstance(value, list):
        return [_portable(item) for item in value]
    return value


def _restored(value: Any, settings: dict) -> Any:
    if isinstance(value, Wrapped):
        return value.kind(value.name, settings)
    if isinstance(value, list):
        return [_restored(item, settings) for item in value]
    return value
