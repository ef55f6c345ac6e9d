"""impact/infographic.png: the headline figures as a 1080x1350 picture (the portrait size X,
Instagram, LinkedIn and Facebook all show whole), in the site's colours and the share cards'
font (plugins/social_cards)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from plugins.social_cards.layout import font, line_width, shorten, wrap

from .charts import number
from .report import hour_words
from .site import Site

WIDTH, HEIGHT = 1080, 1350
MARGIN = 72
STRIPE = 16
TOP_STORIES = 3
TILE_HEIGHT, TILE_PITCH = 220, 250


def lines_of(text: str, face: Any, width: int, most: int) -> list[str]:
    """`text` wrapped to `width`, in at most `most` lines (the last shortened with "…")."""
    words = text.split() or ["?"]
    lines = wrap(words, face, width, most=most)
    return lines if lines is not None and len(lines) <= most else shorten(words, face, width, most)


def busiest_words(hour: str) -> str:
    """"2026-12-01T12" as "12:00 on 1 Dec"."""
    day, clock = hour_words(hour).split(", ")
    return f"{clock} on {day.rsplit(' ', 1)[0]}"


def tiles(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """Four (number, words) tiles: page views, visitors, the busiest hour, then followers
    gained when staff noted them, else the campaign's share of page views."""
    busiest = summary["busiest_hour"]
    hand = summary.get("hand_figures") or {}
    last = ((number(hand["followers_gained"]), "new followers") if hand.get("followers")
            else (f"{summary['campaign']['share_tagged']:.0%}", "from the campaign's links"))
    return [
        (number(summary["page_views"]), "page views"),
        (number(sum(summary["visitors_by_day"].values())), "visitors"),
        (number(busiest["page_views"]) if busiest else "0",
         "in the busiest hour" + (f", {busiest_words(busiest['hour'])}" if busiest else "")),
        last,
    ]


def draw_tiles(draw: ImageDraw.ImageDraw, site: Site, summary: dict[str, Any], top: int) -> int:
    """The 2x2 grid of numbers; returns the y below it."""
    width = (WIDTH - 2 * MARGIN - 32) // 2
    big, small = font(site.font, 92), font(site.font, 32)
    for index, (value, words) in enumerate(tiles(summary)):
        x = MARGIN + (index % 2) * (width + 32)
        y = top + (index // 2) * TILE_PITCH
        draw.rectangle((x, y, x + width, y + TILE_HEIGHT), fill=site.colours["background"])
        draw.text((x + 28, y + 20), value, font=big, fill=site.colours["brand"])
        lines = lines_of(words, small, width - 56, 2)
        for number_, line in enumerate(lines):
            draw.text((x + 28, y + 134 + number_ * 38), line,
                      font=small, fill=site.colours["text"])
    return top + 2 * TILE_PITCH


def draw_stories(draw: ImageDraw.ImageDraw, site: Site, summary: dict[str, Any], top: int) -> None:
    """The most read stories, with their page views."""
    heading, title_face = font(site.font, 40), font(site.font, 30)
    draw.text((MARGIN, top), "Most read", font=heading, fill=site.colours["background"])
    y = top + 70
    for story in summary["top_stories"][:TOP_STORIES]:
        views = f"{number(story['page_views'])} views"
        room = WIDTH - 2 * MARGIN - line_width(title_face, views) - 24
        for line in lines_of(story["title"], title_face, room, 2):
            draw.text((MARGIN, y), line, font=title_face, fill=site.colours["background"])
            y += 38
        draw.text((WIDTH - MARGIN - line_width(title_face, views), y - 38), views,
                  font=title_face, fill=site.colours["accent"])
        y += 22


def period(summary: dict[str, Any]) -> str:
    """"From the website's logs, 1 Dec to 2 Dec 2026" (days in the trust's time zone)."""
    days = list(summary["by_day"])
    if not days:
        return "From the website's logs"
    first, last = (hour_words(day + "T00").split(",")[0] for day in (days[0], days[-1]))
    if first[-4:] == last[-4:]:  # the same year: said once
        first = first[:-5]
    return f"From the website's logs, {first}" + (f" to {last}" if last != first else "")


def draw_infographic(summary: dict[str, Any], site: Site, path: Path) -> None:
    """Write the PNG to `path`."""
    image = Image.new("RGB", (WIDTH, HEIGHT), site.colours["brand"])
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, MARGIN), site.name, font=font(site.font, 36), fill=site.colours["accent"])
    title = "What our campaign achieved"
    draw.text((MARGIN, MARGIN + 60), title, font=font(site.font, 58),
              fill=site.colours["background"])
    if site.hashtag:
        draw.text((MARGIN, MARGIN + 140), site.hashtag, font=font(site.font, 40),
                  fill=site.colours["accent"])
    below = draw_tiles(draw, site, summary, MARGIN + 230)
    draw_stories(draw, site, summary, below + 30)
    small = font(site.font, 26)
    footer = lines_of(period(summary) + ". Crawlers left out.", small, WIDTH - 2 * MARGIN, 2)
    for row, line in enumerate(reversed(footer)):
        draw.text((MARGIN, HEIGHT - STRIPE - 68 - 34 * row), line, font=small,
                  fill=site.colours["accent"])
    draw.rectangle((0, HEIGHT - STRIPE, WIDTH, HEIGHT), fill=site.colours["accent"])
    image.save(path, optimize=True)
