"""A "which …" question's head noun read by WordNet when no list names it ("which envoy", "which navy"), and the
person it asks for found by that noun as the title the sentence gives a name. Made-up sentences."""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc

from newsgraph.query.analysis import answer_type, sensed_head
from newsgraph.query.questions import read_question
from newsgraph.query.roles import kind_titles
from newsgraph.query.types import Citation
from newsgraph.lexicon.wordnet import wordnet

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet database not installed")


def _cite(text: str) -> Citation:
    """A citation of one made-up sentence (no store)."""
    return Citation(article="a1", published=None, source=None, title=None, sentence=0, start=0, end=len(text),
                    text=text)


@needs_wordnet
@pytest.mark.parametrize(("question", "kind"), [
    ("Which Vellish envoy said the talks had failed?", "person"),  # a modifier before the head
    ("Which physician did the gunman shoot?", "person"),
    ("Which analyst thinks the plant will close?", "person"),  # "thinks" ends the phrase
    ("Which two brothers survived the fall?", "person"),  # a figure before the head
    ("Which navy stopped the raid?", "organisation"),
    ("Which trade bloc did the three states join?", "organisation"),
])
def test_a_which_noun_no_list_names_is_read_by_its_first_sense(question, kind):
    assert answer_type(question, entities=0, content_words=3) == kind


@needs_wordnet
@pytest.mark.parametrize("question", [
    "Which elite Vellish force held the bridge?",  # the head is "force": no person, however "Vellish" reads
    "Which Dunmore back was hurt?",  # a capitalised modifier is no head
    "Which country's coast was the cable cut off?",  # a possessive: the coast is asked
    "What sets the new jet apart?",  # "what" before a verb asks for a thing
])
def test_a_head_of_no_kind_leaves_the_question_a_thing(question):
    assert answer_type(question, entities=0, content_words=3) not in ("person", "organisation")


@needs_wordnet
def test_the_sensed_head_is_the_phrases_last_noun():
    assert sensed_head("Vellish envoy said the talks".split()) == ("envoy", "person")
    assert sensed_head("Libyan was put on a plane".split()) == ("libyan", "person")


@pytest.fixture()
def county_world(store):
    d = Doc("2025-04-02", [
        "Residents of Elm County said they would not help the agency move Rafe Oduya back.",
        "\"We will not lend our police to send Rafe Oduya back,\" said Lina Marsh, mayor of Elm County.",
        "Tomas Greer said the agency would help the family.",
    ], source="Harbor Post")
    d.entity("Rafe Oduya", "PERSON", "Oduya")
    d.entity("Lina Marsh", "PERSON")
    d.entity("Tomas Greer", "PERSON")
    d.entity("Elm County", "GPE")
    d.write(store)
    return store


def test_the_kind_title_is_the_head_not_the_first_kind_noun(county_world):
    """"Which county mayor …" asks for a mayor: "county" only says which."""
    q = read_question(county_world, "Which county mayor said her police would not help send Oduya back?")
    assert kind_titles(q) == ("mayor", "mayors")


def test_a_name_given_the_asked_title_answers(county_world):
    """A sentence sharing more of the question's words ("help", "back") names no mayor: the one that gives a name
    the asked title answers."""
    answer = _asked(county_world, "Which county mayor said her police would not help send Oduya back?")
    assert answer.short_answer in (None, "Lina Marsh"), answer.answer
    assert "Tomas Greer" != answer.short_answer


def test_a_lone_initial_is_no_name():
    """A sentence break after an initial ("burglar G . | Gordon Lee …") leaves "G": no one's name."""
    from newsgraph.query.extract import Span
    from newsgraph.query.fits import misfit
    from newsgraph.query.questions import QuestionAnalysis

    text = "They asked him to say he gave the burglar G ."
    c = _cite(text)
    q = QuestionAnalysis(text="Which burglar phoned them?", kind="what", words=["burglar", "phoned"],
                         answer_type="person")
    assert misfit(q, Span(text="G", citation=c)) == "nameless"


def test_a_plural_kind_asks_for_more_than_one_name():
    """"Which officers shot him?": one officer's name is half the answer."""
    from newsgraph.query.extract import Span
    from newsgraph.query.questions import QuestionAnalysis
    from newsgraph.query.typed import fits

    text = "He pointed a gun at Sgt. Ona Brisk and Officer Tomas Greer before they fired."
    c = _cite(text)
    q = QuestionAnalysis(text="Which officers shot him?", kind="what", words=["officers", "shot"], answer_type="person")
    assert not fits(q, Span(text="Tomas Greer", citation=c), None)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("\"No,\" said Lina Marsh, mayor of Elm County.", "Lina Marsh", True),  # the modifier in her title
    ("Elm County officials met on Tuesday at the old hall, and Mayor Lina Marsh of Dunmore said no.", "Lina Marsh",
     False),  # another's county
])
def test_the_asked_titles_modifiers_stand_beside_the_name(text, name, expected):
    from newsgraph.query.questions import QuestionAnalysis
    from newsgraph.query.typed import kind_entitled

    q = QuestionAnalysis(text="Which county mayor said no?", kind="what", words=["county", "mayor", "said"],
                         answer_type="person")
    assert kind_entitled(q, _cite(text), name) is expected


def test_a_title_of_another_body_is_no_answer_when_capitalised():
    """"Dunmore Air Chief Executive Ona Brisk" is no answer to "who is Elmjet's chief executive?": the
    capitalised "Chief" is the title's word, not the owner's name."""
    from newsgraph.query.extract import Span
    from newsgraph.query.fits import misfit
    from newsgraph.query.questions import QuestionAnalysis

    text = "The airline had approached Elmjet, but Dunmore Air Chief Executive Ona Brisk said no ."
    q = QuestionAnalysis(text="Who is Elmjet's chief executive?", kind="who", words=["chief", "executive"],
                         answer_type="person")
    assert misfit(q, Span(text="Ona Brisk", citation=_cite(text))) == "qualifier"
    mine = "Elmjet Chief Executive Ona Brisk said no ."
    assert misfit(q, Span(text="Ona Brisk", citation=_cite(mine))) is None


def test_a_title_of_several_capitalised_words_gives_each_of_them():
    from newsgraph.query.extract import Span
    from newsgraph.query.typed import entitled

    text = "Elmjet Executive Vice President Ona Brisk replied that it was business."
    assert entitled(Span(text="Ona Brisk", citation=_cite(text)), ("executive",))
    assert not entitled(Span(text="Ona Brisk", citation=_cite("An executive met Ona Brisk .")), ("executive",))
