"""CoNLL-2003 English NER (PER, ORG, LOC), newsgraph beside plain spaCy in one run.

The file has one token a line (``word POS chunk tag``, tags in IOB1), blank
lines between sentences and ``-DOCSTART-`` lines between documents. Each
document is rebuilt as text (tokens joined by a space, sentences by a newline)
so gold tags become character spans; the text is parsed once and both readers
score on that one parse: spaCy's own ``doc.ents`` (the baseline) and
newsgraph's ``read_entities``. MISC, and any label outside PER/ORG/LOC after
mapping (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC), is ignored on both sides.
The documents carry no publication date.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Article
from ..nlp.entities import read_entities
from ..nlp.names import trim_span
from .report import Report
from .spans import SCORED, Key, add_ner_rows, coarse, score_spans

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class ConllDoc:
    index: int
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # gold (start, end, PER/ORG/LOC/MISC)
    tokens: int = 0


def _close(spans: list[tuple[int, int, str]], open_span: list | None) -> None:
    if open_span is not None:
        spans.append((open_span[0], open_span[1], open_span[2]))


def read_conll(path: Path) -> list[ConllDoc]:
    """Documents of a CoNLL-2003 file with their gold spans (IOB1 or IOB2)."""
    docs: list[ConllDoc] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_doc() -> None:
        if current:
            sentences.append(list(current))
            current.clear()
        if sentences:
            docs.append(_build(len(docs), sentences))
            sentences.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                flush_doc()
                continue
            if not line.strip():
                if current:
                    sentences.append(list(current))
                    current.clear()
                continue
            parts = line.split()
            current.append((parts[0], parts[-1]))
    flush_doc()
    return docs


def _build(index: int, sentences: list[list[tuple[str, str]]]) -> ConllDoc:
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    tokens = 0
    for s_i, sent in enumerate(sentences):
        if s_i:
            pieces.append("\n")
            pos += 1
        open_span: list | None = None
        for w_i, (word, tag) in enumerate(sent):
            if w_i:
                pieces.append(" ")
                pos += 1
            start, end = pos, pos + len(word)
            pieces.append(word)
            pos = end
            tokens += 1
            if tag == "O":
                _close(spans, open_span)
                open_span = None
                continue
            prefix, label = tag.split("-", 1)
            if open_span is not None and open_span[2] == label and prefix == "I":
                open_span[1] = end
            else:
                _close(spans, open_span)
                open_span = [start, end, label]
        _close(spans, open_span)
    return ConllDoc(index=index, text="".join(pieces), spans=spans, tokens=tokens)


def evaluate_conll(path: Path, *, nlp, limit_docs: int | None = None, batch_size: int = 16) -> Report:
    """Exact-span micro P/R/F1 over PER/ORG/LOC: newsgraph vs plain spaCy, same parse."""
    docs = read_conll(Path(path))
    if limit_docs is not None:
        docs = docs[:limit_docs]
    gold: list[Key] = []
    base: list[Key] = []
    trimmed: list[Key] = []
    ours: list[Key] = []
    spent_nlp = spent_ours = 0.0
    texts = ((d.text, d) for d in docs)
    started = time.perf_counter()
    for doc, cdoc in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        t0 = time.perf_counter()
        key = str(cdoc.index)
        gold.extend((key, s, e, t) for s, e, t in cdoc.spans if t in SCORED)
        for ent in doc.ents:
            label = coarse(ent.label_)
            if label:
                base.append((key, ent.start_char, ent.end_char, label))
                s, e = trim_span(cdoc.text, ent.start_char, ent.end_char)
                if e > s:
                    trimmed.append((key, s, e, label))
        article = Article(id=f"conll-{cdoc.index}", text=cdoc.text)
        for entity in read_entities(doc, article, nlp=nlp):
            label = coarse(entity.type)
            if label:
                ours.extend((key, m.start, m.end, label) for m in entity.mentions)
        spent_ours += time.perf_counter() - t0
    spent_nlp = time.perf_counter() - started - spent_ours
    ng, bl = score_spans(gold, ours), score_spans(gold, base)
    model = nlp.meta.get("name", "?")
    report = Report(name="conll2003-ner", baseline=f"spaCy {nlp.meta.get('lang', 'en')}_{model} ents")
    add_ner_rows(report, ng, bl, "exact span, PER/ORG/LOC")
    report.add("micro_f1_vs_trimmed_baseline", ng.micro.f1, score_spans(gold, trimmed).micro.f1,
               "baseline spans without a leading article, honorific or possessive")
    report.counts.update({
        "documents": len(docs), "tokens": sum(d.tokens for d in docs), "gold_spans": len(set(gold)),
        "reader_ms_per_doc": round(1000 * spent_ours / max(len(docs), 1)),
        "nlp_ms_per_doc": round(1000 * spent_nlp / max(len(docs), 1)),
    })
    logger.info("conll: newsgraph %.3f, baseline %.3f", ng.micro.f1, bl.micro.f1)
    return report
