"""Issue 12, a general round for record numbers: a number in any form after a cue is reported as
the kind of record its cue names ("prison number MG-26-00913" is a prison number, not a case
reference), whatever its shape.
"""

from __future__ import annotations

import pytest

from guard_sentences import findings


def kinds(body: str, value: str) -> set[str]:
    return {f.kind for f in findings(body) if f.severity == "error" and value in f.text}


@pytest.mark.parametrize(("body", "value", "kind"), [
    ("Your licence says your prison number, MG-26-00913, and where to report.", "MG-26-00913", "prison_number"),
    ("His prisoner no. was HY/2291/44 at the time.", "HY/2291/44", "prison_number"),
    ("Her passport number is PL-44-19922, she read it out.", "PL-44-19922", "passport"),
    ("NHS no: 44-1902-77X, on the discharge letter", "44-1902-77X", "nhs_number"),
    ("Her case number is 2291/44/0617 at the magistrates.", "2291/44/0617", "court_case_number"),
])
def test_a_record_number_in_any_form_has_the_kind_its_cue_names(body: str, value: str, kind: str) -> None:
    assert kind in kinds(body, value)
