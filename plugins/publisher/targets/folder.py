"""A plain folder (a mounted share, a folder a web server serves): releases and a `current` link.

Files that did not change are hard links to the live release's copies where the file system
allows, so each release costs only what changed. See releases.py for the layout.
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
from .releases import PARTIAL, live_release, release_name, releases_to_remove


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None]) -> str:
    """Copy the site to a new release under the folder and switch `current` to it."""
    base = Path(target.options["dest"]).expanduser().resolve()
    current = base / "current"
    if current.exists() and not current.is_symlink():
        raise PublishError(f"{current} is a real folder, not a link to a release. Move it away "
                           "(the first publish creates the link), then publish again")
    live = live_release(os.readlink(current)) if current.is_symlink() else ""
    live_folder = base / "releases" / live if live else None
    if dry_run:
        digests = {k: md5(p) for k, p in site_files(live_folder).items()} if live_folder else {}
        for line in compare(site_files(site), digests).describe(str(current)):
            say(line)
        return "dry run: nothing was changed"
    releases = base / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    name = release_name(os.listdir(releases))
    partial = releases / f"{name}{PARTIAL}"
    say(f"Copying the site to {partial} ...")
    try:
        _copy(site, partial, live_folder)
        os.replace(partial, releases / name)
        switch(base, f"releases/{name}")
    except OSError as error:
        raise PublishError(f"The copy to {base} stopped ({error}). The live site is still the "
                           "previous one; publish again to retry") from None
    for old in releases_to_remove(os.listdir(releases), name, target.options["keep"]):
        shutil.rmtree(releases / old, ignore_errors=True)
    return f"{current} -> releases/{name}"


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
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        old = previous / source.relative_to(site) if previous else None
        if old is not None and old.is_file() and filecmp.cmp(source, old, shallow=False):
            try:
                os.link(old, target)
                continue
            except OSError:
                pass  # a file system without hard links: copy instead
        shutil.copyfile(source, target)
        os.chmod(target, 0o644)
