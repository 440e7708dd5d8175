"""MEANTIME time expressions: TempEval-3 measures against the gold TIMEX3 values.

Only the sentences MEANTIME annotated at document level are scored (the
headline and the first body sentences; later sentences carry only some
cross-document mentions, so a time found there is not an error). Each document is read against its creation date (``MDoc.dct``) by newsgraph's
``read_times`` and by the same plain-spaCy baseline as the TempEval-3
evaluation, on one parse, in the same run.
"""

from __future__ import annotations

from ..nlp.times import read_times
from .meantime_corpus import MDoc, meantime_article
from .report import Report
from .tempeval import PlainSpacyTimes
from .timescore import TimeCounts, score_times


def annotated_end(doc: MDoc) -> int:
    """Where the document-level annotation stops: only times before it can be scored fairly."""
    if doc.annotated_upto + 1 < len(doc.sentences):
        return doc.sentences[doc.annotated_upto][1]
    return len(doc.text)


def evaluate_meantime_times(docs: list[MDoc], *, nlp) -> Report:
    baseline = PlainSpacyTimes()
    ours, base = TimeCounts(), TimeCounts()
    articles = [meantime_article(d) for d in docs]
    for gold_doc, article, doc in zip(docs, articles, nlp.pipe((a.text for a in articles), batch_size=16)):
        limit = annotated_end(gold_doc)
        gold = [(t.start, t.end, t.type, t.value) for t in gold_doc.timexes if t.start < limit]
        ours += score_times(gold, [t for t in read_times(doc, article) if t.start < limit])
        base += score_times(gold, [t for t in baseline.times(doc, article) if t.start < limit])
    a, b = ours.summary(), base.summary()
    report = Report(name="meantime-times", baseline="spaCy DATE/TIME entities valued by dateparser")
    for metric, key in (("time relaxed F1", "relaxed_f1"), ("time type accuracy", "type_accuracy"),
                        ("time value F1", "value_f1")):
        report.add(metric, a[key], b[key])
    report.counts["gold times"] = ours.gold
    return report
