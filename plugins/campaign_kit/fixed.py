"""Fixed slots: the schedule as it was when it was frozen, which later builds never move.

`invoke kit --freeze` (or any build once the campaign has started) writes every slot of the
schedule to fixed-slots.csv in the kit's folder (private, like the kit); from then on each of those
slots keeps its time, person, account and text, and new stories fill only the free slots.
A fixed slot whose story is no longer published (withdrawn) is let go, and the kit says so.
"""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path
from zoneinfo import ZoneInfo

from .kit_files import write_file
from .roster import TIME_FORMAT
from .schedule import Fixed, Slot

COLUMNS = ("time", "person", "account", "department", "story", "text")
FILE = "fixed-slots.csv"


def read_fixed(path: Path, timezone: str) -> tuple[dict[datetime.datetime, Fixed], list[str]]:
    """The fixed slots by time, and every problem naming the file and the line."""
    if not path.is_file():
        return {}, []
    zone = ZoneInfo(timezone)
    fixed: dict[datetime.datetime, Fixed] = {}
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as sheet:
        for number, row in enumerate(csv.DictReader(sheet), start=2):
            try:
                when = datetime.datetime.strptime(row["time"], TIME_FORMAT).replace(tzinfo=zone)
                fixed[when] = Fixed(when, row["person"], row["account"], row["department"],
                                    row["story"], row["text"])
            except (KeyError, TypeError, ValueError):
                problems.append(f"{path}, line {number}: not a fixed slot this kit wrote. Put "
                                "back the file `invoke kit --freeze` wrote, or delete it to "
                                "free every slot")
    return fixed, problems


def published_only(fixed: dict[datetime.datetime, Fixed],
                   urls: set[str]) -> tuple[dict[datetime.datetime, Fixed], list[Fixed]]:
    """The fixed slots whose story is still published (or that are live posts), and the rest."""
    kept = {when: slot for when, slot in fixed.items() if not slot.url or slot.url in urls}
    return kept, [slot for when, slot in fixed.items() if when not in kept]


def write_fixed(path: Path, slots: list[tuple[Slot, str]]) -> None:
    """Fix every slot, with the text it is posted with."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([slot.time.strftime(TIME_FORMAT), slot.person, slot.account,
                      slot.department, slot.story.url if slot.story else "", text]
                     for slot, text in slots)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path.parent, path.name, buffer.getvalue())
