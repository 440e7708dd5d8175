"""Readers of durations, sets, "ago" phrases and the PAST/PRESENT/FUTURE references.

* A duration is written ``P10Y``, ``PT3H``, ``P2Y6M``; a vague one ``PXY``.
  Ages ("a 25-year-old", "25 years old") are not durations of anything the
  story tells and are not read (TimeBank does not mark them either).
* "two years ago" is a date: the year two years before the publication year
  (at the unit's granularity: days give a day, weeks a week, years a year).
  "a year earlier" is read against the story's time: the period the sentence
  is about (say, a quarter), one year back.
* A set is a recurring time: "every week" ``P1W``, "each Thursday" ``XXXX-WXX-4``.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .calendar import fmt_day, fmt_week
from .context import BLOCK, Context, Reading
from .lexicon import MONTHS, VAGUE_QUANTITIES, WEEKDAYS, number_value
from .normalize import capitalized, month_number
from .periods import last_quarter, period_value
from .values import duration_value, shift_value, unit_of

_AGE_AFTER = re.compile(r"[-\s]*(?:old\b|of\s+age\b)", re.IGNORECASE)


def _count(text: str | None) -> tuple[bool, float | None]:
    """(given, value): whether a quantity was written, and its number (None when vague)."""
    if not text:
        return False, None
    t = " ".join(text.lower().split())
    if t in VAGUE_QUANTITIES or t in ("a few", "a couple of"):
        return True, 2.0 if "couple" in t else None
    return True, number_value(t)


def _date_at(anchor_day, unit: str, n: int) -> tuple[str, str] | None:
    """The ``unit``-granular value ``n`` units from ``anchor_day`` (n < 0: before).

    Calendar units are ``period_value``'s; only days and fortnights, which a
    count of units can name but a period phrase cannot, are read here.
    """
    if unit == "day":
        return fmt_day(anchor_day + timedelta(days=n)), "day"
    if unit == "fortnight":
        return fmt_week(anchor_day + timedelta(weeks=2 * n)), "week"
    if unit in ("weekend", "half"):  # "N weekends/halves ago" is not read as a date
        return None
    return period_value(unit, anchor_day, n)


#: Units of "… later/earlier" that count on from the story's last day, not from publication: a narrative
#: moves by days and weeks ("four days later"); "a year earlier" in a report compares with the year before.
NARRATIVE_UNITS = frozenset({"day", "week"})
#: How many sentences back that day may have been named.
NARRATIVE_REACH = 3


def read_ago(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"two years ago", "a year earlier", "three days later", "a week before"."""
    unit = unit_of(m.group("unit"))
    if unit in ("weekend", "night"):
        return None
    word = " ".join(m.group("dir").lower().split())
    given, n = _count(m.group("num"))
    if not given and not m.group("unit").lower().endswith("s"):
        return None
    if m.group("num") and m.group("num").lower() == "the":
        return None
    back = word in ("ago", "earlier", "back", "previously", "before")
    # "two weeks after", "a day before" with nothing after them: told from the story, like "later"
    from_story = word in ("earlier", "later", "previously", "after", "afterward", "afterwards", "before")
    if n is None:  # "years ago", "a few days earlier"
        if word in ("ago", "back", "previously"):
            return Reading("DATE", "PAST_REF", "ref")
        if word in ("from now", "hence"):
            return Reading("DATE", "FUTURE_REF", "ref")
    if n is None or n != int(n) or unit in ("second", "minute", "hour"):
        # "a few days later", "an hour later": the text gives the distance, not the day it lands on
        if from_story:
            value = duration_value(n, unit)
            return Reading("DURATION", value, "duration") if value else None
        return Reading("DATE", None, None)
    steps = -int(n) if back else int(n)
    if ctx.anchor is None:
        return Reading("DATE", None, unit)
    if unit == "year" and steps in (-1, 1):
        # The period the story is about: "profit rose from a year ago" after "the third quarter".
        sentence = ctx.sentence(start)
        quarters = [s for s in ctx.seen if s.sentence == sentence and s.reading.granularity == "quarter"
                    and s.reading.value and s.reading.type == "DATE" and s.reading.anchor is None]
        ref = quarters[0].reading.value if quarters else last_quarter(ctx, start, within=3)
        if ref:
            return Reading("DATE", shift_value(ref, "year", steps), "quarter", anchor=ref)
    if from_story:
        points = ctx.points(before=start, sentence=ctx.sentence(start), limit=1)
        if points:
            ref = points[0].reading.value
            shifted = shift_value(ref, unit, steps)
            if shifted:
                return Reading("DATE", shifted, points[0].reading.granularity, anchor=ref)
        if unit in NARRATIVE_UNITS:
            # "four days later", "two weeks earlier": counted from the day the story last established,
            # never from the publication date; unresolved when the story has established none.
            frame = ctx.narrative_day(start)
            if frame is not None and ctx.sentence(start) - frame.sentence > NARRATIVE_REACH:
                frame = None  # too far back to be the day this one follows
            shifted = shift_value(frame.reading.value[:10], unit, steps) if frame is not None else None
            return Reading("DATE", shifted, "day", anchor=frame.reading.value if shifted else None)
    if unit in ("decade", "century"):  # "a decade ago" names a year
        steps *= 10 if unit == "decade" else 100
        unit = "year"
    value = _date_at(ctx.anchor.day, unit, steps)
    return Reading("DATE", value[0], value[1]) if value else None


_FRACTION = re.compile(r"(?:an?|one|two|three)-quarters?$", re.IGNORECASE)
_YEARLIKE = re.compile(r"(?:1[5-9]|20)\d\d$")


def read_duration(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"ten years", "the past two months", "10-year", "several weeks", "decades"."""
    if m.group("old") or _AGE_AFTER.match(ctx.text, end):
        return None
    word = m.group("unit")
    unit = unit_of(word)
    if word[0].isupper() and start > 0 and ctx.text[start - 1] not in "\n\"'(" and not m.group("num"):
        return None
    if word[0].isupper() and m.group("num") and not m.group("num")[0].isupper():
        return None  # "60 Minutes": a name
    plural = word.lower().endswith("s")
    num = m.group("num") or ""
    if unit == "quarter" and (
        _FRACTION.search(ctx.text[start:end])
        or (num.lower() in ("a", "an", "one", "two", "three") and re.match(r"\s*,?\s+of\b", ctx.text[end:end + 6]))
    ):
        return BLOCK  # "three-quarters of", "a quarter of": fractions
    if _YEARLIKE.match(num) and not plural:
        return None  # "the 1988 quarter"
    given, n = _count(num)
    rel = " ".join((m.group("rel") or "").lower().split())
    approx = " ".join((m.group("approx") or "").lower().split())
    if not given and approx in ("another", "an additional", "a further", "an extra"):
        given, n = True, 1.0
    if not given and m.group("long") and not plural:
        given, n = True, 1.0  # "day-long"
    if not given:
        if not plural:
            return None  # "the year", "day": not a duration by itself
        if rel in ("the", "the same", "the full", "the entire") and unit not in ("year", "decade", "century"):
            return None
        if not rel and not approx and not m.group("long"):
            before = ctx.text[max(0, start - 12):start].lower()
            if not re.search(r"\b(?:for|in|over|within|after|recent|past|coming|took|takes|lasted)\s+$", before):
                return None
        n = None
    if (given and num.lower() in ("a", "an") and unit in ("second", "minute") and not approx
            and not re.match(r"\s*(?:or|and|ago|later|earlier|before|after|\.|,)", ctx.text[end:end + 8].lower())):
        return None  # "a second term", "a minute detail"
    if unit == "weekend" and not given:
        return None
    if m.group("num3"):
        n = None  # "12 to 18 months"
    value = duration_value(n, unit)
    if value is None:
        return None
    return Reading("DURATION", value, "duration")


_ADVERB_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "bimonthly": "P2M",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "fortnightly": "P2W",
}


def read_set_adverb(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"daily", "weekly": how often something happens.

    "quarterly" is left out: in business news it nearly always names a kind
    of report or dividend ("its quarterly dividend"), not a recurrence.
    """
    word = m.group("word").lower()
    if word == "quarterly":
        return BLOCK
    if ctx.doc is not None:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ in ("NOUN", "PROPN"):
            return BLOCK  # "the party daily": a newspaper
    return Reading("SET", _ADVERB_SETS[word], "set")


def read_set_every(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"every week", "each Thursday", "every two years", "each July"."""
    if m.group("wd"):
        if not capitalized(m.group("wd")):
            return None
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()]}", "set")
    if m.group("mon"):
        if not capitalized(m.group("mon")) or m.group("mon").lower().rstrip(".") not in MONTHS:
            return None
        return Reading("SET", f"XXXX-{month_number(m.group('mon')):02d}", "set")
    if m.group("part"):
        code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[m.group("part").lower()]
        return Reading("SET", f"XXXX-XX-XXT{code}", "set")
    unit = unit_of(m.group("unit"))
    given, n = _count(m.group("num"))
    if given and n is None:
        return None
    if "other" in m.group(0).lower():
        n = 2.0
    value = duration_value(n or 1.0, unit)
    return Reading("SET", value, "set") if value else None


def read_set_rate(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"twice a year", "$5 a year": the "a year" is a set (TimeML reads rates as sets)."""
    value = duration_value(1.0, m.group("unit").lower())
    return Reading("SET", value, "set") if value else None


def read_present(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    return Reading("DATE", "PRESENT_REF", "ref")


def read_past(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    return Reading("DATE", "PAST_REF", "ref")


def read_future(m: re.Match, ctx: Context, start: int, end: int) -> Reading | None:
    """"soon", "in the future". A "soon" told in the past tense ("was soon released") is not the future."""
    if m.group(0).lower().endswith("soon") and ctx.tense(start, end) == -1:
        return None
    return Reading("DATE", "FUTURE_REF", "ref")
