"""Share images: a 1200x630 card with a story's headline, its department and the trust's name.

A card is flat (the trust's brand colour, saved as PNG) or, when the story has a photo,
the photo cropped to fill the card under a tint of the brand colour (saved as JPEG). Either
way it stays under 1 MB, the largest image Bluesky takes for a link card.

The same inputs always give the same bytes: nothing in the file records when it was
made, and `CardSpec.key()` names a card by everything that shapes it, so a build only
draws a card whose headline, department, colours, font, photo or layout have changed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageOps

from .layout import Box, Fitted, fit, font, line_boxes, line_origins

WIDTH, HEIGHT = 1200, 630
MARGIN = 64  # nothing but the background is drawn within this distance of an edge
MAX_BYTES = 1_000_000  # Bluesky's limit for the image of a link card
LAYOUT_VERSION = "1"  # change it when the drawing changes, so every card is drawn again

TITLE_SIZES = tuple(range(72, 43, -2))  # 72 px down to 44 px: legible on a phone
TITLE_LINES = 5  # more lines than this are too much to read in a glance
LABEL_SIZES = (30, 28, 26, 24)
FOOTER_SIZES = (30, 28, 26, 24)
CHIP_PADDING = (18, 12)  # around the department's name, across and down
GAP = 36  # between the department, the headline and the trust's name
STRIPE = 12  # the accent stripe along the bottom edge
PHOTO_TEXT_TOP = int(HEIGHT * 0.36)  # on a photo the headline stays in the lower part
PHOTO_TINT = (0.25, 0.90)  # opacity of the brand tint at the top, and from PHOTO_TEXT_TOP down
JPEG_QUALITIES = (85, 75, 65, 50)


@dataclass(frozen=True)
class Palette:
    """The card's colours, from the site's SITE_COLOURS."""

    background: str  # the brand colour: behind everything
    headline: str  # the headline and the trust's name, on the background
    chip: str  # behind the department's name
    chip_text: str

    @classmethod
    def from_site(cls, colours: dict[str, str]) -> Palette:
        return cls(
            background=colours["brand"],
            headline=colours["background"],
            chip=colours["accent"],
            chip_text=colours["text"],
        )


@dataclass(frozen=True)
class CardSpec:
    """Everything that decides what a card looks like."""

    title: str
    department: str
    site_name: str
    palette: Palette
    font: str
    photo: str | None = None

    @property
    def extension(self) -> str:
        return "jpg" if self.photo else "png"

    @property
    def mime_type(self) -> str:
        return "image/jpeg" if self.photo else "image/png"

    def key(self) -> str:
        """A name for the card that changes when, and only when, the card would change."""
        recipe = {
            "layout": LAYOUT_VERSION,
            "pillow": PIL.__version__,
            "size": [WIDTH, HEIGHT],
            "title": self.title,
            "department": self.department,
            "site_name": self.site_name,
            "palette": asdict(self.palette),
            "font": file_digest(self.font),
            "photo": file_digest(self.photo) if self.photo else None,
        }
        encoded = json.dumps(recipe, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()[:20]


@dataclass(frozen=True)
class TextBox:
    """One line of text on a card and the box its ink covers."""

    role: str  # "department", "title" or "site"
    text: str
    box: Box


@dataclass(frozen=True)
class Layout:
    """Where everything goes on a card."""

    title: Fitted
    department: Fitted | None
    site: Fitted
    chip: Box | None
    texts: tuple[TextBox, ...]
    origins: tuple[tuple[str, str, int, int], ...]  # (role, text, x, y), anchor "la"

    @property
    def frame(self) -> Box:
        """The area text may use: the card less its margins."""
        return Box(MARGIN, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN)

    @property
    def title_text(self) -> str:
        return " ".join(self.title.lines)


@dataclass(frozen=True)
class Card:
    image: Image.Image
    layout: Layout


@lru_cache(maxsize=32)
def file_digest(path: str) -> str:
    with open(path, "rb") as source:
        return hashlib.file_digest(source, "sha256").hexdigest()


def layout(spec: CardSpec) -> Layout:
    """Fit the department, the headline and the trust's name into the card's frame."""
    width = WIDTH - 2 * MARGIN
    texts: list[tuple[str, Fitted, int, int]] = []
    chip = department = None
    top = MARGIN
    if spec.department.strip():
        pad_x, pad_y = CHIP_PADDING
        department = fit(spec.department, spec.font, width - 2 * pad_x, 200, LABEL_SIZES,
                         most_lines=1)
        label_width = max(box.right for _, box in line_boxes(department, spec.font, 0, 0))
        chip = Box(MARGIN, MARGIN, MARGIN + label_width + 2 * pad_x,
                   MARGIN + department.height + 2 * pad_y)
        texts.append(("department", department, MARGIN + pad_x, MARGIN + pad_y))
        top = chip.bottom + GAP
    site = fit(spec.site_name, spec.font, width, 200, FOOTER_SIZES, most_lines=1)
    site_top = HEIGHT - MARGIN - site.height
    bottom = site_top - GAP
    if spec.photo:
        top = max(top, PHOTO_TEXT_TOP)
    title = fit(spec.title, spec.font, width, bottom - top, TITLE_SIZES, most_lines=TITLE_LINES)
    spare = bottom - top - title.height
    # On a flat card the headline sits in the middle; on a photo, low, under the tint.
    title_top = bottom - title.height if spec.photo else top + spare // 2
    texts += [("title", title, MARGIN, title_top), ("site", site, MARGIN, site_top)]
    boxes = tuple(
        TextBox(role, line, box)
        for role, fitted, x, y in texts
        for line, box in line_boxes(fitted, spec.font, x, y)
    )
    origins = tuple(
        (role, line, lx, ly)
        for role, fitted, x, y in texts
        for line, lx, ly in line_origins(fitted, spec.font, x, y)
    )
    return Layout(title, department, site, chip, boxes, origins)


def background(spec: CardSpec) -> Image.Image:
    """The card without any text: brand colour or tinted photo, and the accent stripe."""
    palette = spec.palette
    if spec.photo:
        with Image.open(spec.photo) as photo:
            image = ImageOps.fit(ImageOps.exif_transpose(photo).convert("RGB"), (WIDTH, HEIGHT),
                                 Image.Resampling.LANCZOS)
        image = Image.composite(Image.new("RGB", image.size, palette.background), image, tint())
    else:
        image = Image.new("RGB", (WIDTH, HEIGHT), palette.background)
    ImageDraw.Draw(image).rectangle((0, HEIGHT - STRIPE, WIDTH, HEIGHT), fill=palette.chip)
    return image


def tint() -> Image.Image:
    """How much of the brand colour covers a photo: light at the top, strong behind text."""
    low, high = PHOTO_TINT
    column = Image.new("L", (1, HEIGHT))
    column.putdata([round(255 * (low + (high - low) * min(1, y / PHOTO_TEXT_TOP)))
                    for y in range(HEIGHT)])
    return column.resize((WIDTH, HEIGHT), Image.Resampling.NEAREST)


def compose(spec: CardSpec) -> Card:
    """Draw the card, and say where its text went."""
    plan = layout(spec)
    image = background(spec)
    draw = ImageDraw.Draw(image)
    palette = spec.palette
    if plan.chip:
        draw.rectangle((plan.chip.left, plan.chip.top, plan.chip.right - 1, plan.chip.bottom - 1),
                       fill=palette.chip)
    sizes = {"department": plan.department, "title": plan.title, "site": plan.site}
    colours = {"department": palette.chip_text, "title": palette.headline, "site": palette.headline}
    for role, text, x, y in plan.origins:
        draw.text((x, y), text, font=font(spec.font, sizes[role].size), fill=colours[role],
                  anchor="la")
    return Card(image, plan)


def encode(image: Image.Image, spec: CardSpec) -> bytes:
    """The card as PNG (flat) or JPEG (photo), with no date or other metadata in the file."""
    if not spec.photo:
        buffer = io.BytesIO()
        image.save(buffer, "PNG", compress_level=6)
        return buffer.getvalue()
    for quality in JPEG_QUALITIES:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, optimize=True)
        if buffer.tell() <= MAX_BYTES:
            break
    return buffer.getvalue()


def cached_card(spec: CardSpec, cache: Path) -> tuple[Path, bool]:
    """The card's file in the cache, drawn first if it is not there; and whether it was drawn."""
    path = cache / f"{spec.key()}.{spec.extension}"
    if path.is_file():
        return path, False
    data = encode(compose(spec).image, spec)
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    os.replace(partial, path)  # whole or not at all, even with two builds at once
    return path, True


def alt_text(title: str, department: str, site_name: str, photo_alt: str = "") -> str:
    """What the card shows, for people who cannot see it: photo, headline, department, trust."""
    parts = [photo_alt.rstrip("."), f"\u201c{title}\u201d", department, site_name]
    return ". ".join(part for part in parts if part) + "."
