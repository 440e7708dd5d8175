"""Readers of expressions told against the story's own time, not the publication date.

"the next day" (after the day the story last named), "the year-earlier
results" and "the 1988 period" (the quarter an earnings story reports on),
"the same period last year", "later in the day", "by year-end". They are read
in the second pass of ``extract``, when every other value of the text is known.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .calendar import fmt_day
from .context import Context, Reading
from .normalize import direction, word_before
from .periods import last_quarter, period_value, point_day
from .values import shift_value


def read_ref_relative(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the next day", "the following week", "that day", "the day before": against the story's time."""
    rel = " ".join((m.group("rel") or "").lower().split())
    unit = (m.group("unit") or m.group("unit2") or "").lower()
    if m.group("dir"):
        step = -1 if m.group("dir").lower() in ("before", "earlier", "previous", "prior") else 1
    else:
        step = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                "the prior": -1, "the same": 0, "that": 0}[rel]
    part = unit if unit in ("morning", "afternoon", "evening", "night") else None
    base_unit = "day" if part else unit
    points = ctx.points(before=start, limit=1)
    if not points:
        if ctx.anchor is None or step == 0:
            return Reading("TIME" if part else "DATE", None, base_unit)
        ref_value = fmt_day(ctx.anchor.day)
        anchor = None
    else:
        ref_value = points[0].reading.value
        anchor = ref_value
    base = point_day(ref_value)
    if base is None:
        return Reading("TIME" if part else "DATE", None, base_unit)
    if base_unit == "day":
        if points and points[0].reading.granularity not in ("day", "time"):
            return Reading("TIME" if part else "DATE", None, "day")
        day = base + timedelta(days=step)
        if part:
            code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[part]
            return Reading("TIME", f"{fmt_day(day)}T{code}", "time", anchor=anchor)
        return Reading("DATE", fmt_day(day), "day", anchor=anchor)
    value = period_value(base_unit, base, step)
    return Reading("DATE", value[0], value[1], anchor=anchor) if value else None


def read_year_end(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"by year-end": the end of the publication year ("since year-end": of the one before)."""
    if ctx.anchor is None:
        return Reading("DATE", None, "year")
    back = word_before(ctx.text, start) == "since" or direction(ctx, start, end) == -1 and ctx.anchor.day.month < 6
    return Reading("DATE", f"{ctx.anchor.year - (1 if back else 0):04d}", "year")


def read_year_ago_adj(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"year-earlier results": the period the story is about, one year back."""
    ref = last_quarter(ctx, start)
    value = shift_value(ref, "year", -1) if ref else None
    return Reading("DATE", value, "quarter", anchor=ref)


_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "day": None}


def read_day_time(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"mid-afternoon", "overnight", "later in the day", "the morning": a part of the story's day."""
    if ctx.anchor is None:
        return Reading("TIME", None, "time")
    points = ctx.points(before=start, sentence=ctx.sentence(start), granularities={"day"}, limit=1)
    named = _day_named_after(ctx, end)
    day = value_day = None
    if named is not None or points:
        value_day = (named or points[0]).reading.value
        day = point_day(value_day)
    if day is None:
        day, value_day = ctx.anchor.day, None
    if m.group("overnight"):
        if value_day is None:
            day = day - timedelta(days=1)
        return Reading("TIME", f"{fmt_day(day)}TNI", "time", anchor=value_day)
    part = (m.group("part") or m.group("tpart") or m.group("punit") or "").lower()
    if part in ("week", "month", "year"):
        value = period_value(part, day, 0)
        return Reading("DATE", value[0], value[1], anchor=value_day) if value else None
    code = _PART_CODES.get(part)
    if code is None:
        return Reading("DATE", fmt_day(day), "day", anchor=value_day)
    return Reading("TIME", f"{fmt_day(day)}T{code}", "time", anchor=value_day)


#: What may stand between a part of the day and the day it is part of: "mid-afternoon yesterday",
#: "the morning of June 3", "late in the day on Friday".
_PART_TO_DAY = re.compile(r"\s*(?:(?:on|of)\s+)?")


def _day_named_after(ctx: Context, end: int):
    """The day written right after a part of the day ("at mid-afternoon yesterday": yesterday's
    afternoon, not the publication day's), or None."""
    for seen in ctx.seen:
        if seen.start < end:
            continue
        r = seen.reading
        if _PART_TO_DAY.fullmatch(ctx.text, end, seen.start) and r.value and r.granularity == "day" \
                and r.type == "DATE":
            return seen
        return None
    return None


def read_same_period(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the same period last year": the last period the story named, a year back (or as is)."""
    unit = m.group("unit").lower()
    want = {"day": {"day"}, "week": {"week"}, "month": {"month"}, "quarter": {"quarter"},
            "season": {"season"}}.get(unit)
    points = [p for p in ctx.points(before=start) if p.reading.anchor is None
              and ctx.sentence(start) - p.sentence <= 2 and (want is None or p.reading.granularity in want)]
    if not points:
        return Reading("DATE", None, None)
    ref = points[0].reading
    if not m.group("back"):
        return Reading("DATE", ref.value, ref.granularity, anchor=ref.value)
    return Reading("DATE", shift_value(ref.value, "year", -1), ref.granularity, anchor=ref.value)


def read_year_period(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the 1988 period": the quarter the story is about, in 1988 (the year alone when it has none)."""
    ref = last_quarter(ctx, start, within=None)
    year = m.group("year")
    if ref is None or ctx.anchor is None and not ref:
        return Reading("DATE", year, "year")
    return Reading("DATE", f"{year}-{ref[5:]}", "quarter", anchor=ref)
