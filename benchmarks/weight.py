"""Page weight as a visitor's browser downloads it: HTML, CSS, JS and images, gzipped."""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def page_weight(output: Path, page: Path) -> dict[str, int]:
    """Gzipped bytes of a page and everything it loads from the site, by type."""
    document = BeautifulSoup(page.read_bytes(), "lxml")
    base = "http://site.test/" + page.relative_to(output).as_posix()
    loaded = {
        "css": [link["href"] for link in document.find_all("link", rel="stylesheet")],
        "js": [script["src"] for script in document.find_all("script", src=True)],
        "images": [image["src"] for image in document.find_all("img", src=True)],
    }
    weight = {"html": gzipped(page.read_bytes())}
    for kind, addresses in loaded.items():
        files = [output / urlparse(urljoin(base, address)).path.lstrip("/") for address in addresses]
        weight[kind] = sum(gzipped(file.read_bytes()) for file in files if file.is_file())
    return weight
