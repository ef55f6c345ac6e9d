"""Split a Pelican Markdown story into metadata fields and body, keeping exact offsets.

Detectors work on character offsets into the untouched source text; `Story.position` maps an
offset back to the 1-based line and column a person sees in an editor (metadata lines counted).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

# Python-Markdown's meta extension: "Key: value", continuation lines indented by 4+ spaces.
_META_LINE = re.compile(r"[ ]{0,3}([A-Za-z0-9_-]+):[ \t]*(.*)")
_META_CONTINUATION = re.compile(r"(?:[ ]{4,}|\t)(\S.*)")
_YAML_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*")

# Metadata that is not published, or is itself a reviewable declaration, is not checked.
UNCHECKED_FIELDS = frozenset(
    {"pseudonyms", "consent", "date", "modified", "status", "department", "allow",
     "lang", "template", "save_as", "url", "translation", "translation_of"}
)
# Fields whose values are paths or slugs: names hide in them in lower case.
PATH_FIELDS = frozenset({"slug", "image", "thumbnail", "cover", "og_image", "featured_image"})

# A Markdown image: its alt text (group 1) and its target (group 2).
MARKDOWN_IMAGE = re.compile(r"!\[([^\]\n]{0,1000})\]\(\s*<?([^\s)>]{1,1000})")


@dataclass(frozen=True)
class Segment:
    """A checked stretch of the source: one metadata value or the whole body."""

    start: int
    end: int
    field: str

    @property
    def is_path(self) -> bool:
        """True for slug and image fields, which are checked as lower-case paths."""
        return self.field in PATH_FIELDS


@dataclass(frozen=True)
class MetaField:
    """One metadata value, with the offsets of the value in the source."""

    key: str
    value: str
    start: int
    end: int


@dataclass
class Story:
    """A parsed story: metadata fields, the body segment and offset-to-position mapping."""

    text: str
    fields: list[MetaField] = field(default_factory=list)
    body_start: int = 0

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """Return one source line (1-based) without its line ending."""
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end < 0 else end].rstrip("\r")

    def values(self, key: str) -> list[MetaField]:
        """Return every value of a metadata key (case-insensitive), in source order."""
        return [f for f in self.fields if f.key == key.lower()]

    @cached_property
    def segments(self) -> list[Segment]:
        """The checked parts of the story: published metadata values, image targets, the body."""
        segments = [
            Segment(f.start, f.end, f.key) for f in self.fields if f.key not in UNCHECKED_FIELDS
        ]
        segments.append(Segment(self.body_start, len(self.text), "body"))
        segments += [
            Segment(m.start(2), m.end(2), "image")
            for m in MARKDOWN_IMAGE.finditer(self.text, self.body_start)
        ]
        return segments


def parse_story(text: str) -> Story:
    """Split `text` into metadata fields and body; a story without a header is all body."""
    story = Story(text)
    offset = 0
    first = True
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end].rstrip("\r")
        if first and _YAML_FENCE.fullmatch(line):
            first = False
        elif not line.strip() or (not first and _YAML_FENCE.fullmatch(line)):
            story.body_start = min(end + 1, len(text))
            return story
        elif match := _META_LINE.fullmatch(line):
            key_value_start = offset + match.start(2)
            story.fields.append(
                MetaField(match.group(1).lower(), match.group(2).rstrip(), key_value_start,
                          key_value_start + len(match.group(2).rstrip()))
            )
        elif (cont := _META_CONTINUATION.fullmatch(line)) and story.fields:
            key = story.fields[-1].key
            story.fields.append(MetaField(key, cont.group(1).rstrip(), offset + cont.start(1),
                                          offset + cont.start(1) + len(cont.group(1).rstrip())))
        else:
            # Not a metadata header after all: everything from the start is body.
            return Story(text)
        first = False
        offset = end + 1
    story.body_start = len(text)
    return story
