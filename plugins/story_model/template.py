"""The story template's example text must never be published.

`invoke new` copies templates/story.md into a new story. Its example text (the placeholder
`Summary:`, the "Write the story here" line) is there to be replaced; left in a published
story, it would be the lead paragraph, the feeds' summary and every post of the campaign kit.
The rule reads the example text from the template itself, so the two cannot drift apart:

- a header field whose value in the template is text, not a `{field}` that `invoke new`
  fills in or an empty value (and not `Status:`), is an example;
- each line of the template's body outside its `<!-- ... -->` note is an example;
- the note's "- Field: what to write" lines say what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from plugins.anonymity.api import is_draft, parse_story
from plugins.publish_gate import Problem

from .header import Header

TEMPLATE = Path(__file__).resolve().parents[2] / "templates" / "story.md"
FILLED_IN = re.compile(r"\{\w+\}")
NOTE = re.compile(r"<!--(.*?)-->", re.S)
NOTE_ITEM = re.compile(r"-\s+([A-Za-z-]+):\s*(.*)")
NOT_EXAMPLES = frozenset({"status"})


@dataclass(frozen=True)
class Examples:
    """The template's example text: field values by key, body lines, and its advice by key."""

    fields: dict[str, str]
    body: tuple[str, ...]
    advice: dict[str, str]

    @property
    def squashed_body(self) -> tuple[tuple[str, str], ...]:
        """Each body line with its `squashed` form, worked out once, not once a story line."""
        return _squashed_lines(self.body)


@lru_cache(maxsize=4)
def _squashed_lines(lines: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((line, squashed(line)) for line in lines)


def opening(text: str, words: int = 8) -> str:
    """The first words of a text, to quote it."""
    split = text.split()
    return " ".join(split[:words]) + ("..." if len(split) > words else "")


def squashed(text: str) -> str:
    """Text compared as a reader sees it: spaces and case do not matter."""
    return " ".join(text.split()).casefold()


def read_examples(text: str) -> Examples:
    """The example text of a story template."""
    story = parse_story(text)
    fields = {
        meta.key: story.value(meta.key)
        for meta in story.fields
        if not meta.continued and meta.key not in NOT_EXAMPLES
        and story.value(meta.key).strip() and not FILLED_IN.search(story.value(meta.key))
    }
    body = tuple(line.strip() for line in NOTE.sub("", story.body).split("\n") if line.strip())
    return Examples(fields, body, note_advice(" ".join(NOTE.findall(text))))


def note_advice(note: str) -> dict[str, str]:
    """"- Summary: shown on index pages..." lines of the template's note, by field."""
    advice: dict[str, str] = {}
    key = ""
    for line in note.split("\n"):
        if item := NOTE_ITEM.fullmatch(line.strip()):
            key = item.group(1).lower()
            advice[key] = item.group(2).strip()
        elif key and line.startswith("  ") and line.strip():
            advice[key] += " " + line.strip()
        else:
            key = ""
    return advice


@lru_cache(maxsize=2)
def template_examples(path: Path, _modified: float) -> Examples:
    return read_examples(path.read_text(encoding="utf-8"))


def examples() -> Examples:
    """The example text of templates/story.md, read again only when the file changes (none
    when the site has no template: no story was made from it)."""
    if not TEMPLATE.is_file():
        return Examples({}, (), {})
    return template_examples(TEMPLATE, TEMPLATE.stat().st_mtime)


def placeholder_problems(path: str, header: Header, settings: Mapping) -> list[Problem]:
    """The template's example text left in a story that is to be published."""
    default = settings.get("DEFAULT_METADATA", {}).get("status", "published")
    if is_draft(header.story, default):
        return []
    found = examples()
    return field_examples(path, header, found) + body_examples(path, header, found)


def field_examples(path: str, header: Header, found: Examples) -> list[Problem]:
    problems = []
    for key, example in found.fields.items():
        if squashed(example) in squashed(header.value(key)):
            name = key.capitalize()
            what = found.advice.get(key, "")
            problems.append(Problem(
                path, header.line(key),
                f"the {name} is still the story template's example ('{opening(example)}')",
                f"Write your own {name}" + (f" ({what.rstrip('.')})" if what else "")))
    return problems


def body_examples(path: str, header: Header, found: Examples) -> list[Problem]:
    problems = []
    examples = found.squashed_body
    for number in range(header.body_line, header.body_line + header.story.body.count("\n") + 1):
        line = squashed(header.story.line_text(number))
        example = next((text for text, plain in examples if plain in line), None)
        if line and example:
            problems.append(Problem(
                path, number,
                f"this line is still the story template's example ('{opening(example)}')",
                "Replace it with the story itself, in your own words"))
    return problems
