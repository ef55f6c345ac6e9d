"""Typogrify inside the Markdown reader, so that Pelican's content cache keeps the result,
and Markdown read ahead in worker processes (see plugins/worker_pool)."""

from .plugin import register

__all__ = ["register"]
