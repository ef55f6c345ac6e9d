"""The command line behind `invoke publish` and `invoke package`, for scripts and tests.

    python -m publisher publish [--target KIND] [--dest WHERE] [--dry-run]
    python -m publisher package [--dest FOLDER]

Run from the project folder with plugins/ on the path (PYTHONPATH=plugins).
Exit status: 0 published, 1 refused or failed (nothing uploaded), 2 a setting is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import Refused, package, pelican_build, publish
from .targets import KINDS, PublishError, TargetError


def main(argv: list[str] | None = None) -> int:
    """Run one command; print what happened; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m publisher", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["publish", "package"])
    parser.add_argument("--content", default="content", help="the content folder (default: content)")
    parser.add_argument("--settings", default="publishconf.py", help="default: publishconf.py")
    parser.add_argument("--target", default="", choices=["", *KINDS], help="default: PUBLISH_TARGET")
    parser.add_argument("--dest", default="", help="where to: folder, user@host:/path, bucket, repository")
    parser.add_argument("--dry-run", action="store_true", help="show what would change; upload nothing")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a Pelican setting for this build (pelican -e)")
    args = parser.parse_args(argv)
    content, settings = Path(args.content).resolve(), Path(args.settings).resolve()
    build = pelican_build(settings, args.set)
    try:
        if args.command == "publish":
            print(publish(content, settings, args.target, args.dest, args.dry_run, build=build))
        else:
            zipped = package(content, settings, Path(args.dest or "dist").resolve(), build=build)
            print(f"Wrote {zipped}: carry it to the computer that uploads the site and follow "
                  "README.txt inside it.")
    except TargetError as error:
        print(f"Cannot publish: {error}.", file=sys.stderr)
        return 2
    except Refused as refused:
        print(str(refused), file=sys.stderr)
        return 1
    except PublishError as error:
        print(f"Publishing failed: {error}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
