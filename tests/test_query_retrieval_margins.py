"""The full-text safety net's margins: how much more the best sentence must say to replace the engine's answer.

Invented sentences about unrelated subjects.
"""

from __future__ import annotations

from newsgraph.query import fulltext
from newsgraph.query.compose import Composer
from newsgraph.query.questions import read_question
from tests.querykit import cite


def _citation(text: str, sentence: int = 0):
    return cite(text, sentence, article="a", title=None, source=None, published="2024-01-01")


def test_an_answer_that_only_quotes_a_sentence_yields_to_one_that_says_a_word_more(store):
    q = read_question(store, "Which charity paid for the new library roof?")
    engine = _citation("Workers fixed the library roof.")
    best = _citation("A charity paid for the work on the library.", sentence=1)
    mine, top = fulltext.coverage(q, engine.text, named=True), fulltext.coverage(q, best.text)
    assert fulltext.QUOTE_MARGIN <= top - mine < fulltext.BARE_MARGIN
    found = [(top, best)]
    # a quotation says nothing of its own: the sentence that says more of the question is the better quotation
    taken = fulltext.answer_from(q, found, set(), None, mine=mine, need=0.0, quoted=True, current=engine)
    assert taken is not None and taken[0].citations[0].text == best.text
    # an answer in the engine's words (a claim read) keeps its wider margin
    assert fulltext.answer_from(q, found, set(), None, mine=mine, need=0.0, current=engine) is None


def test_an_answer_is_a_bare_quotation_only_when_every_sentence_quotes(store):
    said = _citation("The ferry to Orsk was cancelled because of fog.")
    quoting = Composer(set())
    quoting.quote(said)
    assert fulltext.quoted_only(quoting)
    stating = Composer(set())
    stating.add("The ferry was cancelled", [said])
    assert not fulltext.quoted_only(stating)
    assert not fulltext.quoted_only(Composer(set()))
