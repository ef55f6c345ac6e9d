"""The capitalised words of a story, read once for every detector that looks at them.

The name detector judges each capitalised word, and the place detectors look for names in
capitals ("ST MUNGO'S RC PRIMARY SCHOOL") and for a city named anywhere in the story. Each of
them scanned the whole story with a pattern that starts with a class of capitals, which Python's
regex engine tries at every character (several times slower than a scan for a literal). Here the
story is read once (`words_of`, kept for the last text, as `probes.lower_of` keeps its lower
case), and each detector takes the words of the stretch it reads (`between`).
"""

from __future__ import annotations

import bisect
import operator
import re

# Every capital letter of the first 0x250 code points (Latin, Latin-1 and Latin Extended).
UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper() and c.isalpha())
# A capitalised word: letters and digits, inner apostrophes and hyphens ("O'Brien",
# "Ashworth-Pryce"), at most 41 characters; it starts where no letter, digit, apostrophe or hyphen
# stands before it (the look-behind stands after the first capital so that the engine skips to
# capitals). No match starts inside another: every character of one is such a character.
TOKEN = re.compile(rf"[{UPPER}](?<![\w'’-].)[\w'’-]{{0,40}}")
# The longest word TOKEN matches: a longer one goes on, and a pattern of its own reads it whole.
LONGEST = 41


class Capitalised:
    """The matches of TOKEN in one text, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.matches = list(TOKEN.finditer(text))

    def between(self, start: int, end: int) -> list[re.Match[str]]:
        """`list(TOKEN.finditer(text, start, end))`: a word that runs past `end` is cut there,
        as that scan would cut it."""
        matches = self.matches
        low = bisect.bisect_left(matches, start, key=_start)
        high = bisect.bisect_left(matches, end, lo=low, key=_start)
        found = matches[low:high]
        if found and found[-1].end() > end:
            found[-1] = TOKEN.match(self.text, found[-1].start(), end)
        return found


_start = operator.methodcaller("start")
_last: Capitalised = Capitalised("")


def words_of(text: str) -> Capitalised:
    """The capitalised words of `text`, kept for the last text: several detectors read the same story."""
    global _last
    if _last.text is not text:
        _last = Capitalised(text)
    return _last
