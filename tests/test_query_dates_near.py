"""A sentence that states two dates dates each clause by its own: the date of a claim is the one nearest its verb
("the vote is due by Friday; the town faces a May 19 deadline": May 19 for "faces"), whether or not the dates could
be placed on the calendar (an article with no publication date)."""

from __future__ import annotations

from test_query_clock import _Times

from newsgraph.query.extract import date_span
from newsgraph.query.types import Citation, ClaimView


def _claim(text: str, predicate: str) -> ClaimView:
    citation = Citation(article="a", published=None, source=None, title=None, sentence=0, start=0, end=len(text),
                        text=text)
    return ClaimView(article="a", id="c1", kind="event", subject="the town", subject_entity=None, predicate=predicate,
                     lemma=predicate, object=None, object_entity=None, status="happened", time=None, time_text=None,
                     source=None, source_entity=None, source_kind=None, quote=None, args={}, day=None,
                     citation=citation)


def _times(text: str, *said: str, value: str | None = None) -> _Times:
    return _Times([(text.index(w), text.index(w) + len(w), w, "DATE", value) for w in said])


TEXT = "The vote is due by Friday ; the town faces a May 19 deadline on its bonds ."


def test_the_date_nearest_the_claim_s_verb_dates_it():
    span = date_span(_times(TEXT, "Friday", "May 19"), _claim(TEXT, "faces"))
    assert span is not None and span.text == "May 19"
    span = date_span(_times(TEXT, "Friday", "May 19"), _claim(TEXT, "is due"))
    assert span is not None and span.text == "Friday"


def test_the_asked_verb_when_the_sentence_says_it_goes_first():
    span = date_span(_times(TEXT, "Friday", "May 19"), _claim(TEXT, "faces"), near=[TEXT.index("vote")])
    assert span is not None and span.text == "Friday"
