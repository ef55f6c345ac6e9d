"""One publish, all or nothing: sources, build, built site, then the upload (or the zip).

1. The published stories are copied (drafts left out) and checked by the anonymity guard.
2. That copy is built with publishconf.py into a fresh folder: never the live site, never
   output/. The build fails closed on any error (publish_gate).
3. The built site itself is checked (output_check.py): every page, feed, sitemap and image.
4. Only then is it uploaded, to a target that switches to it whole (targets/), or zipped.
Any error stops the publish before anything leaves the machine: `Refused` says what and where.
"""

from __future__ import annotations

import datetime
import runpy
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from plugins.anonymity.api import Finding, FolderReport, trust_guard

from .blocked_links import blocked_domains
from .output_check import OutputProblem, check_output
from .packaging import write_package
from .sources import copy_published, publish_check, read_sources
from .targets import PublishError, Target, TargetError, check_destination, choose_target, upload

__all__ = ["PublishError", "Refused", "TargetError", "package", "prepare", "publish"]

Say = Callable[[str], None]
Build = Callable[[Path, Path], None]
SHOWN_FILES = 3  # a problem found in many files (a template's) lists this many, then a count
REFUSED = "Nothing was uploaded: the live site is unchanged."


class Refused(Exception):
    """The site cannot be published; the message lists every problem with its file."""


def load_settings(settings_file: Path) -> dict[str, Any]:
    """The settings publishconf.py defines (it imports pelicanconf.py itself)."""
    values = runpy.run_path(str(settings_file))
    return {key: value for key, value in values.items() if key.isupper()}


def pelican_build(settings_file: Path, extra: Sequence[str] = ()) -> Build:
    """Build with Pelican in a fresh process, as `invoke build` does; raise when it fails."""

    def build(content: Path, output: Path) -> None:
        command = [sys.executable, "-m", "pelican", str(content), "-s", str(settings_file),
                   "-o", str(output)]
        for setting in extra:
            command += ["-e", setting]
        done = subprocess.run(command, cwd=settings_file.parent, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"pelican exited with status {done.returncode}")

    return build


def prepare(content: Path, settings_file: Path, work: Path, say: Say = print,
            build: Build | None = None) -> Path:
    """Check the sources, build them into `work`, check the built site; return its folder."""
    settings = load_settings(settings_file)
    check, problems = publish_check(settings)
    if problems:
        raise Refused("\n".join([*problems, f"Fix PUBLISH_CHECK in {settings_file.name}. {REFUSED}"]))
    sources = read_sources(content)
    staged = copy_published(sources, work / "content")
    say(f"Checking {len(sources.published)} published stories "
        f"({len(sources.drafts)} draft(s) left out) ...")
    guard = trust_guard(settings, staged)
    try:
        stories = guard.check_stories(staged)
    except Exception as error:  # noqa: BLE001 - a check that cannot run must fail closed
        raise Refused(f"The anonymity check could not check the stories ({error.__class__.__name__}: "
                      f"{error}). {REFUSED} Tell the site's maintainers, with this message.") from None
    if stories.errors:
        raise Refused("\n".join([
            f"The stories have {len(stories.errors)} problem(s). {REFUSED}",
            *(f"  {_source_line(content, finding)}" for finding in stories.errors),
            "Fix them, then publish again.",
        ]))
    say_acceptances(stories, say)
    site = work / "site"
    say("Building the live site with publishconf.py ...")
    try:
        (build or pelican_build(settings_file))(staged, site)
    except Exception:  # noqa: BLE001 - any failed build refuses the publish
        raise Refused(f"The build failed: see the messages above. {REFUSED}") from None
    say("Checking the built site: every page, feed, sitemap and image ...")
    declarations = sources.declarations()
    declarations.allowances += check["allow"]
    try:
        report = check_output(site, declarations, guard.allowlist, guard.settings,
                              settings.get("SITEURL", ""),
                              drafts=sources.draft_slugs(), content=content,
                              blocked=blocked_domains(settings))
    except Exception as error:  # noqa: BLE001 - a check that cannot run must fail closed
        raise Refused(f"The built site could not be checked ({error.__class__.__name__}: {error}). "
                      f"{REFUSED} Tell the site's maintainers, with this message.") from None
    if not report.ok:
        raise Refused("\n".join([
            f"The built site has {len(report.problems)} problem(s) in {len({p.path for p in report.problems})} "
            f"file(s). {REFUSED}",
            *(f"  {line}" for line in grouped(report.problems)),
            "Paths are inside the built site. Fix the story, template or file that puts them "
            "there, then publish again.",
        ]))
    say(f"The built site is clean: {report.text_files} pages, feeds and text files and "
        f"{report.images} images checked.")
    return site


def publish(content: Path, settings_file: Path, kind: str = "", dest: str = "",
            dry_run: bool = False, say: Say = print, build: Build | None = None) -> str:
    """Build, check twice, then upload to the target; returns what is live now."""
    started = time.monotonic()
    settings = load_settings(settings_file)
    target: Target = choose_target(settings.get("PUBLISH_TARGET"), kind, dest,
                                   root=settings_file.parent)
    say(f"Publishing to {target.describe()}{' (dry run)' if dry_run else ''}.")
    check_destination(target)  # a folder that cannot be written is said now, not after the build
    with tempfile.TemporaryDirectory(prefix="slingshot-publish-") as work:
        site = prepare(content, settings_file, Path(work), say, build)
        summary = upload(site, target, dry_run, say)
    return f"{'Checked' if dry_run else 'Published'} in {time.monotonic() - started:.1f} s: {summary}"


def package(content: Path, settings_file: Path, folder: Path, say: Say = print,
            build: Build | None = None, day: datetime.date | None = None) -> Path:
    """Build, check twice, then write the dated zip into `folder`; returns the zip's path."""
    settings = load_settings(settings_file)
    with tempfile.TemporaryDirectory(prefix="slingshot-package-") as work:
        site = prepare(content, settings_file, Path(work), say, build)
        return write_package(site, folder, settings.get("SITENAME", "site"),
                             settings.get("SITEURL", ""), day)


def say_acceptances(stories: FolderReport, say: Say) -> None:
    """List every detail the stories accept, so the person publishing sees what they vouch for."""
    lines = [f"  {use.path}:{use.line}: the pseudonym {use.name} ({use.uses} use(s))"
             for use in stories.pseudonyms]
    lines += [f"  {allowance.path}:{allowance.line}: Allow: {allowance.text} -- {allowance.reason}"
              for story in stories.stories for allowance in story.allowances]
    if lines:
        say(f"The stories accept {len(lines)} detail(s); check each is safe:\n" + "\n".join(lines))


def grouped(problems: list[OutputProblem]) -> list[str]:
    """One line per problem; a problem found in many files (a template's) is listed once."""
    files: dict[str, list[str]] = {}
    for problem in problems:
        files.setdefault(problem.what, []).append(problem.path)
    lines = []
    for what, paths in files.items():
        shown = ", ".join(paths[:SHOWN_FILES])
        more = f" and {len(paths) - SHOWN_FILES} more file(s)" if len(paths) > SHOWN_FILES else ""
        lines.append(f"{shown}{more}: {what}")
    return lines


def _source_line(content: Path, finding: Finding) -> str:
    text = f" '{finding.text}'" if finding.text else ""
    advice = finding.suggestion[:1].upper() + finding.suggestion[1:]
    return (f"{content.name}/{finding.path}:{finding.line}:{finding.column}: "
            f"{finding.kind.replace('_', ' ')}{text}: {finding.message}. {advice}")
