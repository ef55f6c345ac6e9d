"""What a feed says about itself, and honest entry ids.

Pelican gives every channel the same description (SITESUBTITLE, empty here): a reader
subscribed to several of our feeds could not tell them apart. Each feed is described by what
it carries; the site's own feed by the site's strapline. Atom shows the same text as its
subtitle.

Entry ids are `tag:` URIs, which are not addresses: RSS must be told so
(`isPermaLink="false"`), or a reader takes the id for the entry's link.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

# How each sort of feed is described; its paths are the settings <SORT>_FEED_ATOM and _RSS.
WORDING = {
    "CATEGORY": "{name} from {site}",
    "TAG": "Stories tagged {name}, from {site}",
    "DEPARTMENT": "Stories from {name}, {site}",
}


def subjects(context: dict) -> dict[str, list[tuple[str, str]]]:
    """(slug, name) of each kind, tag and department that has feeds."""
    return {
        "CATEGORY": [(kind.slug, kind.name) for kind, _ in context.get("categories", [])],
        "TAG": [(tag.slug, tag.name) for tag, _ in context.get("tags", [])],
        "DEPARTMENT": [(slug, entry["name"])
                       for slug, entry in context.get("DEPARTMENTS", {}).items()],
    }


def descriptions(context: dict) -> dict[str, str]:
    """Each kind's, tag's and department's feed path, with its description."""
    site = context["SITENAME"]
    found = {}
    for sort, named in subjects(context).items():
        for feed_type in ("ATOM", "RSS"):
            path = context.get(f"{sort}_FEED_{feed_type}")
            if path:
                found.update((path.format(slug=slug), WORDING[sort].format(name=name, site=site))
                             for slug, name in named)
    return found


def site_description(context: dict) -> str:
    """The site's strapline as plain text, or its name."""
    return Markup(context.get("SITE_STRAPLINE") or "").striptags() or context["SITENAME"]


def describe(context: dict, feed: Any) -> None:
    """Fill the channel's description (RSS) and subtitle (Atom) with what `feed` carries."""
    domain = (context.get("FEED_DOMAIN") or context["SITEURL"]).rstrip("/") + "/"
    path = feed.feed["feed_url"].removeprefix(domain)
    feed.feed["description"] = descriptions(context).get(path) or site_description(context)


def mark_ids(feed: Any) -> None:
    """Tell RSS readers that a `tag:` id is not the entry's address."""
    for item in feed.items:
        if str(item.get("unique_id") or "").startswith("tag:"):
            item["unique_id_is_permalink"] = False
