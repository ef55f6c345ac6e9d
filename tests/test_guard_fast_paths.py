"""The guard's fast paths find exactly what the plain ones find (issue 12: speed, same findings).

Each fast path is a second way to the same answer, taken only where it is known to agree; these
tests compare the two on the labelled corpus and on edge cases where they would differ.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.anonymity import whereabouts
from plugins.anonymity.source import parse_story

CORPUS = Path(__file__).parent / "corpus"


def _corpus_texts() -> list[str]:
    return [parse_story(p.read_text(encoding="utf-8")).text
            for p in sorted(CORPUS.glob("*.md")) if p.name != "README.md"]


def test_ascii_cue_matches_the_unicode_cue_in_ascii_text() -> None:
    texts = [t.lower() for t in _corpus_texts() if t.isascii()]
    assert texts
    for text in texts:
        assert [m.span() for m in whereabouts.ASCII_CUE.finditer(text)] == \
            [m.span() for m in whereabouts.CUE.finditer(text)]


def test_a_text_outside_ascii_keeps_the_unicode_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Aliémum's": the ASCII boundary would see a cue start after "é"; the guard does not."""
    text = "Dean is at Aliémum's on Carnhill. Dean ésleeps on Carnhill now."
    found = list(whereabouts.find_whereabouts(text))
    assert found == []
    monkeypatch.setattr(whereabouts, "CUE", whereabouts.ASCII_CUE)  # what an unguarded fast path would find
    assert list(whereabouts.find_whereabouts(text)) != found
