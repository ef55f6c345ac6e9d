"""Plain share links: the networks' own "share this" addresses, filled in for one page.

They are ordinary links: nothing is loaded from the networks until a reader follows one.
Mastodon has no such address (every server has its own), so it has no link here.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlencode

# The page's title and address recur in several links: each is quoted once.
quoted = lru_cache(maxsize=256)(quote)


def query(**fields: str) -> str:
    """A query string with spaces as %20, which every network and mail program reads."""
    return urlencode({key: value for key, value in fields.items() if value}, quote_via=quoted)


def share_links(url: str, title: str, summary: str = "", hashtag: str = "",
                via: str = "") -> list[tuple[str, str]]:
    """(visible text, address) of each share link for the page at `url`."""
    tag = hashtag.lstrip("#")
    spaced_tag = f" #{tag}" if tag else ""
    return [
        ("Share on X", "https://x.com/intent/post?"
         + query(text=title, url=url, hashtags=tag, via=via.lstrip("@"))),
        ("Share on Bluesky", "https://bsky.app/intent/compose?"
         + query(text=f"{title} {url}{spaced_tag}")),
        ("Share on LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + query(url=url)),
        ("Share on Facebook", "https://www.facebook.com/sharer/sharer.php?" + query(u=url)),
        ("Share by email", "mailto:?"
         + query(subject=title, body="\n\n".join(part for part in (summary, url) if part))),
    ]
