"""The place model, the guard's statistical second opinion on places (plugins/anonymity/place_model.py).

A place of several capitalised words, one of which no list knows, whose last word names a kind
of place ("Bank", "Quay"), after a weak cue (driving out to it, a visit in a table, a view from it, everyone on it
knowing someone), is where someone lives or goes, though no list holds it and no rule's cue is
strong enough. The model reads it from the words around it. A public place or a body in the same
frame, one word alone ("in Hexthorpe") and a place the allow-list accepts stay clean.

Our own sentences, in the genres staff write (case studies, chats, quotes, captions, tables).
"""

from __future__ import annotations

import pytest

from guard_sentences import errors, findings
from plugins.anonymity import Allowlist
from plugins.anonymity.place_model import MESSAGE, place_spans, tagger


@pytest.mark.parametrize(("body", "place"), [
    ("We drove out to Millhaven Quay to see his gran, like every Sunday.", "Millhaven Quay"),
    ("They've got a caravan up at Redmire Bank and he stops there most weekends.", "Redmire Bank"),
    ("[20:14] Tia: we drove out to Millhaven Quay to see his gran", "Millhaven Quay"),
    ("| 3 Feb | Home visit, Redmire Bank | seen, mum present |", "Redmire Bank"),
    ("*Caption: the view from Millhaven Quay, where he grew up.*", "Millhaven Quay"),
    ('"Everyone on Millhaven Quay knows my mum," he said.', "Millhaven Quay"),
    ("They've got a caravan up at Carrowdale Bank.", "Carrowdale Bank"),
])
def test_a_place_no_rule_finds_is_read_by_the_model(body: str, place: str) -> None:
    found = [f for f in findings(body) if f.kind == "address" and f.severity == "error"]
    assert [f.text for f in found] == [place]
    assert found[0].message == MESSAGE
    assert found[0].suggestion


@pytest.mark.parametrize("body", [
    "We drove out to Alton Towers to see the rides.",
    "We drove out to Canary Wharf to see the river.",
    "We drove out to the Lake District to see the hills.",
    "| 3 Feb | Office visit, Probation Office | seen |",
    "| 3 Feb | Group session, Town Hall | attended |",
    "The view from Tower Bridge, where the group walked.",
    '"Everyone at Barclays Bank was kind," he said.',
    '"Everyone at the Food Bank knows my mum," he said.',
    "[20:14] Tia: we drove out to Blackpool to see the lights",
    "Shona volunteers at the Botanic Gardens, not far from her flat.",
    "- He met his partner in Hexthorpe at a party (2019).",
    "We met in meeting room 4 on Tuesday.",
])
def test_a_public_place_in_the_same_frame_stays_clean(body: str) -> None:
    assert errors(body, "address") == []


def test_a_place_the_allow_list_accepts_stays_clean() -> None:
    body = "They've got a caravan up at Ashgill Bank and he stops there most weekends."
    assert errors(body, "address", Allowlist(("Ashgill Bank",))) == []
    # The engine passes the folded words of the story's pseudonyms and of the staff it names.
    assert place_spans(body, frozenset({"ashgill", "bank"})) == []


def test_a_line_with_no_capital_is_not_read() -> None:
    assert place_spans("they've got a caravan up at ashgill bank now\nand he stops there") == []


def test_the_shipped_model_loads_and_tags_the_same_every_time() -> None:
    assert {"B-LOC", "I-LOC", "O"} <= set(tagger().labels())
    text = "Title: x\n\nWe drove out to Millhaven Quay.\n| 3 Feb | Home visit, Redmire Bank | seen |\n"
    first = place_spans(text)
    assert [text[h.start : h.end] for h in first] == ["Millhaven Quay", "Redmire Bank"]
    assert place_spans(text) == first
