"""A question's names in the forms the articles use (``query.nameforms``), and the noun of kind it asks by.

A reader writes "the UN", "the Iranian official", "Did Chile …"; the articles write "the United Nations",
"Iran", "the Chilean government". The question must find those entities, and "not found: the articles
don't mention X" is said only when no form of X is stored. Invented articles (real country names stand for
any country: the forms come from general tables and WordNet, never from a list written here).
"""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query.analysis import answer_type, kind_word
from newsgraph.query.binding import named_kind
from newsgraph.query.nameforms import acronym_letters, place_forms, spellings, wordnet_expansions
from newsgraph.query.questions import QuestionAnalysis, read_question
from tests.querykit import asked, cite


@pytest.mark.parametrize(("name", "letters"), [("UN", "un"), ("U.N.", "un"), ("U.N", "un"), ("FBI", "fbi"),
                                               ("Apple", None), ("A", None), ("Vellport", None)])
def test_acronym_letters(name, letters):
    assert acronym_letters(name) == letters


def test_an_acronym_is_written_with_and_without_dots():
    assert spellings("un") == ["UN", "U.N."]


def test_wordnet_knows_what_common_acronyms_stand_for():
    assert "united nations" in wordnet_expansions("un")
    assert "federal bureau of investigation" in wordnet_expansions("fbi")


@pytest.mark.parametrize(("name", "form"), [("Iranian", "iran"), ("Cuba", "cuban"), ("Kenyan", "kenya"),
                                            ("Parisian", "paris"), ("Texan", "texas")])
def test_a_place_and_its_adjective_name_each_other(name, form):
    assert form in place_forms(name)


@pytest.mark.parametrize("name", ["Christian", "Muslim", "Vellport", "lowercase"])
def test_an_adjective_of_no_place_has_no_place_forms(name):
    """"Christian" is of Christ, a person: no place's adjective."""
    assert place_forms(name) == ()


@pytest.fixture()
def raid(store):
    d = Doc("2024-05-02", [
        "The United Nations sent 40 observers to watch the vote in Vellport .",
        "Peru condemned the raid on the harbour , the foreign ministry said .",
        "The Chilean government also condemned the raid .",
        "The Coastal Rescue Service sent six boats to the harbour .",
    ], source="Harbour Post")
    d.entity("United Nations", "ORG")
    d.entity("Peru", "GPE")
    chilean = d.entity("Chilean", "NORP")
    d.entity("Coastal Rescue", "ORG")  # the tagger took two words of the service's three
    d.entity("Vellport", "GPE")
    d.claim(2, chilean, "condemned", "the raid", "happened", lemma="condemn")
    d.write(store)
    return store


def test_an_acronym_finds_the_entity_its_letters_spell(raid):
    q = read_question(raid, "How many observers did the UN send?")
    assert [n.entity.name for n in q.entities] == ["United Nations"]
    assert q.missing == []
    assert "40" in (asked(raid, "How many observers did the UN send?").short_answer or "")


def test_an_acronym_of_a_name_the_articles_write_longer_than_the_tagger_took(raid):
    """"CRS" spells "Coastal Rescue Service", which the article writes whole; the entity is "Coastal Rescue"."""
    q = read_question(raid, "How many boats did the CRS send?")
    assert [n.entity.name for n in q.entities] == ["Coastal Rescue"]
    assert "six" in (asked(raid, "How many boats did the CRS send?").short_answer or "")


def test_an_adjective_finds_its_place(raid):
    q = read_question(raid, "Which Peruvian ministry condemned the raid?")
    assert [n.entity.name for n in q.entities] == ["Peru"]
    assert q.missing == []


def test_a_place_finds_the_adjective_the_articles_use(raid):
    q = read_question(raid, "Did Chile condemn the raid?")
    assert [n.entity.name for n in q.entities] == ["Chilean"]
    assert asked(raid, "Did Chile condemn the raid?").answer.startswith("Yes")


def test_a_name_in_no_form_is_still_not_mentioned(raid):
    """The rule finds other forms, not any name: a name the articles never write in any form stays missing."""
    q = read_question(raid, "Did the OAS condemn the raid?")
    assert q.missing == ["OAS"]
    assert "don't mention OAS" in asked(raid, "Did the OAS condemn the raid?").answer


@pytest.mark.parametrize(("question", "kind", "noun"), [
    ("Which state medical group did she head?", "organisation", "group"),  # the phrase's head, not "state"
    ("Which news agency carried the statement?", "organisation", "agency"),
    ("Which newspaper reported the offer?", "organisation", "newspaper"),  # "reported" is the verb, no "report"
    ("Which film director won the prize?", "person", "director"),
    ("In which town did she grow up?", "place", "town"),
    ("Which six-story building did the blast bring down?", "place", "building"),
    ("Which UN body adopted the resolution?", "organisation", "body"),
])
def test_the_head_of_the_asked_phrase_says_the_kind(question, kind, noun):
    assert answer_type(question) == kind
    assert kind_word(question) == noun


def _asked(text: str) -> QuestionAnalysis:
    return QuestionAnalysis(text=text, kind="what", words=[])


@pytest.mark.parametrize(("question", "sentence", "names"), [
    ("In which town did she grow up?", "She grew up in the Gulf Coast town of Marlow , Alabama .", ["Marlow"]),
    ("Which news agency carried the statement?", "The statement was carried by the news agency Vexa .", ["Vexa"]),
    ("In which neighborhood was he shot?", "He was shot in his Brenton neighborhood on Friday .", ["Brenton"]),
    ("Which rival crew did they target?", "They targeted the rival Dune Boys near the park .", ["Dune Boys"]),
])
def test_a_name_beside_the_asked_noun(question, sentence, names):
    assert [s.text for s in named_kind(_asked(question), cite(sentence), set())] == names


def test_a_name_of_the_question_is_no_answer_but_a_longer_one_is():
    """"the Vellish ministry" repeats the question's own name; "the Vellish Foreign Ministry" says which."""
    q = _asked("Which ministry issued Vellia's statement?")
    assert named_kind(q, cite("The Vellia ministry spoke ."), {"vellia"}) == []
    found = named_kind(q, cite("A statement by the Vellia Foreign Ministry followed ."), {"vellia"})
    assert [s.text for s in found] == ["Vellia Foreign Ministry"]


@pytest.mark.parametrize(("question", "kind"), [
    ("Through which countries were the rebels sent?", "place"),
    ("Against travel to which country did the ministry warn?", "place"),
    ("For which team did he play?", "organisation"),
    ("After which game did he quit?", "thing"),  # a place in a sequence, no title
    ("To whom did the president send a telegram?", "person"),
    ("With whom did she travel?", "person"),
])
def test_a_question_opening_with_a_preposition_asks_by_its_noun_of_kind(question, kind):
    assert answer_type(question) == kind


def _spans_of(sentence: str, *names: str):
    from newsgraph.query.extract import Span

    c = cite(sentence)
    return [Span(text=n, citation=c) for n in names]


def test_the_place_set_by_the_questions_preposition_comes_first():
    from newsgraph.query.binding import by_preposition

    spans = _spans_of("Rebels bound for Velia were sent through Ostra and Pamir last year .", "Velia", "Ostra", "Pamir")
    assert [s.text for s in by_preposition(_asked("Through which countries were the rebels sent?"), spans)][0] == "Ostra"


def test_a_plural_kind_takes_the_listed_places():
    from newsgraph.query.binding import listed, plural_kind

    assert plural_kind(_asked("Through which countries were the rebels sent?"))
    assert not plural_kind(_asked("Through which country were the rebels sent?"))
    spans = _spans_of("They were sent through Ostra , Pamir and Kell in May .", "Ostra", "Pamir", "Kell")
    assert listed(spans[0], spans).text == "Ostra, Pamir and Kell"  # a list of three reads as English


def test_a_city_is_no_country_and_a_country_is_one():
    from newsgraph.query.binding import fits_place

    city, country = _spans_of("Blasts hit Kenya and its capital Vellport .", "Vellport", "Kenya")
    assert fits_place(_asked("In which city did the blast happen?"), city)
    assert not fits_place(_asked("In which city did the blast happen?"), country)
    assert fits_place(_asked("In which country did the blast happen?"), country)
    assert not fits_place(_asked("In which country did the blast happen?"), city)


def test_a_capital_answers_which_city_and_an_office_of_a_person_names_no_office():
    q = _asked("In which Vellish city did the bomb explode?")
    assert [s.text for s in named_kind(q, cite("Five died in the Vellish capital of Port Ardo , police said ."),
                                       {"vellish"})] == ["Port Ardo"]
    q = _asked("Which government office supplied the figures?")
    assert named_kind(q, cite("The figures came from the office of President Ann Lee ."), set()) == []


def test_official_is_no_title_set_before_a_name():
    """"Which Iranian official spoke?": news writes "spokesman Ann Lee", never "official Ann Lee"."""
    from newsgraph.query.roles import kind_titles

    q = QuestionAnalysis(text="Which Vellish official spoke?", kind="what", words=["official", "spoke"],
                         answer_type="person")
    assert kind_titles(q) == ()
    q = QuestionAnalysis(text="Which officer spoke?", kind="what", words=["officer", "spoke"], answer_type="person")
    assert kind_titles(q) == ("officer", "officers")


def test_capitals_that_spell_a_common_word_are_not_expanded(store):
    """"TV" is a word: a stored "Tarn Valley" is not what "Which TV network …" asks about."""
    from newsgraph.query.nameforms import common_word, keyed_expansions

    d = Doc("2024-05-02", ["The Tarn Valley council met on Monday ."])
    d.entity("Tarn Valley", "GPE")
    d.write(store)
    assert common_word("tv") and not common_word("un") and not common_word("osce")
    assert keyed_expansions(store, "tv") == []
    assert [n.entity.name for n in read_question(store, "Which TV network aired the Tarn Valley vote?").entities] \
        == ["Tarn Valley"]
