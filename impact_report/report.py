"""impact/report.html: the figures for people, with inline SVG charts, printable on A4, with
no JavaScript and nothing fetched from elsewhere."""

from __future__ import annotations

from html import escape
from typing import Any

from plugins.campaign_kit.networks import NETWORKS

from .charts import across, number, upright
from .site import Site
from .sources import DIRECT, ELSEWHERE, WITHIN
from .times import MONTHS

STYLE = """
body {{ font-family: "DejaVu Sans", Verdana, sans-serif; color: {text}; background: {background};
  max-width: 720px; margin: 2em auto; padding: 0 1em; line-height: 1.4; }}
h1, h2, a {{ color: {brand}; }}
.headline {{ display: grid; grid-template-columns: repeat(2, 1fr); gap: 1em; padding: 0; }}
.headline li {{ list-style: none; border-left: 6px solid {accent}; padding: .4em .8em; }}
.headline strong {{ display: block; font-size: 2em; color: {brand}; }}
section {{ break-inside: avoid; page-break-inside: avoid; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .2em .6em; text-align: left; }}
td.n {{ text-align: right; }}
@page {{ size: A4; margin: 15mm; }}
@media print {{ body {{ margin: 0; max-width: none; }} a {{ color: {text}; }} }}
"""


def headline(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """The big numbers: (figure, what it is)."""
    campaign = summary["campaign"]
    busiest = summary["busiest_hour"]
    items = [
        (number(summary["page_views"]), "page views (people, not crawlers)"),
        (number(sum(summary["visitors_by_day"].values())), "visitors (counted each day)"),
        (f"{campaign['share_tagged']:.0%}", "of page views came from the campaign's links"),
        (f"{summary['share_from_networks']:.0%}", "of page views came from social networks"),
    ]
    if busiest:
        items.append((number(busiest["page_views"]), f"page views in the busiest hour, "
                      f"{hour_words(busiest['hour'])}"))
    hand = summary.get("hand_figures")
    if hand and hand["followers"]:
        items.append((number(hand["followers_gained"]), "new followers"))
    return items


def hour_words(hour: str) -> str:
    """"2026-12-01T08" as "1 Dec 2026, 08:00"."""
    day, _, clock = hour.partition("T")
    year, month, date = day.split("-")
    return f"{int(date)} {list(MONTHS)[int(month) - 1]} {year}, {clock}:00"


def hours_chart(summary: dict[str, Any], site: Site, window: list[str]) -> str:
    """Page views by hour: over the campaign's hours when the logs cover them, else over every
    hour of the logs that has a page view."""
    by_hour = summary["by_hour"]
    during = any(by_hour.get(hour) for hour in window)  # else the logs are of another time
    hours = window if during else list(by_hour)
    if not hours:
        return ""
    items = [(hour[-2:] + ":00", by_hour.get(hour, 0)) for hour in hours]
    title = (f"Page views by hour during the campaign, from {hour_words(hours[0])}" if during
             else "Page views by hour")
    return section(title, upright(title, items, site.colours["brand"], site.colours["text"],
                                  every=max(1, len(items) // 12)))


def network_name(slug: str) -> str:
    """"x" as "X", "bluesky" as "Bluesky"; anything else as it was written."""
    return NETWORKS[slug].name if slug in NETWORKS else slug


def section(title: str, body: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{body}</section>" if body else ""


def bars(title: str, items: list[tuple[str, int]], site: Site) -> str:
    return section(title, across(title, items, site.colours["brand"], site.colours["text"]))


def label_of(site: Site) -> dict[str, str]:
    """What readers see for each key of the figures: a kind's label, a department's or a
    network's name."""
    networks = {slug: network.name for slug, network in NETWORKS.items()}
    return {**site.kinds, **site.departments, **networks, DIRECT: "no referrer (direct)",
            WITHIN: "another page of the site", ELSEWHERE: "other sites"}


def followers_table(rows: list[dict[str, Any]]) -> str:
    cells = "".join(f"<tr><td>{escape(network_name(row['network']))}</td>"
                    f"<td>{escape(row['who'])}</td><td class=n>{number(row['before'])}</td>"
                    f"<td class=n>{number(row['after'])}</td>"
                    f"<td class=n>{number(row['gained'])}</td></tr>" for row in rows)
    return ("<table><tr><th>Network</th><th>Account</th><th>Before</th><th>After</th>"
            f"<th>Gained</th></tr>{cells}</table>")


def press_list(items: list[dict[str, str]]) -> str:
    """Each article linked by its title (read_figures took only http(s) links)."""
    rows = "".join(f"<li><a href=\"{escape(item['link'])}\">{escape(item['title'])}</a>"
                   f" ({escape(', '.join(filter(None, (item['who'], item['when']))))})</li>"
                   for item in items)
    return f"<ul>{rows}</ul>"


def hand_sections(hand: dict[str, Any] | None, site: Site) -> str:
    """Followers, mentions and press, as staff noted them (`invoke impact --figures`)."""
    if not hand:
        return ""
    mentions = [(f"{row['hour']} {network_name(row['network'])}", row["mentions"])
                for row in hand["mentions_by_hour"]]
    return "".join((
        section("Followers", followers_table(hand["followers"])) if hand["followers"] else "",
        bars("Mentions by hour (from the networks' own analytics)", mentions, site),
        section("Press coverage", press_list(hand["press"])) if hand["press"] else "",
    ))


def named(counts: dict[str, int], labels: dict[str, str]) -> list[tuple[str, int]]:
    return [(labels.get(key, key), value) for key, value in counts.items()]


def write_report(summary: dict[str, Any], site: Site, window: list[str]) -> str:
    """The whole report, as one HTML document."""
    labels = label_of(site)
    big = "".join(f"<li><strong>{escape(value)}</strong>{escape(words)}</li>"
                  for value, words in headline(summary))
    days = [(day[5:], views) for day, views in summary["by_day"].items()]
    body = "".join((
        f"<h1>{escape(site.name)}: what the campaign achieved</h1>",
        f"<p>From the web server's own logs ({number(summary['log_lines'])} lines), times in "
        f"{escape(summary['time_zone'])}. Crawlers and bots are left out "
        f"({number(summary['bot_requests_excluded'])} of their page requests).</p>",
        f'<ul class="headline">{big}</ul>',
        hours_chart(summary, site, window),
        section("Page views by day", upright("Page views by day", days, site.colours["brand"],
                                             site.colours["text"], every=max(1, len(days) // 10))),
        bars("Where readers came from", named(summary["by_source"], labels), site),
        bars("Top stories", [(story["title"], story["page_views"])
                             for story in summary["top_stories"]], site),
        bars("Page views by kind", named(summary["by_kind"], labels), site),
        bars("Page views by the story's department", named(summary["by_department"], labels), site),
        bars("Page views from each department's posts (utm_content)",
             named(summary["by_account"], labels), site),
        hand_sections(summary.get("hand_figures"), site),
    ))
    style = STYLE.format(**site.colours)
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(site.name)}: campaign impact</title><style>{style}</style></head>"
            f"<body><main>{body}</main></body></html>")
