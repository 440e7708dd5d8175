"""Readers of calendar periods: this week, last month, next year, the third quarter.

Business news reads its periods against the one the story is about: "the
quarter", "the year-earlier period", "a year ago" in an earnings story mean
the quarter it reports on (``last_quarter``), which the text names first and
most often.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import add_months, add_quarters, fmt_month, fmt_quarter, fmt_week, fmt_weekend, quarter_of
from .context import Context, Reading
from .normalize import direction
from .tense import FUTURE
from .values import shift_value, value_start

_PREVIOUS = frozenset({"last", "the previous", "the prior", "the preceding", "this past", "the latest",
                       "the most recent", "last year's", "the previous year's"})
_NEXT = frozenset({"next", "the following", "this coming", "the upcoming"})
_CURRENT = frozenset({"this", "the current", "the same", "this year's"})
_YEAR_AGO = frozenset({"the year-earlier", "the year-ago", "the comparable", "the corresponding",
                       "the prior-year", "the previous year's", "last year's"})


def period_value(unit: str, anchor: date, step: int) -> tuple[str, str] | None:
    """The value and granularity of the calendar ``unit`` ``step`` units from the one holding ``anchor``."""
    if unit == "week":
        return fmt_week(anchor + timedelta(weeks=step)), "week"
    if unit == "weekend":
        return fmt_weekend(anchor + timedelta(weeks=step)), "week"
    if unit == "month":
        return fmt_month(*add_months(anchor.year, anchor.month, step)), "month"
    if unit == "quarter":
        return fmt_quarter(*add_quarters(anchor.year, quarter_of(anchor), step)), "quarter"
    if unit == "year":
        return f"{anchor.year + step:04d}", "year"
    if unit == "decade":
        return f"{anchor.year // 10 + step:03d}", "decade"
    if unit == "century":
        return f"{anchor.year // 100 + step:02d}", "century"
    if unit == "half":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + step
        return f"{index // 2:04d}-H{index % 2 + 1}", "half"
    return None


def last_quarter(ctx: Context, start: int, *, within: int | None = None) -> str | None:
    """The quarter the story is about, as far as the text before ``start`` tells.

    That is the quarter it has named most often so far (the first named on a
    tie): an earnings story names its quarter first and again and again, and
    other quarters in passing. Only quarters the text names count (not one worked out from
    another, like "the year-earlier quarter"). With ``within``, only quarters
    named at most that many sentences back, and None when there are none;
    without, the last finished quarter when the text has named none.
    """
    here = ctx.sentence(start)
    counts: dict[str, int] = {}
    order: list[str] = []
    for seen in ctx.points(before=start, granularities={"quarter"}):
        if seen.reading.anchor is not None:
            continue
        if within is not None and here - seen.sentence > within:
            break
        value = seen.reading.value
        if value not in counts:
            order.append(value)
        counts[value] = counts.get(value, 0) + 1
    if order:
        return max(order, key=lambda v: (counts[v], order.index(v)))
    if within is not None or ctx.anchor is None:
        return None
    return finished_quarter(ctx)


def finished_quarter(ctx: Context) -> str | None:
    """The last quarter that had ended by the publication date ("the latest quarter")."""
    if ctx.anchor is None:
        return None
    return fmt_quarter(*add_quarters(ctx.anchor.year, quarter_of(ctx.anchor.day), -1))


def read_period(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"this week", "last month", "next year", "the year-earlier quarter", "earlier this year"."""
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    after = ctx.text[end:end + 16].lower()
    if unit == "season":
        return None
    if unit == "period" and rel not in _YEAR_AGO and rel not in ("the latest", "the most recent", "the same"):
        return None
    if rel in _YEAR_AGO:
        if unit not in ("quarter", "period", "half"):
            return None
        ref = last_quarter(ctx, start)
        value = shift_value(ref, "year", -1) if ref else None
        return Reading("DATE", value, "quarter", anchor=ref)
    if unit in ("quarter", "period") and rel in ("the latest", "the most recent"):
        return Reading("DATE", finished_quarter(ctx), "quarter")
    if unit in ("quarter", "period") and rel in ("the", "the same", "that"):
        if rel == "the" and unit == "period":
            return None
        ended = _ended_on(ctx, end)
        if ended is not None:  # "the quarter ended Sept. 30": the three months up to that day
            middle = ended - timedelta(days=45)
            return Reading("DATE", fmt_quarter(middle.year, quarter_of(middle)), "quarter")
        return Reading("DATE", last_quarter(ctx, start), "quarter")
    if rel in ("the full", "the entire", "the whole"):
        if unit == "year":
            same = [p for p in ctx.points(sentence=ctx.sentence(start)) if p.reading.anchor is None]
            if same:
                year = same[0].reading.value[:4]
                return Reading("DATE", year, "year", anchor=same[0].reading.value)
        rel = "this"
    if rel == "the":
        if unit == "year" and re.match(r"\s*(?:ended|ending|ends|through|to\s+date)\b", after):
            return Reading("DURATION", "P1Y", "duration")
        if m.group("fiscal") and unit == "year":
            return Reading("DURATION", "P1Y", "duration")
        if unit in ("period", "half", "decade", "century", "day"):
            return None
        if ctx.anchor is None:
            return Reading("DATE", None, unit)
        if unit == "weekend":
            tense = direction(ctx, start, end)
            day = ctx.anchor.day
            if tense == FUTURE:
                return Reading("DATE", fmt_weekend(day), "week")
            back = day if day.isoweekday() >= 6 else day - timedelta(days=7)
            return Reading("DATE", fmt_weekend(back), "week")
        value = period_value(unit, ctx.anchor.day, 0)
        return Reading("DATE", value[0], value[1]) if value else None
    if unit == "period":
        return None
    if ctx.anchor is None:
        return Reading("DATE", None, unit)
    if rel in _CURRENT:
        step = 0
    elif rel in _PREVIOUS or rel in ("the past", "the last", "past"):
        step = -1
    elif rel in _NEXT or rel in ("the next", "the coming", "coming"):
        step = 1
    else:
        return None
    if unit == "weekend" and step < 0 and ctx.anchor.day.isoweekday() >= 6:
        step = 0  # "last weekend" said on a Sunday: the one just ending
    if rel in ("the following", "the previous", "the prior", "the preceding"):
        points = ctx.points(before=start, limit=1)
        base = point_day(points[0].reading.value) if points else None
        if base is not None:
            value = period_value(unit, base, step)
            return Reading("DATE", value[0], value[1], anchor=points[0].reading.value) if value else None
    value = period_value(unit, ctx.anchor.day, step)
    return Reading("DATE", value[0], value[1]) if value else None


_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?", re.IGNORECASE)


def _ended_on(ctx: Context, end: int) -> date | None:
    """The day after "ended" right after ``end`` ("the quarter ended Sept. 30"), if the text has one."""
    m = _ENDED.match(ctx.text, end)
    if not m:
        return None
    for seen in ctx.seen:
        if seen.start == m.end() and seen.reading.granularity == "day" and seen.reading.value:
            return point_day(seen.reading.value)
    return None


def point_day(value: str | None) -> date | None:
    """The first day of a point value, or None (for None, a reference, a duration)."""
    return value_start(value) if value else None


#: What a quarter or half is of when it is not a year's: "of the '80s", "of the 1990s", "of the decade".
_OF_A_LONGER_SPAN = re.compile(
    r"\s+of\s+the\s+(?:'?\d0s|(?:19|20)\d0s|decade|century|millennium|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)\b", re.I)


def read_quarter(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the third quarter", "fourth-quarter", "the first half of 2024"."""
    ordinal = m.group("ord").lower()
    unit = m.group("unit").lower()
    last = 4 if unit == "quarter" else 2
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": last, "last": last}[ordinal]
    if unit == "half" and n > 2:
        return None
    if _OF_A_LONGER_SPAN.match(ctx.text, end):
        return Reading("DATE", None, unit)  # "the last half of the '80s", "the first quarter of the century"
    pre = " ".join((m.group("pre") or "").lower().split())
    year: int | None = None
    if m.group("of") or m.group("of2"):
        year = int(m.group("of") or m.group("of2"))
    elif m.group("fy"):
        year = int(m.group("fy"))
    elif m.group("ago") and ctx.anchor is not None:
        ref = last_quarter(ctx, start)
        year = int(ref[:4]) - 1 if ref else ctx.anchor.year - 1
    elif ctx.anchor is not None:
        now = ctx.anchor.day
        rel = " ".join((m.group("ofrel") or "").lower().split())
        if rel:
            year = now.year + (-1 if rel in ("last", "the previous", "the last") else 1 if rel == "next" else 0)
        elif pre in ("last year's",):
            year = now.year - 1
        elif pre in ("next year's",):
            year = now.year + 1
        elif pre in ("this year's",):
            year = now.year
        else:
            current = quarter_of(now) if unit == "quarter" else (now.month - 1) // 6 + 1
            periods = 4 if unit == "quarter" else 2
            year = now.year
            ahead = n - current
            if ahead > 0 and direction(ctx, start, end) != FUTURE and ahead >= periods - ahead:
                year -= 1  # the nearest such quarter is last year's ("fourth-quarter results" in January)
    if year is None:
        return Reading("DATE", None, unit)
    if unit == "quarter":
        return Reading("DATE", fmt_quarter(year, n), "quarter")
    return Reading("DATE", f"{year:04d}-H{n}", "half")
