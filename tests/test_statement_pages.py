"""The help and information pages: contact and help, the accessibility statement and the
privacy notice, made from settings (CONTACT, ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE,
PARENT_ORGANISATION in pelicanconf.py) and linked from the footer of every page."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, run_pelican
from site_reading import html_pages, soup, target_file

PAGES = {
    "contact/": "Contact us and get help",
    "accessibility/": "Accessibility statement for Pennine Vale Probation",
    "privacy/": "Privacy notice",
}


def text(document: BeautifulSoup) -> str:
    """The visible text of a page's main part, with single spaces."""
    return " ".join(document.find("main").get_text(" ").replace("\xa0", " ").split())


def section(document: BeautifulSoup, heading_id: str) -> str:
    """The text under a heading, up to the next heading of the same level or higher."""
    heading = document.find(id=heading_id)
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h1", "h2") or (heading.name == "h3" and sibling.name == "h3"):
            break
        parts.append(sibling.get_text(" "))
    return " ".join(" ".join(parts).split())


def mail_links(document: BeautifulSoup) -> set[str]:
    return {a["href"] for a in document.find_all("a", href=lambda h: h and h.startswith("mailto:"))}


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_built_and_linked_from_every_pages_footer(site, path):
    page = site.page(path)
    assert soup(page).find("h1").get_text(strip=True) == PAGES[path]
    pages = html_pages(site.output)
    assert len(pages) > 40
    for built in pages:
        footer = soup(built).find("footer")
        targets = {target_file(site.output, built, a["href"]) for a in footer.find_all("a")}
        assert page in targets, f"{built.relative_to(site.output)} has no footer link to {path}"


def test_the_contact_page_routes_victims_people_on_probation_and_journalists(site, settings):
    contact = settings["CONTACT"]
    page = soup(site.page("contact/"))
    victims = section(page, "victims")
    assert contact["victims_phone"] in victims and "Victims Liaison Team" in victims
    assert "Victim Support" in victims and "08 08 16 89 111" in victims
    assert "probation practitioner" in section(page, "on-probation")
    assert contact["phone"] in section(page, "on-probation")
    press = section(page, "journalists")
    assert "press office" in press and contact["press_phone"] in press
    assert contact["press_email"] in press
    everyone = section(page, "everyone")
    assert contact["phone"] in everyone and contact["address"] in everyone
    assert {f"mailto:{contact[key]}" for key in ("email", "victims_email", "press_email")} \
        <= mail_links(page)
    parent = settings["PARENT_ORGANISATION"]
    assert page.find("main").find("a", href=parent["url"]).get_text() == parent["name"]
    assert "999" in text(page)


def test_the_footer_names_the_parent_organisation(site, settings):
    parent = settings["PARENT_ORGANISATION"]
    for path in ("", "contact/", "404.html", "case-studies/sam-clears-the-towpath/"):
        footer = soup(site.page(path)).find("footer")
        assert footer.find("a", href=parent["url"]).get_text() == parent["name"]


def test_the_accessibility_statement_has_the_model_statements_headings_and_settings(site, settings):
    statement = settings["ACCESSIBILITY_STATEMENT"]
    page = soup(site.page("accessibility/"))
    headings = [h.get_text(" ", strip=True).replace("’", "'") for h in page.find_all(["h2", "h3"])]
    assert headings == [
        "How accessible this website is", "Feedback and contact information",
        "Reporting accessibility problems with this website", "Enforcement procedure",
        "Technical information about this website's accessibility", "Compliance status",
        "Non-accessible content", "Preparation of this accessibility statement",
    ]
    assert f"mailto:{statement['email']}" in mail_links(page)
    assert statement["phone"] in section(page, "feedback")
    assert "fully compliant with the Web Content Accessibility Guidelines version 2.2 AA" \
        in section(page, "compliance")
    enforcement = section(page, "enforcement")
    assert "Equality and Human Rights Commission (EHRC)" in enforcement
    assert "Equality Commission for Northern Ireland (ECNI)" in enforcement
    preparation = section(page, "preparation")
    tested = statement["tested"]
    assert f"last tested on {tested.day} {tested.strftime('%B %Y')}" in preparation
    assert page.find("time", datetime=tested.isoformat())
    assert statement["tested_by"] in preparation and statement["test_method"] in preparation


def test_the_privacy_notice_says_what_is_not_collected_and_how_long_logs_are_kept(site, settings):
    notice = settings["PRIVACY_NOTICE"]
    page = soup(site.page("privacy/"))
    assert "It sets no cookies." in section(page, "not-collected")
    logs = section(page, "logs")
    assert "IP address" in logs
    assert f"We keep them for {notice['log_retention_days']} days" in logs
    assert notice["lawful_basis"] in logs
    assert f"{notice['controller']} is the data controller" in text(page)
    assert f"mailto:{notice['data_protection_email']}" in mail_links(page)


def test_the_pages_follow_their_settings(tmp_path, settings):
    """A statement that is partly compliant lists its problems; another retention period and
    test date show as set (dates may be written as text, 2026-12-01)."""
    statement = {**settings["ACCESSIBILITY_STATEMENT"], "compliance": "partial",
                 "problems": ["Some older share images have no text alternative."],
                 "tested": "2026-12-01", "prepared": "2026-12-01", "reviewed": "2026-12-01"}
    notice = {**settings["PRIVACY_NOTICE"], "log_retention_days": 14, "updated": "2026-12-01"}
    build = run_pelican(ROOT / "content", tmp_path / "output",
                        "-e", f"ACCESSIBILITY_STATEMENT={json.dumps(statement)}",
                        f"PRIVACY_NOTICE={json.dumps(notice)}")
    assert build.returncode == 0, build.log
    accessibility = soup(build.page("accessibility/"))
    assert "partially compliant" in section(accessibility, "compliance")
    assert "Some older share images have no text alternative." in section(accessibility, "non-accessible")
    assert "last tested on 1 December 2026" in section(accessibility, "preparation")
    assert "We keep them for 14 days" in section(soup(build.page("privacy/")), "logs")
