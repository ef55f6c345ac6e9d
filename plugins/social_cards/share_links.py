"""Plain share links: the networks' own "share this" addresses, filled in for one page.

They are ordinary links: nothing is loaded from the networks until a reader follows one.
Mastodon has no such address (every server has its own), so it has no link here. A network
on a blocked domain (BLOCKED_LINK_DOMAINS: a reader's network refuses any page that links to
one) gets no link; sharing by email is always offered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from urllib.parse import quote, urlencode

from plugins.publisher.blocked_links import DEFAULT_BLOCKED, blocked_domains, is_blocked

# The page's title and address recur in several links: each is quoted once.
quoted = lru_cache(maxsize=256)(quote)


def query(**fields: str) -> str:
    """A query string with spaces as %20, which every network and mail program reads."""
    return urlencode({key: value for key, value in fields.items() if value}, quote_via=quoted)


def share_links(url: str, title: str, summary: str = "", hashtag: str = "",
                via: str = "", blocked: Iterable[str] = DEFAULT_BLOCKED) -> list[tuple[str, str]]:
    """(visible text, address) of each share link for the page at `url`, but those on a
    `blocked` domain (by default, the setting's default)."""
    tag = hashtag.lstrip("#")
    spaced_tag = f" #{tag}" if tag else ""
    fields = {
        "https://x.com/intent/post?": {"text": title, "url": url, "hashtags": tag,
                                       "via": via.lstrip("@")},
        "https://bsky.app/intent/compose?": {"text": f"{title} {url}{spaced_tag}"},
        "https://www.linkedin.com/sharing/share-offsite/?": {"url": url},
        "https://www.facebook.com/sharer/sharer.php?": {"u": url},
        "mailto:?": {"subject": title,
                     "body": "\n\n".join(part for part in (summary, url) if part)},
    }
    return [(text, start + query(**fields[start]))
            for text, start in open_networks(tuple(blocked))]


@lru_cache(maxsize=16)
def open_networks(blocked: tuple[str, ...]) -> list[tuple[str, str]]:
    """(visible text, start of the address) of each network not on a `blocked` domain: the
    domain is in the start, the same for every page."""
    return [(text, start) for text, start in NETWORKS if not is_blocked(start, blocked)]


NETWORKS = [
    ("Share on X", "https://x.com/intent/post?"),
    ("Share on Bluesky", "https://bsky.app/intent/compose?"),
    ("Share on LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?"),
    ("Share on Facebook", "https://www.facebook.com/sharer/sharer.php?"),
    ("Share by email", "mailto:?"),
]


# Each network's name and the profile address of an account given as a handle ("name", or
# "@name@host" on Mastodon); an account given as a full address is used as it is.
PROFILES = {
    "x": ("X", "https://x.com/{0}"),
    "bluesky": ("Bluesky", "https://bsky.app/profile/{0}"),
    "mastodon": ("Mastodon", "https://{1}/@{0}"),
    "linkedin": ("LinkedIn", "{0}"),
    "facebook": ("Facebook", "{0}"),
}


def followed_accounts(settings: Mapping) -> list[tuple[str, str, str]]:
    """(network's name, profile address, account) of each of SOCIAL_ACCOUNTS, but those on a
    blocked domain: the footer's links, the same on every page."""
    blocked = blocked_domains(settings)
    accounts = []
    for network, account in (settings.get("SOCIAL_ACCOUNTS") or {}).items():
        label, profile = PROFILES.get(network, (network.capitalize(), "{0}"))
        address = profile.format(*account.lstrip("@").split("@"))
        if not is_blocked(address, blocked):
            accounts.append((label, address, account))
    return accounts
