"""How the site publishes a picture: its size, upright, and the copies a page offers.

One module decides it for the file that is written (`anonymity.images.strip_metadata` writes
the published file and its copies) and for the page that shows it (`story_model.images` gives
the width, height and srcset), so a page never names a copy that was not written, nor a size
the file does not have.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import quote

# The long side of a published picture, in pixels: sharp on a 2x screen across the 42rem
# column (672 CSS pixels), a fraction of a phone photo's 4,000.
LARGEST = 1600
# Widths of the smaller copies: a browser takes the smallest its screen needs (a 390 px wide
# phone at 2x needs 716 pixels for the column, and takes the 800).
STEPS = (480, 800, 1200)
# Photos get the smaller copies and a WebP set; a drawing (PNG) or an animation (GIF) is
# published as the one file, upright and no larger than LARGEST.
RESPONSIVE = frozenset({"JPEG"})
ORIENTATION = 0x0112  # the EXIF tag saying how the camera was held
TURNED = frozenset({5, 6, 7, 8})  # orientations that swap width and height


@dataclass(frozen=True)
class Copy:
    """One smaller or WebP copy of a published photo, written beside it."""

    name: str
    width: int
    height: int
    format: str  # "WEBP" or "JPEG"


@dataclass(frozen=True)
class Plan:
    """A picture as published: upright, its size, and whether it gets responsive copies."""

    width: int
    height: int
    upright_width: int  # before resizing
    upright_height: int
    responsive: bool

    @property
    def resized(self) -> bool:
        return (self.width, self.height) != (self.upright_width, self.upright_height)

    def widths(self) -> tuple[int, ...]:
        """The srcset widths, smallest first; the last is the published file's own width."""
        if not self.responsive:
            return ()
        return (*(step for step in STEPS if step < self.width), self.width)

    def height_at(self, width: int) -> int:
        return max(1, round(self.height * width / self.width))

    def copies(self, name: str) -> list[Copy]:
        """The copies written beside the file `name`: WebP at every width, JPEG at the smaller
        ones (the published file itself is the largest JPEG)."""
        stem, _suffix = posixpath.splitext(name)
        widths = self.widths()
        webp = [Copy(f"{stem}-{w}.webp", w, self.height_at(w), "WEBP") for w in widths]
        jpeg = [Copy(f"{stem}-{w}.jpg", w, self.height_at(w), "JPEG") for w in widths[:-1]]
        return webp + jpeg

    def sources(self, address: str) -> dict[str, list[tuple[str, int]]]:
        """The srcset candidates of the picture at `address` (a path from the site's root), as
        (address, width) by type, smallest first, for templates: {"webp": [...], "jpeg": [...]}
        (the last JPEG is the published file itself)."""
        folder, name = posixpath.split(address)
        found: dict[str, list[tuple[str, int]]] = {"webp": [], "jpeg": []}
        for copy in self.copies(name):
            found[copy.format.lower()].append((quote(posixpath.join(folder, copy.name)), copy.width))
        found["jpeg"].append((quote(address), self.width))
        return found


def upright_size(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    """A picture's size once turned the way its EXIF orientation says."""
    width, height = size
    return (height, width) if orientation in TURNED else (width, height)


def plan_for(upright: tuple[int, int], image_format: str | None) -> Plan:
    """How a picture of this upright size and format is published."""
    width, height = upright
    scale = min(1.0, LARGEST / max(width, height, 1))
    published = (max(1, round(width * scale)), max(1, round(height * scale)))
    return Plan(*published, width, height, responsive=image_format in RESPONSIVE)
