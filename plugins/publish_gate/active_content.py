"""What a browser would run, or fetch from another site, in a built page or an SVG picture.

The site promises no JavaScript and nothing loaded from anywhere else. Stories are cleaned when
they are read (plugins/typography/safe_html.py); this is the check of what was actually built,
whatever put it there (a template, a theme file, a setting, a picture): no `<script>`, no event
handler, no `javascript:` address, no frame, object or embed, no meta refresh, and no picture,
style, font or media from another origin.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

# Attributes a browser fetches or follows without a click.
LOADED = ("src", "srcset", "poster", "data", "background", "action", "formaction")
NEVER = frozenset({"script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal"})
LOADING_LINKS = frozenset({"stylesheet", "icon", "preload", "prefetch", "modulepreload",
                           "manifest", "apple-touch-icon", "shortcut", "dns-prefetch", "preconnect"})
CODE_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")
# Attributes `attribute_problems` reads whatever their value; any other matters only with a
# scheme (a colon) in its value, or as an event handler.
WATCHED = frozenset({*LOADED, "style", "href"})
CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]+)", re.I)
# An SVG may point inside itself (#shape); anything else is fetched or run.
SVG_ACTIVE = frozenset({"script", "foreignObject", "iframe", "handler", "listener"})


def page_problems(html: str, origin: str = "") -> list[str]:
    """What would run or be fetched from another origin in one built page."""
    if not html.strip():
        return []
    return etree.fromstring(html, etree.HTMLParser(target=PageWatch(origin), no_network=True))


class PageWatch:
    """What a page would run, or fetch from another origin, noted as lxml's HTML parser reads
    it (a parser target: no tree is built, and another target may share the same reading,
    `output_text.html_pieces`). Each element's problems, in the order of the page."""

    def __init__(self, origin: str = "") -> None:
        self.origin = origin
        self.found: list[str] = []
        self.style: list[str] | None = None  # the text of a <style> being read

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.style_read()
        if tag in NEVER:
            self.found.append(f"<{tag}> runs code or embeds another site")
        if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            self.found.append("<meta http-equiv=refresh> sends readers to another page")
        for name, value in attributes.items():
            name = name.lower()
            if ":" in value or name in WATCHED or name.startswith("on"):
                self.found += attribute_problems(tag, name, value, attributes, self.origin)
        if tag == "style":
            self.style = []

    def end(self, _tag: str) -> None:
        self.style_read()

    def data(self, data: str) -> None:
        if self.style is not None:
            self.style.append(data)

    def style_read(self) -> None:
        """A <style>'s text ends where the next element starts or ends."""
        if self.style is not None and any(is_other_origin(url, self.origin)
                                          for url in CSS_URL.findall("".join(self.style))):
            self.found.append("a <style> loads from another site")
        self.style = None

    def close(self) -> list[str]:
        self.style_read()
        return list(dict.fromkeys(self.found))


def svg_problems(path: Path) -> list[str]:
    """What an SVG picture would run or fetch: a script, an event handler, outside content."""
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                      load_dtd=False)).getroot()
    except etree.XMLSyntaxError as error:
        return [f"the SVG cannot be read ({error})"]
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        if name in SVG_ACTIVE:
            problems.append(f"the SVG holds <{name}>, which runs code or shows outside content")
        for attribute, value in element.attrib.items():
            key = etree.QName(attribute).localname.lower()
            if key.startswith("on"):
                problems.append(f"the SVG's <{name}> has an event handler ({key}), which runs code")
            elif key == "href" and not value.strip().startswith("#"):
                problems.append(f"the SVG's <{name}> points outside the picture ({value[:80]})")
            elif key == "style" and CSS_URL.search(value):
                problems.append(f"the SVG's <{name}> loads {CSS_URL.search(value).group(1)[:80]}")
    return problems


def is_other_origin(address: str, origin: str) -> bool:
    """True for an address on another site (this site's own absolute addresses are fine)."""
    parts = urlsplit(address.strip())
    if not parts.scheme and not address.strip().startswith("//"):
        return False
    own = urlsplit(origin) if origin else None
    return not (own and parts.scheme in ("http", "https", "") and parts.netloc == own.netloc)


def attribute_problems(tag: str, name: str, value: str, attributes: dict[str, str],
                       origin: str) -> list[str]:
    """What one attribute of an element would run, or fetch from another origin."""
    found = []
    if name.startswith("on"):
        found.append(f"<{tag}> has an event handler ({name}), which runs code")
    if value.strip().lower().startswith(CODE_SCHEMES):
        found.append(f"<{tag}> has a {value.strip()[:16]}… address, which runs code")
    addresses = [candidate.split()[0] for candidate in value.split(",") if candidate.strip()] \
        if name == "srcset" else [value]
    if name in LOADED and any(is_other_origin(address, origin) for address in addresses):
        found.append(f"<{tag}> loads {value[:80]} from another site")
    if name == "style" and any(is_other_origin(url, origin) for url in CSS_URL.findall(value)):
        found.append(f"<{tag}> has a style that loads from another site")
    if tag == "link" and name == "href" and is_other_origin(value, origin) and \
            LOADING_LINKS & set(attributes.get("rel", "").lower().split()):
        found.append(f"<link rel={attributes.get('rel')}> loads {value[:80]} from another site")
    return found
