"""Log times ("01/Dec/2026:08:15:32 +0000") as the day and hour in the trust's time zone."""

from __future__ import annotations

import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def minute_of(stamp: str) -> str:
    """The part of a log time that decides its local hour: all but the seconds (a zone may be
    half an hour off UTC, so the minutes count)."""
    return stamp[:17] + stamp[20:]


@lru_cache(maxsize=8192)  # a day has 1,440 minutes: one conversion each, not one a line
def local_hour(minute: str, zone: ZoneInfo) -> tuple[str, str]:
    """("2026-12-01", "2026-12-01T08") for "01/Dec/2026:08:15 +0000" in `zone`."""
    try:
        sign = {"+": 1, "-": -1}[minute[18]]
        offset = datetime.timedelta(hours=int(minute[19:21]), minutes=int(minute[21:23]))
        moment = datetime.datetime(int(minute[7:11]), MONTHS[minute[3:6]], int(minute[0:2]),
                                   int(minute[12:14]), int(minute[15:17]),
                                   tzinfo=datetime.timezone(sign * offset))
    except (KeyError, ValueError, IndexError):
        raise ValueError(f"the time [{minute}] is not a date and time as web servers write "
                         "them, like [01/Dec/2026:08:15:32 +0000]") from None
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d"), local.strftime("%Y-%m-%dT%H")
