"""``query.ranker``: the shipped weights load and order made-up sentences sensibly; ``fulltext.learned_order``
lifts the learned first of the near best to the front at the best cover, the rest as they were, and changes nothing
without weights.

Invented feature rows and sentences (the features' reading of a real store is exercised by the question runs)."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.query import fulltext, ranker


def _row(**given) -> list[float]:
    """A feature row: a middling sentence, with ``given`` features set."""
    base = dict(cover=2.0, cover_gap=0.0, rank=0.0, first=0.0, searched=1.0, search_rank=1.0, read_by_engine=0.0,
                cosine=0.4, cosine_gap=0.1, cosine_first=0.0, title=0.0, position=1.5, lead=0.0, length=3.0,
                names_all=1.0, refers=0.0, predicate=1.0, predicate_exact=0.0, holds_asked=0.0, asks_span=1.0)
    base.update(given)
    return [base[f] for f in ranker.FEATURES]


def test_the_shipped_weights_load():
    model = ranker.weights()
    assert model is not None and model["features"] == list(ranker.FEATURES)
    assert len(model["w"]) == len(model["mean"]) == len(model["scale"]) == len(ranker.FEATURES)


def test_a_sentence_closest_in_meaning_that_holds_the_asked_span_ranks_above_a_headline_far_from_it():
    model = ranker.weights()
    good = _row(cosine=0.75, cosine_gap=0.0, cosine_first=0.3, holds_asked=1.0, names_all=1.0)
    poor = _row(cosine=0.25, cosine_gap=0.5, cosine_first=-0.2, holds_asked=0.0, title=1.0, names_all=0.0)
    assert ranker.scores([good, poor], model)[0] > ranker.scores([good, poor], model)[1]


def test_a_sentence_that_says_more_of_the_question_ranks_above_one_that_says_less():
    model = ranker.weights()
    more = _row(cover=4.0, cover_gap=0.0)
    less = _row(cover=2.5, cover_gap=1.5, rank=1.0)
    assert ranker.scores([more, less], model)[0] > ranker.scores([more, less], model)[1]


def _citations(*texts):
    return [SimpleNamespace(text=t, key=("a", i)) for i, t in enumerate(texts)]


def test_learned_order_lifts_its_first_to_the_best_cover_and_leaves_the_rest(monkeypatch):
    c = _citations("The ferry left the harbour at dawn.", "The ferry sank off the cape on Monday.",
                   "Fishing boats searched the bay.")
    found = [(4.0, c[0]), (3.5, c[1]), (4.0 - fulltext.LEARNED_MARGIN - 1.0, c[2])]
    monkeypatch.setattr(ranker, "weights", lambda: {"stub": True})
    monkeypatch.setattr(ranker, "features", lambda store, q, group, **kw: [[0.0]] * len(group))
    monkeypatch.setattr(ranker, "scores", lambda rows, model: [0.1, 0.9][:len(rows)])
    out = fulltext.learned_order(None, None, found, hits=[], extra=set())
    assert out == [(4.0, c[1]), (4.0, c[0]), found[2]]


def test_without_weights_nothing_moves(monkeypatch):
    c = _citations("The ferry left the harbour at dawn.", "The ferry sank off the cape on Monday.")
    found = [(4.0, c[0]), (3.5, c[1])]
    monkeypatch.setattr(ranker, "weights", lambda: None)
    assert fulltext.learned_order(None, None, found, hits=[], extra=set()) == found


def test_a_sentence_lifted_over_one_whose_words_say_more_is_marked_a_guess(monkeypatch):
    """Lifted from under the best cover: its key is kept in ``lifted`` (``ask._fulltext`` states no span from it);
    lifted from a tie: not."""
    c = _citations("The ferry left the harbour at dawn.", "The ferry sank off the cape on Monday.")
    monkeypatch.setattr(ranker, "weights", lambda: {"stub": True})
    monkeypatch.setattr(ranker, "features", lambda store, q, group, **kw: [[0.0]] * len(group))
    monkeypatch.setattr(ranker, "scores", lambda rows, model: [0.1, 0.9][:len(rows)])
    lifted: set = set()
    fulltext.learned_order(None, None, [(4.0, c[0]), (3.0, c[1])], hits=[], extra=set(), lifted=lifted)
    assert lifted == {c[1].key}
    tied: set = set()
    fulltext.learned_order(None, None, [(4.0, c[0]), (4.0, c[1])], hits=[], extra=set(), lifted=tied)
    assert tied == set()
