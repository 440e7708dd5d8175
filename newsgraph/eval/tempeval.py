"""TempEval-3 evaluation of time expressions (TimeBank + AQUAINT, TimeML).

For every document both systems read the same text against the same
publication date (the document creation time) in the same run:

* **newsgraph**: ``newsgraph.nlp.times.read_times`` on one spaCy parse;
* **baseline** (plain spaCy): spaCy's DATE and TIME entities as they are,
  typed by their label, each valued by ``dateparser`` relative to the creation
  time (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a time, by the period
  dateparser reports), or None when dateparser can't read it.

Scores are TempEval-3's (see ``timescore``): strict and relaxed extraction
F1, type accuracy, and value F1 over relaxed matches.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..models import Article, TimeExpr
from .report import Report
from .timeml import TimeMLDocument, iter_timeml
from .timescore import TimeCounts, score_times

logger = logging.getLogger(__name__)

#: The sub-corpora read under ``tempeval3/`` (the TBAQ-cleaned training data).
PARTS = ("TimeBank", "AQUAINT")


def load_corpus(path: str | Path, *, limit: int | None = None) -> list[TimeMLDocument]:
    """TimeML documents under ``path`` (the ``tempeval3`` folder, or one of its parts), sorted by path."""
    path = Path(path)
    roots = [path / p for p in PARTS if (path / p).is_dir()] or [path]
    docs: list[TimeMLDocument] = []
    for root in roots:
        docs.extend(iter_timeml(root))
    return docs[:limit] if limit is not None else docs


def article_of(doc: TimeMLDocument) -> Article:
    return Article(id=doc.doc_id, text=doc.text, published=doc.dct, doc_id=doc.doc_id,
                   origin=str(doc.path) if doc.path else None)


@dataclass(slots=True)
class PlainSpacyTimes:
    """The baseline: spaCy DATE/TIME entities valued by dateparser (imported only when it runs).

    Shared by every time evaluation (TempEval-3 here, MEANTIME in ``meantime_times``).
    """

    def times(self, doc, article: Article) -> list[TimeExpr]:
        from dateparser.date import DateDataParser

        base = _dct_datetime(article.published)
        parser = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
        }) if base else None
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            value = None
            if parser is not None:
                try:
                    data = parser.get_date_data(ent.text)
                except (ValueError, TypeError, OverflowError, KeyError, AttributeError):
                    data = None  # dateparser fails on some odd strings in these ways
                if data is not None and data.date_obj is not None:
                    value = _format(data.date_obj, data.period)
            out.append(TimeExpr(ent.start_char, ent.end_char, ent.text, type=ent.label_, value=value))
        return out


_Baseline = PlainSpacyTimes  # the name other evaluations first imported


def _dct_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:19])
    except ValueError:
        return None


def _format(when: datetime, period: str | None) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        y, w, _ = when.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.strftime("%Y-%m-%d")


def run(docs: list[TimeMLDocument], *, nlp) -> tuple[TimeCounts, TimeCounts, dict[str, float]]:
    """Counts of newsgraph and of the baseline over ``docs``, and the seconds each took."""
    from ..nlp.times import read_times

    baseline = PlainSpacyTimes()
    ours, base = TimeCounts(), TimeCounts()
    seconds = {"parse": 0.0, "newsgraph": 0.0, "baseline": 0.0}
    articles = [article_of(d) for d in docs]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe((a.text for a in articles), batch_size=16))
    seconds["parse"] = time.perf_counter() - t0
    for gold_doc, article, doc in zip(docs, articles, parsed):
        gold = [(g.start, g.end, g.type, g.value) for g in gold_doc.timexes]
        t0 = time.perf_counter()
        system = read_times(doc, article)
        seconds["newsgraph"] += time.perf_counter() - t0
        ours += score_times(gold, system)
        t0 = time.perf_counter()
        plain = baseline.times(doc, article)
        seconds["baseline"] += time.perf_counter() - t0
        base += score_times(gold, plain)
    return ours, base, seconds


def evaluate_tempeval(path: str | Path, *, nlp, limit: int | None = None) -> Report:
    """Score newsgraph's time expressions on TempEval-3 TimeML beside the plain-spaCy baseline.

    ``path`` is the ``tempeval3`` folder (TimeBank and AQUAINT under it) or any
    folder of ``.tml`` files; ``limit`` takes the first documents by path.
    """
    docs = load_corpus(path, limit=limit)
    ours, base, seconds = run(docs, nlp=nlp)
    a, b = ours.summary(), base.summary()
    report = Report(name="tempeval3-times", baseline="spaCy DATE/TIME entities valued by dateparser")
    for metric, key in (
        ("strict P", "strict_p"), ("strict R", "strict_r"), ("strict F1", "strict_f1"),
        ("relaxed P", "relaxed_p"), ("relaxed R", "relaxed_r"), ("relaxed F1", "relaxed_f1"),
        ("type accuracy", "type_accuracy"), ("type F1", "type_f1"),
        ("value accuracy", "value_accuracy"), ("value F1", "value_f1"),
    ):
        report.add(metric, a[key], b[key])
    report.counts.update({
        "documents": len(docs), "gold_timexes": ours.gold,
        "newsgraph_timexes": ours.system, "baseline_timexes": base.system,
        "parse_ms": round(seconds["parse"] * 1000), "newsgraph_ms": round(seconds["newsgraph"] * 1000),
        "baseline_ms": round(seconds["baseline"] * 1000),
    })
    logger.info("tempeval3: %d documents, %d gold timexes, value F1 %.3f (baseline %.3f)",
                len(docs), ours.gold, a["value_f1"], b["value_f1"])
    return report
