"""What the web server serves, DEST/current, on this computer: a link to a release, or the release.

Where the system lets this user make symbolic links (Linux, macOS; Windows with Developer Mode
or as an administrator), `current` is a link to releases/NAME and a switch replaces it in one
atomic rename.

Where it refuses them (Windows for an ordinary user: `os.symlink` raises OSError), `current`
is a real folder: the live release itself, moved there. A switch is two renames, neither of
which copies a byte: the live `current` goes back to releases/<its name>, then the new release
becomes `current`. A visitor gets the old site or the new one, whole (each folder is complete
before it is renamed); in the instant between the two renames a request may find no page.
Any web server serves such a folder as it is (IIS, Apache, nginx, a share opened in a
browser), with no module, rewrite rule or configuration.

A small file beside `current`, `.slingshot-current` (never served: the web server serves
`current`), names the release `current` holds and, during a switch, the one coming in. A
publish killed between the two renames is completed by the next one (`settle`), which puts
the new release in place before it does anything else. A destination switched this way
stays so, whichever computer publishes to it next.

Not chosen: a pointer file the web server follows (IIS needs its URL Rewrite module, which
is not installed by default, and Apache an .htaccess it may be told to ignore), and an NTFS
junction (made only through `mklink /J`, a shell command, or a private CPython function, and
replaced no more atomically than a folder is renamed).
"""

from __future__ import annotations

import errno
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import PublishError
from .releases import live_release, release_name

STATE = ".slingshot-current"
# Windows refuses to rename a folder while a program has a file in it open (access denied,
# sharing violation): a virus scanner or an indexer lets go within a few seconds.
IN_USE = (5, 32)
RENAME_TRIES = 10
RENAME_PAUSE = 0.5


@dataclass(frozen=True)
class Live:
    """The live release: its name ('' before the first publish), its folder, and whether
    `current` is the release itself (moved there) rather than a link to it."""

    name: str
    folder: Path | None
    moved: bool


def live_site(base: Path) -> Live:
    """What DEST/current holds now."""
    current = base / "current"
    if current.is_symlink():
        name = live_release(os.readlink(current))
        return Live(name, base / "releases" / name if name else None, moved=False)
    state = _read_state(base)
    if state is not None:
        return Live(state.get("live", ""), current if current.is_dir() else None, moved=True)
    if current.exists():
        raise PublishError(
            f"{current} is a real folder that no publish made: the publisher will not overwrite "
            f"it. Rename it (e.g. to current-before-slingshot) or move it out of {base}, so that "
            "the publish can make its own, then run the publish")
    return Live("", None, moved=False)


def settle(base: Path) -> None:
    """Complete a switch that a killed publish left half-done (only ever in the moved form)."""
    state = _read_state(base)
    if not state or not state.get("next"):
        return
    incoming, current = base / "releases" / state["next"], base / "current"
    if incoming.is_dir() and (current.exists() or current.is_symlink()):
        _write_state(base, state.get("live", ""))  # stopped before the first rename
        return
    if incoming.is_dir():
        rename(incoming, current)  # stopped between the two renames: finish the switch
    _write_state(base, state["next"])


def switch(base: Path, name: str, live: Live) -> str:
    """Make releases/NAME what `current` shows; return how, for the summary line."""
    if not live.moved and _link(base, f"releases/{name}"):
        return f"{base / 'current'} -> releases/{name}"
    _move_in(base, name, live)
    return f"{base / 'current'} holds release {name} (moved there: this system refuses symbolic links)"


def _link(base: Path, relative: str) -> bool:
    """Point `current` at a release; False when this system refuses symbolic links."""
    temporary = base / f".current-{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        os.unlink(temporary)
    try:
        os.symlink(relative, temporary, target_is_directory=True)
    except (OSError, NotImplementedError):
        return False  # Windows without Developer Mode or administrator rights
    current = base / "current"
    try:
        os.replace(temporary, current)  # atomic: rename(2)
    except OSError:
        if os.name != "nt":
            raise
        os.unlink(current)  # Windows will not rename onto a link to a folder: remove it first
        os.replace(temporary, current)
    return True


def _move_in(base: Path, name: str, live: Live) -> None:
    """Rename the live `current` back into releases/, then the new release to `current`."""
    releases, current = base / "releases", base / "current"
    _write_state(base, live.name, incoming=name)
    retired = None
    if current.is_symlink():
        os.unlink(current)  # a link made where links work: its release stays in releases/
    elif current.exists():
        taken = (releases / live.name).exists() or not live.name
        retired = releases / (release_name(os.listdir(releases)) if taken else live.name)
        rename(current, retired)
    try:
        rename(releases / name, current)
    except OSError as error:
        if retired is not None:
            _put_back(retired, current, error)
        _write_state(base, live.name)
        raise
    _write_state(base, name)


def _put_back(retired: Path, current: Path, error: OSError) -> None:
    """The new release could not be renamed in: rename the old one back (or say how to)."""
    try:
        rename(retired, current)
    except OSError:
        raise PublishError(
            f"The new release could not be moved to {current} ({error}), nor the previous one "
            f"back, so the site is offline. Close any program or window using files in "
            f"{current.parent}, then rename {retired} to 'current'") from None


def rename(source: Path, destination: Path) -> None:
    """os.rename, tried again for a few seconds while Windows says a file in the folder is in use."""
    for attempt in range(RENAME_TRIES):
        try:
            os.rename(source, destination)
            return
        except PermissionError as error:
            if getattr(error, "winerror", None) not in IN_USE or attempt == RENAME_TRIES - 1:
                raise
            time.sleep(RENAME_PAUSE)


def advice(error: OSError, base: Path) -> str:
    """What to do about an error copying into, or switching, the destination folder."""
    if error.errno == errno.ENOSPC:
        return (f"The disk holding {base} is full: free space there (older folders in "
                f"{base / 'releases'} may be deleted, never the one `current` shows), then run "
                "the publish")
    if error.errno == errno.ENAMETOOLONG or getattr(error, "winerror", None) == 206:
        return (f"A path in {base} is too long for this system: choose a folder with a short "
                "path (e.g. D:\\www) with --dest")
    if isinstance(error, PermissionError):
        return (f"A program has a file in {base} open (the web server, an Explorer window, a "
                "virus scanner), or this user may not change it: close what uses it, check you "
                "may write there, then run the publish")
    return f"Check that {base} is reachable (is the share still connected?) and can be written"


def _read_state(base: Path) -> dict[str, str] | None:
    try:
        return json.loads((base / STATE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise PublishError(f"{base / STATE} cannot be read ({error}). It names the release "
                           f"{base / 'current'} holds: delete it only if {base / 'current'} is "
                           "not a release a publish moved there") from None


def _write_state(base: Path, live: str, incoming: str = "") -> None:
    """Replace the state file in one rename, so that it is never half-written."""
    state = {"live": live, **({"next": incoming} if incoming else {})}
    temporary = base / f"{STATE}-{os.getpid()}"
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, base / STATE)
