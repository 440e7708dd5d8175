"""The day an article with no publication date prints at its top: its dateline.

News pages print their date in a line of its own near the headline ("THURSDAY, APRIL 11, 2013, 12:12 AM",
"Tuesday 28 April 2009 22.34 BST", "updated 8:41 p.m. EST, Tue March 3, 2009"). When an article came without a
publication date (a text file, a corpus document), that line is the article's own statement of when it was
reported: a timeline places the article's undated events at that day, marked "Reported", as it places those of
a dated article at its publication day. Only a line that says nothing but a whole calendar day (beside a weekday,
a clock time, a time zone and words like "updated") counts; a sentence that merely holds a date ("The trial opened
on April 9, 2013") tells of an event, not of the report, and no day is guessed from a month or a year alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..lexicon.dateline import DATELINE_SENTENCES, DATELINE_WORDS, WEEKDAY, is_dateline
from .types import ClaimView

__all__ = ["DATELINE_ARTICLES", "WEEKDAY", "datelines", "is_dateline", "with_datelines"]

#: How many undated articles a timeline reads datelines for, at most (one small read each).
DATELINE_ARTICLES = 40


def datelines(store, articles: Iterable[str]) -> dict[str, str]:
    """Each article's dateline day (``is_dateline``), by article id, for those of ``articles`` whose first
    ``DATELINE_SENTENCES`` sentences print one (the first such line); at most ``DATELINE_ARTICLES`` articles read,
    each article's times in one read (over the stretch of its short sentences), not one read a sentence."""
    from .load import sentence_citations

    wanted = list(dict.fromkeys(articles))[:DATELINE_ARTICLES]
    short: dict[str, list] = {}
    for citation in sentence_citations(store, [(a, i) for a in wanted for i in range(DATELINE_SENTENCES)]):
        if len(citation.text.split()) <= DATELINE_WORDS:
            short.setdefault(citation.article, []).append(citation)
    found: dict[str, str] = {}
    for article, citations in short.items():
        citations.sort(key=lambda c: c.start)
        times = store.times_in(article, citations[0].start, max(c.end for c in citations))
        for citation in citations:
            inside = [t for t in times if t[0] >= citation.start and t[1] <= citation.end]
            day = is_dateline(citation.text, inside, citation.start)
            if day is not None:
                found[article] = day
                break
    return found


def with_datelines(store, claims: list[ClaimView]) -> list[ClaimView]:
    """The claims, those of articles with no publication date given their article's dateline day as the day they
    were reported (``datelines``), on the claim and on its citation (the article's day, as a dated article's
    citation carries it); the others unchanged."""
    undated = [c.article for c in claims if not c.day]
    if not undated:
        return claims
    days = datelines(store, undated)
    return [replace(c, day=days[c.article], citation=replace(c.citation, published=days[c.article]))
            if not c.day and c.article in days else c for c in claims]
