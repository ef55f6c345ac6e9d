"""Rebuilds that leave unchanged pages and feeds as they are (with the content cache on)."""

from .plugin import register

__all__ = ["register"]
