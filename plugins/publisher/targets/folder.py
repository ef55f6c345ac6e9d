"""A plain folder (a mounted share, a folder a web server serves): releases and a `current` link.

Files that did not change are hard links to the live release's copies where the file system
allows, so each release costs only what changed. See releases.py for the layout and local.py
for the lock that keeps two publishes to one folder apart. Every folder written is 0755 and
every file 0644, whatever the umask: the web server reads them as another user.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .changes import compare, md5, site_files
from .config import Target
from .errors import PublishError
from .local import (FILE_MODE, FOLDER_MODE, check_folder, make_folder, publish_lock,
                    remove_stale_partials, start_release)
from .releases import live_release, old_releases


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None]) -> str:
    """Copy the site to a new release under the folder and switch `current` to it."""
    base = Path(target.options["dest"]).expanduser().resolve()
    check_folder(base)
    current = base / "current"
    if dry_run:
        live_folder = _live_folder(base)
        digests = {k: md5(p) for k, p in site_files(live_folder).items()} if live_folder else {}
        for line in compare(site_files(site), digests).describe(str(current)):
            say(line)
        return "dry run: nothing was changed"
    releases = base / "releases"
    try:
        make_folder(releases)
        with publish_lock(base, say):
            live_folder = _live_folder(base)  # read under the lock: another publish may just have switched
            release = start_release(releases)
            try:
                remove_stale_partials(releases, release, say)
                say(f"Copying the site to {release.partial} ...")
                _copy(site, release.partial, live_folder)
                os.replace(release.partial, releases / release.name)
                switch(base, f"releases/{release.name}")
            except BaseException:
                release.abandon()
                raise
            release.finish()
            for old in old_releases(os.listdir(releases), release.name, target.options["keep"]):
                shutil.rmtree(releases / old, ignore_errors=True)
    except OSError as error:
        raise PublishError(f"The copy to {base} stopped ({error}). The live site is still the "
                           "previous one; publish again to retry") from None
    return f"{current} -> releases/{release.name}"


def _live_folder(base: Path) -> Path | None:
    """The live release's folder ('current' must be a link to one), or None before the first."""
    current = base / "current"
    if current.exists() and not current.is_symlink():
        raise PublishError(f"{current} is a real folder, not a link to a release. Move it away "
                           "(the first publish creates the link), then publish again")
    live = live_release(os.readlink(current)) if current.is_symlink() else ""
    return base / "releases" / live if live else None


def switch(base: Path, relative_target: str) -> None:
    """Point base/current at a release in one atomic rename."""
    temporary = base / f".current-{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(relative_target, temporary)
    os.replace(temporary, base / "current")


def _copy(site: Path, destination: Path, previous: Path | None) -> None:
    """Copy `site` to `destination`, hard-linking files identical to the previous release's."""
    for source in sorted(site.rglob("*")):
        target = destination / source.relative_to(site)
        if source.is_dir():
            target.mkdir(exist_ok=True)
            os.chmod(target, FOLDER_MODE)
            continue
        old = previous / source.relative_to(site) if previous else None
        if old is not None and old.is_file() and filecmp.cmp(source, old, shallow=False):
            try:
                os.link(old, target)
                continue
            except OSError:
                pass  # a file system without hard links: copy instead
        shutil.copyfile(source, target)
        os.chmod(target, FILE_MODE)  # a photo the build re-encoded through mkstemp is 0600
