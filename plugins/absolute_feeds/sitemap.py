"""pelican-plugins/sitemap, with every page dated by the stories instead of the build's clock.

The plugin stamps a page that has no date of its own (the home page, every list page, the
about page, the help pages) with the time of the build, so each build wrote a new sitemap and
the built-site check read its changed lines again. Here a list page is dated by the newest
story it lists, and any other undated page by the newest story of the site: two builds of the
same stories write the same sitemap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.request import pathname2url

from pelican import signals
from pelican.plugins.sitemap.sitemap import SitemapGenerator


@dataclass(frozen=True)
class ListPage:
    """What the sitemap reads of a list page: its address and the date it is given."""

    url: str
    date: datetime


def newest(stories: Any) -> datetime | None:
    """The latest date (`modified`, else `date`) of `stories`, as the sitemap dates a story."""
    return max((getattr(s, "modified", None) or s.date for s in stories), default=None)


class StoryDatedSitemap(SitemapGenerator):
    """The plugin's generator; `now`, its date for an undated page, is the newest story's."""

    def init(self, pelican: Any) -> None:
        super().init(pelican)
        self.output_path = pelican.output_path
        self.now = datetime.now()  # for a site with no story

    def stories_read(self, generator: Any) -> None:
        self.now = newest(generator.articles) or self.now

    def queue_page(self, path: str, context: dict) -> None:
        listed = context.get("articles_page")
        date = newest(listed.object_list) if listed else None
        if date and not (context.get("article") or context.get("page")):
            url = pathname2url(os.path.relpath(path, self.output_path))
            self.page_queue.append((path, ListPage(url, date)))
        else:
            super().queue_page(path, context)


generator = StoryDatedSitemap()


def register() -> None:
    # As the plugin's own register(), and: article_generator_finalized, every published story
    # is read, before any page is written.
    signals.get_generators.connect(generator.init)
    signals.article_generator_finalized.connect(generator.stories_read)
    signals.content_written.connect(generator.queue_page)
    signals.finalized.connect(generator.finalize)
