"""The sample site in a real headless Chromium: accessibility, keyboard, no JavaScript, reflow.

Uses Debian's Chromium (`/usr/bin/chromium`) driven by Playwright, and axe-core as shipped
in the `axe-playwright-python` package.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python
import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, sync_playwright

from conftest import Build, copy_content, run_pelican
from site_reading import PUBLIC

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def sample_pages(site) -> dict[str, str]:
    story = next((site.output / "case-studies").glob("*/index.html")).parent.name
    department = next((site.output / "departments").glob("*/index.html")).parent.name
    return {
        "home": "/",
        "story": f"/case-studies/{story}/",
        "department": f"/departments/{department}/",
        "404": "/404.html",
        "contact": "/contact/",
        "accessibility": "/accessibility/",
        "privacy": "/privacy/",
    }


@pytest.mark.parametrize("name", ["home", "story", "department", "404", "contact", "accessibility",
                                  "privacy"])
def test_page_has_no_wcag_22_aa_violations(browser, server, site, name):
    # The pages forbid scripts (Content-Security-Policy); axe is the test's own, let in.
    page = browser.new_context(bypass_csp=True).new_page()
    page.goto(server + sample_pages(site)[name])
    page.add_script_tag(content=AXE)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_AA
    )
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert violations == []
    assert len(result["passes"]) > 10  # axe really ran
    page.close()


@pytest.mark.parametrize("name", ["home", "story"])
def test_first_tab_lands_on_the_skip_link(browser, server, site, name):
    page = browser.new_page()
    page.goto(server + sample_pages(site)[name])
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.getAttribute('href')]")
    assert focused == ["A", "#main"]
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.close()


@pytest.mark.parametrize("name", ["home", "story", "department", "404"])
def test_page_works_with_javascript_disabled(browser, server, site, name):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    response = page.goto(server + sample_pages(site)[name])
    assert response.ok
    assert page.locator("h1").inner_text().strip()
    assert page.locator("main").inner_text().strip()
    home_link = page.locator("header a[href]").first
    home_link.click()
    assert page.locator("h1").count() == 1
    context.close()


@pytest.mark.parametrize("name", ["home", "story", "department", "contact", "accessibility",
                                  "privacy"])
def test_page_reflows_at_320_pixels_without_sideways_scrolling(browser, server, site, name):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(server + sample_pages(site)[name])
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


@pytest.mark.parametrize("name", ["story", "department"])
def test_the_current_section_is_marked_so_it_can_be_seen(browser, server, site, name):
    page = browser.new_page()
    page.goto(server + sample_pages(site)[name])
    style = "a => [getComputedStyle(a).textDecorationLine, getComputedStyle(a).boxShadow]"
    current = page.locator("nav[aria-label='Main'] a[aria-current]")
    assert current.count() == 1
    others = page.locator("nav[aria-label='Main'] a:not([aria-current])")
    assert current.evaluate(style) != others.first.evaluate(style)
    assert "underline" in current.evaluate(style)[0]
    page.close()


ELSEWHERE = "https://www.citizensadvice.org.uk/debt-and-money/"


@pytest.fixture(scope="module")
def long_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 700-word story with its photo, a link to another site and one to this site, built."""
    folder = tmp_path_factory.mktemp("long")
    content = copy_content(folder)
    source = content / "case-studies" / "dean-finds-his-feet-on-the-allotment.md"
    header, body = source.read_text(encoding="utf-8").split("\n\n", 1)
    paragraphs = [p for p in body.split("\n\n") if p[:1].isalpha()]
    links = (f"Dean found [advice on money]({ELSEWHERE}) and read "
             f"[how probation works]({PUBLIC}/about/) and [other stories]({{filename}}sam-clears-the-towpath.md).")
    story = [body.strip(), links]
    while len(" ".join(story).split()) < 700:
        story.append(paragraphs[len(story) % len(paragraphs)])
    source.write_text(header + "\n\n" + "\n\n".join(story) + "\n", encoding="utf-8")
    build: Build = run_pelican(content, folder / "output")
    assert build.returncode == 0, build.log
    page = build.page(f"case-studies/{source.stem}/")
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").article
    assert 700 <= len(" ".join(p.get_text() for p in article.find_all("p")).split()) <= 800
    return page


def printed_address(page, selector: str) -> str:
    """What a link prints after its text (CSS `::after`): "none" when nothing."""
    return page.evaluate(
        "s => getComputedStyle(document.querySelector(s), '::after').content", selector)


def test_printing_shows_where_links_to_other_sites_go_and_no_more(browser, long_story):
    page = browser.new_page()
    page.goto(long_story.as_uri())
    page.emulate_media(media="print")
    assert ELSEWHERE in printed_address(page, f'main a[href="{ELSEWHERE}"]')
    assert printed_address(page, f'main a[href="{PUBLIC}/about/"]') in ("none", "normal")
    relative = page.locator("main a[href^='.']")
    assert relative.count() >= 2
    for index in range(relative.count()):
        address = relative.nth(index).evaluate("a => getComputedStyle(a, '::after').content")
        assert address in ("none", "normal")
    for hidden in ("nav", "footer", ".follow"):
        assert page.evaluate(f"getComputedStyle(document.querySelector('{hidden}')).display") == "none"
    page.close()


def test_a_700_word_story_prints_on_two_a4_pages_at_most(browser, long_story):
    page = browser.new_page()
    page.goto(long_story.as_uri())
    pdf = page.pdf(format="A4")
    page.close()
    # Each page of the PDF is one object of type /Page (the page tree is /Pages).
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))
    assert 1 <= pages <= 2
