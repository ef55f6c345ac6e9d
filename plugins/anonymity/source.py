"""The one reading of a story: normalised text, then header fields and body, with exact offsets.

Everyone reads a story through `read_story` or `parse_story`: the Markdown reader that gives
Pelican its metadata and body (plugins/typography), the guard, the story model and the
publisher. So what is published is what was checked, whatever the file's line endings, byte
order mark, spaces or invisible characters.

The header follows Python-Markdown's `meta` extension (`Key: value` lines, continuation lines
indented by four spaces, optional `---` fences), and where a writer could mean two things it
records a problem instead of guessing: a field given twice, or a header that runs straight
into the text without an empty line.

Detectors work on character offsets into the normalised text; `Story.position` maps an offset
back to the 1-based line and column a person sees in an editor (metadata lines counted).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

# Python-Markdown's meta extension: "Key: value", continuation lines indented by 4+ spaces.
_META_LINE = re.compile(r"[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)")
_META_CONTINUATION = re.compile(r"[ ]{4,}(.*)")
_BEGIN_FENCE = re.compile(r"-{3}(?:\s.*)?")
_END_FENCE = re.compile(r"(?:-{3}|\.{3})(?:\s.*)?")
# Line breaks other than \n (Windows, old Mac, Unicode's own), read as \n by everyone.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_ASCII_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e"  # the ASCII characters _LINE_BREAKS replaces


def normalise(text: str) -> str:
    """The text as a reader sees it: NFKC, one kind of space, no invisible characters.

    Text pasted from Word carries no-break spaces ("Mr\u00a0Okafor"), zero-width spaces and
    soft hyphens that a detector would read as breaks in a name; lookalike digits and letters
    (fullwidth, ligatures) become their plain forms.
    """
    text = text.removeprefix("\ufeff")
    if text.isascii():
        # The same result sooner: most stories have none of these, and one memchr each is
        # many times faster than a scan with the pattern.
        if any(c in text for c in _ASCII_BREAKS):
            text = _LINE_BREAKS.sub("\n", text)
        return text
    text = _LINE_BREAKS.sub("\n", text)
    return _RECODED.sub(_as_read, unicodedata.normalize("NFKC", text))


# Beyond the first 65,536 code points, format characters live only in these blocks
# (Kaithi, Egyptian hieroglyph controls, shorthand, musical symbols, tags).
_ASTRAL_FORMAT = ((0x11000, 0x11100), (0x13430, 0x13460), (0x1BC00, 0x1BCB0),
                  (0x1D100, 0x1D200), (0xE0000, 0xE0080))


def _as_read_table() -> dict[int, str | None]:
    """Every space separator read as a space; format and control characters (zero-width
    spaces and joiners, soft hyphens, direction marks, C1 controls) dropped."""
    points = [*range(0x80, 0x10000), *(point for start, end in _ASTRAL_FORMAT
                                        for point in range(start, end))]
    table: dict[int, str | None] = {}
    for point in points:
        category = unicodedata.category(chr(point))
        if category == "Zs":
            table[point] = " "
        elif category in ("Cf", "Cc"):
            table[point] = None
    return table


def _as_read(match: re.Match[str]) -> str:
    return _AS_READ[ord(match.group())] or ""


def _ranges_pattern(points: list[int]) -> re.Pattern[str]:
    """One character class for the code points, as ranges (several times faster to scan)."""
    ranges: list[list[int]] = []
    for point in sorted(points):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return re.compile("[" + "".join(
        re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
        for low, high in ranges) + "]")


_AS_READ = _as_read_table()
_RECODED = _ranges_pattern(list(_AS_READ))


def read_story(raw: bytes) -> Story:
    """A story file's bytes as everyone reads them (bytes that are not UTF-8 become U+FFFD)."""
    return parse_story(raw.decode("utf-8", errors="replace"))


# Fields a story may give more than once: each line is one more entry.
REPEATABLE_FIELDS = frozenset({"allow"})
# Metadata that is not published, or is itself a reviewable declaration, is not checked.
UNCHECKED_FIELDS = frozenset(
    {"pseudonyms", "consent", "date", "modified", "status", "withdrawn", "department", "allow",
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
    """One metadata value, with the offsets of the value in the source.

    A field's continuation lines are further `MetaField`s with the same key and
    `continued=True`.
    """

    key: str
    value: str
    start: int
    end: int
    continued: bool = False


@dataclass(frozen=True)
class ShapeProblem:
    """A header that could be read two ways: where, what, and what to do."""

    line: int
    message: str
    advice: str


@dataclass
class Story:
    """A parsed story: metadata fields, the body segment and offset-to-position mapping."""

    text: str
    fields: list[MetaField] = field(default_factory=list)
    body_start: int = 0
    problems: list[ShapeProblem] = field(default_factory=list)

    @cached_property
    def _line_starts(self) -> list[int]:
        return list(itertools.accumulate((len(line) + 1 for line in self.text.split("\n")[:-1]), initial=0))

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """Return one source line (1-based) without its line ending."""
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end < 0 else end].rstrip("\r")

    def value(self, key: str) -> str:
        """The first value of a field with its continuation lines joined by spaces ("" if none)."""
        return " ".join(self.lines_of(key))

    def lines_of(self, key: str) -> list[str]:
        """A field's first line and its continuation lines, as Pelican receives them."""
        values: list[str] = []
        for meta in self.fields:
            if meta.key == key.lower() and (meta.continued == bool(values)):
                values.append(meta.value)
            elif values and not meta.continued:
                break
        return values

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

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
    """Normalise `text` and split it into header fields and body, as Python-Markdown's meta
    extension would; a story whose first line is not a field is all body."""
    text = normalise(text)
    story = Story(text)
    lines = _each_line(text)  # read only as far as the header goes
    first = next(lines)
    if not _BEGIN_FENCE.fullmatch(first[1]):
        lines = itertools.chain((first,), lines)
    for offset, line in lines:
        if not line.strip() or _END_FENCE.fullmatch(line):
            story.body_start = min(offset + len(line) + 1, len(text))
            return _with_repeats(story)
        if match := _META_LINE.fullmatch(line):
            story.fields.append(_field(match.group(1).lower(), match, offset))
        elif (more := _META_CONTINUATION.fullmatch(line)) and story.fields:
            story.fields.append(_field(story.fields[-1].key, more, offset, continued=True))
        else:
            story.body_start = offset
            if story.fields:
                story.problems.append(_unended(story, offset))
            return _with_repeats(story)
    story.body_start = len(text)
    return _with_repeats(story)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with the offset where it starts."""
    found, offset = [], 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def _each_line(text: str) -> Iterator[tuple[int, str]]:
    """`_lines(text)` one line at a time: every text has a first line, perhaps empty."""
    offset = 0
    while (end := text.find("\n", offset)) >= 0:
        yield offset, text[offset:end]
        offset = end + 1
    yield offset, text[offset:]


def _field(key: str, match: re.Match[str], offset: int, continued: bool = False) -> MetaField:
    group = match.lastindex or 1
    written = match.group(group)
    start = offset + match.start(group) + len(written) - len(written.lstrip())
    value = written.strip()
    return MetaField(key, value, start, start + len(value), continued)


def _unended(story: Story, offset: int) -> ShapeProblem:
    line, _ = story.position(offset)
    return ShapeProblem(
        line,
        f"the fields at the top run straight into the text at line {line}, with no empty line "
        "between them, so the story could be read two ways",
        "Add an empty line after the last field (Status:, Tags: ...), before the story's text",
    )


def _with_repeats(story: Story) -> Story:
    """Record each field written twice: which value would be used is anyone's guess.
    `Allow:` is the exception: one line for each detail allowed."""
    first: dict[str, MetaField] = {}
    for meta in story.fields:
        if meta.continued or meta.key in REPEATABLE_FIELDS:
            continue
        if meta.key in first:
            line, _ = story.position(meta.start)
            earlier, _ = story.position(first[meta.key].start)
            name = meta.key.capitalize()
            story.problems.append(ShapeProblem(
                line, f"'{name}:' is written twice (lines {earlier} and {line})",
                f"Keep one '{name}:' line and delete the other",
            ))
        else:
            first[meta.key] = meta
    return story


NEVER_PUBLISHED = frozenset({"draft", "withdrawn"})


def is_draft(story: Story, default_status: str = "draft") -> bool:
    """True only when every `Status:` the story gives (or the default, when it gives none)
    says draft or withdrawn (`invoke withdraw`): a story that says both draft and published
    is not a draft, so it is checked before anything."""
    statuses = [meta.value.strip().lower() for meta in story.values("status") if not meta.continued]
    return all(status in NEVER_PUBLISHED for status in statuses or [default_status.strip().lower()])
