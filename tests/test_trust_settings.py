"""A trust's own additions to the guard (`ANONYMITY`), checked before anything is built."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.anonymity.engine import check_story
from plugins.anonymity.settings import GuardSettings, guard_settings, read_options
from plugins.anonymity.story_check import check_content
from conftest import copy_content, run_pelican, ROOT

STORY = "Title: A fresh start\nPseudonyms: Kai\n\n{body}\n"


@pytest.mark.parametrize(("given", "named"), [
    ({"unusual_details": "only female farrier in Hyde"}, "ANONYMITY['unusual_details'] must be a list"),
    ({"smal_places": ["Clun"]}, "ANONYMITY['smal_places'] is not a setting"),
    ({"deny_names": [3]}, "ANONYMITY['deny_names'] must be a list of texts"),
    ({"reference_formats": ["PV-(\\d+"]}, "is not a regular expression"),
    ({"allowlist": 5}, "ANONYMITY['allowlist'] must be the path of a file"),
    ({"allow": "0113 496 0000"}, "ANONYMITY['allow'] must be a list"),
])
def test_a_mistake_in_the_setting_is_named(given: dict, named: str) -> None:
    problems = read_options(given)[1]
    assert any(named in problem for problem in problems), problems


def test_the_defaults_have_no_problem() -> None:
    option, problems = read_options(None)
    assert problems == [] and option["consent_required"] == ["case-studies"]


def test_a_build_with_a_mistaken_setting_stops_before_anything_is_built(tmp_path: Path) -> None:
    build = run_pelican(ROOT / "content", tmp_path / "output",
                        "-e", 'ANONYMITY={"unusual_details": "only female farrier in Hyde"}')
    assert build.returncode != 0 and "Traceback" not in build.log
    assert "ANONYMITY['unusual_details'] must be a list of texts" in " ".join(build.log.split())
    assert not (tmp_path / "output" / "index.html").exists()


def test_a_denied_name_is_an_error_in_any_case() -> None:
    settings = guard_settings(read_options({"deny_names": ["Okonkwo"]})[0])
    for body in ("Kai thanked the Okonkwo family.", "kai wrote: okonkwo helped"):
        report = check_story(STORY.format(body=body), settings=settings)
        assert any(f.kind == "person_name" and f.text.lower() == "okonkwo" for f in report.errors), body
    assert not check_story(STORY.format(body="Kai thanked the family."), settings=settings).errors


def test_a_local_reference_format_is_an_error() -> None:
    settings = GuardSettings(reference_formats=(r"\bPV-\d{6}\b",))
    report = check_story(STORY.format(body="Kai's case, pv-204518, was closed."), settings=settings)
    assert [(f.kind, f.text) for f in report.errors] == [("local_reference", "pv-204518")]


OWN_LINE_STORY = """Title: Volunteers wanted for the allotment
Date: 2026-05-02 10:00
Department: unpaid-work
Summary: The allotment team needs volunteer mentors.
Status: published

Could you mentor on Tuesdays? Ring 0113 496 0000 or write to enquiries@penninevale-probation.example.org.
A mentor can also be reached on 0113 496 0999.
"""


def reported_in(folder: Path, overrides: dict | None) -> set[str]:
    report = check_content(folder, overrides)
    return {finding.text for story in report.stories for finding in story.findings}


def test_the_trusts_own_details_are_accepted_in_every_story_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "volunteers.md").write_text(OWN_LINE_STORY, encoding="utf-8")
    own = ["0113 496 0000", "enquiries@penninevale-probation.example.org"]
    assert set(own) <= reported_in(tmp_path, None)
    left = reported_in(tmp_path, {"allow": own})
    assert not set(own) & left
    assert "0113 496 0999" in left  # a number that is not the trust's is still someone's


def test_the_sample_site_accepts_its_own_contact_details(settings: dict) -> None:
    allowed = settings["ANONYMITY"]["allow"]
    contact = settings["CONTACT"]
    assert {contact["phone"], contact["victims_phone"], contact["email"], contact["press_email"]} <= set(allowed)


def test_a_story_giving_the_trusts_own_line_is_published(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    story = OWN_LINE_STORY.replace("A mentor can also be reached on 0113 496 0999.\n", "")
    (content / "news" / "volunteers-wanted.md").write_text(story, encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    page = build.output / "news" / "volunteers-wanted" / "index.html"
    assert "0113 496 0000" in page.read_text(encoding="utf-8")
