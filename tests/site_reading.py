"""Read a built site the way a visitor's browser would: pages, links and the files behind them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup

PUBLIC = "https://stories.penninevale-probation.example.org"


def html_pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def page_url(output: Path, page: Path) -> str:
    """The address a page is served at, on a pretend host rooted at the output folder."""
    return "http://site.test/" + page.relative_to(output).as_posix()


def target_file(output: Path, page: Path, address: str) -> Path | None:
    """The output file an internal address points at; None for another site or a mailto."""
    if address.startswith(PUBLIC):
        address = "http://site.test" + address[len(PUBLIC):]
    url = urlparse(urljoin(page_url(output, page), address))
    if url.scheme not in ("http", "https") or url.netloc != "site.test":
        return None
    path = output / unquote(url.path).lstrip("/")
    return path / "index.html" if url.path.endswith("/") or path.is_dir() else path


def internal_addresses(page: BeautifulSoup) -> Iterator[tuple[str, str]]:
    """Every (tag name, address) a page links to or loads."""
    for tag in page.find_all(["a", "link", "img", "script", "source", "iframe"]):
        for attribute in ("href", "src"):
            address = tag.get(attribute)
            if address and not address.startswith("#"):
                yield tag.name, address
