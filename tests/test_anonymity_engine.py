"""The anonymity guard's engine, read as a specification: what is flagged, what is not, where.

Every test calls the public functions (check_story, check_bytes, check_folder, the command line).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugins.anonymity import Allowlist, GuardSettings, check_bytes, check_folder, check_story, load_allowlist
from plugins.anonymity.source import normalise

ROOT = Path(__file__).resolve().parent.parent
STAFF = Allowlist(("Greater Manchester Probation Trust", "@GMPT_Payback", "Amina Yusuf",
                   "Stockport", "Resolve", "Manchester Crown Court"))


def story(body: str, pseudonyms: str = "Dean", extra: str = "") -> str:
    """A case study with a metadata header; the body starts on line 6."""
    return (f"Title: A story\nDate: 2026-01-01\nPseudonyms: {pseudonyms}\nConsent: CS-2026-001\n"
            f"{extra}\n{body}\n")


def flagged(text: str, kind: str | None = None, severity: str = "error", **options) -> list[str]:
    report = check_story(text, "story.md", options.pop("allowlist", STAFF), **options)
    return [f.text for f in report.findings
            if (kind is None or f.kind == kind) and f.severity == severity]


# Person names -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Dean met Chukwuemeka Obi at college.", "Chukwuemeka Obi"),
    ("His cousin, Bridget McDonagh, drove him.", "Bridget McDonagh"),
    ("The letter was signed by Łukasz Wiśniewski.", "Łukasz Wiśniewski"),
    ("He shared a cell with Kelvin Ashworth-Pryce.", "Kelvin Ashworth-Pryce"),
    ("The victim, Abdirahman Warsame Farah, was 19.", "Abdirahman Warsame Farah"),
    ("Dean was interviewed by Siobhán Ní Bhriain.", "Siobhán Ní Bhriain"),
    ("Dean rang Delroy Campbell that night.", "Delroy Campbell"),
    ("Dean lodged with Gurpreet Sandhu.", "Gurpreet Sandhu"),
    ("Dean met Oluwaseun Adebayo-Okafor at work.", "Oluwaseun Adebayo-Okafor"),
    ("Dean worked with Mihai Popescu.", "Mihai Popescu"),
])
def test_full_names_from_every_background_are_errors(sentence, name):
    assert flagged(story(sentence), "person_name") == [name]


@pytest.mark.parametrize("sentence, name", [
    ("The officer, Mr Okafor, took a statement.", "Mr Okafor"),
    ("DC Whitfield arrested Dean in June.", "DC Whitfield"),
    ("Judge Harris adjourned the case.", "Judge Harris"),
    ("Her married name, Mrs Rahman-Ellis, was on the form.", "Mrs Rahman-Ellis"),
])
def test_a_title_or_rank_before_a_surname_is_an_error(sentence, name):
    assert flagged(story(sentence), "person_name") == [name]


def test_a_first_name_alone_and_its_possessive_are_errors():
    text = story("Dean's son, Kyle, was seven. Kyle's school sent a card.\n\nBradley wanted to know why.")
    assert flagged(text, "person_name") == ["Kyle", "Kyle's", "Bradley"]


def test_a_name_that_is_also_a_word_is_flagged_only_when_it_is_a_person():
    text = story("His daughter, Grace, writes every week. Grace says he is boring now.\n\n"
                 "The court gave him a grace period. Hope was in short supply. Will he stay? "
                 "Nobody could say.")
    assert flagged(text, "person_name") == ["Grace", "Grace"]


def test_a_name_introduced_by_a_cue_is_flagged_wherever_it_appears_again():
    text = story("A man calling himself Dezzy kept messaging her.\n\nShe has not heard from Dezzy since.")
    assert flagged(text, "person_name") == ["Dezzy", "Dezzy"]


def test_places_organisations_programmes_months_and_headings_are_not_names():
    text = story("## What Happens In A Session\n\nIn March, Dean joined Resolve at Manchester Crown Court "
                 "in Stockport. On Friday the Parole Board met in Wigan, and the Greater Manchester "
                 "Probation Trust wrote to the Ministry of Justice and Facebook. He is Polish and "
                 "Catholic and spent Christmas in Romania.")
    assert flagged(text, "person_name") == []


def test_names_in_published_metadata_are_checked_but_not_pseudonyms_or_consent():
    text = ("Title: Dean meets Alf Brocklehurst\nSummary: A story about Dean and Alf.\n"
            "Pseudonyms: Dean, Kev\nConsent: Mandy Smith form 12\nTags: Kelvin Ashworth\n\nKev says hello.\n")
    found = check_story(text, "s.md").findings
    assert [(f.line, f.text) for f in found] == [(1, "Alf Brocklehurst"), (2, "Alf"), (5, "Kelvin Ashworth")]


def test_first_names_in_image_file_names_and_slugs_are_errors():
    text = story("![A garden](images/shelley-kenworthy.jpg)", extra="Slug: dean-and-zayan\n")
    assert sorted(flagged(text, "person_name")) == ["shelley", "zayan"]


# Pseudonyms, the allow-list and per-story allowances ----------------------------------------

def test_declared_pseudonyms_and_their_possessives_are_not_findings():
    text = story("Kirsty and Amy met at the pond. Kirsty's boots were new; Amy's were not.",
                 pseudonyms="Kirsty, Amy")
    assert flagged(text) == []


def test_allow_listed_staff_handles_and_places_are_not_findings_nor_their_first_names():
    text = story("Amina Yusuf runs the group. \"It works,\" Amina says. Follow @GMPT_Payback "
                 "for news from Stockport.")
    assert flagged(text) == []


def test_load_allowlist_reads_one_phrase_a_line(tmp_path):
    path = tmp_path / "allowlist.txt"
    path.write_text("\ufeffAmina Yusuf\n\n  @GMPT_Payback \n", encoding="utf-8")
    assert load_allowlist(path).phrases == ("Amina Yusuf", "@GMPT_Payback")


def test_an_allowance_with_a_reason_accepts_the_detail_and_is_reported():
    text = story("He fixed the gate of the Brocklehurst farm for Alf Brocklehurst.",
                 extra="Allow: Alf Brocklehurst — the farm's owner, consent form CS-2026-044\n")
    report = check_story(text, "s.md")
    assert report.findings == []
    [allowance] = report.allowances
    assert (allowance.line, allowance.text) == (5, "Alf Brocklehurst")
    assert allowance.reason == "the farm's owner, consent form CS-2026-044"
    # "Brocklehurst" in the farm's name is the same person's name, so it is accepted too.
    assert [f.text for f in allowance.accepted] == ["Brocklehurst", "Alf Brocklehurst"]


def test_an_allowance_without_a_reason_is_an_error_and_accepts_nothing():
    text = story("He called Alf Brocklehurst.", extra="Allow: Alf Brocklehurst\n")
    kinds = [(f.line, f.kind) for f in check_story(text, "s.md").findings]
    assert kinds == [(5, "allowance"), (7, "person_name")]


# Addresses and postcodes ------------------------------------------------------------------

def test_house_numbers_flats_and_streets_where_someone_lives_are_errors():
    text = story("Her flat, 27 Heaton Moor Mews, was cold. Then Flat 9, Pennington Court. "
                 "His family still live on Wellington Grove.")
    assert flagged(text, "address") == ["27 Heaton Moor Mews", "Flat 9, Pennington Court", "Wellington Grove"]


def test_a_named_street_without_an_address_is_a_warning_and_courts_are_not_streets():
    text = story("The group meets in an office on Chapel Street, near Manchester Crown Court.")
    assert flagged(text, "address") == []
    assert flagged(text, "address", "warning") == ["Chapel Street"]


@pytest.mark.parametrize("code", ["SK4 3PL", "sk4 3pl", "SK43PL", "M1  1AE", "EC1A 1BB", "OL6 9"])
def test_full_postcodes_in_any_spacing_or_case_and_sectors_are_errors(code):
    assert flagged(story(f"He moved to {code} last year."), "postcode") == [code]


@pytest.mark.parametrize("text", ["Take the M60 to junction 12.", "QQ1 1AA is not a postcode area.",
                                  "Room B12 was booked.", "Category C 3 times."])
def test_near_miss_postcodes_are_not_flagged(text):
    assert flagged(story(text), "postcode") == []


# Phones, emails and social media ----------------------------------------------------------

@pytest.mark.parametrize("number", ["07700 900791", "0161 496 0731", "(0161) 4960874", "+44 7700 900417",
                                    "+44 (0)161 496 0000", "07700900648", "+48 512 345 678"])
def test_phone_numbers_are_errors(number):
    assert flagged(story(f"Ring him on {number} after six."), "phone") == [number]


def test_counts_money_times_years_and_ratios_are_not_numbers_to_remove():
    text = story("More than 1,400 men, £1,250 of timber, 24/7 cover, 180 hours, 8.30am, in 2019, "
                 "at 10pm, 3-2 at half time, 36 staff and 120 days.")
    assert flagged(text) == []


def test_email_addresses_are_errors():
    assert flagged(story("Write to dk.fivesaside@gmail.com today."), "email") == ["dk.fivesaside@gmail.com"]


def test_handles_and_profile_links_of_private_people_are_errors():
    text = story("He posts as @dezzy.m60 and at instagram.com/reece.lifts.wa15, on "
                 "https://www.facebook.com/darnell.whitworth.14 and his Snapchat is dezzy_m60.")
    assert flagged(text, "social_handle") == [
        "@dezzy.m60", "instagram.com/reece.lifts.wa15", "https://www.facebook.com/darnell.whitworth.14",
        "dezzy_m60"]


# Dates of birth ---------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("was born on 3 March 1991.", "born on 3 March 1991"),
    ("DOB 03/03/1991.", "DOB 03/03/1991"),
    ("born in June 1988.", "born in June 1988"),
    ("date of birth as 2005-03-08.", "date of birth as 2005-03-08"),
    ("d.o.b. 22.06.88.", "d.o.b. 22.06.88"),
    ("born on March 3rd, 1991.", "born on March 3rd, 1991"),
])
def test_dates_of_birth_in_any_common_form_are_errors(phrase, expected):
    assert flagged(story(f"The form says he was {phrase}"), "date_of_birth") == [expected]


def test_dates_without_a_birth_cue_are_not_dates_of_birth():
    assert flagged(story("Born and raised in Hyde, he started in March 2025."), "date_of_birth") == []


# Official numbers: valid ones are errors, near misses are not -----------------------------

@pytest.mark.parametrize("kind, valid, invalid", [
    ("ni_number", "HN 72 35 19 D", "QQ 12 34 56 C"),  # Q may not start a NINO
    ("ni_number", "PW448105A", "BG448105A"),  # BG is not allocated
    ("ni_number", "AB 91 27 64 C", "AB 91 27 64 E"),  # the suffix is A-D
    ("nhs_number", "328 154 0678", "328 154 0679"),  # modulus 11
    ("nhs_number", "8572401369", "8572401368"),
    ("pnc_id", "2011/0095418G", "2011/0095418H"),  # check letter
    ("cro_number", "377105/11T", "377105/11U"),
    ("cro_number", "SF19/123456P", "SF19/123456Q"),
    ("prison_number", "A3381LM", "A3381L"),
    ("crn", "P562034", "P562"),  # too short: after "file", a longer code is a record of some system
    ("court_case_number", "T20257014", "T2025701"),
    ("vehicle_reg", "FN09 CYR", "FN09 CY"),
    ("vehicle_reg", "R627 KLU", "R6274 KLU"),
    ("vehicle_reg", "ABC 123D", "ABC 1234D"),
    ("driving_licence", "MORGA753116SM9IJ", "MORGA753916SM9IJ"),  # month 39 is impossible
])
def test_structured_identifiers_with_valid_checks_are_errors_and_near_misses_are_not(kind, valid, invalid):
    assert flagged(story(f"The file lists {valid} on page two."), kind) == [valid]
    assert flagged(story(f"The file lists {invalid} on page two."), kind) == []


def test_lower_case_plates_and_cued_identifiers_are_errors():
    text = story("His van, ma19 xkd, was seized. His old prison number was BT5839 and his "
                 "passport number 512345678.")
    found = check_story(text, "s.md").findings
    assert [(f.kind, f.text) for f in found] == [
        ("vehicle_reg", "ma19 xkd"), ("prison_number", "BT5839"), ("passport", "512345678")]


# Quasi-identifiers (warnings) -------------------------------------------------------------

def test_quasi_identifiers_are_warnings_with_a_reason():
    # A school named without a pupil is a warning; "his son goes to" it would make it an error
    # (premises.py, a school where someone studies).
    text = story("Dean, 26, from Hyde, was arrested on 14 March 2025. Staff at St Mary's "
                 "High School wrote to the court and he now works for Kowalczyk Haulage Ltd. He is the only "
                 "one-legged farrier in Cheshire.")
    guard = GuardSettings(unusual_details=("only one-legged farrier",))
    found = [f for f in check_story(text, "s.md", STAFF, guard).findings if f.kind == "quasi_identifier"]
    assert [f.text for f in found] == ["26", "14 March 2025", "St Mary's High School",
                                       "Kowalczyk Haulage Ltd", "only one-legged farrier"]
    assert all(f.severity == "warning" and f.message and f.suggestion for f in found)
    assert flagged(text, severity="error", settings=guard) == []


# Positions --------------------------------------------------------------------------------

def test_line_and_column_count_metadata_lines_and_are_one_based():
    text = "Title: Meeting Alf Brocklehurst\nPseudonyms: Dean\n\nDean rang 0161 496 0731.\n"
    found = check_story(text, "s.md").findings
    assert [(f.line, f.column, f.end_column, f.text) for f in found] == [
        (1, 16, 32, "Alf Brocklehurst"), (4, 11, 24, "0161 496 0731")]


def test_a_name_wrapped_over_two_lines_is_reported_on_each_line():
    found = check_story(story("The letter named Kelvin\nAshworth-Pryce as the owner."), "s.md").findings
    assert [(f.line, f.column, f.text) for f in found] == [(6, 18, "Kelvin"), (7, 1, "Ashworth-Pryce")]


def test_windows_line_endings_and_a_byte_order_mark_keep_positions():
    text = "\ufeffTitle: x\r\nPseudonyms: Dean\r\n\r\nDean met Gavin Threlfall.\r\n"
    [finding] = check_story(text, "s.md").findings
    assert (finding.line, finding.column, finding.end_column) == (4, 10, 25)


def test_every_finding_carries_the_documented_fields():
    [finding] = check_story(story("Ring 07700 900791."), "a/b.md").findings
    assert list(finding.to_dict()) == ["path", "line", "column", "end_column", "kind", "severity",
                                       "text", "message", "suggestion"]
    assert finding.path == "a/b.md" and finding.suggestion == "remove the number"


# Bad input --------------------------------------------------------------------------------

def test_bytes_that_are_not_utf8_are_an_error_not_a_traceback():
    report = check_bytes(b"Title: x\n\nCaf\xe9 owner Gavin Threlfall.\n", "bad.md")
    assert [(f.kind, f.line, f.column) for f in report.findings] == [("encoding", 3, 4), ("person_name", 3, 12)]
    assert "not valid UTF-8" in report.findings[0].message


def test_check_folder_reads_every_story_with_the_folder_allowlist(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "allowlist.txt").write_text("Amina Yusuf\n", encoding="utf-8")
    (tmp_path / "news" / "a.md").write_text(story("Amina Yusuf met Gavin Threlfall."), encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"\xff\xfe broken")
    report = check_folder(tmp_path)
    assert report.files_checked == 2
    assert [(f.path, f.kind) for f in report.findings] == [("b.md", "encoding"), ("news/a.md", "person_name")]


# Command line -----------------------------------------------------------------------------

def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plugins.anonymity.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_json_lists_findings_and_exits_1_on_errors(tmp_path):
    (tmp_path / "s.md").write_text(story("Ring 07700 900791."), encoding="utf-8")
    result = run_cli("--content", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert list(data)[:2] == ["files_checked", "findings"] and data["files_checked"] == 1
    assert data["findings"][0]["path"] == "s.md" and data["findings"][0]["kind"] == "phone"


def test_cli_text_marks_the_finding_and_lists_allowances(tmp_path):
    (tmp_path / "s.md").write_text(
        story("Ring 07700 900791 or Alf Brocklehurst.", extra="Allow: Alf Brocklehurst — a consenting volunteer who signed the form\n"),
        encoding="utf-8")
    result = run_cli("--content", str(tmp_path))
    assert result.returncode == 1
    assert "    | Ring 07700 900791 or Alf Brocklehurst." in result.stdout
    assert "    |      ^^^^^^^^^^^^" in result.stdout
    assert "suggestion: remove the number" in result.stdout
    assert "'Alf Brocklehurst' — a consenting volunteer who signed the form (accepted 1)" in result.stdout
    assert "1 files checked: 1 errors, 0 warnings, 1 accepted (1 by Allow:, 0 by Pseudonyms:)" in result.stdout


def test_cli_exits_0_when_nothing_blocks(tmp_path):
    (tmp_path / "s.md").write_text(story("Dean painted the fence."), encoding="utf-8")
    assert run_cli("--content", str(tmp_path)).returncode == 0


# Robustness -------------------------------------------------------------------------------

MARKDOWNISH = st.text(alphabet=st.sampled_from(list(
    "aAbBzZ019 /@.-_'’:,\n\r\t#*[]()!£\u00e9\u0141\u2028\ufeff\x00")), max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), MARKDOWNISH))
def test_no_input_crashes_the_engine_and_positions_stay_on_the_text(text):
    report = check_story(text, "fuzz.md")
    lines = normalise(text).split("\n")  # positions are in the text as everyone reads it
    for finding in report.findings:
        assert 1 <= finding.line <= len(lines)
        assert 1 <= finding.column <= finding.end_column <= len(lines[finding.line - 1]) + 1


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_no_bytes_crash_the_engine(data):
    check_bytes(data, "fuzz.md")


# Not a speed target (those are in benchmarks/): a pattern that backtracks takes hours on a
# megabyte line, linear ones take about a second, so a minute tells the two apart on any machine.
HANG = 60


@pytest.mark.parametrize("unit", [
    "AB 12 34 5", "0161 496 07", "T2025701 ", "2011/009541 ", "a@b.", "@a", "Mr Mr ", "Kelvin ",
    "Flat 9, ", "12 Aa Aa Aa ", "SK4 3P ", "born in ", "Aa-Aa-", "www.facebook.com/", "1,2,3,",
    "Aa. ", "The Aa ", "A1 ", "O'Aa ", "x",
])
def test_a_megabyte_line_of_near_matches_is_checked_quickly_and_flagged_as_unchecked(unit):
    line = unit * (1_000_000 // len(unit))
    start = time.perf_counter()
    report = check_story(line, "big.md")
    assert time.perf_counter() - start < HANG, "a pattern backtracks: quadratic time on long lines"
    assert report.findings[0].kind == "too_long" and report.findings[0].severity == "error"


def test_a_word_of_an_allow_listed_organisation_is_not_allowed_alone():
    allowlist = Allowlist(("Hope Hospital", "Amina Yusuf"))
    flagged = check_story("Pseudonyms: Lee\n\nHope said she was pleased.\n", "x.md", allowlist)
    assert [f.text for f in flagged.errors] == ["Hope"]
    allowed = check_story("Pseudonyms: Lee\n\nAmina Yusuf runs the group. Amina says the team is proud.\n",
                          "x.md", allowlist)
    assert allowed.errors == []


# Issue 12, second round: the recogniser table and dates of birth in other languages ---------

def test_every_recogniser_in_the_table_has_a_rank_a_message_and_a_suggestion():
    from plugins.anonymity.engine import RANK
    from plugins.anonymity.identifiers import RECOGNISERS
    for recogniser in RECOGNISERS:
        assert recogniser.kind in RANK and recogniser.what and recogniser.suggestion


@pytest.mark.parametrize("sentence, text", [
    ("Date of birth: ganwyd 28 Tachwedd 2001.", "ganwyd 28 Tachwedd 2001"),
    ("Her form said urodzona 3 maja 1991.", "urodzona 3 maja 1991"),
    ("The card read născută la 4 martie 1989.", "născută la 4 martie 1989"),
    ("Dean was born on Diwali 1998.", "born on Diwali 1998"),
    ("A date in small letters: 30.01.22, the day she was born.", "30.01.22"),
    ("Her papers say nacida el 3 de marzo de 1990.", "nacida el 3 de marzo de 1990"),
    ("His papers say geboren am 3. März 1990.", "geboren am 3. März 1990"),
])
def test_dates_of_birth_in_other_languages_feasts_and_before_born_are_errors(sentence, text):
    assert flagged(story(sentence), "date_of_birth") == [text]
