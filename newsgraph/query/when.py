"""Placing a claim in time: its TIMEX3 value as a period, or its report date.

A timeline must order "2017" (a year), "2023-11" (a month) and "2024-01-04" (a
day) on one axis. Each value becomes the period it names (start and end day)
and a precision; periods sort by start, a coarser period first when two start
together. Values that name no period on the calendar (PAST_REF "recently",
PRESENT_REF, FUTURE_REF, a duration, an unknown year) and claims without a
value are placed at their article's publication day and marked as such, so a
reader sees which dates were stated and which are only the day of the report.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..timedisplay import readable

#: Coarse precisions sort before fine ones that start on the same day.
_RANK = {"century": 0, "decade": 1, "year": 2, "half": 3, "quarter": 4, "season": 5, "month": 6, "week": 7,
         "day": 8, "time": 9, "reported": 10}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_REFS = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}


@dataclass(frozen=True, slots=True)
class When:
    """Where a claim sits in time."""

    start: str  # first day, YYYY-MM-DD ("" when unknown)
    end: str  # last day
    precision: str  # century | decade | year | half | quarter | season | month | week | day | time | reported
    value: str | None  # the TIMEX3 value as stored
    reported: bool  # True when placed by the report date, not a stated time
    note: str | None = None  # past | present | future | duration | unresolved, for reported ones

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.start or "9999", _RANK.get(self.precision, 10))

    @property
    def label(self) -> str:
        """The date as shown: the value at its own precision, or the report day."""
        if self.reported or self.value is None:
            return self.start
        return self.value[:16] if self.precision == "time" else self.value.split("T")[0]

    @property
    def text(self) -> str:
        """The date as a reader reads it (``timedisplay.readable``): "week of 2016-07-04", "2010s"."""
        if self.reported or self.value is None:
            return self.start
        return readable(self.value) or self.label

    def overlaps(self, start: str | None, end: str | None) -> bool:
        if not self.start:
            return start is None and end is None
        return (start is None or self.end >= start[:10]) and (end is None or self.start <= _last_day(end))

    def to_dict(self) -> dict:
        return {"date": self.label, "display": self.text, "start": self.start, "end": self.end, "precision": self.precision,
                "value": self.value, "reported": self.reported, "note": self.note}


def _last_day(text: str) -> str:
    """The last day of a partial date used as an upper bound ("2023" → "2023-12-31")."""
    period = period_of(text)
    return period[1] if period else text


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_of(value: str | None) -> tuple[str, str, str] | None:
    """(first day, last day, precision) of a calendar TIMEX3 value, or None if it names no period."""
    if not value:
        return None
    v = value.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat(), "time" if m[4] else "day"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1).isoformat(), _month_end(y, mo).isoformat(), "month"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1).isoformat(), _month_end(y, 3 * q).isoformat(), "quarter"
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1).isoformat(), _month_end(y, 6 * h).isoformat(), "half"
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v):
            y = int(m[1])
            first, last = _SEASONS[m[2]]
            end = _month_end(y + 1, 2) if last > 12 else _month_end(y, last)
            return date(y, first, 1).isoformat(), end.isoformat(), "season"
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m[1])
            return f"{y:04d}-01-01", f"{y:04d}-12-31", "year"
        if m := re.fullmatch(r"(\d{3})X?", v):
            y = int(m[1]) * 10
            return f"{y:04d}-01-01", f"{y + 9:04d}-12-31", "decade"
        if m := re.fullmatch(r"(\d{2})(XX)?", v):
            y = int(m[1]) * 100
            return f"{y:04d}-01-01", f"{y + 99:04d}-12-31", "century"
    except ValueError:  # an impossible calendar value ("2023-02-30")
        return None
    return None


def place(value: str | None, reported_day: str | None) -> When:
    """Where a claim with time value ``value``, reported on ``reported_day``, sits in time."""
    period = period_of(value)
    if period:
        return When(start=period[0], end=period[1], precision=period[2], value=value, reported=False)
    day = (reported_day or "")[:10]
    if value in _REFS:
        note = _REFS[value]
    elif value and value.startswith("P"):
        note = "duration"
    elif value:
        note = "unresolved"
    else:
        note = None
    return When(start=day, end=day, precision="reported", value=value, reported=True, note=note)


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two calendar values can name the same time (one period inside the other)."""
    pa, pb = period_of(a), period_of(b)
    if pa is None or pb is None:
        return True
    return (pa[0] <= pb[0] and pb[1] <= pa[1]) or (pb[0] <= pa[0] and pa[1] <= pb[1])
