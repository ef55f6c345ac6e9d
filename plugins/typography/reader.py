"""The project's Markdown reader: the one reading of a story, typogrified.

Pelican's own Markdown reader finds the header with Python-Markdown's `meta` extension;
this one takes the header and body from `anonymity.source`, the reading the guard, the
story model and the publisher use, and gives Markdown the body alone. So the metadata and
HTML Pelican publishes come from exactly the text that was checked.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import Any

from markdown import Markdown
from pelican.readers import MarkdownReader

from plugins.anonymity.api import Story, read_story
from plugins.publish_gate import shown_path
from plugins.story_model.images import add_image_sizes, with_photo_sources
from plugins.worker_pool import result_for

from .remembered import Remembered, for_build
from .safe_html import Unsafe, elements_in, sanitised, sanitised_title, unsafe_parts
from .typography import typogrified_story

logger = logging.getLogger(__name__)


class TypographicMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader on the project's one reading of a story, plus Pelican's
    typogrify step when TYPOGRIFY is on."""

    def read(self, source_path: str) -> tuple[str, dict]:
        with open(source_path, "rb") as source:
            raw = source.read()
        remembered = for_build(self.settings)
        remembered.learn(result_for(CONVERSIONS, source_path, raw) or {})  # a worker's
        content, metadata = self.typeset(read_story(raw), remembered, source_path)
        # Pictures get their width and height here, while links still name the source files
        # ({static}/...). In the preview, Pelican's content cache keeps a story's HTML until the
        # story changes, so a photo replaced under the same name keeps its old shape until then.
        # The story's photo gets the list of its smaller and WebP copies (`image_sources`).
        content = add_image_sizes(content, source_path, self.settings)
        return content, with_photo_sources(metadata, self.settings)

    def typeset(self, story: Story, remembered: Remembered,
                source_path: str | None = None) -> tuple[str, dict]:
        """The body as HTML and the fields, typogrified and cleaned; with a `source_path`, a
        story holding HTML that is never published is refused first."""
        content, metadata = self.convert(story, remembered)
        if source_path:
            refuse_unsafe(source_path, story, content, metadata, self.settings)
        if self.settings.get("SLINGSHOT_TYPOGRIFY"):
            content, metadata = typogrified_story(content, metadata, self.settings, remembered)
        return (remembered.get("sanitise", content, sanitised),
                {key: clean_field(key, value, remembered) for key, value in metadata.items()})

    def convert(self, story: Story, remembered: Remembered) -> tuple[str, dict]:
        """The body as HTML and each header field processed as Pelican processes it: formatted
        fields (Summary) as Markdown, continuation lines kept as lines (a `Post:` of two lines
        is two lines), the first of a repeated field. Markdown's HTML may be the last build's
        for the same text (`remembered`)."""
        content = remembered.get("markdown", story.body, self.markdown)
        metadata = {}
        for key in dict.fromkeys(meta.key for meta in story.fields):
            lines = story.lines_of(key)
            if key in self.settings["FORMATTED_FIELDS"]:
                html = remembered.get("markdown", "\n".join(lines), self.markdown)
                metadata[key] = self.process_metadata(key, html)
            else:
                metadata[key] = self.process_metadata(key, "\n".join(lines))
        return content, metadata

    def markdown(self, text: str) -> str:
        """`text` as HTML, by this reader's one Markdown, reset between texts (making a
        Markdown takes a third of the time of converting a story)."""
        return self.converter.reset().convert(text)

    @cached_property
    def converter(self) -> Markdown:
        """Markdown as Pelican sets it up, without its `meta` step: the header is read."""
        markdown = Markdown(**self.settings["MARKDOWN"])
        markdown.preprocessors.deregister("meta")
        return markdown


CONVERSIONS = "typography"  # the job of plugins/worker_pool


def needs_converting(_full_path: str, generator: Any) -> bool:
    """Worth converting ahead, in a worker: a build that reads every story (no content cache)
    and has no conversion kept from the last (a cold build)."""
    remembered = for_build(generator.settings)
    return remembered.path is not None and not remembered.last


def conversions(full_path: str, settings: dict) -> dict[str, str]:
    """In a worker: what reading the story converts (Markdown, typogrify, the sanitiser), by
    its key in Remembered, where the build's reader finds it."""
    global _worker_reader
    if _worker_reader is None or _worker_reader.settings is not settings:
        _worker_reader = TypographicMarkdownReader(settings)  # and its one Markdown
    remembered = Remembered(None, settings)
    _worker_reader.typeset(read_story(Path(full_path).read_bytes()), remembered)
    return remembered.used


_worker_reader: TypographicMarkdownReader | None = None


class UnsafeStory(ValueError):
    """A story whose HTML holds what is never published; the message says where and what to do."""


def refuse_unsafe(source_path: str, story: Story, content: str, metadata: dict,
                  settings: dict) -> None:
    """Stop a story whose body, summary or title holds HTML that the allow-list would drop
    (or, in a title, any HTML at all): the author is told, the page never silently changes."""
    found = unsafe_parts(content) + unsafe_parts(str(metadata.get("summary", "")))
    found += [Unsafe(f"{tag} in the title", "write the title as plain text", tag.rstrip(">"))
              for tag in elements_in(str(metadata.get("title", "")))]
    if found:
        shown = shown_path(source_path, settings)
        for part in found:  # Pelican logs only that the story "could not be processed"
            logger.error("%s:%d:1: %s cannot be published: %s", shown, _line_of(story, part.needle),
                         part.what, part.advice)
        raise UnsafeStory(f"{shown} holds HTML that is never published")


def _line_of(story: Story, needle: str) -> int:
    """The line where `needle` is first written (any case), or 1."""
    at = story.text.lower().find(needle.lower())
    return story.position(at)[0] if at >= 0 else 1


def clean_field(key: str, value: object, remembered: Remembered) -> object:
    """The title and summary as published: cleaned like the body (a title keeps only
    typogrify's spans); the last build's result for the same text, if `remembered` has it."""
    if key == "summary" and isinstance(value, str):
        return remembered.get("sanitise", value, sanitised)
    if key == "title" and isinstance(value, str):
        return remembered.get("sanitise title", value, sanitised_title)
    return value
