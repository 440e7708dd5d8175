"""An article with no publication date is dated by its dateline, a line near its top that prints only a day
(``query.datelines``): its undated events sit at that day, marked "Reported", in a timeline. A sentence that
holds a date beside other words tells of an event and dates nothing. Invented articles."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.models import TimeExpr
from newsgraph.query.datelines import is_dateline
from tests.querykit import asked


def _times(text: str, *found: tuple[str, str, str | None]) -> list[tuple[int, int, str, str, str | None]]:
    out = []
    for phrase, kind, value in found:
        start = text.index(phrase)
        out.append((start, start + len(phrase), phrase, kind, value))
    return out


@pytest.mark.parametrize(("text", "found", "day"), [
    ("TUESDAY , MAY 14 , 2024 , 9 : 10 AM", [("TUESDAY , MAY 14 , 2024", "DATE", "2024-05-14"),
                                             ("9 : 10 AM", "TIME", None)], "2024-05-14"),
    ("Tuesday 14 May 2024 22.34 BST", [("Tuesday 14 May 2024", "DATE", "2024-05-14")], "2024-05-14"),
    ("updated 8:41 p.m. EST, Tue May 14, 2024", [("May 14, 2024", "DATE", "2024-05-14")], "2024-05-14"),
    # a sentence that tells of an event on a day is no dateline
    ("The ferry terminal closed on May 14, 2024.", [("May 14, 2024", "DATE", "2024-05-14")], None),
    # a month or a year alone is no day
    ("May 2024", [("May 2024", "DATE", "2024-05")], None),
    # two different days: which is the report's is not said
    ("May 14, 2024 - May 15, 2024", [("May 14, 2024", "DATE", "2024-05-14"), ("May 15, 2024", "DATE", "2024-05-15")],
     None),
])
def test_a_dateline_prints_a_whole_day_and_nothing_else(text, found, day):
    assert is_dateline(text, _times(text, *found), 0) == day


def _ferry(store, dateline: str):
    d = Doc(None, [
        "Fire shuts Kelso ferry terminal",
        dateline,
        "A fire closed the Kelso ferry terminal on Monday .",
        "Kelso Ferries said the terminal will reopen next month .",
    ], source="Valley Post")
    kelso = d.entity("Kelso Ferries", "ORG")
    d.entity("Kelso", "GPE")
    d.claim(2, "A fire", "closed", "the Kelso ferry terminal", "happened", lemma="close", time=(None, "on Monday"))
    d.claim(3, kelso, "said", "the terminal will reopen next month", "happened", lemma="say")
    annotated = d.build()
    start = annotated.sentences[1].start
    annotated.times.append(TimeExpr(start=start, end=start + len("TUESDAY , MAY 14 , 2024"),
                                    text="TUESDAY , MAY 14 , 2024", value="2024-05-14", granularity="day"))
    from newsgraph.resolve import link_article

    assert store.write_article(annotated, linker=link_article)
    return store


def test_an_undated_articles_events_are_reported_at_its_dateline(store):
    answer = asked(_ferry(store, "TUESDAY , MAY 14 , 2024 , 9 : 10 AM"), "Timeline of Kelso Ferries")
    assert "Reported 2024-05-14: Kelso Ferries said" in answer.answer, answer.answer


def test_without_a_dateline_no_day_is_given(store):
    answer = asked(_ferry(store, "TUESDAY , MAY 14 , 2024 , the terminal opened"), "Timeline of Kelso Ferries")
    assert "2024-05-14" not in answer.answer and "Date not stated" in answer.answer, answer.answer
