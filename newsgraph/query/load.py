"""Reading claims and sentences out of the store as typed, cited records.

Every query picks *which* claims it wants with a small, bounded store read
(usually a range of an entity's claims, newest first, with a LIMIT:
``store.entity_claim_keys`` and its siblings in ``store.reads_keys``) and hands
those keys to ``load_claims``, which reads the rest once: the claim, its
article, the store entities of its subject, object and source, and the
sentence that is its evidence. Picking and loading are apart so that the
expensive join only ever runs on the rows a query keeps.

``load_claims`` is also the one place where claims the reader did not trust
(``confidence`` below ``models.SHOWN_CONFIDENCE``) are left out: timelines,
profiles, answers, open loops and conflicts all load through it, so none of
them shows a hidden claim as a fact. Listing and search may still ask for them
(``shown_only=False``). A claim whose subject names several entities
(``args["conjoined"]``: "Ann Lee and Bo Chan were arrested") keeps the reader's
words for it, not the store name of the first alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..models import SHOWN_CONFIDENCE
from .entities import entity_refs
from .types import Citation, ClaimView

#: How many keys one load reads at once (``load_claim_keys`` sorts each such batch on its own).
BATCH = 400


def load_claims(store, keys: Iterable[tuple[str, str]], *, shown_only: bool = True) -> list[ClaimView]:
    """The claims with these (article id, claim id) keys, newest article first.

    Only the shown ones (confidence at least ``SHOWN_CONFIDENCE``) unless ``shown_only`` is false.
    """
    floor = SHOWN_CONFIDENCE if shown_only else float("-inf")
    rows = store.claim_rows(keys, min_confidence=floor)
    refs = entity_refs(store, (i for r in rows for i in (r.subject_entity, r.object_entity, r.source_entity)))
    outlets = store.outlets(r.article_id for r in rows)
    claims = []
    for r in rows:
        subject_entity, object_entity = refs.get(r.subject_entity), refs.get(r.object_entity)
        source_entity = refs.get(r.source_entity)
        try:
            args = json.loads(r.args or "{}")
        except ValueError:
            args = {}
        args = args if isinstance(args, dict) else {}
        claims.append(ClaimView(
            article=r.article_id, id=r.local_id, kind=r.kind,
            subject=subject_entity.name if subject_entity and not args.get("conjoined") else r.subject,
            subject_entity=subject_entity,
            predicate=r.predicate, lemma=r.lemma,
            object=object_entity.name if object_entity and not args.get("conjoined_object") else r.object,
            object_entity=object_entity,
            status=r.status, time=r.time_value, time_text=r.time_text, source=r.source_text,
            source_entity=source_entity, source_kind=r.source_kind, quote=r.quote,
            args=args, day=r.published_day,
            citation=Citation(article=r.article_id, published=r.published, source=r.source, title=r.title,
                              sentence=r.sentence_idx, start=r.start, end=r.end, text=r.text,
                              outlets=outlets.get(r.article_id, ())),
            confidence=r.confidence if r.confidence is not None else 1.0,
        ))
    claims.sort(key=lambda c: (c.day or "", c.article, _claim_order(c.id)), reverse=True)
    return claims


def _claim_order(local_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in local_id if ch.isdigit())
    return (int(digits) if digits else 0, local_id)


def load_claim_keys(store, keys: Iterable[tuple[str, str]], *, shown_only: bool = True) -> list[ClaimView]:
    """Claims by (article id, claim id), in batches of ``BATCH`` keys, each batch newest first (the shown
    ones unless ``shown_only`` is false)."""
    keys = list(dict.fromkeys(keys))
    out: list[ClaimView] = []
    for start in range(0, len(keys), BATCH):
        out += load_claims(store, keys[start:start + BATCH], shown_only=shown_only)
    return out


def sentence_citations(store, keys: Iterable[tuple[str, int]]) -> list[Citation]:
    """Citations of sentences by (article id, sentence index), in the order asked."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    rows = store.sentence_rows(keys)
    outlets = store.outlets(r.article_id for r in rows)
    found = {(r.article_id, r.sentence): Citation(article=r.article_id, published=r.published, source=r.source,
                                                  title=r.title, sentence=r.sentence, start=r.start, end=r.end,
                                                  text=r.text, outlets=outlets.get(r.article_id, ()))
             for r in rows}
    return [found[k] for k in keys if k in found]


def searched_citations(store, query: str, *, limit: int, as_of: str | None) -> list[Citation]:
    """The sentences a full-text (BM25) search for ``query`` finds, best first, as citations: of the store's
    ``limit`` best hits, those published by ``as_of`` (all without it)."""
    return [Citation(article=h.article_id, published=h.published, source=h.source, title=h.title,
                     sentence=h.sentence, start=h.start, end=h.end, text=h.text)
            for h in store.search(query, limit=limit) if not as_of or (h.published or "")[:10] <= as_of[:10]]


def sentence_at(store, article_id: str, offset: int) -> Citation | None:
    """The sentence of an article that holds a character offset."""
    index = store.sentence_index_at(article_id, offset)
    if index is None:
        return None
    found = sentence_citations(store, [(article_id, index)])
    return found[0] if found else None


def sentence_with(store, article_id: str, phrase: str, *, near: int = 0) -> Citation | None:
    """The sentence of an article, nearest to sentence ``near``, that contains ``phrase``."""
    if not phrase:
        return None
    index = store.sentence_index_with(article_id, phrase, near=near)
    if index is None:
        return None
    found = sentence_citations(store, [(article_id, index)])
    return found[0] if found else None
