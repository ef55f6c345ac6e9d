"""Person names in sentences, read as a specification of the guard's name detector.

Two tables: sentences that name a person (every occurrence of each listed name must be an error
of kind person_name, and nothing else in the sentence may be), and sentences whose capitalised
words are not people (job titles, programmes, places, organisations, days, words that are also
names, declared pseudonyms, allow-listed staff): no person_name error at all.

The names are invented and deliberately varied: the guard is measured on other stories with
other names, so these tables test the rules (cue words, reporting verbs, adjacency, lists,
possessives, addressed speech), not a list of names.
"""

from __future__ import annotations

import re

import pytest

from plugins.anonymity import Allowlist, check_story

STAFF = Allowlist((
    "Greater Manchester Probation Trust", "Amina Yusuf", "Tom Heywood", "Grace Adebayo",
    "Stockport", "Resolve", "Manchester Crown Court", "Thinking Skills Programme",
))


def story(body: str, pseudonyms: str = "Dean", header: str = "Title: A story\n") -> str:
    """A case study with a metadata header and `body` after a blank line."""
    return f"{header}Date: 2026-01-01\nPseudonyms: {pseudonyms}\nConsent: CS-2026-001\n\n{body}\n"


def name_errors(text: str) -> list[tuple[int, int]]:
    """Offsets of every person_name error in a story."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return [(starts[f.line - 1] + f.column - 1, starts[f.line - 1] + f.end_column - 1)
            for f in check_story(text, "story.md", STAFF).findings
            if f.kind == "person_name" and f.severity == "error"]


def occurrences(text: str, name: str, after: int) -> list[tuple[int, int]]:
    """Whole-word occurrences of `name` in `text` from offset `after` on."""
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?!\w)")
    return [m.span() for m in pattern.finditer(text, after)]


def missing_and_extra(text: str, names: tuple[str, ...], after: int) -> tuple[list[str], list[str]]:
    """Names with an occurrence no error covers, and errors that cover none of the names."""
    errors = name_errors(text)
    wanted = [(name, span) for name in names for span in occurrences(text, name, after)]
    assert wanted, f"none of {names} occurs in the test text"
    missing = [name for name, (s, e) in wanted if not any(fs < e and s < fe for fs, fe in errors)]
    extra = [text[fs:fe] for fs, fe in errors if not any(fs < e and s < fe for _, (s, e) in wanted)]
    return missing, extra


def person(sentence: str, *names: str, pseudonyms: str = "Dean"):
    """One row of the table of sentences that name people."""
    return pytest.param(sentence, names, pseudonyms, id=sentence[:60])


# Sentences that name a person --------------------------------------------------------------

PEOPLE = [
    # The probes from the brief.
    person("Lee met his victim's sister, Bronwen Price, at the course.", "Bronwen Price", pseudonyms="Lee"),
    person("His partner Grace Hill came to every appointment.", "Grace Hill"),
    person("Says Precious, his daughter: it was hard.", "Precious"),
    person("Her friend Hope Green lent her money.", "Hope Green"),
    # A relationship or role before the name, with or without a comma.
    person("His neighbour, Rowan Fisher, called the police.", "Rowan Fisher"),
    person("The victim, Joy Baker, spoke at the hearing.", "Joy Baker"),
    person("Her stepdad Clive Marsh moved in that spring.", "Clive Marsh"),
    person("His cellmate Dwayne Forbes taught him to read.", "Dwayne Forbes"),
    person("My nan, Ivy Pollard, raised me.", "Ivy Pollard"),
    person("Her son Tyrese was nine when she went inside.", "Tyrese"),
    person("His brother-in-law, Mehmet Yilmaz, gave him a job.", "Mehmet Yilmaz"),
    person("His ex-wife Sunita Chauhan did not want contact.", "Sunita Chauhan"),
    person("Her eldest, Summer, is at college now.", "Summer"),
    person("His uncle, Winston Grant, took him in.", "Winston Grant"),
    person("Her girlfriend Faith Walker waited outside.", "Faith Walker"),
    person("His best mate Robbie Nolan was driving.", "Robbie Nolan"),
    person("Their youngest, Archie, started school in September.", "Archie"),
    person("He stayed with his auntie Marcia in Moss Side.", "Marcia"),
    person("His probation officer, Rosie Clarke, never gave up on him.", "Rosie Clarke"),
    person("Her daughter Harmony turns ten next week.", "Harmony"),
    person("The victim's mother, Valerie Tanner, spoke first.", "Valerie Tanner"),
    person("Her husband Mohammed Iqbal Chaudhry left in 2019.", "Mohammed Iqbal Chaudhry"),
    person("A woman called Sapphire Hughes rang the office.", "Sapphire Hughes"),
    person("His godfather, Errol Brown, picked him up.", "Errol Brown"),
    person("Her sister-in-law Dawn Rivers came to court.", "Dawn Rivers"),
    person("He shared a cell with a lad named Storm.", "Storm"),
    # The relationship after the name.
    person("Precious, his daughter, writes to him every week.", "Precious"),
    person("Fadumo Abdi Warsame, his mother, came to court.", "Fadumo Abdi Warsame"),
    person("Dawn Harper, the victim's mother, read her statement.", "Dawn Harper"),
    person("Gurpreet Kaur Sandhu, his sister, drove him to the hearing.", "Gurpreet Kaur Sandhu"),
    person("Errol Bishop, his godfather, picked him up.", "Errol Bishop"),
    person("Bogdan Kovalenko, a Ukrainian builder, hired him.", "Bogdan Kovalenko"),
    # An age or "who" after the name.
    person("Mark Brook, 34, was jailed for three years.", "Mark Brook"),
    person("Sandy Marsh, 52, runs the allotment.", "Sandy Marsh"),
    person("Kofi Boateng, 41, was sentenced in Bolton.", "Kofi Boateng"),
    person("Wei Chen, 29, owned the takeaway.", "Wei Chen"),
    person("Baker, 34, was jailed for two years.", "Baker"),
    person("Ruby Hall, who runs the café, gave him a shift.", "Ruby Hall"),
    person("Joy, who was 17 at the time, never went back to school.", "Joy"),
    person("Biddy Maughan, who lives on the site, looked after the dogs.", "Biddy Maughan"),
    # Reporting verbs.
    person("\"I was scared,\" Hope said.", "Hope"),
    person("\"It changed me,\" says Ivy.", "Ivy"),
    person("Will told the court he was sorry.", "Will"),
    person("Says Amber: it was the first time anyone listened.", "Amber"),
    person("Candice explained that she had nowhere to go.", "Candice"),
    person("Tiago Ferreira said the course helped.", "Tiago Ferreira"),
    person("Afterwards Ashok Patel told us he felt lighter.", "Ashok Patel"),
    person("\"You can do this,\" said Mercy.", "Mercy"),
    person("Says Blessing: \"I never thought he'd change.\"", "Blessing"),
    person("Asked what changed, Shanice laughs.", "Shanice"),
    person("Abena Owusu-Ansah said she forgave him.", "Abena Owusu-Ansah"),
    person("Marcia Bailey said she was proud.", "Marcia Bailey"),
    person("\"He's a different man,\" Patience added.", "Patience"),
    # Possessives.
    person("Kwame's mum drove him to every session.", "Kwame"),
    person("They sat in Hope's kitchen until midnight.", "Hope"),
    person("Brooke's father wrote to the judge.", "Brooke"),
    # Addressed speech.
    person("\"Thanks, Destiny,\" he said.", "Destiny"),
    person("\"Come on, Hunter, you can do this,\" the coach shouted.", "Hunter"),
    person("\"Sit down, Rocco.\"", "Rocco"),
    # Lists of people.
    person("Skye, Kacey and Tamsin came to the party.", "Skye", "Kacey", "Tamsin"),
    person("Leon, Ricardo and Marcus came to the party.", "Leon", "Ricardo", "Marcus"),
    person("He sat with Chantal, Femi and Joy.", "Chantal", "Femi", "Joy"),
    # Two capitalised words mid-sentence, one of them a known name even if also a word.
    person("The car belonged to Will Hay.", "Will Hay"),
    person("The house was rented from Grace Hill until May.", "Grace Hill"),
    person("A statement from Hope Green was read out.", "Hope Green"),
    person("The van was registered to Frank Bell.", "Frank Bell"),
    person("Messages from Dawn Fox kept arriving.", "Dawn Fox"),
    person("He borrowed the car from Gary Marsh.", "Gary Marsh"),
    person("The flat was in the name of Rose Pike.", "Rose Pike"),
    # Names at the start of a sentence.
    person("Grace Hill was waiting at the gate.", "Grace Hill"),
    person("Hope Green gave evidence first.", "Hope Green"),
    person("Kacper Wiśniewski arrived in 2015.", "Kacper Wiśniewski"),
    # Irish, Scottish, Traveller.
    person("His friend Ciarán O'Sullivan lent him a van.", "Ciarán O'Sullivan"),
    person("The landlord, Fergus MacAulay, evicted him.", "Fergus MacAulay"),
    person("Ruairí McGinley was released in May.", "Ruairí McGinley"),
    person("Dean was interviewed by Niamh Ní Dhomhnaill.", "Niamh Ní Dhomhnaill"),
    person("His cousin Paddy Joe Ward brought the horses.", "Paddy Joe Ward"),
    person("Johnny Delaney said the site had been his home for years.", "Johnny Delaney"),
    # Hyphenated.
    person("Her mother, Jean-Marie Okoye-Smith, kept the letters.", "Jean-Marie Okoye-Smith"),
    person("Lily-Mae was born while he was inside.", "Lily-Mae"),
    person("Mary-Kate Dunne wrote to him.", "Mary-Kate Dunne"),
    # Arabic, Somali, Kurdish.
    person("Abdi Ali Hassan was his co-defendant.", "Abdi Ali Hassan"),
    person("His wife, Sahra Mohamed Yusuf, works nights.", "Sahra Mohamed Yusuf"),
    person("Dean met Khalid bin Rashid at the mosque.", "Khalid bin Rashid"),
    person("Rebwar Karimi translated for him.", "Rebwar Karimi"),
    # South Asian.
    person("Balwinder Singh Dhillon runs the kitchen at the gurdwara.", "Balwinder Singh Dhillon"),
    person("Dean shared a flat with Rajesh Venkataraman.", "Rajesh Venkataraman"),
    person("Nasreen Akhtar, his mother, came to every visit.", "Nasreen Akhtar"),
    # West African.
    person("Oluwaseun Adeyemi signed the letter.", "Oluwaseun Adeyemi"),
    person("His mentor, Chidi Okonkwo, was there on the day.", "Chidi Okonkwo"),
    person("Yaw Asante, 38, drove the van.", "Yaw Asante"),
    # Caribbean.
    person("Delroy Campbell gave him a job.", "Delroy Campbell"),
    person("His grandmother Hyacinth Morgan came from Jamaica.", "Hyacinth Morgan"),
    person("Leroy Thompson, who coached him, came to the hearing.", "Leroy Thompson"),
    # Eastern European.
    person("Krzysztof Wiśniewski was fined £200.", "Krzysztof Wiśniewski"),
    person("Her colleague Agnieszka Wójcik covered the shift.", "Agnieszka Wójcik"),
    person("Dean met Radu Ionescu on the site.", "Radu Ionescu"),
    person("His friend Aurimas Kazlauskas lent him money.", "Aurimas Kazlauskas"),
    # Chinese, Vietnamese.
    person("Nguyen Van Long worked at the nail bar.", "Nguyen Van Long"),
    person("Her friend Zhang Wei brought food.", "Zhang Wei"),
    person("Tran Thi Mai said she was frightened.", "Tran Thi Mai"),
    # Other cues.
    person("Dean punched Jayden Cole outside the pub.", "Jayden Cole"),
    person("Officer Daniel Reeves arrested him.", "Officer Daniel Reeves"),
    person("Thanks to Ellie-Rose, he is still sober.", "Ellie-Rose"),
    person("Dean's daughter Melody turns ten next week.", "Melody"),
    person("Dean sold the car to Tommy Blue.", "Tommy Blue"),
    person("Lacey Stone, 31, was given a suspended sentence.", "Lacey Stone"),
    person("\"He never gave up,\" says Temperance.", "Temperance"),
    person("Dean and his girlfriend, Sky, moved to Leigh.", "Sky"),
    person("Brandon, Kyle and River stayed behind to help.", "Brandon", "Kyle", "River"),
    person("He was sharing a room with Raheem Khan and Dominic Shore.", "Raheem Khan", "Dominic Shore"),
    person("Her friends Misty, Dior and Chanel threw her a party.", "Misty", "Dior", "Chanel"),
    person("Cherry Blackwood, who runs the allotment, let him plant potatoes.", "Cherry Blackwood"),
    person("Ebony Marshall, Dean's ex-partner, did not want contact.", "Ebony Marshall"),
    person("Fatma Demir, his mother-in-law, took the children.", "Fatma Demir"),
    person("Neighbours Peggy and Ron Butterfield signed the petition.", "Peggy", "Ron Butterfield"),
    person("Dean owed money to a man called Stacks.", "Stacks"),
    person("Dean's old dealer, a man called Snowy, still texts him.", "Snowy"),
    person("A man known as \"Tank\" ran the landing.", "Tank"),
    person("Tell Hope I said hello.", "Hope"),
    person("Sean Ó Briain sang at the funeral.", "Sean Ó Briain"),
    person("The letter was signed by J. Smith on Monday.", "Smith"),
    person("He met Nurse Okoro and Coach Barnes at the gym.", "Nurse Okoro", "Coach Barnes"),
    person("At the hearing, his victim, Sandra\nHeald, read her statement.", "Sandra", "Heald"),
    person("Everyone calls him Tiny.", "Tiny"),
    person("It was hard for their kids, Ruby and Harvey.", "Ruby", "Harvey"),
    person("I owe everything to Nanette and Hugh Parry.", "Nanette", "Hugh Parry"),
    person("He has a new girlfriend, Chloe Dawson, and a job.", "Chloe Dawson"),
    person("\"Are you okay, Jade?\" the nurse asked.", "Jade"),
    person("Grandma Pearl kept his room ready.", "Grandma Pearl"),
    person("The boys, Ellis and Finley, visit every other weekend.", "Ellis", "Finley"),
    person("It was Dawn Holt, a neighbour, who called 999.", "Dawn Holt"),
    person("Dean calls his nan, Dot, every Sunday.", "Dot"),
    person("Jade Hope Wilson, his niece, was born in April.", "Jade Hope Wilson"),
    person("Liberty, his daughter, is seven.", "Liberty"),
    person("Dean and his cousins, Kian and Tyler, grew up in Hulme.", "Kian", "Tyler"),
    person("Dean spoke to Darren Rose about the job.", "Darren Rose"),
    person("However, Hope and Joy came to the party.", "Hope", "Joy"),
    person("Bradley Ashworth pleaded guilty at Bolton Crown Court.", "Bradley Ashworth"),
    person("Dean, Tamsin and Lee went to the match.", "Tamsin", pseudonyms="Dean, Lee"),
    person("A regular at the café, Clem Barker, offered him a week's work.", "Clem Barker"),
    person("Dean's youngest, Bobbi-Jo, has just started nursery.", "Bobbi-Jo"),
    person("His mate Scouse Dave got him the job.", "Scouse Dave"),
    person("Dean was fostered by Glenda and Roy Pearce.", "Glenda", "Roy Pearce"),
    person("The Reverend Joy Adeyemi married them in June.", "Reverend Joy Adeyemi"),
]


@pytest.mark.parametrize("sentence, names, pseudonyms", PEOPLE)
def test_a_sentence_that_names_a_person_is_an_error_on_the_name_only(sentence, names, pseudonyms):
    text = story(sentence, pseudonyms)
    missing, extra = missing_and_extra(text, names, text.index("\n\n"))
    assert (missing, extra) == ([], [])


def metadata(header: str, body: str, *names: str):
    """One row of the table of names in published metadata, headings and image text."""
    return pytest.param(header, body, names, id=(header + body)[:60])


IN_METADATA = [
    metadata("Title: How Tayo Bankole found work\n", "Dean got a job.", "Tayo Bankole"),
    metadata("Title: A story\nSummary: Jade Booth on life after prison.\n", "Dean got a job.", "Jade Booth"),
    metadata("Title: A story\nTags: Ahmed Hussain, employment\n", "Dean got a job.", "Ahmed Hussain"),
    metadata("Title: A story\n", "## Danielle's story\n\nDean got a job.", "Danielle"),
    metadata("Title: A story\n", "![Marcus Reid at the allotment](images/allotment.jpg)", "Marcus Reid"),
    metadata("Title: Says Precious\n", "Dean got a job.", "Precious"),
    metadata("Title: A story\nSlug: dean-and-kayleigh\n", "Dean got a job.", "kayleigh"),
    metadata("Title: A story\n", "![Dean at work](images/tyrone-at-work.jpg)", "tyrone"),
]


@pytest.mark.parametrize("header, body, names", IN_METADATA)
def test_names_in_titles_summaries_tags_headings_images_and_slugs_are_errors(header, body, names):
    text = story(body, header=header)
    missing, extra = missing_and_extra(text, names, 0)
    assert (missing, extra) == ([], [])


def test_a_name_confirmed_once_is_flagged_wherever_it_appears_again():
    text = story("His partner Joy Hill came to every appointment. Joy says he is calmer.\n\n"
                 "Hill, a nurse, works nights.")
    missing, extra = missing_and_extra(text, ("Joy Hill", "Joy", "Hill"), text.index("\n\n"))
    assert (missing, extra) == ([], [])


# Sentences with no person's name -----------------------------------------------------------

def decoy(sentence: str, pseudonyms: str = "Dean"):
    """One row of the table of sentences that must not be flagged as naming a person."""
    return pytest.param(sentence, pseudonyms, id=sentence[:60])


NOT_PEOPLE = [
    # Quantifiers and plural roles before a reporting verb.
    decoy("Many said it was the best course they had done."),
    decoy("Facilitators who run the course meet every week."),
    decoy("Caseworkers said the change was real."),
    # Job titles, teams and programmes.
    decoy("Her Senior Probation Officer signed the plan."),
    decoy("A Victims Liaison Officer rang the family."),
    decoy("He finished the Thinking Skills Programme in May."),
    decoy("Her Offender Manager was new to the team."),
    decoy("The Approved Premises Manager met him at the door."),
    decoy("His Key Worker helped with housing."),
    decoy("Community Payback supervisors checked the work."),
    decoy("The Women's Centre opened in May."),
    decoy("Victim Support helped her with the statement."),
    decoy("He joined Alcoholics Anonymous last year."),
    # Words that are also names.
    decoy("There is hope for him yet."),
    decoy("She handled it with grace."),
    decoy("He will start work on Monday."),
    decoy("Will he stay? Nobody knows."),
    decoy("Hope was in short supply that winter."),
    decoy("Faith in the system was low."),
    decoy("Patience is what the job needs most."),
    decoy("Summer was the hardest time."),
    decoy("Rose bushes lined the path."),
    decoy("Grace periods are common in these orders."),
    decoy("Joy and relief were all she felt."),
    decoy("Mercy was not something he expected."),
    decoy("Hopefully the court will agree."),
    decoy("## Making Amends"),
    decoy("## Finding Hope Again"),
    decoy("## Will Power"),
    decoy("## A Second Chance At Work"),
    # Places, streets and buildings.
    decoy("Hope Valley is a lovely place to walk."),
    decoy("She lived on Grace Street for a year."),
    decoy("He got a bed at Hope Hospital."),
    decoy("Salford, Bolton and Wigan have new offices."),
    decoy("The judge at Manchester Crown Court adjourned the case."),
    decoy("He walked from Ashton to Hyde every morning."),
    decoy("They met at Piccadilly Gardens."),
    # Organisations, brands, public bodies.
    decoy("He found work through Jobcentre Plus."),
    decoy("The case went to the Crown Court."),
    decoy("The Probation Service paid for the course."),
    decoy("The Parole Board agreed to his release."),
    decoy("He worked at Marks and Spencer."),
    decoy("She shops at Morrisons on a Friday."),
    decoy("He supports Manchester United."),
    decoy("The Prince's Trust gave him a grant."),
    decoy("He told Probation everything."),
    decoy("He watched Coronation Street with his mum."),
    # Days, months, festivals, faith.
    decoy("On Good Friday the office was closed."),
    decoy("He bought flowers for Mother's Day."),
    decoy("Father Christmas came to the children's party."),
    decoy("He prays to God every night."),
    decoy("He thanked God for the second chance."),
    decoy("They broke the fast at Eid."),
    decoy("During Ramadan he kept every appointment."),
    decoy("Every Christmas he sends a card."),
    decoy("In January he moved to Leeds."),
    decoy("Monday, Wednesday and Friday he signs in."),
    decoy("He read the Bible in his cell."),
    decoy("It was Black History Month."),
    # Family words used as names, and addressed speech that is not a name.
    decoy("\"Thanks, Mum,\" he said."),
    decoy("He said sorry to Mum and Dad."),
    decoy("Nan and Grandad came to court."),
    decoy("\"Morning, Sarge,\" he said."),
    decoy("\"Thanks, Officer.\""),
    decoy("Says Dad: \"He's a good lad now.\""),
    # Lists that are not of people.
    decoy("Maths, English and Art were his best subjects."),
    decoy("Summer, autumn and winter passed."),
    # Pseudonyms and allow-listed staff.
    decoy("Lee told the court he was sorry.", pseudonyms="Lee"),
    decoy("Kirsty and Amy met at the pond. Kirsty's boots were new.", pseudonyms="Kirsty, Amy"),
    decoy("\"Thanks, Kirsty,\" said Amy.", pseudonyms="Kirsty, Amy"),
    decoy("Amina Yusuf runs the group. \"It works,\" Amina says."),
    decoy("His probation officer, Tom Heywood, says he has changed."),
    decoy("Grace Adebayo, who runs the team, says it works."),
    decoy("Dean met Resolve facilitators in Stockport."),
    # Sentence-initial ordinary words.
    decoy("Despite everything, Dean kept going."),
    decoy("Eventually Dean got a flat."),
    decoy("Bridges were burned, Dean says."),
    decoy("\"Thank you, Doctor,\" she said."),
    decoy("\"No, Thank you,\" she said."),
    decoy("Dean and Rose Gardens residents cleaned up."),
    decoy("Dean visits Crystal Peaks shopping centre."),
    decoy("He got a bed at Salford Royal."),
    decoy("He read Harry Potter to his son over the phone."),
    decoy("He had a Big Mac and chips."),
    decoy("Dean watched Love Island every night."),
    decoy("Dean watched Gavin and Stacey on repeat."),
    decoy("Dean drinks Irn Bru and eats Haribo."),
    decoy("He now volunteers with Marie Curie."),
    decoy("Dean bought his mum a Sue Ryder jumper."),
    decoy("Ramadan Mubarak from everyone here."),
    decoy("Eid Mubarak to everyone celebrating."),
    decoy("He had a Sunday dinner at the Toby Carvery."),
    decoy("He is a Jehovah's Witness."),
    decoy("Dean walked up Winter Hill every weekend."),
    decoy("Dean met the Lord Mayor of Manchester."),
    decoy("We met at Hope Street Baptist Church."),
    decoy("Grace Church hosts the food bank."),
    decoy("Dean works on the Green Lane estate."),
    decoy("Soon, his daughter was born."),
    decoy("Later, his mother moved to Bury."),
    decoy("Dean's Probation Practitioner, not his Key Worker, rang."),
    decoy("Staff at Forest Bank, Risley and Styal joined in."),
    decoy("Ivy Lodge and Holly Bank are both hostels."),
    decoy("Then Dean said, \"Write one you can send.\""),
    decoy("## The residents\n\nMost residents stay for twelve weeks."),
    decoy("She did a course called Choices."),
    decoy("Honesty, Respect and Hope are our values."),
    decoy("He joined the Youth Offending Team as a volunteer."),
    decoy("Victims' Rights are set out in the Victims' Code."),
    decoy("Dean took his daughter to see Father Christmas."),
    decoy("Will is a strong word, but he has it."),
]


@pytest.mark.parametrize("sentence, pseudonyms", NOT_PEOPLE)
def test_a_sentence_without_a_persons_name_has_no_name_error(sentence, pseudonyms):
    text = story(sentence, pseudonyms)
    assert [text[s:e] for s, e in name_errors(text)] == []


def test_the_tables_are_large_and_varied_enough_to_measure():
    assert len(PEOPLE) >= 80 and len(NOT_PEOPLE) >= 60


def test_every_name_rule_reports_through_a_row_of_the_recogniser_table():
    """The rules' messages and cue words live in data/name_cues.toml, not in code."""
    from plugins.anonymity.lexicon import name_cues
    from plugins.anonymity.names import RECOGNISERS

    for row in RECOGNISERS.values():
        assert row.kind == "person_name" and row.severity == "error" and row.reason and row.suggestion
        assert [key for key in row.cues.split() if key not in name_cues()] == [], row.name
    finding = check_story(story("Dean met Mrs Okonkwo-Hale at the hub.")).findings[0]
    assert "a title followed by a name" in finding.message
