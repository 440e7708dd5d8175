"""The time bounds an events or timeline question sets (``analysis.bounds`` through ``read_question``)."""

from __future__ import annotations

import pytest

from newsgraph.query.questions import read_question


@pytest.mark.parametrize(("text", "start", "end"), [
    ("What has happened to the mill since March 2011?", "2011-03-01", None),  # since: from D's first day
    ("What happened to the mill after 2010?", "2011-01-01", None),  # after: from the day after D ends
    ("What happened to the mill after March 2011?", "2011-04-01", None),
    ("What happened to the mill after March 5, 2011?", "2011-03-06", None),
    ("What happened to the mill in the summer of 2011?", "2011-01-01", "2011-12-31"),  # the year, no season guessed
    ("What happened to the mill in early 2011?", "2011-01-01", "2011-12-31"),
    ("What happened to the mill between January 2011 and March 2011?", "2011-01-01", "2011-03-31"),
    ("What happened to the mill in August?", None, None),  # no year: no guess
])
def test_bounds_read_from_the_question(store, text, start, end):
    q = read_question(store, text)
    assert (q.start, q.end) == (start, end)
