"""Trust settings for the guard: `ANONYMITY` in pelicanconf.py, read and checked at start-up.

A mistake here must never weaken the guard in silence: a misspelt key, or a text where a list
belongs (`"unusual_details": "only female farrier in Hyde"` would be read letter by letter), is an
error that names the setting, and the build does not start.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .place_model import SHIPPED, PlaceModel

# Each setting: its default, and what it must be.
LISTS = ("allow", "consent_required", "unusual_details", "small_places", "deny_names", "reference_formats")
DEFAULTS: dict[str, Any] = {
    "allowlist": None,  # default: allowlist.txt at the top of the content folder
    "allow": [],  # phrases accepted as allow-list lines are: the trust's own published details
    "consent_required": ["case-studies"],
    "unusual_details": [],
    "small_places": [],
    "deny_names": [],
    "reference_formats": [],
}
EXAMPLES = {
    "allow": '["0113 496 0000", "enquiries@trust.example.org"]',
    "consent_required": '["case-studies"]',
    "unusual_details": '["only female farrier in Hyde"]',
    "small_places": '["Heptonstall", "Clun"]',
    "deny_names": '["Okonkwo", "Blenkinsop"]',
    "reference_formats": r'[r"\bPV-\d{6}\b"]',
}


@dataclass(frozen=True)
class GuardSettings:
    """What a trust adds to the built-in knowledge.

    unusual_details: phrases rare enough to identify someone locally ("only female farrier in
    Hyde"); each occurrence is a warning. small_places: places to treat as small when an exact
    age is given next to them, on top of the built-in list of local places. deny_names: names
    that are always an error (a family the local press has named). reference_formats: regular
    expressions for the trust's own reference numbers (case or client numbers), always an error.
    places: the statistical second opinion on places (place_model.py), not a trust setting: the
    shipped model; the benchmarks give one trained without the stories they score, or None.
    """

    unusual_details: tuple[str, ...] = ()
    small_places: tuple[str, ...] = ()
    deny_names: tuple[str, ...] = ()
    reference_formats: tuple[str, ...] = ()
    places: PlaceModel | None = SHIPPED


def read_options(given: Mapping[str, Any] | None) -> tuple[dict[str, Any], list[str]]:
    """The trust's `ANONYMITY` setting over the defaults, and every problem with it."""
    given = given or {}
    if not isinstance(given, Mapping):
        return dict(DEFAULTS), ["ANONYMITY must be a dict of settings, like ANONYMITY = "
                                '{"small_places": ["Clun"]}']
    problems = [_unknown(key) for key in given if key not in DEFAULTS]
    problems += [_not_a_list(key, given[key]) for key in LISTS
                 if key in given and not _is_list_of_texts(given[key])]
    if given.get("allowlist") is not None and not isinstance(given["allowlist"], (str, Path)):
        problems.append("ANONYMITY['allowlist'] must be the path of a file, like "
                        '"content/allowlist.txt", or None for the default')
    if _is_list_of_texts(given.get("reference_formats", [])):
        problems += [_bad_pattern(text) for text in given.get("reference_formats", [])
                     if _bad_pattern(text)]
    return {**DEFAULTS, **{key: value for key, value in given.items() if key in DEFAULTS}}, problems


def guard_settings(option: Mapping[str, Any]) -> GuardSettings:
    """The engine's settings from the trust's (read and checked) `ANONYMITY` setting."""
    return GuardSettings(*(tuple(option[key]) for key in
                           ("unusual_details", "small_places", "deny_names", "reference_formats")))


def _unknown(key: object) -> str:
    return (f"ANONYMITY[{key!r}] is not a setting of the anonymity guard; the settings are: "
            f"{', '.join(DEFAULTS)}")


def _not_a_list(key: str, value: object) -> str:
    return (f"ANONYMITY[{key!r}] must be a list of texts, like {EXAMPLES[key]}, "
            f"not {type(value).__name__} {value!r}"[:300])


def _is_list_of_texts(value: object) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value)


def _bad_pattern(text: str) -> str:
    try:
        re.compile(text)
    except re.error as error:
        return f"ANONYMITY['reference_formats'] has {text!r}, which is not a regular expression ({error})"
    return ""
