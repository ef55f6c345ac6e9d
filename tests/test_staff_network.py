"""The staff network: the probation service's network blocks any page with a link to Facebook,
so no page links to a domain in BLOCKED_LINK_DOMAINS (facebook.com and its subdomains by
default), stories can still be shared by email or by copying their link, and a link to a
blocked domain from anywhere fails the build, naming the file."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, copy_content, run_pelican
from plugins.publisher.blocked_links import blocked_links
from site_reading import html_pages, soup

STORY = "case-studies/sam-clears-the-towpath/"
ADDRESS_ATTRIBUTES = ("href", "src", "action", "formaction", "srcset", "content", "value")


def on(domain: str, address: str) -> bool:
    """True when an address is on `domain` or one of its subdomains."""
    host = (urlsplit(address.strip()).hostname or "").lower()
    return host == domain or host.endswith("." + domain)


def addresses(document: BeautifulSoup) -> list[str]:
    """Every address a page links to, loads, submits to or shows in a meta tag or a box."""
    found = []
    for tag in document.find_all(True):
        for attribute in ADDRESS_ATTRIBUTES:
            value = tag.get(attribute)
            if isinstance(value, str):
                found += [part.split()[0] for part in value.split(",") if part.strip()]
    return found


def links_to(output: Path, domain: str) -> list[tuple[str, str]]:
    """(page, address) of each link or form action to `domain` in the built site's pages."""
    return [(page.relative_to(output).as_posix(), address) for page in html_pages(output)
            for address in addresses(soup(page)) if on(domain, address)]


def share_links(output: Path) -> dict[str, str]:
    nav = soup(output / STORY / "index.html").find("nav", attrs={"aria-labelledby": "share"})
    return {a.get_text(strip=True): a["href"] for a in nav.find_all("a")}


def footer_links(output: Path) -> list[str]:
    return [a["href"] for a in soup(output / "index.html").find("footer").find_all("a")]


def test_no_page_or_feed_links_to_facebook_by_default(site):
    assert len(html_pages(site.output)) > 40
    assert links_to(site.output, "facebook.com") == []
    for feed in sorted((site.output / "feeds").rglob("*.xml")):
        for entry in feedparser.parse(str(feed)).entries:
            content = " ".join(part.value for part in entry.get("content", []))
            entry_links = addresses(BeautifulSoup(content + entry.get("summary", ""), "lxml"))
            assert not [link for link in entry_links if on("facebook.com", link)], feed
    assert not [path for path in site.output.rglob("*") if path.suffix in (".html", ".xml", ".txt")
                and "facebook.com" in path.read_text(encoding="utf-8").lower()]


def test_a_story_can_be_shared_by_email_or_by_copying_its_link(site):
    page = soup(site.page(STORY))
    canonical = page.find("link", rel="canonical")["href"]
    title = page.find("h1").get_text(" ", strip=True).replace("\xa0", " ")
    email = urlsplit(share_links(site.output)["Share by email"])
    fields = parse_qs(email.query)
    assert email.scheme == "mailto" and not email.path
    assert fields["subject"][0].replace("\xa0", " ") == title
    assert fields["body"][0].endswith(canonical)
    box = page.find("input", attrs={"readonly": True})
    label = page.find("label", attrs={"for": box["id"]})
    assert "copy this link" in label.get_text(" ", strip=True).lower()
    assert box["value"] == canonical
    assert not page.find("script")  # copying needs nothing but selecting the text


def test_the_domains_follow_the_setting(tmp_path):
    """With x.com blocked instead, X has no share or footer link and Facebook's come back."""
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", 'BLOCKED_LINK_DOMAINS=["x.com"]')
    assert build.returncode == 0, build.log
    links = share_links(build.output)
    assert "Share on X" not in links and "Share by email" in links
    assert on("facebook.com", links["Share on Facebook"])
    assert any(on("facebook.com", address) for address in footer_links(build.output))
    assert links_to(build.output, "x.com") == []


def test_a_link_to_facebook_in_a_story_fails_the_build_naming_the_file(tmp_path):
    content = copy_content(tmp_path)
    story = content / "case-studies" / "sam-clears-the-towpath.md"
    story.write_text(story.read_text(encoding="utf-8") + "\n\nSee our [page](https://www.facebook.com/"
                     "PennineValeProbation) for photos of the towpath.\n", encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    named = [line for line in build.log.splitlines()
             if f"{STORY}index.html" in line and "facebook.com" in line]
    assert named, build.log
    assert "BLOCKED_LINK_DOMAINS" in build.log
    assert "Traceback" not in build.log


def test_a_setting_that_is_not_a_list_of_domains_stops_the_build_with_a_message(tmp_path):
    for value, message in (('"facebook.com"', "BLOCKED_LINK_DOMAINS must be a list of domains"),
                           ('["https://www.facebook.com/"]', "which is not a domain")):
        build = run_pelican(ROOT / "content", tmp_path / "output", "-e",
                            f"BLOCKED_LINK_DOMAINS={value}")
        assert build.returncode != 0
        assert message in build.log and "pelicanconf.py" in build.log
        assert "Traceback" not in build.log


@pytest.mark.parametrize("text", [
    '<a href="https://m.facebook.com/x">',  # a subdomain
    '<form action="//L.FACEBOOK.COM/l.php">',  # no scheme, capitals
    "&lt;a href=&quot;https://www.facebook.com/x&quot;&gt;",  # a feed's escaped HTML
    '<a href="https&#58;//facebook&#46;com/x">',  # entities
    '<a href="https://x.com/share?url=https%3A%2F%2Ffacebook.com%2Fx">',  # %-escapes
])
def test_the_check_finds_a_blocked_address_however_it_is_written(text):
    found = blocked_links("feeds/all.atom.xml", f"<p>\n{text}\n</p>", ["facebook.com"])
    assert [(link.file, link.line, link.domain) for link in found] == [
        ("feeds/all.atom.xml", 2, "facebook.com")]
    assert "BLOCKED_LINK_DOMAINS" in found[0].message


@pytest.mark.parametrize("text", ["notfacebook.com", "https://facebook.com.example.org/",
                                  "Find us on Facebook", "mailto:?body=a%20facebook%20page"])
def test_the_check_leaves_other_domains_and_words_alone(text):
    assert blocked_links("index.html", text, ["facebook.com"]) == []
