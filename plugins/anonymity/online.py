"""Email addresses, social media handles and profile links of private people."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import ERROR, Hit
from .probes import first

# Emails are found from the "@": the domain is matched forwards, the local part walked back in code.
EMAIL_DOMAIN = re.compile(r"@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
HANDLE = re.compile(r"@(?<![\w@./]@)(?>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)")
PROFILE_SITES = (
    "facebook.com", "fb.com", "fb.me", "instagram.com", "twitter.com", "x.com", "tiktok.com",
    "snapchat.com", "linkedin.com", "youtube.com", "threads.net", "onlyfans.com", "twitch.tv",
    "soundcloud.com", "pinterest.com", "t.me", "wa.me",
)
# Profile links are found from ".com/" (or .net/, .me/, .tv/) with the site checked behind.
PROFILE = re.compile(
    r"\.(?:com|net|me|tv)/(?:" + "|".join(f"(?<={re.escape(site)}/)" for site in PROFILE_SITES) + ")"
    r"(?:in/|add/|user/|u/|people/|@)?[A-Za-z0-9_.\-%]{2,80}(?:/[A-Za-z0-9_.\-]{1,40})?"
)
_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.:/-")
# "his Snapchat is dezzy_m60": a handle named without its @, recognised by the platform cue.
CUED_HANDLE = re.compile(
    r"(?:snapchat|Snapchat|SnapChat|snap|Snap|instagram|Instagram|insta|Insta|tiktok|TikTok|Tiktok|"
    r"twitter|Twitter|telegram|Telegram|kik|Kik|username|Username|user name|User name|gamertag|Gamertag)\b"
    r"(?:\s+(?:name|handle|account|username|id))?(?:\s+(?:is|was|as|called)|\s*[:,])?\s+[\"'“‘]?"
    r"((?=[A-Za-z0-9_.]{0,29}[_.\d])[A-Za-z0-9_.]{3,30})(?![\w@])"
)

_HANDLE_CUES = ("snap", "insta", "tiktok", "twitter", "telegram", "kik", "user", "gamertag")


def find_online(text: str) -> list[Hit]:
    """Return emails, handles and profile links (the trust's own are removed by the allow-list)."""
    return [*emails(text), *handles(text)]


def emails(text: str) -> Iterator[Hit]:
    """Email addresses."""
    if "@" not in text:
        return
    for m in first(EMAIL_DOMAIN.finditer(text)):
        start = m.start()
        while start > 0 and m.start() - start < 64 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        if start < m.start():
            yield Hit(start, m.end(), "email", ERROR,
                      "An email address reaches a person directly and often contains their name",
                      "remove the email address")


def handles(text: str) -> Iterator[Hit]:
    """Social media handles (@name), profile URLs and handles named after a platform."""
    spans = [(m.start(), m.end()) for m in first(HANDLE.finditer(text))] if "@" in text else []
    spans += [span for m in first(PROFILE.finditer(text)) if (span := _profile_span(text, m))]
    lower = text.lower()
    if any(cue in lower for cue in _HANDLE_CUES):
        spans += [(m.start(1), _trim(m.group(1), m.end(1))) for m in first(CUED_HANDLE.finditer(text))
                  if m.start() == 0 or not text[m.start() - 1].isalnum()]
    for start, end in spans:
        if end - start > 1:
            yield Hit(start, end, "social_handle", ERROR,
                      "A social media handle or profile leads straight to a person",
                      "remove the handle or profile link")


def _profile_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Walk back from ".com/" to the start of the link and check the site is a social network."""
    start = m.start()
    while start > 0 and m.start() - start < 40 and text[start - 1] in _URL_CHARS:
        start -= 1
    host = text[start : text.index("/", m.start())].split("//")[-1].lower()
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix)
    return (start, _trim(m.group(0), m.end())) if host in PROFILE_SITES else None


def _trim(matched: str, end: int) -> int:
    """Drop sentence punctuation that a handle or URL pattern swallowed at its end."""
    return end - (len(matched) - len(matched.rstrip(".-")))
