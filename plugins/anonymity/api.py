"""The guard's public face: all that another plugin (the publisher, the story model, the
readers, the share cards) may use. Every other module of plugins/anonymity is the guard's own
and may change; the names listed in `__all__` keep their meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .addresses import accepted_words, suspect_words
from .allowlist import Allowlist, read_declarations
from .engine import check_story
from .findings import ERROR, Finding, FolderReport, StoryReport
from .images import exif_of, inspect_image, open_for_metadata
from .settings import GuardSettings, guard_settings
from .source import Story, is_draft, parse_story, read_story
from .story_check import allowlist_for, allowlist_path, check_content, options
from .story_images import story_image_path

__all__ = [
    "ERROR", "Allowlist", "Finding", "FolderReport", "GuardSettings", "Story", "StoryReport",
    "TrustGuard", "accepted_words", "check_story", "exif_of", "inspect_image", "is_draft",
    "open_for_metadata", "parse_story", "read_story", "story_declarations", "story_image_path",
    "suspect_words", "trust_guard",
]


@dataclass(frozen=True)
class TrustGuard:
    """The guard as the trust set it up: its `ANONYMITY` options and its allow-list."""

    options: dict[str, Any]
    allowlist_file: Path
    allowlist: Allowlist
    settings: GuardSettings

    def check_stories(self, content: Path) -> FolderReport:
        """Every story below `content`, drafts included, checked as the build checks each."""
        return check_content(content, self.options, self.allowlist_file)


def trust_guard(settings: Mapping[str, Any], content: Path) -> TrustGuard:
    """The guard the site's settings (`ANONYMITY`) ask for, with `content`'s allow-list."""
    option = options(settings.get("ANONYMITY"))
    return TrustGuard(option, allowlist_path(content, option["allowlist"]),
                      allowlist_for(content, option["allowlist"], option["allow"]), guard_settings(option))


def story_declarations(raw: bytes) -> tuple[list[str], list[str]]:
    """What a story accepts: its `Pseudonyms:` names and `Allow:` lines ("text -- reason")."""
    declared = read_declarations(read_story(raw))
    return ([pseudonym.name for pseudonym in declared.pseudonyms],
            [f"{entry.text} -- {entry.reason}" for entry in declared.allowances])
