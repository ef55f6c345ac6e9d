"""Remember the guard's report on each story while nothing it depends on has changed.

A rebuild after one story changes should not check the other thousand again. A report is
reused only when the story's bytes and path are the same and so is everything else the
check reads: the guard's own code and data, the allow-list, the trust's settings and the
images in the content folder. Kept in the build's cache folder (CACHE_PATH), so that
`invoke build` after the first (Pelican's content cache off) checks only what changed.

The own addresses of each story (what `used_files` publishes) are kept beside the reports,
by the story's path and bytes, under the same fingerprint (the guard's code reads them).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .findings import StoryReport
from .images import is_image

PACKAGE = Path(__file__).resolve().parent
FILE_NAME = "anonymity-verdicts.pickle"


def fingerprint(content_dir: Path, allowlist: Path, option: Mapping[str, Any]) -> str:
    """A digest of everything besides the story itself that a report depends on."""
    digest = hashlib.sha256(repr(sorted(option.items())).encode())
    guard_files = sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("data/*")])
    images = sorted(path for path in content_dir.rglob("*") if is_image(path))
    for path in [*guard_files, *images]:
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    if allowlist.is_file():
        digest.update(allowlist.read_bytes())
    return digest.hexdigest()


def story_key(path: str, raw: bytes) -> str:
    return hashlib.sha256(path.encode() + b"\0" + raw).hexdigest()


class Verdicts:
    """Reports (and addresses) by story key, valid for one fingerprint; saved to `folder` if
    given."""

    def __init__(self, folder: Path | None, fingerprint_now: str,
                 previous: Verdicts | None = None) -> None:
        self.file = folder / FILE_NAME if folder else None
        self.fingerprint = fingerprint_now
        self.reports: dict[str, StoryReport] = {}
        self.addresses: dict[str, tuple[str, ...]] = {}
        self._load()
        if previous is not None and previous.fingerprint == fingerprint_now:
            self.reports.update(previous.reports)  # the preview rebuilds in one process
            self.addresses.update(previous.addresses)
        self.used: set[str] = set()

    def _load(self) -> None:
        if self.file is None or not self.file.is_file():
            return
        try:
            saved = pickle.loads(self.file.read_bytes())
            if saved["fingerprint"] == self.fingerprint:
                self.reports, self.addresses = dict(saved["reports"]), dict(saved["addresses"])
        except Exception:  # noqa: BLE001 - an unreadable cache is only a slower build
            self.reports, self.addresses = {}, {}

    def get(self, key: str) -> StoryReport | None:
        self.used.add(key)
        return self.reports.get(key)

    def put(self, key: str, report: StoryReport) -> None:
        self.used.add(key)
        self.reports[key] = report

    def story_addresses(self, key: str) -> tuple[str, ...] | None:
        self.used.add(key)
        return self.addresses.get(key)

    def put_addresses(self, key: str, found: tuple[str, ...]) -> None:
        self.used.add(key)
        self.addresses[key] = found

    def save(self) -> None:
        """Keep this build's stories only, written whole (by rename): builds sharing a cache
        folder never read half a file."""
        if self.file is None:
            return
        saved = {"fingerprint": self.fingerprint,
                 "reports": {key: value for key, value in self.reports.items() if key in self.used},
                 "addresses": {key: value for key, value in self.addresses.items()
                               if key in self.used}}
        self.file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.file.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(pickle.dumps(saved))
            os.replace(temporary, self.file)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
