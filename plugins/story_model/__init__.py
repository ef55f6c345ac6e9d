"""The content model: kinds, departments and the metadata every story must carry."""

from .plugin import register
from .rules import PROFILES

__all__ = ["PROFILES", "register"]
