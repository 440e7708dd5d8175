"""Finding and reading every time expression of one text, in two passes.

1. Every pattern runs over the whole text; the matches compete for the text,
   longest first (ties go to the rule listed first), and a match is kept only
   if its reader accepts it. Readers that need only the publication date and
   the parse give their final value here.
2. The expressions read against the story's own time ("a year earlier", "the
   next day", "the quarter", "the following month") are read again, in text
   order, now that every other value of the text is known.

Then "two days after January 3" becomes one expression anchored to January 3.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import durations as du
from . import normalize as no
from . import patterns as pt
from .calendar import Anchor
from .context import Context, Reading
from .lexicon import number_value
from .values import shift_value, unit_of

Reader = Callable[[re.Match, Context, int, int], "Reading | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    read: Reader
    story_relative: bool = False  # read again in pass 2, against the values found in pass 1


#: In order of precedence when two matches of the same length compete.
RULES: tuple[Rule, ...] = (
    Rule("iso", pt.ISO_DATE, no.read_iso),
    Rule("slash", pt.SLASH_DATE, no.read_slash),
    Rule("time", pt.TIME_OF_DAY, no.read_time_of_day, story_relative=True),
    Rule("mdy", pt.DATE_MDY, no.read_month_day),
    Rule("dmy", pt.DATE_DMY, no.read_month_day),
    Rule("month_year", pt.MONTH_YEAR, no.read_month_year),
    Rule("quarter", pt.QUARTER, no.read_quarter),
    Rule("holiday", pt.HOLIDAY, no.read_holiday),
    Rule("named_day", pt.NAMED_DAY, no.read_named_day),
    Rule("part_of_day", pt.PART_OF_DAY, no.read_part_of_day),
    Rule("weekday", pt.WEEKDAY_RE, no.read_weekday),
    Rule("weekday_set", pt.WEEKDAYS_SET, no.read_weekday_set),
    Rule("ago", pt.AGO, du.read_ago, story_relative=True),
    Rule("set_rate", pt.SET_RATE, du.read_set_rate),
    Rule("set_every", pt.SET_EVERY, du.read_set_every),
    Rule("set_adverb", pt.SET_ADVERB, du.read_set_adverb),
    Rule("same_period", pt.SAME_PERIOD, du.read_same_period, story_relative=True),
    Rule("period", pt.PERIOD, no.read_period, story_relative=True),
    Rule("ref_relative", pt.REF_RELATIVE, du.read_ref_relative, story_relative=True),
    Rule("duration", pt.DURATION, du.read_duration),
    Rule("season", pt.SEASON_RE, no.read_season),
    Rule("spoken_year", pt.SPOKEN_YEAR, du.read_spoken_year),
    Rule("year_end", pt.YEAR_END, du.read_year_end),
    Rule("year_ago_adj", pt.YEAR_AGO_ADJ, du.read_year_ago_adj, story_relative=True),
    Rule("day_time", pt.DAY_TIME, du.read_day_time, story_relative=True),
    Rule("month", pt.MONTH_ALONE, no.read_month),
    Rule("decade", pt.DECADE, no.read_decade),
    Rule("decade_word", pt.DECADE_WORD, no.read_decade_word),
    Rule("century", pt.CENTURY, no.read_century),
    Rule("year", pt.YEAR, no.read_year),
    Rule("present_ref", pt.PRESENT_REF, du.read_present),
    Rule("past_ref", pt.PAST_REF, du.read_past),
    Rule("future_ref", pt.FUTURE_REF, du.read_future),
)

@dataclass(slots=True)
class Found:
    """One expression found: offsets, the rule that found it, and its reading."""

    start: int
    end: int
    rule: str
    reading: Reading
    match: re.Match | None = None


def _span(m: re.Match) -> tuple[int, int]:
    if "x" in m.re.groupindex and m.group("x") is not None:
        return m.start("x"), m.end("x")
    return m.start(), m.end()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def find_times(text: str, anchor: Anchor | None, doc=None, *, keep_blocked: bool = False) -> list[Found]:
    """Every time expression of ``text`` read against ``anchor``, in text order.

    With ``keep_blocked``, also the stretches that look like times but were
    ruled out (reading type ``NONE``, e.g. the rate "a year" in "$5 a year"),
    so that a caller adding candidates of its own can leave them alone.
    """
    if not text:
        return []
    ctx = Context(text=text, anchor=anchor, doc=doc)
    candidates = []
    for priority, rule in enumerate(RULES):
        for m in rule.regex.finditer(text):
            start, end = _trim(text, *_span(m))
            if end > start:
                candidates.append((-(end - start), priority, start, end, rule, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    taken = bytearray(len(text))
    found: list[Found] = []
    for _, _, start, end, rule, m in candidates:
        if any(taken[start:end]):
            continue
        reading = rule.read(m, ctx, start, end)
        if reading is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Found(start, end, rule.name, reading, m))
    found.sort(key=lambda f: f.start)
    by_rule = {r.name: r for r in RULES}
    for f in found:
        if not by_rule[f.rule].story_relative:
            ctx.add(f.start, f.end, f.reading)
    for f in found:
        rule = by_rule[f.rule]
        if rule.story_relative:
            f.reading = rule.read(f.match, ctx, f.start, f.end) or f.reading
            ctx.add(f.start, f.end, f.reading)
    found = _anchor_offsets(text, found)
    return found if keep_blocked else [f for f in found if f.reading.type != "NONE"]


_BEFORE_AFTER = re.compile(r"(?:before|after)$", re.IGNORECASE)


def _anchor_offsets(text: str, found: list[Found]) -> list[Found]:
    """"two days after January 3": one expression, January 3 moved by two days."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            f.rule == "ago" and nxt is not None and _BEFORE_AFTER.search(text[f.start:f.end])
            and not text[f.end:nxt.start].strip() and nxt.reading.value
            and nxt.reading.granularity in ("day", "month", "year", "week", "quarter")
        ):
            m = f.match
            n = number_value(m.group("num") or "a") if m is not None else None
            unit = unit_of(m.group("unit")) if m is not None else ""
            if n is not None and n == int(n):
                step = -int(n) if text[f.start:f.end].lower().endswith("before") else int(n)
                value = shift_value(nxt.reading.value, unit, step)
                if value:
                    gran = nxt.reading.granularity
                    reading = Reading("DATE", value, gran, anchor=nxt.reading.value)
                    out.append(Found(f.start, nxt.end, "anchored", reading))
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out
