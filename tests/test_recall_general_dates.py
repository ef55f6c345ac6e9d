"""Issue 12, a general round for dates of birth: a birthday of someone who died ("would have
been thirty on ..."), a date's label with an aside before its colon ("his date of birth on the
envelope in case we forget: 2.9.97"), a day with a name of its own after "on" (a festival of
any calendar, "the Twelfth", a country's national day), a time of day or a named event after
"born", an age beside a name reached on a day ("Jade, 19 on Friday"), "at" a feast and a time of
day before the date ("born at Diwali", "in the early hours of 3 May"), and an age reached on the
story's own day in a birthday's sentence ("Amara, 6 today").

The sentences are our own, in the genres staff write (case studies, chat and notes, captions and
tables); each table tests a rule for a pattern, not a list of days.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


def births(body: str) -> list[str]:
    return errors(body, "date_of_birth")


@pytest.mark.parametrize(("body", "date"), [
    # a case study
    ("His sister says he would have been thirty on the 4th of July, and the family still marks it.",
     "the 4th of July"),
    # a text message
    ("**[09:12] Bev:** she'd have been 40 on 9 March x", "9 March"),
    # a caption
    ("*Caption: balloons at the grave. He would have been eighteen on the 2nd of June.*", "the 2nd of June"),
])
def test_a_birthday_of_someone_who_died_is_a_date_of_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "We have been two on the rota since the 3rd of May.",
    "It had been 30 on the thermometer on 3 June, the hottest day of the year.",
    "Attendance has been 12 on the 1st of every month.",
])
def test_a_count_or_a_reading_that_has_been_a_number_on_a_day_is_no_birthday(body: str) -> None:
    assert births(body) == []


@pytest.mark.parametrize(("body", "date"), [
    # a case study
    ("His mum had put his date of birth on the envelope in case we forgot: 2.9.97.", "2.9.97"),
    # notes from a meeting
    ("- DOB (as the court has it, not as he says): 14/03/1988", "14/03/1988"),
    # a table
    ("| Birth date (from the passport) : 3 May 1990 | checked |", "3 May 1990"),
])
def test_a_date_after_a_label_and_an_aside_is_a_date_of_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "Born and raised on the estate, he told us: 12/03/2024 was his first day at work.",
    "The date of birth box on the form is gone; the panel is on 3 May 2026.",
    "- Birthday cards: bring one for the office by Friday. Dates: 3 May, 9 June.",
])
def test_a_date_after_born_a_sentence_break_or_a_second_label_is_no_date_of_birth(body: str) -> None:
    assert births(body) == []


@pytest.mark.parametrize(("body", "date"), [
    # a case study
    ("Rebin turned 24 on Newroz this year, which he says is the best birthday a Kurd can have.", "Newroz"),
    # a letter
    ("Our Clodagh was born on the Twelfth, 2018, and she thinks it's the best birthday going.",
     "the Twelfth, 2018"),
    # a post with a caption
    ("*Photo: cake at the hostel. Kwame was born on Ghanaian Independence Day, 1999.*",
     "Ghanaian Independence Day, 1999"),
    # a text
    ("my birthday was on Lohri so we had a bonfire lol", "Lohri"),
])
def test_a_named_day_after_on_is_a_date_of_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "He was born on Tyneside, 1990, and moved south at ten.",
    "He turned 30 on Facebook Live, of all places.",
    "It was 12 on Tuesday and the office was shut.",
    "The team was 12 on Census Day, 2021.",
    "She is 6 on Newroz's list of events at the community centre.",
    "Her birthday is on Facebook, she says, so everyone knows it.",
])
def test_a_place_a_site_or_a_count_after_on_is_no_date_of_birth(body: str) -> None:
    assert births(body) == []


@pytest.mark.parametrize(("body", "date"), [
    # a team newsletter
    ("Congratulations to Sam, whose baby girl was born at 4.12am on 9 October, 7lb 2oz.", "9 October"),
    # a letter
    ("She was born the night of the Beast from the East, and the midwife walked in through the snow.",
     "Beast from the East"),
    # a caption
    ("*Photo: Amara, born on the day of the Queen's funeral, with her dad at the allotment.*", "Queen's funeral"),
    # a text
    ("my lad was born during Storm Arwen lol, power was off", "Storm Arwen"),
])
def test_a_time_of_day_or_a_named_event_after_born_dates_a_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "He was born during the war, in a house near the docks.",
    "He was born the day after Dean went inside, his nan says.",
    "She was born on the day of the match, as it happens, in Leeds.",
])
def test_a_common_noun_or_a_person_after_born_the_day_of_is_no_date(body: str) -> None:
    assert births(body) == []


@pytest.mark.parametrize(("body", "date"), [
    # a case study
    ("Jade, 19 on Friday, is nervous about the party her mum has planned.", "19 on Friday"),
    # notes
    ("- Kayden, 7 on the 3rd of May: card from the team", "7 on the 3rd of May"),
    # a caption
    ("*Caption: Tymon, 40 on Boxing Day, with the cake the depot made him.*", "40 on Boxing Day"),
])
def test_an_age_beside_a_name_reached_on_a_day_is_a_birthday(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "In Leeds, 40 on Monday attended the open day.",
    "Overall, 12 on Friday and 9 on Monday came to the group.",
    "Group B, 12 on Friday, met at the hall.",
])
def test_a_count_after_a_place_or_a_word_is_no_birthday(body: str) -> None:
    assert births(body) == []


@pytest.mark.parametrize(("body", "date"), [
    # a newsletter
    ("Congratulations to Priya, whose daughter was born at Diwali last year.", "Diwali"),
    # a letter
    ("She was born in the early hours of 3 May, and her dad missed it.", "3 May"),
    # a case study
    ("He was born in the morning of 12 June 1990, in the flat above the shop.", "12 June 1990"),
    # a text
    ("she turned 30 at Christmas and didnt want a fuss", "Christmas"),
])
def test_at_a_feast_or_a_time_of_day_between_a_cue_and_its_date(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize(("body", "date"), [
    # a social-media post
    ("Happy birthday to our Amara, 6 today 🎂 #ProudMum", "6 today"),
    # a text
    ("**[08:02] Bev:** birthday cake in the kitchen, Jade is 18 today!!", "18 today"),
    # a team newsletter
    ("- Birthday wishes to Dean, who's 30 today.", "30 today"),
])
def test_an_age_reached_on_the_storys_day_in_a_birthdays_sentence_is_a_date_of_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "The birthday cards: 12 today, 3 tomorrow.",
    "We had 40 today at the birthday party for the centre.",
    "She turned 18 at work, and was born at home.",
    "Attendance is 12 today, and the 5th today is the deadline.",
])
def test_a_count_a_workplace_or_a_home_near_a_birthday_is_no_date_of_birth(body: str) -> None:
    assert births(body) == []


# Seventh round: a column headed "DOB" in a pasted table, a label with an aside closed by a verb
# ("date of birth on the court list was ..."), a quoted answer after the label, and a day counted
# from a feast ("the first day of Eid ul-Adha, 2003").
@pytest.mark.parametrize(("body", "dates"), [
    # a spreadsheet pasted as a Markdown table
    ("| Name | DOB | Hours |\n| --- | --- | --- |\n| Ellis | 03/07/1991 | 40 |\n| Adeyemi | 2 Feb 1988 | 60 |",
     ["03/07/1991", "2 Feb 1988"]),
    # tab-separated cells pasted from a rota
    ("Surname\tDate of birth\tProject\nKowal\t12.10.02\tAllotment\nFinch\t1-9-1979\tChurch hall",
     ["12.10.02", "1-9-1979"]),
    # a form with the column in the middle, one cell left empty
    ("| Ref | Date of Birth | Notes |\n|---|---|---|\n| 1 |  | none |\n| 2 | 17th March 2001 | new |",
     ["17th March 2001"]),
])
def test_dates_in_a_column_headed_date_of_birth_are_dates_of_birth(body: str, dates: list[str]) -> None:
    found = births(body)
    assert all(any(date in text for text in found) for date in dates)


@pytest.mark.parametrize("body", [
    "| Week | Date | Hours |\n| --- | --- | --- |\n| 40 | 03/07/2026 | 7 |",  # a date column, no birth
    "| Name | DOB checked | Hours |\n| --- | --- | --- |\n| Ellis | yes | 40 |",  # no date in it
    "Dates of birth are kept on nDelius, never in a story.\n\n| Week | Hours |\n| --- | --- |\n| 3/7/26 | 7 |",
])
def test_dates_without_a_birth_heading_stay_clean(body: str) -> None:
    assert births(body) == []


@pytest.mark.parametrize(("body", "date"), [
    # a court team profile
    ("Tariq's date of birth on the court list was 11.02.2003, which made him 23.", "11.02.2003"),
    # case notes
    ("DOB as given to the custody sergeant is 4/5/98 — to check.", "4/5/98"),
    # a form's caption
    ("*Date of birth on his old passport reads 1 March 1990.*", "1 March 1990"),
])
def test_a_label_then_an_aside_then_a_verb_gives_the_date(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize(("body", "said"), [
    # case notes
    ('DOB 01.01.1995 (recorded; he says his real DOB is "the Thursday before Eid, the year of the flood").',
     "the Thursday before Eid"),
    # a chat
    ('**Kel:** her date of birth was "the week the Queen died, 2022" according to mum', "the week the Queen died"),
    # a form
    ('Date of birth: "ask his nan, she knows"', "ask his nan"),
])
def test_a_quoted_answer_after_a_birth_label_is_a_date_of_birth(body: str, said: str) -> None:
    assert any(said in found for found in births(body))


@pytest.mark.parametrize(("body", "date"), [
    # a court profile
    ('His cousin said he was "born on the first day of Eid ul-Adha, 2003".', "first day of Eid ul-Adha, 2003"),
    # a text
    ("she was born the Thursday before Easter 1990 lol", "Thursday before Easter 1990"),
    # a caption
    ("*Born on the eve of Diwali, 1998, in the house behind the temple.*", "eve of Diwali, 1998"),
])
def test_a_day_counted_from_a_feast_dates_a_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "The date of birth is not something we ever publish.",
    'The form asks for a "date of birth" and a "place of birth".',
    "We met on the first day of Eid ul-Adha, 2003, at the mosque.",
])
def test_birth_words_without_a_date_stay_clean(body: str) -> None:
    assert births(body) == []


# Comma-separated rows pasted from a spreadsheet, and dates typed run together or with a Roman
# month, after a birth cue.
@pytest.mark.parametrize(("body", "dates"), [
    ("Name, DOB, Hours\nKyle, 03/04/1988, 40\nTom, 1/1/1990, 20", ["03/04/1988", "1/1/1990"]),  # a CSV export
    ("surname,date of birth,project\nNowak,12.10.02,allotment\nFinch,1 Sep 1979,church", ["12.10.02", "1 Sep 1979"]),
    ("Ref, D.O.B., Notes\n1, 3.IV.1988, new\n2, 030488, returning", ["3.IV.1988", "030488"]),
])
def test_dates_under_a_birth_heading_of_comma_separated_rows(body: str, dates: list[str]) -> None:
    found = births(body)
    assert all(any(date in text for text in found) for date in dates)


@pytest.mark.parametrize(("body", "date"), [
    ("Custody record: DOB 3APR88, no fixed abode.", "3APR88"),  # a police form
    ("**[08:01] Kez:** dob 030488 for the referral", "030488"),  # a chat
    ("*Born 3.IV.1988 in Cluj, says the passport.*", "3.IV.1988"),  # a caption
])
def test_dates_run_together_or_with_a_roman_month_after_a_cue(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "He was born, he said, in Hull.\nThen, later, 3/4/1990, he left.",
    "Born 200000 years too late, he jokes.",
    "He was born on 12 Marchant Street, in the front room.",
    "Week, Hours, Notes\n40, 120000, total\n41, 130488, total",  # no birth heading
])
def test_numbers_near_birth_words_without_a_date_stay_clean(body: str) -> None:
    assert births(body) == []


# A year of birth by its own cue, an aside in brackets after the label, a birthday reached "last
# Tuesday", a weekday with an article before the month, and "her 40th was on ...".
@pytest.mark.parametrize(("body", "date"), [
    # a form
    ("| YOB | 1988 |", "1988"),
    ("Year of birth: 1991 (approx, no documents)", "1991"),
    # case notes
    ("DOB (per PNC) 3/4/1990, the client says 1989.", "3/4/1990"),
    # a chat
    ("**Sal:** he turned 18 last Tuesday, 4 March, cake in the office", "4 March"),
    # a case study
    ("He was born on a Tuesday in June 1990, his mother always says.", "June 1990"),
    # a caption
    ("*Her 40th was on 3 May, at the club.*", "3 May"),
])
def test_more_ways_of_giving_a_date_of_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "He turned 18 last year and left care.",
    "DOB (see file) — not for the story.",
    "The score was 3 on Monday and 4 on Tuesday.",
    "Year of the flood: 1988.",
])
def test_birth_cues_without_a_date_of_birth_stay_clean(body: str) -> None:
    assert births(body) == []


# An age, then a whole date in brackets: the date the age was counted from.
@pytest.mark.parametrize(("body", "date"), [
    ("Tariq, aged 23 (11.02.2003), appeared for driving while disqualified.", "11.02.2003"),  # a court profile
    ("| Age | 34 [3/4/1990] |", "3/4/1990"),  # a form
    ("**Kel:** he's age 19 (2 Feb 2007) not 18", "2 Feb 2007"),  # a chat
])
def test_a_date_in_brackets_after_an_age_is_a_date_of_birth(body: str, date: str) -> None:
    assert any(date in found for found in births(body))


@pytest.mark.parametrize("body", [
    "See page 23 (11.02.2003 edition) for the history.",
    "The average 23 (12/3) was high for March.",
    "Aged 23 (in 2026) and working full time.",
])
def test_brackets_after_no_age_stay_clean(body: str) -> None:
    assert births(body) == []
