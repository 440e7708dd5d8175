"""Finding and reading every time expression of one text, in two passes.

1. Every pattern runs over the text around its trigger words (a rule for
   months only where a month is named; ``lexicon.TRIGGERS``), which keeps the
   reader cheap next to the parse; the matches compete for the text,
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
from . import periods as pe
from . import relative as rel
from . import story as st
from .calendar import Anchor, fmt_week
from .context import EXPLICIT_DAY_RULES, Context, Reading
from .lexicon import TRIGGERS, number_value
from .values import shift_value, unit_of, value_start

Reader = Callable[[re.Match, Context, int, int], "Reading | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    read: Reader
    story_relative: bool = False  # read again in pass 2, against the values found in pass 1
    reread: bool = False  # known to pass 2 as first read, then read again there (a weekday in a retold story)


#: In order of precedence when two matches of the same length compete.
RULES: tuple[Rule, ...] = (
    Rule("iso", pt.ISO_DATE, no.read_iso),
    Rule("slash", pt.SLASH_DATE, no.read_slash),
    Rule("time", pt.TIME_OF_DAY, rel.read_time_of_day, story_relative=True),
    Rule("mdy", pt.DATE_MDY, no.read_month_day),
    Rule("dmy", pt.DATE_DMY, no.read_month_day),
    Rule("month_year", pt.MONTH_YEAR, no.read_month_year),
    Rule("quarter", pt.QUARTER, pe.read_quarter),
    Rule("year_period", pt.YEAR_PERIOD, st.read_year_period, story_relative=True),
    Rule("holiday", pt.HOLIDAY, rel.read_holiday),
    Rule("named_day", pt.NAMED_DAY, rel.read_named_day),
    Rule("part_of_day", pt.PART_OF_DAY, rel.read_part_of_day),
    Rule("weekday", pt.WEEKDAY_RE, rel.read_weekday, reread=True),
    Rule("weekday_set", pt.WEEKDAYS_SET, rel.read_weekday_set),
    Rule("ago", pt.AGO, du.read_ago, story_relative=True),
    Rule("set_rate", pt.SET_RATE, du.read_set_rate),
    Rule("set_every", pt.SET_EVERY, du.read_set_every),
    Rule("set_adverb", pt.SET_ADVERB, du.read_set_adverb),
    Rule("same_period", pt.SAME_PERIOD, st.read_same_period, story_relative=True),
    Rule("period", pt.PERIOD, pe.read_period, story_relative=True),
    Rule("ref_relative", pt.REF_RELATIVE, st.read_ref_relative, story_relative=True),
    Rule("duration", pt.DURATION, du.read_duration),
    Rule("season", pt.SEASON_RE, rel.read_season),
    Rule("spoken_year", pt.SPOKEN_YEAR, no.read_spoken_year),
    Rule("year_end", pt.YEAR_END, st.read_year_end),
    Rule("year_ago_adj", pt.YEAR_AGO_ADJ, st.read_year_ago_adj, story_relative=True),
    Rule("day_time", pt.DAY_TIME, st.read_day_time, story_relative=True),
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


#: Rules whose words are names anyway (months, weekdays, holidays): a capital says nothing.
_NAMED_RULES = frozenset({"mdy", "dmy", "month_year", "month", "weekday", "weekday_set", "holiday", "time",
                          "iso", "slash", "year", "decade", "spoken_year"})
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"'`(\[_-])\s*$")


def _looks_like_a_name(text: str, start: int, end: int, rule: str) -> bool:
    """"This Week" (a TV show), "VOA Today", "High Noon": time words written as a title.

    A word that is lower case in running text ("week", "today", "noon") but
    has a capital here, away from the start of a sentence, is part of a name.
    """
    if rule in _NAMED_RULES:
        return False
    words = _CAPITAL_WORD.findall(text, start, end)
    if not words:
        return False
    first_capital = text[start].isupper()
    if len(words) > 1 or (words and not first_capital):
        from .lexicon import MONTHS, WEEKDAYS

        names = [w for w in words[1 if first_capital else 0:] if w.lower() not in MONTHS and w.lower() not in WEEKDAYS]
        if names:
            return True
    return first_capital and not _SENTENCE_START.search(text, max(0, start - 3), start)


_BY_NAME = {r.name: r for r in RULES}
_STORY_RELATIVE = frozenset(r.name for r in RULES if r.story_relative)
_REREAD = frozenset(r.name for r in RULES if r.reread)
_TOKEN = re.compile(r"\w+")
_YEAR_TOKEN = re.compile(r"(?:1[5-9]|20)\d\d$")
_DECADE_TOKEN = re.compile(r"\d*0s$")
#: How far a match may reach before and after its trigger word.
_BEFORE, _AFTER = 90, 70


def _token_index(text: str) -> dict[str, list[int]]:
    """Lower-case word → the offsets it starts at (with "#year", "#decade" for such numbers)."""
    index: dict[str, list[int]] = {}
    for m in _TOKEN.finditer(text):
        word = m.group().lower()
        if word[0].isdigit():
            if _YEAR_TOKEN.match(word):
                word = "#year"
            elif _DECADE_TOKEN.match(word):
                word = "#decade"
            else:
                continue
        index.setdefault(word, []).append(m.start())
    return index


#: A character every match of a trigger-less rule has: a text without it is not searched.
_NEEDS_CHAR = {"slash": "/"}


def _matches(rule: Rule, text: str, index: dict[str, list[int]]):
    """The rule's matches: over the whole text, or only in windows around its trigger words."""
    triggers = TRIGGERS.get(rule.name)
    if triggers is None:
        needed = _NEEDS_CHAR.get(rule.name)
        if needed is None or needed in text:
            yield from rule.regex.finditer(text)
        return
    starts = sorted(p for word in triggers for p in index.get(word, ()))
    if not starts:
        return
    windows: list[list[int]] = []
    for p in starts:
        lo, hi = max(0, p - _BEFORE), min(len(text), p + _AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from rule.regex.finditer(text, lo, hi)


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
    index = _token_index(text)
    for priority, rule in enumerate(RULES):
        for m in _matches(rule, text, index):
            start, end = _trim(text, *_span(m))
            if end > start:
                candidates.append((-(end - start), priority, start, end, rule, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    taken = bytearray(len(text))
    found: list[Found] = []
    for _, _, start, end, rule, m in candidates:
        if any(taken[start:end]) or _looks_like_a_name(text, start, end, rule.name):
            continue
        reading = rule.read(m, ctx, start, end)
        if reading is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Found(start, end, rule.name, reading, m))
    found.sort(key=lambda f: f.start)
    found = _anchor_offsets(text, found)
    for f in found:
        if f.rule not in _STORY_RELATIVE:
            ctx.add(f.start, f.end, f.reading, f.rule)
    for f in found:
        if f.rule in _STORY_RELATIVE:
            f.reading = _BY_NAME[f.rule].read(f.match, ctx, f.start, f.end) or f.reading
            ctx.add(f.start, f.end, f.reading, f.rule)
        elif f.rule in _REREAD:
            f.reading = _BY_NAME[f.rule].read(f.match, ctx, f.start, f.end) or f.reading
            ctx.replace(f.start, f.reading)
    _doubt_counted_days(ctx, found)
    return found if keep_blocked else [f for f in found if f.reading.type != "NONE"]


#: Rules that count a day from the publication date: "today", "last night", "9 a.m. yesterday".
_COUNTED_DAY_RULES = frozenset({"named_day", "part_of_day"})
_COUNTED_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
#: How many days before publication a day written out in full may lie and still be the day a story calls
#: "today": a report dated a few days after the events it tells ("… at a press conference on June 1,
#: which came earlier today", published June 4).
_DOUBT_WINDOW = 7


def counted_from_report(f: Found) -> bool:
    """Whether ``f`` is a day counted from the publication date ("today", "this morning", "9 a.m. yesterday")."""
    if f.rule in _COUNTED_DAY_RULES:
        return True
    word = f.match.group("dayword") if f.rule == "time" and f.match is not None else None
    return bool(word) and word.lower() in _COUNTED_WORDS


def _written_day(f: Found) -> bool:
    """Whether ``f`` writes its day out in full ("June 1st", "2009-06-01", "16:15 UTC, June 1st")."""
    if f.rule in EXPLICIT_DAY_RULES:
        return True
    return f.rule == "time" and f.match is not None and bool(f.match.group("dmon"))


def _doubt_counted_days(ctx: Context, found: list[Found]) -> None:
    """A story whose sentence says "today" (or "this morning", "earlier today") beside a day of the week before
    publication written out in full that is not the day so counted ("at a press conference on June 1,
    … filed for bankruptcy earlier today", published June 4) was written on another day than its date
    says, or tells "today" from that day's frame: its days counted from the publication date are no longer
    known (value None) rather than guessed, in every sentence of the story."""
    if ctx.anchor is None or ctx.doc is None:
        return
    counted = [f for f in found if f.reading.value and counted_from_report(f)]
    if not counted:
        return
    written: dict[int, set] = {}
    for f in found:
        day = value_start(f.reading.value) if f.reading.value and _written_day(f) else None
        if day is not None and 0 < (ctx.anchor.day - day).days <= _DOUBT_WINDOW:
            written.setdefault(ctx.sentence(f.start), set()).add(day)
    # only a same-day word ("today", "earlier today", "this morning") beside another written day of that week tells
    # of another frame: "arrested on January 1 and released yesterday" is ordinary narrative
    same_day = [f for f in counted if value_start(f.reading.value) == ctx.anchor.day]
    if not any(ctx.anchor.day not in written.get(ctx.sentence(f.start), {ctx.anchor.day}) for f in same_day):
        return
    for f in counted:
        f.reading = Reading(f.reading.type, None, f.reading.granularity)


_BEFORE_AFTER = re.compile(r"\s+(before|after)\s+$", re.IGNORECASE)
#: "the week of March 6": a week named by a day in it.
_WEEK_WORD = re.compile(r"(?:the\s+)?week$", re.IGNORECASE)
_OF_GAP = re.compile(r"\s+of\s+$", re.IGNORECASE)


def _week_of(text: str, f: Found, nxt: Found | None) -> Found | None:
    """"the week of March 6": one expression, the ISO week of the day named (never the week the story is in)."""
    if nxt is None or not _WEEK_WORD.fullmatch(text[f.start:f.end]) or not _OF_GAP.match(text[f.end:nxt.start]) \
            or nxt.reading.type != "DATE" or nxt.reading.granularity != "day" or not nxt.reading.value:
        return None
    day = value_start(nxt.reading.value)
    if day is None:
        return None
    return Found(f.start, nxt.end, "anchored", Reading("DATE", fmt_week(day), "week", anchor=nxt.reading.value))


def _anchor_offsets(text: str, found: list[Found]) -> list[Found]:
    """"two days after January 3": one expression, January 3 moved by two days; "the week of March 6": the
    week that day is in."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        week = _week_of(text, f, nxt)
        if week is not None:
            out.append(week)
            i += 2
            continue
        gap = _BEFORE_AFTER.match(text[f.end:nxt.start]) if nxt is not None else None
        if (
            gap and f.rule == "duration" and f.match is not None and f.match.group("num")
            and not f.match.group("kind")  # "eight trading days after": not calendar days
            and nxt.reading.value and nxt.reading.type == "DATE"
            and nxt.reading.granularity in ("day", "month", "year", "week", "quarter")
        ):
            n = number_value(f.match.group("num"))
            unit = unit_of(f.match.group("unit"))
            if n is not None and n == int(n):
                step = -int(n) if gap.group(1).lower() == "before" else int(n)
                value = shift_value(nxt.reading.value, unit, step)
                if value:
                    reading = Reading("DATE", value, nxt.reading.granularity, anchor=nxt.reading.value)
                    out.append(Found(f.start, nxt.end, "anchored", reading))
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out
