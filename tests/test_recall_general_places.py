"""Issue 12, a general round for where people live: the part of a town after a cue of living or
origin, a named estate, a relative's street, and counties that are never a person or a door.

The sentences are our own, in the genres staff write (chat logs, lists, letters, minutes,
captions); each table tests a rule for a pattern, not a list of places.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_covers, address_overlaps, errors


@pytest.mark.parametrize(("body", "place"), [
    ("Dear Judge, I grew up in Hartcliffe Vale with my two brothers.", "Hartcliffe Vale"),
    ("**[09:12] Sam:** he's moved to Pennywell Bank now, not the hostel", "Pennywell Bank"),
    ("- Lives in Moss Green with his aunt (confirmed by phone)", "Moss Green"),
    ("Caption: Tomasz, who was brought up in Llanfechan, at the allotment.", "Llanfechan"),
    ("Minutes, item 4: service user now staying in Carrowbeg Heights.", "Carrowbeg Heights"),
    ("She settled in Kinlochbervie Road End after the trial.", "Kinlochbervie Road End"),
])
def test_a_neighbourhood_after_a_cue_of_living_is_an_address(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("I remember young Callum Reid from Ashingham, who wrote every week.", "Ashingham"),
    ("A lad from Ballykeel turned up at the door with flowers.", "Ballykeel"),
    ("Amna came here from Lahore by way of Ferncliffe Park.", "Ferncliffe Park"),
    ("He's from Llanhowell, by the sea.", "Llanhowell"),
])
def test_a_neighbourhood_after_a_word_of_origin_is_an_address(body: str, place: str) -> None:
    assert address_covers(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("Kyle, 19, from the Larchwood estate, finished his hours.", "Larchwood estate"),
    ("- the lad with the van: Kyle Dunn, Harefield estate", "Harefield estate"),
    ("Jonjo Tait from the Gledhow estate knew him.", "Gledhow estate"),
])
def test_a_named_estate_is_an_address(body: str, place: str) -> None:
    assert address_covers(body, place)


@pytest.mark.parametrize(("body", "street"), [
    ("tell ur nan at Carrow Street i said hiya", "Carrow Street"),
    ("Me mam on Stanhope Terrace has his post.", "Stanhope Terrace"),
    ("He's staying with yer auntie at Bowling Green Lane.", "Bowling Green Lane"),
])
def test_a_relatives_street_is_an_address_however_the_possessive_is_written(body: str, street: str) -> None:
    assert address_covers(body, street)


@pytest.mark.parametrize("body", [
    "You're going to Fermanagh, as far as you can go.",
    "She grew up in Powys and moved to Fife in 2019.",
    "I'm from County Mayo originally.",
    "He grew up in Hargeisa and came from Sialkot to Luton.",
    "New system live in the South West from June.",
    "The team moved into our Rickergate office, home to 41 staff.",
    "He remembers Bev from Maine Road days.",
    "A letter from Ronnie's solicitor arrived from Preston.",
    "The Ceredigion and Gwynedd teams met in Aberystwyth.",
    "He moved to Hong Kong for work.",
])
def test_counties_towns_abroad_and_offices_answer_the_cue(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize("body", [
    "You're going to Fermanagh, as far as you can go.",
    "She grew up in Powys and moved to Fife in 2019.",
    "The Ceredigion and Gwynedd teams met in Aberystwyth.",
    "Back home to Armagh for Christmas, then Caithness for New Year.",
    "A man released from Magherafelt to Fermanagh asked us to write his day.",
    "The move from Kirkcaldy to Midlothian and then to Aberdeenshire took a year.",
])
def test_a_county_is_never_a_name(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "place"), [
    ("| Name | Area | Ref |\n| --- | --- | --- |\n| Kyle Dunn, Carnhill, 19 | x | y |", "Carnhill"),
    ("- the letter writer: ~~Callum Reid, Ashingham, A1234BC~~", "Ashingham"),
    ("Signed: Aled Pritchard, Penrhiwceiber Isaf", "Penrhiwceiber Isaf"),
])
def test_a_place_in_a_list_right_after_a_full_name_is_an_address(body: str, place: str) -> None:
    assert address_covers(body, place)


@pytest.mark.parametrize(("body", "home"), [
    ("Fair play to them. I'm in the bungalows behind the boathouse, they waved.", "bungalows behind"),
    ("He's back in the flat above the bookies now.", "flat above"),
    ("**[10:31] Jo:** anyone know the fella from the narrowboat at Hebden Bridge?", "narrowboat at"),
])
def test_a_home_placed_by_a_landmark_or_a_mooring_is_an_address(body: str, home: str) -> None:
    assert address_covers(body, home)


@pytest.mark.parametrize("body", [
    "Kyle Dunn, Manchester, 19, finished his hours.",
    "Mary Smith, Chair, opened the meeting.",
    "We walked past the house by the church on the way.",
    "The café by the station does a good breakfast.",
    "The office in the old house by the river is closing in May.",
    "Our volunteers come from across Tameside and from Salford Quays.",
    "She's from Northern Ireland, by way of Glasgow.",
    "Visitors from Kirklees Council and from HMP Wakefield joined us.",
    "We met Sue from Housing Options and Dave from Turning Point.",
    "Thanks to Amy from Job Centre Plus and Ann from Victim Support.",
    "We met Kim from Women's Aid and Liz from Red Rose Recovery.",
])
def test_a_town_in_a_list_and_a_passing_landmark_are_no_address(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "home"), [
    ("We stopped at his aunt's, the farm at Drumcrow, the last house before the border road at Aghalane.",
     "house before the border road at Aghalane"),
    ("She's in the cottage past the chapel, the one with the red door.", "cottage past the chapel"),
])
def test_a_home_placed_before_or_past_a_landmark_is_an_address(body: str, home: str) -> None:
    assert home in errors(body, "address")
