"""Calendar arithmetic and the TIMEX3 value formats.

The anchor of an article is its publication date, read in the time zone it
was written in: ``2024-01-04T23:30:00-05:00`` is the 4th of January, not the
5th (UTC), because that is the day the writer's "today" means. The offset is
kept so that a time of day read against it ("9 a.m.") can carry it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The day relative expressions are read against, with its zone offset if known."""

    day: date
    offset: str | None = None  # "Z", "-05:00", … as the publication gave it

    @property
    def year(self) -> int:
        return self.day.year


def parse_anchor(published: str | None) -> Anchor | None:
    """The anchor of an ISO date or datetime (``None`` when absent or unreadable)."""
    if not published:
        return None
    m = _ISO.match(published.strip())
    if not m:
        return None
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    offset = m.group(7)
    if offset and offset != "Z" and ":" not in offset:
        offset = offset[:3] + ":" + offset[3:]
    return Anchor(day=day, offset=offset)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def fmt_day(day: date) -> str:
    return day.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(day: date) -> str:
    """The ISO week of ``day``: ``2023-W52``."""
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def fmt_weekend(day: date) -> str:
    """The weekend of the ISO week of ``day``: ``2023-W52-WE``."""
    return fmt_week(day) + "-WE"


def fmt_quarter(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def shift_weekday(anchor: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (ISO, Monday 1) nearest ``anchor`` going ``direction`` (-1 past, +1 future, 0 same week).

    The anchor's own weekday is the anchor itself in every direction: news
    writes "Thursday" for the day it is published on.
    """
    current = anchor.isoweekday()
    if current == weekday:
        return anchor
    if direction < 0:
        return anchor - timedelta(days=(current - weekday) % 7)
    if direction > 0:
        return anchor + timedelta(days=(weekday - current) % 7)
    return anchor + timedelta(days=weekday - current)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    y, m = add_months(year, month, 1)
    last = date(y, m, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def pick_year(anchor: date, month: int, day: int | None, direction: int, *, reach: int = 300) -> int:
    """The year of a month (and day) written without one, seen from ``anchor``.

    The candidates are the latest such date not after the anchor and the
    earliest not before it. ``direction`` -1 (a past verb, "since") takes the
    first and +1 (a future verb, "until") the second, unless that one lies more
    than ``reach`` days away while the other is near (a deadline "extended to
    Nov. 20" in an article of Nov. 2 is this November, not last); 0 takes the
    nearest, the past one on a tie.
    """
    def at(year: int) -> date:
        return safe_date(year, month, day or 1) or date(year, month, 28)

    year = anchor.year
    past = at(year) if at(year) <= anchor or (day is None and month == anchor.month) else at(year - 1)
    future = at(year) if at(year) >= anchor or (day is None and month == anchor.month) else at(year + 1)
    if day is None and month == anchor.month:
        return year
    back, ahead = (anchor - past).days, (future - anchor).days
    if direction < 0:
        return past.year if back <= reach or back <= ahead else future.year
    if direction > 0:
        return future.year if ahead <= reach or ahead <= back else past.year
    return past.year if back <= ahead else future.year


_VALUE = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|W(\d{2})(?:-WE)?))?(?:T.*)?$")


def value_days(value: str | None) -> tuple[date, date] | None:
    """The first and last day a calendar TIMEX3 value covers (``2009-Q3`` → July 1 to Sept 30), or None
    for what is not one stretch of the calendar (durations, ``PAST_REF``, decades, seasons)."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    year = int(m.group(1))
    month, day, quarter, half, week = (int(g) if g else None for g in m.groups()[1:])
    try:
        if day is not None:
            first = last = date(year, month, day)
        elif month is not None:
            first = date(year, month, 1)
            last = date(*add_months(year, month, 1), 1) - timedelta(days=1)
        elif quarter is not None or half is not None:
            start, months = (quarter * 3 - 2, 3) if quarter is not None else (half * 6 - 5, 6)
            first = date(year, start, 1)
            last = date(*add_months(year, start, months), 1) - timedelta(days=1)
        elif week is not None:
            first = date.fromisocalendar(year, week, 1)
            last = first + timedelta(days=6)
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None
    return first, last
