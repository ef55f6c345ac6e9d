"""The published stories, by the address a reader sees, with their title and department:
read from the content folder's Markdown headers, so no build is needed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plugins.story_model.header import read_header
from plugins.story_model.rules import find_department


@dataclass(frozen=True)
class Story:
    """A story as the report names it."""

    title: str
    kind: str  # the content folder: case-studies, profiles, news
    department: str  # the department's slug, "" when the story names none we know


def kind_paths(settings: dict[str, Any]) -> dict[str, str]:
    """The first part of a story's address for each kind: the slug of the kind's label, as
    the site's category ("Department profiles" -> department-profiles) -> the kind's folder."""
    from pelican.utils import slugify  # noqa: PLC0415 - slow to import: only here

    subs = settings.get("SLUG_REGEX_SUBSTITUTIONS", [])
    return {slugify(label, regex_subs=subs): kind for kind, label in settings["KINDS"].items()}


def read_story(path: Path, category: str, kind: str, settings: dict[str, Any]) -> tuple[str, Story]:
    """(the story's site path, as ARTICLE_URL makes it: "{category}/{slug}/"; the story)."""
    from pelican.utils import slugify  # noqa: PLC0415 - slow to import: only here

    header = read_header(path.read_text(encoding="utf-8", errors="replace"))
    slug = header.value("slug").strip() or slugify(
        path.stem, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
    department = find_department(header.value("department"), settings["DEPARTMENTS"]) or ""
    title = header.value("title").strip() or slug
    return f"/{category}/{slug}/", Story(title, kind, department)


def read_stories(content: Path, settings: dict[str, Any]) -> dict[str, Story]:
    """Every story of every kind, drafts too (a story read during the campaign may have been
    withdrawn since): path -> Story."""
    stories: dict[str, Story] = {}
    for category, kind in kind_paths(settings).items():
        for path in sorted((content / kind).glob("*.md")):
            address, story = read_story(path, category, kind, settings)
            stories[address] = story
    return stories
