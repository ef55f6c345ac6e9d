"""A person placed in a part of a town or on a named estate ("a woman in Grangetown whose son was
killed", "a man on the Hardwick estate told Sam to get off his step"): where the one person the
sentence is about lives. A city, a prison, a country or a school year after the same words is
no door.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("The first home visit was to a pensioner in Whinmoor who had been burgled twice.", "Whinmoor"),
    ("[11:20] Dan: the lad on the Bellfield estate says he's not coming in, again", "Bellfield estate"),
    ("Photo: a family in Newsham who took in Kasia when the hostel closed.", "Newsham"),
    ("| Referral | a woman on the Mossbrook estate | victim contact | declined |", "Mossbrook estate"),
    ("- visited a couple in Hexthorpe re: the exclusion zone", "Hexthorpe"),
])
def test_a_person_in_a_part_of_a_town_is_where_they_live(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "The first home visit was to a pensioner in Leeds who had been burgled twice.",
    "[11:20] Dan: the lad in HMP Hull says he's not coming out till March",
    "Photo: a family in Syria who sent a letter of thanks.",
    "| Referral | a girl in Year 9 | school liaison | open |",
    "- a man on the Probation estate review panel asked about Approved Premises",
])
def test_a_city_a_prison_a_country_or_a_year_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "estate"), [
    ("| SMITH, Kayden | 12/03/2001 | Ryelands estate (with mum) | 80 hrs |", "Ryelands estate"),
    ("| Address | Hollins estate |\n| Phone | none |", "Hollins estate"),
    ("Case notes table:\n\n| Name | Area |\n|---|---|\n| Jade | the Woodhouse estate |", "Woodhouse estate"),
])
def test_a_named_estate_in_a_table_cell_is_an_address(body: str, estate: str) -> None:
    assert estate in errors(body, "address")


@pytest.mark.parametrize("body", [
    "| Sat | Payback | Ryelands estate litter pick | 6 hrs |",
    "| Address | the Probation estate |",
])
def test_an_estate_that_is_a_task_or_buildings_in_a_cell_is_no_address(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "scheme"), [
    ("She's from the Pollok scheme, and her mum still lives in it.", "Pollok scheme"),
    ("[08:50] Ewan: the lad from the Ferguslie scheme is in court again", "Ferguslie scheme"),
    ("| Victim | a woman on the Toryglen scheme | contact declined |", "Toryglen scheme"),
])
def test_a_scottish_housing_scheme_is_an_estate(body: str, scheme: str) -> None:
    assert scheme in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He's from the Kickstart scheme and starts at the depot on Monday.",
    "[08:50] Ewan: she's from the Housing scheme team, ask her about it",
    "| Benefit | a man on the Cycle to Work scheme | n/a |",
])
def test_a_programme_called_a_scheme_is_no_estate(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("The complaint came from a neighbour in Hexthorpe who has known him for years.", "Hexthorpe"),
    ("[13:10] Gaz: a tenant on the Bellfield estate rang about him again", "Bellfield estate"),
    ("| Witness | an elderly lady in Newsham | statement taken |", "Newsham"),
])
def test_a_neighbour_tenant_or_resident_in_a_part_of_a_town_lives_there(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize(("body", "estate"), [
    ("He's a lad off the Bellfield estate, and everyone there knows his mum.", "Bellfield estate"),
    ("[16:40] Kez: the girl off the Ryelands estate is kicking off again", "Ryelands estate"),
    ("| Victim | a man off the Mossbrook estate | declined contact |", "Mossbrook estate"),
])
def test_a_person_off_a_named_estate_lives_on_it(body: str, estate: str) -> None:
    assert estate in errors(body, "address")
