"""Absolute links and image addresses inside feed entries."""

from .plugin import register

__all__ = ["register"]
