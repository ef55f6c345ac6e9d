"""The SOCIAL_CARDS setting: defaults, merged with what pelicanconf.py gives, checked once."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from plugins.publish_gate import read_setting

FONT = str(Path(__file__).resolve().parent / "fonts" / "DejaVuSans-Bold.ttf")
COLOURS = ("brand", "accent", "text", "background")

DEFAULTS: dict[str, Any] = {
    # Where drawn cards are kept between builds; relative to CACHE_PATH. Outside the output
    # folder, so that a clean build copies cards instead of drawing them again.
    "cache": "share-images",
    # The TrueType font the cards are drawn with: shipped with the plugin, never the system's.
    "font": FONT,
    "locale": "en_GB",
    # twitter:site; None takes SOCIAL_ACCOUNTS["x"].
    "x_account": None,
    # fediverse:creator (Mastodon credits the account under a preview); None takes
    # SOCIAL_ACCOUNTS["mastodon"] when it is a "@name@server" handle.
    "fediverse_creator": None,
}
KINDS = {"cache": str, "font": str, "locale": str, "x_account": str | None,
         "fediverse_creator": str | None}
LOCALE = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def options(settings: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """SOCIAL_CARDS merged over the defaults, with absolute paths; and every problem found."""
    merged, problems = read_setting(settings, "SOCIAL_CARDS", DEFAULTS, KINDS)
    accounts = settings.get("SOCIAL_ACCOUNTS") or {}
    if merged["x_account"] is None:
        merged["x_account"] = accounts.get("x", "")
    if merged["fediverse_creator"] is None:
        mastodon = accounts.get("mastodon", "")
        merged["fediverse_creator"] = mastodon if mastodon.count("@") == 2 else ""
    merged["cache"] = os.path.join(settings.get("CACHE_PATH", "cache"), merged["cache"])
    if not os.path.isfile(merged["font"]):
        problems.append(f"SOCIAL_CARDS['font'] is '{merged['font']}', which is not a file: "
                        "give the path of a .ttf font, or leave it out to use DejaVu Sans Bold")
    if not LOCALE.match(str(merged["locale"])):
        problems.append(f"SOCIAL_CARDS['locale'] is '{merged['locale']}': write it as "
                        "language_TERRITORY, for example en_GB")
    output = os.path.abspath(settings.get("OUTPUT_PATH", "output"))
    if os.path.abspath(merged["cache"]).startswith(output + os.sep):
        problems.append(f"SOCIAL_CARDS['cache'] is inside the output folder ({output}): "
                        "choose a folder outside it, so that cards are not published twice")
    colours = settings.get("SITE_COLOURS") or {}
    for name in COLOURS:
        if not HEX.match(str(colours.get(name, ""))):
            problems.append(f"SITE_COLOURS['{name}'] is '{colours.get(name, '')}': the share "
                            "images need every site colour as #rrggbb")
    return merged, problems
