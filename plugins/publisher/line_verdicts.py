"""The built-site check's findings on each distinct line, kept between builds under CACHE_PATH.

A file whose bytes are unchanged keeps its verdict (output_check.load_verdicts), but some files
change on every build though nearly all of their lines do not: the sitemap, whose index pages carry
the build's clock, and, after one story is edited, every list page and feed that holds it. So the
guard's findings on each distinct line it read (`output_check.lines_of`: the kind of place, the
text, whether it is an address) are kept too, for the same `context` (the checks' code and data,
the allow-list, the declarations, the settings): a line kept is not read again, and the report is
the one the guard would give. Clean lines are kept as a list of digests, the few with findings with
their findings. Any doubt about the file means checking every line.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from plugins.anonymity.api import Finding

from .output_text import Piece

# Lines kept at most, those of the latest check first: a 1,000-story site has about 24,000
# distinct lines (a memo of 0.9 MB, read in 6 ms) and its kit 12,000; each build adds a few
# (the sitemap's new date, an edited paragraph), so the memo is cut back only after very many.
MAX_LINES = 250_000
# A finding as it is kept: each field of `Finding`, and its type.
FINDING_FIELDS = {item.name: int if item.type in ("int", int) else str for item in fields(Finding)}


@dataclass
class LineVerdicts:
    """The findings on each line read by the check, by `line_key`: none for a clean line.

    `kept` is what earlier checks left; `recall` takes from it, `learn` adds this check's."""

    kept: dict[str, tuple[Finding, ...]] = field(default_factory=dict)
    now: dict[str, tuple[Finding, ...]] = field(default_factory=dict)

    def recall(self, line: Piece) -> tuple[Finding, ...] | None:
        """The findings kept for `line`, or None when it was not read by an earlier check."""
        key = line_key(line)
        found = self.kept.get(key)
        if found is not None:
            self.now[key] = found
        return found

    def learn(self, line: Piece, found: list[Finding]) -> None:
        """Keep what the guard found in `line` (nothing: clean) for the next check."""
        self.now[line_key(line)] = tuple(found)

    def to_keep(self) -> dict[str, tuple[Finding, ...]]:
        """The lines of this check, then those of earlier ones, MAX_LINES at most."""
        merged = {**self.now, **{key: found for key, found in self.kept.items() if key not in self.now}}
        return dict(list(merged.items())[:MAX_LINES]) if len(merged) > MAX_LINES else merged


def line_key(line: Piece) -> str:
    """A digest of all of a line the guard's reading depends on (`reading_key`): its kind of
    place is one of a few fixed phrases, so the parts cannot run into each other."""
    data = f"{line.where}\0{int(line.is_address)}\0{line.text}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def memo_file(verdicts: Path) -> Path:
    """Where the line memo is kept, beside the file verdicts (`verdicts`)."""
    return verdicts.with_name(f"{verdicts.stem}-lines.json")


def load_line_verdicts(file: Path, context: str) -> LineVerdicts:
    """The lines kept for `context`; none when the file is missing, unreadable, corrupt, of
    the wrong shape or from other code or settings."""
    try:
        kept = json.loads(file.read_bytes())
        clean = kept["clean"]
        if kept["context"] != context or not isinstance(clean, list) or not all(
                isinstance(key, str) for key in clean):
            return LineVerdicts()
        found = {key: tuple(as_finding(entry) for entry in entries)
                 for key, entries in kept["found"].items()}
        return LineVerdicts(dict.fromkeys(clean, ()) | found)
    except Exception:  # noqa: BLE001 - any doubt about the memo means checking every line
        return LineVerdicts()


def as_finding(entry: object) -> Finding:
    """A kept finding; ValueError for anything but one of the shape `save_line_verdicts` wrote."""
    if not isinstance(entry, dict) or entry.keys() != FINDING_FIELDS.keys() or not all(
            type(entry[name]) is kind for name, kind in FINDING_FIELDS.items()):
        raise ValueError(f"not a kept finding: {entry!r}")
    return Finding(**entry)


def save_line_verdicts(file: Path, context: str, memo: LineVerdicts) -> None:
    """Keep the memo for the next check: clean lines as one list of digests."""
    lines = memo.to_keep()
    write_json(file, {"context": context, "clean": [key for key, found in lines.items() if not found],
                      "found": {key: [finding.to_dict() for finding in found]
                                for key, found in lines.items() if found}})


def write_json(file: Path, data: dict) -> None:
    """Write `data` to `file` at once (another build never reads half of it); a cache that
    cannot be written is no error."""
    partial = file.with_name(f"{file.name}.{os.getpid()}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, file)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
