"""Plain share links: the networks' own "share this" addresses, filled in for one page.

They are ordinary links: nothing is loaded from the networks until a reader follows one.
Mastodon has no such address (every server has its own), so it has no link here. A network
on a blocked domain (BLOCKED_LINK_DOMAINS: a reader's network refuses any page that links to
one) gets no link; sharing by email is always offered.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, urlencode

from plugins.publisher.blocked_links import DEFAULT_BLOCKED, is_blocked

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
    domains = tuple(blocked)
    links = [
        ("Share on X", "https://x.com/intent/post?"
         + query(text=title, url=url, hashtags=tag, via=via.lstrip("@"))),
        ("Share on Bluesky", "https://bsky.app/intent/compose?"
         + query(text=f"{title} {url}{spaced_tag}")),
        ("Share on LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + query(url=url)),
        ("Share on Facebook", "https://www.facebook.com/sharer/sharer.php?" + query(u=url)),
        ("Share by email", "mailto:?"
         + query(subject=title, body="\n\n".join(part for part in (summary, url) if part))),
    ]
    return [(text, address) for text, address in links if not is_blocked(address, domains)]
