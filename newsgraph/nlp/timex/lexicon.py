"""The general words time expressions are built from, and the regex pieces for them.

Only general English vocabulary lives here (month and weekday names, number
words, calendar units, parts of the day, seasons, fixed holidays); the rules
that combine them are in ``patterns``, their meaning in ``normalize``.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}

#: Month names that are also ordinary words: they count as months only when
#: written with a capital and in a date-like neighbourhood (see ``patterns``).
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "dec", "sep", "jun", "jul"})

WEEKDAYS: dict[str, int] = {  # ISO: Monday is 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H",  # time units (after ``PT``)
    "day": "D", "week": "W", "weekend": "WE", "fortnight": "F", "month": "M", "quarter": "Q",
    "year": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: Parts of the day as TIMEX3 writes them (``T`` + code).
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "12:00", "noon": "12:00", "midnight": "24:00",
}

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}

#: Quantities that say "some number of" without a number: the TIMEX3 ``X``.
VAGUE_QUANTITIES = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "a couple of", "couple of",
    "a couple", "numerous", "countless", "a handful of",
})

#: Explicit time zones and their UTC offsets.
ZONES: dict[str, str] = {
    "utc": "Z", "gmt": "Z", "z": "Z",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
}

#: Holidays fixed to a day of the Gregorian calendar.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14),
    "may day": (5, 1), "st. patrick's day": (3, 17), "new year": (1, 1),
}
#: Holidays on the n-th (or last, -1) weekday of a month: (month, ISO weekday, n).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2), "father's day": (6, 7, 3), "columbus day": (10, 1, 2),
}
#: Holidays a number of days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7,
}


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def _month_pattern() -> str:
    full = ("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december")
    abbrevs = [m for m in MONTHS if m not in full]
    return rf"(?:{alternation(full)}|{alternation(abbrevs)}(?: ?\.)?)"


MONTH = _month_pattern()
WEEKDAY = alternation(WEEKDAYS)
SEASON = alternation(SEASONS)
DAY_PART = alternation(k for k in DAY_PARTS if k not in ("overnight",))

_NUM_WORD = alternation(list(ONES) + list(TENS))
#: A number written in words ("twenty-four", "two hundred") or digits ("24", "1,000", "2.5").
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?"
    r"|(?:an?\s+)?(?:hundred|thousand)"
    rf"|{_NUM_WORD}(?:[-\s]{_NUM_WORD})?(?:\s+(?:hundred|thousand))?(?:\s+and\s+a\s+half)?)"
)
VAGUE = alternation(VAGUE_QUANTITIES)
ORDINAL = rf"(?:{alternation(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
ZONE = "(?:" + "|".join(k.upper() for k in ZONES if k != "z") + ")"


def number_value(text: str) -> float | None:
    """The value of a NUMBER match: "twenty-four" → 24, "2 1/2" → 2.5, "a" → 1; None if vague."""
    t = text.lower().replace(",", "").strip()
    t = re.sub(r"\s+", " ", t)
    if t in ("a", "an", "one", "a single", "single"):
        return 1.0
    if t in VAGUE_QUANTITIES or t.endswith("couple of") or t == "couple":
        return 2.0 if "couple" in t else None
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        frac = int(m.group(2)) / int(m.group(3)) if m.group(2) else 0.0
        return float(m.group(1)) + frac + half
    total = 0
    current = 0
    if t.startswith(("a ", "an ")):
        t = t.split(" ", 1)[1]
    for word in re.split(r"[-\s]+", t):
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word == "and":
            continue
        else:
            return None
    return float(total + current) + half


def ordinal_value(text: str) -> int | None:
    t = text.lower()
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
    return int(m.group(1)) if m else None


# Trigger words: every match of a rule holds one of its triggers, so a rule only runs
# where the text has one (see ``extract``). Keys are lower-case ``\w+`` tokens; "#year"
# stands for a four-digit year, "#decade" for a token like "1990s" or "90s".
_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {d + "s" for d in WEEKDAYS}
_UNIT_WORDS = frozenset({
    "second", "seconds", "sec", "secs", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
    "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights",
    "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
    "millennium", "millennia",
})
_PART_WORDS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "overnight",
                         "midmorning", "midafternoon", "midevening"})
_SEASON_WORDS = frozenset(SEASONS)
_ZONE_WORDS = frozenset(ZONES)

TRIGGERS: dict[str, frozenset[str] | None] = {
    "iso": frozenset({"#year"}),  # an ISO date starts with a four-digit year, a word of its own
    "slash": None,
    "time": frozenset({"m", "am", "pm", "noon", "midday", "midnight", "clock", "morning", "afternoon", "evening"})
    | _ZONE_WORDS,
    "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "month_year": _MONTH_WORDS, "month": _MONTH_WORDS,
    "quarter": frozenset({"quarter", "half"}),
    "year_period": frozenset({"quarter", "period"}),
    "holiday": frozenset({"christmas", "thanksgiving", "easter", "year", "halloween", "valentine", "day"})
    | _WEEKDAY_WORDS,
    "named_day": frozenset({"today", "tonight", "tomorrow", "yesterday"}),
    "part_of_day": _PART_WORDS,
    "weekday": _WEEKDAY_WORDS, "weekday_set": _WEEKDAY_WORDS,
    "ago": frozenset({"ago", "earlier", "later", "back", "hence", "previously", "now", "after", "afterwards",
                      "afterward", "before"}),
    "set_rate": _UNIT_WORDS,
    "set_every": frozenset({"every", "each", "per"}),
    "set_adverb": frozenset({"daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
                             "biweekly", "bimonthly", "semiannually", "semi", "biannually", "fortnightly"}),
    "same_period": frozenset({"same"}),
    "period": _UNIT_WORDS | {"period", "half", "season"},
    "ref_relative": _UNIT_WORDS | _PART_WORDS,
    "duration": _UNIT_WORDS,
    "season": _SEASON_WORDS,
    "spoken_year": frozenset({"nineteen", "eighteen", "twenty", "thousand"}),
    "year_end": frozenset({"end"}),
    "year_ago_adj": frozenset({"earlier", "ago", "before", "prior"}),
    "day_time": _PART_WORDS | {"day", "week", "month", "year"},
    "decade_word": frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                              "nineties"}),
    "century": frozenset({"century"}),
    "decade": frozenset({"#decade"}),
    "year": frozenset({"#year"}),
    "present_ref": frozenset({"now", "currently", "presently", "nowadays", "days", "present", "moment", "time",
                              "current"}),
    "past_ref": frozenset({"recently", "lately", "formerly", "past", "ago", "while", "time"}),
    "future_ref": frozenset({"soon", "sooner", "future", "term", "run", "someday", "day", "line", "road", "course",
                             "years", "months", "weeks", "days", "date"}),
}
