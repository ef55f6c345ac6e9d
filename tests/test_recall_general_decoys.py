"""Issue 12, a general round of false alarms: what stands where a name or a home could, but is
neither. A weekday, a service named with its helpline, the writer's organisation's own line
("ring us"), a team's number, a team by its letters ("the VLT on") and a switchboard ("ask for the
duty officer"), a show's title written as a pair with a singular verb, a town after "in" or at the
end of a journey, money "raised", a place named by a public building after it, and a historical
figure that an essay is about or that a list names beside a public figure, and an animal's name
beside the animal ("the court dog, Hope,").

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "Wed: laundry duty (interpreter Thursdays, see office)",
    "Rota: cleaning Mondays, laundry Wednesdays.",
    "Frank (0300 123 6600) is there if you want to talk about drugs.",
    "If it gets too much, ring Shelter on 0808 800 4444.",
    "Samaritans: 116 123, any time.",
    "Everybody knew Gavin & Stacey was filmed up the road.",
    "Ant & Dec is on at eight, so the session finishes early.",
    "The show was filmed up the road in Barry, and everyone watched it.",
    "It's 40 minutes to Llandod and I haven't got a car.",
    "The last bus from Clitheroe goes at six.",
    "£62 raised for the RNLI at Clacton lifeboat station.",
    "They raised money at Southport fun run for the hospice.",
])
def test_what_stands_where_a_name_or_home_could_is_not_one(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Dean (07700 900123) is his mentor.", "Dean"),
    ("Ring Dean on 0300 123 4567 at the office.", "Dean"),
    ("Dean and Sam was late again, said the officer.", "Dean"),
    ("Gavin & Stacey were at the hostel on Friday.", "Gavin"),
    ("He was raised in Carnhill by his nan.", "Carnhill"),
    ("Found sleeping at Carnhill bus shelter, he was taken in.", "Carnhill"),
    ("I confided in Barry Okafor about the debt.", "Barry Okafor"),
])
def test_a_person_and_a_home_are_still_found(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


@pytest.mark.parametrize(("body", "found"), [
    ("They sat in Hope's kitchen until midnight.", "Hope"),
    ("It was 40 minutes to Barry's flat on the bus.", "Barry"),
])
def test_a_possessive_after_in_or_a_journey_is_a_person(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


@pytest.mark.parametrize("body", [
    "We were watching *Gavin & Stacey* when the session ended.",
    'The film "Billy Elliot" made him cry, he said.',
    "He's reading _Noughts & Crosses_ for his course.",
    "Says Up Helly Aa is the only thing he looks forward to.",
    "The whole team went to the Notting Hill Carnival.",
    "She'll be home for Mothering Sunday and St David's Day.",
])
def test_a_title_of_a_work_and_a_festival_are_no_names(body: str) -> None:
    assert errors(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ('The caption we were sent read "Liam and baby Maisie-Lou first time she\'s met her daddy".', "Maisie-Lou"),
    ("We were watching telly with Kayleigh Barnes.", "Kayleigh Barnes"),
])
def test_a_name_near_a_word_for_a_work_but_in_no_title_is_a_name(body: str, found: str) -> None:
    assert any(found in text for text in errors(body))


def phones(body: str) -> list[str]:
    return errors(body, "phone")


@pytest.mark.parametrize("body", [
    # a social-media post
    "Fancy nominating a project? DM us at @ValeProbation or ring 0113 496 0000. #CommunityPayback",
    # an email's sign-off
    "Any questions about the rota, give us a ring on 0113 496 0010.\n\nThanks, Bev",
    # a newsletter's table
    "| Want to volunteer? | Contact us on 0161 496 0123 |",
])
def test_a_landline_the_writers_organisation_invites_readers_to_ring_is_not_a_persons(body: str) -> None:
    assert phones(body) == []


@pytest.mark.parametrize(("body", "number"), [
    ('"Ring us on 0161 496 0999 if he turns up," his mum said.', "0161 496 0999"),
    ("His mum said: ring us at home, 0161 496 0999.", "0161 496 0999"),
    ("Contact us: 07700 900123 (my own mobile, not the office)", "07700 900123"),
])
def test_a_familys_us_a_quotation_or_a_mobile_is_still_a_persons_number(body: str, number: str) -> None:
    assert phones(body) == [number]


def person_names(body: str) -> list[str]:
    return errors(body, "person_name")


@pytest.mark.parametrize("body", [
    # a speech quoted in a news item, with the name repeated later
    "The first essay I wrote was about Octavia Hill. I did not know who she was. "
    '"Put Octavia Hill in the story," she said.',
    # an email from a tutor
    "From: the Learning Together tutor\n\nNext week's seminar is on Elizabeth Fry, then the exam on Octavia Hill.",
    # a quiz write-up in a newsletter
    "**Picture round:** the winners spotted Frank Spencer, Freddie Mercury and the Angel of the North.",
])
def test_a_figure_studied_or_listed_with_a_public_figure_is_public(body: str) -> None:
    assert person_names(body) == []


@pytest.mark.parametrize(("body", "name"), [
    ("The story was about Kayleigh Barnes and her mum.", "Kayleigh Barnes"),
    ("Kayleigh Barnes and Freddie Mercury fans queued at the door.", "Kayleigh Barnes"),
    ("My essay on my nan, Mary Jones, won a prize.", "Mary Jones"),
])
def test_a_story_about_someone_a_pair_or_an_essay_on_family_still_names_a_person(body: str, name: str) -> None:
    assert name in person_names(body)


@pytest.mark.parametrize("body", [
    # a newsletter
    "Questions about the rota? The team's number is 0113 496 0000.",
    # an email
    "Victims who want to talk can reach the VLT on 0113 496 0010, weekdays.",
    # notes
    "- Out of hours: call 0161 496 0123 and ask for the duty officer.",
])
def test_a_teams_number_a_team_by_its_letters_or_a_switchboard_is_not_a_persons(body: str) -> None:
    assert phones(body) == []


@pytest.mark.parametrize(("body", "number"), [
    ("I phone the uncle on 020 7946 0831. He confirms the address.", "020 7946 0831"),
    ("His mum's number is 0161 496 0999, she said.", "0161 496 0999"),
    ("Call the house on 0161 496 0999 and ask for Jade.", "0161 496 0999"),
])
def test_a_relatives_or_a_homes_landline_is_still_a_persons(body: str, number: str) -> None:
    assert phones(body) == [number]


@pytest.mark.parametrize(("body", "animal"), [
    # a team profile
    ("The court dog, Hope, sat with him through the whole hearing.", "Hope"),
    # a text message
    ("**[07:15] Dean:** cant come in, our dog Tyson is at the vets", "Tyson"),
    # a caption
    ("*Photo: Milo, the office cat, asleep on the rota.*", "Milo"),
])
def test_an_animals_name_beside_the_animal_is_no_person(body: str, animal: str) -> None:
    assert animal not in person_names(body)


@pytest.mark.parametrize(("body", "name"), [
    ("Kayleigh, his dog's vet, rang about the bill.", "Kayleigh"),
    ("Dean walked the dog with Kayleigh every night.", "Kayleigh"),
    ("He fed the cat. Kayleigh came round at six.", "Kayleigh"),
])
def test_a_person_near_an_animal_is_still_a_person(body: str, name: str) -> None:
    assert name in person_names(body)


# Seventh round: a body's own line after its possessive ("the trust's victims line, 0113 ..."),
# a name with a title of the peerage before "of" (a public figure, or a hospital named after
# one), and a rare first name that is a town after a verb of origin ("came from Constanța").
@pytest.mark.parametrize("body", [
    # a team profile
    "The unit's number is the trust's victims line, 0113 496 0010, and Victim Support take referrals too.",
    # notes
    "Gave her the council's housing line, 0113 496 0020, and the hostel's.",
    # a caption
    "*Poster: the service's advice line: 0113 496 0030.*",
])
def test_a_bodys_own_line_after_its_possessive_is_no_ones_phone(body: str) -> None:
    assert errors(body, "phone") == []


@pytest.mark.parametrize("body", [
    # a chat
    "[06:56] Mel: he's got a note from Diana Princess of Wales hospital for the 14th",
    # a case study
    "He finished his Philip Duke of Edinburgh award in the gym at HMP Stocken.",
    # a caption
    "*The Anne Princess Royal ward, where she trained.*",
])
def test_a_name_with_a_peerage_title_before_of_is_no_private_person(body: str) -> None:
    assert not any(word in " ".join(errors(body, "person_name")) for word in ("Diana", "Philip", "Anne"))


@pytest.mark.parametrize("body", [
    # a case study
    "Ionuț is 34 and came from Constanța in 2016 to pick brassicas.",
    # a chat
    "**Ana:** he moved from Florina when he was ten",
    # a caption
    "*Originally from Adelaide, she runs the allotment's seed swap.*",
])
def test_a_rare_first_name_after_a_verb_of_origin_is_a_town(body: str) -> None:
    found = errors(body, "person_name")
    assert not any(town in " ".join(found) for town in ("Constanța", "Florina", "Adelaide"))


@pytest.mark.parametrize(("body", "name"), [
    ("Her mum's line, 07700 900 123, is the one to use.", "07700 900 123"),  # a mobile is a person's
    ("A letter came from Kasia last week.", "Kasia"),  # a common first name after "came from"
    ("Sarah Jones of Leeds Hospital rang about him.", "Sarah Jones"),  # no peerage title
])
def test_people_beside_these_shapes_are_still_found(body: str, name: str) -> None:
    assert any(name in found for found in errors(body))


# A name offered as one choice beside a placeholder name is an example, not a person.
@pytest.mark.parametrize(("body", "example"), [
    # a team profile
    ('"The first thing I ask is how they want to be called. Mrs Whoever, or Sandra, or whatever."', "Sandra"),
    # training notes
    ("- Use the name they give: Joe Bloggs or Karen, it doesn't matter which.", "Karen"),
    # a chat
    ("**Deb:** just say Mr So-and-so or Gary, whoever's on the letter", "Gary"),
])
def test_a_name_beside_a_placeholder_name_is_an_example(body: str, example: str) -> None:
    assert not any(example in found for found in errors(body, "person_name"))


@pytest.mark.parametrize(("body", "name"), [
    ("Sandra or whatever her name is rang the office again.", "Sandra"),  # no placeholder name
    ("Kelly or Sandra will ring back after ten.", "Sandra"),
])
def test_names_in_lists_without_a_placeholder_are_still_found(body: str, name: str) -> None:
    assert any(name in found for found in errors(body, "person_name"))


# A capitalised word after singing or drinking is a song or a drink.
@pytest.mark.parametrize(("body", "word"), [
    ("He sang Delilah at the karaoke and the whole pub joined in.", "Delilah"),  # a case study
    ("**Gaz:** he drinks Stella, never anything else", "Stella"),  # a chat
    ("*Two pints of Carling and the quiz sheet.*", "Carling"),  # a caption
])
def test_a_song_or_a_drink_is_no_person(body: str, word: str) -> None:
    assert not any(word in found for found in errors(body, "person_name"))


@pytest.mark.parametrize(("body", "name"), [
    ("She sang with Kelly at church on Sundays.", "Kelly"),
    ("He was drinking with Darren Pyle all night.", "Darren Pyle"),
])
def test_people_singing_or_drinking_with_someone_are_still_found(body: str, name: str) -> None:
    assert any(name in found for found in errors(body, "person_name"))


# Heads of state and public office holders named in passing are public figures.
@pytest.mark.parametrize("body", [
    "He left Kampala in 1979, when Idi Amin was still in power.",  # a case study
    "**Kofi:** my gran still has a Kwame Nkrumah calendar lol",  # a chat
    "*Mayor Andy Burnham at the opening of the new hub.*",  # a caption
    "Justice Minister Naomi Long spoke at the conference.",
])
def test_heads_of_state_and_office_holders_are_public(body: str) -> None:
    assert not any(word in " ".join(errors(body, "person_name")) for word in ("Amin", "Nkrumah", "Burnham", "Naomi"))


# An animal's name of two words beside the animal ("His collie, Taffi Bach,") is no person.
@pytest.mark.parametrize(("body", "pet"), [
    ("His collie, Taffi Bach, follows him round the forge.", "Taffi"),  # a case study
    ("**Jo:** her dog, Bramble Rose, sleeps in the van lol", "Bramble"),  # a chat
    ("*Milo Jones, the office cat, asleep on the printer.*", "Milo"),  # a caption
])
def test_an_animals_two_word_name_beside_it_is_no_person(body: str, pet: str) -> None:
    assert not any(pet in found for found in errors(body, "person_name"))


def test_a_person_beside_an_animal_is_still_found() -> None:
    assert "Kelly Brown" in errors("He walked his dog with Kelly Brown every morning.", "person_name")


# A firm named by a word and the kind of business in lower case after it, with no possessive.
@pytest.mark.parametrize(("body", "firm"), [
    ("Among the donors: Chase bank's volunteering scheme and the Rotary club.", "Chase"),  # a news piece
    ("**Kel:** she's got a job on the tills at the Lidl store now", "Lidl"),  # a chat
    ("*Volunteers from Morgan pharmacy with the food bank van.*", "Morgan"),  # a caption
])
def test_a_name_before_a_kind_of_business_is_a_firm(body: str, firm: str) -> None:
    assert not any(firm in found for found in errors(body, "person_name"))


def test_a_person_before_a_comma_and_a_business_is_still_found() -> None:
    assert "Darren Pyle" in " ".join(errors("Ask Darren Pyle, the bank manager, about the account.", "person_name"))
