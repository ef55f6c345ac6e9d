"""The street of a faith's one place in a town, in lower case ("found his way back through the
gurdwara on East Park Road", "the mosque off Derby Road"): in most towns a minority faith has one
such place, and who goes there is known to everyone in it. A church or chapel on a street is a
landmark (a Payback site, a polling station), and so is a mosque in a big public building.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "street"), [
    ("Summary: how Harjit came back through the gurdwara on Tennyson Street and a job in the kitchen.",
     "Tennyson Street"),
    ("[19:02] Imran: he was at the mosque off Stockport Road all evening, ask the imam", "Stockport Road"),
    ("| Sat | Devan | langar shift, the mandir on Belgrave Road | 4 hrs |", "Belgrave Road"),
    ("Caption: the synagogue on Brunswick Avenue where Eli helps with the Friday meal.", "Brunswick Avenue"),
])
def test_a_minority_faiths_place_on_a_street_is_where_someone_is_found(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "Summary: the Payback team repainted the railings of the church on Tennyson Street.",
    "[19:02] Imran: polling station is the chapel on Stockport Road this year",
    "| Sat | team | litter pick past the mosque on Belgrave Road | 4 hrs |",
])
def test_a_church_or_a_place_passed_by_is_a_landmark(body: str) -> None:
    assert errors(body, "address") == []
