"""Readers of days and parts of days relative to the publication date.

today, tonight, "last night", weekdays (by the tense of their verb), times of
the day ("9 a.m. Tuesday", "16:00 UTC"), seasons and holidays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import easter, fmt_day, nth_weekday, pick_year, safe_date, shift_weekday
from .context import Context, Reading
from .lexicon import DAY_PARTS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, SEASONS, WEEKDAY_HOLIDAYS, WEEKDAYS, ZONES
from .normalize import (
    DATE_PREPS,
    NEAREST,
    _date_direction,
    capitalized,
    direction,
    month_number,
    weekday_near,
    word_before,
)
from .periods import point_day
from .tense import FUTURE, PAST

_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _with_part(day: date, part: str | None, ctx: Context) -> Reading:
    if not part:
        return Reading("DATE", fmt_day(day), "day")
    code = DAY_PARTS[part.lower()]
    if ":" in code:
        return Reading("TIME", f"{fmt_day(day)}T{code}{_zone(ctx, None)}", "time")
    return Reading("TIME", f"{fmt_day(day)}T{code}", "time")


def _zone(ctx: Context, explicit: str | None) -> str:
    if explicit:
        return ZONES.get(explicit.lower(), "")
    return ctx.anchor.offset if ctx.anchor and ctx.anchor.offset else ""


def read_named_day(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    word = m.group("word").lower()
    if ctx.anchor is None:
        return Reading("TIME" if word == "tonight" or m.group("part") else "DATE", None,
                       "time" if word == "tonight" else "day")
    offset = _DAY_OFFSETS[word]
    if m.group("the"):
        offset += -1 if "before" in m.group("the").lower() else 1
    day = ctx.anchor.day + timedelta(days=offset)
    part = m.group("part") or ("night" if word == "tonight" else None)
    return _with_part(day, part, ctx)


def read_part_of_day(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"this morning", "last night", "tomorrow evening"."""
    if ctx.anchor is None:
        return Reading("TIME", None, "time")
    rel = m.group("rel").lower()
    part = m.group("part").lower()
    offset = {"this": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[rel]
    if rel == "last" and part not in ("night", "evening"):
        return None
    return _with_part(ctx.anchor.day + timedelta(days=offset), part, ctx)


def read_weekday(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"Thursday": the Thursday the governing verb's tense points to ("said" → last, "will" → next)."""
    name = m.group("wd")
    if not capitalized(name):
        return None
    if ctx.anchor is None:
        return Reading("TIME" if m.group("part") else "DATE", None, "time" if m.group("part") else "day")
    weekday = WEEKDAYS[name.lower()]
    rel = " ".join((m.group("rel") or "").lower().split())
    anchor = ctx.anchor.day
    if rel in ("last", "past", "previous", "this past"):
        day = shift_weekday(anchor - timedelta(days=1), weekday, -1)
    elif rel in ("next", "coming", "this coming", "following"):
        day = shift_weekday(anchor + timedelta(days=1), weekday, 1)
    elif rel == "that":
        return None
    else:
        if rel == "this":
            tense = FUTURE
        elif ctx.text.startswith("'s", end) and not m.group("part"):
            tense = PAST  # "Wednesday's ruling": a day that has been
        else:
            tense = direction(ctx, start, end)
        day = _retold_weekday(ctx, start, weekday, tense) or weekday_near(anchor, weekday, tense)
    return _with_part(day, m.group("part"), ctx)


#: How long before publication a paragraph's date must lie for its weekdays to be read against it: a
#: story retold months later, not last week's news that mentions an earlier date in passing.
_RETOLD_AFTER = timedelta(days=90)


def _retold_weekday(ctx: Context, start: int, weekday: int, tense: int) -> date | None:
    """A weekday told in the past inside a retold story: "On June 3, 2020, police were called. On
    Friday they arrested him" (in a 2023 article) is the Friday after June 3, 2020, not last week's.

    Only for a verb in the past, when the paragraph has written out a date well before
    publication (``_RETOLD_AFTER``) in this sentence or the one before, with no other time between; the weekday is
    the first one on or after that date.
    """
    if tense != PAST or ctx.anchor is None:
        return None
    frame = ctx.narrative_day(start, paragraph=True)
    if frame is None or ctx.sentence(start) - frame.sentence > 1:
        return None  # the frame must be this sentence's or the one before's
    nearest = ctx.points(before=start, limit=1)
    if nearest and nearest[0] is not frame:
        return None  # another time came between: the story has moved on
    base = point_day(frame.reading.value)
    if base is None or base > ctx.anchor.day - _RETOLD_AFTER:
        return None
    return shift_weekday(base, weekday, 1)


def read_weekday_set(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    name = m.group("wd")
    if not capitalized(name):
        return None
    return Reading("SET", f"XXXX-WXX-{WEEKDAYS[name.lower()]}", "set")


def read_time_of_day(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"9 a.m.", "10:35 p.m. EST Thursday", "noon", "16:00 UTC": a time on a day."""
    if m.group("named"):
        hhmm = DAY_PARTS[m.group("named").lower()]
    elif m.group("h24") is not None:
        hhmm = f"{int(m.group('h24')):02d}:{m.group('m24')}"
    elif m.group("hpart"):
        hour = int(m.group("hpart"))
        if m.group("inpart").lower() != "morning" and hour < 12:
            hour += 12
        hhmm = f"{hour:02d}:00"
    elif m.group("hoc"):
        word = m.group("hoc").lower()
        hour = int(word) if word.isdigit() else ["one", "two", "three", "four", "five", "six", "seven",
                                                  "eight", "nine", "ten", "eleven", "twelve"].index(word) + 1
        hhmm = f"{hour:02d}:00"
    else:
        hour = int(m.group("h"))
        pm = m.group("ampm").lower().startswith("p")
        if pm and hour < 12:
            hour += 12
        if not pm and hour == 12:
            hour = 0
        hhmm = f"{hour:02d}:{m.group('m') or '00'}"
    day: date | None = None
    if m.group("dmon"):
        if not capitalized(m.group("dmon")):
            return None
        month = month_number(m.group("dmon"))
        dnum = int(re.match(r"\d+", m.group("dday")).group(0))
        if m.group("dyear"):
            day = safe_date(int(m.group("dyear")), month, dnum)
        elif ctx.anchor:
            day = safe_date(pick_year(ctx.anchor.day, month, dnum, _date_direction(ctx, start, end)), month, dnum)
    elif m.group("dayword") and ctx.anchor:
        word = m.group("dayword").lower()
        if word in _DAY_OFFSETS:
            day = ctx.anchor.day + timedelta(days=_DAY_OFFSETS[word])
        elif capitalized(m.group("dayword")):
            day = weekday_near(ctx.anchor.day, WEEKDAYS[word], direction(ctx, start, end))
    elif ctx.anchor:
        day = _day_in_sentence(ctx, start) or ctx.anchor.day
    if day is None:
        return Reading("TIME", None, "time")
    zone = _zone(ctx, m.group("zone"))
    if m.group("zone") and m.group("zoff"):
        hours = int(m.group("zoff"))
        zone = f"{'+' if hours >= 0 else '-'}{abs(hours):02d}:{m.group('zoffm') or '00'}"
    return Reading("TIME", f"{fmt_day(day)}T{hhmm}{zone}", "time")


def _day_in_sentence(ctx: Context, start: int) -> date | None:
    """The day a bare time of day is on: the nearest day the sentence names ("Tuesday ... at 6 p.m.")."""
    sentence = ctx.sentence(start)
    days = [s for s in ctx.seen if s.sentence == sentence and s.reading.granularity == "day" and s.reading.value]
    if not days:
        return None
    nearest = min(days, key=lambda s: abs(s.start - start))
    return safe_date(*map(int, nearest.reading.value[:10].split("-")))


def _season_of(d: date) -> tuple[int, int]:
    """(year, index) of the season of ``d``: 0 spring, 1 summer, 2 fall, 3 winter (Dec–Feb, year of its December)."""
    if d.month in (1, 2):
        return d.year - 1, 3
    return d.year, {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3}[d.month]


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def read_season(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"last fall", "the summer of 1998", "in spring": YYYY-SP/SU/FA/WI."""
    name = m.group("season").lower()
    code = SEASONS[name]
    rel = " ".join((m.group("rel") or "").lower().split())
    prefixed = m.start("season") > m.start(0)
    after = ctx.text[m.end("season"):m.end("season") + 12].lower()
    if not m.group("year"):
        if rel == "the" and re.match(r"\s+of\b", after):
            return None
        if not prefixed and word_before(ctx.text, start) not in DATE_PREPS:
            return None
        if name == "fall" and not rel and not prefixed:
            return None
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{code}", "season")
    if ctx.anchor is None:
        return Reading("DATE", None, "season")
    year, now = _season_of(ctx.anchor.day)
    target = _SEASON_ORDER.index(code)
    if rel in ("last", "past", "previous", "this past"):
        step = -1
    elif rel in ("next", "coming", "this coming", "following"):
        step = 1
    elif rel == "this":
        step = 0
    else:
        step = FUTURE if direction(ctx, start, end) in (FUTURE, NEAREST) else PAST
    index = year * 4 + now
    if step == 0:
        cand = year * 4 + target
    elif step < 0:
        cand = index - ((now - target) % 4 or (4 if rel else 0))
    else:
        cand = index + ((target - now) % 4 or (4 if rel else 0))
    return Reading("DATE", f"{cand // 4:04d}-{_SEASON_ORDER[cand % 4]}", "season")


def holiday_date(name: str, year: int) -> date | None:
    key = " ".join(name.lower().split())
    if key in FIXED_HOLIDAYS:
        return safe_date(year, *FIXED_HOLIDAYS[key])
    if key in WEEKDAY_HOLIDAYS:
        month, weekday, n = WEEKDAY_HOLIDAYS[key]
        return nth_weekday(year, month, weekday, n)
    if key in EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=EASTER_HOLIDAYS[key])
    return None


def read_holiday(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    name = m.group("name")
    if not capitalized(name):
        return None
    if m.group("year"):
        d = holiday_date(name, int(m.group("year")))
        return Reading("DATE", fmt_day(d), "day") if d else None
    if ctx.anchor is None:
        return Reading("DATE", None, "day")
    anchor = ctx.anchor.day
    rel = (m.group("rel") or "").lower()
    days = [d for d in (holiday_date(name, anchor.year + k) for k in (-1, 0, 1)) if d]
    if rel in ("last", "this past"):
        picks = [d for d in days if d < anchor]
        pick = picks[-1] if picks else None
    elif rel in ("next", "this coming"):
        picks = [d for d in days if d > anchor]
        pick = picks[0] if picks else None
    elif (season := [d for d in days if abs((d - anchor).days) <= _HOLIDAY_SEASON and
                     _agrees(direction(ctx, start, end), d, anchor)]):
        pick = season[0]  # a story of the holiday's own season: that one, whatever a past verb's tense ("had
        # planned to spend Christmas at home", written on December 20, is the coming Christmas, not last year's),
        # but never a day the verb's tense rules out ("will be finished by Christmas", written on January 5)
    else:
        tense = direction(ctx, start, end)
        if tense == FUTURE:
            pick = next((d for d in days if d >= anchor), None)
        elif tense == PAST:
            pick = next((d for d in reversed(days) if d <= anchor), None)
        else:
            pick = min(days, key=lambda d: abs((d - anchor).days))
    return Reading("DATE", fmt_day(pick), "day") if pick else None


#: How near the publication date a holiday said without "last" or "next" is the story's own one.
_HOLIDAY_SEASON = 30


def _agrees(tense, day, anchor) -> bool:
    """Whether a day can be the one a verb of this tense tells of: a future verb's day is not before the anchor
    (a past one may still lie ahead: "had planned to spend Christmas at home")."""
    return tense != FUTURE or day >= anchor
