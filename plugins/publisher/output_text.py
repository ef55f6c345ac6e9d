"""What a published file shows or gives away, as pieces of text the anonymity guard can read.

A page says more than its visible text: alt text, titles, share metadata, addresses (slugs,
image file names), comments and inline data all reach anyone who saves the page. Feeds carry
whole stories as escaped HTML, and the sitemap lists every address. Each piece keeps a note of
where it came from, so a finding names the file and the place in it.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Protocol

from lxml import etree

# Attributes whose value is shown to someone or read out: checked as text.
TEXT_ATTRIBUTES = frozenset({
    "alt", "title", "aria-label", "aria-description", "aria-roledescription", "placeholder",
    "label", "summary", "abbr", "value", "content", "download",
})
# Attributes that hold an address: checked as a path (slugs and file names).
ADDRESS_ATTRIBUTES = frozenset({
    "href", "src", "action", "poster", "cite", "data", "formaction", "background", "longdesc",
    "xlink:href", "itemid", "about", "resource",
})
# Elements whose text starts a new piece (so a sentence never runs into the next heading).
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hr", "html", "label", "legend", "li", "main", "nav", "ol", "option",
    "p", "pre", "script", "section", "summary", "table", "td", "th", "title", "tr", "ul",
    "noscript", "template", "time", "button", "select", "textarea",
})
# Feed elements whose text is itself HTML (Atom content/summary, RSS description).
HTML_FEED_ELEMENTS = frozenset({"content", "summary", "description", "encoded", "subtitle", "rights"})
ADDRESS_TEXT = re.compile(r"(?:https?://|tag:|mailto:|/)\S*")


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class Piece(NamedTuple):
    """One piece of published text and where in its file it was found (a tuple: a site holds
    a hundred thousand of them, each hashed to be checked once)."""

    where: str
    text: str
    is_address: bool = False


class _PageReader:
    """Collects the text, text attributes, addresses and comments of one HTML document, as
    the target of lxml's HTML parser (libxml2's, several times quicker than Python's own)."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self._open: list[str] = []
        self._words: list[str] = []
        self._block = "page"

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag in BLOCKS:
            self._flush()
            self._block = tag
        if tag not in ("br", "hr", "img", "meta", "link", "input", "source", "wbr"):
            self._open.append(tag)
        for name, value in attributes.items():
            if not value or value.isspace():
                continue
            if name in ADDRESS_ATTRIBUTES:
                self._add(f"the {name} of <{tag}>", value, address=True)
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self._add(f"the srcset of <{tag}>", candidate.split()[0], address=True)
            elif name in TEXT_ATTRIBUTES or name.startswith("data-"):
                label = tag == "meta" and (attributes.get("name") or attributes.get("property"))
                self._add(f"<meta {label}>" if label else f"the {name} of <{tag}>", value)

    def end(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass

    def data(self, data: str) -> None:
        if "style" not in self._open:
            self._words.append(data)

    def comment(self, text: str) -> None:
        self._add("an HTML comment", text)

    def close(self) -> list[Piece]:
        self._flush()
        return self.pieces

    def _flush(self) -> None:
        text = "".join(self._words)
        self._words = []
        if not text or text.isspace():
            return
        # A blank line is a break wherever the text is shown as written (the kit's posts).
        paragraphs = PARAGRAPH_BREAK.split(text) if "\n" in text else [text]
        text = "\n".join(filter(None, (" ".join(part.split()) for part in paragraphs)))
        if text:
            where = "the page title" if self._block == "title" else f"the text of <{self._block}>"
            self._add(where, text)

    def _add(self, where: str, text: str, address: bool = False) -> None:
        self.pieces.append(Piece(where, text.strip() if address else text, address))


class ParserTarget(Protocol):
    """Another reader of a page's elements and text, fed by the same parse (a target of lxml's
    parser, such as the gate's `PageWatch`)."""

    def start(self, tag: str, attributes: dict[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def data(self, data: str) -> None: ...


class _SharedReader(_PageReader):
    """A page's reader that passes each element and its text on to another target as well,
    so that one parse of the page serves both."""

    def __init__(self, other: ParserTarget) -> None:
        super().__init__()
        self.other = other

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        super().start(tag, attributes)
        self.other.start(tag, attributes)

    def end(self, tag: str) -> None:
        super().end(tag)
        self.other.end(tag)

    def data(self, data: str) -> None:
        super().data(data)
        self.other.data(data)


@lru_cache(maxsize=8192)
def embedded_pieces(markup: str, context: str) -> tuple[Piece, ...]:
    """The pieces of HTML inside a feed entry, each place named with its `context`."""
    return tuple(Piece(f"{context}{piece.where}", piece.text, piece.is_address)
                 for piece in _entry_pieces(markup))


@lru_cache(maxsize=8192)
def _entry_pieces(markup: str) -> tuple[Piece, ...]:
    """A feed entry's HTML read once: an entry is in many feeds (the site-wide ones, its kind's,
    its department's and each of its tags', in two formats, as content, summary or description)."""
    return tuple(html_pieces(markup))


def html_pieces(markup: str, other: ParserTarget | None = None) -> list[Piece]:
    """Every piece of text an HTML document or fragment publishes; with `other`, that target
    is given the same reading of the document (it is left to the caller to close)."""
    if not markup.strip():
        return []
    reader = _PageReader() if other is None else _SharedReader(other)
    parser = etree.HTMLParser(target=reader, remove_comments=False, no_network=True, recover=True)
    return etree.fromstring(markup, parser)


def csv_pieces(text: str) -> list[Piece]:
    """Each cell of a spreadsheet on its own: neighbouring cells are not one sentence. A cell
    that is only an address (the kit's links) is read as an address, as in a feed."""
    return [Piece(f"row {number}, column {column}", *_cell(cell))
            for number, row in enumerate(csv.reader(io.StringIO(text)), start=1)
            for column, cell in enumerate(row, start=1) if cell.strip()]


def _cell(cell: str) -> tuple[str, bool]:
    return (cell.strip(), True) if ADDRESS_TEXT.fullmatch(cell.strip()) else (cell, False)


def xml_pieces(data: bytes) -> list[Piece]:
    """Every piece of text of a feed, sitemap or SVG: element text, attributes, embedded HTML."""
    root = ET.fromstring(data)  # noqa: S314 - our own build's output, checked before publishing
    pieces: list[Piece] = []
    for element in root.iter():
        name = _local(element.tag)
        for attribute, value in element.attrib.items():
            key = _local(attribute)
            if not value.strip():
                continue
            if key in ("href", "src", "url", "uri"):
                pieces.append(Piece(f"the {key} of <{name}>", value.strip(), True))
            elif key in ("term", "label", "title", "alt", "content"):
                pieces.append(Piece(f"the {key} of <{name}>", value))
        text = (element.text or "").strip()
        if not text:
            continue
        if name in HTML_FEED_ELEMENTS or "<" in text:
            pieces += embedded_pieces(text, f"<{name}>: ")
        elif ADDRESS_TEXT.fullmatch(text):
            pieces.append(Piece(f"<{name}>", text, True))
        else:
            pieces.append(Piece(f"<{name}>", text))
    return pieces


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def file_pieces(path: Path, data: bytes | None = None,
                other: ParserTarget | None = None) -> list[Piece] | None:
    """The published text of one output file (whose bytes are `data`, when already read);
    None for a file that holds no text to check. `other` is given a page's reading
    (`html_pieces`); a file that is not a page is not given to it."""
    suffix = path.suffix.lower()
    data = path.read_bytes() if data is None else data
    if suffix in (".html", ".htm"):
        return html_pieces(as_text(data), other=other)
    if suffix in (".xml", ".atom", ".rss", ".svg", ".xsl"):
        return xml_pieces(data)
    if suffix == ".csv":
        return csv_pieces(as_text(data, "utf-8-sig"))
    if suffix in (".txt", ".json", ".webmanifest", ".ics", ".vcf"):
        return [Piece("the text", as_text(data))]
    return None


def as_text(data: bytes, encoding: str = "utf-8") -> str:
    """A file's bytes as `Path.read_text` reads them: every line ending as "\\n"."""
    return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
