"""Issue 12, a general round for the shapes of a name: a file name holding several people, each
found on its own (so that a consenting member of staff's name in it clears and the rest stays),
the initials of a person the story has already named in full, abbreviations that are no one's
initials, the value of a form's name field and a name signing off a message.

The sentences are our own, in the genres staff write (case studies, notes and emails, captions,
tables); each table tests a rule for a pattern, not a list of names.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors
from plugins.anonymity.allowlist import Allowlist

STAFF = Allowlist(("Ray Sutton", "Ray", "Bev Ingham", "Bev", "Lee Harrop", "Lee"))


def names(body: str) -> list[str]:
    return errors(body, "person_name", STAFF)


@pytest.mark.parametrize(("body", "found"), [
    # a caption
    ("*Photo: planting day (file `upw-planting-day-kuba-wojcik-and-ray.jpg`).*", ["kuba-wojcik"]),
    # an email's attachment line
    ("Attached: bev-with-dorota-kowalczyk-at-the-stall.png, sent from my phone", ["dorota-kowalczyk"]),
    # a case study's photo credit
    ("The picture (see ray-and-big-funmi-adebisi.jpg) was taken by her mentor.", ["big-funmi-adebisi"]),
    # a list of files in notes
    ("- granny-ballyeamon-at-the-farm.jpg (ask Lee before use)", ["granny-ballyeamon"]),
])
def test_each_person_in_a_file_name_is_a_finding_of_its_own(body: str, found: list[str]) -> None:
    assert names(body) == found


@pytest.mark.parametrize("body", [
    "*Photo: the team at the ferry-meadows-planting-day.jpg shoot, with Ray.*",
    "Attached: minutes-of-the-rose-garden-group-2026.pdf, read before Monday",
    "| image | ray-and-bev-at-the-depot.jpg |",
])
def test_a_file_name_of_everyday_words_and_staff_is_clean(body: str) -> None:
    assert names(body) == []


@pytest.mark.parametrize(("body", "initials"), [
    # meeting notes with an action table
    ("Lee flagged Wayne Birks again. WB to be discussed at MAPPA.\n\n| Action | Who |\n| --- | --- |\n"
     "| MAPPA referral WB | Lee |", "WB"),
    # a case study that shortens a name after its first mention
    ("Dorota Kowalczyk came to the stall every week. By March, D.K. was running it on Saturdays.", "D.K."),
    # an email thread
    ("From: Bev Ingham\nSubject: Re: Kieran Doyle, housing\n\nKD's mum rang again about the flat.", "KD"),
    # a caption under a photo
    ("Caption: Tomasz Zielinski with his certificate (left, TZ, holding the spade).", "TZ"),
])
def test_the_initials_of_a_person_named_in_full_are_that_person(body: str, initials: str) -> None:
    assert initials in names(body)


@pytest.mark.parametrize("body", [
    # initials of staff on the allow-list, and abbreviations that happen to match a name
    "Lee Harrop chaired. LH to book the room.",
    "Present: Lee Harrop, Bev Ingham.\n\nBI and LH will ring the hostel.",
    "Mark Evans rang. ME to follow up, and the PS on his letter asked for a call.",
    "| Action | Who |\n| --- | --- |\n| Ring the GP | Bev |\n\nGary Peters is the GP who runs it.",
])
def test_initials_of_staff_or_an_abbreviation_are_no_person(body: str) -> None:
    assert [n for n in names(body) if n.replace(".", "").isupper()] == []


@pytest.mark.parametrize("body", [
    # team meeting notes
    "- HDC was refused in May; OM to ring the hostel and ATR will restart.",
    # an email
    "Subject: Re: licence\n\nHis NI was on the form. DS said the CID team would call.",
    # a table of actions
    "| Action | Who |\n| --- | --- |\n| NVQ to be booked | Bev |\n| SW to visit | Lee |",
])
def test_an_abbreviation_of_probation_police_benefits_or_training_in_a_persons_slot_is_no_person(body: str) -> None:
    assert [n for n in names(body) if n.replace(".", "").isupper()] == []


@pytest.mark.parametrize(("body", "name"), [
    # a referral form pasted in
    ("**Surname:** Zdunek\n**Known as:** baz", "Zdunek"),
    # a form with the surname in capitals
    ("Name: Agata NOWAK\nDOB: withheld", "Agata NOWAK"),
    # an email's sign-off
    ("Can we move it to Thursday?\n\nThanks for this,\nNas", "Nas"),
    # a text's sign-off
    ("see u at 3\n\nCheers\nKel x", "Kel"),
])
def test_a_value_of_a_name_field_or_a_sign_off_is_a_name(body: str, name: str) -> None:
    assert name in names(body)


@pytest.mark.parametrize("body", [
    "Name: Withheld\nKnown as: see file",
    "Many thanks,\nThe Team",
    "Name: Leeds office\n\nCheers\nBev",
])
def test_an_empty_field_a_team_or_staff_signing_off_is_no_name(body: str) -> None:
    assert names(body) == []


# Seventh round: a family by its surname in the plural.
@pytest.mark.parametrize(("body", "family"), [
    # a case study
    ("He grew up next door to the Gallaghers and still does their bins.", "Gallaghers"),
    # a handover note
    ("Watch out for the McGinleys from Letterkenny, they were at the last hearing.", "McGinleys"),
    ("McGinleys from Letterkenny were in the public gallery again.", "McGinleys"),
    # a caption
    ("*The Kowalczyks outside their new flat.*", "Kowalczyks"),
])
def test_a_family_by_its_surname_in_the_plural_is_a_name(body: str, family: str) -> None:
    assert family in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "She worked at the Perkins engine plant for nine years.",  # a surname of its own, a firm
    "The Smiths are still her favourite band.",  # a word's plural
    "They moved to the Midlands, then the Pennines.",  # places
    "He supports the Blues and the Saints.",
])
def test_plurals_that_are_no_family_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []


# A speaker's label in a transcript or a chat, where two or more labels take turns: a first name
# even when it is an everyday word ("Paddy", "Will").
@pytest.mark.parametrize(("body", "speaker"), [
    # a podcast transcript
    ("**Paddy:** I was born in a trailer.\n**Host:** And then?\n**Paddy:** We moved to the Wirral.", "Paddy"),
    # a court-style transcript in capitals
    ("WILL: I never.\nOFFICER: You did.\nWILL: Fine.", "WILL"),
    # a chat without times
    ("[Rose]: you coming?\n[Kel]: 5 mins\n[Rose]: hurry up x", "Rose"),
])
def test_a_speakers_label_in_a_transcript_is_a_name(body: str, speaker: str) -> None:
    assert speaker in errors(body, "person_name")


@pytest.mark.parametrize("body", [
    "Note: bring ID.\nAction: book the room.\nNote: the lift is broken.",
    "To: the duty desk\nFrom: the hostel\nTo: the court office",
    "10:30 Office visit.\n11:00 Phone call.\n11:30 Home visit.",
])
def test_labels_that_are_no_speakers_stay_clean(body: str) -> None:
    assert errors(body, "person_name") == []
