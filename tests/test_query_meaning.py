"""``query.meaning``: near ties among the best sentences ordered by meaning, and nothing changed without an encoder.

Invented sentences; the cosines come from a stand-in for the encoder (the encoder's own vectors are checked in
test_encoder), so these tests run with or without the model installed.
"""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.query import meaning

QUESTION = "Why did the bakery close its shop on the pier?"
RANKED = [  # (cover, search order, citation), best first, as fulltext.best_sentences ranks them
    (3.0, 0, SimpleNamespace(text="The bakery on the pier sold bread for forty years.")),
    (3.0, 1, SimpleNamespace(text="The bakery shut its pier shop after the rent doubled.")),
    (3.0 - meaning.MARGIN - 0.5, 2, SimpleNamespace(text="The pier was repainted last spring.")),
]


def _closeness(scores):
    """A stand-in for ``meaning.closeness``: each text's cosine from ``scores``, None for text it was not given."""
    return lambda question, texts: [scores[t] for t in texts]


def _texts(ranked):
    return [c.text for _cover, _i, c in ranked]


def test_a_tie_goes_to_the_sentence_clearly_closest_in_meaning(monkeypatch):
    monkeypatch.setattr(meaning, "closeness", _closeness({RANKED[0][2].text: 0.30, RANKED[1][2].text: 0.70,
                                                          RANKED[2][2].text: 0.90}))
    out = meaning.near_ties(QUESTION, RANKED)
    # the sentence that says why comes first; the one that says less of the question by words is not weighed
    assert _texts(out) == _texts([RANKED[1], RANKED[0], RANKED[2]])
    assert out[2] == RANKED[2]


def test_a_near_tie_closest_in_meaning_counts_as_covering_as_much(monkeypatch):
    """A word behind the best by words, clearly ahead by meaning: first, at the best cover (it says the question in
    other words), so the answer's margins weigh it as the best; the others keep their order and covers."""
    behind = (3.0 - meaning.MARGIN / 2, 1, RANKED[1][2])
    ranked = [RANKED[0], behind, RANKED[2]]
    monkeypatch.setattr(meaning, "closeness", _closeness({RANKED[0][2].text: 0.30, RANKED[1][2].text: 0.70}))
    out = meaning.near_ties(QUESTION, ranked)
    assert out == [(3.0, 1, RANKED[1][2]), RANKED[0], RANKED[2]]


def test_a_small_difference_in_meaning_keeps_the_search_order(monkeypatch):
    """Cosines a few hundredths apart say nothing sure: the words' order stands."""
    monkeypatch.setattr(meaning, "closeness", _closeness({RANKED[0][2].text: 0.60, RANKED[1][2].text: 0.62}))
    assert meaning.near_ties(QUESTION, RANKED) == RANKED


def test_no_tie_no_encoding(monkeypatch):
    """A sentence that says more of the question than all others is first whatever its meaning: nothing is encoded."""
    def fail(question, texts):
        raise AssertionError("encoded without a tie")

    monkeypatch.setattr(meaning, "closeness", fail)
    alone = [RANKED[0], RANKED[2]]
    assert meaning.near_ties(QUESTION, alone) == alone
    assert meaning.near_ties(QUESTION, alone[:1]) == alone[:1]


def test_without_an_encoder_the_order_is_the_words(monkeypatch):
    from newsgraph.nlp import encoder

    monkeypatch.setattr(encoder, "encoder", lambda: None)
    assert meaning.closeness(QUESTION, ["The pier was repainted last spring."]) is None
    assert meaning.near_ties(QUESTION, RANKED) == RANKED
