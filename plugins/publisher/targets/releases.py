"""Releases: each publish is a new folder; the live site switches by renaming one link.

    DEST/releases/20261122T101500Z/   a complete site, one per publish
    DEST/releases/20261122T103000Z.partial/   an upload in progress (or interrupted)
    DEST/current -> releases/20261122T101500Z   what the web server serves

An upload goes into a `.partial` folder; only when it is complete is the folder renamed and
the `current` link replaced by rename(2), which is atomic: a visitor gets the old site or
the new one, whole, never a mixture. On a computer that refuses symbolic links (Windows for
an ordinary user), `current` is the live release itself, renamed into place (current.py). An interrupted upload leaves a `.partial` folder that
the next publish removes before it uploads, unless a running publish still holds it
(local.py). Only one publish to a destination runs at a time; a second one waits.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

RELEASE = re.compile(r"^\d{8}T\d{6}Z(?:-\d+)?$")
PARTIAL = ".partial"


def release_name(existing: Iterable[str] = (), now: datetime.datetime | None = None) -> str:
    """A new release folder name: the UTC time, made unique among `existing`."""
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    taken = {name.removesuffix(PARTIAL) for name in existing}
    name, number = stamp, 1
    while name in taken:
        number += 1
        name = f"{stamp}-{number}"
    return name


def old_releases(names: Iterable[str], live: str, keep: int) -> list[str]:
    """Complete releases beyond the newest `keep`, never the live one (partials are not touched:
    one may be another publish's upload in progress)."""
    complete = sorted((n for n in names if RELEASE.match(n)), reverse=True)
    return sorted(n for n in complete[keep:] if n != live)


def live_release(link_target: str) -> str:
    """The release name a `current` link points at ('' when there is none)."""
    name = link_target.strip().rstrip("/").rsplit("/", 1)[-1]
    return name if RELEASE.match(name) else ""
