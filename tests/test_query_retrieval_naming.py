"""Retrieval for span questions whose answer stands beside a name and says none of the question's words.

"How old is Orla Venn?" is answered by "Orla Venn, 41, ...": no sentence says "old". A search by the
question's words finds the sentences that say the most of them; the ones that only name her must be read
too, those that set her name off by a comma first. Invented articles.
"""

from __future__ import annotations

import importlib

import pytest
from test_query_build import Doc

from newsgraph.query.analysis import answer_type
from tests.querykit import asked

ask_module = importlib.import_module("newsgraph.query.ask")

#: Sentences that name the skipper and say nothing of her age, her years at sea or her club.
_FILLER = [
    "Orla Venn steered the yacht past the harbour wall at dawn.",
    "Crowds cheered as Orla Venn waved from the deck.",
    "Orla Venn thanked the crew for a calm crossing.",
    "Sponsors praised Orla Venn for the record time.",
    "Orla Venn will rest for a week before the next race.",
    "Reporters asked Orla Venn about the storm near the cape.",
    "Orla Venn said the mast held better than she had hoped.",
    "The harbour master met Orla Venn on the quay.",
]


@pytest.fixture()
def sailing(store):
    older = Doc("2024-06-01", [
        "Orla Venn , 41 , set out from Vellport on Monday with a crew of six.",
        "Orla Venn , a 12 - year veteran of ocean racing , said the boat was ready.",
        *_FILLER[:4],
    ], source="Harbour Post")
    older.entity("Orla Venn", "PERSON", aliases=("Venn",))
    older.entity("Vellport", "GPE")
    older.write(store)
    for day, sentences in (("2024-06-08", _FILLER[4:]), ("2024-06-09", _FILLER[:4]), ("2024-06-10", _FILLER)):
        d = Doc(day, list(sentences), source="Coast Wire")
        d.entity("Orla Venn", "PERSON", aliases=("Venn",))
        d.write(store)
    return store


@pytest.mark.parametrize(("question", "figure"), [
    ("How old is Orla Venn?", "41"),  # "Orla Venn , 41 ,"
    ("How long has Orla Venn been racing?", "12"),  # "Orla Venn , a 12 - year veteran of ocean racing ,"
])
def test_a_figure_set_beside_the_name_answers(sailing, question, figure):
    answer = asked(sailing, question)
    assert answer.short_answer and figure in answer.short_answer.split(), answer.answer


def test_without_the_naming_sentences_the_age_is_not_found(sailing, monkeypatch):
    """The rule is what finds it: reading no sentence that only names her, the answer is not "41"."""
    monkeypatch.setattr(ask_module, "NAMING", 0)
    answer = asked(sailing, "How old is Orla Venn?")
    assert answer.short_answer != "41", answer.answer


def test_sentences_that_set_the_name_off_by_a_comma_come_first():
    apposed = ask_module._apposition({"Orla Venn", "Venn"})
    assert apposed.search("Orla Venn , 41 , set out.")
    assert apposed.search("The skipper, Venn, waved.")
    assert not apposed.search("Orla Venn set out on Monday, with six.")
    assert not ask_module._apposition(set()).search("Anyone , at all ,")


@pytest.mark.parametrize(("question", "kind"), [
    ("By when must the council decide on the bridge?", "date"),
    ("How soon do the new fares take effect?", "duration"),
    ("In how many races has Venn sailed this year?", "number"),
])
def test_a_leading_preposition_or_how_soon_keeps_the_kind(question, kind):
    assert answer_type(question, entities=1, content_words=2) == kind


def test_within_the_slack_a_sentence_naming_the_asked_entity_is_read_first(sailing):
    from newsgraph.query import fulltext
    from newsgraph.query.questions import read_question
    from tests.querykit import cite

    q = read_question(sailing, "Which club does Orla Venn sail for?")
    other = cite("Officials at the harbour say they sail for the Gull Club every summer.", 1)
    hers = cite("Orla Venn , a member of the Tern Club , waved.", 2)
    far = cite("Venn left.", 3)
    best = [(2.0, other), (1.0, hers), (0.5, far)]
    assert fulltext._naming_first(q, best) == [(1.0, hers), (2.0, other), (0.5, far)]
    assert fulltext._naming_first(q, [(2.0, other), (0.5, far)]) == [(2.0, other), (0.5, far)]  # beyond: kept


def test_a_name_word_written_in_lower_case_names_no_one(store):
    from newsgraph.query import fulltext
    from newsgraph.query.questions import read_question

    d = Doc("2024-03-01", ["Dale Orr heads the Bay and Wildlife Office in Vellport."])
    d.entity("Bay and Wildlife Office", "ORG")
    d.entity("Dale Orr", "PERSON")
    d.write(store)
    q = read_question(store, "Who heads the Bay and Wildlife Office?")
    # "wildlife" and "office" in lower case are words, not the office's name; "eBay" and "787" are written names
    assert fulltext.coverage(q, "Farmers say wildlife left the office grounds.") == 0.0
    assert fulltext.coverage(q, "The Wildlife Office closed.") >= 1.0
    assert {"ebay", "787", "lee"} <= fulltext.written_names("Lee sold a 787 model on eBay.")
    assert "model" not in fulltext.written_names("Lee sold a 787 model on eBay.")


def test_a_sentence_naming_no_one_asked_about_does_not_replace_what_one_naming_them_could_not(sailing):
    """Within SLACK the sentence naming the asked entity is read first; when it covers too little to replace the
    engine's answer, the search ends: a sentence about others is never the one that replaces it."""
    from newsgraph.query import fulltext
    from newsgraph.query.extract import Span
    from newsgraph.query.questions import read_question
    from tests.querykit import cite

    q = read_question(sailing, "Which club does Orla Venn sail for?")
    other = cite("Officials at the harbour say they sail for the Gull Club every summer.", 1)
    hers = cite("Orla Venn , a member of the Tern Club , waved.", 2)
    find = lambda c: [Span(text="Gull Club" if c is other else "Tern Club", citation=c)]  # noqa: E731
    best = [(4.0, other), (3.2, hers)]
    assert fulltext.answer_from(q, best, {"Orla Venn"}, find, mine=2.5, need=1.0) is None
    taken = fulltext.answer_from(q, best, {"Orla Venn"}, find, mine=2.0, need=1.0)
    assert taken is not None and taken[1] == "Tern Club"
