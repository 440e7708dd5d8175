"""The day an article with no publication date prints at its top: its dateline.

News pages print their date in a line of its own near the headline ("THURSDAY, APRIL 11, 2013, 12:12 AM",
"Tuesday 28 April 2009 22.34 BST", "updated 8:41 p.m. EST, Tue March 3, 2009"). When an article came without a
publication date (a text file, a corpus document), that line is the article's own statement of when it was
reported. Only a line that says nothing but a whole calendar day (beside a weekday, a clock time, a time zone and
words like "updated") counts; a sentence that merely holds a date ("The trial opened on April 9, 2013") tells of an
event, not of the report, and no day is guessed from a month or a year alone. ``nlp.times`` reads an undated
article's "today" and "Tuesday" against it; ``query.datelines`` places its undated events at it.
"""

from __future__ import annotations

import re

#: How many of an article's first sentences are read for its dateline (a headline, a byline, a caption or two, the
#: dateline).
DATELINE_SENTENCES = 8
#: The most words a dateline sentence has (a day, a weekday, a clock time, "updated"): a longer one is text.
DATELINE_WORDS = 16
#: A whole calendar day, as a TIMEX3 value gives it.
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A weekday's name, as a regex fragment (no word bounds: a caller sets its own).
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: What a dateline may say beside its day: weekdays, clock times, time zones, "updated"/"published", filler.
_BESIDE = re.compile(
    rf"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|{WEEKDAY}|updated?|"
    r"published|posted|last|on|at|am|pm|a|p|m|gmt|bst|utc|est|edt|cst|cdt|pst|pdt|cet|cest|\d{1,2}|\d{4})$",
    re.IGNORECASE)


def is_dateline(text: str, times: list[tuple[int, int, str, str, str | None]], start: int) -> str | None:
    """The day (YYYY-MM-DD) a sentence states as a dateline: it holds a TIMEX3 of a whole day and, outside its time
    expressions, only the words a dateline prints beside it; None for any other sentence. ``times`` are the
    sentence's TIMEX3 (start, end, text, type, value), offsets into the article; ``start`` the sentence's."""
    days = [value for _, _, _, kind, value in times if kind == "DATE" and value and _DAY.match(value)]
    if len(set(days)) != 1:
        return None
    rest = list(text)
    for t_start, t_end, *_ in times:
        for i in range(max(0, t_start - start), min(len(rest), t_end - start)):
            rest[i] = " "
    words = re.findall(r"[A-Za-z]+|\d+", "".join(rest))
    return days[0] if all(_BESIDE.match(w) for w in words) else None
