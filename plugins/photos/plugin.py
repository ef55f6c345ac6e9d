"""Pelican adapter: the site's icon files, written at the root of every build, and the
smaller and WebP copies offered for the photos in a story's text (body.py)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from plugins.publish_gate import stop_on_problems

from .body import add_srcsets, responsive_photos
from .favicon import Colours, icon_files

# Under Pelican's own logger: the publish gate and `pelican --fatal errors` count it.
logger = logging.getLogger("pelican.plugins.photos")


class FaviconGenerator(Generator):
    """Writes the icon files (favicon.py) at the output's root, where browsers ask for them,
    while the pages are written (so the built-site check reads them)."""

    def generate_context(self) -> None:
        self.colours = Colours.from_site(self.settings["SITE_COLOURS"])

    def generate_output(self, _writer: Any) -> None:
        output = Path(self.output_path)
        output.mkdir(parents=True, exist_ok=True)
        for name, data in icon_files(self.colours).items():
            (output / name).write_bytes(data)
        logger.info("photos: site icon written (favicon.ico, .svg, -32.png, apple-touch-icon.png)")


def check_colours(pelican: Any) -> None:
    """Stop before anything is built when a colour the icon needs is not a colour."""
    try:
        Colours.from_site(pelican.settings.get("SITE_COLOURS") or {})
    except ValueError as error:
        stop_on_problems("photos", [str(error)], "pelicanconf.py")


def add_generator(_pelican: Any) -> type[Generator]:
    return FaviconGenerator


def offer_copies(path: str, context: dict) -> None:
    """A story's or page's written file gets srcsets for the photos in its text."""
    item = context.get("article") or context.get("page")
    links = getattr(item, "get_static_links", None)
    if links is not None:
        add_srcsets(path, responsive_photos(links(), Path(context["PATH"])))


def register() -> None:
    # initialized: the settings are read and nothing is built yet.
    signals.initialized.connect(check_colours)
    # get_generators: the icon is written with the pages, before the built-site check.
    signals.get_generators.connect(add_generator)
    # content_written: Pelican has given each photo's `src` its address from this page.
    signals.content_written.connect(offer_copies)
