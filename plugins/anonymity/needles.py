"""Where each of many short strings starts in a story, all found in one reading of it.

About thirty detectors ask where their cue words start ("moored", "townland of", "facebook"),
some 140 strings in all; `str.find` reads the whole story once a string, and those readings
were an eighth of the guard's time. An Aho-Corasick automaton (pyahocorasick, BSD-3-Clause)
finds every string of the set in one pass over the lower-cased story, in C; each detector's
question is then answered from that one reading (`offsets`). The set is every string asked
for so far: the detectors' cue tuples, learnt on the first story. Where the library is not
installed, or a string cannot be looked up this way (`indexable`), `offsets` returns None and
the caller reads the text itself.
"""

from __future__ import annotations

try:
    import ahocorasick
except ImportError:  # the guard works without it, only slower
    ahocorasick = None

# No more strings than this are learnt: the set stays the detectors' own cue words whatever
# a caller passes.
MAX_NEEDLES = 4096


_learnt: dict[str, None] = {}
_automaton: object | None = None
# The last story's reading: its lower-cased text and where each learnt string starts in it.
_reading: tuple[str, dict[str, list[int]]] | None = None


def indexable(needle: str) -> bool:
    """Whether `offsets` can answer for `needle`: two characters or more (one is found as fast
    by `str.find`, and a capital would be looked for among every small letter), each of which
    lower-cases to one character, whatever stands around it (not "Σ", whose small form depends
    on the next letter)."""
    return ahocorasick is not None and len(needle) > 1 and len(needle.lower()) == len(needle) and "Σ" not in needle


def offsets(story: str, lower: str, text: str, needle: str) -> list[int] | None:
    """Every offset where `needle` starts in `text`, in order, or None when the reading of the
    story cannot say. `text` is `story` or `lower`, its lower-cased copy."""
    key = needle.lower()
    if not indexable(needle) or (key not in _learnt and not _learn(key)):
        return None
    found = _read(lower).get(key, [])
    if text is lower:
        return found if key == needle else None
    if len(lower) != len(story):  # lower-casing changed the length: offsets do not line up
        return None
    # Each character of the story lower-cases to one in `lower`, at the same offset: where the
    # needle stands in the story, its lower-cased form stands in `lower`.
    return [at for at in found if text.startswith(needle, at)]


def _learn(key: str) -> bool:
    global _automaton, _reading
    if len(_learnt) >= MAX_NEEDLES:
        return False
    _learnt[key] = None
    _automaton = _reading = None
    return True


def _read(lower: str) -> dict[str, list[int]]:
    """The offsets of every learnt string in `lower`, found once a story."""
    global _automaton, _reading
    if _reading is not None and _reading[0] is lower:
        return _reading[1]
    if _automaton is None:
        _automaton = ahocorasick.Automaton()
        for key in _learnt:
            _automaton.add_word(key, (key, len(key) - 1))
        _automaton.make_automaton()
    starts: dict[str, list[int]] = {}
    for end, (key, back) in _automaton.iter(lower):
        if (found := starts.get(key)) is None:
            starts[key] = [end - back]
        else:
            found.append(end - back)
    _reading = (lower, starts)
    return starts
