"""The campaign day's roster (campaign/roster.csv): who posts, from which account, when.

One row a shift: `name,account,department,start,end`, times as YYYY-MM-DD HH:MM in the site's
time zone. The names are the trust's own staff who agreed to take part: they go into the kit
(never the site), and the kit's check is told they are staff (`staff_allowances`).
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

COLUMNS = ("name", "account", "department", "start", "end")
TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Shift:
    """One person on shift: everything a slot needs to know about who posts."""

    name: str
    account: str
    department: str  # slug
    start: datetime.datetime  # aware
    end: datetime.datetime

    def covers(self, when: datetime.datetime) -> bool:
        return self.start <= when < self.end

    def hours(self, start: datetime.datetime, end: datetime.datetime) -> float:
        """Hours of this shift between `start` and `end`."""
        overlap = min(self.end, end) - max(self.start, start)
        return max(overlap.total_seconds(), 0) / 3600


def read_roster(path: Path, departments: dict, timezone: str,
                shown: str = "") -> tuple[list[Shift], list[str]]:
    """The roster's shifts and every problem, each naming the file (as `shown`, or its
    path), the line and the fix."""
    shown = shown or str(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as sheet:
            lines = list(csv.reader(sheet))
    except (OSError, UnicodeDecodeError) as problem:
        return [], [f"{shown}: cannot be read ({problem}): save it as UTF-8 CSV"]
    header = [cell.strip().lower() for cell in lines[0]] if lines else []
    if tuple(header) != COLUMNS:
        return [], [f"{shown}, line 1: the header is {','.join(header) or 'missing'}; "
                    f"write exactly {','.join(COLUMNS)}"]
    zone = ZoneInfo(timezone)
    shifts: list[Shift] = []
    problems: list[str] = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        shift, problem = read_shift(cells, departments, zone)
        if problem:
            problems.append(f"{shown}, line {number}: {problem}")
        else:
            shifts.append(shift)
    if not shifts and not problems:
        problems.append(f"{shown}: the roster has no shifts: add a line for each person")
    return shifts, problems


def read_shift(cells: list[str], departments: dict,
               zone: ZoneInfo) -> tuple[Shift | None, str]:
    """One line of the roster, or why it cannot be read."""
    if len(cells) != len(COLUMNS):
        return None, (f"{len(cells)} cells where there should be {len(COLUMNS)} "
                      f"({','.join(COLUMNS)}); put a value containing a comma in quotes")
    name, account, department, start, end = (cell.strip() for cell in cells)
    if not name or not account:
        return None, "give the person's name and the account they post from"
    if department not in departments:
        return None, (f"{department!r} is not a department: use one of "
                      f"{', '.join(departments)}")
    times = []
    for label, value in (("start", start), ("end", end)):
        try:
            times.append(datetime.datetime.strptime(value, TIME_FORMAT).replace(tzinfo=zone))
        except ValueError:
            return None, f"the {label} {value!r} is not a time: write it as YYYY-MM-DD HH:MM"
    if times[1] <= times[0]:
        return None, f"the shift ends ({end}) before it starts ({start})"
    return Shift(name, account, department, times[0], times[1]), ""


def staff_allowances(shifts: list[Shift]) -> list[str]:
    """The rostered names, as the kit's check takes allowances ("name -- reason")."""
    names = dict.fromkeys(shift.name for shift in shifts if shift.name)
    return [f"{name} -- campaign staff on the roster, who agreed to take part" for name in names]
