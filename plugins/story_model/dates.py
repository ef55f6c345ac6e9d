"""Dates written with numbers only: `03/04/2026` is 3 April to a UK reader, 4 March to Pelican.

Pelican reads such a date month first (dateutil's default), so a story dated `03/04/2026`
would go out a month early. Dates here are written the UK way, day first, or as ISO dates:

- a date that can be read both ways (`03/04/2026`) is refused, with both readings;
- a date that can only be day first (`25/04/2026`) is accepted: Pelican reads it as
  25 April too, since 25 cannot be a month;
- a date that can only be month first (`04/25/2026`, the US way) is refused: here it is a
  mistake, and it is rewritten as an ISO date.

`2026-04-03`, `2026-04-03 10:00`, `3 April 2026` and `2026/04/03` (year first) are not
touched.
"""

from __future__ import annotations

import datetime
import re

# Day and month in either order, then a four-digit year, then perhaps a time.
NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])(.*)", re.ASCII | re.S)
# English month names, whatever the computer's language (strftime's %B follows its locale).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def calendar_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def in_words(date: datetime.date) -> str:
    """`3 April 2026`."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def numeric_date_problem(value: str) -> tuple[str, str] | None:
    """(message, advice) for a date written with numbers that is ambiguous or month first;
    None for any other value."""
    match = NUMERIC_DATE.fullmatch(value)
    if not match:
        return None
    first, second, year = (int(part) for part in match.group(1, 2, 3))
    time = match.group(4).strip()
    day_first = calendar_date(year, second, first)
    month_first = calendar_date(year, first, second)
    if day_first and month_first and day_first != month_first:
        return (f"'Date: {value.strip()}' could be {in_words(day_first)} "
                f"or {in_words(month_first)}",
                f"Write it as {iso(day_first, time)} for {in_words(day_first)}, or "
                f"{iso(month_first, time)} for {in_words(month_first)} (year, month, day)")
    if month_first and not day_first:
        return (f"'Date: {value.strip()}' is written month first ({in_words(month_first)}), "
                "and dates here are written day first",
                f"Write it as {iso(month_first, time)} (year, month, day)")
    return None


def iso(date: datetime.date, time: str) -> str:
    """The date as YYYY-MM-DD, with the time the writer gave, if any."""
    return f"{date.isoformat()} {time}".strip()
