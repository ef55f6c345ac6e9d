"""The figures staff note by hand, from a CSV file (Excel's "CSV UTF-8" or plain CSV): what the
logs cannot show. One row a figure, with these columns:

    figure,network,who,when,number,title,link
    followers before,x,@PVProbation,2026-12-01 08:00,1200,,
    followers after,x,@PVProbation,2026-12-02 08:00,1350,,
    mentions,x,#ProbationChangesLives,2026-12-01 12:00,155,,
    press,,Halifax Courier,2026-12-02,,Probation staff tell their stories,https://...

`mentions` is the count for the hour starting at `when`, from the network's own analytics;
`who` is the account (or hashtag, or newspaper).
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COLUMNS = ("figure", "network", "who", "when", "number", "title", "link")
FIGURES = ("followers before", "followers after", "mentions", "press")
WHEN_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y")


class FiguresError(Exception):
    """A figures file that cannot be read: the message names the file, the line and the fix."""


@dataclass
class HandFigures:
    followers: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    press: list[dict[str, str]] = field(default_factory=list)

    def followers_gained(self) -> list[dict[str, Any]]:
        """Each account with both counts: before, after and the difference."""
        return [{"network": network, "who": who, "before": counts["before"],
                 "after": counts["after"], "gained": counts["after"] - counts["before"]}
                for (network, who), counts in self.followers.items()
                if "before" in counts and "after" in counts]

    def summary(self) -> dict[str, Any]:
        gained = self.followers_gained()
        busiest = max(self.mentions, key=lambda row: row["mentions"], default=None)
        return {"followers": gained, "followers_gained": sum(row["gained"] for row in gained),
                "mentions_by_hour": self.mentions, "busiest_mentions_hour": busiest,
                "press": self.press}


def read_when(value: str) -> str:
    for pattern in WHEN_FORMATS:
        try:
            moment = datetime.datetime.strptime(value.strip(), pattern)
        except ValueError:
            continue
        return moment.strftime("%Y-%m-%d %H:%M" if "%H" in pattern else "%Y-%m-%d")
    raise ValueError(f"'{value}' in the column 'when' is not a date: write it as 2026-12-01 "
                     "08:00 (or 01/12/2026 08:00), or 2026-12-01 for a day")


def read_number(value: str) -> int:
    cleaned = value.strip().replace(",", "")
    if not cleaned.isdigit():
        raise ValueError(f"'{value}' in the column 'number' is not a whole number: write the "
                         "number only, like 1350")
    return int(cleaned)


def add_row(figures: HandFigures, row: dict[str, str]) -> None:
    what = row["figure"].strip().lower()
    network, who = row["network"].strip().lower(), row["who"].strip()
    if what not in FIGURES:
        raise ValueError(f"'{row['figure']}' in the column 'figure' is not one of: "
                         + ", ".join(FIGURES))
    if what == "press":
        link = row["link"].strip()
        if not row["title"].strip() or not link.startswith(("https://", "http://")):
            raise ValueError("a press row needs a title and a link starting with https://")
        figures.press.append({"who": who, "when": read_when(row["when"]) if row["when"].strip()
                              else "", "title": row["title"].strip(), "link": link})
    elif what == "mentions":
        figures.mentions.append({"network": network, "who": who, "hour": read_when(row["when"]),
                                 "mentions": read_number(row["number"])})
    else:  # "followers before" or "followers after"
        counts = figures.followers.setdefault((network, who), {})
        counts[what.split()[1]] = read_number(row["number"])


def read_figures(path: Path) -> HandFigures:
    """The file's figures; FiguresError names the file and line of the first bad row."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FiguresError(f"{path}: there is no such file. Give the path of the figures "
                           "CSV (see docs/impact-sample.csv).") from None
    except UnicodeDecodeError:
        raise FiguresError(f"{path}: is not UTF-8 text. In Excel, save it with \"Save as\" "
                           "and the type \"CSV UTF-8 (Comma delimited)\".") from None
    except OSError as error:
        raise FiguresError(f"{path}: cannot be read ({error.strerror or error}).") from None
    rows = csv.DictReader(text.splitlines())
    missing = [name for name in COLUMNS if name not in (rows.fieldnames or [])]
    if missing:
        raise FiguresError(f"{path}, line 1: the first line must name the columns "
                           f"{','.join(COLUMNS)} (missing: {', '.join(missing)}).")
    figures = HandFigures()
    try:
        for row in rows:
            if any((value or "").strip() for value in row.values() if isinstance(value, str)):
                add_row(figures, {name: row[name] or "" for name in COLUMNS})
    except (ValueError, csv.Error) as error:
        raise FiguresError(f"{path}, line {rows.line_num}: {error}.") from None
    return figures
