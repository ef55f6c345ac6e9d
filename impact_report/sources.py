"""Where a page view came from: the network in its utm_source, else the network its
referrer belongs to; and the department account (utm_content) and campaign (utm_campaign)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

from plugins.campaign_kit.networks import NETWORKS

DIRECT = "direct"  # no referrer: typed, bookmarked, or an app that sends none
WITHIN = "within the site"  # from another page of the site
ELSEWHERE = "other"  # another site, or a utm_source that is none of the networks
# The hosts each network's links come from (each with its subdomains: l.facebook.com...).
NETWORK_HOSTS = {
    "t.co": "x", "x.com": "x", "twitter.com": "x",
    "bsky.app": "bluesky",
    "lnkd.in": "linkedin", "linkedin.com": "linkedin",
    "facebook.com": "facebook", "fb.me": "facebook",
}


@lru_cache(maxsize=4096)
def tags(query: str) -> tuple[str, str, str]:
    """(utm_source, utm_content, utm_campaign) of a query string, each "" when absent."""
    if "utm_" not in query:
        return "", "", ""
    found = {key: value for key, value in parse_qsl(query) if key.startswith("utm_")}
    return (found.get("utm_source", "").strip().lower(), found.get("utm_content", "").strip(),
            found.get("utm_campaign", "").strip())


def network_of_host(host: str, mastodon: frozenset[str]) -> str | None:
    for known in (*NETWORK_HOSTS, *mastodon):
        if host == known or host.endswith("." + known):
            return NETWORK_HOSTS.get(known, "mastodon")
    return None


@lru_cache(maxsize=4096)
def referred_by(referrer: str, site_host: str, mastodon: frozenset[str]) -> str:
    """The network (or DIRECT, WITHIN, ELSEWHERE) a referrer belongs to."""
    if referrer in ("", "-"):
        return DIRECT
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:  # not an address at all
        return ELSEWHERE
    if not host:
        return DIRECT
    if host == site_host:
        return WITHIN
    return network_of_host(host, mastodon) or ELSEWHERE


def source(utm_source: str, referrer: str, site_host: str, mastodon: frozenset[str]) -> str:
    """The network a page view is credited to: its utm_source when it names one, else its
    referrer's."""
    if utm_source:
        return utm_source if utm_source in NETWORKS else ELSEWHERE
    return referred_by(referrer, site_host, mastodon)
