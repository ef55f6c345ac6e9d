"""A consenting member of staff's work email is their name at work; the same name at a mail
provider, or anyone else's address at work, is still a private contact detail.

Three genres each side: a pasted email chain's header, a team profile's contact line, and a
signature block in case notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from conftest import copy_content, run_pelican
from guard_sentences import errors, story
from plugins.anonymity import Allowlist
from plugins.anonymity.story_check import check_content

STAFF = Allowlist(("Pennine Vale Probation", "Rachel Hirst", "Imran Sidat", "Tomasz Nowicki"))

WORK = [
    "**From:** Rachel Hirst <rachel.hirst@penninevale-probation.example.org>\n**Sent:** Monday",
    "Want to volunteer? Imran Sidat runs the scheme: write to imran.sidat@penninevale.example.org.",
    "Seen at home, all well.\nT. Nowicki, Probation Officer | t.nowicki@pvp.example.org | ext 2231",
    "Cc: RHirst@penninevale-probation.example.org; Imran_Sidat@partners.example.net",
]
PRIVATE = [
    ("**From:** Rachel Hirst <rachel.hirst@gmail.com>", "rachel.hirst@gmail.com"),
    ("Imran Sidat said his cousin is on imran.sidat@hotmail.co.uk if we need him.", "imran.sidat@hotmail.co.uk"),
    ("Signed off by Tomasz Nowicki.\nVictim's email: dawn.mercer@penninevale.example.org", "dawn.mercer@penninevale.example.org"),
    ("Rachel Hirst forwarded it from rachel.hirst.home@penninevale.example.org", "rachel.hirst.home@penninevale.example.org"),
]


@pytest.mark.parametrize("body", WORK)
def test_a_listed_staff_members_address_at_work_is_not_a_private_one(body: str) -> None:
    assert errors(body, "email", STAFF) == []


@pytest.mark.parametrize(("body", "address"), PRIVATE)
def test_a_private_address_or_someone_elses_is_still_found(body: str, address: str) -> None:
    assert address in errors(body, "email", STAFF)


def test_the_check_staff_run_accepts_the_work_address_and_blocks_the_private_one(tmp_path: Path) -> None:
    (tmp_path / "allowlist.txt").write_text("Rachel Hirst\n", encoding="utf-8")
    (tmp_path / "chain.md").write_text(story(
        "**From:** Rachel Hirst <rachel.hirst@penninevale-probation.example.org>\n\n"
        "Forwarding as asked. Her own address for the form is rachel.hirst@gmail.com."), encoding="utf-8")
    report = check_content(tmp_path, None, tmp_path / "allowlist.txt")
    found = [f.text for s in report.stories for f in s.findings if f.kind == "email"]
    assert found == ["rachel.hirst@gmail.com"]


def test_a_published_story_giving_a_staff_members_work_email_is_built(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    with (content / "allowlist.txt").open("a", encoding="utf-8") as listed:
        listed.write("\nRachel Hirst\n")
    (content / "news" / "mentors-wanted.md").write_text(
        "Title: Mentors wanted for the allotment\nDate: 2026-05-02 10:00\nDepartment: unpaid-work\n"
        "Summary: The allotment team needs volunteer mentors.\nStatus: published\n\n"
        "Rachel Hirst leads the allotment team. To volunteer, write to "
        "rachel.hirst@penninevale-probation.example.org.\n", encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    page = html.parse(str(build.output / "news" / "mentors-wanted" / "index.html"))
    assert "rachel.hirst@penninevale-probation.example.org" in page.getroot().text_content()
