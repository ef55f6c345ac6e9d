"""rsync to a web server over SSH (or to a local path): a new release, then one atomic switch.

The web server serves DEST/current (see releases.py). rsync uploads into
DEST/releases/<time>.partial/, hard-linking unchanged files from the live release
(--link-dest, compared by checksum), so only what changed crosses the line. When rsync has
finished, the folder is renamed and `current` is replaced with `mv -T` (rename(2)) on the
server: until then visitors get the old site, whole, even if the upload is killed.

The SSH key comes from the SSH agent or ~/.ssh/config; SLINGSHOT_SSH_COMMAND (e.g.
"ssh -p 2222 -i ~/.ssh/site_key") sets the command. Needs rsync here and on the server,
and GNU coreutils (`mv -T`, `ln -sfn`) on the server.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from .config import Target
from .errors import PublishError
from .releases import PARTIAL, live_release, release_name, releases_to_remove

# host:path or user@host:path; a path with a slash before any colon is local.
REMOTE = re.compile(r"^(?P<host>[^/:]+):(?P<path>.*)$")
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

    def shell(self, script: str) -> subprocess.CompletedProcess[str]:
        """Run a POSIX shell script at the destination."""
        if self.host:
            command = [*self.ssh, "-o", "BatchMode=yes", self.host, f"sh -c {shlex.quote(script)}"]
        else:
            command = ["sh", "-c", script]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def describe(self) -> str:
        return self.rsync_path("current")


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None]) -> str:
    """Upload the site as a new release and switch `current` to it once it is complete."""
    if not shutil.which("rsync"):
        raise PublishError("rsync is not installed here: install it (apt-get install rsync, or "
                           "your system's package), or publish with --target folder or package")
    place = Place(target.options["dest"], target.options.get("ssh", "ssh"))
    base = shlex.quote(place.base)
    state = place.shell(
        f"mkdir -p {base}/releases || exit 3; "
        f"if [ -e {base}/current ] && [ ! -L {base}/current ]; then exit 4; fi; "
        f"readlink {base}/current; echo '--'; ls -1 {base}/releases")
    if state.returncode == 4:
        raise PublishError(f"{place.describe()} is a real folder, not a link to a release. Move it "
                           "away on the server (the first publish creates the link), then publish again")
    if state.returncode != 0:
        raise PublishError(f"Could not reach {place.rsync_path('')} ({_last_line(state.stderr)}). "
                           "Check the address, the SSH key and that the folder can be written")
    link, _, listing = state.stdout.partition("--\n")
    live = live_release(link)
    names = listing.split()
    rsync = ["rsync", *RSYNC_OPTIONS]
    if place.host:
        rsync += ["-e", shlex.join([*place.ssh, "-o", "BatchMode=yes"])]
    if target.options.get("bwlimit"):
        rsync.append(f"--bwlimit={target.options['bwlimit']}")
    if dry_run:
        if not live:
            say(f"Would publish to {place.describe()}: the first release, "
                f"{sum(1 for p in site.rglob('*') if p.is_file())} file(s).")
            return "dry run: nothing was changed"
        done = _run([*rsync, "--dry-run", "--itemize-changes", f"{site}/",
                     place.rsync_path(f"releases/{live}/")])
        changes = [line for line in done.stdout.splitlines() if line and not line.startswith(".")]
        say(f"Would publish to {place.describe()}: {len(changes)} change(s) "
            "(> new or changed file, *deleting removed file):")
        for line in changes:
            say(f"  {line}")
        return "dry run: nothing was changed"
    name = release_name(names)
    partial = f"releases/{name}{PARTIAL}"
    if live:
        rsync.append(f"--link-dest=../{live}")
    say(f"Uploading to {place.rsync_path(partial)} ...")
    done = _run([*rsync, f"{site}/", place.rsync_path(partial + "/")])
    if done.returncode != 0:
        raise PublishError(f"The upload stopped ({_last_line(done.stderr)}). The live site is still "
                           f"the previous one; publish again to retry")
    release = shlex.quote(f"releases/{name}")
    switched = place.shell(
        f"cd {base} && mv {shlex.quote(partial)} {release} && "
        f"ln -sfn {release} .current-new && mv -T .current-new current")
    if switched.returncode != 0:
        raise PublishError(f"The upload is complete but the switch failed "
                           f"({_last_line(switched.stderr)}). The live site is still the previous one")
    stale = releases_to_remove([*names, name], name, target.options["keep"])
    if stale:
        place.shell(f"cd {base}/releases && rm -rf -- {shlex.join(stale)}")
    return f"{place.describe()} -> releases/{name}"


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
