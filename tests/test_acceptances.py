"""Acceptances that cannot be abused: what `Pseudonyms:` and `Allow:` may accept, and the count.

A story's header can accept a finding in two ways, and each is a reviewable act: `Pseudonyms:`
declares invented first names, `Allow: <text> -- <reason>` accepts one detail with a reason.
Neither may let a real person through, and every acceptance is counted and listed.
"""

from __future__ import annotations

import json

import pytest

from plugins.anonymity.cli import main
from plugins.anonymity.engine import check_story
from plugins.anonymity.findings import StoryReport


def story(body: str, pseudonyms: str = "Dean", allow: str = "") -> str:
    """A case study: Pseudonyms: on line 3, an optional Allow: on line 5, the body after."""
    allow_line = f"Allow: {allow}\n" if allow else ""
    return (f"Title: A story\nDate: 2026-01-01\nPseudonyms: {pseudonyms}\nConsent: CS-2026-001\n"
            f"{allow_line}\n{body}\n")


def errors(report: StoryReport, kind: str) -> list[tuple[int, str]]:
    """(line, text) of each error of one kind."""
    return [(f.line, f.text) for f in report.errors if f.kind == kind]


# Pseudonyms: one invented first name per entry ---------------------------------------------

def test_a_full_name_in_pseudonyms_is_an_error_and_the_name_is_still_found():
    report = check_story(story("Sam met Daniel Kowalczyk at the allotment.",
                               pseudonyms="Sam, Daniel Kowalczyk"))
    assert errors(report, "pseudonym") == [(3, "Daniel Kowalczyk")]
    [bad] = [f for f in report.errors if f.kind == "pseudonym"]
    assert "keep the first name, drop the surname: `Pseudonyms: Sam, Daniel`" in bad.suggestion
    assert errors(report, "person_name") == [(6, "Daniel Kowalczyk")]


def test_a_surname_alone_in_pseudonyms_is_an_error_and_the_name_is_still_found():
    report = check_story(story("Mr Hargreaves ran the workshop.", pseudonyms="Hargreaves"))
    assert errors(report, "pseudonym") == [(3, "Hargreaves")]
    assert errors(report, "person_name") == [(6, "Mr Hargreaves")]


def test_given_names_that_are_also_surnames_stay_pseudonyms_beside_a_rejected_full_name():
    report = check_story(story("Jordan, Lee and Kerry-Anne met Daniel Kowalczyk.",
                               pseudonyms="Jordan, Lee, Kerry-Anne, Daniel Kowalczyk"))
    assert errors(report, "pseudonym") == [(3, "Daniel Kowalczyk")]
    assert errors(report, "person_name") == [(6, "Daniel Kowalczyk")]
    assert [p.name for p in report.pseudonyms] == ["Jordan", "Lee", "Kerry-Anne"]


# Allow: never accepts an identifier --------------------------------------------------------

def test_allow_cannot_accept_a_phone_number_whatever_the_reason():
    report = check_story(story("Ring Dean on 07700 900461.",
                               allow="07700 900461 -- our switchboard number here"))
    assert errors(report, "phone") == [(7, "07700 900461")]
    [refused] = [f for f in report.errors if f.kind == "allowance"]
    assert refused.line == 5 and "cannot accept a phone number" in refused.message
    assert report.allowances == []


def test_allow_cannot_accept_bank_details():
    report = check_story(story("Pay it to account number 41234567.",
                               allow="41234567 -- the account of our own charity shop"))
    assert errors(report, "bank_account") == [(7, "41234567")]
    [refused] = [f for f in report.errors if f.kind == "allowance"]
    assert "cannot accept bank details" in refused.message


def test_allow_cannot_accept_an_identifier_it_only_matches_in_the_story():
    # "123456789" alone is no identifier; after "passport number" in the story it is one.
    report = check_story(story("Dean's passport number 123456789 was stolen.",
                               allow="123456789 -- the reference on our scheme leaflet"))
    assert errors(report, "passport") == [(7, "123456789")]
    assert errors(report, "allowance") == [(5, "123456789")]


def test_allow_whose_text_is_an_identifier_is_an_error_even_when_the_story_lacks_it():
    report = check_story(story("Dean painted the fence.", allow="2013/0456789G -- n/a"))
    [refused] = [f for f in report.errors if f.kind == "allowance"]
    assert (refused.line, refused.text) == (5, "2013/0456789G")
    assert "cannot accept a PNC ID" in refused.message


# Allow: needs a reason that says why --------------------------------------------------------

@pytest.mark.parametrize("reason", ["ok.", "n/a", "yes", "fine", "x", "ok ok ok"])
def test_allow_without_a_reason_of_a_few_words_is_an_error_and_accepts_nothing(reason):
    report = check_story(story("Dean met Lucinda Marchbanks.", allow=f"Lucinda Marchbanks -- {reason}"))
    [short] = [f for f in report.errors if f.kind == "allowance"]
    assert short.line == 5 and "write why in a few words" in short.suggestion
    assert errors(report, "person_name") == [(7, "Lucinda Marchbanks")]


def test_allow_with_a_real_reason_still_accepts_the_name():
    report = check_story(story("Dean met Amina Yusuf.",
                               allow="Amina Yusuf -- our chief officer, who agreed in writing"))
    assert report.findings == []
    [allowance] = report.allowances
    assert [f.text for f in allowance.accepted] == ["Amina Yusuf"]


# Every acceptance is counted and listed -----------------------------------------------------

def test_the_check_command_counts_and_lists_pseudonyms_as_acceptances(tmp_path, capsys):
    (tmp_path / "s.md").write_text(
        story("Dean met Amina Yusuf. Dean's boots were new.",
              allow="Amina Yusuf -- our chief officer, who agreed in writing"), encoding="utf-8")
    assert main(["--content", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert "s.md: accepted as a pseudonym: Dean (line 3, 2 uses)" in text
    assert "1 files checked: 0 errors, 0 warnings, 2 accepted (1 by Allow:, 1 by Pseudonyms:)" in text

    assert main(["--content", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:2] == ["files_checked", "findings"] and data["acceptances"] == 2
    assert data["pseudonyms"] == [{"path": "s.md", "line": 3, "name": "Dean", "uses": 2}]
    assert [a["text"] for a in data["allowances"]] == ["Amina Yusuf"]
