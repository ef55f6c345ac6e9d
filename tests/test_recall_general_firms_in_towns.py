"""A firm no list knows, where someone works or worships, named with the town it is in ("works
days at Fenmarsh Produce in Wyberton", "I am working in Moy Park at Craigavon", "attends the
Medhane Alem Eritrean church in Ramsgate"): one site with a few dozen people, not a brand. A
chain, a public body, a person or a city after "in" leave it a warning at most.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_overlaps, errors


@pytest.mark.parametrize(("body", "firm"), [
    ("Since the summer Daniel has worked nights at Marsh Lane Poultry in Holbeach.", "Marsh Lane Poultry"),
    ("[18:40] Kerry: he's got shifts at Brackley Fresh Salads in Spalding now, mornings only",
     "Brackley Fresh Salads"),
    ("| Thu | Piotr | works at Fenland Grain Stores in Chatteris | can't do weekdays |", "Fenland Grain Stores"),
    ("Caption: Grace, who attends the Bethel Gospel Assembly in Kettering every Sunday.", "Bethel Gospel Assembly"),
    ("Notes: Working in Tolley Brothers at Pershore, packing asparagus. Wants Sundays.", "Tolley Brothers"),
])
def test_a_firm_named_with_its_town_is_where_someone_is_found(body: str, firm: str) -> None:
    assert address_overlaps(body, firm)


@pytest.mark.parametrize("body", [
    "Since the summer Daniel has worked nights at Tesco in Holbeach.",
    "[18:40] Kerry: he's got shifts at Pilgrim Hospital in Boston now, mornings only",
    "| Thu | Piotr | works for Dave in Chatteris | can't do weekdays |",
    "Caption: Grace works at Siemens in Hull, on the blades.",
    "Notes: Working at Boston College in Boston, as a cleaner.",
])
def test_a_chain_a_public_body_a_person_or_a_city_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "firm"), [
    ("She got an apprenticeship at Marsh Lane Poultry in Holbeach last spring.", "Marsh Lane Poultry"),
    ("[10:30] Dev: his placement at Brackley Fresh Salads in Spalding ends Friday", "Brackley Fresh Salads"),
    ("| ETE | trainee at Fenland Grain Stores in Chatteris | |", "Fenland Grain Stores"),
])
def test_a_placement_or_apprenticeship_at_a_firm_in_its_town_is_a_door(body: str, firm: str) -> None:
    assert address_overlaps(body, firm)
