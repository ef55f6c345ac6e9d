"""A church school or a parish named by its dedication alone, after a child: "her son Tanvir, who
is at Stepney All Saints", "picks the girls up from Holy Family", "both kids go to Sacred Heart".
A third of primary schools are church schools, and their names seldom carry "School"; a
cathedral, a ground, a hospital, a station or a place named for a big town stays clean.

Our own sentences, in the genres staff write (case studies, chats, notes and tables, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("Her son Aaron, who is at Kirkby St Chad's, helps on the stall on Saturdays.", "Kirkby St Chad's"),
    ("[15:02] Jo: can u pick the girls up from Holy Family at 3, im stuck in court", "Holy Family"),
    ("| Children | both kids go to Sacred Heart, Year 2 and Year 4 |", "Sacred Heart"),
    ("\"My daughter's at Blessed Hugh now and she loves it,\" she said.", "Blessed Hugh"),
])
def test_a_childs_church_school_by_its_dedication_is_where_they_are(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "Her kids went to St James's Park for the derby.",
    "Her daughter is at St Thomas' Hospital for tests.",
    "[15:02] Jo: her daughter is at Kings Cross station, on her way",
    "Her son went to Christ Church Oxford to read law.",
    "Her son is at St Helens now with his dad.",
])
def test_a_cathedral_a_ground_a_hospital_or_a_big_towns_place_stays_clean(body: str) -> None:
    assert errors(body, "address") == []
