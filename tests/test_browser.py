"""The sample site in a real headless Chromium: accessibility, keyboard, no JavaScript, reflow.

Uses Debian's Chromium (`/usr/bin/chromium`) driven by Playwright, and axe-core as shipped
in the `axe-playwright-python` package.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, sync_playwright

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
    }


@pytest.mark.parametrize("name", ["home", "story", "department", "404"])
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


@pytest.mark.parametrize("name", ["home", "story", "department"])
def test_page_reflows_at_320_pixels_without_sideways_scrolling(browser, server, site, name):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(server + sample_pages(site)[name])
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_printing_shows_where_links_go(browser, server, site):
    page = browser.new_page()
    page.goto(server + sample_pages(site)["story"])
    page.emulate_media(media="print")
    after = page.evaluate(
        "getComputedStyle(document.querySelector('main a[href]'), '::after').content"
    )
    assert "http" in after or "/" in after
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    page.close()
