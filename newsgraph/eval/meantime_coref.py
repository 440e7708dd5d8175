"""Cross-document entity coreference on MEANTIME (named mentions).

Protocol (``coref.evaluate_xdoc``):

- gold mentions: MEANTIME ``ENTITY_MENTION``s whose ``syntactic_type`` is a
  name (``NAM``; ``PRE.NAM``, a name used as a modifier, "Airbus parent") and
  whose instance is a *cross-document* instance (an ``instance_id``: the
  entities the cross-document pass linked across articles). Mentions of
  in-document-only instances are left out: the same entity in two articles
  would be two gold clusters there, punishing every correct cross-document link;
- each is mapped to the mention newsgraph's nlp stage read at the same span,
  else to the one that reads its head (MEANTIME name mentions span whole noun
  phrases: "the carmaker X" is X, "X 's truck" is the truck, "Y , Ohio" is Y;
  ``coref.match_mention``); gold mentions whose head no system mention reads
  are not scored (counted as ``not_found_by_ner``) — the same mentions for
  both systems and both baselines;
- newsgraph: the real pipeline (``Annotator`` + ingest into a temporary store
  with the linker); cluster = the store entity the mention's local entity links to;
- baseline, measured in the same run: mentions with the same exact text are one
  cluster (and a second row: the same local entity name and type);
- scores: MUC, B³, CEAF-e, CoNLL F1 (their mean) over all scored mentions,
  within and across documents, all topics in one store.
"""

from __future__ import annotations

from ..eval.report import Report
from .coref import GoldMention, evaluate_xdoc
from .meantime_corpus import MDoc, meantime_article

NAMED = frozenset({"NAM", "PRE.NAM"})


def gold_mentions(doc: MDoc, article_id: str) -> list[GoldMention]:
    return [
        GoldMention(article_id, m.start, m.end, m.text, m.instance)
        for m in doc.entities
        if m.syntactic_type in NAMED and m.instance and ":" not in m.instance
    ]


def evaluate_meantime_coref(docs: list[MDoc], *, nlp) -> Report:
    """Cross-document coreference of named entity mentions on MEANTIME documents."""
    articles = [meantime_article(d) for d in docs]
    gold = {a.id: gold_mentions(d, a.id) for d, a in zip(docs, articles, strict=True)}
    return evaluate_xdoc("MEANTIME cross-document entity coreference (named mentions)", articles, gold, nlp=nlp)


__all__ = ["Report", "evaluate_meantime_coref", "gold_mentions"]
