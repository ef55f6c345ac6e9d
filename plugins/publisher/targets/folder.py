"""A plain folder (a mounted share, a folder a web server serves): releases, and `current`.

Each publish copies the site into a new release folder (releases.py); files that did not
change are hard links to the live release's copies where the file system allows, so each
release costs only what changed. Then `current`, the folder the web server serves, is
switched to it (current.py): a symbolic link replaced in one rename where this user may make
links, or else (Windows without Developer Mode or administrator rights) the release itself,
renamed into place; either way a visitor never gets a half-copied site. local.py holds the
lock that keeps two publishes to one folder apart. Every folder written is 0755 and every
file 0644, whatever the umask: the web server reads them as another user.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .changes import compare, md5, site_files
from .config import Target
from .current import advice, live_site, settle, switch
from .errors import PublishError
from .local import (FILE_MODE, FOLDER_MODE, check_folder, make_folder, publish_lock,
                    remove_stale_partials, start_release)
from .releases import old_releases


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None]) -> str:
    """Copy the site to a new release under the folder and switch `current` to it."""
    base = Path(target.options["dest"]).expanduser().resolve()
    check_folder(base)
    if dry_run:
        live = live_site(base)
        digests = {k: md5(p) for k, p in site_files(live.folder).items()} if live.folder else {}
        for line in compare(site_files(site), digests).describe(str(base / "current")):
            say(line)
        return "dry run: nothing was changed"
    releases = base / "releases"
    try:
        make_folder(releases)
        with publish_lock(base, say):
            settle(base)  # a publish killed while switching: finish its switch first
            live = live_site(base)  # read under the lock: another publish may just have switched
            release = start_release(releases, live.name)
            try:
                remove_stale_partials(releases, release, say)
                say(f"Copying the site to {release.partial} ...")
                _copy(site, release.partial, live.folder)
                os.replace(release.partial, releases / release.name)
                summary = switch(base, release.name, live)
            except BaseException:
                release.abandon()
                raise
            release.finish()
            names = {*os.listdir(releases), release.name}  # the live one may be `current` itself
            for old in old_releases(names, release.name, target.options["keep"]):
                shutil.rmtree(releases / old, ignore_errors=True)
    except OSError as error:
        raise PublishError(f"The publish to {base} stopped ({error}). The live site is still the "
                           f"previous one. {advice(error, base)}") from None
    return summary


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
