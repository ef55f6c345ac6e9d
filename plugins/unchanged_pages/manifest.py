"""What the last build wrote into one output folder, kept in CACHE_PATH until the next build.

For each file the writer wrote: a digest of what shaped it, the reads it made from content
objects (as indexes into one shared table, since a story's title is read by many pages)
with a digest of the values they found, and the file's size, times and inode as written,
so that a file changed or replaced since then is written again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

VERSION = 1


@dataclass(frozen=True)
class FileStamp:
    """What `os.stat` says of a file: the change time moves on every write, even one that
    puts the same bytes back, or that sets the modification time back."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, path: str) -> FileStamp | None:
        try:
            found = os.stat(path)
        except OSError:
            return None
        return cls(found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)


@dataclass(frozen=True)
class Entry:
    """One written file. `inputs` None: never skip it (something could not be digested)."""

    inputs: str | None
    reads: tuple[int, ...]
    reads_digest: str
    stamp: FileStamp | None


@dataclass
class Manifest:
    """Every file the writer wrote into `output` in one build."""

    output: str
    entries: dict[str, Entry]
    read_keys: list[str]  # each read, as JSON text (see `Ledger`)


def manifest_file(cache_path: str, folder: str, output_path: str) -> Path:
    """One manifest per output folder: a preview and a build may share CACHE_PATH."""
    name = hashlib.sha256(os.path.abspath(output_path).encode()).hexdigest()[:16]
    return Path(cache_path) / folder / f"{name}.json"


def load(path: Path, output_path: str) -> Manifest | None:
    """The manifest in `path`, if it is readable, of this version and of this output folder."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    if data.get("output") != os.path.abspath(output_path):
        return None
    try:
        return Manifest(
            output=data["output"],
            entries={name: _entry(row) for name, row in data["files"].items()},
            read_keys=[str(key) for key in data["reads"]],
        )
    except (KeyError, TypeError, ValueError):
        return None


def save(path: Path, manifest: Manifest) -> None:
    """Write the manifest whole or not at all (a new file, then renamed over the old one)."""
    data = {
        "version": VERSION,
        "output": os.path.abspath(manifest.output),
        "reads": manifest.read_keys,
        "files": {name: _row(entry) for name, entry in sorted(manifest.entries.items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    os.replace(partial, path)


def discard(path: Path) -> None:
    """Forget the manifest: until a build finishes and saves a new one, none is trusted."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _entry(row: list) -> Entry:
    inputs, reads, reads_digest, stamp = row
    return Entry(inputs, tuple(reads), reads_digest, FileStamp(*stamp) if stamp else None)


def _row(entry: Entry) -> list:
    stamp = entry.stamp
    return [entry.inputs, list(entry.reads), entry.reads_digest,
            [stamp.size, stamp.mtime_ns, stamp.ctime_ns, stamp.inode] if stamp else None]
