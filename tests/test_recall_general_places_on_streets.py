"""A small place named by its own name just before the street it is on ("works at Goals on Bude
Road", "samosas from Shahzad's on Normanton Road", "the Ulster Bar on Hill Street"): the street
of a shop, a bar or a works someone is known at leads to them. A town, a first name, a chain or
a public body before the street leaves it a landmark.

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_overlaps, errors


@pytest.mark.parametrize(("body", "place"), [
    ("Dwayne now does Saturdays at Bellamy's on Wharncliffe Road, washing pots for his uncle.",
     "Wharncliffe Road"),
    ("[09:14] Kez: he's collecting glasses at the Crooked Billet on Sandgate Lane tonight", "Sandgate Lane"),
    ("Photo: Amir on his break outside Pizza Roma on Cavendish Street, where he sweeps up on Fridays.",
     "Cavendish Street"),
    ("| Tue | Marek | nights, Fenland Fresh pie plant on Tennyson Avenue | 3 hrs |", "Tennyson Avenue"),
    ("| Wed | Dean | washes cars at the Sparkle car wash on Ropery Road | 2 hrs |", "Ropery Road"),
    ("She met him at Spinners on Canal Street the summer she turned twenty.", "Canal Street"),
    ("Notes: mum now works at the Polish shop on Alfreton Road, mornings only.", "Alfreton Road"),
])
def test_a_small_place_named_before_its_street_leads_to_someone(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "Our court team at Burnley Magistrates' Court on Colne Road does six reports a day.",
    "[10:02] Jo: meeting moved to the Kingsway library on Mill Road, 2pm",
    "Caption: the team outside Tesco on Ecclesall Road after the litter pick.",
    "Notes: the 51 bus from Leeds on Kirkstall Road was late again, so group started at ten.",
    "| Mon | Sam | handed in forms to Sam on Oxford Road reception | 1 hr |",
    "The open day is at the Town Hall on Castle Street, and everyone is welcome.",
    "We met at Christmas on Bridge Street for the carol service.",
])
def test_a_town_a_chain_a_name_or_a_public_place_before_a_street_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("He asked to do his hours at St Clement's hall, Calvert Road, where he goes on Sundays.", "Calvert Road"),
    ("[08:15] Bev: she's doing mornings at Crumbs Bakery, Wellgate Street now", "Wellgate Street"),
    ("| Placement | St Aidan's church hall, Burnside Avenue | caretaker: Mrs P |", "Burnside Avenue"),
])
def test_a_small_place_then_a_comma_then_its_street_leads_to_someone(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "Our court team at Derby Magistrates' Court, St Mary's Gate, writes six reports a day.",
    "[08:15] Bev: training is at the Town Hall, Castle Street, all day",
    "| Office | Leeds, Kirkstall Road | open 9-5 |",
])
def test_a_public_building_or_a_town_then_a_street_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("The victims are a couple who run a corner shop on Gladstone Street, robbed in 2024.", "Gladstone Street"),
    ("[13:45] Jo: his mum has a little café off Mostyn Avenue, he helps Saturdays", "Mostyn Avenue"),
    ("| Employment | owns a small bakery on Carr Lane | self-employed |", "Carr Lane"),
])
def test_a_small_shop_of_ones_own_on_a_street_leads_to_someone(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "Contact with an older associate who runs a car wash off Alfreton Road.",
    "[13:45] Jo: there's a corner shop on Gladstone Street if you need milk",
])
def test_any_shop_on_a_long_road_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("He is staying at the Salvation Army hostel on Booth Street until March.", "Booth Street"),
    ("[23:10] Night desk: he's staying at the St Anne's hostel on Marsden Road tonight", "Marsden Road"),
    ("| Accommodation | housed at the Whitehall foyer on Cromwell Road | temporary |", "Cromwell Road"),
])
def test_the_street_of_a_hostel_someone_stays_in_is_their_home(body: str, street: str) -> None:
    assert street in errors(body, "address")


@pytest.mark.parametrize("body", [
    "The Payback team repainted the hostel on Booth Street last week.",
    "[23:10] Night desk: the night shelter off Marsden Road has beds for the cold snap",
])
def test_a_hostel_on_a_street_nobody_is_said_to_stay_in_is_no_home(body: str) -> None:
    assert errors(body, "address") == []
