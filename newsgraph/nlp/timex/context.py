"""What a reader of one expression may consult: the anchor, the parse, and what came before.

Expressions are read in text order. Most need only the publication date (the
anchor) and, for a bare weekday or month, the tense of their verb. Some are
read against the story's own time instead ("the next day", "a year earlier",
"the quarter"): for those the context keeps every value read so far, with the
sentence it was in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .calendar import Anchor
from .tense import NONE, tense_at

#: Rules that read a day written out in full (month and day, or all digits), not one counted from the
#: publication date.
EXPLICIT_DAY_RULES = frozenset({"iso", "slash", "mdy", "dmy", "anchored"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

#: Granularities of a point in time (not durations, sets or PAST_REF-like references).
POINT_GRANULARITIES = frozenset({"day", "time", "week", "month", "quarter", "half", "season", "year", "decade"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What an expression means: its TIMEX3 type and value, and how fine that value is."""

    type: str
    value: str | None
    granularity: str | None
    anchor: str | None = None  # the value it was read against, when not the publication date


#: What a reader gives back for text that looks like a time but is not one ("$5 a year" is a
#: rate): it keeps other rules (and spaCy) off that text, and is not reported.
BLOCK = Reading("NONE", None, None)


@dataclass(slots=True)
class Seen:
    """An expression already read, kept for the ones read against the story's time."""

    start: int
    end: int
    sentence: int
    reading: Reading
    rule: str = ""  # the rule that read it ("mdy", "weekday", …)


def _start(seen: Seen) -> int:
    return seen.start


@dataclass(slots=True)
class Context:
    """The anchor, the parsed ``doc`` (may be None), and the values read so far."""

    text: str
    anchor: Anchor | None
    doc: object | None = None
    seen: list[Seen] = field(default_factory=list)
    _sent_starts: list[int] | None = None
    _tenses: dict[tuple[int, int], int] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> int:
        """PAST, NONE or FUTURE for the verb governing ``start:end`` (NONE without a parse)."""
        if self.doc is None:
            return NONE
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = tense_at(self.doc, start, end)
        return self._tenses[key]

    def sentence(self, offset: int) -> int:
        """The index of the sentence that holds ``offset`` (0 without a parse)."""
        if self.doc is None:
            return 0
        if self._sent_starts is None:
            self._sent_starts = [s.start_char for s in self.doc.sents]
        return max(0, bisect.bisect_right(self._sent_starts, offset) - 1)

    def ent_label(self, start: int, end: int) -> str | None:
        """spaCy's entity label over ``start:end`` ('' when none; None without a parse)."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return ""
        return span[0].ent_type_

    def token(self, start: int, end: int):
        """The first token of ``start:end`` in the parse (None without one)."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def add(self, start: int, end: int, reading: Reading, rule: str = "") -> None:
        bisect.insort(self.seen, Seen(start, end, self.sentence(start), reading, rule), key=_start)

    def replace(self, start: int, reading: Reading) -> None:
        """The reading of the expression seen at ``start``, read again."""
        i = bisect.bisect_left(self.seen, start, key=_start)
        if i < len(self.seen) and self.seen[i].start == start:
            self.seen[i].reading = reading

    def narrative_day(self, before: int, *, paragraph: bool = False) -> Seen | None:
        """The day the story last established before ``before``: the nearest point of day (or time)
        granularity. With ``paragraph``, only a date written out in full ("June 3", "2020-06-03")
        in the same paragraph (no blank line between), the frame a retrospective passage sets.
        """
        for i in range(bisect.bisect_left(self.seen, before, key=_start) - 1, -1, -1):
            seen = self.seen[i]
            if paragraph and _PARAGRAPH_BREAK.search(self.text, seen.end, before):
                return None
            r = seen.reading
            if not (r.value and r.granularity in ("day", "time") and r.type in ("DATE", "TIME")):
                continue
            if not paragraph or seen.rule in EXPLICIT_DAY_RULES:
                return seen
        return None

    def points(self, *, before: int | None = None, sentence: int | None = None, granularities=POINT_GRANULARITIES,
               limit: int | None = None):
        """Resolved point expressions, nearest first: before ``before``, in ``sentence`` if given, at most
        ``limit`` of them (a reader that wants the nearest one need not walk back through a long text)."""
        out = []
        last = len(self.seen) if before is None else bisect.bisect_left(self.seen, before, key=_start)
        for i in range(last - 1, -1, -1):
            s = self.seen[i]
            if sentence is not None and s.sentence != sentence:
                if s.sentence < sentence:
                    break  # seen is in text order: the sentences before hold no more
                continue
            r = s.reading
            if r.value and r.granularity in granularities and r.type in ("DATE", "TIME"):
                out.append(s)
                if limit is not None and len(out) >= limit:
                    break
        return out
