"""The built-site check reads each page once, and each distinct line once for blocked links.

A page is parsed once: the same reading gives its pieces of text and what it would run or
fetch (`PageWatch`, a parser target); and a line that is on every page (the header, the
footer) is looked at once for links to a blocked domain (`LinkFilter`). Both must find what
the slower ways found, in the same order: a tree of each page walked a second time for
active content, and each file's whole text decoded and searched (kept here as references).
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree

from plugins.publish_gate.active_content import (CSS_URL, NEVER, WATCHED, PageWatch, attribute_problems,
                                                 is_other_origin, page_problems)
from plugins.publisher.blocked_links import TOKEN, LinkFilter, domain_pattern, found_in
from plugins.publisher.output_text import as_text, html_pieces

ORIGIN = "https://probation.example"
# Active content of every kind the gate refuses, where a page, a story or a theme may put it.
ACTIVE = [
    '<script src="https://tracker.example.com/t.js"></script>',
    '<style>body{background:url(https://cdn.example.net/x.png)}</style><p>after the style</p>',
    '<STYLE>a{}</STYLE><style>\n b { background: URL( "//cdn.example.net/y" ) }\n</style>',
    '<b onmouseover="alert(1)">Hover</b> <a href="JAVASCRIPT:alert(1)">x</a>',
    '<iframe src="https://player.example.org/embed/42"></iframe><object data="/x.swf"></object>',
    '<meta http-equiv="Refresh" content="0;url=https://elsewhere.example">',
    '<link rel="stylesheet" href="https://cdn.example.net/x.css">'
    '<img srcset="https://images.example.net/a.png 1x, /b.png 2x" alt="a">',
    '<div style="background:url(https://cdn.example.net/z.png)">text</div>',
    '<form action="https://collect.example/c"><button formaction="https://collect.example/d">go</button></form>',
    '<svg><script>1</script><a xlink:href="javascript:1">x</a></svg><!-- <script> -->',
    f'<img src="{ORIGIN}/images/own.png" alt="our own address"><video poster="https://x.example/p.jpg"></video>',
]
LINES = [
    "<a href=\"https://www.facebook.com/probation\">us</a>",
    "fac&#101;book.com/groups/x and &amp;#102;acebook.com twice escaped",
    "https://l.facebook.com%2Fx and m.FACEBOOK.com",
    "notfacebook.com and facebook.com.example.org are other sites",
    "a plain line on every page",
    "&#10;facebook.com after an escaped line break, %E2%80%A8 and %C3",
]


def tree_problems(page: str, origin: str) -> list[str]:
    """The reference: the page parsed to a tree of its own, walked for active content."""
    root = etree.fromstring(page, etree.HTMLParser(no_network=True)) if page.strip() else None
    found: list[str] = []
    for element in root.iter() if root is not None else ():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in NEVER:
            found.append(f"<{tag}> runs code or embeds another site")
        if tag == "meta" and element.get("http-equiv", "").lower() == "refresh":
            found.append("<meta http-equiv=refresh> sends readers to another page")
        for name, value in element.attrib.items():
            name = name.lower()
            if ":" in value or name in WATCHED or name.startswith("on"):
                found += attribute_problems(tag, name, value, element.attrib, origin)
        if tag == "style" and any(is_other_origin(url, origin) for url in CSS_URL.findall(element.text or "")):
            found.append("a <style> loads from another site")
    return list(dict.fromkeys(found))


def whole_text_links(text: str, domains: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """The reference: the file's whole text decoded every way and searched, then line by line."""
    pattern = domain_pattern(domains)
    assert pattern is not None

    def readings(part: str) -> list[str]:
        once = html.unescape(part)
        twice = html.unescape(once)
        return list(dict.fromkeys((twice, once, part, unquote(twice))))

    if not any(found_in(reading, pattern) for reading in readings(text)):
        return []
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for reading in readings(line):
            links = {token: domain for token in TOKEN.findall(reading) if (domain := found_in(token, pattern))}
            if links:
                found += [(number, link, domain) for link, domain in links.items()]
                break
    return found


@pytest.fixture(scope="module")
def pages(site, tmp_path_factory) -> list[str]:
    """Every page of the built sample site and its kit, with active content planted in some."""
    folder = tmp_path_factory.mktemp("reading")
    shutil.copytree(site.output, folder / "output")
    shutil.copytree(site.output.parent / "kit", folder / "kit")
    texts = [as_text(path.read_bytes()) for path in sorted(folder.rglob("*.html"))]
    planted = [text.replace("</main>", f"{active}</main>", 1) for text, active in zip(texts, ACTIVE)]
    return texts + planted + ACTIVE + ["", "  ", "<!-- only a comment -->"]


def test_one_reading_of_a_page_finds_the_active_content_a_second_parse_found(pages):
    for origin in ("", ORIGIN):
        shared = []
        for page in pages:
            watch = PageWatch(origin)
            assert html_pieces(page, other=watch) == html_pieces(page)
            shared.append(watch.close())
        assert shared == [tree_problems(page, origin) for page in pages]
        assert shared == [page_problems(page, origin) for page in pages]
        assert sum(map(bool, shared)) >= len(ACTIVE) * 2, "the planted content is found"


def test_each_distinct_line_is_searched_once_and_every_link_is_found_in_every_file():
    files = {f"page{number}.html": "\n".join(LINES[number:] + LINES[:number])
             for number in range(len(LINES))}
    files["feed.xml"] = html.escape("\n".join(LINES))
    files["clean.html"] = "a plain line on every page\nnothing else"
    links = LinkFilter(["www.facebook.com"])
    for file, text in files.items():
        found = [(link.line, link.link, link.domain) for link in links.links(file, text)]
        assert found == whole_text_links(text, ("facebook.com",)), file
        assert all(link.file == file for link in links.links(file, text))
    assert {"a plain line on every page", LINES[3]} <= links.clean
    assert not {*LINES[:3], LINES[5]} & links.clean
    assert len(links.links("page0.html", files["page0.html"])) == 6
