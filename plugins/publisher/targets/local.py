"""A destination folder on this computer (the folder target, rsync to a path): one publish at a time.

- `check_folder`: before anything is built or copied, the folder can be written, or the
  publish stops with a message that names the folder and says what to do.
- `publish_lock`: an exclusive lock per destination (filelock: flock(2) on Linux and macOS,
  LockFileEx on Windows), held from choosing the release to switching `current`. A second
  publish to the same folder waits for the first, then publishes after it.
- `start_release`: a release folder taken with os.mkdir (never reused), and locked while its
  `.partial` folder fills, so that another publish can tell a running upload from a dead one.
- `remove_stale_partials`: the `.partial` folders of failed tries, removed before copying (a
  full disk is freed for this try), except one whose lock a running publish holds.

Lock files are hidden (`.slingshot-publish.lock` beside `current`, `.NAME.partial.lock` in
releases/) and never inside a release, so the web server never serves one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import PublishError
from .releases import PARTIAL, RELEASE, release_name

LOCK_FILE = ".slingshot-publish.lock"
WAIT = 15 * 60  # seconds a publish waits for another to the same folder before giving up
FOLDER_MODE = 0o755  # what a web server running as another user needs: read and enter
FILE_MODE = 0o644
PARTIAL_LOCK = re.compile(r"^\.(?P<name>.+)\.lock$")


def check_folder(base: Path, parents: bool = False) -> None:
    """Raise PublishError, saying what to do, when the site cannot be written to `base`.

    A missing folder is made by the publish when its parent exists; a missing parent most
    often means a share that is not mounted, so it is refused unless `parents` (rsync's
    `mkdir -p`) allows it.
    """
    existing = base
    try:
        if base.exists() and not base.is_dir():
            raise PublishError(f"{base} is a file, not a folder. Choose a folder with --dest, then "
                               "publish again")
        if not base.exists():
            existing = base.parent
        if not existing.is_dir():
            if not parents:
                raise PublishError(
                    f"The folder {base} does not exist, and neither does {base.parent}. Check the "
                    "path (is the share or disk mounted?), or create the folder, then publish again")
            existing = next(folder for folder in base.parents if folder.is_dir())
        with tempfile.TemporaryFile(dir=existing):
            pass
    except PublishError:
        raise
    except OSError as error:
        raise PublishError(
            f"Cannot write to the folder {existing} ({error.strerror or error}). Publish as a user "
            "who may write there, make it writable (or mount the share read-write), or choose "
            "another folder with --dest, then publish again") from None


def make_folder(folder: Path) -> None:
    """Create the folder (and missing parents) readable by a web server; leave existing ones alone."""
    missing = [folder, *folder.parents]
    missing = [path for path in missing if not path.exists()]
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir()
            os.chmod(path, FOLDER_MODE)  # mkdir's mode is cut by the umask


@contextlib.contextmanager
def publish_lock(base: Path, say: Callable[[str], None]) -> Iterator[None]:
    """Hold the destination's lock; wait (saying so) while another publish holds it."""
    lock = FileLock(base / LOCK_FILE)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        say(f"Another publish to {base} is under way: waiting for it to finish "
            f"(up to {WAIT // 60} minutes) ...")
        try:
            lock.acquire(timeout=WAIT)
        except Timeout:
            raise PublishError(f"Another publish to {base} has held it for {WAIT // 60} minutes. "
                               "Wait for it to finish, then publish again") from None
    try:
        yield
    finally:
        lock.release()


@dataclass
class Release:
    """A new release's name and its locked `.partial` folder."""

    name: str
    partial: Path
    lock: FileLock

    def finish(self) -> None:
        """Let go of the partial folder's lock (the folder is renamed, or was removed)."""
        self.lock.release()
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.lock.lock_file)

    def abandon(self) -> None:
        """Remove this publish's own partial folder (a failed try frees its space now)."""
        shutil.rmtree(self.partial, ignore_errors=True)
        self.finish()


def start_release(releases: Path, live: str = "") -> Release:
    """Take a new release name: its partial folder made with os.mkdir, so never one in use,
    nor the live release's (which may be `current` itself, not in releases/)."""
    taken = [*os.listdir(releases), live]
    while True:
        name = release_name(taken)
        taken.append(name)
        partial = releases / f"{name}{PARTIAL}"
        lock = FileLock(_partial_lock(partial))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            continue  # another publish is taking this name right now
        try:
            if (releases / name).exists():
                raise FileExistsError(name)
            os.mkdir(partial)
        except FileExistsError:
            lock.release()
            continue
        except BaseException:
            lock.release()
            raise
        os.chmod(partial, FOLDER_MODE)
        return Release(name, partial, lock)


def remove_stale_partials(releases: Path, own: Release, say: Callable[[str], None]) -> None:
    """Remove the partial folders (and their lock files) of publishes that are no longer running."""
    names = os.listdir(releases)
    partials = {name for name in names if _is_partial(name)}
    partials |= {match["name"] for match in map(PARTIAL_LOCK.match, names)
                 if match and _is_partial(match["name"])}
    for name in sorted(partials - {own.partial.name}):
        lock = FileLock(_partial_lock(releases / name))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            say(f"Leaving releases/{name}: another publish is still uploading into it.")
            continue
        try:
            if (releases / name).exists():
                say(f"Removing releases/{name}, left by a publish that did not finish ...")
                shutil.rmtree(releases / name, ignore_errors=True)
        finally:
            lock.release()
            with contextlib.suppress(FileNotFoundError):
                os.remove(lock.lock_file)


def _is_partial(name: str) -> bool:
    return name.endswith(PARTIAL) and bool(RELEASE.match(name.removesuffix(PARTIAL)))


def _partial_lock(partial: Path) -> Path:
    return partial.parent / f".{partial.name}.lock"
