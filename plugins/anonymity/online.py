"""Email addresses, social media handles and profile links of private people."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit

EMAIL = re.compile(
    r"(?<![\w.%+-])(?>[A-Za-z0-9._%+-]{1,64})@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])"
)
HANDLE = re.compile(r"(?<![\w@./])@(?>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)")
PROFILE = re.compile(
    r"(?i)(?<![\w.-])(?:https?://)?(?:www\.|m\.|mobile\.)?"
    r"(?:facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|tiktok\.com|"
    r"snapchat\.com|linkedin\.com|youtube\.com|threads\.net|onlyfans\.com|twitch\.tv|"
    r"soundcloud\.com|pinterest\.com|t\.me|wa\.me)"
    r"/(?:in/|add/|user/|u/|people/|@)?[A-Za-z0-9_.\-%]{2,80}(?:/[A-Za-z0-9_.\-]{1,40})?"
)
# "his Snapchat is dezzy_m60": a handle named without its @, recognised by the platform cue.
CUED_HANDLE = re.compile(
    r"(?i:\b(?:snapchat|snap|instagram|insta|tiktok|twitter|telegram|kik|username|user\s+name|gamertag)"
    r"(?:\s+(?:name|handle|account|username|id))?)(?:\s+(?:is|was|as|called)|\s*[:,])?\s+[\"'“‘]?"
    r"((?=[A-Za-z0-9_.]{0,29}[_.\d])[A-Za-z0-9_.]{3,30})(?![\w@])"
)


def find_online(text: str) -> list[Hit]:
    """Return emails, handles and profile links (the trust's own are removed by the allow-list)."""
    return [*emails(text), *handles(text)]


def emails(text: str) -> Iterator[Hit]:
    """Email addresses."""
    for m in EMAIL.finditer(text):
        yield Hit(m.start(), m.end(), "email", ERROR,
                  "An email address reaches a person directly and often contains their name",
                  "remove the email address")


def handles(text: str) -> Iterator[Hit]:
    """Social media handles (@name), profile URLs and handles named after a platform."""
    spans = [(m.start(), m.end()) for m in HANDLE.finditer(text)]
    spans += [(m.start(), _trim(m.group(0), m.end())) for m in PROFILE.finditer(text)]
    spans += [(m.start(1), _trim(m.group(1), m.end(1))) for m in CUED_HANDLE.finditer(text)]
    for start, end in spans:
        if end - start > 1:
            yield Hit(start, end, "social_handle", ERROR,
                      "A social media handle or profile leads straight to a person",
                      "remove the handle or profile link")


def _trim(matched: str, end: int) -> int:
    """Drop sentence punctuation that a handle or URL pattern swallowed at its end."""
    return end - (len(matched) - len(matched.rstrip(".-")))
