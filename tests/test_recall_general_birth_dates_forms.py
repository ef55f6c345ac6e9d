"""A date of birth in the forms the cues did not yet reach: "b." before a figure ("was b.
12-06-2001"), a whole date in brackets just after a person's name ("Kyle Morris (03/04/1998)"),
a date set after a day named in words ("born the day after Christmas, 26/12/2004") and a birthday
"on Saturday the 14th"; a birthday written "bday" or "b'day", one told by its ordinal ("her 21st is
9 June"), a label with a dot ("dob. 03 04 1998") "every" before a yearly day, a label in Markdown's bold or with a form's dot leaders or a bracket
("**Date of birth:** 03/04/1998", "DOB ...... 03/04/1998", "[03/04/1998]"), and a date after a
hedge ("date of birth unknown but believed 3 April 1998"); and a date inked in a tattoo, after a mark, a
word that shows it or a name ("a tattoo reading 3.4.98", "\"Mia 02/05/2019\" on his wrist"), where
a date the tattoo was done on is not one; the birth cues of more languages (Turkish "doğum",
Swahili, Malay, Urdu and Arabic in their own script) and a day's ordinal in Welsh or French
("3ydd Ebrill", "1er avril"); a whole date just after a name on a line about a family ("Children:
Mia 02.05.19, Leo 09.01.21"), not after a professional's title; a whole date with its year on the line of a birthday greeting or a
cake ("Happy 18th Kyle!! 03.04.2006 🎂"); short month names of other languages ("3 kwi 1998").
Institutions, events, case names and forms before a bracketed date, and
"b." as a list letter, stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "date"), [
    # case notes and a table
    ("Subject: Kyle Morris (03/04/1998), NFA.", "03/04/1998"),
    ("Present: Jade Smith [11.02.2003] and her worker.", "11.02.2003"),
    ("| Child | Notes |\n|---|---|\n| Alfie (2 May 2019) | lives with mum |", "2 May 2019"),
    # prose
    ("He was b. 12-06-2001 in the old maternity unit.", "12-06-2001"),
    ("She was born the day after Christmas, 26/12/2004, in the snow.", "26/12/2004"),
    ("It's his birthday on Saturday the 14th and he wants a cake.", "14th"),
    # a pasted chat
    ("[18:02] Mam: our Dean (3/4/98) and Kerry (5/6/99) both need passports", "5/6/99"),
    ("[19:40] Jodie: its his bday 2nd may so cant do that wk", "2nd may"),
    ("Kids: Mia (5, b'day 2 May), Leo (3)", "2 May"),
    ("Her 21st is 9 June and she wants the family there.", "9 June"),
    ("Name: K. Morris\ndob. 03 04 1998\nAddress: NFA", "03 04 1998"),
    ("He celebrates his birthday every 3rd of April at his nan's.", "3rd of April"),
    ("**Name:** K. Morris\n**Date of birth:** 03/04/1998\n**Address:** NFA", "03/04/1998"),
    ("DOB ............ 03/04/1998", "03/04/1998"),
    ("Date of Birth: [03/04/1998]  Gender: M", "03/04/1998"),
    ("Her date of birth is unknown but believed 3 April 1998 by the hostel.", "3 April 1998"),
    ("He has a tattoo reading 3.4.98 on his forearm.", "3.4.98"),
    ("Marks: tattoos - rose on left arm; \"Mia 02/05/2019\" on wrist", "02/05/2019"),
    ("Her daughter's name is tattooed on her hand, with the date under it: 11.09.15.", "11.09.15"),
    ("Kimlik: doğum: 03.04.1998, Konya", "03.04.1998"),
    ("Fomu: tarehe ya kuzaliwa 3/4/1998", "3/4/1998"),
    ("tarikh lahir 3 April 1998 (IC copy)", "3 April 1998"),
    ("تاریخ پیدائش: 03/04/1998", "03/04/1998"),
    ("Ffurflen - dyddiad geni: 3ydd Ebrill 1998", "3ydd Ebrill 1998"),
    ("Fiche: né le 1er avril 1998", "1er avril 1998"),
    ("Children: Mia 02.05.19, Leo 09.01.21 (both with maternal gran)", "09.01.21"),
    ("| Household | Kerry 3/4/90, Jayden 12.6.15 |", "12.6.15"),
    ("Her kids are Mia 2 May 2019 and Leo 9 Jan 2021.", "2 May 2019"),
    ("> Happy 18th Kyle!! 03.04.2006 🎂 love Nan", "03.04.2006"),
    ("Caption: 🎂 Mia 2.5.19 🎂", "2.5.19"),
    ("Happy birthday mum, 3 April 1961 - the best", "3 April 1961"),
    ("Dane: urodzony 3 kwi 1998, Gdańsk", "3 kwi 1998"),
    ("| Ad | Doğum |\n|---|---|\n| Emre | doğum 3 Nis 1998 |", "3 Nis 1998"),
    ("ganwyd 3 Ebr 1998 yn Ysbyty Gwynedd", "3 Ebr 1998"),
])
def test_a_birth_date_in_a_new_form_is_found(body: str, date: str) -> None:
    assert any(date in found for found in errors(body, "date_of_birth"))


@pytest.mark.parametrize("body", [
    "The hearing at Leeds Crown Court (03/04/2024) was adjourned.",
    "R v Smith (03/04/2019) was cited. Storm Arwen (26/11/2021) closed the road.",
    "The OASys (03/04/2024) and PSR (12/05/2024) were done; see the Battle of the Somme (1 July 1916).",
    "Plan b. 2 things to do; appendix b. 12 pages long; plan b. 2024 worked.",
    "Her appointment is on Saturday the 14th. The release date, 03/04/2025, was set.",
    "Her 21st was great; his 18th birthday is coming. The bday party is on Friday.",
    "**Date of birth:** withheld\n**Hearing:** 03/04/2025",
    "Her date of birth is unknown; the hearing is about 3 April 2025.",
    "He had the tattoo done on 14.02.17. The tattoo was done in Leeds on Monday 3 April 2023.",
    "Her daughter saw Dr Khan 09.01.21. Her son's hearing: Leeds 09.01.21. Family visit Monday 09.01.21.",
    "Her son appeared at Hull Crown Court 3 May 2024; Dr Khan (03/04/2024) wrote to him.",
    "He was born 3 out of 4 times lucky; born in 3 set of twins; it was born out of the 1998 review.",
    "Happy birthday! See you on 3 May.\nHappy Christmas, 25/12/2024 was lovely.\nHappy new year! 01/01/2025",
])
def test_dates_beside_other_things_stay_clean(body: str) -> None:
    assert errors(body, "date_of_birth") == []
