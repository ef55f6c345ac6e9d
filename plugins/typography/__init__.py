"""The project's Markdown reader: one reading of each story, its HTML checked and cleaned, and
typogrified in the reader so that Pelican's content cache keeps the result."""

from .plugin import register

__all__ = ["register"]
