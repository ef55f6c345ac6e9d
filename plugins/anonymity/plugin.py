"""Pelican adapter: the guard as a check of the publish gate, clean images, preview marks.

Every story, page and image passes through the publish gate (plugins/publish_gate), which
refuses a file with an error and fails the build. In the preview (`SLINGSHOT_PREVIEW`),
stories with findings are built anyway, with the findings marked in place.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.contents import Article, Content, Page, Static

from plugins.publish_gate import Problem, check_source, shown_path
from plugins.publish_gate.active_content import svg_problems
from plugins.worker_pool import Preparer, add_preparer, result_for

from .addresses import addresses
from .allowlist import Allowlist
from .engine import check_story
from .findings import Finding, StoryReport
from .images import checked_image, forget_unused, is_image, publish_image
from .preview import preview_marks
from .settings import read_options
from .story_images import image_file
from .source import is_draft, read_story
from .story_check import allowlist_for, allowlist_path, check_story_file, options
from .verdicts import Verdicts, fingerprint, story_key

logger = logging.getLogger(__name__)

# Findings of the stories shown in the preview, by source path, for `keep_preview_findings`.
_preview_findings: dict[str, list[Finding]] = {}
# This build's remembered reports (see verdicts.py).
_verdicts = Verdicts(None, "")
PREPARER = "anonymity.report"
# Capitalised words, a date and a phone number: what loads every list and pattern.
WARM_UP_STORY = ("Title: Warm-up\n\nOn Tuesday 3 May, Sam Smith met the Court Team in Leeds "
                 "(call 0113 496 0000).\n")


@lru_cache(maxsize=4)
def cached_allowlist(path: Path, _modified: float | None, own: tuple[str, ...]) -> Allowlist:
    """The allow-list with the trust's own details, read again only when the file changes."""
    return allowlist_for(path.parent, path, own)


def trust_allowlist(settings: dict) -> Allowlist:
    option = options(settings.get("ANONYMITY"))
    path = allowlist_path(Path(settings["PATH"]), option["allowlist"])
    return cached_allowlist(path, path.stat().st_mtime if path.is_file() else None, tuple(option["allow"]))


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
    preview = settings.get("SLINGSHOT_PREVIEW")
    if not preview and not publishable(raw, settings):
        return []  # a draft is never written; `invoke check` shows its findings
    report = story_report(path, full_path, raw, settings)
    accepted = [
        Problem(path, allowance.line, f"accepted by 'Allow: {allowance.text}'",
                f"Reason given: {allowance.reason}", severity="accepted")
        for allowance in report.allowances
    ] + [
        Problem(path, use.line, f"accepted as a pseudonym: {use.name}",
                f"Used {use.uses} time(s) in the story", severity="accepted")
        for use in report.pseudonyms
    ]
    if preview:
        _preview_findings[full_path] = report.findings
        for finding in report.findings:
            logger.warning("%s", as_problem(finding).describe())
        return accepted
    return [as_problem(finding) for finding in report.findings] + accepted


def story_report(path: str, full_path: str, raw: bytes, settings: dict) -> StoryReport:
    """The report on one story: remembered from an earlier build when nothing changed, or
    made by a worker ahead of the build (plugins/worker_pool), or made here."""
    key = story_key(path, raw)
    report = _verdicts.get(key)
    if report is None:
        ahead = result_for(PREPARER, full_path, raw)
        report = ahead[1] if ahead is not None and ahead[0] == key else None
    if report is None:
        report = fresh_report(path, full_path, raw, settings)
    _verdicts.put(key, report)
    return report


def fresh_report(path: str, full_path: str, raw: bytes, settings: dict) -> StoryReport:
    return check_story_file(
        path,
        Path(full_path),
        raw,
        Path(settings["PATH"]),
        trust_allowlist(settings),
        options(settings.get("ANONYMITY")),
    )


def needs_report(full_path: str, generator: Any) -> bool:
    """Worth checking ahead: a story the build will check and has no remembered report of."""
    settings = generator.settings
    raw = Path(full_path).read_bytes()
    if _verdicts.get(story_key(shown_path(full_path, settings), raw)) is not None:
        return False
    return settings.get("SLINGSHOT_PREVIEW") or publishable(raw, settings)


def report_ahead(full_path: str, settings: dict) -> tuple[str, StoryReport]:
    """In a worker: the story's key and its report, exactly as `story_report` would make it."""
    raw = Path(full_path).read_bytes()
    path = shown_path(full_path, settings)
    return story_key(path, raw), fresh_report(path, full_path, raw, settings)


def warm_up() -> None:
    """Check a made-up story once, so that the name lists and patterns are loaded."""
    check_story(WARM_UP_STORY)


def check_settings(pelican: Any) -> None:
    """Stop before anything is built when `ANONYMITY` has a mistake: never guard with less."""
    problems = read_options(pelican.settings.get("ANONYMITY"))[1]
    if problems:
        for problem in problems:
            logger.critical("anonymity: %s", problem)
        logger.critical("anonymity: fix ANONYMITY in pelicanconf.py, then build again.")
        raise SystemExit(1)


def start_build(pelican: Any) -> None:
    """Load the remembered reports that are still valid (all of them, unless code,
    data, allow-list, settings or images changed)."""
    global _verdicts
    settings = pelican.settings
    content = Path(settings["PATH"])
    option = options(settings.get("ANONYMITY"))
    folder = cache_folder(settings)
    now = fingerprint(content, allowlist_path(content, option["allowlist"]), option)
    _verdicts = Verdicts(folder, now, previous=_verdicts)


def cache_folder(settings: dict) -> Path | None:
    """Where the guard keeps its reports and published images between builds."""
    return Path(settings["CACHE_PATH"]) if settings.get("CACHE_PATH") else None


def finish_build(_pelican: Any) -> None:
    _verdicts.save()


def publishable(raw: bytes, settings: dict) -> bool:
    """False for a draft: its status, or the default status when it gives none."""
    default = settings.get("DEFAULT_METADATA", {}).get("status", "published")
    return not is_draft(read_story(raw), default)


def image_file_problems(path: str, full_path: str) -> list[Problem]:
    """Only images go in the static folders, and only ones that open safely."""
    if not is_image(full_path) and not Path(full_path).suffix.lower() == ".svg":
        return [Problem(path, 1, "this file is not an image, and content/images/ is copied to the "
                        "public site", "Move it out of the content folder (a consent form or a "
                        "document stays on the team's drive); only photos (JPEG, PNG, WebP) go here")]
    if not is_image(full_path):
        return [Problem(path, 1, what, "Save the picture again without it (or as a PNG)")
                for what in svg_problems(Path(full_path))]
    error = checked_image(Path(full_path)).error
    if not error:
        return []
    return [Problem(path, 1, f"image: {error}", "Replace the file with a JPEG or PNG that opens")]


def used_files(context: dict, settings: dict) -> set[Path]:
    """The content files a published page shows or links to, and the theme's logo."""
    content = Path(settings["PATH"]).resolve()
    used = {(content / settings["SITE_LOGO"]).resolve()} if settings.get("SITE_LOGO") else set()
    keys = ["articles", "hidden_articles", "pages", "hidden_pages"]
    if settings.get("SLINGSHOT_PREVIEW"):
        keys += ["drafts", "draft_pages"]
    for item in (item for key in keys for item in context.get(key, [])):
        source = Path(item.source_path)
        for text in own_addresses(source):
            target = image_file(text, source, content)
            if target is not None:
                used.add(target.resolve())
    return used


def own_addresses(source: Path) -> tuple[str, ...]:
    """The addresses of the site's own files in a story (without any #part), remembered by
    the story's path and bytes: reading a story's addresses costs more than its bytes."""
    raw = source.read_bytes()
    key = story_key(str(source), raw)
    found = _verdicts.story_addresses(key)
    if found is None:
        found = tuple(address.text.split("#")[0] for address in addresses(read_story(raw))
                      if address.own)
        _verdicts.put_addresses(key, found)
    return found


def keep_preview_findings(content: Content) -> None:
    """In the preview, keep a story's findings on it as `preview_findings`: the theme marks
    them on its page (the `preview_marks` filter) and counts them on the review page."""
    if content.settings.get("SLINGSHOT_PREVIEW"):
        content.preview_findings = tuple(_preview_findings.pop(content.source_path, None) or ())


def add_template_filter(pelican: Any) -> None:
    """Give templates `preview_marks` (the theme writes every story's body through it)."""
    pelican.settings["JINJA_FILTERS"] = {**pelican.settings.get("JINJA_FILTERS", {}),
                                         "preview_marks": preview_marks}


def publish_clean_images(generator: Any) -> None:
    """Publish only the files a published page uses, each image re-encoded without metadata
    (written here, instead of Pelican's raw copy, or copied from what an earlier build wrote
    from the same bytes: images.publish_image); a draft's photo stays out."""
    output = Path(generator.output_path)
    used = used_files(generator.context, generator.settings)
    cache = cache_folder(generator.settings)
    kept, published = [], set()
    for static in generator.staticfiles:
        if Path(static.source_path).resolve() not in used:
            continue
        if not is_image(static.source_path):
            kept.append(static)
            continue
        target = output / static.save_as
        target.parent.mkdir(parents=True, exist_ok=True)
        if not checked_image(Path(static.source_path)).error:
            published.add(publish_image(Path(static.source_path), target, cache))
    generator.staticfiles[:] = kept
    if cache is not None:
        forget_unused(cache, published)


def register() -> None:
    # initialized: the settings are read and nothing is built yet.
    signals.initialized.connect(check_settings)
    signals.initialized.connect(add_template_filter)
    check_source.connect(guard)
    add_preparer(Preparer(PREPARER, needs_report, report_ahead, warm_up))
    # get_generators fires at the start of every build; finalized at its end.
    signals.get_generators.connect(start_build)
    signals.finalized.connect(finish_build)
    # content_object_init: each story as it is made, before any page is written.
    signals.content_object_init.connect(keep_preview_findings)
    # static_generator_finalized fires before any static file is copied, so no image
    # ever reaches the output with its metadata, even for a moment.
    signals.static_generator_finalized.connect(publish_clean_images)
