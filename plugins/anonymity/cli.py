"""Command line: `python -m plugins.anonymity.cli --content DIR [--format json|text]`.

Exits 1 when any story has an error, 0 otherwise (2 for a usage problem).

With `--build` (what `invoke check` runs), the site is also built, exactly as `invoke build`
builds it, into a scratch folder (plugins/publish_gate/verdict.py), while the stories are
checked: the report adds every reason the build gives that the guard's findings do not (a
misspelt department, a story outside every kind's folder, an ambiguous date, a story left
out and why), and the exit status is the build's: 1 when the build would fail, 0 when it
would pass. Findings in drafts are listed but, as in the build, do not block publication.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from .findings import ERROR, FolderReport
from .report import as_json, as_text
from .settings import read_options
from .story_check import check_content

if TYPE_CHECKING:  # the guard's command line needs Pelican only with --build
    from plugins.publish_gate import Problem
    from plugins.publish_gate.verdict import ScratchBuild, Verdict

# The guard's check in the build (plugins/anonymity/plugin.py), whose findings this report
# already shows.
GUARD = f"{__package__}.plugin"


def main(argv: list[str] | None = None) -> int:
    """Check every story below --content and print the report."""
    parser = command_line()
    args = parser.parse_args(argv)
    settings = checked_arguments(parser, args)
    build = start_build(args.content, args.settings, settings) if args.build else None
    report = check_content(args.content, read_options(settings.get("ANONYMITY", {}))[0],
                           args.allowlist)
    if build is None:
        output = as_json(report) if args.format == "json" else as_text(report, args.content)
        sys.stdout.write(output + "\n")
        return 1 if report.errors else 0
    verdict = build.verdict()
    shown = build_problems(verdict, report, args.content)
    output = (with_build_json(report, verdict) if args.format == "json"
              else with_build_text(report, verdict, shown, args.content))
    sys.stdout.write(output + "\n")
    return 0 if verdict.passed else 1


def command_line() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m plugins.anonymity.cli",
        description="Check stories for details that identify a person before they are published.",
    )
    parser.add_argument("--content", required=True, type=Path, help="folder of Markdown stories")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--allowlist", type=Path,
                        help="allow-list file (default: allowlist.txt in the content folder)")
    parser.add_argument("--settings", type=Path,
                        help="a Pelican settings file whose ANONYMITY setting to use")
    parser.add_argument("--build", action="store_true",
                        help="also build the site with --settings into a scratch folder and give "
                        "the build's verdict (the exit status is the build's)")
    return parser


def checked_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> dict:
    """The site's settings; a usage error (exit status 2) for an argument that cannot work."""
    if not args.content.is_dir():
        parser.error(f"--content {args.content} is not a folder; give the folder of stories")
    if args.allowlist and not args.allowlist.is_file():
        parser.error(f"--allowlist {args.allowlist} does not exist")
    if args.settings and not args.settings.is_file():
        parser.error(f"--settings {args.settings} does not exist")
    if args.build and not args.settings:
        parser.error("--build needs --settings, the site's settings file")
    settings = site_settings(args.settings)
    problems = read_options(settings.get("ANONYMITY", {}))[1]
    if problems:
        parser.error("; ".join(problems))
    return settings


def site_settings(settings_file: Path | None) -> dict:
    """A site's settings; none for a bare folder of stories."""
    if settings_file is None:
        return {}
    from pelican.settings import read_settings  # noqa: PLC0415 - only with --settings

    return read_settings(str(settings_file))


def start_build(content: Path, settings_file: Path, settings: dict) -> ScratchBuild:
    """The site's build into a scratch folder, started in the background."""
    from plugins.publish_gate.verdict import ScratchBuild  # noqa: PLC0415 - only with --build

    return ScratchBuild(content.resolve(), settings_file.resolve(), settings)


def build_problems(verdict: Verdict, report: FolderReport, content: Path) -> list[Problem]:
    """The build's errors and warnings that the report does not already show: all but the
    guard's findings on the lines the report lists (the build names a story from the folder
    that holds the content folder, the report from the content folder)."""
    listed = {(finding.path, finding.line) for finding in report.findings}

    def in_report(problem: Problem) -> bool:
        parts = PurePath(problem.path).parts
        inside = PurePath(*parts[1:]).as_posix() if parts[:1] == (content.resolve().name,) else ""
        return problem.check == GUARD and (inside, problem.line) in listed

    return sorted((problem for problem in verdict.problems
                   if problem.severity in ("error", "warning") and not in_report(problem)),
                  key=lambda problem: (problem.path, problem.line))


def with_build_text(report: FolderReport, verdict: Verdict, shown: list[Problem],
                    content: Path) -> str:
    """The guard's report, the build's own reasons, and one verdict for both."""
    lines = as_text(report, content).split("\n")[:-1]  # its last line is the guard's summary
    lines.append("The build (as `invoke build` would run it):")
    lines += [f"  {problem.describe()}" for problem in shown]
    lines += [f"  error logged: {message}" for message in verdict.logged]
    lines += [f"  Not published, {why}: {path}" for path, why in verdict.left_out]
    lines += [f"  {line}" for line in verdict.log.splitlines()]
    if not (shown or verdict.logged or verdict.left_out or verdict.log):
        lines.append("  every story is published")
    lines += ["", summary(report, verdict, shown)]
    return "\n".join(lines)


def summary(report: FolderReport, verdict: Verdict, shown: list[Problem]) -> str:
    """Counts of both, and the build's verdict."""
    errors = sum(1 for f in report.findings if f.severity == ERROR)
    errors += sum(1 for problem in shown if problem.is_error) + len(verdict.logged)
    warnings = sum(1 for f in report.findings if f.severity != ERROR)
    warnings += sum(1 for problem in shown if not problem.is_error)
    by_allow = sum(len(a.accepted) for a in report.allowances)
    if not verdict.passed:
        said = "not ready to publish: the build would fail"
    elif errors:
        said = ("nothing blocks publication (the errors above are in drafts or other files "
                "that are not published: fix them before you publish those)")
    else:
        said = "nothing blocks publication"
    return (f"{report.files_checked} files checked: {errors} errors, {warnings} warnings, "
            f"{report.acceptances} accepted ({by_allow} by Allow:, {len(report.pseudonyms)} by "
            f"Pseudonyms:) — {said}.")


def with_build_json(report: FolderReport, verdict: Verdict) -> str:
    """The documented JSON, with the build's verdict under "build"."""
    data = json.loads(as_json(report))
    data["build"] = verdict.to_dict()
    return json.dumps(data, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
