"""No script and nothing from another site: raw HTML in a story, a theme or a picture is refused.

A story's HTML is checked against an allow-list that fits Markdown when it is read, and what
is published is cleaned by nh3; templates escape everything else; every page carries a
Content-Security-Policy; and the check of every build refuses what a page would run or fetch.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from conftest import ROOT, Build, copy_content, run_pelican
from test_browser import CHROMIUM, CHROMIUM_FLAGS
from plugins.typography.safe_html import sanitised, unsafe_parts

STORY = """Title: Kai gets back on track
Date: 2026-05-02 10:00
Department: unpaid-work
Tags: employment
Summary: Kai found steady work after a spell of unpaid work in the park.
Pseudonyms: Kai
Consent: CF-2026-0999
Status: published

Kai spent his unpaid work hours restoring benches in a town park.
"""

# Each: where the HTML goes, the HTML, and the advice the author must be given.
PLANTED = {
    "script": ("town park.", "town park.\n\n<script>document.title='owned'</script>", "remove it"),
    "event handler": ("town park.", 'town park. <b onmouseover="alert(1)">Hover</b>', "runs code"),
    "javascript link": ("town park.", "town park. [Click](javascript:alert(1))", "link to a web page"),
    "a video player's iframe": ("town park.", 'town park.\n\n<iframe src="https://player.'
                                "videos.example.org/embed/42\"></iframe>", "link to the video"),
    "video": ("town park.", 'town park.\n\n<video src="https://videos.example.com/a.mp4"></video>',
              "link to the video"),
    "audio": ("town park.", 'town park.\n\n<audio src="https://sounds.example.com/a.mp3"></audio>',
              "link to the video"),
    "object": ("town park.", 'town park.\n\n<object data="https://example.com/x.swf"></object>',
               "instead of embedding"),
    "embed": ("town park.", 'town park.\n\n<embed src="https://example.com/x.swf">', "instead of embedding"),
    "form": ("town park.", 'town park.\n\n<form action="https://example.com/collect"><input name="q">'
             "</form>", "link to the form"),
    "meta refresh": ("town park.", 'town park.\n\n<meta http-equiv="refresh" content="0;url=https://x.example">',
                     "where the page goes"),
    "title": ("Title: Kai gets", 'Title: <b onmouseover="alert(1)">Kai</b> gets', "plain text"),
    "script in the title": ("Title: Kai gets", "Title: <script>alert(1)</script>Kai gets", "plain text"),
}


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Build:
    folder = tmp_path_factory.mktemp("unsafe")
    content = copy_content(folder)
    for number, (old, new, _) in enumerate(PLANTED.values()):
        (content / "case-studies" / f"kai-{number}.md").write_text(STORY.replace(old, new, 1),
                                                                   encoding="utf-8")
    return run_pelican(content, folder / "output")


def test_a_story_with_unsafe_html_stops_the_build(planted: Build) -> None:
    assert planted.returncode != 0 and "Traceback" not in planted.log
    assert (planted.output / "index.html").is_file(), "the rest of the site is still built"


@pytest.mark.parametrize("case", list(PLANTED))
def test_each_case_names_the_story_the_line_and_what_to_do(planted: Build, case: str) -> None:
    number = list(PLANTED).index(case)
    old, new, advice = PLANTED[case]
    written = STORY.replace(old, new, 1).split("\n")
    line = next(index for index, text in enumerate(written, start=1)
                if "<" in text or "javascript:" in text)
    log = " ".join(planted.log.split())
    assert f"case-studies/kai-{number}.md:{line}:1:" in log, case
    assert advice in log.split(f"kai-{number}.md:{line}:1:")[1][:400], case
    assert not (planted.output / "case-studies" / f"kai-{number}").exists()


def test_nothing_of_the_planted_html_is_published(planted: Build) -> None:
    for path in planted.output.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for marker in ("onmouseover", "<script", "javascript:", "<iframe", "/embed/42",
                       "<video", "<audio", "<object", "<embed", "<form", 'http-equiv="refresh"'):
            assert marker not in text, f"{marker} in {path.relative_to(planted.output)}"


def test_the_sanitiser_keeps_what_markdown_makes_and_drops_the_rest() -> None:
    kept = ('<h2 id="x">A</h2>\n<p><em>a</em> <a href="https://example.org" title="t">b</a> '
            '<img alt="c" src="images/c.jpg"></p>\n<table><tr><th style="text-align: left;">d</th>'
            '</tr></table>')
    assert unsafe_parts(kept) == []
    assert sanitised('<p onclick="x()">a<script>b</script></p>') == "<p>a</p>"
    assert sanitised('<img src="https://tracker.example/p.gif" alt="x">') == '<img alt="x">'


def test_an_svg_with_a_script_is_refused_and_never_copied(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "images" / "badge.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
        '<circle r="4" onclick="alert(2)"/></svg>', encoding="utf-8")
    story = content / "case-studies" / "sam-clears-the-towpath.md"
    story.write_text(story.read_text(encoding="utf-8") + "\n![A badge]({static}/images/badge.svg)\n",
                     encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    log = " ".join(build.log.split())
    assert build.returncode != 0
    assert "images/badge.svg:1:1: the SVG holds <script>" in log
    assert not list(build.output.rglob("badge.svg"))


def test_a_theme_that_adds_a_script_or_an_outside_picture_fails_every_build(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(
        "</footer>", '<script src="https://cdn.example.com/a.js"></script>'
        '<img src="https://tracker.example.com/p.gif" alt=""></footer>'), encoding="utf-8")
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f'THEME="{theme}"')
    log = " ".join(build.log.split())
    assert build.returncode != 0
    assert "<script> runs code or embeds another site" in log
    assert "loads https://tracker.example.com/p.gif from another site" in log
    assert list(build.output.iterdir()) == []


def test_an_embedded_youtube_video_is_refused_too(planted: Build, tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "case-studies" / "kai-video.md").write_text(STORY.replace(
        "town park.", 'town park.\n\n<iframe src="https://www.youtube.com/embed/xyz"></iframe>'),
        encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0 and "kai-video.md:12:" in " ".join(build.log.split())
    assert not list(build.output.rglob("kai-video"))


def test_a_tag_that_is_html_is_refused(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "case-studies" / "kai-gets-back-on-track.md").write_text(
        STORY.replace("Tags: employment", "Tags: employment, <img src=x onerror=alert(1)>"),
        encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert "kai-gets-back-on-track.md:4:1: the tag '<img src=x onerror=alert(1)>' holds HTML" in \
        " ".join(build.log.split())


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """A story that writes about HTML: shown as text, never run."""
    folder = tmp_path_factory.mktemp("tagged")
    content = copy_content(folder)
    (content / "case-studies" / "kai-gets-back-on-track.md").write_text(
        STORY.replace("town park.", "town park. He wrote `<b onmouseover=alert(1)>hi</b>` on the "
                      "board, and\n\n    <script>alert(2)</script>\n\nas a joke."), encoding="utf-8")
    build = run_pelican(content, folder / "output")
    assert build.returncode == 0, build.log
    return build


def test_in_chromium_no_page_runs_a_script_or_asks_another_site(tagged: Build) -> None:
    injected = tagged.output / "injected.html"
    page_html = (tagged.output / "case-studies" / "kai-gets-back-on-track" / "index.html").read_text()
    injected.write_text(page_html.replace("</body>", "<script>document.title='ran'</script></body>"),
                        encoding="utf-8")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = chromium.new_page()
        asked: list[str] = []
        dialogs: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).hostname
                   in ("127.0.0.1", None) else route.abort())
        import http.server, functools, threading  # noqa: E401, PLC0415 - a server for this test
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tagged.output))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_port}"
        try:
            for address in ("/case-studies/kai-gets-back-on-track/", "/tags/", "/", "/injected.html"):
                page.goto(base + address)
                page.mouse.move(10, 10)
            title = page.title()
        finally:
            httpd.shutdown()
            chromium.close()
    assert dialogs == []
    assert title != "ran", "the Content-Security-Policy stops an inline script"
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in asked), asked
