"""Where someone lives, read as a specification (issue 12): street forms of all four nations,
estates, farms and flats named where someone lives, however far the cue; an exact age next to
a small place anywhere in the UK; and the streets, parks and offices that are only landmarks.

A street is an error when a cue says someone lives, stays, grew up or was found there; a
street alone is a warning at most. Every sentence here is written for this file.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from plugins.anonymity import Allowlist, check_story
from plugins.anonymity.lexicon import gazetteer, street_types

DATA = Path(__file__).resolve().parent.parent / "plugins" / "anonymity" / "data"


def story(body: str) -> str:
    """A case study with a metadata header; the body starts on line 6."""
    return f"Title: A story\nDate: 2026-01-01\nPseudonyms: Dean, Shona\nConsent: CS-2026-001\n\n{body}\n"


def flagged(body: str, kind: str, severity: str = "error") -> list[str]:
    report = check_story(story(body), "story.md", Allowlist())
    return [f.text for f in report.findings if f.kind == kind and f.severity == severity]


# Street forms of England, Wales, Scotland and Ireland ---------------------------------------

@pytest.mark.parametrize("sentence, street", [
    ("Shona rents a room on Heol y Nant from a friend of her mum.", "Heol y Nant"),
    ("Dean grew up on Ffordd Las, above the old quarry.", "Ffordd Las"),
    ("These days Shona lives on Stryd Fawr with her two boys.", "Stryd Fawr"),
    ("Dean moved into his nan's bungalow on Lôn-y-Wern last winter.", "Lôn-y-Wern"),
    ("Shona stays with her sister on Tolbooth Wynd most weekends.", "Tolbooth Wynd"),
    ("Dean's first flat was on Kirk Vennel, behind the chip shop.", "Kirk Vennel"),
    ("Shona still lives on Castle Brae with her dad.", "Castle Brae"),
    ("Dean was found asleep in a doorway off Sràid na h-Eaglaise.", "Sràid na h-Eaglaise"),
    ("Shona moved back to Bóthar na Trá to be near her children.", "Bóthar na Trá"),
])
def test_welsh_scottish_and_irish_streets_where_someone_lives_are_errors(sentence, street):
    assert flagged(sentence, "address") == [street]


@pytest.mark.parametrize("sentence, street", [
    ("He grew up on Millbrook Loan.", "Millbrook Loan"),
    ("Her flat on the Vennel is damp.", "the Vennel"),
    ("They rent a house at Wester Gait.", "Wester Gait"),
])
def test_scottish_streets_that_are_also_words_are_errors_right_after_a_cue(sentence, street):
    assert flagged(sentence, "address") == [street]


def test_a_house_number_on_a_welsh_street_is_an_error_without_any_cue():
    assert flagged("The letter went to 14 Heol y Parc.", "address") == ["14 Heol y Parc"]


def test_the_estate_or_the_farm_in_title_case_is_not_a_street_name():
    assert flagged("## Living on the Estate\n\nGrowing up on the Farm taught Dean to work.", "address") == []


# Estates, farms and flats -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Dean grew up on the Larkmead estate, the youngest of five.", "Larkmead estate"),
    ("Shona's family home is on the Thornbury Estate.", "Thornbury Estate"),
    ("Dean was brought up at Low Birks Farm, where his dad kept sheep.", "Low Birks Farm"),
    ("She moved into Apartment 6, Riverside Quay, in March.", "Apartment 6, Riverside Quay"),
    ("He has a bedsit at Flat 4, Ropery Wynd.", "Flat 4, Ropery Wynd"),
])
def test_estates_farms_and_numbered_flats_where_someone_lives_are_errors(sentence, place):
    assert flagged(sentence, "address") == [place]


def test_a_named_estate_alone_is_a_warning_and_a_named_farm_is_a_home_wherever_it_stands():
    body = "Many of our volunteers come from the Larkmead estate. Dean mends walls at Low Birks Farm."
    assert flagged(body, "address") == ["Low Birks Farm"]
    assert flagged(body, "address", "warning") == ["Larkmead estate"]


# Quays, wharves, mews, rows, gardens, parks, courts and walks -----------------------------------

@pytest.mark.parametrize("sentence, street", [
    ("Dean now lives in a one-bed flat at Canal Wharf.", "Canal Wharf"),
    ("Shona's flat on Victoria Quay looks over the water.", "Victoria Quay"),
    ("He grew up on Larkmead Park, two doors from his gran.", "Larkmead Park"),
    ("She stays with her aunt at Orchard Gardens.", "Orchard Gardens"),
    ("His mum still lives in Weavers Court.", "Weavers Court"),
    ("They moved to Weavers Square when the twins were born.", "Weavers Square"),
    ("Dean rents a room on Tenter Hill.", "Tenter Hill"),
    ("Shona lives on Ashgrove Green with her partner.", "Ashgrove Green"),
])
def test_streets_that_also_name_parks_or_courts_are_errors_where_someone_lives(sentence, street):
    assert flagged(sentence, "address") == [street]


# A cue far from its street: the sentence and the paragraph, not a number of characters -------

def test_a_cue_at_the_start_of_a_long_sentence_reaches_its_street():
    body = ("Shona moved to what she calls the quietest street in the valley, a terrace of old "
            "miners' cottages two miles from the nearest bus stop, where after years on friends' "
            "sofas she can finally sleep through the night: Tenter Close.")
    assert flagged(body, "address") == ["Tenter Close"]


def test_a_home_named_earlier_in_the_paragraph_reaches_the_street_that_locates_it():
    body = ("Shona's home is small, and for the first time in years it is hers. After a winter of "
            "sofa-surfing between friends in Rochdale and a bed in a refuge, she is learning to "
            "cook again. It is on Thistle Close, a few minutes from her mum.")
    assert flagged(body, "address") == ["Thistle Close"]


def test_a_street_that_is_only_talked_about_is_not_taken_for_the_home_named_before_it():
    body = "Shona's home is small but warm. Fennel Street is busy at night, so she keeps the windows shut."
    assert flagged(body, "address") == []
    assert flagged(body, "address", "warning") == ["Fennel Street"]


def test_the_cue_does_not_reach_into_the_next_paragraph():
    body = "Shona's flat is small but warm.\n\nThe group meets every Tuesday on Thistle Close."
    assert flagged(body, "address") == []
    assert flagged(body, "address", "warning") == ["Thistle Close"]


def test_a_cue_that_a_town_answers_first_does_not_reach_a_street_passed_on_the_way():
    body = "Dean lives in Bolton now and takes the bus down Mawdsley Street to his course."
    assert flagged(body, "address") == []


def test_a_street_that_belongs_to_the_town_named_after_the_cue_is_still_where_they_live():
    assert flagged("Shona lives in Todmorden, on Rise Lane.", "address") == ["Rise Lane"]


# Landmarks and public places: never an error ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Our Queen Street office, home to 37 staff, is open from nine.",
    "The library on Church Road hosts our drop-in, a short walk from where the group meets.",
    "Dean lives in Wigan now; on Saturdays he works on Standish Lane at a bike shop.",
    "Shona's home is tidy. She buys her bread from the bakery on Bridge Street.",
    "The hub sits at the top of Silver Street, opposite the bus station, in the middle of town.",
])
def test_streets_named_as_landmarks_or_public_offices_are_not_errors(body):
    assert flagged(body, "address") == []


@pytest.mark.parametrize("body", [
    "She moved to London and loves walking in Hyde Park with the dog.",
    "Dean parked in the car park behind the station and walked to his new home.",
    "Shona volunteers at the Botanic Gardens, not far from her flat.",
    "They live near Victoria Park and take the kids there on Sundays.",
    "He grew up in Oldham and still supports the team at Boundary Park.",
])
def test_parks_and_public_gardens_are_not_flagged(body):
    assert flagged(body, "address") == []
    assert flagged(body, "address", "warning") == []


def test_someone_else_s_shop_is_a_landmark_but_the_shop_that_is_hers_is_where_she_is_found():
    assert flagged("Dean lives nearby and gets his paper from the shop on Cross Lane.", "address") == []
    body = "Nadia opened her shop in 2019. Her customers find the shop on Albion Parade easily."
    assert flagged(body, "address") == ["Albion Parade"]


# An exact age next to a small place, anywhere in the UK ----------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Dean, 34, from Tobermory, was jailed for the assault.", "Tobermory"),
    ("Shona, 29, grew up in Llanidloes.", "Llanidloes"),
    ("Dean, 41, was living in Hebden Bridge at the time.", "Hebden Bridge"),
    ("A 52-year-old Omagh man was given a community order.", "Omagh"),
    ("Shona, 38, from Betws-y-Coed, started the course in May.", "Betws-y-Coed"),
    ("Dean, 27, from Heptonstall, was the youngest in the group.", "Heptonstall"),
])
def test_an_exact_age_next_to_a_small_place_anywhere_in_the_uk_is_a_warning(sentence, place):
    report = check_story(story(sentence), "story.md", Allowlist())
    [warning] = [f for f in report.findings if f.kind == "quasi_identifier"]
    assert warning.severity == "warning" and f"({place})" in warning.message


@pytest.mark.parametrize("sentence", [
    "Dean, 34, from Leeds, was jailed for the assault.",
    "Shona, 29, grew up in Newcastle upon Tyne.",
    "Dean, 41, was sentenced in March.",
    "Shona, 38, had a letter from Stanley at the job centre.",
])
def test_an_exact_age_next_to_a_city_a_month_or_a_first_name_is_not_a_warning(sentence):
    assert flagged(sentence, "quasi_identifier", "warning") == []


@pytest.mark.parametrize("sentence", [
    "Dean spent his twenties in Merthyr Tydfil.",
    "A 52-year-old Omagh man was given a community order.",
])
def test_a_town_is_never_taken_for_a_person_s_name(sentence):
    assert flagged(sentence, "person_name") == []


@pytest.mark.parametrize("unit", ["lives on Aa Road ", "her flat. the shop on Aa Road ", "Heol y Nant ",
                                  "on the Vennel ", "Aa estate ", "Dean, 34, from Aa, "])
def test_a_megabyte_of_streets_or_ages_is_checked_quickly(unit):
    start = time.perf_counter()
    report = check_story(unit * (1_000_000 // len(unit)), "big.md")
    # Not a speed target (benchmarks/ has those): quadratic work takes hours on a megabyte.
    assert time.perf_counter() - start < 60, "quadratic time on a long line"
    assert report.findings[0].kind == "too_long"


# The data behind it ------------------------------------------------------------------------------

def test_the_gazetteer_covers_all_four_nations():
    gazetteer.cache_clear()
    places = gazetteer()
    for town in ("hebden bridge", "tobermory", "llanidloes", "omagh", "merthyr tydfil"):
        assert 0 < places[town] < 75_000, town
    assert places["barrow in furness"] > 0  # hyphens read as spaces


def test_the_street_words_and_the_gazetteer_are_documented_with_their_source_and_licence():
    assert {"named street", "street after a cue", "street before the name", "public place"} <= set(street_types())
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| `")}
    gazetteer_row = rows["`places_geonames_uk.tsv`"]
    assert "GeoNames" in gazetteer_row and "`LICENSE-CC-BY-4.0.txt`" in gazetteer_row
    assert "CC0" in rows["`street_types.txt`"]
    assert (DATA / "LICENSE-CC-BY-4.0.txt").read_text(encoding="utf-8").startswith("Attribution 4.0 International")


# Issue 12, second round: homes named by themselves, flats, c/o, districts beside a street ------

@pytest.mark.parametrize("sentence, places", [
    ("Lambing starts at four on Laverock Hill Farm.", ["Laverock Hill Farm"]),
    ("Write to Rose Cottage, Mill Lane, for now.", ["Rose Cottage", "Mill Lane"]),
    ("She moved into Flat 3B last spring.", ["Flat 3B"]),
    ("He works from Unit 7, Greenbank now.", ["Unit 7, Greenbank"]),
    ("Post goes c/o Mrs Patel at the Co-op", ["c/o Mrs Patel at the Co-op"]),
    ("Post for Dean goes to Sunnyside Caravan Park.", ["Sunnyside Caravan Park"]),
    ("A shop on the edge of the Hawthorne Rise estate in Hackney, where Ola grew up.",
     ["Hawthorne Rise estate"]),
    ("His sister took him in on her sofa in\nMaesbury Park, on the edge of Oswestry.", ["Maesbury Park"]),
])
def test_named_homes_flats_and_care_of_addresses_are_errors(sentence, places):
    assert flagged(sentence, "address") == places


def test_a_postcode_district_beside_a_street_is_an_error():
    assert flagged("She lives on Mill Lane, Salford M6 these days.", "postcode") == ["M6"]


def test_a_named_farm_is_a_home_but_a_farm_shop_is_a_landmark_and_a_lower_case_farm_a_description():
    assert flagged("Dean mends walls at Low Birks Farm.", "address") == ["Low Birks Farm"]
    assert flagged("We visited the Oakwood Farm shop and the Brocklehurst farm.", "address") == []


# House names, Welsh farms and public buildings (issue 12, second pass) -----------------------

@pytest.mark.parametrize("sentence, address", [
    ("Their cottage is called Windyridge, Moss Lane, and the post never finds it.", "Windyridge, Moss Lane"),
    ("She grew up at The Old Rectory, Church Lane, with four brothers.", "Old Rectory"),
    ("Shona's uncle drives down from Bryn Ucha Farm with the trailer.", "Bryn Ucha Farm"),
    ("Her cousin farms at Cae'r Nant Isaf above the village.", "Cae'r Nant Isaf"),
    ("Letters go to c/o Hendre Farm Shop, LL21 9AB, on a Monday.", "c/o Hendre Farm Shop"),
])
def test_a_named_house_or_welsh_farm_is_a_home(sentence, address):
    assert any(address in text for text in flagged(sentence, "address")), flagged(sentence, "address")


def test_a_public_buildings_address_and_postcode_are_warnings_not_errors():
    sentence = "*Minshull Street Crown Court, Aytoun Street, Manchester M1 3FS.*"
    assert flagged(sentence, "postcode") == [] and flagged(sentence, "address") == []
    assert flagged(sentence, "person_name") == []
    assert flagged(sentence, "postcode", "warning") == ["M1 3FS"]


# Rooms, flats, cells and house numbers without a street; map references ---------------------

@pytest.mark.parametrize("sentence, place", [
    ("Shona has room 14 at the hostel, next to the laundry.", "room 14"),
    ("Dean is on B wing now, cell 308.", "cell 308"),
    ("Her brother's flat 22 is on the top floor of the block.", "flat 22"),
    ("The bed in Bedroom 2 was stripped.", "Bedroom 2"),
    ("Dean lodges with his aunt at no. 17, two doors from the shop.", "no. 17"),
    ("His nan's house, number 6, has a green door.", "number 6"),
    ("Meet me at ///apple.river.stone after dark.", "///apple.river.stone"),
    ("The farm is at SO 1234 5678, up the track.", "SO 1234 5678"),
])
def test_a_room_cell_or_house_number_and_a_map_reference_are_errors(sentence, place):
    assert flagged(sentence, "address") == [place]


@pytest.mark.parametrize("sentence", [
    "We met in interview room 3 at the probation office.",
    "The hearing was in Court 2 at ten.",
    "The number 42 bus stops at the end of the road.",
    "She came number 3 in the race.",
    "Version 2.3.1 of the form went out on 4 May.",
])
def test_public_rooms_buses_and_rankings_are_not_addresses(sentence):
    assert flagged(sentence, "address") == []


# Small named places where someone is known -------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Dean is a labourer at Pickles & Sons Roofing in Todmorden.", "Pickles & Sons Roofing"),
    ("Shona works Saturdays at Ogden's Bakery by the market.", "Ogden's Bakery"),
    ("Her daughter goes to Beckfoot Lane Primary now.", "Beckfoot Lane Primary"),
    ("She is registered at Moorview Medical Centre in the village.", "Moorview Medical Centre"),
    ("He prays at Masjid Noor Ul Islam on Fridays.", "Masjid Noor Ul Islam"),
    ("They drink in the Weavers Arms on a Friday.", "Weavers Arms"),
    ("He has been a regular at the White Hart since he was eighteen.", "White Hart"),
])
def test_a_small_firm_primary_school_surgery_place_of_worship_or_pub_by_name_is_an_error(sentence, place):
    assert flagged(sentence, "address") == [place]


@pytest.mark.parametrize("sentence", [
    "Shona had a sausage roll from Greggs Bakery on the way.",
    "The Primary care team rang back.",
    "Her son's secondary, Calder High School, rang about his attendance.",
])
def test_chains_words_and_secondary_schools_are_not_named_places(sentence):
    assert flagged(sentence, "address") == []


def test_a_postcode_under_a_prison_s_name_in_an_address_block_is_a_warning():
    body = "Write to him at:\nHMP Wealstun\nThorp Arch\nWetherby\nLS23 7AZ"
    assert flagged(body, "postcode") == []
    assert flagged(body, "postcode", "warning") == ["LS23 7AZ"]
    assert flagged("HMP Wealstun is at Thorp Arch, Wetherby, LS23 7AZ.", "postcode") == []


# A relative's home said by name, short street words, and a home street named again ---------

@pytest.mark.parametrize("sentence, street", [
    ("Dean is stopping at his gran's on Wellgate Ave till Friday.", "Wellgate Ave"),
    ("im at me mams on Fernbank Rd if u need me", "Fernbank Rd"),
    ("Her first flat was in Tanyard Bank, above the bakery.", "Tanyard Bank"),
])
def test_a_relative_s_home_and_short_or_northern_street_words_where_someone_lives_are_errors(sentence, street):
    assert flagged(sentence, "address") == [street]


def test_a_street_given_with_a_house_number_is_an_error_wherever_it_is_named_again():
    body = "Her letters go to 8 Albion Parade.\n\nThe bins on Albion Parade are collected on Fridays."
    assert flagged(body, "address") == ["8 Albion Parade", "Albion Parade"]


@pytest.mark.parametrize("sentence", [
    "Dean walked down Station Rd to the bus.",
    "The food bank on Tuesdays is run by volunteers.",
    "Shona saw her mum on Monday.",
])
def test_short_street_words_passed_by_and_a_relative_seen_on_a_day_are_not_homes(sentence):
    assert flagged(sentence, "address") == []


# A business someone keeps or lives above, a house outside which, named homes and blocks ------

@pytest.mark.parametrize("sentence, place", [
    ("Her uncle, who runs the takeaway on Beech Grove, gave Dean shifts.", "Beech Grove"),
    ("Shona rents the flat over the launderette on Vicarage Lane.", "Vicarage Lane"),
    ("The van was left on Moss Lane outside Shona's house all week.", "Moss Lane"),
    ("Dean was raised at Pen y Bryn, his grandad's hill farm.", "Pen y Bryn"),
    ("Shona's mum lives in the Halliwell Court flats now.", "Halliwell Court flats"),
])
def test_a_street_someone_keeps_a_business_on_or_lives_by_and_a_named_home_are_errors(sentence, place):
    assert place in flagged(sentence, "address")


@pytest.mark.parametrize("sentence", [
    "We bought chips at the chippy on Market Street after court.",
    "Yesterday, her house was cold, she said.",
])
def test_a_shop_used_as_a_landmark_and_an_everyday_word_before_a_home_are_not_addresses(sentence):
    assert flagged(sentence, "address") == []


@pytest.mark.parametrize("sentence, places", [
    ("Dean was barred from the Plough after the fight.", ["Plough"]),
    ("Dean's nan is a regular at the Fleece on Towngate Rd.", ["Fleece", "Towngate Rd"]),
    ("He works at Barraclough Motors on Peel Terrace.", ["Barraclough Motors", "Peel Terrace"]),
])
def test_a_pub_someone_drinks_in_and_the_street_of_a_small_place_named_are_errors(sentence, places):
    assert sorted(flagged(sentence, "address")) == sorted(places)


def test_pints_at_a_public_building_are_not_a_pub():
    assert flagged("We had pints at the Crown Court social club's quiz.", "address") == []


# Fourth round (issue 12): places a blind set showed missing, each as a class of forms; each
# test also holds the near misses the new rule must leave alone ------------------------------

@pytest.mark.parametrize("sentence, spot", [
    ("Dean texts his spot as 53.4794, -2.2453 most nights.", "53.4794, -2.2453"),
    ("Shona pinned the van at -3.17112, 51.48159 for the outreach team.", "-3.17112, 51.48159"),
    ("The plus code 9C5VFFGJ+2X gets you to the gate.", "9C5VFFGJ+2X"),
    ("He gave a short plus code, FFGJ+2X Bolton, instead.", "FFGJ+2X"),
    ("The tent was at 52°28′11″N 1°53′40″W, by the reservoir.", "52°28′11′′N 1°53′40′′W"),
])
def test_map_coordinates_and_plus_codes_are_a_spot_a_few_metres_across(sentence, spot):
    assert flagged(sentence, "address") == [spot]
    assert flagged("Scores were 3.5, 4.25 and 2.125, 3.500; p = 0.0012, 0.0340; 2+2 and C++ and 12+34.",
                   "address") == []


@pytest.mark.parametrize("sentence, spot", [
    ("Letters go to P.O. Box 2218, Oldham, for now.", "P.O. Box 2218"),
    ("Shona's post goes to PO Box 41 at the sorting office.", "PO Box 41"),
    ("Shona's stall is pitch 9 on the Saturday market.", "pitch 9"),
    ("Dean keeps his shed on plot 31 at the allotments.", "plot 31"),
    ("The static at berth 12 is his.", "berth 12"),
])
def test_a_post_office_box_and_a_numbered_pitch_plot_or_berth_are_one_persons(sentence, spot):
    assert flagged(sentence, "address") == [spot]
    assert flagged("The lads play on football pitch 2 on Sundays.", "address") == []


@pytest.mark.parametrize("sentence, place", [
    ("Dean does deliveries for Kowalczyk Halal Meats three days a week.", "Kowalczyk Halal Meats"),
    ("Shona has a Saturday job at Pemberton's bakery, near the bus station.", "Pemberton's bakery"),
    ("She sees Dr Okafor at the Marsden surgery every month.", "Marsden surgery"),
    ("He sleeps in a van behind Thornby chapel.", "Thornby chapel"),
    ("Dean got work at Arkwright Pottery when he came out.", "Arkwright Pottery"),
    ("They first met at Tafarn yr Eryr one Friday.", "Tafarn yr Eryr"),
])
def test_a_small_firm_chapel_or_surgery_is_named_by_its_trade_in_any_case(sentence, place):
    assert place in flagged(sentence, "address")
    assert flagged("Shona has run Shona's café for years. We went round the Gladstone Pottery "
                   "Museum, past a Methodist chapel, a Polish café, a Leeds café and the MP's Monday surgery.",
                   "address") == []


@pytest.mark.parametrize("sentence, home", [
    ("Dean works summers on his uncle's farm, Pen y Bryn, near the coast.", "Pen y Bryn"),
    ("We met at the yard where Shona works, Brackenholme, because she has no car.", "Brackenholme"),
    ("Her aunt's bungalow is in the hamlet of Nether Skelby.", "hamlet of Nether Skelby"),
    ("The family live in the townland of Carrowmore.", "townland of Carrowmore"),
])
def test_a_farm_or_yard_named_after_its_owner_and_a_hamlet_are_a_door(sentence, home):
    assert flagged(sentence, "address") == [home]


@pytest.mark.parametrize("sentence, place", [
    ("Dean must stay out of the Ravensworth estate until 2027.", "Ravensworth estate"),
    ("His licence says he is not to enter Fenwick Close.", "Fenwick Close"),
    ("He has to keep away from the Moorside, where she lives now.", "Moorside"),
])
def test_an_exclusion_zone_names_where_a_victim_lives(sentence, place):
    assert flagged(sentence, "address") == [place]
    assert flagged("He must stay out of the Peak District and keep away from the Town Hall.", "address") == []


def test_a_court_report_gives_the_home_after_the_age_and_only_right_after_it():
    assert flagged("Kelly Marsh, 29, of Juniper Avenue, Gorton, was fined £200.", "address") == ["Juniper Avenue"]
    assert flagged("A man, 32, of Heywood, admitted damaging a car on Tenter Street.", "address") == []


@pytest.mark.parametrize("sentence, street", [
    ("Shona's uncle is an elder from the mosque on Clarence Road.", "Clarence Road"),
    ("Dean works at the chippy on Oak Street four nights a week.", "Oak Street"),
    ("She introduced herself as Mrs Ward from the Co-op on Market Street.", "Market Street"),
])
def test_the_street_of_a_small_place_where_someone_is_found_is_an_error(sentence, street):
    assert flagged(sentence, "address") == [street]
    assert flagged("Shona buys her bread from the bakery on Mill Lane.", "address") == []


def test_an_address_written_on_one_line_before_its_postcode_is_an_address_without_a_street_word():
    assert flagged("Post reached him at 7 Birchfield, Haslingden, BB4 6QT last spring.", "address") == [
        "7 Birchfield, Haslingden"]


@pytest.mark.parametrize("sentence, home", [
    ("Dean lives on the *Marigold* near the marina.", "*Marigold*"),
    ("Since May she has been moored below Lock 9 at Marple.", "Lock 9"),
])
def test_a_boat_and_its_mooring_are_a_home_but_an_area_or_benefits_are_not(sentence, home):
    assert flagged(sentence, "address") == [home]
    assert flagged("Shona lives on the Wirral; Dean lives on benefits and then lived on the Isle of Wight.",
                   "address") == []


@pytest.mark.parametrize("sentence, home", [
    ("He sleeps in the doorway of the old Woolworths on Bridge Street.", "Bridge Street"),
    ("Home is the Meadowbank estate, for now.", "Meadowbank estate"),
    ("They live at Ty Gwyn, Heol y Bryn, above the village.", "Ty Gwyn, Heol y Bryn"),
])
def test_sleeping_a_home_said_plainly_and_a_house_named_after_at_point_at_a_home(sentence, home):
    assert flagged(sentence, "address") == [home]
