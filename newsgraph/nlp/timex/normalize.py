"""Readers of calendar expressions: a regex match → its TIMEX3 reading.

Each reader takes the match of one pattern (``patterns``), the ``Context``
and the expression's offsets, and gives back a ``Reading`` (type, value,
granularity) or None when the match is not a time expression after all ("May
I", "the fall of Rome", "2,000 employees"). A relative expression read without
a publication date keeps ``value=None``: nothing is guessed.

Durations, sets and the PAST/PRESENT/FUTURE references are in ``durations``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import (
    add_months, add_quarters, easter, fmt_day, fmt_month, fmt_quarter, fmt_week, fmt_weekend,
    nth_weekday, pick_year, quarter_of, safe_date, shift_weekday,
)
from .context import Context, Reading
from .lexicon import (
    AMBIGUOUS_MONTHS, DAY_PARTS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS, SEASONS, WEEKDAY_HOLIDAYS,
    WEEKDAYS, ZONES, ordinal_value,
)
from .tense import FUTURE, NONE, PAST
from .values import shift_value

#: Words before a bare year or an ambiguous month name that make it a date.
DATE_PREPS = frozenset({
    "in", "since", "by", "of", "until", "till", "from", "during", "before", "after", "early", "late",
    "mid", "through", "between", "and", "or", "to", "throughout", "last", "next", "this", "every",
    "each", "around", "circa", "fiscal", "about", "for", "spring", "summer", "fall", "autumn",
    "winter", "end", "beginning", "start", "middle", "on", "at", "as", "within", "than", "into",
    "post", "pre",
})

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` (lower case), or ''."""
    m = _WORD_BEFORE.search(text[max(0, start - 24):start])
    return m.group(1).lower() if m else ""


def capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


#: A preposition before a bare date that says which way it lies ("until Friday", "since May").
FORWARD_CUES = frozenset({"until", "till", "til", "by", "effective", "payable", "due", "next"})
BACKWARD_CUES = frozenset({"since", "last", "ago"})


def direction(ctx: Context, start: int, end: int) -> int:
    """PAST (-1), FUTURE (+1) or NONE (0) for a bare weekday, month or season at ``start:end``.

    A preposition that points one way wins ("until Friday" lies ahead even in
    "the deadline was extended until Friday"); else the governing verb's tense.
    """
    cue = word_before(ctx.text, start)
    if cue in BACKWARD_CUES:
        return PAST
    if re.search(r"\bas\s+(?:early|soon)\s+as\s+$", ctx.text[max(0, start - 16):start], re.IGNORECASE):
        return FUTURE  # "as early as Tuesday"
    tense = ctx.tense(start, end)
    if cue in FORWARD_CUES:
        # "will wait until Friday" lies ahead; "extended until Friday", "had not called until
        # Friday": the verb's past says nothing of the deadline, so the nearest Friday.
        return FUTURE if tense != PAST else NEAREST
    return tense


#: ``direction`` for a bare weekday that may lie either way: the nearest one.
NEAREST = 2


def weekday_near(anchor: date, weekday: int, way: int) -> date:
    """The ``weekday`` seen from ``anchor`` going ``way`` (PAST, FUTURE, NEAREST; NONE is PAST)."""
    if way == NEAREST:
        back = shift_weekday(anchor, weekday, PAST)
        ahead = shift_weekday(anchor, weekday, FUTURE)
        return ahead if (ahead - anchor) < (anchor - back) else back
    return shift_weekday(anchor, weekday, FUTURE if way == FUTURE else PAST)


def two_digit_year(yy: int, ctx: Context) -> int:
    """'98 → 1998, '07 → 2007: the century that puts the year nearest the anchor (or before 2050)."""
    pivot = ctx.anchor.year if ctx.anchor else 2000
    candidates = [1900 + yy, 2000 + yy]
    return min(candidates, key=lambda y: (abs(y - pivot - 5), y))


# Absolute dates ---------------------------------------------------------------------
def read_month_day(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"Jan. 4, 2024", "4 January", "Thursday, April 6": a day."""
    mon = m.group("mon")
    if not capitalized(mon):
        return None
    month = month_number(mon)
    day = int(re.match(r"\d+", m.group("day")).group(0))
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yy"):
        year = two_digit_year(int(m.group("yy")), ctx)
    elif ctx.anchor is None:
        return Reading("DATE", None, "day")
    else:
        year = pick_year(ctx.anchor.day, month, day, _date_direction(ctx, start, end))
    d = safe_date(year, month, day)
    if d is None:
        return None
    return Reading("DATE", fmt_day(d), "day")


def _date_direction(ctx: Context, start: int, end: int) -> int:
    """Which way a month-day without a year lies: a preposition's way, else the verb's tense.

    ``pick_year`` keeps it near the publication date whatever the way ("the
    offer was extended to Nov. 20" said on Nov. 2 is this November).
    """
    cue = word_before(ctx.text, start)
    if cue in FORWARD_CUES:
        return FUTURE
    if cue in BACKWARD_CUES:
        return PAST
    return ctx.tense(start, end)


def read_month_year(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    mon = m.group("mon")
    if not capitalized(mon):
        return None
    return Reading("DATE", fmt_month(int(m.group("year")), month_number(mon)), "month")


def read_month(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"November", "last November", "early December", "June of last year"."""
    mon = m.group("mon")
    if not capitalized(mon) or mon.rstrip(".").lower() not in (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "sept",
    ):
        return None
    key = mon.lower().rstrip(".")
    prefixed = m.group(0)[: m.start("mon") - m.start(0)].strip()
    if key in AMBIGUOUS_MONTHS and not prefixed and word_before(ctx.text, start) not in DATE_PREPS:
        return None
    month = month_number(mon)
    if ctx.anchor is None:
        return Reading("DATE", None, "month")
    now = ctx.anchor.day
    rel = (m.group("rel") or "").lower().split()
    yrel = (m.group("yrel") or "").lower()
    if yrel:
        year = now.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel and rel[-1] in ("last", "past", "previous"):
        year = now.year if month < now.month else now.year - 1
    elif rel and rel[-1] in ("next", "coming", "following"):
        year = now.year if month > now.month else now.year + 1
    elif rel and rel[-1] == "this":
        year = now.year
    else:
        # A future verb or "until": the next such month; otherwise the latest one.
        way = _date_direction(ctx, start, end)
        year = pick_year(now, month, None, FUTURE if way == FUTURE else PAST)
    return Reading("DATE", fmt_month(year, month), "month")


def read_iso(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    d = safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    if d is None:
        return None
    if m.group("hh"):
        return Reading("TIME", f"{fmt_day(d)}T{m.group('hh')}:{m.group('mm')}", "time")
    return Reading("DATE", fmt_day(d), "day")


def read_slash(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"01/04/2024" (month first, as US news writes it, unless the first number can't be a month)."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    month, day = (b, a) if a > 12 else (a, b)
    year = int(y) if len(y) == 4 else two_digit_year(int(y), ctx)
    d = safe_date(year, month, day)
    return Reading("DATE", fmt_day(d), "day") if d else None


def read_year(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """A bare year: only where it can't be a count ("in 2019", "fiscal 1989", "2017 film")."""
    year = m.group("year")
    prefixed = m.start("year") > m.start(0)
    if not prefixed:
        label = ctx.ent_label(m.start("year"), m.end("year"))
        before = word_before(ctx.text, start)
        if label not in ("DATE", None) and before not in DATE_PREPS:
            return None
        if label is None and before not in DATE_PREPS:
            return None
    return Reading("DATE", year, "year")


def read_decade(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the 1990s" → 199; "the '80s" → 198."""
    if m.group("d4") is not None:
        return Reading("DATE", m.group("century") + m.group("d4"), "decade")
    digit = m.group("d2") or m.group("d1")
    if m.group("d1") and not (m.group("the") or m.start("d1") > m.start(0)):
        before = ctx.text[max(0, start - 5):start].lower()
        if not re.search(r"(?:and|or|,|to|-)\s*$", before):
            return None
    if m.group("d1") and word_before(ctx.text, start) in ("his", "her", "their", "its", "my", "our", "your"):
        return None
    pivot = ctx.anchor.year if ctx.anchor else 1999
    century = 20 if 2000 + int(digit) * 10 <= pivot else 19
    return Reading("DATE", f"{century}{digit}", "decade")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def read_decade_word(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the nineties" → 199 (a decade of the 1900s: the spelled-out decades are the past century's)."""
    text = m.group(0).lower()
    if not (text.startswith("the") or "nineteen" in text) or word_before(ctx.text, start) in (
            "his", "her", "their", "its", "my", "our", "your"):
        return None  # "in her sixties" is an age
    return Reading("DATE", f"19{_DECADE_WORDS[m.group('word').lower()]}", "decade")


def read_century(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    n = ordinal_value(m.group("ord").lower())
    if not n or n > 21:
        return None
    return Reading("DATE", f"{n - 1:02d}", "century")


# Relative to the publication date ----------------------------------------------------
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
        day = weekday_near(anchor, weekday, tense)
    return _with_part(day, m.group("part"), ctx)


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
    else:
        tense = direction(ctx, start, end)
        if tense == FUTURE:
            pick = next((d for d in days if d >= anchor), None)
        elif tense == PAST:
            pick = next((d for d in reversed(days) if d <= anchor), None)
        else:
            pick = min(days, key=lambda d: abs((d - anchor).days))
    return Reading("DATE", fmt_day(pick), "day") if pick else None


# Calendar periods: this week, last month, next year, the third quarter ---------------------
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
        points = ctx.points(before=start)
        base = _point_day(points[0].reading.value) if points else None
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
            return _point_day(seen.reading.value)
    return None


def _point_day(value: str | None) -> date | None:
    from .values import value_start

    return value_start(value) if value else None


def read_quarter(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"the third quarter", "fourth-quarter", "the first half of 2024"."""
    ordinal = m.group("ord").lower()
    unit = m.group("unit").lower()
    last = 4 if unit == "quarter" else 2
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": last, "last": last}[ordinal]
    if unit == "half" and n > 2:
        return None
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
