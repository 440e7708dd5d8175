"""TIMEX3 values as a reader says them: one style for every face of newsgraph.

The store, the JSON results and the evaluations keep the TIMEX3 value
(``2016-W27``, ``201``, ``2017-05-15TNI``, ``P3Y``): it sorts, compares and
scores. People read ``readable(value)`` instead. The style is fixed here and
nowhere else: a full day stays an ISO date (``2024-01-04``, unambiguous in
every country and the form the publication day is shown in), and every coarser
or odder value is said in words around ISO dates ("week of 2016-07-04", "night
of 2017-05-15", "November 2023", "2010s", "3 years", "in the past"). A value
this module does not know is returned as it is rather than guessed at.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["DAY_PART_WORDS", "readable"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
#: The words a part of a day is said with ("night of 2017-05-15"), for callers that choose a preposition.
DAY_PART_WORDS = frozenset(_PARTS.values())
_REFS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Duration letters, in the date part and (after T) the time part.
_DATE_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "WE": "weekend",
               "DE": "decade", "CE": "century", "ML": "millennium", "H": "hour"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}

_DAY = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)")
_CLOCK = re.compile(r"T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(WE|DE|CE|ML|[YMWDQHS])")


def _plural(n: str, unit: str) -> str:
    if n == "X":
        return "centuries" if unit == "century" else "millennia" if unit == "millennium" else f"{unit}s"
    if n in ("1", "1.0"):
        return f"1 {unit}"
    plural = "centuries" if unit == "century" else "millennia" if unit == "millennium" else f"{unit}s"
    return f"{n} {plural}"


def _duration(value: str) -> str | None:
    """"P3Y" → "3 years", "PT2H30M" → "2 hours 30 minutes", "PXY" → "years"."""
    body = value[1:]
    date_part, _, time_part = body.partition("T")
    words = []
    for part, units in ((date_part, _DATE_UNITS), (time_part, _TIME_UNITS)):
        pos = 0
        for m in _DURATION_PART.finditer(part):
            if m.start() != pos or m.group(2) not in units:
                return None
            words.append(_plural(m.group(1), units[m.group(2)]))
            pos = m.end()
        if pos != len(part):
            return None
    return " ".join(words) or None


def _day_text(year: str, month: str, day: str) -> str | None:
    if year == "XXXX":
        m = int(month)
        return f"{int(day)} {_MONTHS[m - 1]}" if 1 <= m <= 12 else None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _point(v: str) -> str | None:
    """Calendar points and periods, or None when ``v`` is not one."""
    if m := _DAY.fullmatch(v[:10]):
        day = _day_text(*m.groups())
        rest = v[10:]
        if day is None:
            return None
        if not rest:
            return day
        if rest[1:] in _PARTS and rest[0] == "T":
            return f"{_PARTS[rest[1:]]} of {day}"
        if clock := _CLOCK.fullmatch(rest):
            return f"{clock.group(1)}:{clock.group(2)} on {day}"
        return None
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}" if 1 <= int(m[2]) <= 12 else None
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return f"{'weekend' if m[3] else 'week'} of {monday.isoformat()}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        return f"{_ORDINALS[int(m[2])]} quarter of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        return f"{_ORDINALS[int(m[2])]} half of {m[1]}"
    if m := re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|AU|WI)", v):
        season = _SEASONS[m[2]]
        return season if m[1] == "XXXX" else f"{season} {m[1]}"
    if re.fullmatch(r"\d{4}", v):
        return v
    if m := re.fullmatch(r"(\d{3})X?", v):
        return f"{m[1]}0s"
    if m := re.fullmatch(r"(\d{2})(?:XX)?", v):
        n = int(m[1]) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return None


def _set(v: str) -> str | None:
    """Repetitions: "P1W" → "every week", "XXXX-WXX-1" → "every Monday"."""
    if m := re.fullmatch(r"XXXX-WXX-([1-7])", v):
        return f"every {_WEEKDAYS[int(m[1]) - 1]}"
    if m := re.fullmatch(r"PT?1(WE|[YMWDHQ])", v):
        unit = (_TIME_UNITS if v.startswith("PT") else _DATE_UNITS)[m[1]]
        return f"every {unit}"
    if v.startswith("P") and (span := _duration(v)):
        return f"every {span}"
    return None


def readable(value: str | None, granularity: str | None = None) -> str | None:
    """A TIMEX3 ``value`` as text a reader understands (None for None).

    ``granularity`` is newsgraph's (``TimeExpr.granularity``); "set" reads a
    duration-like value as a repetition ("every week"). Unknown forms come
    back unchanged.

    >>> readable("2016-W27"), readable("201"), readable("2017-05-15TNI"), readable("P3Y")
    ('week of 2016-07-04', '2010s', 'night of 2017-05-15', '3 years')
    >>> readable("2023-11"), readable("PAST_REF"), readable("2024-01-04")
    ('November 2023', 'in the past', '2024-01-04')
    """
    if value is None:
        return None
    v = value.strip()
    if not v:
        return None
    if v in _REFS:
        return _REFS[v]
    if granularity == "set" or v.startswith("XXXX-WXX"):
        if text := _set(v):
            return text
    if v.startswith("P"):
        return _duration(v) or value
    return _point(v) or value
