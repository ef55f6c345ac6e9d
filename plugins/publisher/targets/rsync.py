"""rsync to a web server over SSH (or to a local path): a new release, then one atomic switch.

The web server serves DEST/current (see releases.py). rsync uploads into
DEST/releases/<time>.partial/, hard-linking unchanged files from the live release
(--link-dest, compared by checksum), so only what changed crosses the line. When rsync has
finished, the folder is renamed and `current` is replaced with `mv -T` (rename(2)) on the
server: until then visitors get the old site, whole, even if the upload is killed. A path on
this computer is read and switched in Python, as the folder target does (current.py).

One publish at a time per destination: a folder here is locked with filelock (local.py); on
a server, `flock` (util-linux) holds DEST/.slingshot-publish.lock for as long as one SSH
session stays open, and a second publish waits. Each release folder is made with `mkdir`
(never one that exists), `.partial` folders of failed tries are removed before uploading, and
only complete old releases after it. Folders are 0755 and files 0644 on the server.

The SSH key comes from the SSH agent or ~/.ssh/config; SLINGSHOT_SSH_COMMAND (e.g.
"ssh -p 2222 -i ~/.ssh/site_key") sets the command. Needs rsync here and on the server,
GNU coreutils (`mv -T`, `ln -sfn`) and, to keep two publishes apart, `flock` on the server.
Windows has no rsync: `invoke publish` says so before it builds (targets/__init__.py).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .addresses import REMOTE
from .config import Target, TargetError
from .current import Live, advice, live_site, settle, switch
from .errors import PublishError
from .local import (LOCK_FILE, WAIT, Release, check_folder, make_folder, publish_lock,
                    remove_stale_partials, start_release)
from .releases import PARTIAL, RELEASE, live_release, old_releases, release_name

NO_FLOCK, WAITED_TOO_LONG = 69, 75  # the lock script's exit statuses
# Checksums, not times, decide what changed: every build writes fresh times.
RSYNC_OPTIONS = ["--recursive", "--links", "--checksum", "--perms", "--chmod=D0755,F0644",
                 "--delete", "--omit-dir-times"]


class Place:
    """The destination: a folder here or on a server, and how to run commands there."""

    def __init__(self, dest: str, ssh: str) -> None:
        match = REMOTE.match(dest)
        self.host = match.group("host") if match else ""
        self.base = (match.group("path") if match else dest).rstrip("/") or "/"
        if not self.host:
            self.base = str(Path(self.base).expanduser().resolve())
        self.ssh = shlex.split(ssh or "ssh")

    def rsync_path(self, relative: str) -> str:
        """The argument rsync takes for a path under the base."""
        path = f"{self.base}/{relative}"
        return f"{self.host}:{path}" if self.host else path

    def remote(self, script: str) -> list[str]:
        """The command that runs a POSIX shell script on the server. SSH hands the server's
        shell one command string: this is the only shell string the project makes, and every
        value in it is quoted with shlex.quote. A folder on this computer is changed in Python."""
        return [*self.ssh, "-o", "BatchMode=yes", self.host, f"sh -c {shlex.quote(script)}"]

    def shell(self, script: str) -> subprocess.CompletedProcess[str]:
        """Run a POSIX shell script on the server."""
        return subprocess.run(self.remote(script), capture_output=True, text=True, check=False,
                              timeout=120)

    def describe(self) -> str:
        return self.rsync_path("current")

    @contextlib.contextmanager
    def lock(self, say: Callable[[str], None]) -> Iterator[bool]:
        """Hold the destination's lock while the block runs; yields False if the server cannot lock."""
        if not self.host:
            make_folder(Path(self.base))
            with publish_lock(Path(self.base), say):
                yield True
            return
        base = shlex.quote(self.base)
        # The lock lives as long as `cat` reads this session's input: closing it (or this
        # process dying) ends the session and frees the lock.
        script = (f"[ -d {base} ] || mkdir -p -m 0755 {base} || exit 3; "
                  f"command -v flock >/dev/null 2>&1 || exit {NO_FLOCK}; "
                  f"exec 9>>{base}/{LOCK_FILE} || exit 3; "
                  f"flock -n 9 || {{ echo waiting; flock -w {WAIT} 9 || exit {WAITED_TOO_LONG}; }}; "
                  "echo locked; exec cat >/dev/null")
        session = subprocess.Popen(self.remote(script), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        try:
            for line in session.stdout:
                if line.strip() == "waiting":
                    say(f"Another publish to {self.describe()} is under way: waiting for it to "
                        f"finish (up to {WAIT // 60} minutes) ...")
                elif line.strip() == "locked":
                    break
            else:
                status, errors = session.wait(), session.stderr.read()
                if status == NO_FLOCK:
                    say(f"The server has no `flock` (util-linux): two publishes to {self.describe()} "
                        "at once are not kept apart there, and .partial folders of failed tries "
                        "are left for you to remove.")
                    yield False
                    return
                if status == WAITED_TOO_LONG:
                    raise PublishError(f"Another publish to {self.describe()} has held it for "
                                       f"{WAIT // 60} minutes. Wait for it to finish, then publish again")
                raise PublishError(f"Could not reach {self.rsync_path('')} ({_last_line(errors)}). "
                                   "Check the address, the SSH key and that the folder can be written")
            yield True
        finally:
            if session.stdin:
                session.stdin.close()
            try:
                session.wait(timeout=30)
            except subprocess.TimeoutExpired:
                session.kill()
                session.wait()


def require_rsync() -> None:
    """Raise TargetError, saying what works instead, when the rsync program is not installed."""
    if not shutil.which("rsync"):
        raise TargetError(
            "the rsync target needs the rsync program, and it is not installed on this "
            "computer. Windows does not come with rsync: there, publish with --target folder "
            "--dest PATH (a folder the web server serves, e.g. a mapped drive), or run `invoke "
            "package` for a zip to upload through the host's control panel. Elsewhere, install "
            "rsync (e.g. apt-get install rsync)")


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None]) -> str:
    """Upload the site as a new release and switch `current` to it once it is complete."""
    require_rsync()
    place = Place(target.options["dest"], target.options.get("ssh", "ssh"))
    if not place.host:
        check_folder(Path(place.base), parents=True)
    if dry_run:
        return _publish(site, target, place, dry_run, say, locked=False)
    try:
        with place.lock(say) as locked:
            return _publish(site, target, place, dry_run, say, locked)
    except OSError as error:  # a folder on this computer could not be locked, made or switched
        raise PublishError(f"The publish to {place.base} stopped ({error}). The live site is "
                           f"still the previous one. {advice(error, Path(place.base))}") from None


@dataclass(frozen=True)
class Now:
    """The destination before the upload: the live release (name, folder as rsync names it,
    --link-dest for it; '' before the first publish), the names in releases/ and, for a
    folder on this computer, how `current` shows it."""

    live: str
    folder: str
    link_dest: str
    names: list[str]
    local: Live | None = None


def _publish(site: Path, target: Target, place: Place, dry_run: bool, say: Callable[[str], None],
             locked: bool) -> str:
    """The upload itself; under the destination's lock unless `locked` is False."""
    now = _remote_state(place) if place.host else _local_state(Path(place.base), settled=not dry_run)
    rsync = ["rsync", *RSYNC_OPTIONS]
    if place.host:
        rsync += ["-e", shlex.join([*place.ssh, "-o", "BatchMode=yes"])]
    if target.options.get("bwlimit"):
        rsync.append(f"--bwlimit={target.options['bwlimit']}")
    if dry_run:
        return _dry_run(site, place, now, rsync, say)
    own = _start_release(place, now, say, locked)
    name, partial = own.name, f"releases/{own.name}{PARTIAL}"
    try:
        if now.link_dest:
            rsync.append(f"--link-dest={now.link_dest}")
        say(f"Uploading to {place.rsync_path(partial)} ...")
        done = _run([*rsync, f"{site}/", place.rsync_path(partial + "/")])
        if done.returncode != 0:
            raise PublishError(f"The upload stopped ({_last_line(done.stderr)}). The live site is "
                               "still the previous one. Check the connection and the space left "
                               f"at {place.rsync_path('')}, then run the publish")
        summary = _switch(place, name, now)
    except BaseException:
        own.abandon()
        raise
    own.finish()
    stale = old_releases({*now.names, now.live, name}, name, target.options["keep"])
    if stale:
        _remove_releases(place, stale)
    return summary


def _remove_releases(place: Place, names: list[str]) -> None:
    if place.host:
        place.shell(f"cd {shlex.quote(place.base)}/releases && rm -rf -- {shlex.join(names)}")
        return
    for name in names:
        shutil.rmtree(Path(place.base) / "releases" / name, ignore_errors=True)


def _remote_state(place: Place) -> Now:
    """The server's releases and the release its `current` link points at."""
    base = shlex.quote(place.base)
    state = place.shell(
        f"[ -d {base} ] || mkdir -p -m 0755 {base} || exit 3; "
        f"[ -d {base}/releases ] || mkdir -m 0755 {base}/releases || exit 3; "
        f"if [ -e {base}/current ] && [ ! -L {base}/current ]; then exit 4; fi; "
        f"readlink {base}/current; echo '--'; ls -1 {base}/releases")
    if state.returncode == 4:
        raise PublishError(f"{place.describe()} is a real folder, not a link to a release: the "
                           "publisher will not overwrite it. Rename it on the server (e.g. to "
                           "current-before-slingshot), so that the publish can make the link, "
                           "then run the publish")
    if state.returncode != 0:
        raise PublishError(f"Could not reach {place.rsync_path('')} ({_last_line(state.stderr)}). "
                           "Check the address, the SSH key and that the folder can be written")
    link, _, listing = state.stdout.partition("--\n")
    live = live_release(link)
    folder = place.rsync_path(f"releases/{live}/") if live else ""
    return Now(live, folder, f"../{live}" if live else "", listing.split())


def _local_state(base: Path, settled: bool) -> Now:
    """A folder on this computer: its releases and what `current` shows (current.py); with
    `settled`, a switch a killed publish left half-done is completed first."""
    make_folder(base / "releases")
    if settled:
        settle(base)
    live = live_site(base)
    folder = str(live.folder) if live.folder else ""
    return Now(live.name, f"{folder}/" if folder else "", folder, os.listdir(base / "releases"), live)


def _dry_run(site: Path, place: Place, now: Now, rsync: list[str], say: Callable[[str], None]) -> str:
    """Say what the upload would change; change nothing."""
    if not now.folder:
        say(f"Would publish to {place.describe()}: the first release, "
            f"{sum(1 for p in site.rglob('*') if p.is_file())} file(s).")
        return "dry run: nothing was changed"
    done = _run([*rsync, "--dry-run", "--itemize-changes", f"{site}/", now.folder])
    changes = [line for line in done.stdout.splitlines() if line and not line.startswith(".")]
    say(f"Would publish to {place.describe()}: {len(changes)} change(s) "
        "(> new or changed file, *deleting removed file):")
    for line in changes:
        say(f"  {line}")
    return "dry run: nothing was changed"


def _switch(place: Place, name: str, now: Now) -> str:
    """Rename the complete upload to releases/NAME and make it what `current` shows."""
    partial = f"releases/{name}{PARTIAL}"
    if now.local is not None:
        base = Path(place.base)
        os.replace(base / partial, base / "releases" / name)
        return switch(base, name, now.local)
    release = shlex.quote(f"releases/{name}")
    switched = place.shell(
        f"cd {shlex.quote(place.base)} && mv {shlex.quote(partial)} {release} && "
        f"ln -sfn {release} .current-new && mv -T .current-new current")
    if switched.returncode != 0:
        raise PublishError(f"The upload is complete but the switch failed "
                           f"({_last_line(switched.stderr)}). The live site is still the previous "
                           f"one. Check that {place.rsync_path('')} can be written, then run the "
                           "publish")
    return f"{place.describe()} -> releases/{name}"


class RemoteRelease:
    """A release folder made on the server (the lock there is the session's, not the folder's)."""

    def __init__(self, place: Place, name: str) -> None:
        self.place, self.name = place, name

    def finish(self) -> None:
        """Nothing to let go of: the folder was renamed."""

    def abandon(self) -> None:
        """Remove this publish's own partial folder."""
        self.place.shell(f"rm -rf -- {shlex.quote(f'{self.place.base}/releases/{self.name}{PARTIAL}')}")


def _start_release(place: Place, now: Now, say: Callable[[str], None],
                   locked: bool) -> Release | RemoteRelease:
    """Make this publish's partial folder (never one that exists), then clear stale ones."""
    if not place.host:
        releases = Path(place.base) / "releases"
        own = start_release(releases, now.live)
        remove_stale_partials(releases, own, say)
        return own
    taken = list(now.names)
    for _attempt in range(20):
        name = release_name(taken)
        taken.append(name)
        made = place.shell(f"cd {shlex.quote(place.base)}/releases && [ ! -e {name} ] && "
                           f"mkdir -m 0755 {name}{PARTIAL}")
        if made.returncode == 0:
            break
    else:
        raise PublishError(f"Could not make a new release folder in {place.rsync_path('releases')} "
                           f"({_last_line(made.stderr)}). Check that the folder can be written")
    stale = [n for n in now.names if n.endswith(PARTIAL) and RELEASE.match(n.removesuffix(PARTIAL))]
    if stale and locked:  # with the lock held, no other publish is filling one of these
        say(f"Removing {len(stale)} folder(s) left by publishes that did not finish ...")
        place.shell(f"cd {shlex.quote(place.base)}/releases && rm -rf -- {shlex.join(stale)}")
    return RemoteRelease(place, name)


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
