"""The counts, added up one log line at a time."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from plugins.campaign_kit.networks import NETWORKS

from .classify import ASSET, FEED, OTHER, PAGE, classify, is_crawler, target
from .logs import Fields
from .site import Site
from .sources import ELSEWHERE, source, tags
from .times import local_hour, minute_of
from .visitors import DailyVisitors

TOP_STORIES = 10
OTHER_PAGES = "other pages"  # the home page, lists, help pages: not a story of any kind


class Figures:
    """Every count the report shows. `add` takes one line's fields."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.requests = Counter[str]()  # PAGE, FEED, ASSET, OTHER, "bot"
        self.by_hour = Counter[str]()
        self.by_day = Counter[str]()
        self.by_story = Counter[str]()
        self.by_kind = Counter[str]()
        self.by_department = Counter[str]()
        self.by_source = Counter[str]()
        self.by_account = Counter[str]()
        self.campaign_page_views = 0
        self.visitors = DailyVisitors()

    def add(self, fields: Fields) -> None:
        address, stamp, request, status, referrer, agent = fields
        method_path = target(request)
        if method_path is None:
            self.requests[OTHER] += 1
            return
        kind, path = classify(method_path[0], status, method_path[1], self.site.root_path)
        if kind != PAGE:
            self.requests[kind] += 1
        elif is_crawler(agent):
            self.requests["bot"] += 1
        else:
            day, hour = local_hour(minute_of(stamp), self.site.timezone)
            self.requests[PAGE] += 1
            self.visitors.add(day, address, agent)
            self.add_page_view(path, method_path[1], day, hour, referrer)

    def add_page_view(self, path: str, asked: str, day: str, hour: str, referrer: str) -> None:
        """`path` is the page's site path; `asked` the path as requested, query and all."""
        self.by_hour[hour] += 1
        self.by_day[day] += 1
        self.add_story(path)
        query = asked.partition("?")[2]
        utm_source, utm_content, utm_campaign = tags(query)
        self.by_source[source(utm_source, referrer, self.site.host, self.site.mastodon_hosts)] += 1
        if utm_content:
            self.by_account[utm_content if utm_content in self.site.departments else ELSEWHERE] += 1
        if utm_campaign == self.site.utm_campaign:
            self.campaign_page_views += 1

    def add_story(self, path: str) -> None:
        """By story, kind and department: a story's address is /<kind's category>/<slug>/."""
        parts = path.split("/")
        kind = self.site.kind_paths.get(parts[1]) if len(parts) == 4 else None
        if kind is not None and parts[2] and not parts[3]:
            self.by_story[path] += 1
            self.by_kind[kind] += 1
            story = self.site.stories.get(path)
            if story is not None and story.department:
                self.by_department[story.department] += 1
        else:
            self.by_kind[OTHER_PAGES] += 1

    @property
    def page_views(self) -> int:
        return self.requests[PAGE]

    def campaign_window(self) -> list[str]:
        """The campaign's hours ("2026-12-01T08"...) in the trust's time zone; [] without one."""
        start = self.site.campaign_start
        if start is None:
            return []
        # Hour by hour in UTC: on the night the clocks go back, the repeated local hour is one
        # key (the logs' hours are local wall-clock hours), so the window has one hour fewer.
        start = start.astimezone(datetime.UTC)
        hours = ((start + datetime.timedelta(hours=step)).astimezone(self.site.timezone)
                 .strftime("%Y-%m-%dT%H") for step in range(self.site.campaign_hours))
        return list(dict.fromkeys(hours))

    def stories_by_views(self) -> list[tuple[str, int]]:
        """(path, page views), most read first; stories read as often, by path."""
        return sorted(self.by_story.items(), key=lambda item: (-item[1], item[0]))

    def top_stories(self) -> list[dict[str, Any]]:
        stories = self.site.stories
        return [{"path": path, "title": stories[path].title if path in stories else path,
                 "page_views": views} for path, views in self.stories_by_views()[:TOP_STORIES]]

    def summary(self, lines: int) -> dict[str, Any]:
        """Everything, as the JSON file holds it (hours and days in the trust's time zone)."""
        views = self.page_views
        window = self.campaign_window()
        busiest = max(sorted(self.by_hour.items()), key=lambda item: item[1], default=None)
        networks = sum(count for name, count in self.by_source.items() if name in NETWORKS)
        return {
            "site": self.site.name,
            "time_zone": self.site.timezone.key,
            "log_lines": lines,
            "page_views": views,
            "bot_requests_excluded": self.requests["bot"],
            "feed_requests": self.requests[FEED],
            "asset_requests": self.requests[ASSET],
            "other_requests": self.requests[OTHER],
            "visitors_by_day": self.visitors.by_day(),
            "busiest_hour": {"hour": busiest[0], "page_views": busiest[1]} if busiest else None,
            "campaign": {
                "name": self.site.utm_campaign,
                "first_hour": window[0] if window else None,
                "last_hour": window[-1] if window else None,
                "page_views_during": sum(self.by_hour[hour] for hour in window),
                "page_views_tagged": self.campaign_page_views,
                "share_tagged": round(self.campaign_page_views / views, 4) if views else 0.0,
            },
            "page_views_from_networks": networks,
            "share_from_networks": round(networks / views, 4) if views else 0.0,
            "by_source": dict(self.by_source.most_common()),
            "by_account": dict(self.by_account.most_common()),
            "by_kind": dict(self.by_kind.most_common()),
            "by_department": dict(self.by_department.most_common()),
            "by_day": dict(sorted(self.by_day.items())),
            "by_hour": dict(sorted(self.by_hour.items())),
            "by_story": dict(self.stories_by_views()),
            "top_stories": self.top_stories(),
        }
