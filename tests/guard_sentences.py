"""Sentences of our own, checked by the guard as a story: the header every recall table puts
them under, and the guard's errors in them (tests/test_recall_general_*.py)."""

from __future__ import annotations

from plugins.anonymity import Allowlist, Finding, check_story


def story(body: str, pseudonyms: str = "") -> str:
    """A story whose text is `body`, under a header the guard finds nothing in."""
    declared = f"Pseudonyms: {pseudonyms}\n" if pseudonyms else ""
    return f"Title: A story\nDate: 2026-01-01\n{declared}Consent: CS-2026-001\n\n{body}\n"


def findings(body: str, allowlist: Allowlist | None = None, pseudonyms: str = "") -> list[Finding]:
    return check_story(story(body, pseudonyms), "story.md", allowlist).findings


def errors(body: str, kind: str | None = None, allowlist: Allowlist | None = None,
           pseudonyms: str = "") -> list[str]:
    """The text of each error (of `kind`, when given) in a story of `body`."""
    return [f.text for f in findings(body, allowlist, pseudonyms)
            if f.severity == "error" and (kind is None or f.kind == kind)]


def address_covers(body: str, place: str) -> bool:
    """Whether an address error holds `place` (the guard may report more around it)."""
    return any(place in text for text in errors(body, "address"))


def address_overlaps(body: str, place: str) -> bool:
    """Whether an address error holds `place` or lies inside it (a firm reported by its name
    without its trade: "Fenmarsh Produce" of "Fenmarsh Produce in Wyberton")."""
    return any(place in text or text in place for text in errors(body, "address"))
