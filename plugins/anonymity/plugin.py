"""Pelican adapter: the guard as a check of the publish gate, clean images, preview marks.

Every story, page and image passes through the publish gate (plugins/publish_gate), which
refuses a file with an error and fails the build. In the preview (`SLINGSHOT_PREVIEW`),
stories with findings are built anyway, with the findings marked in place.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.contents import Article, Content, Page, Static

from publish_gate import Problem, check_source

from .allowlist import Allowlist, load_allowlist
from .consent import consent_findings
from .engine import check_bytes, check_story
from .findings import ERROR, Finding, StoryReport
from .images import inspect_image, is_image, strip_metadata
from .preview import annotate
from .settings import GuardSettings
from .source import parse_story
from .story_images import image_findings

logger = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "allowlist": None,  # default: allowlist.txt at the top of the content folder
    "consent_required": ["case-studies"],
    "unusual_details": [],
    "small_places": [],
}

# Findings of the stories shown in the preview, by source path, for `mark_preview`.
_preview_findings: dict[str, list[Finding]] = {}


def options(settings: dict) -> dict[str, Any]:
    """The `ANONYMITY` setting merged over the defaults."""
    return {**DEFAULTS, **settings.get("ANONYMITY", {})}


def allowlist_path(settings: dict) -> Path:
    chosen = options(settings)["allowlist"]
    return Path(chosen) if chosen else Path(settings["PATH"]) / "allowlist.txt"


@lru_cache(maxsize=4)
def cached_allowlist(path: Path, _modified: float) -> Allowlist:
    """The allow-list, read again only when the file changes."""
    return load_allowlist(path)


def trust_allowlist(settings: dict) -> Allowlist:
    path = allowlist_path(settings)
    return cached_allowlist(path, path.stat().st_mtime) if path.is_file() else Allowlist()


def check_story_file(path: str, full_path: str, raw: bytes, settings: dict) -> StoryReport:
    """Every finding for one story: text, images and (for case studies) consent."""
    option = options(settings)
    guard = GuardSettings(tuple(option["unusual_details"]), tuple(option["small_places"]))
    allowlist = trust_allowlist(settings)
    report = check_bytes(raw, path, allowlist, guard)
    story = parse_story(raw.decode("utf-8", errors="replace"))
    pseudonyms = ", ".join(field.value for field in story.values("pseudonyms"))
    report.findings += file_name_findings(path, full_path, pseudonyms, allowlist, guard)
    report.findings += image_findings(story, path, Path(full_path), Path(settings["PATH"]))
    kind = Path(os.path.relpath(full_path, settings["PATH"])).parts[0]
    if kind in option["consent_required"]:
        report.findings += consent_findings(story, path)
    return report


def file_name_findings(path: str, full_path: str, pseudonyms: str, allowlist: Allowlist,
                       guard: GuardSettings) -> list[Finding]:
    """Findings in the file name, which becomes the page's address (`jordan-okafor.md`)."""
    stem = Path(full_path).stem
    words = " ".join(word.capitalize() for word in re.split(r"[-_.\s]+", stem) if word)
    report = check_story(f"Pseudonyms: {pseudonyms}\n\n{words}\n", path, allowlist, guard)
    return [
        replace(
            finding,
            line=1,
            column=1,
            end_column=1,
            text=stem,
            message=f"the file name becomes the page's address, and it holds "
            f"'{finding.text}': {finding.message}",
            suggestion="rename the file with the pseudonym or a few words of the title",
        )
        for finding in report.findings
    ]


def as_problem(finding: Finding) -> Problem:
    text = f" '{finding.text}'" if finding.text else ""
    return Problem(
        finding.path,
        finding.line,
        f"{finding.kind.replace('_', ' ')}{text}: {finding.message}",
        finding.suggestion[:1].upper() + finding.suggestion[1:],
        column=finding.column,
        severity=finding.severity,
    )


def guard(
    _gate: Any, *, path: str, full_path: str, raw: bytes, content_class: type, settings: dict, **_: Any
) -> list[Problem]:
    """Receiver of the gate's `check_source`: the guard's verdict on one file."""
    if issubclass(content_class, Static):
        return image_file_problems(path, full_path)
    if not issubclass(content_class, (Article, Page)):
        return []
    report = check_story_file(path, full_path, raw, settings)
    accepted = [
        Problem(path, allowance.line, f"accepted by 'Allow: {allowance.text}'",
                f"Reason given: {allowance.reason}", severity="accepted")
        for allowance in report.allowances
    ]
    if settings.get("SLINGSHOT_PREVIEW"):
        _preview_findings[full_path] = report.findings
        for finding in report.findings:
            logger.warning("%s", as_problem(finding).describe())
        return accepted
    return [as_problem(finding) for finding in report.findings] + accepted


def image_file_problems(path: str, full_path: str) -> list[Problem]:
    """An image that cannot be opened safely is never copied to the site."""
    if not is_image(full_path):
        return []
    error = inspect_image(Path(full_path)).error
    if not error:
        return []
    return [Problem(path, 1, f"image: {error}", "Replace the file with a JPEG or PNG that opens")]


def mark_preview(content: Content) -> None:
    """In the preview, put a story's findings on its page."""
    findings = _preview_findings.pop(content.source_path, None)
    if findings and content.settings.get("SLINGSHOT_PREVIEW") and content._content is not None:
        content._content = annotate(content._content, findings)


def publish_clean_images(generator: Any) -> None:
    """Write each image to the site re-encoded without metadata, instead of a raw copy."""
    output = Path(generator.output_path)
    kept = []
    for static in generator.staticfiles:
        if not is_image(static.source_path):
            kept.append(static)
            continue
        target = output / static.save_as
        target.parent.mkdir(parents=True, exist_ok=True)
        if not inspect_image(Path(static.source_path)).error:
            shutil.copyfile(static.source_path, target)
            strip_metadata(target)
    generator.staticfiles[:] = kept


def register() -> None:
    check_source.connect(guard)
    # content_object_init sees each story's HTML before it is written: preview marks go there.
    signals.content_object_init.connect(mark_preview)
    # static_generator_finalized fires before any static file is copied, so no image
    # ever reaches the output with its metadata, even for a moment.
    signals.static_generator_finalized.connect(publish_clean_images)
