"""Share images: a 1200x630 card with a story's headline, its department and the trust's name.

A card is flat (the trust's brand colour, saved as PNG) or, when the story has a photo,
the photo cropped to fill the card under a tint of the brand colour (saved as JPEG). Either
way it stays under 1 MB, the largest image Bluesky takes for a link card.

The same inputs always give the same bytes: nothing in the file records when it was
made, and `CardSpec.key` names a card by everything that shapes it, so a build only
draws a card whose headline, department, colours, font, photo or layout have changed.

Drawing a thousand cards takes seconds, not minutes, because nothing is done twice:

- a flat card has only two pairs of colours (headline on brand colour, department on accent),
  so it is built as an 8-bit palette image: each pixel is the index of one of `SHADES` steps
  between the two colours of its pair, which is all that anti-aliased text needs. The PNG
  then holds one byte a pixel instead of three, and compresses in a few milliseconds;
- the department's and the trust's names are laid out and rasterised once per build (they
  repeat on every card), and a story's photo is decoded, cropped and tinted once per photo;
- a card's text is measured with the fonts loaded once per size, and each line is drawn once.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zlib
from dataclasses import asdict, dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import PIL
from PIL import Image, ImageColor, ImageDraw, ImageOps

from .copies import write_copies, write_whole
from .file_names import letter_name
from .layout import Box, Fitted, fit, font, ink, place

WIDTH, HEIGHT = 1200, 630
MARGIN = 64  # nothing but the background is drawn within this distance of an edge
MAX_BYTES = 1_000_000  # Bluesky's limit for the image of a link card
LAYOUT_VERSION = "3"  # change it when the drawing or the encoding changes: every card is drawn again

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
# How flat cards are compressed: zlib's run-length strategy suits a card's long runs of one
# colour, and is five times faster than Pillow's default (level 6) for a file of ~20 KB.
PNG_COMPRESSION = {"compress_level": 1, "compress_type": zlib.Z_RLE}
# Steps from one colour of a pair to the other in a flat card's palette: two pairs of 128 fill
# the 256 entries; a step is half of what 8-bit anti-aliasing gives, which no eye can tell.
SHADES = 128
ON_BRAND, ON_CHIP = 0, SHADES  # the first palette index of each pair


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

    @cached_property  # asked for by the page's image name and by the cache's file name
    def key(self) -> str:
        """A name for the card that changes when, and only when, the card would change: in
        letters only, as it becomes the name of a published file (file_names.py)."""
        recipe = {
            "layout": LAYOUT_VERSION,
            "pillow": PIL.__version__,
            "size": [WIDTH, HEIGHT],
            "title": self.title,
            "department": self.department,
            "site_name": self.site_name,
            "palette": asdict(self.palette),
            "font": file_digest(self.font, stamp(self.font)),
            "photo": file_digest(self.photo, stamp(self.photo)) if self.photo else None,
        }
        encoded = json.dumps(recipe, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return letter_name(encoded)


@dataclass(frozen=True)
class TextBox:
    """One line of text on a card, the box its ink covers, and where it is drawn from
    (anchor "la")."""

    role: str  # "department", "title" or "site"
    text: str
    box: Box
    x: int
    y: int


@dataclass(frozen=True)
class Layout:
    """Where everything goes on a card."""

    title: Fitted
    department: Fitted | None
    site: Fitted
    chip: Box | None
    texts: tuple[TextBox, ...]

    def size(self, role: str) -> int:
        """The font size of the department's name, the title or the site's name."""
        fitted = {"department": self.department, "title": self.title, "site": self.site}[role]
        return fitted.size


@dataclass(frozen=True)
class Card:
    image: Image.Image  # "P" (a flat card) or "RGB" (a photo card)
    layout: Layout


def stamp(path: str) -> tuple[int, int]:
    """What tells a changed file from the one read before: its modification time and size."""
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=64)
def file_digest(path: str, _stamp: tuple[int, int]) -> str:
    """SHA-256 of a file, read again only when its `stamp` changes."""
    with open(path, "rb") as source:
        return hashlib.file_digest(source, "sha256").hexdigest()


@dataclass(frozen=True)
class Furniture:
    """What every card of one department has in the same place: the department's chip at the
    top, the trust's name at the bottom, and the space left between them for the headline."""

    department: Fitted | None
    chip: Box | None
    site: Fitted
    placed: tuple[TextBox, ...]
    top: int  # where the headline may start
    bottom: int  # where it must end


@lru_cache(maxsize=64)
def furniture(department_name: str, site_name: str, font_path: str, photo: bool) -> Furniture:
    """Lay out the department's name and the trust's name (once per department and build)."""
    width = WIDTH - 2 * MARGIN
    placed: list[TextBox] = []
    chip = department = None
    top = MARGIN
    if department_name.strip():
        pad_x, pad_y = CHIP_PADDING
        department = fit(department_name, font_path, width - 2 * pad_x, 200, LABEL_SIZES,
                         most_lines=1)
        label_width = max(box.right for _, box, _, _ in place(department, font_path, 0, 0))
        chip = Box(MARGIN, MARGIN, MARGIN + label_width + 2 * pad_x,
                   MARGIN + department.height + 2 * pad_y)
        placed += [TextBox("department", *line)
                   for line in place(department, font_path, MARGIN + pad_x, MARGIN + pad_y)]
        top = chip.bottom + GAP
    site = fit(site_name, font_path, width, 200, FOOTER_SIZES, most_lines=1)
    site_top = HEIGHT - MARGIN - site.height
    placed += [TextBox("site", *line) for line in place(site, font_path, MARGIN, site_top)]
    if photo:
        top = max(top, PHOTO_TEXT_TOP)
    return Furniture(department, chip, site, tuple(placed), top, site_top - GAP)


def layout(spec: CardSpec) -> Layout:
    """Fit the department, the headline and the trust's name into the card's frame."""
    fixed = furniture(spec.department, spec.site_name, spec.font, bool(spec.photo))
    top, bottom = fixed.top, fixed.bottom
    title = fit(spec.title, spec.font, WIDTH - 2 * MARGIN, bottom - top, TITLE_SIZES,
                most_lines=TITLE_LINES)
    spare = bottom - top - title.height
    # On a flat card the headline sits in the middle; on a photo, low, under the tint.
    title_top = bottom - title.height if spec.photo else top + spare // 2
    head = [line for line in fixed.placed if line.role == "department"]
    foot = [line for line in fixed.placed if line.role == "site"]
    lines = [TextBox("title", *line) for line in place(title, spec.font, MARGIN, title_top)]
    return Layout(title, fixed.department, fixed.site, fixed.chip, (*head, *lines, *foot))


def text_mask(font_path: str, size: int, text: str,
              box: tuple[int, int, int, int] | None = None) -> tuple[Image.Image, int, int]:
    """How much each pixel is covered by `text` drawn with anchor "la" at (0, 0), as an "L"
    image of its ink box, and where that box starts (left, top) from the drawing point.
    `box` is the ink box when the caller has measured it already.

    Drawing this mask with a colour is what drawing the text does (Pillow draws text as the
    coverage of its glyphs, rendered at whole pixels), so a line that recurs on every card,
    such as the trust's name, is rendered once (`cached_text_mask`). Callers must not
    change the image.
    """
    face = font(font_path, size)
    left, top, right, bottom = box or ink(face, text)
    mask = Image.new("L", (max(right - left, 1), max(bottom - top, 1)), 0)
    ImageDraw.Draw(mask).text((-left, -top), text, font=face, fill=255, anchor="la")
    return mask, left, top


cached_text_mask = lru_cache(maxsize=64)(text_mask)


def line_masks(spec: CardSpec, plan: Layout) -> list[tuple[str, Image.Image, int, int]]:
    """Each line's role, its coverage mask and where the mask goes on the card. The department's
    and the trust's names come from the cache; a headline is rendered afresh (each is drawn
    once, and keeping them would only push the others out)."""
    masks = []
    for line in plan.texts:
        x, y, box = line.x, line.y, line.box
        if line.role == "title":
            mask, left, top = text_mask(spec.font, plan.title.size, line.text,
                                        (box.left - x, box.top - y, box.right - x, box.bottom - y))
        else:
            mask, left, top = cached_text_mask(spec.font, plan.size(line.role), line.text)
        masks.append((line.role, mask, x + left, y + top))
    return masks


@lru_cache(maxsize=4)
def flat_palette(palette: Palette) -> tuple[int, ...]:
    """A flat card's 256 colours: SHADES steps from the brand colour to the headline colour,
    then SHADES steps from the accent to the department's text colour."""
    entries: list[int] = []
    for start, end in ((palette.background, palette.headline), (palette.chip, palette.chip_text)):
        first, last = ImageColor.getrgb(start)[:3], ImageColor.getrgb(end)[:3]
        for step in range(SHADES):
            entries += [round(a + (b - a) * step / (SHADES - 1))
                        for a, b in zip(first, last, strict=True)]
    return tuple(entries)


def flat_background(plan: Layout | None = None) -> Image.Image:
    """A flat card's palette indices before any text: brand colour, the stripe, the chip."""
    index = Image.new("L", (WIDTH, HEIGHT), ON_BRAND)
    index.paste(ON_CHIP, (0, HEIGHT - STRIPE, WIDTH, HEIGHT))
    if plan and plan.chip:
        index.paste(ON_CHIP, (plan.chip.left, plan.chip.top, plan.chip.right, plan.chip.bottom))
    return index


def compose_flat(spec: CardSpec, plan: Layout) -> Image.Image:
    """A flat card as a palette image.

    Each line is drawn on the palette indices with the last index of its pair as the ink: where
    a glyph covers a pixel partly, drawing blends the ground's index (the first of the pair)
    with the ink's in proportion, which is the index of that shade.
    """
    index = flat_background(plan)
    draw = ImageDraw.Draw(index)
    for role, mask, x, y in line_masks(spec, plan):
        last = (ON_CHIP if role == "department" else ON_BRAND) + SHADES - 1
        draw.bitmap((x, y), mask, fill=last)
    index.putpalette(flat_palette(spec.palette))  # "L" indices become a "P" image
    return index


@lru_cache(maxsize=8)
def photo_background(path: str, _stamp: tuple[int, int], brand: str, accent: str) -> Image.Image:
    """The photo cropped to fill the card under the brand tint, with the accent stripe: decoded
    once per photo (and again when the file changes). Callers must copy it before drawing."""
    with Image.open(path) as photo:
        image = ImageOps.fit(ImageOps.exif_transpose(photo).convert("RGB"), (WIDTH, HEIGHT),
                             Image.Resampling.LANCZOS)
    image = Image.composite(Image.new("RGB", image.size, brand), image, tint())
    ImageDraw.Draw(image).rectangle((0, HEIGHT - STRIPE, WIDTH, HEIGHT), fill=accent)
    return image


def background(spec: CardSpec) -> Image.Image:
    """The card without any text: brand colour or tinted photo, and the accent stripe."""
    palette = spec.palette
    if spec.photo:
        return photo_background(spec.photo, stamp(spec.photo), palette.background,
                                palette.chip).copy()
    image = flat_background()
    image.putpalette(flat_palette(palette))
    return image


@lru_cache(maxsize=1)
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
    if not spec.photo:
        return Card(compose_flat(spec, plan), plan)
    image = background(spec)
    draw = ImageDraw.Draw(image)
    palette = spec.palette
    if plan.chip:
        draw.rectangle((plan.chip.left, plan.chip.top, plan.chip.right - 1, plan.chip.bottom - 1),
                       fill=palette.chip)
    colours = {"department": palette.chip_text, "title": palette.headline, "site": palette.headline}
    for role, mask, x, y in line_masks(spec, plan):
        draw.bitmap((x, y), mask, fill=colours[role])
    return Card(image, plan)


def encode(image: Image.Image, spec: CardSpec) -> bytes:
    """The card as PNG (flat) or JPEG (photo), with no date or other metadata in the file."""
    if not spec.photo:
        buffer = io.BytesIO()
        image.save(buffer, "PNG", **PNG_COMPRESSION)
        return buffer.getvalue()
    if image.mode != "RGB":
        image = image.convert("RGB")
    for quality in JPEG_QUALITIES:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        if buffer.tell() <= MAX_BYTES:
            break
    return buffer.getvalue()


def cache_path(spec: CardSpec, cache: Path) -> Path:
    return cache / f"{spec.key}.{spec.extension}"


def draw_card(spec: CardSpec, cache: Path, copies: bool = False) -> Path:
    """Draw the card into the cache, with its smaller copies (copies.py) if `copies`, and
    return the card's file; a worker process may call this. A card cached without the copies
    it now needs is read back, not drawn again."""
    path = cache_path(spec, cache)
    if path.is_file():
        if copies:
            with Image.open(path) as cached:
                write_copies(cached, path)
        return path
    image = compose(spec).image
    cache.mkdir(parents=True, exist_ok=True)
    write_whole(path, encode(image, spec))
    if copies:
        write_copies(image, path)
    return path


def alt_text(title: str, department: str, site_name: str, photo_alt: str = "") -> str:
    """What the card shows, for people who cannot see it: photo, headline, department, trust."""
    parts = [photo_alt.rstrip("."), f"\u201c{title}\u201d", department, site_name]
    return ". ".join(part for part in parts if part) + "."
