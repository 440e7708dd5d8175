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


def pick_year(anchor: date, month: int, day: int | None, direction: int) -> int:
    """The year of a month (and day) written without one, seen from ``anchor``.

    ``direction`` -1: the most recent such date not after the anchor; +1: the
    next not before it; 0: the one nearest the anchor (within half a year).
    """
    year = anchor.year
    this = (month, day or 1)
    now = (anchor.month, anchor.day if day else 1)
    if direction < 0:
        return year if this <= now else year - 1
    if direction > 0:
        return year if this >= now else year + 1
    months_ahead = (month - anchor.month) + ((day or anchor.day) - anchor.day) / 31
    if months_ahead > 6:
        return year - 1
    if months_ahead < -6:
        return year + 1
    return year
