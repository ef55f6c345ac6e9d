"""The place model, the guard's statistical second opinion on places (plugins/anonymity/place_model.py).

A place of several words that no rule's cue reaches ("a room above the Grand Vellacott Hotel", "| Seen
at the Vellacott Comrades Club |") is where someone lives or can be found; the model reads it from the words
around it, under the conditions chosen by cross-validation (benchmarks.place_model_cv). A public
place, a town or a brand in the same frame, and a place the allow-list or a pseudonym accepts, stay
clean. Our own sentences, in the genres staff write.
"""

from __future__ import annotations

import hashlib

import pytest

from benchmarks.place_training import training_sequences
from guard_sentences import errors, findings
from plugins.anonymity import Allowlist
from plugins.anonymity.cli import main
from plugins.anonymity.place_model import MESSAGE, MODEL, SHIPPED, place_spans, train
from plugins.publisher.output_check import check_pieces
from plugins.publisher.output_text import html_pieces
from plugins.publisher.sources import Declarations

BLOCKED = [
    # case-study prose
    ("She has a room above the Grand Vellacott Hotel now.", "Grand Vellacott"),
    ("He's been dossing at the Hetherby Comrades Club since Easter.", "Hetherby Comrades Club"),
    # a pasted message thread
    ("[21:03] Kez: staying at the Grand Vellacott Hotel tonight", "Grand Vellacott"),
    ("[21:04] Jade: seen him at the Hetherby Comrades Club again last night", "Hetherby Comrades Club"),
    ("> Kez: im at the back of the Grand Vellacott Hotel", "Grand Vellacott"),
    # case notes: a table row, a dated note, a caption
    ("| 12 Mar | Seen at the Vellacott Comrades Club | sober |", "Vellacott Comrades Club"),
    ("14/03: seen at the Grand Vellacott Hotel, room above the bar.", "Grand Vellacott"),
    ("*Photo: the back of the Hetherby Comrades Club, where he sleeps some nights.*", "Hetherby Comrades Club"),
]


@pytest.mark.parametrize(("body", "place"), BLOCKED)
def test_a_place_no_rule_finds_is_read_by_the_model(body: str, place: str) -> None:
    found = [f for f in findings(body, pseudonyms="Kez, Jade") if f.kind == "address" and f.severity == "error"]
    assert len(found) == 1 and place in found[0].text
    assert found[0].message == MESSAGE
    assert "allow-list" in found[0].suggestion and "town" in found[0].suggestion


@pytest.mark.parametrize("body", [
    "She works at the Leeds General Infirmary.",
    "Staff at the Royal Albert Hall were kind.",
    "| 12 Mar | Seen at the Royal Albert Hall | with group |",
    "*Photo: the back of the Royal Albert Hall, where the choir warms up.*",
    "She has a room above the Premier Inn now.",
    "We walked round Roundhay Park after the session.",
    "We drove out to Alton Towers to see the rides.",
    "- Meets his mentor at Costa Coffee on Fridays.",
    "[21:03] Kez: im at Greggs if u want to come get me",
    "He moved to Sheffield last year and works in a warehouse.",
    "| 3 Feb | Group session, Town Hall | attended |",
    "We met in meeting room 4 on Tuesday.",
])
def test_a_public_place_town_or_brand_in_the_same_frame_stays_clean(body: str) -> None:
    assert errors(body, "address", pseudonyms="Kez") == []


def test_a_place_the_allow_list_or_a_pseudonym_accepts_stays_clean() -> None:
    body = "She has a room above the Grand Vellacott Hotel now."
    assert errors(body, "address", Allowlist(("Grand Vellacott Hotel",))) == []
    # The engine passes the folded words of the story's pseudonyms and of the staff it names.
    assert place_spans(body, frozenset({"grand", "vellacott", "hotel"})) == []


def test_a_line_with_no_capital_is_not_read() -> None:
    assert place_spans("she has a room above the grand vellacott hotel now\nand he stops there") == []


def test_the_check_of_a_story_folder_blocks_a_story_with_such_a_place(tmp_path, capsys) -> None:
    (tmp_path / "case-studies").mkdir()
    (tmp_path / "case-studies" / "a-fresh-start.md").write_text(
        "Title: A fresh start\nDate: 2026-03-01\nPseudonyms: Dean\nConsent: CS-2026-014\n\n"
        "Dean has a room above the Grand Vellacott Hotel now, and he works most days.\n",
        encoding="utf-8")
    assert main(["--content", str(tmp_path)]) == 1
    report = capsys.readouterr().out
    assert "the Grand Vellacott" in report and "place where someone lives or can be found" in report


def test_the_check_of_the_built_site_reads_such_a_place_in_a_page_too() -> None:
    page = ("<html><head><title>A fresh start</title></head><body>"
            "<p>Dean has a room above the Grand Vellacott Hotel now.</p></body></html>")
    found = check_pieces(html_pieces(page), Declarations(pseudonyms=["Dean"]), Allowlist())
    assert [f.message for _, f in found] == [MESSAGE]
    assert "Grand Vellacott" in found[0][1].text


def test_the_shipped_model_is_what_training_on_the_training_units_writes(tmp_path) -> None:
    fresh = tmp_path / "place_model.crfsuite"
    train(training_sequences(), str(fresh))
    assert hashlib.sha256(fresh.read_bytes()).hexdigest() == hashlib.sha256(MODEL.read_bytes()).hexdigest()
    assert {"B-LOC", "I-LOC", "O"} <= set(SHIPPED.tagger().labels())
