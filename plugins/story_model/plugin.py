"""Pelican adapter: check each story's metadata, then give templates what they need."""

from __future__ import annotations

import logging
import os
from itertools import chain
from typing import Any

from pelican import signals
from pelican.contents import Article, Category, Content, Page
from pelican.generators import ArticlesGenerator

from plugins.publish_gate import Problem, check_source, check_unread, shown_path

from .images import image_size
from .left_out import embargo, name_left_out, name_withdrawn, skip_withdrawn
from .rules import check_article, check_page, decode, find_department, folder_problems, kind_of

logger = logging.getLogger(__name__)


def check_metadata(
    _gate: Any, *, path: str, full_path: str, raw: bytes, content_class: type, settings: dict, **_: Any
) -> list[Problem]:
    """Receiver of the gate's `check_source` signal: stories and pages, not images. It sees
    every story in every build (whatever the content cache holds), so it names each withdrawn
    one, which Pelican itself never reads."""
    if not issubclass(content_class, (Article, Page)):
        return []
    text, problems = decode(path, raw)
    if text is None:
        return problems
    name_withdrawn(path, text)
    check = check_article if issubclass(content_class, Article) else check_page
    return check(path, full_path, text, settings)


def check_unread_story(_gate: Any, *, path: str, full_path: str, settings: dict, **_: Any
                       ) -> list[Problem]:
    """Receiver of the gate's `check_unread` signal: a story outside every kind's folder."""
    return folder_problems(path, full_path, settings)


def shape_content(content: Content) -> None:
    """Set the kind (its key, e.g. `profiles`: what other plugins compare; the category is
    its label), the department and the share image's size once a story is read."""
    settings = content.settings
    if isinstance(content, Article):
        content.kind = kind_of(content.source_path, settings)
        content.category = Category(settings["KINDS"][content.kind], settings)
        content.department_slug = find_department(
            content.metadata.get("department", ""), settings["DEPARTMENTS"]
        )
    image = content.metadata.get("image")
    if image:
        content.image_alt = content.metadata.get("image-alt", "")
        content.image_width, content.image_height = image_size(os.path.join(settings["PATH"], image))


# Every story and page the build will write, as the generators list them in their context.
WRITTEN = ("articles", "hidden_articles", "drafts", "pages", "hidden_pages", "draft_pages")


def refuse_clashing_addresses(generator: Any) -> None:
    """Two stories that would be written to one address stop the build before anything is
    written (Pelican would stop half way with a traceback); the message names both files."""
    sources: dict[str, list[str]] = {}
    for item in (item for name in WRITTEN for item in generator.context.get(name, [])):
        if item.save_as:
            sources.setdefault(item.save_as, []).append(shown_path(item.source_path, item.settings))
    clashes = {address: paths for address, paths in sources.items() if len(paths) > 1}
    for address, paths in clashes.items():
        logger.critical("%s would %s be published at %s: give each its own file name (or Slug:)",
                        " and ".join(sorted(paths)), "both" if len(paths) == 2 else "all", address)
    if clashes:
        logger.critical("Build failed before anything was written. Fix the problems above, then "
                        "build again.")
        raise SystemExit(1)


def fix_addresses(generator: ArticlesGenerator) -> None:
    """Each story's address and file, worked out once every story is read and kept as
    Pelican keeps a story's own `URL:` and `Save_as:` fields. Pelican works them out again
    from the settings whenever a template or feed asks: tens of times a story, a sixth of
    a preview's rebuild."""
    for story in chain(generator.articles, generator.translations, generator.hidden_articles,
                       generator.hidden_translations, generator.drafts,
                       generator.drafts_translations):
        story.override_url, story.override_save_as = story.url, story.save_as


def register() -> None:
    # initialized: the settings are read and no story is made yet.
    signals.initialized.connect(embargo)
    check_source.connect(check_metadata)
    check_unread.connect(check_unread_story)
    # Each generator is finalized once every story is read: the drafts are known.
    signals.article_generator_finalized.connect(name_left_out)
    # Every story is read, and has its kind and address: work each address out once.
    signals.article_generator_finalized.connect(fix_addresses)
    signals.page_generator_finalized.connect(name_left_out)
    # The context signals carry each story's metadata as it is read, before it is made.
    signals.article_generator_context.connect(skip_withdrawn)
    signals.page_generator_context.connect(skip_withdrawn)
    # page_generator_finalized: every story and page is read and has its address, and
    # nothing is written yet (pictures are written when the static files are gathered, after).
    signals.page_generator_finalized.connect(refuse_clashing_addresses)
    # content_object_init sees every article and page as it is made, before any URL
    # is worked out from its category.
    signals.content_object_init.connect(shape_content)
