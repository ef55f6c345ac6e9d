"""Width and height for every image, so pages do not jump about as photos load."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from PIL import Image, UnidentifiedImageError

IMG_TAG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]*)"')
LINK_PREFIX = re.compile(r"^\{(?:static|filename|attach)\}")


def image_size(path: str) -> tuple[int, int] | tuple[None, None]:
    """The pixel size of an image file, or (None, None) when it cannot be read."""
    try:
        with Image.open(path) as image:
            return image.size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None, None


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
