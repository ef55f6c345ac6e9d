"""The content model: kinds, departments and the metadata every story must carry."""

from .plugin import register

__all__ = ["register"]
