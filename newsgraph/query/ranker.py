"""A learned order for the best sentences: weights fitted on the gold questions over general features.

Why: the full-text safety net (``fulltext.best_sentences``) orders sentences by how much of the question their
words say (``fulltext.coverage``), and the sentence encoder breaks only clear near ties (``meaning.near_ties``).
Session 15 found the evidence among the candidates in most retrieval misses, first by word cover in some and by
encoder cosine in others, and no hand-set blend of the two held across the question sets. Here the blend is
learned: a linear score over features any English news sentence has (how much of the question it covers and how
far that is from the best, its cosine to the question in the encoder's meaning, whether the search found it or
the engine read it, whether it names every asked entity, holds a span of the asked type, where it stands in its
article, how long it is, its rank in the present order), with weights fitted listwise on the gold evidence of
the opened question sets (``eval.ranker_train``) and checked leave-one-set-out. No feature names a word of any
story; the weights ship as ``ranker.json`` beside this module, and inference is a dot product in NumPy.

Cost: one read of the stored vectors of the first ``READ`` sentences (the question is encoded once anyway by
``near_ties``), and one read of each sentence's stored times and entity mentions.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .types import Citation

#: How many of the best sentences are scored (and reordered among themselves) at most.
READ = 20
#: The weights beside this module (written by ``eval.ranker_train``).
WEIGHTS = Path(__file__).with_name("ranker.json")

#: Feature names, in the order of the weight vector.
FEATURES = (
    "cover", "cover_gap", "rank", "first", "searched", "search_rank", "read_by_engine", "cosine", "cosine_gap",
    "cosine_first", "title", "position", "lead", "length", "names_all", "refers", "predicate", "predicate_exact",
    "holds_asked", "asks_span",
)

_MONEY = re.compile(r"[$£€¥]|\b(dollars?|euros?|pounds?|yen|cents?)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_QUOTE = re.compile(r"[\"“”]")


def _holds(store, q, citation: Citation) -> float:
    """Whether the sentence holds a span of the asked answer type, by the store's own times and entity mentions
    (and figures and currency signs for counts and sums); -1 for a type with nothing to hold (so it weighs
    nothing against the rest)."""
    t = q.answer_type
    if t in ("date", "duration"):
        wanted = {"DATE", "TIME"} if t == "date" else {"DURATION"}
        return float(any(r[3] in wanted for r in store.times_in(citation.article, citation.start, citation.end)))
    if t in ("person", "organisation", "place"):
        wanted = {"person": {"PERSON"}, "organisation": {"ORG"}, "place": {"GPE", "LOC", "FAC"}}[t]
        asked = {n.entity.id for n in q.entities}
        return float(any(r[3] in wanted and r[4] not in asked
                         for r in store.mentions_in(citation.article, citation.start, citation.end)))
    if t == "number":
        return float(bool(_FIGURE.search(citation.text)) or _number_word(citation.text))
    if t == "money":
        return float(bool(_MONEY.search(citation.text)))
    if t == "quote":
        return float(bool(_QUOTE.search(citation.text)))
    return -1.0


def _number_word(text: str) -> bool:
    from .words import NUMBER_WORDS, tokens

    return any(w in NUMBER_WORDS for w in tokens(text))


def features(store, q, found: list[tuple[float, Citation]], *, hits: list[tuple[str, int]],
             extra: set[tuple[str, int]]) -> list[list[float]]:
    """One row of ``FEATURES`` for each of ``found`` (cover, citation: the present order, best first); ``hits`` the
    full-text search's sentence keys in its order, ``extra`` the keys of the sentences the engine read."""
    from .fulltext import _name_words, _referred, is_title, says_predicate, written_names
    from .words import tokens

    if not found:
        return []
    cosines = _cosines(store, q.text, [c for _, c in found])
    top_cos = max(cosines) if cosines else 0.0
    first_cos = cosines[0] if cosines else 0.0
    top = found[0][0]
    search_at = {k: i for i, k in enumerate(hits)}
    named = _name_words(q)
    spans = q.answer_type in ("date", "duration", "person", "organisation", "place", "number", "money", "quote")
    rows = []
    for rank, (cover, c) in enumerate(found):
        words = written_names(c.text)
        referred = _referred(q, c)
        names_all = bool(named) and all(w & words or w in referred for w in named)
        at = search_at.get(c.key)
        cos = cosines[rank] if cosines else 0.0
        rows.append([
            cover, top - cover, math.log1p(rank), float(rank == 0), float(at is not None),
            math.log1p(at if at is not None else READ), float(c.key in extra), cos, top_cos - cos, cos - first_cos,
            float(is_title(c)), math.log1p(c.sentence), float(c.sentence <= 1), math.log1p(len(tokens(c.text))),
            float(names_all), float(bool(referred)), float(says_predicate(q, c)),
            float(says_predicate(q, c, exactly=True)), _holds(store, q, c) if spans else 0.0, float(spans),
        ])
    return rows


def _cosines(store, question: str, citations: list[Citation]) -> list[float]:
    """Each sentence's cosine to the question, from the vectors the store kept (encoded when it kept none); empty
    without an encoder."""
    from .stored import cosines

    return cosines(store, question, citations) or []


@lru_cache(maxsize=1)
def weights() -> dict | None:
    """The shipped weights (``mean``, ``scale``, ``w`` by feature, ``bias``), or None when none ship."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text())
    return data if list(data.get("features", [])) == list(FEATURES) else None


def scores(rows: list[list[float]], model: dict) -> list[float]:
    """The learned score of each feature row (higher is better)."""
    import numpy as np

    if not rows:
        return []
    x = (np.asarray(rows, dtype=float) - np.asarray(model["mean"])) / np.asarray(model["scale"])
    return [float(s) for s in x @ np.asarray(model["w"]) + model.get("bias", 0.0)]
