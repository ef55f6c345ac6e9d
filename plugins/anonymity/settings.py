"""Trust settings for the guard; the Pelican adapter fills these from pelicanconf.py."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuardSettings:
    """What a trust adds to the built-in knowledge.

    unusual_details: phrases rare enough to identify someone locally ("only female farrier in
    Hyde"); each occurrence is a warning. small_places: places to treat as small when an exact
    age is given next to them, on top of the built-in list of local places.
    """

    unusual_details: tuple[str, ...] = ()
    small_places: tuple[str, ...] = ()
