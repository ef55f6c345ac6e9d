"""Issue 12, a round on small places where someone is found: a village club by name, a trade's
yard or mart, a shop's name in its owners' language, a Welsh farm named after its word, a prison
landing by number and a block of flats named without "the".

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables); each table tests one pattern, with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import address_overlaps, errors


@pytest.mark.parametrize(("body", "place"), [
    ("On Sundays he helps the groundsman at Hollinwood Bowling Club, which he says keeps him sane.",
     "Hollinwood Bowling Club"),
    ("**[10:02] Sam:** she's at the Cullercoats Sailing Club every weekend now", "Cullercoats Sailing Club"),
    ("Photo: Tyler (left) with the under-15s of Pendlebury Cricket Club.", "Pendlebury Cricket Club"),
    ("| Mon | Kieran | volunteering, Treeton Youth Club | 3 hrs |", "Treeton Youth Club"),
    ("- Coach at the Esk Rowing Club noticed him on the riverbank.", "Esk Rowing Club"),
])
def test_a_village_club_by_name_is_where_someone_is_found(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "The team watched Yorkshire County Cricket Club at Headingley on the staff day out.",
    "Notes: Leeds Rowing Club have offered the boathouse for the open day.",
    "Caption: the Lancashire Cricket Club mural, repainted by the Payback team.",
])
def test_a_club_named_for_a_big_town_or_a_county_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He started an apprenticeship at Harbourside Welding in March and has not missed a day.",
     "Harbourside Welding"),
    ("text from him: got the job at Dunmore Fabrications!! start monday", "Dunmore Fabrications"),
    ("| Ballymena | R.K. | Kells Mart, penning cattle | 12/11 |", "Kells Mart"),
    ("Her number is on a card in Ararat Mini Market's window.", "Ararat Mini Market"),
    ("I'm working now at Tierney's mart in Fintona, on the sheep.", "Tierney's mart"),
    ("- placement: Ardglass boatyard, sanding hulls", "Ardglass boatyard"),
])
def test_a_yard_a_mart_or_a_shop_by_name_is_where_someone_works(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "We bought sandwiches at Tesco's café before the hearing.",
    "The welding course at the college is full until spring.",
    "Caption: the cattle mart's car park, where the van pulls in on Tuesdays.",
])
def test_a_trade_without_a_small_places_name_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He grew up above his aunt's shop, Sklep u Basi, and still helps on Saturdays.", "Sklep u Basi"),
    ("- Wed: collects his mum from Delikatesy u Zosi at 6", "Delikatesy u Zosi"),
    ("Caption: Piotr outside Polski Sklep pod Lipą, where he stacks shelves.", "Polski Sklep pod Lipą"),
])
def test_a_polish_shop_named_for_its_owner_is_a_small_place(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("Rhys went home to fferm Pen-y-Graig for the lambing, his first spring out.", "fferm Pen-y-Graig"),
    ("| Bala | G.W. | Tyddyn Bach (family smallholding) | 10/11 |", "Tyddyn Bach"),
    ("msg from Ceri: dad says come up to Fferm Ty Newydd sunday x", "Fferm Ty Newydd"),
])
def test_a_welsh_farm_named_after_its_word_is_a_home(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("If any of the lads on Maple House, landing 3 ask about me, tell them I'm grafting.", "landing 3"),
    ("- moved from spur 4 to the resettlement unit on 12/10", "spur 4"),
    ("| Name | Wing | Landing 2 | Cell 14 |", "Landing 2"),
])
def test_a_prison_landing_or_spur_by_number_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("She was seen near the market where her ex lives, Kirkgate flats.", "Kirkgate flats"),
    ("| Housing | Linthorpe Court flats, 2nd floor | since May |", "Linthorpe Court flats"),
    ("Note: client now in Hollybank flats, second floor, since the fire.", "Hollybank flats"),
])
def test_a_block_of_flats_named_without_the_is_a_home(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "The Council flats on the hill were pulled down in 2009.",
    "He says Leeds flats cost twice what they did.",
    "Caption: New flats going up by the station.",
])
def test_flats_after_a_town_or_everyday_words_are_no_home(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("\"I'd been expelled from Moorside Academy and nobody would have me,\" Kai told us.", "Moorside Academy"),
    ("Her daughter is doing her Highers at Kirkton Girls' Academy and wants to nurse.", "Kirkton Girls' Academy"),
    ("msg: he's started at Fernbrook College on the bricklaying course", "Fernbrook College"),
    ("Ashgrove High School, GCSEs 2014. Forklift licence, 2023.", "Ashgrove High School"),
    ("| Education | dropped out of Pennine Sixth Form in Year 12 |", "Pennine Sixth Form"),
    ("Caption: Leah, who went to Castleview High, with her certificate.", "Castleview High"),
])
def test_a_school_or_college_where_someone_studies_is_a_small_place(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He got a place on a construction course at Oldham College in September.",
    "Notes: the housing team is at Marischal College on Tuesdays.",
    "Caption: staff who went to Manchester Metropolitan University for the conference.",
    "He went to Inverness High Court for the appeal.",
    "The team went to Liverpool City College to meet the tutors.",
])
def test_a_school_named_for_a_big_town_or_without_a_pupil_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("She phoned my foster mum Aunty Pat in Hexthorpe when I couldn't.", "Hexthorpe"),
    ("**Kyle:** my little brother in Newsham still has my old bike", "Newsham"),
    ("Caption: Shane with his late nan's photo; his nan in Gunthorpe raised him.", "Gunthorpe"),
    ("- Contact: her older sister near Millfield (will confirm)", "Millfield"),
])
def test_a_relative_in_a_village_or_a_part_of_town_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "Her mum in Leeds is not well, so she travels up on Sundays.",
    "- He met his partner in Hexthorpe at a party (2019).",
    "Caption: Kyle and his brother in Manchester, at the match.",
])
def test_a_relative_in_a_town_or_a_meeting_place_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Her dad still works nights at the Aldwarke steel mill, so we meet on Fridays.", "the Aldwarke steel mill"),
    ("**Notes:** Reece now drives a forklift for the Chatteris potato packers, weekdays", "the Chatteris potato packers"),
    ("Caption: Gemma, on her break at the Brora smokehouse.", "the Brora smokehouse"),
    ("| Job | started at the Penrhyn slate quarry in May |", "the Penrhyn slate quarry"),
])
def test_a_mill_a_packhouse_or_a_quarry_by_a_small_places_name_is_a_workplace(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He works nights at the Tesco packhouse outside town.",
    "She got a job in the Leeds flour mill last year.",
    "Caption: the team walked to the old mill for lunch.",
    "The group visited the Manchester laundry museum.",
    "Caption: the Brora mill museum reopened in May.",
])
def test_a_brands_or_a_big_towns_workplace_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("\"I bought the van off Mr Nasir at the garage on Thornbury Road,\" he says.", "Thornbury Road"),
    ("txt: ask for Bev at the chippy on Halton Lane, she'll sort you", "Halton Lane"),
    ("- GP: registered with the surgery on Pellon Lane last week (new patient check 12/11)", "Pellon Lane"),
    ("Caption: Jade, who registered with the practice on Kirkgate Terrace the week she moved.", "Kirkgate Terrace"),
])
def test_a_named_person_at_a_small_business_or_a_patients_surgery_places_the_street(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize("body", [
    "Lunch at the café on Church Street was on the trust.",
    "- Team met Sarah at the library on Market Street for the handover.",
    "Caption: the volunteers outside the surgery on Queen Street, which hosts our drop-in.",
])
def test_a_public_place_on_a_street_stays_a_warning(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("\"We've asked for an exclusion zone covering Millfield and the whole of Shady Side,\" she says.", "Shady Side"),
    ("- Licence: banned from Hexthorpe, Balby and Warmsworth until 2027", "Warmsworth"),
    ("txt: he's to stay out of Gunthorpe, the victim's mum is there", "Gunthorpe"),
    ("| Condition | not to enter Newsham or Cowpen Bewley |", "Newsham"),
])
def test_each_village_or_part_of_town_in_an_exclusion_zone_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He must stay out of Doncaster town centre on match days.",
    "- Licence: could not go near Whitechapel Road after dark",
    "Caption: staff keep away from Tesco at lunchtime, the queues are awful.",
])
def test_a_town_a_street_or_a_shop_kept_away_from_is_no_village(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Jamie grew up in Whitfield, in his gran's flat, and still goes back on Sundays.", "Whitfield"),
    ("**[14:20] Deb:** she's living in Moseley now, with the baby", "Moseley"),
    ("- Address: moved to Oldfield in June (tenancy signed)", "Oldfield"),
    ("Caption: Kyle, who was brought up in Burnside, at the boxing gym.", "Burnside"),
])
def test_a_part_of_town_named_like_a_surname_after_a_cue_of_living_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He met Whitfield in town and they went for a coffee.",
    "- Caption: Moseley, our new trainee, at the Leeds office",
    "She read Wordsworth in prison and now writes her own poems.",
])
def test_a_surname_without_a_cue_of_living_is_no_place(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Cricket for Saltley Park Tigers 2nd XI, Aston Villa (season ticket), cooking.", "Saltley Park Tigers 2nd XI"),
    ("His brother used to coach the under-nines at Grimethorpe Miners Welfare on Sundays.", "Grimethorpe Miners Welfare"),
    ("txt: kick-off changed, U12s at Hallam Colts 10am", "Hallam Colts"),
    ("| Interests | plays for Thornaby Dons first team |", "Thornaby Dons first team"),
])
def test_an_amateur_side_by_its_team_is_where_someone_plays(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "The office went to watch the England A team at Headingley.",
    "- Under 18s at the Youth Offending Service: new referral pathway",
    "Caption: Leeds United first team visited the hostel at Christmas.",
])
def test_a_national_a_big_towns_or_a_services_team_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He's been labouring for Briggs Scaffolders since his order finished.", "Briggs Scaffolders"),
    ("txt: got a few shifts at the Mill Road car wash, cash in hand", "the Mill Road car wash"),
    ("Caption: Hawre behind the till at the Zagros Kurdish mini market.", "the Zagros Kurdish mini market"),
    ("| Employment | Abbey Tyre Centre, fitter, full time |", "Abbey Tyre Centre"),
])
def test_a_high_street_firm_by_name_is_where_someone_works(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He works at the Polish mini market near the station, he says.",
    "- Staff car park: the Tesco car wash is cheaper on Tuesdays",
    "Caption: volunteers raised £300 at the Leeds car wash day.",
])
def test_a_shop_of_a_people_a_brand_or_a_big_town_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("\"Me and the kids live up Shay Lane now, near my mam,\" she says.", "Shay Lane"),
    ("txt: hes staying down Marsden Road with his cousin till friday", "Marsden Road"),
    ("- Housing: lives just down Tenter Street, behind the chip shop (not confirmed)", "Tenter Street"),
])
def test_living_up_down_or_round_a_street_is_living_on_it(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize("body", [
    "We walked up Shay Lane to the park for the photographs.",
    "- Route: the van drives down Marsden Road to the depot",
    "Caption: the team round Tenter Street's new mural.",
])
def test_passing_up_or_down_a_street_stays_a_warning(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("He dosses at his mate's on Haigh Street when his mum kicks him out.", "Haigh Street"),
    ("**[21:03] Lou:** she's at her cousin's on Fern Avenue tonight", "Fern Avenue"),
    ("| Contact | partner's on Kestrel Close (do not visit) |", "Kestrel Close"),
])
def test_a_friend_or_a_relatives_home_by_their_name_places_the_street(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize(("body", "place"), [
    ("Her dad still has the allotment at Wharf Lane and grows leeks for the show.", "Wharf Lane"),
    ("- He has the lock-up on Cable Street, keeps the van there", "Cable Street"),
    ("Caption: Gosia, who has the stall on Moor Lane market, with the team.", "Moor Lane"),
    ("She went back to the Larchfield Estate to live with her aunt.", "Larchfield Estate"),
    ("txt: going back to Greystones Road to live with my nan", "Greystones Road"),
])
def test_a_plot_or_stall_someone_has_and_a_street_gone_to_to_live_are_doors(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "street"), [
    ("Kerry from Dorset Road came to every group, rain or shine.", "Dorset Road"),
    ("**Jo:** a lad from Antrim Road brought the tea out", "Antrim Road"),
    ("Caption: Big Tam from Fife Road, who lent us his van.", "Fife Road"),
])
def test_a_person_from_a_street_lives_on_it(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize("body", [
    "Fans from London Road sang all the way to the station.",
    "- Staff from Sunderland Road office to cover the duty desk",
    "Caption: the team from London Road station on the open day.",
])
def test_a_crowd_or_an_office_from_a_street_is_no_home(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Her son is in Year 4 at Bradwell Village School, and he reads to her every night.",
     "Bradwell Village School"),
    ("txt: can u pick the kids up from Kingsmead School at 3, im in court", "Kingsmead School"),
    ("Caption: both girls are at Hillcrest Academy now, and doing well.", "Hillcrest Academy"),
    ("| Family | her youngest at Moorfield School, eldest left |", "Moorfield School"),
])
def test_a_childs_school_is_a_small_place(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "The boys' football team played at Kingsmead School on Saturday.",
    "- The children's charity met at Oldham College for the launch",
    "Caption: kids from the estate visited Kingsmead School for the art show.",
])
def test_a_school_as_a_venue_stays_a_warning(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He works weekends on his uncle's creel boat, the *Sula Bonnie*, out of Scalloway.", "Sula Bonnie"),
    ("- crews on his cousin's boat, the Morning Star, out of Whitby (cash)", "Morning Star"),
    ("Caption: Ross on his dad's boat, the _Kittiwake_, in the harbour.", "Kittiwake"),
])
def test_a_boat_named_after_a_comma_is_where_someone_works_or_lives(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("She works behind the bar at the Swan on Fridays, which she loves.", "Swan"),
    ("txt: got a job glass collecting at the Feathers, start thurs", "Feathers"),
    ("| Interests | darts team at the Plough, Tuesdays |", "Plough"),
])
def test_working_or_playing_at_a_pub_of_any_name_places_someone(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He fixed up his dad's boat, the one with the blue hull, last summer.",
    "- The team met at the Swan for the leaving do",
    "Caption: our quiz night at the Station raised £200.",
])
def test_a_boat_described_or_a_pub_met_at_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He stays with his nan Rita in Podsmead most weekends, and she feeds him.", "Podsmead"),
    ("**[08:40] Jo:** she's got a box room in her house in Tuffley, he can stop there", "Tuffley"),
    ("Caption: a young man from Denaby, who asked not to be named, reads his statement.", "Denaby"),
    ("- Address: moved to Snaithby (his mum's) in May", "Snaithby"),
])
def test_an_unknown_word_ending_like_a_british_place_after_a_cue_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He grew up in Sialkot and came to Bradford at twelve.",
    "- His nan in Enugu sends letters every month",
    "Caption: Amira, who moved here from Kumasi, at the graduation.",
])
def test_a_city_abroad_after_a_cue_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("| Holyhead | M.J. | Stena ferry terminal canteen | 03/11 |", "Stena ferry terminal canteen"),
    ("| Job | Brixham fish dock laundry | nights |", "Brixham fish dock laundry"),
    ("| 4 | R.T. | Kirkby potato packers | 12/11 |", "Kirkby potato packers"),
])
def test_a_workplace_first_in_a_table_cell_is_a_workplace(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "| Job | Tesco warehouse | full time |",
    "| Placement | Leeds flour mill | 3 days |",
    "| Venue | the old mill | Tuesday |",
])
def test_a_brand_a_big_town_or_an_unnamed_workplace_in_a_table_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("His missus works at the Co-op in Hexthorpe, so he walks her home after late shifts.", "Hexthorpe"),
    ("txt: got a job at the Tesco on Fenton Road!! start mon", "Fenton Road"),
    ("| Employment | shifts at the Greggs on Bondgate, 4 days |", "Bondgate"),
])
def test_the_branch_where_someone_works_placed_on_a_street_or_a_part_of_town(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "She works at the Asda in Leeds and catches the bus in.",
    "- Job: Amazon in Doncaster, warehouse, nights",
    "Caption: the team outside the Greggs on Broad Street, our old office.",
])
def test_a_branch_in_a_town_or_a_visit_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Her daughter goes to Scoil Mhuire in Omagh and wants to be a vet.", "Scoil Mhuire"),
    ("- Education: Ysgol Glan Clwyd until Year 11, then college", "Ysgol Glan Clwyd"),
    ("Caption: Niamh at Gaelscoil Éanna's sports day, with her mum.", "Gaelscoil Éanna"),
    ("txt: shes at Bunsgoil Shlèite now, tiny place", "Bunsgoil Shlèite"),
])
def test_an_irish_welsh_or_gaelic_school_by_name_is_a_small_place(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "The Ysgol staff joined our training day.",
    "- Scoil: the Irish word for school, as the family told us",
    "Caption: a Gaelscoil open day poster in the waiting room.",
])
def test_the_word_for_a_school_alone_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("im stopping at my nans on rodwell rd till friday x", "rodwell rd"),
    ("> she lives on ravenscar close now, the one by the shop", "ravenscar close"),
    ("Caption (from his text): \"moved to lister avenue with my dad\"", "lister avenue"),
])
def test_a_street_in_lower_case_after_a_cue_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "we live on the main road so the bus is easy",
    "> he lives off the ring road, past the retail park",
    "Caption (text): \"she lives on the high street above a shop\"",
])
def test_a_main_road_or_high_street_in_lower_case_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("Dad's allotment on Mill Lane is his pride, and the kids help at weekends.", "Mill Lane"),
    ("**[17:45] Kim:** she works at the car wash on Kings Road, cash in hand", "Kings Road"),
    ("| Work | works in the factory on Dewsbury Road, nights |", "Dewsbury Road"),
])
def test_someones_plot_or_the_yard_they_work_in_places_the_street(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize("body", [
    "We visited the factory on Dewsbury Road for the employability fair.",
    "- The allotment on Mill Lane hosted our open day",
    "Caption: the car wash on Kings Road, where the Payback team raised £120.",
])
def test_a_yard_or_plot_visited_stays_a_warning(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("Claremount Road is where her mum lives, so she won't go near it.", "Claremount Road"),
    ("txt: Mum's is on Albion Street, come round after 6", "Albion Street"),
    ("- Fri: back at her mam's, Ripon Terrace, by ten (curfew)", "Ripon Terrace"),
])
def test_a_relatives_home_said_before_or_beside_its_street(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize("body", [
    "Claremount Road is where the office is, next to the bus station.",
    "- The library, Albion Street, opens at nine on Saturdays",
    "Caption: Ripon Terrace is where the Payback team painted the railings.",
])
def test_a_street_said_to_be_where_a_public_place_is_stays_a_warning(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("\"He lives up the Gurnos with his nan,\" she told the awards night.", "Gurnos"),
    ("txt: my nan lives up Penrhys, can u drop me", "Penrhys"),
    ("- Housing: staying down Tylorstown with her aunt since May", "Tylorstown"),
])
def test_living_up_or_down_a_named_estate_or_village_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "Home is Hawick, an hour up the A7 from the office.",
    "- He moved up to Scotland after the trial",
    "Caption: she lives up north now, and visits in summer.",
])
def test_a_journey_up_a_road_or_a_region_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "street"), [
    ("His granny lives out the Dromore Road, past the chapel, and still bakes.", "Dromore Road"),
    ("txt: were living out the Killyman Road now, the wee bungalow", "Killyman Road"),
    ("- Address: lives out the Carland Road (mum's)", "Carland Road"),
])
def test_living_out_a_road_is_living_on_it(body: str, street: str) -> None:
    assert address_overlaps(body, street)


@pytest.mark.parametrize("body", [
    "They drove out the Dromore Road to the lough for the photographs.",
    "- She moved out to Dungannon after the hearing",
    "Caption: the team walked out the Killyman Road to the community garden.",
])
def test_travelling_out_a_road_stays_a_warning(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "school"), [
    ("He sat next to a lad who had been at Hartcliffe Community College with him.", "Hartcliffe Community College"),
    ("[20:14] Jas: she's been at Thornaby Academy since year 7, the head knows her", "Thornaby Academy"),
    ("| Education | had been at Moorside High School until exclusion | |", "Moorside High School"),
])
def test_a_school_someone_has_been_at_is_where_they_studied(body: str, school: str) -> None:
    assert address_overlaps(body, school)


@pytest.mark.parametrize("body", [
    "He had been at Leeds College of Building for an interview.",
    "[20:14] Jas: I've been at Manchester College all morning for the careers fair",
])
def test_a_big_towns_college_someone_has_been_at_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He wants to finish his hours at the Methil Parish Church food bank, where his gran volunteers.",
     "Methil Parish Church food bank"),
    ("[17:20] Ange: she's helping at the St Luke's soup kitchen Tuesdays now", "St Luke's soup kitchen"),
    ("| Placement | Tollcross Parish foodbank | 40 hrs | good |", "Tollcross Parish foodbank"),
])
def test_a_parish_food_bank_or_soup_kitchen_by_name_is_where_someone_is_found(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He finished his hours at the Leeds food bank and stayed on as a volunteer.",
    "[17:20] Ange: Marcus did 200 hours at the Trussell food bank in Armley",
])
def test_a_big_towns_or_a_networks_food_bank_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("Ibrahim (community worker, Sudanese Community Association) offered him English classes.",
     "Sudanese Community Association"),
    ("[16:02] Hodan: the sewing group meets at the Somali Community Centre on Saturdays", "Somali Community Centre"),
    ("| Support | Kurdish Community Group, Tuesdays | attending |", "Kurdish Community Group"),
])
def test_a_peoples_own_community_place_is_where_someone_is_found(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "The Payback team repainted the Hendon Community Centre fence.",
    "[16:02] Hodan: the Leeds Community Foundation grant came through!",
    "| Funder | Yorkshire Community Foundation | £2,000 |",
])
def test_a_towns_community_place_or_a_funder_is_no_door(body: str) -> None:
    assert errors(body, "address") == []


@pytest.mark.parametrize(("body", "place"), [
    ("He plays darts for the Cross Keys on a Thursday.", "Cross Keys"),
    ("[20:40] Jo: he was playing pool at the Gardeners again, breach?", "Gardeners"),
    ("| Leisure | plays dominoes for the Windmill | |", "Windmill"),
])
def test_the_pub_someone_plays_darts_or_pool_at_is_where_they_are_found(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize(("body", "place"), [
    ("His mum runs the Spar in Kinglassie, so everyone knows her.", "Kinglassie"),
    ("[07:00] Bev: his dad manages the Co-op in Crail now", "Crail"),
])
def test_the_village_of_a_chains_branch_someone_runs_is_a_door(body: str, place: str) -> None:
    assert address_overlaps(body, place)


def test_a_branch_someone_runs_in_a_big_town_is_no_door() -> None:
    assert errors("He runs the Tesco in Leeds, nights mostly.", "address") == []
