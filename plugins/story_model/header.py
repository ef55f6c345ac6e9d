"""Read the metadata header of a Markdown story, keeping the line of every field.

Pelican's Markdown reader drops line numbers, and an author needs them to fix a
mistake, so the header is read here too, with the same rules as Markdown's `meta`
extension: `Key: value` lines at the top (optionally between `---` lines),
continuation lines indented by four spaces, ending at the first blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FIELD = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
CONTINUATION = re.compile(r"^[ ]{4,}(?P<value>.*)$")
FENCE = re.compile(r"^-{3}\s*$")


@dataclass(frozen=True)
class Field:
    """One metadata field: its key in lower case, its value and its 1-based line."""

    key: str
    value: str
    line: int


@dataclass(frozen=True)
class Header:
    """The fields of a story's header and the line where its body starts."""

    fields: dict[str, Field]
    body_line: int

    def value(self, key: str) -> str:
        field = self.fields.get(key)
        return field.value if field else ""

    def line(self, key: str) -> int:
        """The field's line, or line 1 (where a missing field belongs) when it is missing."""
        field = self.fields.get(key)
        return field.line if field else 1


def read_header(text: str) -> Header:
    """Parse the header of `text`, a whole story."""
    lines = text.splitlines()
    fields: dict[str, Field] = {}
    start = 1 if lines and FENCE.match(lines[0]) else 0
    last: Field | None = None
    number = start
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line.strip() or (start and FENCE.match(line)):
            return Header(fields, body_line=number + 1)
        continued = CONTINUATION.match(line)
        if continued and last:
            last = Field(last.key, f"{last.value} {continued['value'].strip()}", last.line)
            fields[last.key] = last
            continue
        match = FIELD.match(line)
        if not match:
            return Header(fields, body_line=number)
        last = Field(match["key"].lower(), match["value"].strip(), number)
        fields[last.key] = last
    return Header(fields, body_line=number + 1)
