"""Photos in a story's text get the smaller and WebP copies its `Image:` photo gets.

`![alt]({static}/images/towpath.jpg)` becomes an `<img>` whose `src` Pelican rewrites as the
page is written, relative to the page or from SITEURL; Pelican rewrites no `srcset`, and the
reader does not know the page's address. So the srcset is added to the page Pelican has
written (its public `content_written` signal), from the address Pelican gave the `src`: the
copies are published beside the photo (plan.py), so each copy's address is the photo's with
the copy's name in place of the photo's.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from plugins.story_model.images import published_plan

from .plan import Plan

IMG_TAG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]*)"')
# The width of the text column (theme/static/css/site.css), as article.html gives its photo.
SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"


def srcset(folder: str, candidates: list[tuple[str, int]]) -> str:
    """`candidates` (names, as plan.sources gives them for a bare name) under `folder`."""
    return ", ".join(f"{folder}{name} {width}w" for name, width in candidates)


def picture(tag: str, src: str, plan: Plan) -> str:
    """The `<img>` tag as a `<picture>`: WebP copies first, the JPEG copies on the `<img>`."""
    folder = src[: src.rfind("/") + 1]  # "" when the photo is beside the page
    sources = plan.sources(posixpath.basename(unquote(urlsplit(html.unescape(src)).path)))
    webp = f'<source type="image/webp" srcset="{srcset(folder, sources["webp"])}" sizes="{SIZES}">'
    img = tag.replace("<img", f'<img srcset="{srcset(folder, sources["jpeg"])}" sizes="{SIZES}"', 1)
    return f"<picture>{webp}{img}</picture>"


def photo_of(src: str, photos: Mapping[str, Plan]) -> Plan | None:
    """The plan of the photo an `src` names: one whose path in the content folder (published
    at the same path from the site's root) ends the address."""
    path = "/" + unquote(urlsplit(html.unescape(src)).path).lstrip("/")
    for name, plan in photos.items():
        if path.endswith("/" + name):
            return plan
    return None


def with_srcsets(page: str, photos: Mapping[str, Plan]) -> str:
    """The page with a srcset on each `<img>` that shows one of `photos` (by path in the
    content folder) and has none yet (a page written again keeps its one `<picture>`)."""

    def offered(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = SRC.search(tag)
        plan = photo_of(src.group(1), photos) if src and " srcset=" not in tag else None
        return picture(tag, src.group(1), plan) if plan else tag

    return IMG_TAG.sub(offered, page)


def responsive_photos(links: set[str], content: Path) -> dict[str, Plan]:
    """The photos among a story's `{static}` links (paths in the content folder) that are
    published with copies, by path."""
    plans = {link: published_plan(str(content / link)) for link in links}
    return {link: plan for link, plan in plans.items() if plan and plan.responsive}


def add_srcsets(path: str, photos: Mapping[str, Plan]) -> None:
    """Rewrite the written page at `path` with its photos' srcsets, if it shows any."""
    if not photos:
        return
    file = Path(path)
    page = file.read_text(encoding="utf-8")
    changed = with_srcsets(page, photos)
    if changed != page:
        file.write_text(changed, encoding="utf-8")
