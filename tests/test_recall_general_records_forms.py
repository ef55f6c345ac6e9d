"""Record numbers in forms their cues did not reach: a police log number with its day after a
dash, a comma, "dated" or a space ("log 0412 - 03/04/24", "CAD 4411 dated 3/4"), and bank details
after the shorthand "s/c" and "a/c", a plate after "personalised" or "cherished", and a prison number after "HMP number" or "prison
no." in any spacing. Incidents counted one by one stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "value"), [
    ("Police log 1234 03/04/24 records the call from the neighbour.", "1234"),
    ("| Date | Ref |\n|---|---|\n| 3 April | CAD 4411 dated 3/4 |", "4411"),
    ("Incident: 0412 - 12/03/2024 (DV, no arrest)", "0412"),
    ("[09:12] DS Hale: log no. 0877, 21/11 - can u chase", "0877"),
    ("Payee: s/c 20-00-00 a/c 12345678", "12345678"),
    ("Paid into her a/c 31926819 on Friday.", "31926819"),
    ("HMP number - A 1234 BC (Leeds)", "A 1234 BC"),
    ("Prison no. a 1234 bc, wing C", "a 1234 bc"),
    ("He had a personalised plate B16 DAZ put on the Audi.", "B16 DAZ"),
    ("| Vehicle | Notes |\n|---|---|\n| Audi A3 | cherished reg K1 LEM |", "K1 LEM"),
])
def test_a_record_number_in_a_new_form_is_found(body: str, value: str) -> None:
    assert any(value in found for found in errors(body))


@pytest.mark.parametrize("body", [
    "Incident 1 - 03/04/24: threw a cup. Incident 2, 05/04/24: left the flat.",
    "The a/c unit was fixed on 03/04/24 after 3 visits.",
    "She wanted a personalised plate for her 40th; the private number is on file.",
    "HMP number 2 wing was full.",
])
def test_counted_incidents_stay_clean(body: str) -> None:
    assert errors(body) == []
