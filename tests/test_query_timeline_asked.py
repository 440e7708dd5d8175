"""A timeline asked without the word (session 15): "how did X unfold / develop / change from A to B", "trace …",
"… in order" ask for the course of events, and get dated lines in time order like "Timeline of X". Every question
and sentence here is made up."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_timeline_words import _world

from newsgraph.query import ask
from newsgraph.query.analysis import answer_type
from newsgraph.query.questions import read_question


@pytest.mark.parametrize("question", [
    "How did the Zephyr saga unfold?",
    "How has the bakery's business developed since 2019?",
    "How did the club's ownership change from 1998 to 2011?",
    "How did the strike play out?",
    "Trace the case from the theft to the trial.",
    "List the coaches the team fired this year, in order.",
    "Walk me through the recall.",
])
def test_a_course_of_events_is_a_timeline(question):
    assert answer_type(question, entities=1, content_words=2) == "timeline"


@pytest.mark.parametrize("question", [
    "How did the vote change?",  # one change may be asked: no span over which things changed
    "How did the fire start?",
    "What changed in the new contract?",
    "How did the mayor develop the plan?",  # a verb of making, asked of how: no "did X develop" course
])
def test_near_misses_keep_their_type(question):
    assert answer_type(question, entities=1, content_words=2) != "timeline"


def test_the_words_that_ask_for_a_timeline_are_not_its_topic(store):
    _world(store)
    q = read_question(store, "How did the Zephyr unfold?")
    assert q.answer_type == "timeline" and q.words == ["zephyr"]


def test_an_unfolding_is_answered_by_dated_lines(store):
    _world(store)
    answer = ask(store, "How has the Zephyr developed since 2021?")
    assert_supported(store, answer)
    assert answer.answer.index("2021-03-02") < answer.answer.index("April 2023")
    assert "kettle" not in answer.answer
