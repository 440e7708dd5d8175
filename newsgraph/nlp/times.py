"""Time expressions: every one the article has, with its TIMEX3 value.

newsgraph's own patterns (``newsgraph.nlp.timex``) find and read dates,
times, durations, sets and the PAST/PRESENT/FUTURE references against the
publication date; spaCy's DATE/TIME entities add the expressions the patterns
do not know, kept with ``value=None`` because nothing in them was understood
(never guessed). Ages, which spaCy calls DATE, are not time expressions of
the story and are left out.
"""

from __future__ import annotations

import re

from ..models import Article, TimeExpr
from .timex import find_times, parse_anchor
from .timex.extract import counted_from_report
from ..lexicon.dateline import DATELINE_SENTENCES, DATELINE_WORDS, is_dateline

#: A word that makes a stretch of text about time; spaCy's DATE/TIME entities without one
#: ("the S&P 500", "Adam") are not kept.
_CALENDAR_WORD = re.compile(
    r"\b(?:days?|nights?|weeks?|weekends?|months?|quarters|years|decades?|century|centuries|hours?|minutes?"
    r"|mornings?|afternoons?|evenings?|spring|summers?|autumn|winters?|"
    r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|\w+day|\w+ties)\b"
)
_AGE = re.compile(r"\b(?:\d+|[a-z]+)[-\s]years?[-\s]old\b|\byears?\s+old\b|\baged?\b|\bold\b", re.IGNORECASE)
_NOT_TIME = re.compile(r"^[\d.,\s%$]*$")

#: The granularities ``TimeExpr`` documents; a half-year ("2024-H1") is reported as quarter
#: granularity (it is made of whole quarters), a weekend as week.
GRANULARITIES = frozenset({"day", "month", "year", "decade", "century", "quarter", "season", "week", "time",
                           "duration", "set", "ref"})
_GRANULARITY_OF = {"half": "quarter", "weekend": "week"}


def _granularity(name: str | None) -> str | None:
    name = _GRANULARITY_OF.get(name, name) if name else None
    return name if name in GRANULARITIES else None


def _spacy_extras(doc, taken: bytearray) -> list[TimeExpr]:
    """spaCy DATE/TIME entities that overlap nothing the patterns found (value unknown)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        if any(taken[start:end]) or _AGE.search(ent.text) or _NOT_TIME.match(ent.text):
            continue
        if len(ent) < 2 or not _CALENDAR_WORD.search(ent.text):
            continue  # a lone word the patterns passed over ("annual", "months") or no time word at all
        out.append(TimeExpr(start, end, ent.text, type=ent.label_, value=None, granularity=None))
    return out


def _dateline_day(doc, found) -> str | None:
    """The day the article's dateline prints (``lexicon.dateline``): the first of its first sentences that says
    nothing but a whole calendar day, or None (no parse, no such line)."""
    if doc is None:
        return None
    for i, sent in enumerate(doc.sents):
        if i >= DATELINE_SENTENCES:
            break
        if len(sent.text.split()) > DATELINE_WORDS:
            continue
        inside = [(f.start, f.end, doc.text[f.start:f.end], f.reading.type, f.reading.value) for f in found
                  if f.start >= sent.start_char and f.end <= sent.end_char]
        if inside and (day := is_dateline(sent.text, inside, sent.start_char)) is not None:
            return day
    return None


def read_times(doc, article: Article) -> list[TimeExpr]:
    """The article's time expressions in text order, each read against ``article.published``."""
    text = article.text
    anchor = parse_anchor(article.published)
    found = find_times(text, anchor, doc, keep_blocked=True)
    if anchor is None and (day := _dateline_day(doc, found)) is not None:
        # an undated article's days counted from the report ("today", "yesterday", "this morning") are those of
        # the day its dateline prints; a weekday or a month's day without its year stays unread (the year or week
        # a tense would pick is a guess: "was set for October 28" is no October 28 before the report)
        dated = {(f.start, f.end): f for f in find_times(text, parse_anchor(day), doc, keep_blocked=True)
                 if counted_from_report(f)}
        found = [dated.get((f.start, f.end), f) for f in found]
    blocked = [f for f in found if f.reading.type == "NONE"]
    found = [f for f in found if f.reading.type != "NONE"]
    times = [
        TimeExpr(
            f.start, f.end, text[f.start:f.end], type=f.reading.type, value=f.reading.value,
            granularity=_granularity(f.reading.granularity), anchor=f.reading.anchor,
        )
        for f in found
    ]
    if doc is not None:
        taken = bytearray(len(text))
        for t in (*times, *blocked):
            taken[t.start:t.end] = b"\x01" * (t.end - t.start)
        times.extend(_spacy_extras(doc, taken))
        times.sort(key=lambda t: (t.start, t.end))
    return times
