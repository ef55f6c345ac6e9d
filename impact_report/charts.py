"""Bar charts as inline SVG: no JavaScript, sharp in print, readable by screen readers (each
chart is an image with a title, and every bar is labelled with its number)."""

from __future__ import annotations

from html import escape

WIDTH = 680  # fits an A4 page's text width at 96 dpi, margins included
BAR = 22
GAP = 8
LABEL = 300  # the room for the labels of horizontal bars
LABEL_CHARACTERS = 38  # as many as fit in it at 13 px


def number(value: int) -> str:
    return f"{value:,}"


def across(title: str, items: list[tuple[str, int]], colour: str, text: str) -> str:
    """Horizontal bars, one a row, labelled on the left, the number at the bar's end."""
    if not items:
        return ""
    top = max(value for _, value in items) or 1
    room = WIDTH - LABEL - 70
    height = len(items) * (BAR + GAP)
    rows = []
    for row, (label, value) in enumerate(items):
        y = row * (BAR + GAP)
        width = max(1, round(room * value / top)) if value else 0
        shown = label if len(label) <= LABEL_CHARACTERS else label[:LABEL_CHARACTERS - 1] + "\u2026"
        rows.append(
            f'<text x="{LABEL - 8}" y="{y + BAR - 6}" text-anchor="end" fill="{text}">'
            f'<title>{escape(label)}</title>{escape(shown)}</text>'
            f'<rect x="{LABEL}" y="{y}" width="{width}" height="{BAR}" fill="{colour}"/>'
            f'<text x="{LABEL + width + 6}" y="{y + BAR - 6}" fill="{text}">{number(value)}</text>')
    return svg(title, height, "".join(rows))


def upright(title: str, items: list[tuple[str, int]], colour: str, text: str,
            every: int = 1) -> str:
    """Vertical bars (hours, days); every `every`-th bar is labelled underneath."""
    if not items:
        return ""
    top = max(value for _, value in items) or 1
    plot = 180
    step = (WIDTH - 50) / len(items)
    bars = [f'<text x="0" y="12" fill="{text}">{number(top)}</text>'
            f'<line x1="40" y1="{plot}" x2="{WIDTH}" y2="{plot}" stroke="{text}"/>']
    for index, (label, value) in enumerate(items):
        x = 45 + index * step
        height = round(plot * value / top)
        bars.append(f'<rect x="{x:.1f}" y="{plot - height}" width="{max(step - 2, 1):.1f}" '
                    f'height="{height}" fill="{colour}"><title>{escape(label)}: '
                    f'{number(value)}</title></rect>')
        if index % every == 0:
            bars.append(f'<text x="{x:.1f}" y="{plot + 16}" font-size="11" fill="{text}">'
                        f'{escape(label)}</text>')
    return svg(title, plot + 24, "".join(bars))


def svg(title: str, height: int, body: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
            f'width="100%" font-family="DejaVu Sans, Verdana, sans-serif" font-size="13">'
            f'<title>{escape(title)}</title>{body}</svg>')
