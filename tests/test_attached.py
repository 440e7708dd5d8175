"""A short answer is attached to the asked act (``query.attached``, the ``other act`` doubt of ``query.fits``).

Made-up sentences that tell of two acts: the span the other verb governs is doubted, the one the asked verb
governs is kept; so is a span of a sentence that says the asked act nowhere else (there is no rival act to
belong to), one a chain of verbs ties to the asked one, and one that measures a noun the question says.
"""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_spans import _cite, _world

from newsgraph.query import ask
from newsgraph.query.attached import asked_act, governing_verb, other_act, verbs
from newsgraph.query.fits import doubt
from newsgraph.query.questions import read_question

_FLOOD = "The storm flooded 40 homes along the river and damaged 300 more , officials said ."
_FERRY = "Ida Vorn was walking her 3 dogs when the bridge collapsed near the pier ."
_RALLY = "The drivers were made to stop at the Elm depot , where the thieves took the vans and fled ."
_MILL = "A fire that destroyed 12 barns was put out after the crews arrived ."


def _other(question: str, sentence: str, span: str) -> str | None:
    return other_act(question, _type(question), sentence, sentence.index(span), len(span))


def _type(question: str) -> str:
    return "place" if question.lower().startswith(("where", "in which")) else "number"


@pytest.mark.parametrize(("question", "sentence", "span", "verb"), [
    # two acts, the span governed by the other one
    ("How many homes were damaged?", _FLOOD, "40 homes", "flooded"),
    ("How many homes were damaged?", _FLOOD, "300 more", None),
    ("How many homes were flooded?", _FLOOD, "40 homes", None),
    ("How many times did the bridge collapse?", _FERRY, "3 dogs", "walking"),
    ("How many barns burned?", _MILL, "12 barns", None),  # the asked noun is the span's own
    # a figure that says its own noun counts that, not the asked noun after it ("a four-truck poacher raid")
    ("How many poachers were arrested?", "Rangers foiled a four - truck poacher raid on Monday arresting 9 men .",
     "four - truck", "foiled"),
    # a light verb of the question ("take") asks no act: "asked" is no paraphrase of it
    ("How long did the panel take to decide?", "The panel asked to review a tape of Ned Ulm boasting two days "
     "after the vote and then decided .", "two days", "boasting"),
    # a verb in the base form after "to" governs ("made to stop at"), and is not the asked act
    ("Where did the thieves flee?", _RALLY, "Elm depot", "stop"),
    # the sentence says no asked act besides the span's verb: no rival act, nothing doubted
    ("How many homes were lost?", "The storm flooded 40 homes .", "40 homes", None),
    # a chain of verbs that ends in the asked one ("was found abandoned at"), and a noun the question says
    # between the verb and the span ("their bout at"), keep the span
    ("Where was the van found?", "The van was found abandoned at the Elm depot after the crews arrived .",
     "Elm depot", None),
    ("Where was the bout held?", "Ann Lee beat Ida Vorn after two rounds of their bout at the Elm Arena , "
     "which was held in May .", "Elm Arena", None),
])
def test_other_act_names_the_verb_of_another_act(question, sentence, span, verb):
    assert _other(question, sentence, span) == verb


def test_a_length_of_time_is_not_checked():
    """A length of time measures a whole event, whichever verb stands nearest it ("ending a 41-year search"): the
    same span a number question would doubt is left alone for a duration question, as ``governed`` leaves it."""
    sentence = "Rangers arrested the poacher on Friday , ending a 41 - year search of the hills ."
    question = "How long did it take the rangers to arrest the poacher?"
    at = sentence.index("41 - year")
    assert other_act(question, "duration", sentence, at, len("41 - year")) is None


def test_verbs_are_read_by_form_not_as_adjectives_nouns_or_prepositions():
    text = "The wounded clerks , including 2 guards , saw the embassy bombing and fled ."
    assert [w for _, w in verbs(text, 0, len(text))] == ["saw", "fled"]


def test_a_mark_or_that_parts_a_verb_from_the_span():
    text = "As the rain fell on Elm , 46 homes were flooded ."
    assert governing_verb(text, text.index("46")) is None
    text = "Ned Ulm estimated that 8 million phones were sold ."
    assert governing_verb(text, text.index("8 million")) is None


def test_a_question_word_or_its_paraphrase_says_the_verb():
    assert asked_act("How many people were wounded?", "injured")
    assert asked_act("When did the bomb go off?", "exploded")
    assert not asked_act("How many people were wounded?", "killed")


def test_stative_questions_ask_no_act():
    # "what was the record …", "how old …", "… have?": a value of a noun, set by whatever verb
    assert other_act("What was the team's record when the coach was fired?", "number",
                     "The coach was fired , with the team slumping at 9 wins .", 0, 0) is None


@pytest.mark.parametrize(("question", "sentence", "short", "found"), [
    ("How many homes were damaged?", _FLOOD, "40 homes", "other act"),
    ("How many homes were damaged?", _FLOOD, "300 more", None),
])
def test_the_other_act_doubt(store, question, sentence, short, found):
    assert doubt(read_question(store, question), short, _cite(sentence)) == found


def test_ask_quotes_a_sentence_whose_span_tells_of_another_act(store):
    _world(store, "2024-06-02", [_FLOOD], "Wire")
    answer = ask(store, "How many homes were damaged by the storm?")
    assert_supported(store, answer)
    assert answer.short_answer != "40 homes", answer.answer
