"""Pelican adapter: the rule of rule.py, through Pelican's public signals and Writer class."""

from __future__ import annotations

import logging
import os
from itertools import chain
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.paginator import Paginator
from pelican.writers import Writer

from plugins.publish_gate import read_setting, stop_on_problems

from .rule import Snapshot, shown_stories, snapshot, unchanged_stories
from .templates import cache_compiled_templates

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
    """Pelican's writer, but a page made only from stories the rule keeps (a story's page, a
    list of stories), and a feed of only such stories, is left as it is on disk."""

    def write_file(self, name, template, context, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        files = self.kept_files(name, kwargs)
        if files and all(os.path.isfile(os.path.join(self.output_path, file)) for file in files):
            global _kept
            _kept += "article" in kwargs
            for file in files:  # in the output as if written: the sitemap, for one, lists it
                signals.content_written.send(os.path.join(self.output_path, file),
                                             context={**context, **kwargs})
            return
        super().write_file(name, template, context, *args, **kwargs)

    def kept_files(self, name: str, kwargs: dict) -> list[str]:
        """The files of a page the rule keeps (a list's every page), or none. A page given
        no story (what does it show?) is always written."""
        shown = shown_stories(kwargs)
        if not name or not shown or not all(story.source_path in _keep for story in shown):
            return []
        paginated = kwargs.get("paginated") or {key: value for key, value in kwargs.items()
                                                if key in ("articles", "dates")}
        template = kwargs.get("template_name")
        if "article" in kwargs or not paginated or template not in self.settings[
                "PAGINATED_TEMPLATES"]:
            return [name]
        size = (self.settings["PAGINATED_TEMPLATES"][template]
                or self.settings["DEFAULT_PAGINATION"])
        pages = Paginator(name, kwargs.get("url"), next(iter(paginated.values())),
                          self.settings, size)
        return [pages.page(number).save_as for number in range(1, pages.num_pages + 1)]

    def write_feed(self, elements, context, path=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        """A feed whose every entry is a story the rule keeps is left as it is on disk: an
        entry shows only the story's bytes and what it shows of itself, both unchanged."""
        entries = elements[: self.settings["FEED_MAX_ITEMS"]]
        if path and _keep and all(entry.source_path in _keep for entry in entries) \
                and os.path.isfile(os.path.join(self.output_path, path)):
            return None
        return super().write_feed(elements, context, path, *args, **kwargs)


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
    # Before any generator makes its Jinja environment.
    signals.initialized.connect(cache_compiled_templates)
    # Every story is read and every list made: the last moment before anything is written.
    signals.all_generators_finalized.connect(decide)
    # Pelican's public way to use another writer class.
    signals.get_writer.connect(writer_class)
    # The build finished: what it wrote is what the next build compares with.
    signals.finalized.connect(finish)
