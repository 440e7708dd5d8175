"""A cause said in a sentence of its own, beside the one that says the event (``causes.next_cause``,
``causes.back_cause``; ``typed.reason`` reads them when no sentence says both)."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.causes import POINTS_BACK, back_cause, event_sentences, next_cause
from tests.querykit import asked, cite, claim_view, ungated


@pytest.mark.parametrize(("text", "points"), [
    ("That's why they have to close the plant.", True),
    ("That 's why they 're going to have to file .", True),  # tokenised text, as the corpora write it
    ("This is the reason the plant closes.", True),
    ("Nobody knows why the plant closes.", False),
    ("That was the plan all along.", False),
])
def test_a_sentence_points_back_only_with_that_or_this_is_why(text, points):
    assert (POINTS_BACK.search(text) is not None) is points


def test_the_next_sentence_gives_a_cause_only_with_a_strong_marker_and_right_after():
    event = cite("The plant is two years behind schedule.", 4)
    assert next_cause(event, cite("The project has been plagued by strikes and shortages.", 5)) is not None
    assert next_cause(event, cite("The plant employs 400 people.", 5)) is None  # no cause word
    assert next_cause(event, cite("The project has been plagued by strikes.", 6)) is None  # not adjacent
    assert next_cause(event, cite("The project has been plagued by strikes.", 5, "a2")) is None  # other article


def test_a_sentence_pointing_back_takes_the_short_sentences_just_before_it():
    event = cite("That's why they have to close the plant.", 9)
    before = [cite("The long report ran to many pages and listed every one of the plant's costs in detail, "
                    "line by line, for every year since it opened in the valley.", 5),
              cite("They said no.", 6), cite("That's it.", 7), cite("They tried.", 8)]
    short = [cite("No.", i) for i in range(4, 9)]
    assert [c.sentence for c in back_cause(event, short)[1]] == [6, 7, 8]  # three sentences at most
    found = back_cause(event, before)
    assert found is not None
    cause, taken = found
    assert cause.text == "They said no. That's it. They tried"
    assert [c.sentence for c in taken] == [6, 7, 8]
    assert back_cause(cite("They have to close the plant.", 9), before) is None  # does not point back
    assert back_cause(event, [cite("They said no.", 6)]) is None  # not just before it


def test_event_sentences_are_those_saying_most_of_the_question():
    said = cite("The plant was closed on Monday.", 1)
    other = cite("The weather was fine.", 2)
    assert event_sentences(["closed", "plant"], [other, said]) == [said]


@pytest.fixture()
def plant(store):
    d = Doc("2024-05-06", [
        "Brightwater Foods closed its Easton plant on Monday.",
        "It had been hit by a shortage of milk.",
        "The Easton plant opened in 1990.",
        "Officials asked the unions to accept lower pay.",
        "They said no.",
        "That's why the company had to lay off its drivers, a spokesman said.",
    ], source="Ledger of Trade")
    b = d.entity("Brightwater Foods", "ORG")
    d.entity("Easton", "GPE")
    d.claim(0, b, "closed", "its Easton plant", "happened", lemma="close", time=("2024-05-06", "on Monday"))
    d.write(store)
    return store


def test_why_is_answered_by_the_cause_in_the_next_sentence(plant):
    answer = asked(plant, "Why did Brightwater Foods close its Easton plant?")
    assert "shortage of milk" in answer.answer, answer.answer
    assert "shortage of milk" in answer.short_answer


def test_why_is_answered_by_what_a_pointing_back_sentence_follows(plant):
    answer = asked(plant, "Why did Brightwater Foods lay off its drivers?")
    assert answer.answer.startswith("“Officials asked the unions to accept lower pay. They said no”"), answer.answer


def _headline_claim(predicate: str, lemma: str, text: str, title: str | None, status: str = "happened"):
    return claim_view(predicate=predicate, lemma=lemma, object=None, status=status, text=text, title=title)


@pytest.mark.parametrize(("predicate", "lemma", "text", "title", "status", "said"), [
    ("dies", "die", "Ann Lee dies", "Ann Lee dies", "happened", "died"),  # the article's title
    ("makes", "make", "Ann Lee makes maiden flight", None, "happened", "made"),  # a headline line kept in the text
    ("resigns", "resign", "Ann Lee resigns.", None, "happened", "resigns"),  # a body sentence: as written
    ("dies", "die", "Ann Lee dies", "Ann Lee dies", "planned", "dies"),  # not an event that happened
    ("died", "die", "Ann Lee died", "Ann Lee died", "happened", "died"),
])
def test_a_headlines_present_tense_is_said_as_the_past_in_a_dated_line(predicate, lemma, text, title, status, said):
    from newsgraph.query.eventlist import in_past

    assert in_past(_headline_claim(predicate, lemma, text, title, status)).predicate == said


@pytest.fixture()
def envoy(store):
    d = Doc("2024-05-06", [
        "Brightwater Foods hired a retired banker on Monday as its new auditor.",
        "Ivo Lane, 61, a former banker, ran the Easton savings bank.",
        "Officials said a driver found the parcel near the depot.",
        "Ada Pell said she did not know who left it there.",
        "Ada Pell runs the depot.",
    ], source="Ledger of Trade")
    d.entity("Brightwater Foods", "ORG")
    d.entity("Ivo Lane", "PERSON", "Lane")
    d.entity("Ada Pell", "PERSON", "Pell")
    d.entity("Easton", "GPE")
    d.write(store)
    return store


def test_who_is_answered_by_the_name_opening_the_sentence_after_a_description(envoy, monkeypatch):
    ungated(monkeypatch)
    answer = asked(envoy, "Who did Brightwater Foods hire as its new auditor?")
    assert answer.short_answer == "Ivo Lane", answer.answer


def test_a_name_opening_a_sentence_on_another_matter_is_not_taken_for_the_one_described(envoy):
    answer = ask(envoy, "Who found the parcel?")  # the next sentence is about another matter
    assert answer.short_answer != "Ada Pell", answer.answer
