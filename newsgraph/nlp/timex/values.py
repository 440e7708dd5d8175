"""TIMEX3 values: building durations, and moving a point value by a number of units.

"a year earlier" said of "the third quarter of 1989" is the third quarter of
1988: moving a value keeps its granularity (a quarter stays a quarter, a day a
day), which is what ``shift_value`` does for the value formats newsgraph writes.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import add_months, add_quarters, fmt_day, fmt_month, fmt_quarter, fmt_week

#: Unit word → (TIMEX3 letter, is a time unit (``PT``), multiplier to that letter).
DURATION_UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "weekend": ("WE", False, 1), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("Y", False, 10),
    "century": ("Y", False, 100), "millennium": ("Y", False, 1000),
}
#: The letter of a vague quantity of a unit: "decades" is PXDE, not PXY.
VAGUE_LETTERS = {"decade": "DE", "century": "CE", "millennium": "ML", "fortnight": "W"}
#: A fraction of one unit in the next smaller one ("2 1/2 years" → P2Y6M).
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}


def unit_of(word: str) -> str:
    """The singular unit of a unit word: "centuries" → "century", "hrs" → "hour"."""
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    if w.startswith("millenni"):
        return "millennium"
    if w in ("hr", "hrs"):
        return "hour"
    if w in ("sec", "secs"):
        return "second"
    if w in ("min", "mins"):
        return "minute"
    return w.removesuffix("s")


def duration_value(n: float | None, unit: str) -> str | None:
    """``P{n}{U}`` / ``PT{n}{U}`` for ``n`` units; ``PX{U}`` when ``n`` is None (vague)."""
    if unit not in DURATION_UNITS:
        return None
    letter, is_time, mult = DURATION_UNITS[unit]
    prefix = "PT" if is_time else "P"
    if n is None:
        return prefix + "X" + VAGUE_LETTERS.get(unit, letter)
    if unit == "weekend":
        return f"P{int(n * 2)}D" if n == int(n) else None
    total = n * mult
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    whole = int(total)
    smaller = (_SMALLER_TIME if is_time else _SMALLER).get(letter)
    if smaller is None:
        return f"{prefix}{total:g}{letter}"
    small_letter, factor = smaller
    part = round((total - whole) * factor)
    if not is_time and letter in ("D",) and small_letter == "H":
        return f"P{whole}DT{part}H" if whole else f"PT{part}H"
    head = f"{whole}{letter}" if whole else ""
    return f"{prefix}{head}{part}{small_letter}"


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_WEEK = re.compile(r"(\d{4})-W(\d\d)$")
_YEAR = re.compile(r"(\d{4})$")


def value_start(value: str) -> date | None:
    """The first day of a point value (a day, week, month, quarter or year), or None."""
    if m := _DAY.match(value[:10]):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if m := _MONTH.match(value):
        return date(int(m[1]), int(m[2]), 1)
    if m := _QUARTER.match(value):
        return date(int(m[1]), 3 * int(m[2]) - 2, 1)
    if m := _WEEK.match(value):
        try:
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1)
    return None


def shift_value(value: str, unit: str, n: int) -> str | None:
    """``value`` moved by ``n`` ``unit``s, at the value's own granularity (None if it can't be)."""
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    days = {"day": 1, "week": 7, "fortnight": 14}.get(unit)
    if m := _DAY.match(value):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        if days:
            return fmt_day(d + timedelta(days=days * n))
        if months:
            y, mo = add_months(d.year, d.month, months * n)
            for day in (d.day, 30, 29, 28):
                try:
                    return fmt_day(date(y, mo, day))
                except ValueError:
                    continue
        return None
    if m := _WEEK.match(value):
        start = value_start(value)
        if start and days:
            return fmt_week(start + timedelta(days=days * n))
        if start and months:
            y, mo = add_months(start.year, start.month, months * n)
            return fmt_week(date(y, mo, min(start.day, 28)))
        return None
    if m := _MONTH.match(value):
        if months:
            return fmt_month(*add_months(int(m[1]), int(m[2]), months * n))
        return None
    if m := _QUARTER.match(value):
        if months and months % 3 == 0:
            return fmt_quarter(*add_quarters(int(m[1]), int(m[2]), months // 3 * n))
        return None
    if m := _YEAR.match(value):
        if months and months % 12 == 0:
            return f"{int(m[1]) + months // 12 * n:04d}"
        return None
    return None
