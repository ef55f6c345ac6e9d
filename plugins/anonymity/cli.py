"""Command line: `python -m plugins.anonymity.cli --content DIR [--format json|text]`.

Exits 1 when any story has an error, 0 otherwise (2 for a usage problem).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .report import as_json, as_text
from .settings import read_options
from .story_check import check_content


def main(argv: list[str] | None = None) -> int:
    """Check every story below --content and print the report."""
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
    args = parser.parse_args(argv)
    if not args.content.is_dir():
        parser.error(f"--content {args.content} is not a folder; give the folder of stories")
    if args.allowlist and not args.allowlist.is_file():
        parser.error(f"--allowlist {args.allowlist} does not exist")
    if args.settings and not args.settings.is_file():
        parser.error(f"--settings {args.settings} does not exist")
    trust, problems = read_options(trust_options(args.settings))
    if problems:
        parser.error("; ".join(problems))
    report = check_content(args.content, trust, args.allowlist)
    output = as_json(report) if args.format == "json" else as_text(report, args.content)
    sys.stdout.write(output + "\n")
    return 1 if report.errors else 0


def trust_options(settings_file: Path | None) -> dict:
    """The ANONYMITY setting of a site's settings file; none for a bare folder of stories."""
    if settings_file is None:
        return {}
    from pelican.settings import read_settings  # noqa: PLC0415 - only with --settings

    return read_settings(str(settings_file)).get("ANONYMITY", {})


if __name__ == "__main__":
    sys.exit(main())
