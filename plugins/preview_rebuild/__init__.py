"""In the preview, a rebuild after an edit leaves unchanged story pages as they are."""

from .plugin import register

__all__ = ["register"]
