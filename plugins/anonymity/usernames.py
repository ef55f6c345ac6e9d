"""User names in an author's slot: the name a comment, post or message was sent under.

A comment thread copied into a story shows each author as the site showed them: "**Paula
McGann** · 2 days ago", "> **callumdk_ferry** · 2 days ago". A name in capitals is names.py's;
here a user name (lower-case letters and digits joined by "_" or ".", or letters run into digits:
"callumdk_ferry", "jaz.1998", "kyle99") is a handle when it stands in an author's slot: alone in
bold or at the start of a line before a separator and a time ("· 2 days ago", "- 21:14"), or after
"posted by", "username", "gamertag" and the like. The same word in running text is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit

_USER = r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]{2,}\d{2,}[a-z0-9]*"
# "**callumdk_ferry** · 2 days ago", "> jaz_1998 | 21:14", "kyle99 - yesterday"
AUTHOR_LINE = re.compile(
    rf"^[ \t>]*(?:[*_]{{1,2}})?(?P<user>{_USER})(?:[*_]{{1,2}})?[ \t]+[·|•–—-][ \t]+"
    r"(?:\d|a[ \t]+(?:day|week|month|year)|an[ \t]+hour|yesterday|today|just[ \t]+now|edited|\*?hidden)",
    re.MULTILINE)
AFTER_CUE = re.compile(
    rf"(?i:\b(?:posted|commented|replied|sent|shared|uploaded)[ \t]+(?:by|as)|\buser[ \t]?name(?:[ \t]+(?:is|was))?|"
    rf"\bgamertag|\bgamer[ \t]+tag|\bsigned[ \t]+in[ \t]+as|\blogged[ \t]+in[ \t]+as|\bscreen[ \t]?name)"
    rf"[ \t:]+[*_`]{{0,2}}(?P<user>{_USER})(?![\w@/-]|\.[a-z])")


def find_usernames(text: str) -> Iterator[Hit]:
    """User names in an author's slot (see the module's text)."""
    for pattern in (AUTHOR_LINE, AFTER_CUE):
        for m in pattern.finditer(text):
            yield Hit(m.start("user"), m.end("user"), "social_handle", ERROR,
                      "A user name that a comment or post was sent under leads straight to the person",
                      "remove the user name, or write \"a commenter\"")
