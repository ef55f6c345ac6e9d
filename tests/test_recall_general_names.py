"""Issue 12, a general round for names: the other shapes a found name takes in the same story
(a nickname beside it, a surname in the plural), a name in lower case after a title, a verb
opening a sentence that is no part of the name after it, and a table's column or row of people
under another heading than "Name" ("Initials", "Surname", "Known as", "Tenant"), a pseudonym
with a surname's initial ("Aziz K."), a name cut short in brackets ("Ifan Parry (Ifs)"), and a
name before a family word or honorific of another language ("Sumaiya apa", "Bina ji"), and in a
message, a word no list knows that reads as a name before "says" ("dazza says").

The sentences are our own, in the genres staff write (chat logs, voicemails, captions, comment
threads, rotas); each table tests a rule for a pattern, not a list of names.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors, findings
from plugins.anonymity.allowlist import Allowlist


def names(body: str) -> list[str]:
    return errors(body, "person_name")


@pytest.mark.parametrize(("body", "nickname"), [
    ("**[10:35] Gary:** That's Tosh, Antoni Wisniewski, he's mine", "Tosh"),
    ('"Yeah it\'s Shaz, Sharon Pickavance, I\'ve missed the bus."', "Shaz"),
    ('Caption: my cousin Abdullahi ("Dullah") holding the cup.', "Dullah"),
    ("Then my mate Wiremu “Wiz” came with his sister.", "Wiz"),
    ("Present: Gethin Pryce (Gethsy), Mo Begum, Karen Lowe.", "Gethsy"),
])
def test_a_nickname_beside_a_name_is_flagged(body: str, nickname: str) -> None:
    assert nickname in names(body)


@pytest.mark.parametrize(("body", "kept"), [
    ("I'm Sorry, Dean Smith, I can't make it today.", ["Dean Smith"]),
    ("It's Monday, Dean Smith rang at nine.", ["Dean Smith"]),
    ("Present: Jo Hart, Mark Evans, Grace Lee.", ["Jo Hart", "Mark Evans", "Grace Lee"]),
])
def test_an_everyday_word_or_a_day_before_a_name_is_no_nickname_and_a_name_no_place(body: str, kept: list[str]) -> None:
    assert names(body) == kept


def test_a_nickname_beside_a_name_is_flagged_wherever_else_it_stands() -> None:
    found = names('My brother Abdullahi ("Dullah") is filming. Wave, Dullah. Dullah waved back.')
    assert found.count("Dullah") == 3


@pytest.mark.parametrize(("body", "plural"), [
    ("Norbert Kowalczyk rang at ten. I've got two Kowalczyks on my list, check the CRN.", "Kowalczyks"),
    ("Siobhan Fennelly came in. The Fennellys' flat is above the chippy.", "Fennellys"),
])
def test_a_surname_found_in_a_full_name_is_flagged_in_the_plural(body: str, plural: str) -> None:
    assert plural in names(body)


@pytest.mark.parametrize("body", [
    "Mark Evans chaired it. Top marks to the team.",
    "Rose Tyler spoke. The roses were lovely.",
])
def test_the_plural_of_a_first_name_or_a_word_is_not_a_repeat(body: str) -> None:
    assert names(body) == [body.split(" ")[0] + " " + body.split(" ")[1]]


@pytest.mark.parametrize(("body", "name"), [
    ("**mrs j pennington** · 23 hours ago\nFair play to them.", "mrs j pennington"),
    ("> mr okonjo says the van is booked for 9", "mr okonjo"),
    ("comment from dr k wallace: great work", "dr k wallace"),
])
def test_a_lower_case_name_after_a_title_is_flagged(body: str, name: str) -> None:
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "mr brown bread, the rhyming slang, made everyone laugh.",
    "We asked the dr about it and she said to wait.",
    "i mean mr i think so was the reply.",
])
def test_a_lower_case_title_before_a_word_is_no_name(body: str) -> None:
    assert names(body) == []


@pytest.mark.parametrize(("body", "name"), [
    ("Call Gary Pilkington on the office line.", "Gary Pilkington"),
    ("Ring Kowalczyk tomorrow about the van.", "Kowalczyk"),
    ("Keep Eleri on the rota.", "Eleri"),
])
def test_a_verb_opening_a_sentence_is_no_part_of_the_name(body: str, name: str) -> None:
    assert names(body) == [name]


def errors_of(body: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in findings(body) if f.severity == "error"]


@pytest.mark.parametrize(("body", "name"), [
    ("- Happy birthday to Kerry-Ann, 40 on the 2nd (she said I could say!!).", "Kerry-Ann"),
    ("Big birthday wishes to Mary-Jo Finnegan, 50 on the 14th.", "Mary-Jo Finnegan"),
])
def test_a_name_between_a_birthday_and_its_date_is_a_name_and_the_date_a_date_of_birth(body: str, name: str) -> None:
    found = errors_of(body)
    assert ("person_name", name) in found
    assert any(kind == "date_of_birth" for kind, _ in found)


@pytest.mark.parametrize(("body", "surname"), [
    ("I remember the Ogle twins, who he got into the docks.\n\n- the twins: ~~Ogle~~", "Ogle"),
    ("The Baker boys came every week. We rang Baker about the van.", "Baker"),
])
def test_a_surname_that_names_a_family_is_flagged_wherever_else_it_stands(body: str, surname: str) -> None:
    assert names(body).count(surname) == 2


@pytest.mark.parametrize(("body", "name"), [
    # a statistics table whose people are given by initials, one written out
    ("| Office | Initials | Employer |\n| --- | --- | --- |\n| Wrexham | G.L. | a café |\n"
     "| Wrexham | Ifan | Kellogg's |", "Ifan"),
    # a referral form
    ("| Field | Detail |\n| --- | --- |\n| Surname | Zdunek |\n| Known as | Bartosz |", "Zdunek"),
    # a rota in team notes
    ("| Room | Tenant | Key |\n| --- | --- | --- |\n| 4 | Tudwal | yes |\n| 7 | Oisín | no |", "Tudwal"),
])
def test_a_column_or_row_of_initials_surnames_or_tenants_holds_names(body: str, name: str) -> None:
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "| Office | Initials | Employer |\n| --- | --- | --- |\n| Wrexham | n/a | Wrexham AFC |",
    "| Field | Detail |\n| --- | --- |\n| Surname | withheld |\n| Known as | see file |",
    "| Room | Tenant | Key |\n| --- | --- | --- |\n| 4 | Vacant | yes |\n| 7 | Void | no |",
])
def test_a_column_of_people_with_no_name_in_it_is_clean(body: str) -> None:
    assert names(body) == []


def names_with(body: str, pseudonyms: str) -> list[str]:
    return errors(body, "person_name", Allowlist(("Lee Harrop", "Lee")), pseudonyms)


@pytest.mark.parametrize(("body", "found"), [
    # a notice pasted into a story
    ("> Mon: Rm 4 (Aziz K.) / Rm 7 (Ola)", "Aziz K."),
    # a case study
    ("When Aziz K. first arrived he kept his bag packed by the door.", "Aziz K."),
    # a text exchange
    ("**[14:02] Lee:** is Ola B. still coming at 3?", "Ola B."),
])
def test_a_pseudonym_with_a_surnames_initial_is_a_finding(body: str, found: str) -> None:
    assert found in names_with(body, "Aziz, Ola")


@pytest.mark.parametrize("body", [
    "Lee H. chaired the meeting and Aziz made the tea.",
    "Aziz. K. was the next room along, said the notice.",
    "Ola wanted Plan B. Aziz agreed.",
])
def test_staff_with_an_initial_or_a_pseudonym_alone_is_no_finding(body: str) -> None:
    assert names_with(body, "Aziz, Ola") == []


@pytest.mark.parametrize(("body", "nickname"), [
    # a statistics table
    ("| Area | Name | Employer |\n| --- | --- | --- |\n| Wrexham | Ifan Parry (Ifs) | agency |", "Ifs"),
    # a caption
    ("*Caption: Gabriela Lis (Gab) with the trophy.*", "Gab"),
    # a text message
    ("**[10:02] Bev:** Patrycja Nowak (Pat) missed her slot again", "Pat"),
    # a case study
    ("Everyone at the yard knows Bernadette Tully (Bern) by now.", "Bern"),
])
def test_a_name_cut_short_in_brackets_is_a_nickname_even_when_it_is_a_word(body: str, nickname: str) -> None:
    assert nickname in names(body)


@pytest.mark.parametrize("body", [
    "Dean Okafor (Deputy) chaired the panel.",
    "Sam Booth (Sales) rang about the van.",
    "Mark Evans (Manager) signed it off.",
])
def test_a_role_in_brackets_after_a_name_is_no_nickname(body: str) -> None:
    assert len(names(body)) == 1


@pytest.mark.parametrize(("body", "name"), [
    # a case study
    ("Sumaiya apa made the tea and told him to sit down.", "Sumaiya"),
    # a text
    ("**[18:40] Shapla:** Nazmin apa says the stall is hers on Saturday", "Nazmin"),
    # a caption
    ("Caption: Bina ji at the stall, first day of trading.", "Bina"),
])
def test_a_name_before_a_family_word_or_honorific_of_another_language_is_a_name(body: str, name: str) -> None:
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "He went to Leeds ji, as his mate put it.",
    "The Shelter ji report was late.",
    "We said Papa was right, and Mama agreed.",
])
def test_a_place_a_body_or_a_family_word_alone_is_no_name(body: str) -> None:
    assert names(body) == []


@pytest.mark.parametrize(("body", "name"), [
    # a text exchange quoted in a story
    ("> dazza says hes not going tonight", "dazza"),
    # a chat log in team notes
    ("**[21:02] Kel:** shotta said its on for saturday", "shotta"),
    # a story quoting a text
    ('He texted me: "bazza says the van is booked"', "bazza"),
])
def test_an_unknown_word_that_reads_as_a_name_before_says_in_a_message_is_a_name(body: str, name: str) -> None:
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "> the app says its shut till 9",
    "> google says its open, tesco says 9",
    "> everyone says hi x",
])
def test_a_thing_or_a_brand_that_says_in_a_message_is_no_name(body: str) -> None:
    assert names(body) == []


# Seventh round: a word for a name before the name ("by a nickname, Jeeta", "his surname, Hoxha",
# "her maiden name was Kerr"); a person's word before a bracket ("Roommate (Yohannes, Eritrean)");
# a nickname in quotation marks between dashes; a pet form of a name found, in a chat's lower
# case ("deano" after "Dean Ashworth"), with a WhatsApp export's seconds in its timestamps.
@pytest.mark.parametrize(("body", "name"), [
    # a case study
    ("Everyone at the gurdwara calls him by a nickname, Jeeta, that I didn't know.", "Jeeta"),
    ("Ardit's surname, Hoxha, is one of the most common in Albania.", "Hoxha"),
    # notes
    ("Client's maiden name was Kerr; she uses it at work.", "Kerr"),
    # a form
    ("Forename: Wojtek. Known at the hostel by his nickname: Bazyl.", "Bazyl"),
])
def test_a_word_for_a_name_introduces_a_name(body: str, name: str) -> None:
    assert any(name in found for found in names(body))


@pytest.mark.parametrize(("body", "name"), [
    # case notes
    ("Home visit. Roommate (Yohannes, Eritrean) present; said he cooks.", "Yohannes"),
    # a caption
    ("*His cellmate (Kwabena) made the card.*", "Kwabena"),
    # a chat
    ("**Jo:** the flatmate (Ilir) answered the door", "Ilir"),
])
def test_a_name_in_brackets_after_a_persons_word_is_a_name(body: str, name: str) -> None:
    assert any(name in found for found in names(body))


@pytest.mark.parametrize(("body", "nickname"), [
    ('His cousin Zubair — "Zubi" — came down with a bag of samosas.', "Zubi"),
    ("Her brother Sokol – “Koli” – drove.", "Koli"),
    ('*Left to right: Marcin - "Mac" - and his boss.*', "Mac"),
])
def test_a_quoted_nickname_between_dashes_is_the_same_person(body: str, nickname: str) -> None:
    assert nickname in names(body)


@pytest.mark.parametrize(("body", "pet"), [
    ("[21/11/2026, 06:55:41] Gaz: is deano on the list again??\n"
     "[21/11/2026, 06:56:03] Mel: Dean Ashworth yes, PNC on file.", "deano"),
    ("[09:01] Sam: Tom Pryce is in at ten.\n[09:40] Sam: tommo's not answering his phone", "tommo"),
    ("**[10:02] Bev:** spoke to Kel Marsh's mum\n**[10:05] Bev:** kelly says she's ill", "kelly"),
])
def test_a_pet_form_of_a_name_found_is_the_same_person_in_a_chat(body: str, pet: str) -> None:
    assert any(pet in found for found in names(body))


@pytest.mark.parametrize("body", [
    "The probation managers (POMs) meet on Mondays.",
    "Apples (Gala, Jazz) are on the stall.",
    "The street name, Hope Street, comes from the old chapel.",
    "[09:01] Sam: Ross Granda rang.\n[09:40] Sam: his granda's flat is on the list",
])
def test_name_words_and_brackets_without_a_person_stay_clean(body: str) -> None:
    found = names(body)
    assert not any(word in " ".join(found) for word in ("POMs", "Gala", "Jazz", "Hope", "granda's"))


# A first name and a surname run together in a hashtag make the full name, even when the first
# name is the story's pseudonym; a home or a vehicle after a possessive is someone's.
@pytest.mark.parametrize(("body", "pseudonyms", "name"), [
    # a staff post
    ("Well done Jayden! 👏 #JaydenMcAteer #FalkirkProud", "Jayden", "JaydenMcAteer"),
    # a comment
    ("So proud of her. #JusticeForChloeHardcastle", "Chloe", "ChloeHardcastle"),
    # a caption
    ("*Day one on the allotment #TeamMarcusOkafor*", "", "MarcusOkafor"),
])
def test_a_first_name_and_surname_in_a_hashtag_are_a_full_name(body: str, pseudonyms: str, name: str) -> None:
    assert any(name in found for found in errors(body, "person_name", pseudonyms=pseudonyms))


@pytest.mark.parametrize("body", [
    "#ProbationChangesLives #BlackHistoryMonth #MarkWhite",  # no surname after a first name
    "Proud of the team! #PaisleyProud #CommunityPayback",
])
def test_hashtags_without_a_full_name_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []


@pytest.mark.parametrize(("body", "name"), [
    ("Bridgie's caravan is on the site by the river.", "Bridgie"),  # a case study
    ("**Jo:** Tayler's scooter is in the bike shed again", "Tayler"),  # a chat
    ("*Kasandra's tent, the morning after the storm.*", "Kasandra"),  # a caption
])
def test_a_home_or_vehicle_after_a_possessive_is_someones(body: str, name: str) -> None:
    assert any(name in found for found in names(body))


# A first name that is a place too ("Jordan", "Georgia", "Devon") in a slot only a person takes.
@pytest.mark.parametrize(("body", "name"), [
    ("Her son Jordan is 19 and works on the docks.", "Jordan"),  # a case study
    ("the lad, Georgia's brother, and Jordan, 19, from Grangetown", "Jordan"),  # court notes
    ("**Bev:** Thanks, Devon! see you Tuesday", "Devon"),  # a chat
])
def test_a_first_name_that_is_a_place_in_a_persons_slot_is_a_name(body: str, name: str) -> None:
    assert any(name in found for found in names(body))


@pytest.mark.parametrize("body", [
    "He has family in Jordan and sends money home.",
    "Her sister in Kenya rings every Sunday.",
    "She says Kent is lovely in the spring.",
])
def test_places_in_a_places_slot_stay_clean(body: str) -> None:
    assert names(body) == []


# A nickname beside another person's name is that person, even when a member of staff who is
# allow-listed in full has the same first name.
STAFF_LIAM = Allowlist(("Liam Shaw", "Kevin Brady"))


@pytest.mark.parametrize(("body", "nickname"), [
    ("On the list: K. Docherty (Liam), breach, with Liam Shaw on duty.", "Liam"),  # a court list
    ("**Mel:** Tomasz Kowal (\"Kevin\") is in at 10", "Kevin"),  # a chat
    ('*Dale Hughes ("Kevin") with the cup, beside Kevin Brady.*', "Kevin"),  # a caption
])
def test_a_nickname_beside_another_persons_name_is_not_the_staff_member(body: str, nickname: str) -> None:
    found = errors(body, "person_name", allowlist=STAFF_LIAM)
    assert nickname in found


def test_the_staff_member_named_alone_stays_accepted() -> None:
    assert errors("Liam Shaw ran the session. Liam said it went well.", "person_name", allowlist=STAFF_LIAM) == []


# A name cut short as a sentence of its own just after the full name is that person's nickname.
@pytest.mark.parametrize(("body", "nickname"), [
    ('"This is for whoever has Patrick Rooney. Pa. Tell him the horse is sold."', "Pa"),  # a voicemail
    ("**Jo:** you've got Daniel Kerr today. Dan. The quiet one", "Dan"),  # a chat
    ("*Christopher Lowe. Chris. Day one of his placement.*", "Chris"),  # a caption
])
def test_a_name_cut_short_as_a_sentence_after_it_is_a_nickname(body: str, nickname: str) -> None:
    assert nickname in names(body)


@pytest.mark.parametrize("body", [
    "We met Sarah Jones. So. What next?",  # "So" does not start "Sarah"
    "Patrick Rooney left. Pat's van stayed.",
])
def test_sentences_after_a_name_that_do_not_cut_it_short(body: str) -> None:
    found = names(body)
    assert "So" not in found and "left" not in " ".join(found)


# Pet forms people use for each other ("Mags", "Kezza", "Macca"): first names wherever they stand.
@pytest.mark.parametrize(("body", "name"), [
    ("Mags from the allotments brought soup for the whole crew.", "Mags"),  # a case study
    ("**[10:04] Gaz:** tell Robbo he still owes me a fiver", "Robbo"),  # a chat
    ("*Kezza and Jonno planting leeks on the top bed.*", "Kezza"),  # a caption
])
def test_a_pet_form_of_a_first_name_is_a_name(body: str, name: str) -> None:
    assert any(name in found for found in names(body))
