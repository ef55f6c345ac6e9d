"""Departments as the templates see them, built from the settings and the stories."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from plugins.story_model import PROFILES


@dataclass
class Department:
    """One team: its settings, its profile and its stories, newest first."""

    slug: str
    name: str
    description: str
    url: str
    save_as: str
    feed_atom: str
    feed_rss: str
    profile: Any = None
    articles: list[Any] = field(default_factory=list)

    @property
    def feed_items(self) -> list[Any]:
        """What the department's feeds carry: its profile and its stories, newest first."""
        items = self.articles + ([self.profile] if self.profile else [])
        return sorted(items, key=lambda item: item.date, reverse=True)


def make_departments(settings: Mapping) -> list[Department]:
    """One `Department` per entry of the `DEPARTMENTS` setting, in its order."""
    return [
        Department(
            slug=slug,
            name=entry["name"],
            description=entry.get("description", ""),
            url=settings["DEPARTMENT_URL"].format(slug=slug),
            save_as=settings["DEPARTMENT_SAVE_AS"].format(slug=slug),
            feed_atom=settings["DEPARTMENT_FEED_ATOM"].format(slug=slug),
            feed_rss=settings["DEPARTMENT_FEED_RSS"].format(slug=slug),
        )
        for slug, entry in settings["DEPARTMENTS"].items()
    ]


def assign(departments: list[Department], articles: Iterable[Any], drafts: Iterable[Any] = ()) -> None:
    """Give each article its department, and each department its profile and stories.

    Drafts (built only in the preview) know their department but are listed nowhere.
    """
    by_slug = {department.slug: department for department in departments}
    for draft in drafts:
        draft.department = by_slug[draft.department_slug]
        draft.prev_in_department = draft.next_in_department = None
    for article in sorted(articles, key=lambda item: item.date, reverse=True):
        department = by_slug[article.department_slug]
        article.department = department
        if article.kind == PROFILES and department.profile is None:
            department.profile = article
        else:
            department.articles.append(article)
    for department in departments:
        link_neighbours(department.articles)


def link_neighbours(newest_first: list[Any]) -> None:
    """Previous is the older story in the department, next the newer one."""
    padded = [None, *newest_first, None]
    for newer, article, older in zip(padded, padded[1:], padded[2:]):
        article.next_in_department, article.prev_in_department = newer, older
