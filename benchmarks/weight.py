"""Page weight as a visitor's browser downloads it: HTML, CSS, JS, images and fonts, gzipped.

Stylesheets count with everything they `@import`; a web font counts once per `@font-face`
(its first source, the one a browser tries first); images in CSS count as images.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup

IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?([^"')\s;]+)""")
FONT_FACE = re.compile(r"@font-face\s*\{([^}]*)\}", re.S)
URL = re.compile(r"""url\(\s*["']?([^"')\s]+)""")
SITE = "http://site.test/"


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def page_weight(output: Path, page: Path) -> dict[str, int]:
    """Gzipped bytes of a page and everything it loads from the site, by type."""
    document = BeautifulSoup(page.read_bytes(), "lxml")
    base = SITE + page.relative_to(output).as_posix()
    files: dict[str, set[Path]] = {"css": set(), "js": set(), "images": set(), "fonts": set()}
    for link in document.find_all("link", rel="stylesheet", href=True):
        _add_stylesheet(output, urljoin(base, link["href"]), files)
    for script in document.find_all("script", src=True):
        files["js"].add(_local(output, urljoin(base, script["src"])))
    for image in document.find_all("img", src=True):
        files["images"].add(_local(output, urljoin(base, image["src"])))
    weight = {"html": gzipped(page.read_bytes())}
    for kind, paths in files.items():
        weight[kind] = sum(gzipped(path.read_bytes()) for path in paths if path.is_file())
    weight["inline_js"] = len(document.find_all("script", src=False))
    return weight


def _local(output: Path, address: str) -> Path:
    return output / urlparse(address).path.lstrip("/")


def _add_stylesheet(output: Path, address: str, files: dict[str, set[Path]]) -> None:
    path = _local(output, address)
    if path in files["css"] or not path.is_file():
        return
    files["css"].add(path)
    css = path.read_text(encoding="utf-8", errors="replace")
    for imported in IMPORT.findall(css):
        _add_stylesheet(output, urljoin(address, imported), files)
    fonts = FONT_FACE.findall(css)
    for block in fonts:
        first = URL.search(block)
        if first:
            files["fonts"].add(_local(output, urljoin(address, first.group(1))))
    outside = FONT_FACE.sub("", IMPORT.sub("", css))
    for target in URL.findall(outside):
        if not target.startswith("data:"):
            files["images"].add(_local(output, urljoin(address, target)))
