"""The README's screenshots (made by `python -m benchmarks.screenshots`) are there and shown."""

from __future__ import annotations

import re

import pytest
from PIL import Image

from conftest import ROOT

WIDTHS = {"phone": 390, "desktop": 1280}
SHOTS = [f"{page}-{device}" for page in ("home", "story") for device in WIDTHS]
README_IMAGE = re.compile(r"!\[([^\]]+)\]\(([^)\s]+)\)")


@pytest.mark.parametrize("name", SHOTS)
def test_screenshot_is_a_png_of_its_device_width(name):
    path = ROOT / "docs" / "screenshots" / f"{name}.png"
    assert path.is_file(), f"{path} is missing: run python -m benchmarks.screenshots"
    with Image.open(path) as shot:
        assert shot.format == "PNG"
        assert shot.width == WIDTHS[name.rsplit("-", 1)[1]]


@pytest.mark.parametrize("name", SHOTS)
def test_readme_shows_the_screenshot_with_words(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = {target: alt for alt, target in README_IMAGE.findall(readme)}
    target = f"docs/screenshots/{name}.png"
    assert target in shown, f"README.md does not show {target}"
    assert len(shown[target].split()) >= 5, f"the alt text of {target} says too little"
