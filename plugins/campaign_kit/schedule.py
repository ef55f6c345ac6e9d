"""A campaign's schedule: which department posts which story, at what time, from which account.

The rules, in order:

1. The first round gives every department one post (its profile first, if it has one), in
   the order of CAMPAIGN['accounts'], so every department appears even in a short campaign.
2. No department posts twice in a row.
3. After that, a department with stories not yet posted goes before one without, and
   among those the one that posted longest ago goes first: every story is posted once
   before any is posted again.
4. When every story has been posted, the round starts again.
"""

from __future__ import annotations

import datetime
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from .posts import Story
from .settings import Campaign


@dataclass(frozen=True)
class Slot:
    """One post of the campaign."""

    number: int  # from 1
    time: datetime.datetime
    department: str
    account: str
    story: Story


def by_department(stories: Iterable[Story], departments: Iterable[str]) -> dict[str, list[Story]]:
    """Each department's stories in the order they should go out: profile, then the rest."""
    grouped: dict[str, list[Story]] = {slug: [] for slug in departments}
    for story in stories:
        if story.department in grouped:
            grouped[story.department].append(story)
    for slug, items in grouped.items():
        grouped[slug] = sorted(items, key=lambda story: not story.is_profile)  # stable
    return grouped


def departments_without_stories(campaign: Campaign, stories: Iterable[Story]) -> list[str]:
    """Departments in the campaign with nothing published to post."""
    grouped = by_department(stories, campaign.accounts)
    return [slug for slug, items in grouped.items() if not items]


def plan(campaign: Campaign, stories: Iterable[Story]) -> list[Slot]:
    """Spread the stories over the campaign's hours by the rules above."""
    grouped = {slug: items for slug, items in by_department(stories, campaign.accounts).items()
               if items}
    order = list(grouped)
    if not order:
        return []
    waiting = {slug: deque(items) for slug, items in grouped.items()}
    posted = dict.fromkeys(order, 0)
    last_posted = dict.fromkeys(order, -1)
    step = datetime.timedelta(hours=1) / campaign.posts_per_hour
    slots: list[Slot] = []
    previous = None
    for index in range(campaign.slots):
        if not any(waiting.values()):
            waiting = {slug: deque(items) for slug, items in grouped.items()}
        if index < len(order):
            slug = order[index]
        else:
            choices = [slug for slug in order if slug != previous] or order
            slug = min(choices, key=lambda s: (not waiting[s], last_posted[s], order.index(s)))
        items = grouped[slug]
        story = waiting[slug].popleft() if waiting[slug] else items[posted[slug] % len(items)]
        posted[slug] += 1
        last_posted[slug] = index
        previous = slug
        slots.append(Slot(index + 1, campaign.start + index * step, slug,
                          campaign.accounts[slug], story))
    return slots
