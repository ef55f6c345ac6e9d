"""Identifiers by shape and cue, not by example (issue 12, fifth round).

Sentences of our own, none taken from a labelled set: a record number of any system after any
word that announces one, or long with no cue; official numbers broken by a line break, dots or
spaces; links and handles on any personal page or platform; dates of birth in new phrasings. Each
group keeps decoys that must stay quiet: helplines, years, prices, legislation, roads, versions,
programme codes and an organisation's or a document's own references.
"""

from __future__ import annotations

import pytest

from plugins.anonymity import check_story


def errors(sentence: str) -> list[tuple[str, str]]:
    """Every blocking finding in a story made of `sentence`, as (kind, text)."""
    report = check_story(f"Title: A story\nPseudonyms: Dean\n\n{sentence}\n", "story.md")
    return [(f.kind, f.text) for f in report.errors]


def found(sentence: str, kind: str) -> list[str]:
    return [text for found_kind, text in errors(sentence) if found_kind == kind]


# Record numbers of any system -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("The phone's IMEI was 35-209900-176148-1 on the box.", "35-209900-176148-1"),
    ("IMEI: 352099001761481, the shop wrote.", "352099001761481"),
    ("His climbing wall membership, CW/5512/88, lapsed.", "CW/5512/88"),
    ("My membership: GYM/004417 at the leisure centre.", "GYM/004417"),
    ("The file is NI/PB/2024/00871 and it is closed.", "NI/PB/2024/00871"),
    ("Her ref: SCR-SR-0412-19 was on the letter.", "SCR-SR-0412-19"),
    ("Her policy number is HX/77120/B1 with the insurer.", "HX/77120/B1"),
    ("The serial no. on his tag was TG-88213-K.", "TG-88213-K"),
    ("His account is 4417 2290 8813 at the credit union.", "4417 2290 8813"),
    ("My ID is K7P-2291-X at the library.", "K7P-2291-X"),
    ("His taxi licence number was W/0412/2291.", "W/0412/2291"),
    ("Taxi badge no. 4471 was clipped on.", "4471"),
    ("My number at the gym is 0044 1729.", "0044 1729"),
])
def test_a_record_number_after_any_cue_is_found(sentence, value):
    assert found(sentence, "crn") == [value]


@pytest.mark.parametrize("sentence, value", [
    ("The review SCR-SR-0412-19 named the family.", "SCR-SR-0412-19"),
    ("The code BK7741209X sat in the corner of the form.", "BK7741209X"),
    ("Scribbled on the back: 77SH-0412-AB.", "77SH-0412-AB"),
])
def test_a_long_code_of_letters_and_digits_is_found_without_a_cue(sentence, value):
    assert found(sentence, "crn") == [value]


def test_a_record_number_broken_by_a_line_break_is_found_whole():
    story = check_story("Title: A story\n\nThe file, ref HX 4471\n2290, was sent on.\n", "story.md")
    assert [(f.kind, f.text) for f in story.errors] == [("crn", "HX 4471"), ("crn", "2290")]


def test_a_court_word_before_the_cue_makes_it_a_court_case_number():
    assert found("The case number, Belfast 24/7731/B, was read out.", "court_case_number") == ["24/7731/B"]


@pytest.mark.parametrize("sentence", [
    "Call Crimestoppers on 0800 555 111; the Samaritans number is 116 123.",
    "The course costs £1,250, runs in 2024-25 and starts at 10.30; see page 1204.",
    "Under s.18 and Section 20, and the Sentencing Act 2020, case 2023 was different.",
    "We drove the A20, then the M62 and the B3357 home.",
    "Fill in form SR1; the ISBN 978-1-84794-123-4 book is on the shelf.",
    "He updated to iOS 17.4.1 and version 10.4.2 of the app.",
    "The registered charity, no. 1146792, paid for it.",
    "Company number 04412290 is on the letterhead.",
    "Job ref: PV-JOB-2026-118, closing 3 March.",
    "His consent reference is CF-2026-0142.",
    "R v Thompson [2019] EWCA Crim 1712 is the leading case.",
    "Her membership ran from 2019 to 2024; his card expires 03/2027.",
    "PI 11/2014 and PSI 2011-12 still apply.",
    "The file ran to 12000 pages and the account to 15000 words.",
    "He messages from a new number: 0191 498 0xxx is the prefix.",
    "Born 14-Jul-1992 is how the old form wrote it, his card said.",
])
def test_public_numbers_after_a_cue_and_documents_own_references_are_not_records(sentence):
    assert [(kind, text) for kind, text in errors(sentence) if kind in ("crn", "court_case_number")] == []


# Official numbers broken by a line break, dots, spaces or lower case ---------------------------

@pytest.mark.parametrize("sentence, kind, text", [
    ("National Insurance: jk.48.20.71.c on the form.", "ni_number", "jk.48.20.71.c"),
    ("NI no. J K 4 8 2 0 7 1 C was on the letter.", "ni_number", "J K 4 8 2 0 7 1 C"),
    ("NHS no. 485.777.3456 was on the letter.", "nhs_number", "485.777.3456"),
    ("Text 0 7 7 0 0 9 0 0 2 1 4 for a lift.", "phone", "0 7 7 0 0 9 0 0 2 1 4"),
    ("Prison number a 1234 bc on the letter.", "prison_number", "a 1234 bc"),
    ("CRN: x 123 456 in the file.", "crn", "x 123 456"),
])
def test_official_numbers_with_dots_and_spaces_anywhere_are_found(sentence, kind, text):
    assert found(sentence, kind) == [text]


@pytest.mark.parametrize("sentence, kind, pieces", [
    ("His NI number is jk.48.20\n71.c, he told me.", "ni_number", ["jk.48.20", "71.c"]),
    ("His NHS number, 485 777\n3456, was on file.", "nhs_number", ["485 777", "3456"]),
    ("The car, AB12\nCDE, was outside.", "vehicle_reg", ["AB12", "CDE"]),
])
def test_official_numbers_broken_across_a_line_are_found(sentence, kind, pieces):
    assert found(sentence, kind) == pieces


# Ways of reaching someone: personal pages, payment links, handles on any platform --------------

@pytest.mark.parametrize("sentence, text", [
    ("Find her at linktr.ee/kayleigh_b92 for everything.", "linktr.ee/kayleigh_b92"),
    ("Her page is beacons.ai/dazzaboxing now.", "beacons.ai/dazzaboxing"),
    ("See kezza.carrd.co for his art.", "kezza.carrd.co"),
    ("His page about.me/jamie.prentice says it all.", "about.me/jamie.prentice"),
    ("Send it to paypal.me/shonab87 please.", "paypal.me/shonab87"),
    ("Pay monzo.me/darrenhughes for the tickets.", "monzo.me/darrenhughes"),
    ("Her blog, shonawrites.wordpress.com, tells it all.", "shonawrites.wordpress.com"),
    ("His Bluesky is jamieboxes.bsky.social now.", "jamieboxes.bsky.social"),
    ("Tips go to ko-fi.com/kezart_draws, she says.", "ko-fi.com/kezart_draws"),
])
def test_an_address_on_a_personal_page_host_is_a_handle(sentence, text):
    assert text in found(sentence, "social_handle")


@pytest.mark.parametrize("sentence, handle", [
    ("Cash App $kezzab99 for the fare.", "$kezzab99"),
    ("On Vinted she's kayleighb_92.", "kayleighb_92"),
    ("He's on Grindr as LeedsLad84.", "LeedsLad84"),
    ("His Strava is runningdazza.", "runningdazza"),
    ("His Signal name is dazza.77.", "dazza.77"),
    ("Depop: vintagekez", "vintagekez"),
])
def test_a_handle_on_any_platform_named_or_not_is_found(sentence, handle):
    assert handle in found(sentence, "social_handle")


def test_a_fediverse_handle_is_a_handle_not_an_email():
    assert found("He is on Mastodon: @dazza@mastodon.social these days.", "email") == []
    assert "@dazza@mastodon.social" in found("He is on Mastodon: @dazza@mastodon.social these days.",
                                              "social_handle")


@pytest.mark.parametrize("sentence", [
    "Visit linktr.ee or carrd.co to set up a page; see linktr.ee/help for more.",
    "On TikTok the video got 2.5m views; on Facebook 12k.",
    "Shares in $AAPL rose; the ticket was $50.",
    "His Mum is lovely and her Dad was Steve.",
    "Status: pending",
    "Mood: buzzing.",
    "Time: 10am",
])
def test_hosts_counts_tickers_and_labels_that_name_no_one_are_not_handles(sentence):
    assert found(sentence, "social_handle") == []


# Dates of birth by their cue, in new phrasings ---------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("She'll be 40 on the 14th.", "be 40 on the 14th"),
    ("Her boy turned 6 on the 2nd.", "turned 6 on the 2nd"),
    ("He celebrated his 30th on 14 July 2022.", "his 30th on 14 July 2022"),
    ("Her daughter was six on 3 March.", "was six on 3 March"),
    ("His birthday falls on 14 July.", "birthday falls on 14 July"),
    ("Geburtsdatum: 14.07.1992", "Geburtsdatum: 14.07.1992"),
])
def test_a_date_of_birth_is_found_by_its_cue_in_a_new_phrasing(sentence, text):
    assert found(sentence, "date_of_birth") == [text]


@pytest.mark.parametrize("sentence", [
    "He was born on the 2nd floor of the old hospital.",
    "The group was 12 on the 3rd and 14 on the 4th.",
    "Her birthday falls in the summer holidays.",
])
def test_a_day_alone_needs_a_birthday_cue(sentence):
    assert found(sentence, "date_of_birth") == []


# What a built page carries: a feed's ISO dates and a page's own file names are not records or
# handles (found when the sample site's built-site check blocked every feed and every page).
@pytest.mark.parametrize("sentence", [
    "<updated>2025-08-13T11:00:00+01:00</updated>",
    "Published 2026-12-07 15:04 by the comms team.",
    "Slug: favicon.svg",
    "Image: team_photo_2024.jpg",
    "Attachment: minutes_march.docx",
])
def test_dates_with_hours_and_file_names_are_not_records_or_handles(sentence):
    assert errors(sentence) == []


def test_a_label_line_with_a_user_name_is_still_a_handle():
    assert found("Kik: dazza_92", "social_handle") == ["dazza_92"]
