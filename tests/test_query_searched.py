"""An answer that states no short answer quotes the sentence a search for the question's own words ranks first
(``answers.searched_sentence``): news states a fact in the words a reporter asks it by, so the answer is never worse
than a search box. And "Who is <a name>?" asks who someone is, whether or not the store knows all of the name."""

from __future__ import annotations

from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.analysis import answer_type
from newsgraph.query.answers import searched_sentence, with_searched
from newsgraph.query.compose import Composer
from newsgraph.query.questions import read_question
from newsgraph.query.types import Citation


def _repairs(store):
    d = Doc("2031-05-02", [
        "Harbourtown council voted on Monday to close the old ferry pier .",
        "Engineers said the repairs to the pier would take between eight and ten weeks .",
        "The council expects the works to cost the town more than it can raise this year .",
        "Mayor Odile Brandt said she was sorry for the ferry passengers .",
        "The council decided to give the old crane to a museum in Lisk .",
    ], source="Wire")
    council = d.entity("Harbourtown council", "ORG", "The council")
    brandt = d.entity("Odile Brandt", "PERSON")
    d.claim(0, council, "voted to close", "the old ferry pier", "happened", lemma="vote")
    d.claim(2, council, "expects", "the works to cost the town more than it can raise", "happened", lemma="expect")
    d.claim(3, brandt, "said", "she was sorry for the ferry passengers", "happened", lemma="say")
    d.write(store)


def test_the_searched_sentence_is_the_one_that_says_the_question_s_own_words(store):
    _repairs(store)
    q = read_question(store, "How long will the repairs to the pier take?")
    found = searched_sentence(store, q, as_of=None)
    assert found is not None and "eight and ten weeks" in found.text


def test_an_answer_without_a_short_answer_quotes_the_searched_sentence(store):
    _repairs(store)
    # the structured path settles on the claim that says "expects" (no length in it) and states no short answer
    answer = ask(store, "How long does the council expect the repairs to take?")
    assert answer.short_answer is None
    assert "eight and ten weeks" in answer.answer
    assert any("eight and ten weeks" in c.text for c in answer.citations)


def test_what_someone_did_quotes_the_searched_sentence_beside_the_clause(store):
    _repairs(store)
    q = read_question(store, "What did the council decide about the old crane?")
    assert q.answer_type == "thing"
    out = Composer(set())  # an answer that settled on another of the council's sentences
    vote = store.search("voted close pier", limit=1)[0]
    out.quote(Citation(article=vote.article_id, published=vote.published, source=vote.source, title=vote.title,
                       sentence=vote.sentence, start=vote.start, end=vote.end, text=vote.text))
    with_searched(store, q, out, "voted to close the old ferry pier", as_of=None)
    assert any("museum in Lisk" in c.text for c in out.citations), out.text


def test_a_question_bounded_by_another_event_gets_no_searched_sentence(store):
    _repairs(store)
    answer = ask(store, "What did the council do after the vote on the pier?")
    assert not any("eight and ten weeks" in c.text for c in answer.citations), answer.answer


def test_a_question_of_no_listed_type_gets_no_searched_sentence(store):
    _repairs(store)
    answer = ask(store, "Who voted to close the old ferry pier?")  # a person: its own writer, nothing added
    assert not any("eight and ten weeks" in c.text for c in answer.citations)


def test_who_is_and_a_name_alone_asks_who_someone_is():
    assert answer_type("Who is Odile Brandt?", entities=0, content_words=0) == "description"
    assert answer_type("Who is Odile M. Brandt?", entities=1, content_words=1) == "description"  # a part unknown
    assert answer_type("Who was Odile Brandt's lawyer?", entities=1, content_words=1) == "person"
    assert answer_type("Who is the mayor of Harbourtown?", entities=1, content_words=1) == "person"
