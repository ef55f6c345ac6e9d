"""Issue 12, a general round for record numbers: a number in any form after a cue is reported as
the kind of record its cue names ("prison number MG-26-00913" is a prison number, not a case
reference), whatever its shape.
"""

from __future__ import annotations

import pytest

from guard_sentences import findings


def kinds(body: str, value: str) -> set[str]:
    return {f.kind for f in findings(body) if f.severity == "error" and value in f.text}


@pytest.mark.parametrize(("body", "value", "kind"), [
    ("Your licence says your prison number, MG-26-00913, and where to report.", "MG-26-00913", "prison_number"),
    ("His prisoner no. was HY/2291/44 at the time.", "HY/2291/44", "prison_number"),
    ("Her passport number is PL-44-19922, she read it out.", "PL-44-19922", "passport"),
    ("NHS no: 44-1902-77X, on the discharge letter", "44-1902-77X", "nhs_number"),
    ("Her case number is 2291/44/0617 at the magistrates.", "2291/44/0617", "court_case_number"),
])
def test_a_record_number_in_any_form_has_the_kind_its_cue_names(body: str, value: str, kind: str) -> None:
    assert kind in kinds(body, value)


def errors_in(body: str) -> list[str]:
    return [f.text for f in findings(body) if f.severity == "error"]


# Seventh round: a country's identity number is the nearest thing to a National Insurance number.
@pytest.mark.parametrize(("body", "value"), [
    # a Community Payback piece
    ("Ionuț's Romanian ID number, 1910914401007, was read out twice in court.", "1910914401007"),
    # case notes
    ("PoP showed his Polish identity card no. ABC 123456 at reception.", "ABC 123456"),
    # a form pasted as a table
    ("| Name | Lukas |\n| --- | --- |\n| Lithuanian personal code | 38901011234 |", "38901011234"),
    # a chat
    ("**Ana:** her NIE is X1234567L and the DNI for her brother 12345678Z", "X1234567L"),
    ("Tell him to bring the national identity number, 7701 4432 1190, with the visa letter.", "7701 4432 1190"),
])
def test_a_national_identity_number_of_any_country_is_an_ni_number(body: str, value: str) -> None:
    assert "ni_number" in kinds(body, value)


@pytest.mark.parametrize(("body", "value", "kind"), [
    ("His Polish bank account number 12345678901 is on the form.", "12345678901", "crn"),  # a bank's, not an ID
    ("Her gym ID card 44712345 was in the bag.", "44712345", "crn"),
])
def test_a_people_word_before_another_number_leaves_its_kind(body: str, value: str, kind: str) -> None:
    assert kind in kinds(body, value) and "ni_number" not in kinds(body, value)


# A court's word before a generic cue makes a case number, in any form a court writes one.
@pytest.mark.parametrize(("body", "value"), [
    # a court team profile
    ("The sheriff court ref SC-XYZ-25-003311 was called at ten.", "SC-XYZ-25-003311"),
    # a voicemail
    ('"My case number is NM 26 0417 72 from the court, thank you."', "NM 26 0417 72"),
    # notes
    ("Complaint no. 0412-25 continued without plea.", "0412-25"),
    ("The PF reference PF/2025/00412 is on the list for Tuesday.", "PF/2025/00412"),
    # a caption
    ("*Summons number 25/00412, served at the door.*", "25/00412"),
])
def test_a_court_word_before_a_cue_makes_a_court_case_number(body: str, value: str) -> None:
    assert "court_case_number" in kinds(body, value)


# A table's heading is the cue of the cells under it.
@pytest.mark.parametrize(("body", "value", "kind"), [
    ("| No. | Case no. | Accused |\n| --- | --- | --- |\n| 1 | XY-QR-25-003311 | Jack |", "XY-QR-25-003311",
     "court_case_number"),
    ("Row\tCRN\tHours\n1\tJ9912345\t20\n2\tK8812345\t40", "K8812345", "crn"),
    ("| Name | Custody no | Notes |\n|---|---|---|\n| Kai | 44/0912/25 | bailed |", "44/0912/25", "pnc_id"),
])
def test_a_column_heading_is_the_cue_of_its_cells(body: str, value: str, kind: str) -> None:
    assert kind in kinds(body, value)


@pytest.mark.parametrize("body", [
    "| Week | Hours | Delivered |\n| --- | --- | --- |\n| 40 | 1200 | 1150 |",  # counts under a heading
    "| Year | Referrals |\n| --- | --- |\n| 2025 | 3,412 |\n| 2026 | 3,980 |",
    "17/09/2026 09:15 Office visit, attended on time.",  # a date and its hour in case notes
    "NI AB 12 34 56 C was checked; it is not in this story. We ran 2025 sessions.",
])
def test_numbers_that_are_not_records_stay_clean(body: str) -> None:
    found = errors_in(body)
    assert all(text.startswith("AB 12") for text in found)


# A police log number: a number of the day the call came in, after its cue.
@pytest.mark.parametrize(("body", "value"), [
    ("The police log 0412 of 21/11 says he was calm when they arrived.", "0412 of 21/11"),  # a case study
    ("**Sam:** incident number 123 of 12/03/2026 if the court asks", "123 of 12/03/2026"),  # a chat
    ("| Police | Occurrence 88 of 3/4/26 |", "88 of 3/4/26"),  # a form
])
def test_a_police_log_number_is_a_police_record(body: str, value: str) -> None:
    assert "pnc_id" in kinds(body, value)


@pytest.mark.parametrize("body", [
    "We sold the catalogue of 3/4 of the books.",
    "He logged 12 of 14 sessions by 3/4.",
])
def test_counts_of_a_date_are_no_log(body: str) -> None:
    assert errors_in(body) == []
