"""The guard's fast paths find exactly what the plain ones find (issue 12: speed, same findings).

Each fast path is a second way to the same answer, taken only where it is known to agree; these
tests compare the two on the labelled corpus and on edge cases where they would differ.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plugins.anonymity import places, whereabouts
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


@pytest.mark.parametrize("name", ["VERB_CUE", "OWNED_CUE"])
def test_lower_case_cues_find_what_the_cues_find(name: str) -> None:
    pattern, lower_pattern = getattr(places, name), getattr(places, f"LOWER_{name}")
    for text in _corpus_texts():
        assert [m.span() for m in places._cues_of(pattern, lower_pattern, text, 0, len(text))] == \
            [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("name", "text"), [
    ("VERB_CUE", "The HOUSE on Mill Lane was sold. She lives on Mill Lane."),  # "house" in lower case only
    ("OWNED_CUE", "A FLAT of her own on Mill Lane, then a flat of her own on Mill Lane."),
])
def test_a_match_of_the_lower_case_cue_alone_is_read_again(name: str, text: str) -> None:
    pattern, lower_pattern = getattr(places, name), getattr(places, f"LOWER_{name}")
    original = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in lower_pattern.finditer(text.lower())] != original
    assert [m.span() for m in places._cues_of(pattern, lower_pattern, text, 0, len(text))] == original


@pytest.mark.parametrize("text", ["They grew\x1fup on Mill Lane with Zoë.", "They grew\x1fup on Mill Lane."])
def test_text_outside_plain_ascii_is_read_with_the_original_cue(text: str) -> None:
    """\\s holds \\x1f outside ASCII mode: the lower-case cue would miss "grew up" here."""
    assert [m.span() for m in places.LOWER_VERB_CUE.finditer(text.lower())] != \
        [m.span() for m in places.VERB_CUE.finditer(text)]
    assert [m.span() for m in places._cues_of(places.VERB_CUE, places.LOWER_VERB_CUE, text, 0, len(text))] == \
        [m.span() for m in places.VERB_CUE.finditer(text)]


# The pattern as it was written before its speed-up: the same matches, found slower.
_CLAUSE_END_BEFORE = re.compile(
    r"(?<!\bNo)(?<!\bno)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bDr)\.|[!?;:—–]|\n[ \t]*\n|\b(?:but|while|whereas|although|"
    r"though|because|until|who|which|whose|when|where|after|before|and|or|then|so)\b")
_EDGES = "No. 5 on Mill Lane. Mrs. Dr. St. Mr. no. xNo. Canno. \nNo. said Dr. No. St.Mr. Mrs.Dr.No. But so, BUT when"


def test_the_clause_end_finds_what_it_found() -> None:
    pattern, before = whereabouts.CLAUSE_END, _CLAUSE_END_BEFORE
    for text in [*_corpus_texts(), _EDGES, _EDGES.lower()]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]
        for start in range(0, len(text), 29):  # as the detectors search: in windows
            found, was = pattern.search(text, start, start + 120), before.search(text, start, start + 120)
            assert (found and found.span()) == (was and was.span())
