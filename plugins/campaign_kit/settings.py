"""The CAMPAIGN and CAMPAIGN_KIT settings: defaults, and one check that names every bad key."""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from plugins.publish_gate import read_setting

from .networks import NETWORKS

KIT_DEFAULTS: dict[str, Any] = {
    # Where the kit is written: relative to the folder that holds the output folder (so
    # `output/` gets `kit/` beside it), or absolute. Never inside the output folder.
    "path": "kit",
    # The networks the kit writes a text for, in this order.
    "networks": list(NETWORKS),
    "utm_medium": "social",
    # utm_campaign when there is no CAMPAIGN.
    "utm_campaign": "stories",
    # Where the kit keeps the posts it composed, so that the next build composes only the
    # posts whose story, hashtag or link changed: relative to CACHE_PATH (like Pelican's own
    # cache and the share images), or absolute. None: compose every post on every build.
    "cache": "campaign-kit",
    # The campaign day's roster (see roster.py): relative to the project folder, or absolute.
    # The slots fixed by `invoke kit --freeze` are kept beside it, in fixed-<campaign>.csv.
    "roster": "campaign/roster.csv",
    # The departments' live-post prompts (see prompts.py): relative to the content folder.
    "prompts": "campaign-prompts.txt",
    # True (`invoke kit --freeze`): fix every slot of the schedule as it is now.
    "freeze": False,
}
KIT_KINDS = {"path": str, "networks": list[str], "utm_medium": str, "utm_campaign": str,
             "cache": str | None, "roster": str, "prompts": str, "freeze": bool}
PROJECT = Path(__file__).resolve().parents[2]  # the folder that holds pelicanconf.py
CAMPAIGN_DEFAULTS: dict[str, Any] = {
    "posts_per_hour": 1,
    "network": "x",
}
CAMPAIGN_KEYS = ("name", "hashtag", "start", "hours", "posts_per_hour", "network", "accounts")
START_FORMAT = "%Y-%m-%d %H:%M"
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
HASHTAG = re.compile(r"^#(?=\w*[^\W\d_])\w+$")  # X and Bluesky need a letter in a hashtag
X_HANDLE = re.compile(r"^@?[A-Za-z0-9_]{1,15}$")
LONGEST_CAMPAIGN = 24 * 14


@dataclass(frozen=True)
class Campaign:
    """A checked campaign: when, for how long, under which hashtag, who posts from where."""

    name: str
    hashtag: str
    start: datetime.datetime  # aware, in the site's TIMEZONE
    hours: int
    posts_per_hour: int
    network: str
    accounts: dict[str, str]  # department slug -> the account that posts for it

    @property
    def slots(self) -> int:
        return self.hours * self.posts_per_hour

    @property
    def step(self) -> datetime.timedelta:
        return datetime.timedelta(hours=1) / self.posts_per_hour

    @property
    def end(self) -> datetime.datetime:
        return self.start + datetime.timedelta(hours=self.hours)

    def started(self) -> bool:
        """True once the campaign's first slot has come."""
        return datetime.datetime.now(datetime.UTC) >= self.start


def kit_options(settings: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """CAMPAIGN_KIT merged over the defaults, `path` and `cache` made absolute; and every
    problem found."""
    chosen, problems = read_setting(settings, "CAMPAIGN_KIT", KIT_DEFAULTS, KIT_KINDS)
    output = os.path.abspath(settings.get("OUTPUT_PATH", "output"))
    # A relative kit folder sits beside the output folder, a relative cache under CACHE_PATH.
    bases = {"path": os.path.dirname(output), "cache": settings.get("CACHE_PATH", "cache")}
    for key, base in bases.items():
        if key == "cache" and not chosen[key]:
            continue  # no cache: every post is composed on every build
        chosen[key] = os.path.abspath(os.path.join(base, os.path.expanduser(str(chosen[key]))))
        if os.path.commonpath([output, chosen[key]]) == output:
            problems.append(f"CAMPAIGN_KIT[{key!r}] is {chosen[key]}, inside the public output "
                            f"folder {output}: the kit is for the comms team, not the web. "
                            f"Choose a folder outside it, such as {KIT_DEFAULTS[key]!r}")
    chosen["roster"] = os.path.join(PROJECT, os.path.expanduser(str(chosen["roster"])))
    chosen["prompts"] = os.path.join(settings.get("PATH") or "content",
                                     os.path.expanduser(str(chosen["prompts"])))
    unknown = [network for network in chosen["networks"] if network not in NETWORKS]
    if unknown or not chosen["networks"]:
        problems.append(f"CAMPAIGN_KIT['networks'] is {chosen['networks']!r}: list one or more "
                        f"of {', '.join(NETWORKS)}")
    for key in ("utm_medium", "utm_campaign"):
        if not SLUG.match(str(chosen[key])):
            problems.append(f"CAMPAIGN_KIT['{key}'] is {chosen[key]!r}: use lower-case letters, "
                            "digits and hyphens")
    return chosen, problems


def read_campaign(settings: Mapping[str, Any]) -> tuple[Campaign | None, list[str]]:
    """The CAMPAIGN setting, checked; None when there is none. Problems name the key."""
    given = settings.get("CAMPAIGN")
    if not given:
        return None, []
    if not isinstance(given, Mapping):
        return None, ["CAMPAIGN must be a dict with the keys " + ", ".join(CAMPAIGN_KEYS)]
    problems = [f"CAMPAIGN has no key '{key}': use {', '.join(CAMPAIGN_KEYS)}"
                for key in given if key not in CAMPAIGN_KEYS]
    value = {**CAMPAIGN_DEFAULTS, "hashtag": settings.get("CAMPAIGN_HASHTAG", ""), **given}
    for key in ("name", "start", "hours", "accounts"):
        if key not in given:
            problems.append(f"CAMPAIGN has no '{key}': add it (see pelicanconf.py)")
    if problems:
        return None, problems

    def bad(key: str, advice: str) -> None:
        problems.append(f"CAMPAIGN['{key}'] is {value[key]!r}: {advice}")

    if not isinstance(value["name"], str) or not SLUG.match(value["name"]):
        bad("name", "use lower-case letters, digits and hyphens (it tags every link, "
                    "as utm_campaign)")
    if not isinstance(value["hashtag"], str) or not HASHTAG.match(value["hashtag"]):
        bad("hashtag", "write one hashtag, like '#ProbationChangesLives': a '#', then letters "
                       "and digits, no spaces")
    start = None
    try:
        start = datetime.datetime.strptime(str(value["start"]), START_FORMAT)
        start = start.replace(tzinfo=ZoneInfo(settings.get("TIMEZONE") or "UTC"))
    except ValueError:
        bad("start", "write it as YYYY-MM-DD HH:MM, for example '2026-12-01 08:00' "
                     f"(the site's time zone, {settings.get('TIMEZONE')})")
    except ZoneInfoNotFoundError:
        problems.append(f"TIMEZONE is {settings.get('TIMEZONE')!r}, which is not a time zone")
    for key, most in (("hours", LONGEST_CAMPAIGN), ("posts_per_hour", 60)):
        number = value[key]
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= most:
            bad(key, f"give a whole number from 1 to {most}")
    if value["network"] not in NETWORKS:
        bad("network", f"use one of {', '.join(NETWORKS)}")
    accounts = value["accounts"]
    departments = settings.get("DEPARTMENTS", {})
    if not isinstance(accounts, Mapping) or len(accounts) < 2:
        bad("accounts", "map two or more departments (slugs from DEPARTMENTS) to the account "
                        "each posts from, e.g. {'unpaid-work': '@PVPayback', ...}")
        accounts = {}
    for slug, account in accounts.items():
        if slug not in departments:
            problems.append(f"CAMPAIGN['accounts'][{slug!r}] is not a department: use slugs "
                            f"from DEPARTMENTS ({', '.join(departments)})")
        if not isinstance(account, str) or not account.strip():
            problems.append(f"CAMPAIGN['accounts'][{slug!r}] is {account!r}: give the account "
                            "the department posts from, e.g. '@PVPayback'")
        elif value["network"] == "x" and not X_HANDLE.match(account.strip()):
            problems.append(f"CAMPAIGN['accounts'][{slug!r}] is {account!r}, which cannot be an "
                            "X account: '@' and at most 15 letters, digits or underscores")
    hours, per_hour = value["hours"], value["posts_per_hour"]
    if not problems and hours * per_hour < len(accounts):
        problems.append(
            f"CAMPAIGN['hours'] × CAMPAIGN['posts_per_hour'] is {hours * per_hour} posts, fewer "
            f"than the {len(accounts)} departments in CAMPAIGN['accounts']: every department "
            "must post at least once, so add hours or posts per hour")
    if problems:
        return None, problems
    return Campaign(value["name"], value["hashtag"], start, hours, per_hour, value["network"],
                    {slug: account.strip() for slug, account in accounts.items()}), []
