"""Smaller WebP copies of a share card, for the pages that show the card as a story's picture.

A list shows a story without a photo by its card, in a slot 13rem wide on a desktop and the
column's width on a phone: a browser at two device pixels a CSS pixel needs some 420 or 720
pixels of it, not the card's 1,200, and a WebP copy at that width weighs half of what the
PNG does. Only such cards get copies: a story with a photo is shown by the photo's own
copies, and the site's card is never a picture. The copies are kept in the cache beside the
card, named by their width and how they are made (so that changing either makes new ones),
and published beside the card under names in letters (file_names.py): `share-<key>-small.webp`.
Link previews and feeds keep the card.
"""

from __future__ import annotations

import io
import os
import posixpath
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PIL import Image

# A flat card is lettering on flat colour: at libwebp's quality 70 it stays crisp at a third
# of the PNG's bytes (the photo copies use 80: plugins/anonymity/images.py). Method 3 and
# bicubic resizing keep a card's copies to some 40 ms (drawing the card takes 10), for files
# no larger than the slower settings give.
WEBP_QUALITY = 70
WEBP_METHOD = 3
RESIZING = Image.Resampling.BICUBIC
RECIPE = f"q{WEBP_QUALITY}m{WEBP_METHOD}{RESIZING.name.lower()}"  # in the cached copies' names


@dataclass(frozen=True)
class CardCopy:
    """One smaller WebP copy of a card: its name's suffix (letters) and its width."""

    suffix: str
    width: int

    def name(self, card_name: str) -> str:
        """`share-abc.png` -> `share-abc-small.webp`."""
        return f"{posixpath.splitext(card_name)[0]}-{self.suffix}.webp"


# A desktop's 13rem slot at 2x takes the small one; a phone's column (at most 358 CSS pixels
# on a 390-pixel phone) at 2x the medium one.
COPIES = (CardCopy("small", 480), CardCopy("medium", 720))


def copy_files(card: Path) -> list[Path]:
    """The published copies of the published card file `card`, beside it."""
    return [card.with_name(copy.name(card.name)) for copy in COPIES]


def cached_copy_files(card: Path) -> list[Path]:
    """The copies of the cached card file `card`, beside it, in the order of COPIES."""
    return [card.with_name(f"{card.stem}-{copy.width}-{RECIPE}.webp") for copy in COPIES]


def is_cached(card: Path, copies: bool) -> bool:
    """Whether the cached card `card` is there, and its copies too when it has `copies`."""
    needed = [card, *cached_copy_files(card)] if copies else [card]
    return all(path.is_file() for path in needed)


def publish_copies(card: Path, published: Path) -> None:
    """Copy the copies of the cached card `card` beside the published card `published`."""
    for source, target in zip(cached_copy_files(card), copy_files(published), strict=True):
        shutil.copyfile(source, target)


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, even with two builds at once."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    os.replace(partial, path)


def write_copies(card: Image.Image, path: Path) -> None:
    """Write the copies of `card` (the image cached at `path`) that are missing beside it:
    WebP with no metadata, so the check of the built site passes them."""
    rgb = card.convert("RGB")
    for copy, target in zip(COPIES, cached_copy_files(path), strict=True):
        if target.is_file():
            continue
        height = max(1, round(rgb.height * copy.width / rgb.width))
        buffer = io.BytesIO()
        rgb.resize((copy.width, height), RESIZING).save(
            buffer, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
        write_whole(target, buffer.getvalue())


def copy_sources(card_path: str) -> list[tuple[str, int]]:
    """The srcset candidates of the card published at `card_path` (from the site's root), as
    (address, width), smallest first: for templates, like a photo's `image_sources["webp"]`."""
    folder, name = posixpath.split(card_path)
    return [(quote(posixpath.join(folder, copy.name(name))), copy.width) for copy in COPIES]
