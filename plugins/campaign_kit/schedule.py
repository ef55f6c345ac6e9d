"""A campaign's schedule: who posts which story, at what time, from which account.

The rules, in order:

1. A slot fixed by `invoke kit --freeze` (or by the campaign's start passing) keeps its time,
   person and text; the rest of the rules fill the free slots around it.
2. Every slot goes to a person on shift at its time (campaign/roster.csv).
3. Departments share the slots in proportion to their shift hours (rounded by the largest
   remainder). A slot goes first to a department that must take it to reach its share in
   the slots left to it; then to one that did not post the slot before; then to the one
   with least room to spare.
4. Within a department, the person on shift with fewest posts for their hours posts; the
   department's stories go out profile first, each once before any is posted again, and a
   story already in a fixed slot waits until the others have gone.
5. A department with no published story posts live from its prompts (content/campaign-prompts.txt).
"""

from __future__ import annotations

import datetime
import math
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass

from .posts import Story
from .roster import Shift
from .settings import Campaign


@dataclass(frozen=True)
class Slot:
    """One post of the campaign."""

    number: int  # from 1
    time: datetime.datetime
    department: str
    account: str
    story: Story | None  # None: a live post from the department's prompts
    person: str = ""
    text: str = ""  # a fixed slot's text, exactly as it was fixed
    prompt: str = ""  # a live post's prompt

    @property
    def fixed(self) -> bool:
        return bool(self.text)


@dataclass(frozen=True)
class Fixed:
    """A slot fixed earlier: what must not move."""

    time: datetime.datetime
    person: str
    account: str
    department: str
    url: str  # the story's canonical address; "" for a live post
    text: str


def by_department(stories: Iterable[Story], departments: Iterable[str]) -> dict[str, list[Story]]:
    """Each department's stories in the order they should go out: profile, then the rest."""
    grouped: dict[str, list[Story]] = {slug: [] for slug in departments}
    for story in stories:
        if story.department in grouped:
            grouped[story.department].append(story)
    for slug, items in grouped.items():
        grouped[slug] = sorted(items, key=lambda story: not story.is_profile)  # stable
    return grouped


def departments_without_stories(departments: Iterable[str], stories: Iterable[Story]) -> list[str]:
    """Departments in the campaign with nothing published to post."""
    return [slug for slug, items in by_department(stories, departments).items() if not items]


def shares(shifts: list[Shift], campaign: Campaign) -> dict[str, float]:
    """Each rostered department's share of the slots: its shift hours in the campaign."""
    hours: Counter[str] = Counter()
    for shift in shifts:
        hours[shift.department] += shift.hours(campaign.start, campaign.end)
    total = sum(hours.values()) or 1
    return {slug: campaign.slots * hours[slug] / total
            for slug in dict.fromkeys(shift.department for shift in shifts)}


def quotas(targets: dict[str, float]) -> dict[str, int]:
    """Whole numbers of slots adding up to the targets' sum, each within one of its target."""
    whole = {slug: math.floor(target) for slug, target in targets.items()}
    left = round(sum(targets.values())) - sum(whole.values())
    for slug in sorted(targets, key=lambda s: whole[s] - targets[s])[:left]:
        whole[slug] += 1
    return whole


class Planner:
    """Fills the free slots of a campaign by the rules above."""

    def __init__(self, campaign: Campaign, stories: list[Story], shifts: list[Shift],
                 fixed: dict[datetime.datetime, Fixed]) -> None:
        self.campaign, self.shifts, self.fixed = campaign, shifts, fixed
        self.times = [campaign.start + index * campaign.step for index in range(campaign.slots)]
        self.targets = shares(shifts, campaign)
        self.quota = quotas(self.targets)
        self.grouped = by_department(stories, self.targets)
        in_fixed = {slot.url for slot in fixed.values()}
        self.waiting = {slug: deque(sorted(items, key=lambda story: story.url in in_fixed))
                        for slug, items in self.grouped.items()}
        self.counts: Counter[str] = Counter(slot.department for slot in fixed.values())
        self.posts: Counter[str] = Counter(slot.person for slot in fixed.values())
        self.hours: Counter[str] = Counter()
        for shift in shifts:
            self.hours[shift.name] += shift.hours(campaign.start, campaign.end)
        self.free_ahead = self.count_free_ahead()

    def on_shift(self, when: datetime.datetime) -> dict[str, list[Shift]]:
        found: dict[str, list[Shift]] = {}
        for shift in self.shifts:
            if shift.covers(when):
                found.setdefault(shift.department, []).append(shift)
        return found

    def count_free_ahead(self) -> list[Counter[str]]:
        """For each slot, the free slots from it on that each department could take."""
        ahead: list[Counter[str]] = [Counter() for _ in self.times]
        running: Counter[str] = Counter()
        for index in range(len(self.times) - 1, -1, -1):
            if self.times[index] not in self.fixed:
                running.update(self.on_shift(self.times[index]).keys())
            ahead[index] = Counter(running)
        return ahead

    def department(self, index: int, present: list[str], previous: str) -> str:
        """The department that posts in free slot `index` (rule 3)."""
        def urgency(slug: str) -> tuple:
            need = self.quota[slug] - self.counts[slug]
            room = self.free_ahead[index][slug] - need
            return (need <= 0, room > 0, slug == previous, room,
                    self.counts[slug] - self.targets[slug], list(self.targets).index(slug))
        return min(present, key=urgency)

    def person(self, shifts: list[Shift]) -> Shift:
        return min(shifts, key=lambda s: (self.posts[s.name] / (self.hours[s.name] or 1), s.name))

    def story(self, slug: str) -> Story | None:
        items = self.grouped.get(slug)
        if not items:
            return None
        if not self.waiting[slug]:
            self.waiting[slug] = deque(items)
        return self.waiting[slug].popleft()

    def plan(self) -> tuple[list[Slot], list[str]]:
        """Every slot, fixed or filled now; and the times nobody is on shift."""
        slots: list[Slot] = []
        gaps: list[str] = []
        previous = ""
        for index, when in enumerate(self.times):
            fixed = self.fixed.get(when)
            if fixed:
                story = next((s for s in self.grouped.get(fixed.department, [])
                              if s.url == fixed.url), None)
                slots.append(Slot(index + 1, when, fixed.department, fixed.account, story,
                                  fixed.person, fixed.text))
                previous = fixed.department
                continue
            present = self.on_shift(when)
            if not present:
                gaps.append(when.strftime("%Y-%m-%d %H:%M"))
                continue
            slug = self.department(index, list(present), previous)
            shift = self.person(present[slug])
            self.counts[slug] += 1
            self.posts[shift.name] += 1
            previous = slug
            slots.append(Slot(index + 1, when, slug, shift.account, self.story(slug), shift.name))
        return slots, gaps


def plan(campaign: Campaign, stories: Iterable[Story], shifts: list[Shift],
         fixed: dict[datetime.datetime, Fixed] | None = None) -> tuple[list[Slot], list[str]]:
    """The campaign's slots by the rules above, and the times no one on the roster is on
    shift (each a problem: those slots would go unposted)."""
    return Planner(campaign, list(stories), shifts, fixed or {}).plan()
