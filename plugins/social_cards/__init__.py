"""Share images and share metadata: every page looks right when its link is posted."""

from .plugin import register

__all__ = ["register"]
