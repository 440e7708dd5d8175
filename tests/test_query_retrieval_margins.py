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


def test_a_sentence_that_says_the_question_without_the_name_is_quoted_with_the_next_that_names_someone(store):
    from newsgraph.query.extract import Span

    q = read_question(store, "Who was rescued from the river?")
    lede = _citation("A woman was rescued from the river on Sunday after her boat capsized.", sentence=3)
    named = _citation("Mira Tolland, 31, was taken to hospital in Ostby.", sentence=4)
    elsewhere = _citation("The river rose by a metre overnight.", sentence=9)
    spans = {named.text: [Span(text="Mira Tolland", citation=named)]}
    find = lambda c: spans.get(c.text, [])  # noqa: E731
    nexts = {lede.key: named, elsewhere.key: _citation("Roads were closed.", sentence=10)}
    follow = lambda cs: {c.key: nexts[c.key] for c in cs if c.key in nexts}  # noqa: E731
    found = sorted([(fulltext.coverage(q, c.text), c) for c in (lede, elsewhere)], key=lambda t: -t[0])
    taken = fulltext.answer_from(q, found, set(), find, mine=0.0, need=0.0, follow=follow)
    # both quoted, nothing stated: the second sentence alone might name someone else
    assert taken is not None and taken[1] is None
    assert [c.text for c in taken[0].citations] == [lede.text, named.text]
    # the engine's own sentence, quoted without a span, goes on in the next one too
    mine = fulltext.coverage(q, lede.text, named=True)
    own = fulltext.answer_from(q, found, set(), find, mine=mine, need=0.0, quoted=True, current=lede, follow=follow)
    assert own is not None and [c.text for c in own[0].citations] == [lede.text, named.text] and own[1] is None
    # never against a span the engine states
    assert fulltext.answer_from(q, found, set(), find, mine=1.0, need=0.0, spanned=True, follow=follow) is None
    # no name in the next sentence: no pair (the lede is quoted bare, as before)
    nexts[lede.key] = _citation("Her boat was found downstream.", sentence=4)
    bare = fulltext.answer_from(q, found, set(), find, mine=0.0, need=0.0, follow=follow)
    assert bare is not None and [c.text for c in bare[0].citations][:1] == [lede.text] and len(bare[0].citations) == 1


def test_next_sentences_are_read_by_key(store):
    from test_query_build import Doc

    d = Doc("2024-03-01", ["A ferry ran aground near Ostby.", "Its captain, Ivo Brant, was unhurt.", "Tugs came."],
            source="Coast News")
    d.write(store)
    from newsgraph.query.load import sentence_citations

    article = store.search("aground", limit=1)[0].article_id
    first, last = sentence_citations(store, [(article, 0), (article, 2)])
    after = fulltext.next_sentences(store, [first, last])
    assert after[first.key].text.startswith("Its captain") and last.key not in after
