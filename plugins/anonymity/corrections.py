"""Addresses said twice, the second time corrected: "he's at mine, 27 Chapel Street, no, Barcroft
Park, sorry", "on Mill Lane, I mean Mill Road", "at his nan's in Ryecroft, no sorry, Rawmarsh".

A voicemail, a transcript or a text thread that corrects itself names the right place just after
the wrong one. Whatever stands after the correcting word, in the place of an address the guard
found, is an address too: the speaker has said it is where the person is. Public places and big
towns are not excluded: the correction puts them in the address's place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit

_WORD = r"[A-ZÀ-ÖØ-ÞĀĆČĎĐĘĚŁŃŇŐŘŚŠŤŰŹŻŽŴŶ][\w'’-]*"
# After an address and a comma: a correcting word ("no", "sorry", "I mean", "or rather"), then
# the place that replaces it, maybe with a house number; not "Mill Lane. No, Tesco was shut".
CORRECTED = re.compile(
    r"[ \t]*[,;—–-]?[ \t]+(?:(?i:no|sorry|I[ \t]+mean|I[ \t]+meant|or[ \t]+rather|wait|scratch[ \t]+that)"
    r"[ \t]*[,;—–-]?[ \t]+){1,2}(?:(?i:it['’]s|its|it[ \t]+is|at|on|in)[ \t]+)?(?:[Tt]he[ \t]+)?"
    rf"(?P<place>(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?(?!I\b){_WORD}(?:[ \t]+{_WORD}){{0,3}})")


def corrected(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """The place said right after an address found, in its place, with a correcting word."""
    for hit in hits:
        if hit.kind != "address" or hit.severity != ERROR:
            continue
        m = CORRECTED.match(text, hit.end)
        if m:
            yield Hit(m.start("place"), m.end("place"), "address", ERROR,
                      "A place said to correct an address is the address",
                      "name the town at most")
