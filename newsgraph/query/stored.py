"""The store's sentence vectors handed to the meaning ranking, so ``ask`` encodes only the question.

Why: ``meaning.near_ties`` weighs up to ``meaning.READ`` of the best sentences
by their cosine to the question, and the confidence gate the short answer's
sentence and the other best ones (``confidence.features``). Each vector encoded at question time is a
forward pass of the encoder (about 10 ms on a free core, several times that on
a busy one); the store keeps every sentence's vector from ingest
(``store.vectors``), and reading eight of them by key is one short query. A
sentence without a stored vector (a store written before vectors were, or
without the encoder) is encoded as before: nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import meaning
from .types import Citation


def recall(store, best: Sequence[Citation], *, most: int = meaning.READ) -> None:
    """The stored vectors of the first ``most`` sentences of ``best`` (most covering first) given to the meaning
    ranking's cache; nothing is read when fewer than two are given (no near tie to break)."""
    if len(best) >= 2:
        remember_stored(store, best[:most])


def cosines(store, question: str, citations: Sequence[Citation]) -> list[float] | None:
    """Each sentence's cosine to the question, all of ``citations`` weighed (a speaker's quote runs, the learned
    order's candidates), from the vectors the store kept (encoded only where it kept none). None without an
    encoder."""
    recall(store, citations, most=len(citations))
    return meaning.closeness(question, [c.text for c in citations])


def remember_stored(store, citations: Sequence[Citation]) -> None:
    """The stored vectors of ``citations``' sentences given to the meaning cache, so that weighing them by meaning
    (near ties, the confidence gate's ``sim`` and ``gap``) encodes none of them: nothing is read when no encoder
    is installed (no meaning is weighed), and only vectors the installed encoder's model made."""
    from ..nlp.encoder import model_id

    model = model_id()
    if model is None:
        return
    wanted = [c for c in citations if not meaning.known(c.text)]
    if not wanted:
        return
    vectors = store.sentence_vectors((c.key for c in wanted), model)  # (another model's vectors: none)
    meaning.remember({c.text: vectors[c.key] for c in wanted if c.key in vectors})
