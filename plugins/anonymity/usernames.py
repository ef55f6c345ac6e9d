"""User names in an author's slot: the name a comment, post or message was sent under.

A comment thread copied into a story shows each author as the site showed them: "**Paula
McGann** · 2 days ago", "> **callumdk_ferry** · 2 days ago". A name in capitals is names.py's;
here a user name (lower-case letters and digits joined by "_" or ".", or letters run into digits:
"callumdk_ferry", "jaz.1998", "kyle99") is a handle when it stands in an author's slot: alone in
bold or at the start of a line before a separator and a time ("· 2 days ago", "- 21:14"), or after
"posted by", "username", "screen name" and "gamertag". The same word in running text is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit
from .probes import lower_of, matches_from, starts_of, word_start

_USER = r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]{2,}\d{2,}[a-z0-9]*"
# "**callumdk_ferry** · 2 days ago", "> jaz_1998 | 21:14", "kyle99 - yesterday"
# Matched at the start of a line that has a separator in it (found with str.find).
AUTHOR_LINE = re.compile(
    rf"[ \t>]*(?:[*_]{{1,2}})?(?P<user>{_USER})(?:[*_]{{1,2}})?[ \t]+[·|•–—-][ \t]+"
    r"(?:\d|a[ \t]+(?:day|week|month|year)|an[ \t]+hour|yesterday|today|just[ \t]+now|edited|\*?hidden)")
_SEPARATORS = ("·", "•", "|", " - ", " – ", " — ")
# Matched on the lower-cased text, only where one of its key words stands (found with str.find):
# "posted", "name" (read back: "username", "user name", "screen name") and "gamer".
AFTER_CUE = re.compile(
    rf"(?:posted[ \t]+(?:by|as)|name(?:(?<=username)|(?<=user name)|(?<=screen name)|(?<=screenname))"
    rf"(?:[ \t]+(?:on|for|in)[ \t]+[a-z]{{2,12}})?(?:[ \t]+(?:is|was))?|gamer[ \t]?tag)[ \t:]+[*_`]{{0,2}}(?P<user>{_USER})(?![\w@/-]|\.[a-z])")
_CUE_KEYS = ("posted", "name", "gamer")


def find_usernames(text: str) -> Iterator[Hit]:
    """User names in an author's slot (see the module's text)."""
    lower = lower_of(text)
    cued = (m for m in matches_from(AFTER_CUE, lower, starts_of(lower, _CUE_KEYS))
            if word_start(lower, m.start()) or lower.startswith("name", m.start()))
    line_starts = sorted({text.rfind("\n", 0, at) + 1 for at in starts_of(text, _SEPARATORS)})
    authors = (m for m in map(lambda at: AUTHOR_LINE.match(text, at), line_starts) if m)
    for m in (*authors, *(cued if len(lower) == len(text) else ())):
        if text[m.start("user"):m.end("user")].islower():  # as written, not "Posted by Dean_Smith"
            yield Hit(m.start("user"), m.end("user"), "social_handle", ERROR,
                      "A user name that a comment or post was sent under leads straight to the person",
                      "remove the user name, or write \"a commenter\"")
