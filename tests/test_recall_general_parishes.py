"""A parish named by a rite someone had there ("made her Communion in May at the Sacred Heart",
"christened at St Bride's", "married at Ebenezer"): one congregation, and the family in it.
A town, a month or a brand after the same words is no parish.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_covers, errors


@pytest.mark.parametrize(("body", "place"), [
    ("My wee girl made her Communion in May at the Sacred Heart and I was let sit at the back.", "Sacred Heart"),
    ("[18:02] Maura: the baby's being christened at St Bride's on Sunday, he wants to go", "St Bride's"),
    ("| Family | sister married at Ebenezer last year | contact ok |", "Ebenezer"),
])
def test_a_parish_named_by_a_rite_is_where_a_family_is_found(body: str, place: str) -> None:
    assert address_covers(body, place)


@pytest.mark.parametrize("body", [
    "They got married in Leeds in 2010 and split up in 2015.",
    "[18:02] Maura: he was confirmed in March, bless him",
    "| Family | christened in Poland, moved here aged 3 | |",
])
def test_a_town_a_month_or_a_country_is_no_parish(body: str) -> None:
    assert errors(body, "address") == []
