"""Files a clean build would not have made: removed, since the output is no longer deleted.

Pelican deletes the output folder before a build (DELETE_OUTPUT_DIRECTORY); a build that
leaves unchanged files in place cannot. Instead the folder is listed before the build and
again after it. A file is kept if the build wrote it (it is new, or its inode, size or
change time moved: any write moves the change time, even one of the same bytes) or if the
writer left it as it was on purpose. Every other file is what a clean build would not
have made (a deleted story's page, a refused story's share card) and is removed.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable

Stamp = tuple[int, int, int]  # inode, size, change time in nanoseconds


def listing(root: str) -> dict[str, Stamp]:
    """Every file (and link) under `root`, by its path from `root` with "/" between names.

    As `os.walk` finds them (a link to a folder is not entered, nor listed), but with
    the stamp from the folder's own listing: this runs twice on thousands of files.
    """
    found: dict[str, Stamp] = {}
    folders = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                if not entry.is_symlink():
                    folders.append((entry.path, f"{prefix}{entry.name}/"))
                continue
            stat = entry.stat(follow_symlinks=False)
            found[prefix + entry.name] = (stat.st_ino, stat.st_size, stat.st_ctime_ns)
    return found


def stale_files(before: dict[str, Stamp], after: dict[str, Stamp], kept: Collection[str],
                retained: Collection[str]) -> list[str]:
    """Files in `after` that no one wrote this build and were not kept on purpose.

    `retained` are top-level names Pelican never deletes (OUTPUT_RETENTION).
    """
    return sorted(
        path for path, stamp in after.items()
        if before.get(path) == stamp and path not in kept
        and path.split("/", 1)[0] not in retained
    )


def remove(root: str, paths: Iterable[str]) -> None:
    """Delete the files, then each folder that held one and is left empty."""
    folders = set()
    for path in paths:
        os.remove(os.path.join(root, *path.split("/")))
        parts = path.split("/")[:-1]
        folders.update("/".join(parts[:end]) for end in range(1, len(parts) + 1))
    for folder in sorted(folders, key=lambda name: name.count("/"), reverse=True):
        full = os.path.join(root, *folder.split("/"))
        if not os.listdir(full):
            os.rmdir(full)


def holds_content(output_path: str, content_path: str) -> bool:
    """Whether the output folder contains the content folder: Pelican does not delete it."""
    output = os.path.realpath(output_path)
    return os.path.commonpath([output]) == os.path.commonpath(
        [output, os.path.realpath(content_path)])
