"""A relative placed in a name that no list knows, of plain letters and a British shape ("his
cousin Hamid in Pillgwenlly", "her nan in Llanrumney"): a part of a UK town too small for the
lists, where that relative lives. A town abroad where a relative lives is no door: it is on the
lists, written with its own letters, or shaped unlike British names ("Kassala", "Zarqa").

Our own sentences, in the genres staff write (case studies, chats and notes, captions, lists and
tables), with decoys that must stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize(("body", "place"), [
    ("He wants to move nearer to his cousin Hamid in Pillgwenlly, who has a spare room.", "Pillgwenlly"),
    ("[18:30] Carys: staying at his uncle in Maesglas tonight, back Monday", "Maesglas"),
    ("| Support network | her sister Jade in Penrhys | weekly |", "Penrhys"),
])
def test_a_relative_in_an_unlisted_british_place_is_a_door(body: str, place: str) -> None:
    assert place in errors(body, "address")


@pytest.mark.parametrize("body", [
    "He sends money to his mum in Kassala every month.",
    "[18:30] Carys: his wife and boy are still in Năvodari with her mother",
    "| Support network | her dad in Zarqa | calls weekly |",
    "Caption: Amir with a photo of his brother in Kandahar.",
])
def test_a_relative_in_a_town_abroad_is_no_door(body: str) -> None:
    assert errors(body, "address") == []
