"""Curly quotes, dashes and ellipses: Pelican's own TYPOGRIFY step, moved into the reader.

Pelican typogrifies after its content cache, so a rebuild typogrifies every story again
(about 2 s per 1,000 stories). Doing the same work inside the reader puts the result in
the cache. The settings are Pelican's: TYPOGRIFY, TYPOGRIFY_IGNORE_TAGS,
TYPOGRIFY_OMIT_FILTERS and TYPOGRIFY_DASHES, applied exactly as Pelican 4.12 applies them.
"""

from __future__ import annotations

import smartypants
from typogrify.filters import typogrify

from .remembered import Remembered

DASHES = {"oldschool": smartypants.Attr.set2, "oldschool_inverted": smartypants.Attr.set3}
FIELDS = ("title", "summary")  # the metadata Pelican typogrifies


def typogrified(text: str, settings: dict) -> str:
    """`text` as Pelican's TYPOGRIFY would leave it."""
    dashes = DASHES.get(settings.get("TYPOGRIFY_DASHES"), smartypants.Attr.set1)
    # Pelican sets this global before each file; so must we. `w` curls &quot; too.
    smartypants.Attr.default = dashes | smartypants.Attr.w
    omitted = dict.fromkeys(settings.get("TYPOGRIFY_OMIT_FILTERS", []), False)
    return typogrify(text, settings.get("TYPOGRIFY_IGNORE_TAGS", []), **omitted)


def typogrified_story(content: str, metadata: dict, settings: dict,
                      remembered: Remembered) -> tuple[str, dict]:
    """The body and the typogrified metadata fields of one story (the last build's result
    for the same text, if `remembered` has it)."""

    def convert(text: str) -> str:
        return remembered.get("typogrify", text, lambda given: typogrified(given, settings))

    if content:
        content = convert(content)
    for field in FIELDS:
        if field in metadata:
            metadata[field] = convert(metadata[field])
    return content, metadata
