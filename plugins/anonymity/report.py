"""How a folder report is shown: JSON for tools, text for people."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

from .findings import ERROR, Finding, FolderReport

_CONTEXT = 60  # characters of the source line shown either side of a finding


def as_json(report: FolderReport) -> str:
    """The documented JSON: {"files_checked": N, "findings": [...]}, then what was accepted."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)


def as_text(report: FolderReport, content_dir: Path) -> str:
    """Findings grouped by file, each under its source line with the text marked."""
    lines: list[str] = []
    for path, findings in groupby(report.findings, key=lambda f: f.path):
        source = _source_lines(content_dir / path)
        lines.append(path)
        for finding in findings:
            lines += _finding_lines(finding, source)
        lines.append("")
    lines += _allowance_lines(report)
    lines += _pseudonym_lines(report)
    lines.append(_summary(report))
    return "\n".join(lines)


def _source_lines(path: Path) -> list[str]:
    try:
        return path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff").split("\n")
    except OSError:
        return []


def _finding_lines(finding: Finding, source: list[str]) -> Iterator[str]:
    yield (f"  {finding.line}:{finding.column} {finding.severity} {finding.kind}: "
           f"{finding.message}")
    if 0 < finding.line <= len(source):
        text = source[finding.line - 1].rstrip("\r").replace("\t", " ")
        left = max(0, finding.column - 1 - _CONTEXT)
        shown = text[left : finding.end_column - 1 + _CONTEXT]
        prefix = "…" if left else ""
        yield f"    | {prefix}{shown}"
        marks = "^" * max(1, finding.end_column - finding.column)
        yield f"    | {' ' * (len(prefix) + finding.column - 1 - left)}{marks}"
    yield f"    suggestion: {finding.suggestion}"


def _allowance_lines(report: FolderReport) -> list[str]:
    if not report.allowances:
        return []
    lines = ["Allowances (Allow: in the story):"]
    for allowance in report.allowances:
        used = f"accepted {len(allowance.accepted)}" if allowance.accepted else "matched nothing"
        lines.append(f"  {allowance.path}:{allowance.line} {allowance.text!r} — {allowance.reason} ({used})")
        lines += [f"    {f.line}:{f.column} {f.kind} {f.text!r}" for f in allowance.accepted]
    return [*lines, ""]


def _pseudonym_lines(report: FolderReport) -> list[str]:
    if not report.pseudonyms:
        return []
    lines = ["Pseudonyms used (Pseudonyms: in the story):"]
    lines += [f"  {p.path}: accepted as a pseudonym: {p.name} (line {p.line}, {p.uses} "
              f"use{'s' if p.uses > 1 else ''})" for p in report.pseudonyms]
    return [*lines, ""]


def _summary(report: FolderReport) -> str:
    errors = sum(1 for f in report.findings if f.severity == ERROR)
    warnings = len(report.findings) - errors
    by_allow = sum(len(a.accepted) for a in report.allowances)
    verdict = "not ready to publish" if errors else "nothing blocks publication"
    return (f"{report.files_checked} files checked: {errors} errors, {warnings} warnings, "
            f"{report.acceptances} accepted ({by_allow} by Allow:, {len(report.pseudonyms)} by "
            f"Pseudonyms:) — {verdict}.")
