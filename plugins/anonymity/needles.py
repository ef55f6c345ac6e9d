"""Where each of many short strings starts in a story, all found in one reading of it.

About thirty detectors ask where their cue words start ("moored", "townland of", "facebook"),
some 200 strings in all; `str.find` reads the whole story once a string, and those readings
were about a tenth of the guard's time. An Aho-Corasick automaton (pyahocorasick, BSD-3-Clause)
finds every string of the set in one pass over the lower-cased story, in C; each detector's
question is then answered from that one reading (`present`). The set is every string asked for
so far: the detectors' cue tuples, learnt on the first story. Where a string cannot be looked
up this way (`indexable`), `present` leaves it to the caller, who reads the text with `str.find`.
"""

from __future__ import annotations

import ahocorasick

# No more strings (nor tuples of them) than this are learnt: the set stays the detectors' own
# cue words whatever a caller passes.
MAX_NEEDLES = 4096


_learnt: dict[str, None] = {}
_automaton: object | None = None
# The last story's reading: its lower-cased text and where each learnt string starts in it.
_reading: tuple[str, dict[str, list[int]]] | None = None


def indexable(needle: str) -> bool:
    """Whether the reading can answer for `needle`: two characters or more (one is found as
    fast by `str.find`, and a capital would be looked for among every small letter), each of
    which lower-cases to one character, whatever stands around it (not "Σ", whose small form
    depends on the next letter)."""
    return (len(needle) > 1 and len(needle.lower()) == len(needle)
            and "Σ" not in needle)


def present(story: str, lower: str, text: str,
            needles: tuple[str, ...]) -> tuple[list[tuple[str, list[int]]], tuple[str, ...]]:
    """The needles the reading of the story answers for and finds in `text`, each with every
    offset where it starts there (in order; the needles in no set order), and the needles it
    leaves to the caller. `text` is `story` or `lower`, its lower-cased copy. Most of a long
    tuple of cue words is in no one story: the answer is read from the strings the reading found
    that the tuple holds, not looked up for each needle."""
    in_lower = text is lower
    known = _plans.get((id(needles), in_lower))
    keys, rest = known[1] if known is not None else _plan(needles, in_lower)
    if not keys:
        return [], rest
    if not in_lower and len(lower) != len(story):  # lower-casing changed the length: offsets do not line up
        return [], needles
    starts = _read(lower)
    if in_lower:
        return [(key, starts[key]) for key in starts.keys() & keys.keys()], rest
    # Each character of the story lower-cases to one in `lower`, at the same offset: where a
    # needle stands in the story, its lower-cased form stands in `lower`.
    return [(needle, [at for at in starts[key] if text.startswith(needle, at)])
            for key in starts.keys() & keys.keys() for needle in keys[key]], rest


# For each tuple of needles, and whether they are looked for in a lower-cased text: the needles
# the reading answers for, by their lower-cased form, and the others. A needle with a capital is
# never in a lower-cased text; `str.find` says so. The detectors ask with tuples of their own
# that live as long as they do: a tuple is known by its identity (hashing one of 300 needles
# took as long as the rest of the answer), and kept with its plan, so that its identity is
# never another's.
Plan = tuple[dict[str, tuple[str, ...]], tuple[str, ...]]
_plans: dict[tuple[int, bool], tuple[tuple[str, ...], Plan]] = {}


def _plan(needles: tuple[str, ...], in_lower: bool) -> Plan:
    by_key: dict[str, tuple[str, ...]] = {}
    rest = []
    for needle in needles:
        key = needle.lower()
        if indexable(needle) and (not in_lower or key == needle) and (key in _learnt or _learn(key)):
            by_key[key] = by_key.get(key, ()) + (needle,)
        else:
            rest.append(needle)
    plan = (by_key, tuple(rest))
    if len(_plans) < MAX_NEEDLES:
        _plans[(id(needles), in_lower)] = (needles, plan)
    return plan


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
