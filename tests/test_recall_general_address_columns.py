"""A name alone in a table's column headed "Address", "Area", "Estate", "Lives"... ("| Dean |
Nunsthorpe | 40 |" under "Area"): the header says what the cell is, the home of the person on its
row. A big town, an abbreviation ("NFA"), a day or a column about something else (a Payback
project's site) is no home.

Our own tables, in the genres staff write (spreadsheets, referral forms, minutes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("| Name | Area | Hours |\n|---|---|---|\n| Dean | Nunsthorpe | 40 |", "Nunsthorpe"),
    ("Referral form\n\n| Field | Address |\n| --- | --- |\n| Client | the Willows estate (with nan) |",
     "Willows estate"),
    ("Minutes, item 3:\n\n| Case | Lives in | Risk |\n|:---|:---|:---|\n| K.W. | Scartho | medium |", "Scartho"),
])
def test_a_name_in_an_address_column_is_a_home(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "| Name | Area | Hours |\n|---|---|---|\n| Jade | Leeds | 20 |\n| Sam | NFA | 5 |\n| Amy | Monday | 5 |",
    "| Name | Project | Hours |\n|---|---|---|\n| Dean | Alexandra Park | 40 |",
])
def test_a_town_an_abbreviation_or_another_column_is_no_home(body: str) -> None:
    assert errors(body, "address") == []
