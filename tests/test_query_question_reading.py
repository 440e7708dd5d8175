"""How a question is read (session 11, "verb"): its noun of kind, its focus and its predicate, by facts of how
reporters and readers write questions. Every question and sentence here is made up."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query.analysis import answer_type, kind_word
from newsgraph.query.nameforms import abbreviated_forms
from newsgraph.query.questions import read_question


@pytest.mark.parametrize(("question", "kind"), [
    # an initialism before the noun of kind is one word ("U.S."), not "u" and "s" ("s" ends a noun phrase)
    ("Which U.S. senator voted against the farm bill?", "person"),
    ("Which U.K. carrier cancelled the most flights?", "organisation"),
    # a possessor that is a noun of kind is what is asked ("which airline's jet": the airline)
    ("Which airline's jet was grounded at the airport?", "organisation"),
    ("Which team's coach was fined?", "organisation"),
    # "what number …" asks a figure (an ordinal), whatever noun of kind follows it
    ("What number head coach of the club is Ann Lee?", "number"),
    ("What percentage of the vote did the mayor win?", "number"),
])
def test_noun_of_kind(question, kind):
    assert answer_type(question, entities=1, content_words=2) == kind


def test_called_with_an_object_is_no_title_frame():
    # "called X a Y" is the verb "call someone something": no title is asked
    assert answer_type("Which union leader called the mayor a coward?", entities=0, content_words=4) != "title"
    assert answer_type("What was the bakery called before it was sold?", entities=0, content_words=2) == "title"
    assert answer_type("What is the new album titled?", entities=0, content_words=2) == "title"


def test_a_suburb_is_a_noun_of_kind():
    assert kind_word("In which suburb did the mayor live?") == "suburb"


def test_the_possessor_is_the_noun_of_kind():
    assert kind_word("Which airline's jet was grounded?") == "airline"
    assert kind_word("Which state medical group did she lead?") == "group"  # no possessor: the head, as before


@pytest.fixture()
def shouted(store):
    """A headline's first word in capitals read as an organisation ("FIRE"), a parliament named with one
    capital, a peak written short ("Mt Kesta")."""
    d = Doc("2024-06-02", [
        "FIRE guts the Elm Street bakery.",
        "A fire destroyed the Elm Street bakery on Saturday, and a man was charged with arson.",
        "The Parliament will vote on the budget on Thursday.",
        "Two hikers died on Mt Kesta over the weekend.",
        "Ann Lee founded Kestrel Foods in 1990.",
    ], source="Valley Post")
    d.entity("FIRE", "ORG")
    d.entity("Parliament", "ORG")
    d.entity("Mt Kesta", "LOC")
    d.entity("Ann Lee", "PERSON")
    d.entity("Kestrel Foods", "ORG")
    d.write(store)
    return store


def test_a_lower_case_word_is_no_name_given_in_capitals(shouted):
    q = read_question(shouted, "Who was charged over the fire?")
    assert q.entities == [] and "fire" in q.words
    # one capital, as a name: the lower-case word may still mean it
    assert [n.entity.name for n in read_question(shouted, "When is the parliament due to vote?").entities] == \
        ["Parliament"]
    # the name in capitals, as written, is still that name
    assert [n.entity.name for n in read_question(shouted, "What did FIRE report?").entities] == ["FIRE"]


def test_a_place_name_written_long_finds_its_short_form(shouted):
    q = read_question(shouted, "How many hikers died on Mount Kesta?")
    assert [n.entity.name for n in q.entities] == ["Mt Kesta"]


def test_abbreviated_forms():
    assert abbreviated_forms("Mount Kesta") == ["Mt Kesta", "Mt. Kesta"]
    assert abbreviated_forms("St. Ives") == ["Saint Ives"]
    assert abbreviated_forms("Ft Bragg") == ["Fort Bragg"]
    assert abbreviated_forms("Kesta") == [] and abbreviated_forms("Mountain View") == []


@pytest.mark.parametrize(("question", "predicate"), [
    # the predicate of a subordinate clause gives way to the main clause's own word
    ("How much was Kestrel Foods worth when Ann Lee died?", "worth"),
    ("Who was in the garage when the alarm went off?", "garage"),
    # "before"/"after" with a noun is a preposition: the main clause goes on
    ("Who spoke to reporters before the game?", "spoke"),
    # a main clause with no word of its own keeps the subordinate clause's ("old" only frames the answer)
    ("How old was Ann Lee when she founded Kestrel Foods?", "founded"),
    # nor does the noun a "be" opens on, which is what the question is about, not what it asks of it
    ("What was the bakery's name before it was sold?", "sold"),
    # after a verb of intent, the infinitive is the act asked about
    ("How much does Kestrel Foods plan to invest in the new dairy?", "invest"),
    ("How many jobs did Kestrel Foods want to cut?", "cut"),
])
def test_predicate_of_the_main_clause(shouted, question, predicate):
    assert read_question(shouted, question).predicate == predicate


def test_where_from_asks_where_someone_comes_from(store):
    from newsgraph.query.binding import fits_origin
    from newsgraph.query.extract import Span
    from tests.querykit import cite

    q = read_question(store, "Where is the goalkeeper from?")
    played = cite("The goalkeeper broke Norway's record for clean sheets.")
    assert not fits_origin(q, Span(text="Norway", citation=played))
    for text, place in [("The goalkeeper, of Dover, saved two penalties.", "Dover"),
                        ("The goalkeeper, a native of Leeds, signed on Monday.", "Leeds"),
                        ("The goalkeeper was born in Bergen in 1990.", "Bergen"),
                        ("The 24-year-old from Harlow Town joined in May.", "Harlow Town")]:
        assert fits_origin(q, Span(text=place, citation=cite(text))), text
    # any other "where" question takes any place, as before
    assert fits_origin(read_question(store, "Where did the goalkeeper play?"), Span(text="Norway", citation=played))
