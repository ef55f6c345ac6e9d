"""A criminal case is named for its defendant, the Crown against them ("R v Okonkwo", "R. v.
Kowalczyk"): the words after "R v" are a person's name even when no list knows them, in a court
list, case notes or a story. A company prosecuted ("R v Tesco Stores Ltd") is not a person.

The sentences are our own.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "name"), [
    # case study prose
    ("When R v Okonkwo was finally listed, he had waited eleven months.", "Okonkwo"),
    # a court list
    ("| 10:00 | R v Zbyszko Nowak | sentence |", "Zbyszko Nowak"),
    # case notes
    ("- R. v. Kowalczyk adjourned to 3 March for reports.", "Kowalczyk"),
])
def test_the_defendant_of_a_case_name_is_flagged(body: str, name: str) -> None:
    assert name in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "In R v Tesco Stores Ltd the fine ran to millions.",
    "Plan B v Plan A was the whole debate at the meeting.",
])
def test_a_company_case_and_other_versus_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []


def test_a_reported_case_with_its_citation_stays_clean() -> None:
    assert errors("The leading appeal is R v Thompson [2019] EWCA Crim 1712.", "person_name") == []
