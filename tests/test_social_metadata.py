"""Share metadata as a link-preview client reads it, and the plain share links on story pages.

`linkpreview` fetches each page from a local web server serving the built site (as a
network's preview bot fetches it from the live one) and reads it with its Open Graph,
X card and generic readers; BeautifulSoup reads what it does not (image alt, sizes, dates).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from linkpreview import link_preview
from PIL import Image

from site_reading import PUBLIC, soup

PAGES = {
    # served path: (og:type, what the page shares)
    "case-studies/dean-finds-his-feet-on-the-allotment/": "article",
    "case-studies/sam-clears-the-towpath/": "article",
    "department-profiles/unpaid-work/": "article",
    "news/jobs-fair-at-hmp-new-hall/": "article",
    "": "website",
    "case-studies/": "website",
    "departments/": "website",
    "departments/court-team/": "website",
    "tags/": "website",
    "archive/": "website",
    "about/": "website",
    "contact/": "website",
    "accessibility/": "website",
    "privacy/": "website",
}


@pytest.fixture(scope="module")
def previews(server) -> dict[str, tuple[object, BeautifulSoup]]:
    """Each page as the preview client fetched it, and the HTML it fetched."""
    fetched = {}
    for path in PAGES:
        preview = link_preview(f"{server}/{path}")
        fetched[path] = (preview, BeautifulSoup(preview.link.content, "lxml"))
    return fetched


def meta(document: BeautifulSoup, name: str) -> str | None:
    tag = (document.find("meta", attrs={"property": name})
           or document.find("meta", attrs={"name": name}))
    return tag["content"] if tag else None


@pytest.mark.parametrize("path", PAGES)
def test_preview_shows_title_description_absolute_image_and_alt(previews, site, path):
    preview, document = previews[path]
    assert preview.opengraph.title and preview.opengraph.title == preview.title
    assert preview.title in document.title.get_text()
    assert preview.description and len(preview.description) <= 300
    assert preview.site_name == "Pennine Vale Probation"
    assert preview.absolute_image == preview.opengraph.image
    assert preview.absolute_image.startswith(PUBLIC + "/")
    image = site.output / preview.absolute_image[len(PUBLIC) + 1:]
    with Image.open(image) as opened:
        assert opened.size == (int(meta(document, "og:image:width")),
                               int(meta(document, "og:image:height")))
    assert meta(document, "og:image:type") == f"image/{opened.format.lower()}"
    assert len(meta(document, "og:image:alt")) > 20
    assert meta(document, "twitter:image:alt") == meta(document, "og:image:alt")


@pytest.mark.parametrize("path", PAGES)
def test_og_url_is_the_canonical_absolute_address(previews, path):
    _, document = previews[path]
    canonical = document.find("link", rel="canonical")["href"]
    assert canonical == f"{PUBLIC}/{path}"
    assert meta(document, "og:url") == canonical
    assert meta(document, "og:type") == PAGES[path]
    assert meta(document, "og:locale") == "en_GB"
    assert meta(document, "og:site_name") == "Pennine Vale Probation"
    assert meta(document, "twitter:card") == "summary_large_image"
    assert meta(document, "twitter:site") == "@PVProbation"


def test_a_story_preview_has_its_own_title_summary_card_and_dates(previews):
    preview, document = previews["case-studies/dean-finds-his-feet-on-the-allotment/"]
    assert preview.title.replace("\xa0", " ") == "Dean finds his feet on the allotment"
    assert preview.description.startswith("Sentenced to unpaid work for theft, Dean")
    assert "Raised vegetable beds" in meta(document, "og:image:alt")
    assert "Dean finds his feet" in meta(document, "og:image:alt")
    assert meta(document, "article:published_time") == "2026-03-14T10:00:00+00:00"
    assert meta(document, "article:modified_time")
    assert meta(document, "article:section") == "Case studies"


def test_a_department_page_shares_its_profile_card_and_index_pages_the_site_card(previews):
    profile = meta(previews["department-profiles/unpaid-work/"][1], "og:image")
    department = meta(previews["departments/court-team/"][1], "og:image")
    assert department.startswith(f"{PUBLIC}/department-profiles/court-team/share-")
    index_pages = ("", "tags/", "archive/", "about/")
    site_cards = {meta(previews[path][1], "og:image") for path in index_pages}
    assert len(site_cards) == 1 and profile not in site_cards


def test_the_404_page_has_no_share_metadata(site):
    assert soup(site.page("404.html")).find("meta", property="og:url") is None


def test_story_pages_have_plain_share_links_to_the_canonical_address(site):
    page = site.page("case-studies/sam-clears-the-towpath/")
    document = soup(page)
    canonical = document.find("link", rel="canonical")["href"]
    nav = document.find("nav", attrs={"aria-labelledby": "share"})
    links = {a.get_text(strip=True): a["href"] for a in nav.find_all("a")}
    # No Facebook: BLOCKED_LINK_DOMAINS (tests/test_staff_network.py).
    assert list(links) == ["Share on X", "Share on Bluesky", "Share on LinkedIn", "Share by email"]
    x = urlsplit(links["Share on X"])
    assert (x.netloc, parse_qs(x.query)["url"]) == ("x.com", [canonical])
    assert parse_qs(x.query)["hashtags"] == ["ProbationChangesLives"]
    assert canonical in parse_qs(urlsplit(links["Share on Bluesky"]).query)["text"][0]
    assert parse_qs(urlsplit(links["Share on LinkedIn"]).query)["url"] == [canonical]
    email = urlsplit(links["Share by email"])
    assert email.scheme == "mailto" and canonical in parse_qs(email.query)["body"][0]
    # Plain links: nothing from those sites is loaded, no script, no frame.
    assert not document.find(["script", "iframe", "object", "embed"])
    assert not document.find("img", src=lambda src: src and "://" in src)
