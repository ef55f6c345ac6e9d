"""The site's icon: the logo's mark (a hill in a circle, a path up to it) in the site's colours.

One drawing, as shapes, gives every file: favicon.svg for today's browsers, favicon-32.png
for those without SVG icons, favicon.ico (16, 32 and 48 pixels) for old ones, which ask for
/favicon.ico without being told, and apple-touch-icon.png (180 pixels, on the page's
background, since iOS fills transparency with black) for a phone's home screen. Pillow draws
the bitmaps: it cannot read the SVG.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageColor, ImageDraw

VIEW = 64  # the drawing's units, as the logo's mark (content/images/logo.svg)
ICO_SIZES = [(16, 16), (32, 32), (48, 48)]
TOUCH_SIZE = 180
TOUCH_MARGIN = 0.1  # of the touch icon's side, each way: iOS rounds its corners
SUPERSAMPLE = 256  # drawn this large, then reduced, for smooth edges


@dataclass(frozen=True)
class Colours:
    """The icon's colours as #rrggbb: the disc (brand), the hill (accent), the page behind."""

    disc: str
    hill: str
    background: str

    @classmethod
    def from_site(cls, colours: dict[str, str]) -> Colours:
        """From SITE_COLOURS; a value that is not a colour raises ValueError naming it."""
        return cls(*(hex_colour(colours, key) for key in ("brand", "accent", "background")))


def hex_colour(colours: dict[str, str], key: str) -> str:
    try:
        red, green, blue = ImageColor.getrgb(colours[key])[:3]
    except (KeyError, ValueError) as error:
        raise ValueError(f"SITE_COLOURS['{key}'] is {colours.get(key)!r}, which is not a colour: "
                         "write it as #rrggbb") from error
    return f"#{red:02x}{green:02x}{blue:02x}"


def hill() -> list[tuple[float, float]]:
    """The hill: peaks along the disc's middle, closed by the disc's lower edge."""
    peaks = [(4.0, 40.0), (18.0, 24.0), (28.0, 34.0), (40.0, 18.0), (60.0, 40.0)]
    start, end = math.atan2(40 - 32, 60 - 32), math.atan2(40 - 32, 4 - 32)
    arc = [start + (end - start) * step / 16 for step in range(1, 16)]
    return peaks + [(32 + 30 * math.cos(a), 32 + 30 * math.sin(a)) for a in arc]


def path_line() -> list[tuple[float, float]]:
    """The path up the hill, a curve from the bottom of the disc (the logo's Bézier)."""
    controls = ((26, 58), (30, 48), (36, 44), (44, 40))

    def at(t: float) -> tuple[float, float]:
        weights = ((1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3)
        return (sum(w * x for w, (x, _y) in zip(weights, controls)),
                sum(w * y for w, (_x, y) in zip(weights, controls)))

    return [at(step / 12) for step in range(13)]


def svg(colours: Colours) -> str:
    """favicon.svg: the mark as vector shapes."""
    hill_points = " ".join(f"{x:.2f},{y:.2f}" for x, y in hill())
    line_points = " ".join(f"{x:.2f},{y:.2f}" for x, y in path_line())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW} {VIEW}">'
            f'<circle cx="32" cy="32" r="30" fill="{colours.disc}"/>'
            f'<polygon points="{hill_points}" fill="{colours.hill}"/>'
            f'<polyline points="{line_points}" fill="none" stroke="{colours.disc}" '
            'stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>\n')


def mark(colours: Colours, side: int) -> Image.Image:
    """The mark on a transparent square of `side` pixels."""
    scale = SUPERSAMPLE / VIEW
    big = Image.new("RGBA", (SUPERSAMPLE, SUPERSAMPLE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    draw.ellipse([2 * scale, 2 * scale, 62 * scale, 62 * scale], fill=colours.disc)
    draw.polygon([(x * scale, y * scale) for x, y in hill()], fill=colours.hill)
    line = [(x * scale, y * scale) for x, y in path_line()]
    draw.line(line, fill=colours.disc, width=round(4 * scale), joint="curve")
    for x, y in (line[0], line[-1]):  # round caps
        draw.ellipse([x - 2 * scale, y - 2 * scale, x + 2 * scale, y + 2 * scale], fill=colours.disc)
    return big.resize((side, side), Image.Resampling.LANCZOS)


def ico(colours: Colours) -> bytes:
    """favicon.ico: the mark at 16, 32 and 48 pixels."""
    out = io.BytesIO()
    largest, *smaller = [mark(colours, side) for side, _ in reversed(ICO_SIZES)]
    largest.save(out, format="ICO", sizes=ICO_SIZES, append_images=smaller)
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def touch_icon(colours: Colours) -> bytes:
    """apple-touch-icon.png: the mark on the page's background, opaque, with a margin."""
    icon = Image.new("RGB", (TOUCH_SIZE, TOUCH_SIZE), colours.background)
    margin = round(TOUCH_SIZE * TOUCH_MARGIN)
    inner = mark(colours, TOUCH_SIZE - 2 * margin)
    icon.paste(inner, (margin, margin), inner)
    return png(icon)


def icon_files(colours: Colours) -> dict[str, bytes]:
    """Each icon file, by its name at the site's root."""
    return {"favicon.ico": ico(colours), "favicon.svg": svg(colours).encode("utf-8"),
            "favicon-32.png": png(mark(colours, 32)), "apple-touch-icon.png": touch_icon(colours)}
