"""A story's header as the story model's rules use it: each field's value and line.

This is a view of the project's one reading of a story (`anonymity.source`), which also
gives Pelican its metadata, so the rules judge exactly the values that are published.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugins.anonymity.api import Story, parse_story


@dataclass(frozen=True)
class Field:
    """One metadata field: its key in lower case, its value and its 1-based line."""

    key: str
    value: str
    line: int


@dataclass(frozen=True)
class Header:
    """The fields of a story's header, the line where its body starts, and the whole story."""

    fields: dict[str, Field]
    body_line: int
    story: Story

    def value(self, key: str) -> str:
        field = self.fields.get(key)
        return field.value if field else ""

    def line(self, key: str) -> int:
        """The field's line, or line 1 (where a missing field belongs) when it is missing."""
        field = self.fields.get(key)
        return field.line if field else 1


def read_header(text: str) -> Header:
    """The header of `text`, a whole story: the first value of each field."""
    story = parse_story(text)
    fields: dict[str, Field] = {}
    for meta in story.fields:
        if not meta.continued and meta.key not in fields:
            fields[meta.key] = Field(meta.key, story.value(meta.key), story.position(meta.start)[0])
    return Header(fields, body_line=story.position(story.body_start)[0], story=story)
