"""Pelican adapter: the rule of rule.py, through Pelican's public signals and Writer class."""

from __future__ import annotations

import logging
import os
from itertools import chain
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.writers import Writer

from plugins.publish_gate import read_setting, stop_on_problems

from .rule import Snapshot, snapshot, unchanged_stories

logger = logging.getLogger(__name__)

DEFAULTS = {"enabled": True}

_previous: Snapshot | None = None  # the last finished build in this process
_now: Snapshot | None = None  # this build, kept once it finishes
_keep: frozenset[str] = frozenset()  # source paths of story pages left as they are
_kept = 0


def options(settings: dict) -> tuple[dict, list[str]]:
    """PREVIEW_REBUILD over the defaults, and a message for each mistake."""
    return read_setting(settings, "PREVIEW_REBUILD", DEFAULTS, {"enabled": bool})


def active(settings: dict) -> bool:
    return bool(settings.get("SLINGSHOT_PREVIEW")) and options(settings)[0]["enabled"]


def check_settings(pelican: Any) -> None:
    """Stop before anything is built when PREVIEW_REBUILD has a mistake."""
    stop_on_problems("preview_rebuild", options(pelican.settings)[1])


def decide(generators: list) -> None:
    """After every file is read, before anything is written: which story pages to keep."""
    global _now, _previous, _keep, _kept
    _kept = 0
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    pages = next((g for g in generators if isinstance(g, PagesGenerator)), None)
    if articles is None or not active(articles.settings):
        _now, _keep = None, frozenset()
        return
    stories = list(chain(articles.articles, articles.translations, articles.hidden_articles,
                         articles.hidden_translations, articles.drafts,
                         articles.drafts_translations))
    others = [] if pages is None else list(chain(
        pages.pages, pages.translations, pages.hidden_pages, pages.hidden_translations,
        pages.draft_pages, pages.draft_translations))
    settings = articles.settings
    templates = [os.path.abspath(settings["THEME"]),
                 *(os.path.abspath(folder) for folder in settings["THEME_TEMPLATES_OVERRIDES"])]
    _now = snapshot({**settings, "OUTPUT_PATH": articles.output_path}, stories + others, stories,
                    templates)
    _keep = unchanged_stories(_previous, _now)
    _previous = None  # until this build finishes, nothing is known to be on disk


class StoryKeepingWriter(Writer):
    """Pelican's writer, but a story page the rule keeps is left as it is on disk."""

    def write_file(self, name, template, context, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        story = kwargs.get("article")
        if story is not None and name and story.source_path in _keep:
            path = os.path.join(self.output_path, name)
            if os.path.isfile(path):
                global _kept
                _kept += 1
                # The page is in the output as if written: the sitemap, for one, lists it.
                signals.content_written.send(path, context={**context, **kwargs})
                return
        super().write_file(name, template, context, *args, **kwargs)


def writer_class(pelican: Any) -> type | None:
    return StoryKeepingWriter if active(pelican.settings) else None


def finish(pelican: Any) -> None:
    global _previous
    _previous = _now
    if _now is not None:
        logger.info("preview_rebuild: %d story pages left as they were, %d stories in all%s",
                    _kept, len(_now.stories),
                    "" if _keep else " (everything written: first build, or templates, "
                    "settings, other content or what a story shows of itself changed)")


def register() -> None:
    # Settings are checked once, before anything is read.
    signals.initialized.connect(check_settings)
    # Every story is read and every list made: the last moment before anything is written.
    signals.all_generators_finalized.connect(decide)
    # Pelican's public way to use another writer class.
    signals.get_writer.connect(writer_class)
    # The build finished: what it wrote is what the next build compares with.
    signals.finalized.connect(finish)
