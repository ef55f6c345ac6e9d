"""Consent: a case study is published only with the reference of a signed consent form."""

from __future__ import annotations

import re

from .findings import ERROR, Finding
from .source import Story

# A form reference: letters, then numbers, e.g. CF-2026-0142, GMPT/2025/77, 20260142.
REFERENCE = re.compile(r"[A-Za-z]{0,8}[-/ ]?\d[\dA-Za-z]*(?:[-/][\dA-Za-z]+)*")


def consent_findings(story: Story, path: str) -> list[Finding]:
    """An error when the Consent: field is missing, empty or not a form reference."""
    fields = [field for field in story.values("consent") if field.value.strip()]
    if not fields:
        return [Finding(
            path, 1, 1, 1, "consent_missing", ERROR, "",
            "a case study cannot be published without the signed consent of the person in it",
            "add 'Consent:' with the reference of the signed consent form, e.g. CF-2026-0142",
        )]
    field = fields[0]
    if REFERENCE.fullmatch(field.value.strip()):
        return []
    line, column = story.position(field.start)
    return [Finding(
        path, line, column, column + len(field.value), "consent_not_reference", ERROR,
        field.value,
        "the consent field must hold the form's reference; a name here would be published "
        "in the page source and identifies the person",
        "write the consent form's reference number, never a name",
    )]
