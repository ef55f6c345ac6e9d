"""Pictures a phone downloads: the smallest copy its screen needs, in WebP.

The sample site in Debian's Chromium (Playwright) at 390 x 844 CSS pixels, 2 device pixels a
CSS pixel, as docs/site-figures.md measures it: the home page's featured stories show their
share cards' WebP copies, not the 1,200-pixel PNGs, and a photo in a story's text is offered
as the copies published beside it, not only as the full JPEG.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from PIL import Image
from playwright.sync_api import Browser, sync_playwright

from conftest import Build, copy_content, run_pelican

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2}
STORY = "case-studies/sam-clears-the-towpath/"  # its photo is in its text, not its Image:
FEATURED_WITH_PHOTO = "case-studies/aaron-turns-away-from-easy-money.md"  # on the home page
HOME_IMAGES_LIMIT = 40_000  # bytes; 72,037 when the cards were shown as full PNGs


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def images_fetched(browser: Browser, address: str) -> dict[str, int]:
    """The images a phone fetches to show the page at `address` to its end: {path: bytes}."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    fetched = []
    page.on("requestfinished", lambda request: fetched.append(request))
    page.goto(address, wait_until="networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # lazy pictures too
    page.wait_for_load_state("networkidle")
    images = {unquote(urlsplit(request.url).path): len(request.response().body())
              for request in fetched if request.resource_type == "image"}
    context.close()
    return images


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def candidates(srcset: str) -> list[tuple[str, int]]:
    """(address, width) of each candidate of a srcset."""
    pairs = [candidate.split() for candidate in srcset.split(",")]
    return [(address, int(width.rstrip("w"))) for address, width in pairs]


def test_the_home_page_s_pictures_are_light_on_a_phone_and_all_published(browser, server, site):
    images = images_fetched(browser, server + "/")
    cards = [path for path in images if "/share-" in path]
    assert len(cards) >= 3, f"the featured stories' pictures: {sorted(images)}"
    assert all(path.endswith(".webp") for path in cards), sorted(images)
    assert sum(images.values()) < HOME_IMAGES_LIMIT, images
    assert [path for path in images if not (site.output / path.lstrip("/")).is_file()] == []


def test_a_photo_in_a_story_s_text_is_fetched_as_a_webp_copy(browser, server, site):
    images = images_fetched(browser, f"{server}/{STORY}")
    photos = [path for path in images if "/images/towpath" in path]
    assert photos == ["/images/towpath-800.webp"], sorted(images)
    assert [path for path in images if not (site.output / path.lstrip("/")).is_file()] == []


def test_a_share_card_s_copies_are_small_webp_files_with_no_metadata(site):
    home = site.page("index.html")
    sources = soup(home).select("main .cards picture source[type='image/webp']")
    assert len(sources) >= 3
    for source in sources:
        for address, width in candidates(source["srcset"]):
            with Image.open(home.parent / address) as copy:
                assert copy.format == "WEBP" and copy.width == width, address
                assert copy.info.keys() <= {"loop", "background", "duration", "timestamp"}, \
                    (address, copy.info.keys())
                assert not copy.getexif(), address


@pytest.fixture(scope="module")
def absolute(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The sample site with addresses from SITEURL, as publishconf.py builds it, and a photo
    (`Image:`) for one of the featured stories."""
    folder = tmp_path_factory.mktemp("absolute")
    content = copy_content(folder)
    story = content / FEATURED_WITH_PHOTO
    story.write_text(story.read_text(encoding="utf-8").replace(
        "\nStatus:", "\nImage: images/workshop.jpg\nImage-alt: A workbench\nStatus:", 1),
        encoding="utf-8")
    build = run_pelican(content, folder / "output", "-e", "RELATIVE_URLS=false")
    assert build.returncode == 0, build.log
    return build


def published_file(build: Build, page: Path, address: str, base: str | None) -> Path:
    """The file an address on `page` names: from SITEURL (`base`), else from the page."""
    if base:
        assert address.startswith(base), address
        return build.output / unquote(address.removeprefix(base))
    return page.parent / unquote(address)


def test_a_featured_story_s_photo_is_offered_in_webp_on_the_home_page(absolute, settings):
    home = absolute.page("index.html")
    pictures = [item.picture for item in soup(home).select("main .cards li")
                if item.find("a", href=lambda href: "aaron-turns-away" in href)]
    assert len(pictures) == 1 and pictures[0] is not None
    webp = candidates(pictures[0].find("source", type="image/webp")["srcset"])
    assert [address.rsplit("/", 1)[1] for address, _ in webp] == [
        "workshop-480.webp", "workshop-800.webp", "workshop-1200.webp"]
    for address, _ in webp + candidates(pictures[0].img["srcset"]):
        assert published_file(absolute, home, address, settings["SITEURL"] + "/").is_file()


def test_a_photo_in_a_story_s_text_offers_its_copies_with_relative_or_absolute_addresses(
        site, absolute, settings):
    for build, base in ((site, None), (absolute, settings["SITEURL"] + "/")):
        page = build.page(STORY)
        picture = soup(page).select_one("main p > picture")
        assert picture is not None, "the photo in the text is a <picture>"
        webp = candidates(picture.find("source", type="image/webp")["srcset"])
        jpeg = candidates(picture.img["srcset"])
        assert [width for _, width in webp] == [480, 800, 1200]
        assert jpeg[-1][0] == picture.img["src"], "the largest JPEG is the photo itself"
        for address, _ in webp + jpeg:
            assert published_file(build, page, address, base).is_file(), address
