"""The trust's own recognisers, from `ANONYMITY` in pelicanconf.py: names it never publishes and
the formats of its own reference numbers. Both are errors, wherever they appear."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .allowlist import phrase_pattern
from .findings import ERROR, REMOVE_NUMBER, USE_PSEUDONYM, Hit
from .settings import GuardSettings


def trust_hits(text: str, settings: GuardSettings) -> Iterator[Hit]:
    """Every denied name and every local reference number in `text`."""
    names = phrase_pattern(tuple(form for name in settings.deny_names
                                 for form in (name, name.lower())))
    if names is not None:
        for match in names.finditer(text):
            yield Hit(*match.span(), "person_name", ERROR,
                      "The trust lists this name as one never to publish (ANONYMITY['deny_names'])",
                      USE_PSEUDONYM)
    for pattern in compiled(settings.reference_formats):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                yield Hit(*match.span(), "local_reference", ERROR,
                          "It has the form of one of the trust's own reference numbers "
                          "(ANONYMITY['reference_formats'])", REMOVE_NUMBER)


@lru_cache(maxsize=16)
def compiled(formats: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The formats as patterns, any case (staff type references in lower case too)."""
    return tuple(re.compile(text, re.IGNORECASE) for text in formats)
