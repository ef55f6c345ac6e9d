"""The anonymity guard against labelled stories: the trust's corpus and our own harder cases.

tests/corpus is the labelled corpus from the brief; tests/anonymity_cases are stories written
for this project with other names, backgrounds and prose, so that tuning to the corpus shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.evaluation import Score, load_labels, score
from plugins.anonymity.story_check import check_content

TESTS = Path(__file__).resolve().parent
STRUCTURED = ("address", "court_case_number", "crn", "cro_number", "date_of_birth", "driving_licence",
              "email", "nhs_number", "ni_number", "passport", "phone", "pnc_id", "postcode",
              "prison_number", "social_handle", "vehicle_reg")


def scored(folder: Path) -> Score:
    """Scored as users run the guard (`invoke check`, the build): text, file names, images and
    consent, with the folder's allow-list."""
    report = check_content(folder, None, folder / "allowlist.txt")
    report.stories = [story for story in report.stories if story.path != "README.md"]
    return score(report, load_labels(folder / "labels.json", folder))


@pytest.fixture(scope="module", params=["corpus", "anonymity_cases"])
def result(request) -> Score:
    return scored(TESTS / request.param)


def test_every_structured_identifier_is_found(result):
    missed = [(label.file, label.line, label.text) for label in result.missed if label.kind in STRUCTURED]
    assert missed == []
    assert all(result.recall(kind) == 1.0 for kind in STRUCTURED)


def test_at_least_95_percent_of_person_names_are_found(result):
    assert result.recall("person_name") >= 0.95, result.missed


def test_no_more_than_one_decoy_in_twenty_is_an_error(result):
    assert result.decoy_error_rate <= 0.05, result.decoys_flagged


def test_errors_that_overlap_no_planted_identifier_are_rare(result):
    errors = sum(result.flags.values())
    assert len(result.false_positives) <= max(1, errors // 20), result.false_positives
