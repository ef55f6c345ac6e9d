"""Only the HTML that Markdown makes reaches a page: no script, nothing from another site.

A story may hold raw HTML, and Markdown passes it through. Each story's HTML is checked against
an allow-list that fits what Markdown and its extensions produce (`unsafe_parts`): anything
else stops the story with a message saying what to do instead ("link to the video instead of
embedding it"), rather than the page silently changing. What is published is then cleaned by
nh3 (Ammonia) with the same allow-list (`sanitised`), as a second line of defence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3
from lxml import etree

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "u", "s",
    "del", "ins", "mark", "small", "sub", "sup", "code", "pre", "kbd", "samp", "var", "blockquote",
    "q", "cite", "abbr", "dfn", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure",
    "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup",
    "col", "span", "div", "time", "wbr",
})
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang"})
TAG_ATTRIBUTES = {
    "a": {"href"}, "img": {"src", "alt", "width", "height", "loading"},
    "th": {"style", "colspan", "rowspan", "align"}, "td": {"style", "colspan", "rowspan", "align"},
    "ol": {"start", "reversed"}, "li": {"value"}, "time": {"datetime"},
    "col": {"span"}, "colgroup": {"span"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Markdown's tables align their cells with this, and nothing else needs a style.
TABLE_ALIGNMENT = re.compile(r"text-align: (?:left|right|center);")
SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.I)
# Elements that are never published, and what to do instead.
REFUSED = {
    ("script", "noscript", "style", "template"): "it runs code or changes the page's look: remove it",
    ("iframe", "embed", "object", "video", "audio", "source", "track", "picture", "frame",
     "frameset", "applet", "portal"): "it loads something from another site into the page: "
                                      "link to the video, map or post instead of embedding it",
    ("form", "input", "button", "select", "textarea", "option", "label", "fieldset"):
        "a form sends what a reader types somewhere else: link to the form instead",
    ("meta", "link", "base"): "it changes where the page goes or what it loads: remove it",
    ("svg", "math", "canvas"): "drawings and formulas in the text can carry code: put a picture in "
                               "content/images and use ![what it shows](images/name.png)",
}


@dataclass(frozen=True)
class Unsafe:
    """Something in a story's HTML that cannot be published: what, why, and the text to find it by."""

    what: str
    advice: str
    needle: str


def unsafe_parts(html: str) -> list[Unsafe]:
    """Every element, attribute or address in `html` that the allow-list would drop."""
    found = []
    for element in _elements(html):
        tag = element.tag
        if tag not in ALLOWED_TAGS:
            found.append(Unsafe(f"<{tag}>", _advice(tag), f"<{tag}"))
            continue
        for name, value in element.attrib.items():
            problem = _attribute_problem(tag, name.lower(), value)
            if problem:
                found.append(problem)
    return found


def elements_in(text: str) -> list[str]:
    """The elements written in a text that should have none (a title): "<b>", "<script>"."""
    if "<" not in text:
        return []
    return [f"<{element.tag}>" for element in _elements(f"<p>{text}</p>") if element.tag != "p"]


def _elements(html: str) -> list:
    """The elements of an HTML fragment, in order, without those the parser adds around it."""
    if not html.strip():
        return []
    root = etree.fromstring(html, etree.HTMLParser(remove_comments=True, no_network=True))
    return [element for element in (root.iter() if root is not None else ())
            if isinstance(element.tag, str) and element.tag not in ("html", "body", "head")]


def sanitised_title(text: str) -> str:
    """A title as published: text, and typogrify's spans around ampersands and quotes."""
    return nh3.clean(text, tags={"span"}, attributes={"span": {"class"}}, url_schemes=set(),
                     link_rel=None, strip_comments=True)


def sanitised(html: str) -> str:
    """`html` cleaned by nh3 against the same allow-list (comments dropped)."""
    return nh3.clean(html, tags=set(ALLOWED_TAGS), attributes=_attributes(),
                     url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=True,
                     attribute_filter=_kept_value)


def _attributes() -> dict[str, set[str]]:
    return {"*": set(GLOBAL_ATTRIBUTES), **{tag: set(names) for tag, names in TAG_ATTRIBUTES.items()}}


def _kept_value(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "style":
        return value if TABLE_ALIGNMENT.fullmatch(value.strip()) else None
    if tag == "img" and attribute == "src" and _is_remote(value):
        return None
    return value


def _is_remote(address: str) -> bool:
    return bool(SCHEME.match(address)) or address.strip().startswith("//")


def _advice(tag: str) -> str:
    for tags, advice in REFUSED.items():
        if tag in tags:
            return advice
    return "it is not something a story's text needs: remove it"


def _attribute_problem(tag: str, name: str, value: str) -> Unsafe | None:
    if name.startswith("on"):
        return Unsafe(f"the {name} attribute of <{tag}>", "it runs code when a reader points or "
                      "clicks: remove it", name)
    if name == "style":
        if TABLE_ALIGNMENT.fullmatch(value.strip()):
            return None
        return Unsafe(f"a style on <{tag}>", "a style can load from another site: remove it", "style")
    if name not in GLOBAL_ATTRIBUTES and name not in TAG_ATTRIBUTES.get(tag, ()):
        return Unsafe(f"the {name} attribute of <{tag}>", "it is not something a story needs: "
                      "remove it", name)
    scheme = SCHEME.match(value)
    if name in ("href", "src") and scheme and scheme.group(1).lower() not in URL_SCHEMES:
        return Unsafe(f"a {scheme.group(1).lower()}: address in <{tag}>", "it runs code or opens "
                      "something other than a web page: link to a web page instead", scheme.group(0))
    if tag == "img" and name == "src" and _is_remote(value):
        return Unsafe("a picture from another site", "the other site learns who reads the story: "
                      "save the picture in content/images and link to it there", value)
    return None
