"""Pelican adapter: the output hygiene files a built site needs (robots.txt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals

from .hygiene import robots_txt


def write_robots(pelican: Any) -> None:
    """Write robots.txt at the top of the output: it names the sitemap and nothing else."""
    siteurl = pelican.settings.get("SITEURL", "")
    (Path(pelican.output_path) / "robots.txt").write_text(robots_txt(siteurl), encoding="utf-8")


def register() -> None:
    # finalized fires after every page is written (and before pelican-precompress, which
    # runs on granular signals sent after it), so robots.txt gets compressed copies too.
    signals.finalized.connect(write_robots)
