"""MEANTIME event mentions: does newsgraph read a claim for each event, with the right status?

Gold: the ``EVENT_MENTION`` markables of the document-level annotation (those
that carry attributes: pos, certainty, polarity, time; the mentions the
cross-document pass added carry none and are left out).

**Coverage.** A gold event is *covered* when a claim's evidence sentence holds
it and its span overlaps a word of that claim's predicate: the content word
(``Claim.args["predicate_span"]``) or any word of the predicate chain
(``Claim.args["chain"]``: "wants to meet" covers both "wants" and "meet";
a nominal claim's chain is its event noun). Coverage is reported over all
gold events and over verbal events (``pos="VERB"``) alone.

**Status.** Each gold event has an expected status, in this order:
polarity NEG → negated; certainty POSSIBLE/PROBABLE/UNCERTAIN → possible;
time FUTURE → planned; else happened. newsgraph's status for a covered event
is the status of the chain word that covers it (each chain word records the
status that word alone has: in "wants to meet", "wants" happened/ongoing and
"meet" desired), mapped into the same four:

- happened, ongoing → happened (a state that holds now has happened);
- planned, desired, requested → planned (not yet, and meant to be);
- possible → possible;
- negated, failed → negated (it did not come about: MEANTIME marks a failed
  event's polarity, and a plan that fell through is an event that did not
  happen).

Accuracy and macro-F1 over the four statuses are scored on the covered events,
next to the baseline that calls every event happened, on the same events. The
same two are also given over all gold events, with uncovered events counted as
"happened" for newsgraph (what a reader without a claim would assume).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence

from ..models import Claim
from .meantime_corpus import MDoc, MEvent, meantime_article
from .report import Report

logger = logging.getLogger(__name__)

STATUSES4 = ("happened", "planned", "possible", "negated")

#: newsgraph's statuses → the four MEANTIME can tell apart.
TO_FOUR = {
    "happened": "happened", "ongoing": "happened",
    "planned": "planned", "desired": "planned", "requested": "planned",
    "possible": "possible",
    "negated": "negated", "failed": "negated",
}


def gold_status(event: MEvent) -> str:
    """The expected status of a gold event (see the module docstring)."""
    if event.polarity == "NEG":
        return "negated"
    if event.certainty in ("POSSIBLE", "PROBABLE", "UNCERTAIN"):
        return "possible"
    if event.time == "FUTURE":
        return "planned"
    return "happened"


def scored_events(doc: MDoc) -> list[MEvent]:
    """The document-level event mentions (the ones with attributes)."""
    return [e for e in doc.events
            if any(v is not None for v in (e.pos, e.certainty, e.polarity, e.time, e.tense))]


def predicate_words(claims: list[Claim]) -> list[tuple[int, int, str, int, int]]:
    """(start, end, four-way status, evidence start, evidence end) of every predicate word."""
    out: list[tuple[int, int, str, int, int]] = []
    for c in claims:
        ev = c.evidence
        seen: set[tuple[int, int]] = set()
        for w in c.args.get("chain") or ():
            key = (w["start"], w["end"])
            seen.add(key)
            out.append((w["start"], w["end"], TO_FOUR.get(w.get("status") or c.status, "happened"), ev.start, ev.end))
        span = c.args.get("predicate_span")
        if span and tuple(span) not in seen:
            out.append((span[0], span[1], TO_FOUR.get(c.status, "happened"), ev.start, ev.end))
    return out


def covering_status(event: MEvent, words: list[tuple[int, int, str, int, int]]) -> str | None:
    """The status of the predicate word that covers ``event`` (the tightest overlap), or None."""
    best: tuple[int, str] | None = None
    for start, end, status, ev_start, ev_end in words:
        if not (ev_start <= event.start and event.end <= ev_end):
            continue
        if start < event.end and event.start < end:
            width = end - start
            if best is None or width < best[0]:
                best = (width, status)
    return best[1] if best else None


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = STATUSES4) -> float:
    """Mean F1 over ``labels`` (a label never predicted nor gold scores 0 and still counts)."""
    if not gold:
        return 0.0
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    return sum(1 for g, p in zip(gold, pred) if g == p) / len(gold) if gold else 0.0


def evaluate_meantime_events(docs: Sequence[MDoc], *, nlp) -> Report:
    """Coverage and status agreement of newsgraph's claims on MEANTIME's gold events."""
    from ..nlp.pipeline import Annotator

    annotator = Annotator(nlp)
    report = Report(name="meantime-events", baseline="every event happened")
    n_all = n_verb = cov_all = cov_verb = 0
    gold_cov: list[str] = []
    pred_cov: list[str] = []
    gold_all: list[str] = []
    pred_all: list[str] = []
    tokens = claims_total = 0
    t0 = time.perf_counter()
    for doc, annotated in zip(docs, annotator.annotate_many(meantime_article(d) for d in docs)):
        words = predicate_words(annotated.claims)
        tokens += annotated.tokens
        claims_total += len(annotated.claims)
        for event in scored_events(doc):
            expected = gold_status(event)
            status = covering_status(event, words)
            n_all += 1
            verbal = event.pos == "VERB"
            n_verb += verbal
            gold_all.append(expected)
            pred_all.append(status or "happened")
            if status is None:
                continue
            cov_all += 1
            cov_verb += verbal
            gold_cov.append(expected)
            pred_cov.append(status)
    seconds = time.perf_counter() - t0
    base_cov = ["happened"] * len(gold_cov)
    base_all = ["happened"] * len(gold_all)
    report.add("coverage_verbal", cov_verb / n_verb if n_verb else 0.0, None,
               "share of gold VERB event mentions on a claim's predicate")
    report.add("coverage_all", cov_all / n_all if n_all else 0.0, None,
               "share of all gold event mentions on a claim's predicate")
    report.add("status_accuracy", accuracy(gold_cov, pred_cov), accuracy(gold_cov, base_cov),
               "on covered events")
    report.add("status_macro_f1", macro_f1(gold_cov, pred_cov), macro_f1(gold_cov, base_cov),
               "on covered events, 4 statuses")
    report.add("status_accuracy_all", accuracy(gold_all, pred_all), accuracy(gold_all, base_all),
               "on all events, uncovered = happened")
    report.add("status_macro_f1_all", macro_f1(gold_all, pred_all), macro_f1(gold_all, base_all),
               "on all events, uncovered = happened")
    counts = Counter(gold_all)
    report.counts.update({
        "documents": len(docs), "events": n_all, "verbal_events": n_verb, "covered": cov_all,
        "covered_verbal": cov_verb, "claims": claims_total, "tokens": tokens,
        **{f"gold_{k}": counts.get(k, 0) for k in STATUSES4},
    })
    logger.info("meantime events: %d docs, %d events, %.1fs", len(docs), n_all, seconds)
    return report
