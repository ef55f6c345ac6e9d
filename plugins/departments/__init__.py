"""A page and feeds per department, and each story's neighbours in its department."""

from .plugin import register

__all__ = ["register"]
