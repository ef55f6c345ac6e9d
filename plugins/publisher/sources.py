"""The sources a publish reads: published stories only, and what they declare.

Drafts are never published, so a publish copies the content folder without them and builds
and checks that copy: a draft can neither reach the site nor block it. A story is a draft when
its `Status:` says so or it has none (`DEFAULT_METADATA` in pelicanconf.py); anything else
(published, hidden, or a typo Pelican will refuse) goes to the build and its checks.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plugins.anonymity.api import is_draft as story_is_draft
from plugins.anonymity.api import read_story, story_declarations

from plugins.publish_gate import read_setting

STORY_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
# PUBLISH_CHECK: texts the site's own settings put on pages that the guard mistakes for a
# person, each with the reason it is safe ("text — reason").
CHECK_DEFAULTS: dict[str, Any] = {"allow": []}
CHECK_KINDS = {"allow": list[str]}


@dataclass
class Declarations:
    """Every `Pseudonyms:` and `Allow:` value of the published stories."""

    pseudonyms: list[str] = field(default_factory=list)
    allowances: list[str] = field(default_factory=list)


@dataclass
class Sources:
    """A content folder split into what is published and the drafts left out."""

    content: Path
    published: list[Path] = field(default_factory=list)
    drafts: list[Path] = field(default_factory=list)

    def declarations(self) -> Declarations:
        """What the published stories accept, each value once: only the pseudonyms and
        `Allow:` lines the guard itself accepts (a surname given as a pseudonym is not)."""
        found = Declarations()
        for path in self.published:
            pseudonyms, allowances = story_declarations(path.read_bytes())
            found.pseudonyms += pseudonyms
            found.allowances += allowances
        found.pseudonyms = list(dict.fromkeys(found.pseudonyms))
        found.allowances = list(dict.fromkeys(found.allowances))
        return found

    def draft_slugs(self) -> list[str]:
        """The slugs drafts would have: none of them may appear in the published site."""
        slugs = []
        for path in self.drafts:
            story = read_story(path.read_bytes())
            given = [f.value for f in story.values("slug") if f.value]
            slugs.append(given[0] if given else path.stem)
        return slugs


def publish_check(settings: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """PUBLISH_CHECK over the defaults, and every problem with it."""
    return read_setting(settings, "PUBLISH_CHECK", CHECK_DEFAULTS, CHECK_KINDS)


def is_draft(path: Path) -> bool:
    """True for a story whose Status: is draft, or that has no Status: at all."""
    return story_is_draft(read_story(path.read_bytes()))


def read_sources(content: Path) -> Sources:
    """Sort the stories of a content folder into published and drafts."""
    sources = Sources(content)
    for path in sorted(content.rglob("*")):
        if path.is_file() and path.suffix.lower() in STORY_SUFFIXES:
            (sources.drafts if is_draft(path) else sources.published).append(path)
    return sources


def copy_published(sources: Sources, destination: Path) -> Path:
    """Copy the content folder without its drafts; returns the copy."""
    left_out = {path.resolve() for path in sources.drafts}

    def ignore(folder: str, names: list[str]) -> list[str]:
        return [name for name in names if (Path(folder) / name).resolve() in left_out]

    shutil.copytree(sources.content, destination, ignore=ignore, symlinks=False)
    return destination
