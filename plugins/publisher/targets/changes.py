"""What a publish would change: files added, changed and removed, for `--dry-run`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

SHOWN = 25  # lines of each list shown; the counts are always complete


@dataclass
class Changes:
    """Relative paths the new site adds, changes and removes compared with the live one."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    def describe(self, where: str) -> list[str]:
        """Lines a person reads: the counts, then the files."""
        lines = [f"Would publish to {where}: {len(self.added)} new, {len(self.changed)} changed, "
                 f"{len(self.removed)} removed, {self.unchanged} unchanged file(s)."]
        for mark, paths in (("+", self.added), ("~", self.changed), ("-", self.removed)):
            lines += [f"  {mark} {path}" for path in paths[:SHOWN]]
            if len(paths) > SHOWN:
                lines.append(f"  {mark} ... and {len(paths) - SHOWN} more")
        return lines


def site_files(site: Path) -> dict[str, Path]:
    """Every file of a built site by its relative path."""
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*")) if p.is_file()}


def md5(path: Path) -> str:
    """The MD5 of a file (what S3 reports as the ETag of a single-part upload)."""
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def compare(new: Mapping[str, Path], live: Mapping[str, str], digest: Callable[[Path], str] = md5) -> Changes:
    """Compare the new site's files with the live site's digests, by relative path."""
    changes = Changes()
    for path, file in new.items():
        if path not in live:
            changes.added.append(path)
        elif live[path] != digest(file):
            changes.changed.append(path)
        else:
            changes.unchanged += 1
    changes.removed = sorted(set(live) - set(new))
    return changes
