"""The tags a link preview reads: Open Graph, and X's card tags.

Implements the Open Graph protocol (https://ogp.me/: og:*, og:image:*, and article:* from
https://ogp.me/ns/article) and X's card markup (twitter:card, twitter:site,
twitter:image:alt). X, Bluesky, Mastodon, LinkedIn and Facebook all read og:title,
og:description and og:image, so they are not repeated as twitter:* tags. Mastodon also
reads `fediverse:creator` to credit the trust's account under the preview.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from markupsafe import Markup

Tag = tuple[str, str, str]  # (attribute, name, content): <meta property="og:title" content="…">
DESCRIPTION_LIMIT = 300  # previews show two or three lines; longer is cut off anyway


@dataclass(frozen=True)
class ShareImage:
    """A page's share image, as previews need it."""

    url: str  # absolute
    width: int
    height: int
    alt: str
    mime_type: str


@dataclass(frozen=True)
class SharedPage:
    """What a page says about itself when its link is posted."""

    url: str  # absolute and canonical
    title: str
    description: str
    image: ShareImage | None = None
    type: str = "website"  # "article" for a story or a profile
    published: datetime.datetime | None = None
    modified: datetime.datetime | None = None
    section: str = ""  # the kind of story


@dataclass(frozen=True)
class Publisher:
    """The site, as every preview names it."""

    name: str
    locale: str = "en_GB"
    x_account: str = ""  # "PVProbation" or "@PVProbation"
    fediverse_creator: str = ""  # "@pvprobation@social.example.org"


def plain_text(html: str) -> str:
    """Text without tags or character references, on one line (typogrify's quotes kept)."""
    return Markup(str(html or "")).striptags()


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """`text` cut after the last whole word that fits in `limit` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.\u2013\u2014- ")
    return cut + "\u2026"


def open_graph(page: SharedPage, site: Publisher) -> list[Tag]:
    """og:* tags, og:image:* when there is an image, article:* for a story."""
    tags = [
        ("property", "og:type", page.type),
        ("property", "og:site_name", site.name),
        ("property", "og:locale", site.locale),
        ("property", "og:url", page.url),
        ("property", "og:title", page.title),
        ("property", "og:description", shorten(page.description)),
    ]
    if page.image:
        image = page.image
        tags += [
            ("property", "og:image", image.url),
            ("property", "og:image:type", image.mime_type),
            ("property", "og:image:width", str(image.width)),
            ("property", "og:image:height", str(image.height)),
            ("property", "og:image:alt", image.alt),
        ]
    if page.type == "article" and page.published:
        tags.append(("property", "article:published_time", page.published.isoformat()))
        modified = page.modified or page.published
        tags.append(("property", "article:modified_time", modified.isoformat()))
        if page.section:
            tags.append(("property", "article:section", page.section))
    return tags


def x_card(page: SharedPage, site: Publisher) -> list[Tag]:
    """X's tags: a large image card, the trust's account, and the image's text alternative."""
    tags = [("name", "twitter:card", "summary_large_image" if page.image else "summary")]
    if site.x_account:
        tags.append(("name", "twitter:site", "@" + site.x_account.lstrip("@")))
    if page.image:
        tags.append(("name", "twitter:image:alt", page.image.alt))
    if site.fediverse_creator:
        tags.append(("name", "fediverse:creator", site.fediverse_creator))
    return tags


def share_tags(page: SharedPage, site: Publisher) -> list[Tag]:
    """Every tag, in the order they are written into <head>."""
    return open_graph(page, site) + x_card(page, site)
