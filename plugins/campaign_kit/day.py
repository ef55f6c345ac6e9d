"""The campaign day's inputs beside the settings: the roster, the prompts, the fixed slots."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from .fixed import FILE, read_fixed
from .prompts import read_prompts
from .roster import Shift, read_roster
from .schedule import Fixed
from .settings import PROJECT, Campaign, kit_options, read_campaign


@dataclass
class Day:
    """Who is on shift, what they may post live, and which slots are fixed."""

    shifts: list[Shift] = field(default_factory=list)
    prompts: dict[str, list[str]] = field(default_factory=dict)
    fixed: dict[datetime.datetime, Fixed] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_day(settings: dict) -> Day:
    """The campaign day's inputs, and every problem with them; nothing without a campaign."""
    campaign, _ = read_campaign(settings)
    if not campaign:
        return Day()
    chosen, _ = kit_options(settings)
    departments = settings.get("DEPARTMENTS", {})
    timezone = campaign.start.tzinfo.key  # type: ignore[union-attr]
    roster = Path(chosen["roster"])
    inside = roster.is_relative_to(PROJECT)
    shown = roster.relative_to(PROJECT).as_posix() if inside else str(roster)
    if roster.is_file():
        shifts, problems, warnings = *read_roster(roster, departments, timezone, shown), []
    else:
        shifts, problems, warnings = unnamed(campaign), [], [
            f"There is no roster ({shown}): each department's account has every slot it is "
            "given, with nobody named. Write the roster (name,account,department,start,end) "
            "to give each slot to a person on shift, with a sheet each."]
    prompts, more = read_prompts(Path(chosen["prompts"]), departments)
    fixed, most = read_fixed(Path(chosen["path"], FILE), timezone)
    problems += more + most
    if shifts:
        problems += [f"{shown}: nobody is on shift at {when}, a slot of the "
                     "campaign: add a shift that covers it" for when in gaps(campaign, shifts)]
    return Day(shifts, prompts, fixed, problems, warnings)


def unnamed(campaign: Campaign) -> list[Shift]:
    """Without a roster: each department in CAMPAIGN['accounts'] on all day, nobody named."""
    return [Shift("", account, slug, campaign.start, campaign.end)
            for slug, account in campaign.accounts.items()]


def gaps(campaign: Campaign, shifts: list[Shift]) -> list[str]:
    """The campaign's slot times at which nobody on the roster is on shift."""
    times = (campaign.start + index * campaign.step for index in range(campaign.slots))
    return [when.strftime("%Y-%m-%d %H:%M") for when in times
            if not any(shift.covers(when) for shift in shifts)]
