"""MEANTIME named-entity mentions (PER, ORG, LOC), newsgraph beside plain spaCy in one run.

Gold: ``ENTITY_MENTION`` markables whose ``syntactic_type`` is NAM (a name) or
PRE.NAM (a name used as a premodifier, "the *Boeing* plant"), typed by the
``ent_type`` of the instance they refer to. Only PER, ORG and LOC are scored;
the corpus's other types (PRO products, FIN money, MIX) are ignored on both
sides, and so are NOM/PRO/APP/CONJ mentions (descriptions and pronouns).

Scope: only the sentences the document-level annotation covered
(``MDoc.annotated_upto``, the headline and the first body sentences; sentence
1, the date line, is included but holds no names). Outside them gold is
partial, so counting predictions there as false positives would be unfair.

Neutral predictions: a predicted span that exactly matches an annotated entity
mention that is not a name by the gold's own label (mostly files where the
annotators left ``syntactic_type`` empty, e.g. "General Motors" on some gm
files) counts neither way. Both systems get the same treatment.

Determiners: MEANTIME puts the article inside a name's span when the name
heads its noun phrase ("the United States", "the GAO") and leaves it out when
the name only premodifies ("the Apple website"). Both systems' spans are
aligned to that convention by the same syntactic rule before scoring (a
directly preceding "the" that the parse attaches to the span's head joins the
span), so neither is scored on determiner habits.

Titles: MEANTIME's name mentions also take in a title or descriptor right
before the name ("Senator J. Doe", "aircraft maker Acme"). Both systems'
spans take in a directly preceding capitalized honorific ("Mr.", "Senator",
"Judge", from ``names.HONORIFICS``; not all-caps ones such as "CEO", which the
corpus leaves out); newsgraph's spans also take in a premodifying
description it reported for the entity (``Entity.descriptions`` ending right
before the mention), because that is newsgraph's own reading of the title.
The row ``micro_f1_name_only`` scores newsgraph without that last step.

Predicted labels map PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence

from ..nlp.entities import read_entities
from ..nlp.names import HONORIFICS
from .meantime_corpus import MDoc, meantime_article
from .report import Report
from .spans import Key, coarse, score_spans

logger = logging.getLogger(__name__)

SCORED = ("PER", "ORG", "LOC")
NAME_TYPES = ("NAM", "PRE.NAM")


def gold_names(doc: MDoc) -> tuple[set[Key], set[tuple[int, int]]]:
    """(scored gold name spans, spans of other annotated entity mentions)."""
    gold: set[Key] = set()
    other: set[tuple[int, int]] = set()
    for m in doc.entities:
        if m.sentence > doc.annotated_upto:
            continue
        if m.syntactic_type in NAME_TYPES and m.ent_type in SCORED:
            gold.add((doc.doc_id, m.start, m.end, m.ent_type))
        else:
            other.add((m.start, m.end))
    names = {(k[1], k[2]) for k in gold}
    return gold, other - names


def _keep(doc: MDoc, start: int, end: int, neutral: set[tuple[int, int]]) -> bool:
    if (start, end) in neutral:
        return False
    last = doc.sentences[min(doc.annotated_upto, len(doc.sentences) - 1)][1]
    return end <= last


def with_determiner(doc, start: int, end: int) -> int:
    """``start`` moved left over a "the" that determines the span's head (see module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return start
    before = doc[span.start - 1]
    if before.lower_ == "the" and before.head.i >= span.start and before.head.i < span.end:
        return before.idx
    return start


def with_honorific(text: str, start: int) -> int:
    """``start`` moved left over honorifics right before it ("Mr Justice |Doe")."""
    while True:
        m = re.search(r"([A-Z][a-z]+)\.?\s+$", text[max(0, start - 20):start])
        if not m or m.group(1).lower() not in HONORIFICS:
            return start
        start = start - (len(text[max(0, start - 20):start]) - m.start())


def with_description(text: str, start: int, descriptions) -> int:
    """``start`` moved left over a description that ends right before it."""
    for d in descriptions:
        if d.end <= start and d.start < start and not text[d.end:start].strip():
            return d.start
    return start


def evaluate_meantime_ner(docs: Sequence[MDoc], *, nlp, batch_size: int = 16) -> Report:
    """Exact-span micro P/R/F1 for PER/ORG/LOC names: newsgraph vs plain spaCy, same parse."""
    gold: set[Key] = set()
    base: set[Key] = set()
    ours: set[Key] = set()
    plain: set[Key] = set()
    spent_ours = 0.0
    started = time.perf_counter()
    pairs = ((d.text, d) for d in docs)
    for doc, mdoc in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        t0 = time.perf_counter()
        g, neutral = gold_names(mdoc)
        gold |= g
        for ent in doc.ents:
            label = coarse(ent.label_)
            if label:
                start = with_determiner(doc, with_honorific(mdoc.text, ent.start_char), ent.end_char)
                if _keep(mdoc, start, ent.end_char, neutral):
                    base.add((mdoc.doc_id, start, ent.end_char, label))
        for entity in read_entities(doc, meantime_article(mdoc), nlp=nlp):
            label = coarse(entity.type)
            if not label:
                continue
            for m in entity.mentions:
                titled = with_honorific(mdoc.text, m.start)
                start = with_determiner(doc, titled, m.end)
                if _keep(mdoc, start, m.end, neutral):
                    plain.add((mdoc.doc_id, start, m.end, label))
                start = with_determiner(doc, with_description(mdoc.text, titled, entity.descriptions), m.end)
                if _keep(mdoc, start, m.end, neutral):
                    ours.add((mdoc.doc_id, start, m.end, label))
        spent_ours += time.perf_counter() - t0
    spent_nlp = time.perf_counter() - started - spent_ours
    ng, bl = score_spans(gold, ours), score_spans(gold, base)
    report = Report(name="meantime-ner", baseline=f"spaCy en_{nlp.meta.get('name', '?')} ents")
    report.add("micro_f1", ng.micro.f1, bl.micro.f1, "exact span, PER/ORG/LOC names (NAM, PRE.NAM)")
    report.add("precision", ng.micro.precision, bl.micro.precision)
    report.add("recall", ng.micro.recall, bl.micro.recall)
    for label in SCORED:
        report.add(f"f1_{label}", ng.row(label).f1, bl.row(label).f1)
    report.add("micro_f1_name_only", score_spans(gold, plain).micro.f1, bl.micro.f1,
               "newsgraph spans without its premodifying descriptions")
    report.counts.update({
        "documents": len(docs), "gold_mentions": len(gold),
        "reader_ms_per_doc": round(1000 * spent_ours / max(len(docs), 1)),
        "nlp_ms_per_doc": round(1000 * spent_nlp / max(len(docs), 1)),
    })
    logger.info("meantime ner: newsgraph %.3f, baseline %.3f", ng.micro.f1, bl.micro.f1)
    return report
