"""What a reader of one expression may consult: the anchor, the parse, and what came before.

Expressions are read in text order. Most need only the publication date (the
anchor) and, for a bare weekday or month, the tense of their verb. Some are
read against the story's own time instead ("the next day", "a year earlier",
"the quarter"): for those the context keeps every value read so far, with the
sentence it was in.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .calendar import Anchor
from .tense import NONE, tense_at

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

    def add(self, start: int, end: int, reading: Reading) -> None:
        self.seen.append(Seen(start, end, self.sentence(start), reading))
        self.seen.sort(key=lambda s: s.start)

    def points(self, *, before: int | None = None, sentence: int | None = None, granularities=POINT_GRANULARITIES):
        """Resolved point expressions, nearest first: before ``before``, in ``sentence`` if given."""
        out = []
        for s in reversed(self.seen):
            if before is not None and s.start >= before:
                continue
            if sentence is not None and s.sentence != sentence:
                continue
            r = s.reading
            if r.value and r.granularity in granularities and r.type in ("DATE", "TIME"):
                out.append(s)
        return out
