"""Width and height for every image, so pages do not jump about as photos load: the size of
the file as published (upright, no larger than plugins/photos makes it), and, for a story's
photo, the smaller and WebP copies its page offers (srcset)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from plugins.anonymity.api import exif_of, story_image_path
from plugins.photos.plan import ORIENTATION, Plan, plan_for, upright_size

IMG_TAG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]*)"')
LINK_PREFIX = re.compile(r"^\{(?:static|filename|attach)\}")


def published_plan(path: str) -> Plan | None:
    """How an image file is published (read from its header), or None when it cannot be read."""
    try:
        with Image.open(path) as image:
            upright = upright_size(image.size, exif_of(image).get(ORIENTATION, 1))
            return plan_for(upright, image.format)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None


def image_size(path: str) -> tuple[int, int] | tuple[None, None]:
    """The pixel size of an image as published, or (None, None) when it cannot be read."""
    plan = published_plan(path)
    return (plan.width, plan.height) if plan else (None, None)


def photo_sources(image: str, settings: Mapping) -> dict[str, list[tuple[str, int]]] | None:
    """The srcset candidates of a story's `Image:` photo, as (address from the site's root,
    width) for "webp" and "jpeg"; None for a picture published as one file only."""
    path = story_image_path(image, Path(settings["PATH"]))
    plan = published_plan(str(path)) if path else None
    if plan is None or not plan.responsive:
        return None
    return plan.sources(path.relative_to(settings["PATH"]).as_posix())


def with_photo_sources(metadata: dict, settings: Mapping) -> dict:
    """A story's metadata with `image_sources` (templates: `article.image_sources`) when its
    photo has copies."""
    image = metadata.get("image")
    sources = photo_sources(image, settings) if isinstance(image, str) and image else None
    return {**metadata, "image_sources": sources} if sources else metadata


def image_file(src: str, source_path: str, settings: Mapping) -> str:
    """The file an `src` points at: `{static}/x` from the content folder, else the story's."""
    if LINK_PREFIX.match(src):
        target = LINK_PREFIX.sub("", src)
        base = settings["PATH"] if target.startswith("/") else os.path.dirname(source_path)
        return os.path.join(base, target.lstrip("/"))
    return os.path.join(os.path.dirname(source_path), src)


def add_image_sizes(html: str, source_path: str, settings: Mapping) -> str:
    """Add width and height to each local `<img>` that has none."""

    def sized(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = SRC.search(tag)
        if " width=" in tag or not src or "://" in src.group(1):
            return tag
        width, height = image_size(image_file(src.group(1), source_path, settings))
        if width is None:
            return tag
        return tag.replace("<img", f'<img width="{width}" height="{height}"', 1)

    return IMG_TAG.sub(sized, html)
