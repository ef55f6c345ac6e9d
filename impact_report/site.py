"""What the report needs to know about the site, read from pelicanconf.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from plugins.campaign_kit.settings import kit_options, read_campaign
from plugins.social_cards.settings import options as card_options

from .stories import Story, kind_paths, read_stories


@dataclass(frozen=True)
class Site:
    """The settings the figures are worked out with."""

    name: str
    output: Path  # the built site's folder: no report may be written into it
    timezone: ZoneInfo
    root_path: str  # "" when the site is served from the root of its domain
    host: str  # the live site's host: a referrer from it is a reader moving within the site
    kinds: dict[str, str]  # folder -> label
    kind_paths: dict[str, str]  # the first part of a story's address -> its kind's folder
    departments: dict[str, str]  # slug -> name
    mastodon_hosts: frozenset[str]
    utm_campaign: str
    hashtag: str = ""
    campaign_start: Any = None  # an aware datetime, or None when there is no campaign
    campaign_hours: int = 0
    colours: dict[str, str] = field(default_factory=dict)
    font: str = ""
    stories: dict[str, Story] = field(default_factory=dict)  # site path -> story


def mastodon_hosts(settings: dict[str, Any]) -> frozenset[str]:
    """The servers of the trust's Mastodon handles ("@name@server"): its own account and the
    departments' campaign accounts."""
    handles = [(settings.get("SOCIAL_ACCOUNTS") or {}).get("mastodon", "")]
    handles += list(((settings.get("CAMPAIGN") or {}).get("accounts") or {}).values())
    return frozenset(handle.rsplit("@", 1)[1].lower() for handle in handles
                     if isinstance(handle, str) and handle.count("@") == 2)


def read_site(settings_file: Path) -> Site:
    """The site's settings, and its stories by address. Raises ValueError naming a bad setting."""
    from pelican.settings import read_settings  # noqa: PLC0415 - slow to import: only here

    settings = read_settings(str(settings_file))
    kit, problems = kit_options(settings)
    campaign, more = read_campaign(settings)
    cards, card_problems = card_options(settings)
    problems += more + card_problems
    if problems:
        raise ValueError(f"{settings_file.name}: " + "; ".join(problems))
    root = settings.get("SITE_ROOT_PATH", urlsplit(settings["SITEURL"]).path).rstrip("/")
    return Site(
        name=settings["SITENAME"],
        output=Path(settings["OUTPUT_PATH"]).resolve(),
        timezone=ZoneInfo(settings["TIMEZONE"]),
        root_path=root,
        host=(urlsplit(settings.get("PUBLIC_SITEURL") or settings["SITEURL"]).hostname or ""),
        kinds=dict(settings["KINDS"]),
        kind_paths=kind_paths(settings),
        departments={slug: value["name"] for slug, value in settings["DEPARTMENTS"].items()},
        mastodon_hosts=mastodon_hosts(settings),
        utm_campaign=campaign.name if campaign else kit["utm_campaign"],
        hashtag=campaign.hashtag if campaign else settings.get("CAMPAIGN_HASHTAG", ""),
        campaign_start=campaign.start if campaign else None,
        campaign_hours=campaign.hours if campaign else 0,
        colours=dict(settings["SITE_COLOURS"]),
        font=cards["font"],
        stories=read_stories(Path(settings["PATH"]), settings),
    )
