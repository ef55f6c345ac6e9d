"""Fit a line of text into a box: the largest size that fits, wrapped at spaces.

Text is never cut in the middle of a word: when it does not fit at the smallest size, the
words that fit are kept and an ellipsis follows the last of them. The one exception is a
first word that is wider than a whole line at the smallest size (a long web address, say),
which has to be cut to show anything at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

ELLIPSIS = "\u2026"
# Punctuation that reads badly just before an ellipsis ("Dean finds his feet,…").
TRAILING = ",;:.\u2013\u2014-/&"
LINE_SPACING = 1.2


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels: left and top inclusive, right and bottom exclusive."""

    left: int
    top: int
    right: int
    bottom: int


@dataclass(frozen=True)
class Fitted:
    """Text as it will be drawn: its lines, the font size, and whether it was shortened."""

    lines: tuple[str, ...]
    size: int
    line_height: int
    ascent: int
    descent: int
    shortened: bool

    @property
    def height(self) -> int:
        """From the top of the first line to the bottom of the last line's descenders."""
        return (len(self.lines) - 1) * self.line_height + self.ascent + self.descent


@lru_cache(maxsize=64)
def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    """The TrueType font at `path` in `size` pixels (loaded once per size)."""
    return ImageFont.truetype(path, size)


def ink(face: ImageFont.FreeTypeFont, text: str) -> tuple[int, int, int, int]:
    """The box the glyphs of `text` cover, drawn with its top-left (anchor "la") at 0, 0."""
    return face.getbbox(text, anchor="la")


def line_width(face: ImageFont.FreeTypeFont, text: str) -> int:
    """Width of the ink, counting any overhang to the left of the starting point."""
    left, _top, right, _bottom = ink(face, text)
    return right - min(left, 0)


def lines_that_fit(height: int, line_height: int, ascent: int, descent: int) -> int:
    """How many lines of this font fit in `height` pixels."""
    if ascent + descent > height:
        return 0
    return 1 + (height - ascent - descent) // line_height


def wrap(words: Sequence[str], face: ImageFont.FreeTypeFont, width: int,
         most: int | None = None) -> list[str] | None:
    """Greedy wrapping at spaces; None when a single word is wider than `width`.

    With `most`, wrapping stops at the first line beyond it: the caller only needs to know that
    the text takes more than `most` lines, and measuring the rest would be wasted.
    """
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if line_width(face, candidate) <= width:
            current = candidate
            continue
        if line_width(face, word) > width:
            return None
        lines.append(current)
        current = word
        if most is not None and len(lines) >= most:
            return [*lines, current]  # at least one line too many
    if current:
        lines.append(current)
    return lines


def with_ellipsis(words: Sequence[str], face: ImageFont.FreeTypeFont, width: int) -> str:
    """As many of `words` as fit on one line followed by an ellipsis."""
    kept = list(words)
    while kept:
        text = " ".join(kept).rstrip(TRAILING + " ")
        if text and line_width(face, text + ELLIPSIS) <= width:
            return text + ELLIPSIS
        kept.pop()
    return cut_word(words[0] if words else "", face, width)


def cut_word(word: str, face: ImageFont.FreeTypeFont, width: int) -> str:
    """The last resort for a word wider than a line: its longest start that fits, and "…"."""
    for end in range(len(word), 0, -1):
        if line_width(face, word[:end] + ELLIPSIS) <= width:
            return word[:end] + ELLIPSIS
    return ELLIPSIS


def shorten(words: Sequence[str], face: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """At most `most` lines of whole words, the last ending in an ellipsis."""
    lines: list[list[str]] = []
    rest = list(words)
    while rest and len(lines) < most:
        line: list[str] = []
        while rest and line_width(face, " ".join([*line, rest[0]])) <= width:
            line.append(rest.pop(0))
        if not line:  # the next word alone is wider than a line
            break
        lines.append(line)
    if not lines:
        return [cut_word(words[0], face, width)]
    *kept, last = lines
    return [" ".join(line) for line in kept] + [with_ellipsis(last, face, width)]


def fit(
    text: str,
    font_path: str,
    width: int,
    height: int,
    sizes: Sequence[int],
    *,
    most_lines: int | None = None,
) -> Fitted:
    """Lay `text` out at the first of `sizes` (largest first) at which it fits whole.

    When it fits at none, it is shortened at the last (smallest) size.
    """
    words = text.split()
    if not words:
        raise ValueError("there is no text to lay out")
    for size in sizes:
        face = font(font_path, size)
        ascent, descent = face.getmetrics()
        line_height = round(size * LINE_SPACING)
        room = lines_that_fit(height, line_height, ascent, descent)
        if most_lines is not None:
            room = min(room, most_lines)
        lines = wrap(words, face, width, most=room)
        if lines is not None and 0 < len(lines) <= room:
            return Fitted(tuple(lines), size, line_height, ascent, descent, shortened=False)
    if room < 1:
        raise ValueError(f"no line of text fits in {height} pixels at {sizes[-1]} px")
    lines = shorten(words, face, width, room)
    return Fitted(tuple(lines), size, line_height, ascent, descent, shortened=True)


def place(fitted: Fitted, font_path: str, left: int, top: int) -> list[tuple[str, Box, int, int]]:
    """Each line, the box its ink covers and the (x, y) to draw it from with anchor "la", when
    the block is drawn from (left, top): no ink falls left of `left`."""
    face = font(font_path, fitted.size)
    placed = []
    for number, line in enumerate(fitted.lines):
        x0, y0, x1, y1 = ink(face, line)
        x = left - min(x0, 0)
        y = top + number * fitted.line_height
        placed.append((line, Box(x + x0, y + y0, x + x1, y + y1), x, y))
    return placed
