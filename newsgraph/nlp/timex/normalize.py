"""Readers of calendar expressions: a regex match → its TIMEX3 reading.

Each reader takes the match of one pattern (``patterns``), the ``Context``
and the expression's offsets, and gives back a ``Reading`` (type, value,
granularity) or None when the match is not a time expression after all ("May
I", "the fall of Rome", "2,000 employees"). A relative expression read without
a publication date keeps ``value=None``: nothing is guessed.

This module holds the absolute dates (and what every reader shares: the
word before an expression, which way a bare date lies); days, weekdays,
times, seasons and holidays are in ``relative``, calendar periods and
quarters in ``periods``, durations, sets and the PAST/PRESENT/FUTURE
references in ``durations``.
"""

from __future__ import annotations

import re
from datetime import date

from .calendar import (
    fmt_day,
    fmt_month,
    pick_year,
    safe_date,
    shift_weekday,
)
from .context import Context, Reading
from .lexicon import (
    AMBIGUOUS_MONTHS,
    MONTHS,
    ordinal_value,
)
from .tense import FUTURE, PAST

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
    return MONTHS[name.lower().rstrip(". ")]  # ("Feb ." as pre-tokenised text writes it)


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
    elif rel == ["last"] and now.month - month == 1:
        # "last February" in a March article: the month just ended is "last month" or "in February";
        # "last February" is a year before it (as TimeML reads it). "this past February" is the one just
        # ended; "last December" in January is last year's either way.
        year = now.year - 1
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


_DETERMINERS = frozenset({"the", "a", "its", "his", "her", "their", "our", "this", "that", "s"})


def read_year(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """A bare year, only where it can't be a count.

    "in 2019", "fiscal 1989", a year spaCy calls a DATE, or a year that
    modifies a noun: "her 2017 documentary", "the 1992 protests" (but not
    "2000 employees", a number of them).
    """
    year = m.group("year")
    if m.start("year") > m.start(0):
        return Reading("DATE", year, "year")
    before = word_before(ctx.text, start)
    if before in DATE_PREPS or ctx.ent_label(start, end) == "DATE":
        return Reading("DATE", year, "year")
    token = ctx.token(start, end)
    if token is not None and token.dep_ in ("nummod", "compound", "amod", "nmod") and token.head.i > token.i:
        head = token.head
        if head.tag_ in ("NN", "NNP") or (head.tag_ in ("NNS", "NNPS") and before in _DETERMINERS):
            return Reading("DATE", year, "year")
    return None


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


_TENS_WORDS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_ONES_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def read_spoken_year(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"nineteen ninety-six" → 1996; "two thousand and one" → 2001."""
    if m.group("c"):
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m.group("c").lower()]
        year = century * 100 + _TENS_WORDS[m.group("t").lower()] * 10
        if m.group("o"):
            year += _ONES_WORDS[m.group("o").lower()]
        if century == 20 and not m.group(0).lower().startswith("the year"):
            return None  # "twenty-five": a number
    else:
        year = 2000 + (_ONES_WORDS[m.group("o2").lower()] if m.group("o2") else 0)
        if not m.group(0).lower().startswith("the year") and word_before(ctx.text, start) not in (
                "in", "since", "by", "of", "until", "from", "before", "after"):
            return None
    return Reading("DATE", f"{year:04d}", "year")
