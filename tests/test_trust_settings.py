"""A trust's own additions to the guard (`ANONYMITY`), checked before anything is built."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.anonymity.engine import check_story
from plugins.anonymity.settings import GuardSettings, guard_settings, read_options
from conftest import run_pelican, ROOT

STORY = "Title: A fresh start\nPseudonyms: Kai\n\n{body}\n"


@pytest.mark.parametrize(("given", "named"), [
    ({"unusual_details": "only female farrier in Hyde"}, "ANONYMITY['unusual_details'] must be a list"),
    ({"smal_places": ["Clun"]}, "ANONYMITY['smal_places'] is not a setting"),
    ({"deny_names": [3]}, "ANONYMITY['deny_names'] must be a list of texts"),
    ({"reference_formats": ["PV-(\\d+"]}, "is not a regular expression"),
    ({"allowlist": 5}, "ANONYMITY['allowlist'] must be the path of a file"),
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
