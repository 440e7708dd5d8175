"""Questions that ask for a figure by its noun ("what price …", "what was the turnout …", "how much longer …") are
read as the figure's type, and a short answer of a figure's type that has no figure's shape is not stated first
(``fits.shapeless``): "the death penalty" for a length of time, a film for a price. Every question and sentence
here is made up."""

from __future__ import annotations

import pytest
from test_query_spans import _cite

from newsgraph.query.analysis import answer_type
from newsgraph.query.fits import doubt, shapeless
from newsgraph.query.questions import read_question


@pytest.mark.parametrize(("question", "kind"), [
    ("What price will the new tablets sell for?", "money"),
    ("What was the total cost of the bridge repairs?", "money"),
    ("What was the cost of the stadium?", "money"),
    ("What bail did the judge set?", "money"),
    ("What was the turnout in the runoff vote?", "number"),
    ("How much longer will the strike last?", "duration"),
    ("How much sooner did the ferry arrive?", "duration"),
    ("How much did the council spend on the parade?", "money"),
])
def test_a_figure_asked_by_its_noun(question, kind):
    assert answer_type(question, entities=0, content_words=3) == kind


@pytest.mark.parametrize("question", ["What cost the mayor her seat?", "What did the strike cost the port?"])
def test_cost_as_a_verb_asks_no_sum(question):
    assert answer_type(question, entities=0, content_words=3) != "money"


@pytest.mark.parametrize(("kind", "short", "shapeless_"), [
    ("duration", "the death penalty", True),
    ("duration", "three more weeks", False),
    ("duration", "life", False),
    ("duration", "since 2001", False),
    ("money", "full-length feature films", True),
    ("money", "around $ 9.99", False),
    ("money", "SGD1.75-billion", False),
    ("money", "85 million euros", False),
    ("money", "2.7 billion", False),
    ("number", "a parliamentary election", True),
    ("number", "dozens", False),
    ("number", "26", False),
    ("number", "two", False),
    ("person", "the American people", False),  # other types have no figure's shape to lack
])
def test_a_figures_shape(kind, short, shapeless_):
    assert shapeless(kind, short) is shapeless_


def test_a_shapeless_short_answer_is_doubted(store):
    q = read_question(store, "How much longer will the ferry crew stay in port?")
    assert q.answer_type == "duration"
    cite = _cite("The ferry crew thanked the harbour workers and will stay in port until the storm passes .")
    assert doubt(q, "the harbour workers", cite) == "shape"
    fine = _cite("The ferry crew will stay in port for three more days .")
    assert doubt(q, "three more days", fine) is None


@pytest.mark.parametrize(("question", "kind"), [
    ("At a minimum, how much longer will the ferry stay in port?", "duration"),
    ("According to police, how many people were hurt?", "number"),
    ("In 2009, which firm bought the plant?", "organisation"),
])
def test_a_phrase_before_the_question_word_leaves_its_kind(question, kind):
    assert answer_type(question, entities=0, content_words=3) == kind


@pytest.mark.parametrize(("text", "first"), [
    ("It is likely he will get 10 to 12 carries on Saturday .", "10 to 12 carries"),
    ("Between 40 and 60 people were hurt in the blast .", "Between 40 and 60 people"),
    ("The repairs took two or three days .", "two or three days"),
    ("About 30 to 40 homes burned .", "About 30 to 40 homes"),
    ("The Colts won 20 - 13 on Sunday , and 40 people left early .", "40 people"),  # a score is no range
])
def test_a_range_is_counted_whole(text, first):
    from newsgraph.query.extract import count_spans

    assert count_spans(_cite(text), {"carri", "peopl", "day", "home"})[0].text == first
