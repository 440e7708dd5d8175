"""A timeline asked without the word (session 15): "how did X unfold / develop / change from A to B", "trace …",
"… in order" ask for the course of events, and get dated lines in time order like "Timeline of X". Every question
and sentence here is made up."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_timeline_words import _world

from newsgraph.query import ask
from newsgraph.query.analysis import answer_type, timeline_cue
from newsgraph.query.questions import read_question


@pytest.mark.parametrize("question", [
    "How did the Zephyr saga unfold?",
    "How has the bakery's business developed since 2019?",
    "How did the club's ownership change from 1998 to 2011?",
    "How did the strike play out?",
    "Trace the case from the theft to the trial.",
    "List the coaches the team fired this year, in order.",
    "Walk me through the recall.",
    "List the events of the festival in chronological order.",
    "Put the moves of the chess match in the order they happened.",
    "What were the main developments, in order?",
])
def test_a_course_of_events_is_a_timeline(question):
    assert answer_type(question, entities=1, content_words=2) == "timeline"


@pytest.mark.parametrize("question", [
    "How did the vote change?",  # one change may be asked: no span over which things changed
    "How did the fire start?",
    "What changed in the new contract?",
    "How did the mayor develop the plan?",  # a verb of making, asked of how: no "did X develop" course
    "List the winners in order.",  # a ranking: the things listed are named by no act
    "List the top three finishers of the regatta, in order.",
])
def test_near_misses_keep_their_type(question):
    assert answer_type(question, entities=1, content_words=2) != "timeline"


def test_the_words_that_ask_for_a_timeline_are_not_its_topic(store):
    _world(store)
    q = read_question(store, "How did the Zephyr unfold?")
    assert q.answer_type == "timeline" and q.words == ["zephyr"]


@pytest.mark.parametrize(("question", "cue"), [
    ("What is the timeline of the restraining order?", set()),  # the topic's "order" is no cue
    ("Give the chronology of the walkout and the order to return.", set()),
    ("How did the order to close the bakery develop?", {"develop"}),
    ("Trace the restraining order from its filing to its end.", {"trace"}),
    ("List the events of the fair in chronological order.", {"chronological", "order"}),
    ("How did the strike play out?", {"play out"}),
])
def test_only_the_words_that_ask_are_cues(question, cue):
    assert timeline_cue(question) == cue


def test_a_topic_keeps_its_own_word_order(store):
    _world(store)
    q = read_question(store, "What is the timeline of the Zephyr order?")
    assert q.answer_type == "timeline" and "order" in q.words
    asked = read_question(store, "How did the Zephyr order develop?")
    assert asked.answer_type == "timeline" and "order" in asked.words and "develop" not in asked.words


def test_an_unfolding_is_answered_by_dated_lines(store):
    _world(store)
    answer = ask(store, "How has the Zephyr developed since 2021?")
    assert_supported(store, answer)
    assert answer.answer.index("2021-03-02") < answer.answer.index("April 2023")
    assert "kettle" not in answer.answer


def _two_names(store):
    """A mill and its town: a name that qualifies the mill ("the Dunmore Kesta Mills fire") is no second party."""
    from test_query_build import Doc

    d = Doc("2022-06-06", [
        "Fire closes Kesta Mills",
        "A fire gutted Kesta Mills in Dunmore on Sunday 5 June 2022 .",
        "A cook was charged with arson on 6 June 2022 .",
    ], source="Wire")
    mill = d.entity("Kesta Mills", "ORG")
    d.entity("Dunmore", "GPE")
    d.claim(1, "A fire", "gutted", mill, "happened", lemma="gut", time=("2022-06-05", "on Sunday 5 June 2022"))
    d.claim(2, "A cook", "was charged", None, "happened", lemma="charge", time=("2022-06-06", "on 6 June 2022"))
    d.write(store)
    return store


def test_a_name_that_qualifies_the_focus_is_no_partner(store):
    from newsgraph.query.eventlist import _partners

    _two_names(store)
    q = read_question(store, "Timeline of the Dunmore Kesta Mills fire")
    assert len(q.entities) == 2 and len(_partners(q.text, list(q.entities), course=True)) == 1
    joined = read_question(store, "Timeline of the dispute between Dunmore and Kesta Mills")
    assert len(_partners(joined.text, list(joined.entities), course=True)) == 2
    # "what did A do at B?": B places the events asked, and stays
    at = read_question(store, "What happened to Kesta Mills at Dunmore?")
    assert len(_partners(at.text, list(at.entities))) == 2
