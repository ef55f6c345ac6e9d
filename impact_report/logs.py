"""Access logs, read line by line: nginx and Apache "combined" format and S3 server access
logs, plain or gzipped (rotated files such as access.log.1 and access.log.2.gz).

Every line becomes one tuple, `Fields`: (client address, time as the log writes it, request
line, status, referrer, user agent). A compiled regular expression reads a combined line in
about a microsecond; a full parser (apachelogs) takes 23. Nothing is kept from one line to the
next, so memory does not grow with the size of the log.
"""

from __future__ import annotations

import glob
import gzip
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

Fields = tuple[str, str, str, str, str, str]

# A quoted field: nginx writes a quote inside one as \x22, Apache as \" (so \\. is a unit).
QUOTED = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
# %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"; anything after is ignored.
COMBINED = re.compile(rf'(\S+) \S+ \S+ \[([^\]]+)\] {QUOTED} (\d{{3}}) \S+ {QUOTED} {QUOTED}')
# Bucket owner, bucket, [time], remote IP, requester, request ID, operation, key,
# "request URI", status, error code, bytes sent, object size, total time, turn-around time,
# "referrer", "user agent", then fields this report does not need.
S3 = re.compile(rf'\S+ (\S+) \[([^\]]+)\] (\S+) \S+ \S+ (\S+) \S+ {QUOTED} (\d{{3}}|-) '
                rf'\S+ \S+ \S+ \S+ \S+ {QUOTED} {QUOTED}')
GZIP_MAGIC = b"\x1f\x8b"
# One unreadable line in this many is skipped (and counted) rather than stopping the report.
TOLERATED = 1000
FORMATS = "nginx or Apache \"combined\" format, or an S3 server access log"


class LogError(Exception):
    """A log that cannot be read: the message names the file (and line) and what to do."""


def log_files(given: list[str]) -> list[Path]:
    """The files to read: each path as given, a folder's files, or a pattern such as
    logs/access.log* (expanded here, as Windows' command prompt does not)."""
    found: list[Path] = []
    for name in given:
        path = Path(name)
        if any(char in name for char in "*?["):
            matches = sorted(Path(match) for match in glob.glob(name))
            if not matches:
                raise LogError(f"No file matches {name}: check the folder and the name.")
            found += matches
        elif path.is_dir():
            found += sorted(child for child in path.iterdir()
                            if child.is_file() and not child.name.startswith("."))
        elif path.is_file():
            found.append(path)
        else:
            raise LogError(f"{name}: there is no such file. Give the path of an access log "
                           "(or of the folder that holds them).")
    return found


@contextmanager
def opened(path: Path) -> Iterator[IO[str]]:
    """The log's lines as text, unzipped when it is gzipped (whatever its name)."""
    try:
        with path.open("rb") as raw:
            zipped = raw.read(2) == GZIP_MAGIC
        stream = (gzip.open(path, "rt", encoding="utf-8", errors="replace") if zipped
                  else path.open(encoding="utf-8", errors="replace"))
    except OSError as error:
        raise LogError(f"{path}: cannot be read ({error.strerror or error}).") from None
    with stream:
        yield stream


def s3_fields(match: re.Match[str]) -> Fields:
    """An S3 line as combined fields. A request through the bucket's REST endpoint names the
    bucket first in its path ("GET /bucket/key"): that part is not the site's address."""
    bucket, time, address, operation, request, status, referrer, agent = match.groups()
    if operation.startswith("REST.") and f" /{bucket}/" in request:
        request = request.replace(f" /{bucket}/", " /", 1)
    return address, time, request, "0" if status == "-" else status, referrer, agent


def reader(path: Path, number: int, line: str) -> tuple[re.Pattern[str], Callable | None]:
    """The pattern of this file's format, chosen by its first line, and what turns a match
    into Fields (None: the match's groups already are)."""
    if COMBINED.match(line):
        return COMBINED, None
    if S3.match(line):
        return S3, s3_fields
    raise LogError(unreadable(path, number, line))


def unreadable(path: Path, number: int, line: str) -> str:
    shown = line.strip()
    shown = shown if len(shown) <= 120 else shown[:117] + "..."
    return (f"{path}, line {number}: this line is not in {FORMATS}: {shown!r}. Give the "
            "server's access log (not its error log); for nginx, use the default \"combined\" "
            "log_format.")


@dataclass
class Tally:
    """What the reading met: lines read, and lines skipped because they could not be read (the
    first one's problem kept, to name it)."""
    lines: int = 0
    skipped: int = 0
    first_problem: str = ""

    def skip(self, problem: str) -> None:
        self.skipped += 1
        self.first_problem = self.first_problem or problem

    def allowed(self) -> int:
        """How many unreadable lines a log may hold and still be reported on: one in a
        thousand (a line cut short when the file was copied, a stray request in another
        format), never one in a small log, where it more likely means the wrong file."""
        return self.lines // TOLERATED


def read_file(path: Path, add: Callable[[Fields], None], tally: Tally) -> None:
    """Give every line of one log to `add`, counting it in `tally`. A line that is not in the
    log's format, or that `add` cannot use (ValueError), is skipped and counted."""
    match, convert = None, None
    number = 0
    with opened(path) as lines:
        try:
            for number, line in enumerate(lines, 1):
                tally.lines += 1
                if match is None:
                    if not line.strip():
                        continue
                    pattern, convert = reader(path, number, line)
                    match = pattern.match
                found = match(line)
                if found is None:
                    if line.strip():
                        tally.skip(unreadable(path, number, line))
                    continue
                try:
                    add(found.groups() if convert is None else convert(found))
                except ValueError as error:
                    tally.skip(f"{path}, line {number}: {error}.")
        except (OSError, EOFError) as error:  # a gzipped file cut short, a disk error
            raise LogError(f"{path}, after line {number}: the file is damaged or cut short "
                           f"({error}). Copy it again from the server.") from None


def read_logs(paths: list[Path], add: Callable[[Fields], None]) -> Tally:
    """Every line of every log, in the order given. Too many unreadable lines (more than
    `Tally.allowed`) stop the reading, naming the first."""
    tally = Tally()
    for path in paths:
        read_file(path, add, tally)
    if tally.skipped > tally.allowed():
        more = f" ({tally.skipped - 1:,} more lines could not be read either)" if tally.skipped > 1 else ""
        raise LogError(tally.first_problem + more)
    return tally
