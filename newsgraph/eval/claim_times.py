"""Claim times: does the claim that covers a gold event carry the time the gold places it at?

Gold: events that a temporal link places inside or at a time expression of the
text (never the document creation time), with the expression's TIMEX3 value:

- MEANTIME ``TLINK`` between an ``EVENT_MENTION`` and a ``TIMEX3``;
- TempEval-3 (TimeBank, AQUAINT) ``TLINK`` between an event instance and a
  ``TIMEX3``.

The relations that place an event at a time are ``IS_INCLUDED``, ``DURING``,
``SIMULTANEOUS`` and ``IDENTITY`` from event to time, and ``INCLUDES``,
``DURING_INV`` and ``SIMULTANEOUS`` from time to event. Only DATE and TIME
expressions with a value count (a duration places nothing).

A gold event is *covered* by the claim whose predicate word overlaps it inside
the claim's evidence sentence (the tightest such word, as the MEANTIME events
score does). newsgraph is right when that claim's time value equals the gold
value exactly; an uncovered event or a claim without a time is wrong.

Baselines on the same events, from the same run: the publication date (the
document creation time) as every event's time, and the value of the first time
expression newsgraph found in the event's sentence. The report's baseline
column is the stronger of the two, and its note says which.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import AnnotatedArticle, Article, Claim
from .meantime_corpus import MDoc, meantime_article
from .report import Report
from .timeml import TimeMLDocument

logger = logging.getLogger(__name__)

#: Relations that put the event (source) inside or at the time (target), and the reverse ones.
EVENT_IN_TIME = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY"})
TIME_HOLDS_EVENT = frozenset({"INCLUDES", "DURING_INV", "SIMULTANEOUS"})
TIME_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class GoldEventTime:
    """One gold event (offsets into its document's text) and the TIMEX3 value the gold places it at."""

    start: int
    end: int
    value: str


def _placed(links: Iterable[tuple[str, str, str]], events: dict[str, tuple[int, int]],
            times: dict[str, str]) -> list[GoldEventTime]:
    """(relation, source id, target id) links → the events placed at a time, each event once."""
    out: dict[tuple[int, int], GoldEventTime] = {}
    for rel, source, target in links:
        if source in events and target in times and rel in EVENT_IN_TIME:
            event, value = events[source], times[target]
        elif source in times and target in events and rel in TIME_HOLDS_EVENT:
            event, value = events[target], times[source]
        else:
            continue
        out.setdefault(event, GoldEventTime(event[0], event[1], value))
    return sorted(out.values(), key=lambda g: (g.start, g.end))


def meantime_gold(doc: MDoc) -> list[GoldEventTime]:
    """The MEANTIME document's events placed at a time of its text."""
    events = {e.m_id: (e.start, e.end) for e in doc.events}
    times = {t.m_id: t.value for t in doc.timexes
             if t.value and t.function != "CREATION_TIME" and t.type in TIME_TYPES}
    return _placed(doc.tlinks, events, times)


def timeml_gold(doc: TimeMLDocument) -> list[GoldEventTime]:
    """The TimeML document's event instances placed at a time of its text (the DCT is not one)."""
    events = {eiid: (e.start, e.end) for e in doc.events for eiid in e.eiids}
    times = {t.tid: t.value for t in doc.timexes if t.tid and t.value and t.type in TIME_TYPES}
    return _placed(((link.rel, link.source, link.target) for link in doc.tlinks), events, times)


def covering_claim(start: int, end: int, claims: Sequence[Claim]) -> Claim | None:
    """The claim whose predicate word overlaps ``[start, end)`` inside its evidence (tightest word)."""
    best: tuple[int, Claim] | None = None
    for c in claims:
        if not (c.evidence.start <= start and end <= c.evidence.end):
            continue
        words = [(w["start"], w["end"]) for w in c.args.get("chain") or ()]
        if span := c.args.get("predicate_span"):
            words.append((span[0], span[1]))
        for ws, we in words:
            if ws < end and start < we and (best is None or we - ws < best[0]):
                best = (we - ws, c)
    return best[1] if best else None


def _first_time_of_sentence(annotated: AnnotatedArticle, offset: int) -> str | None:
    sentence = next((s for s in annotated.sentences if s.start <= offset < s.end), None)
    if sentence is None:
        return None
    return next((t.value for t in annotated.times if sentence.start <= t.start < sentence.end and t.value), None)


@dataclass(slots=True)
class _Tally:
    gold: int = 0
    covered: int = 0
    right: int = 0
    right_covered: int = 0
    dct: int = 0
    first: int = 0

    def add(self, annotated: AnnotatedArticle, gold: list[GoldEventTime]) -> None:
        dct = (annotated.article.published or "")[:10] or None
        for g in gold:
            self.gold += 1
            claim = covering_claim(g.start, g.end, annotated.claims)
            value = claim.time.value if claim is not None and claim.time is not None else None
            self.covered += claim is not None
            self.right += value == g.value
            self.right_covered += claim is not None and value == g.value
            self.dct += dct == g.value
            self.first += _first_time_of_sentence(annotated, g.start) == g.value

    def rows(self, report: Report, corpus: str) -> None:
        n = self.gold or 1
        dct, first = self.dct / n, self.first / n
        baseline, which = (first, "first time of the sentence") if first >= dct else (dct, "publication date")
        report.add(f"{corpus} claim-time accuracy", self.right / n, baseline,
                   f"gold events placed at a time; baseline: {which} (publication date {dct:.3f}, "
                   f"first time of the sentence {first:.3f})")
        report.add(f"{corpus} claim-time accuracy, covered", self.right_covered / (self.covered or 1), None,
                   "on gold events a claim covers")
        report.add(f"{corpus} coverage", self.covered / n, None, "gold events placed at a time that a claim covers")
        report.counts[f"{corpus}_events"] = self.gold
        report.counts[f"{corpus}_covered"] = self.covered


def _score(annotator, pairs: list[tuple[Article, list[GoldEventTime]]]) -> _Tally:
    tally = _Tally()
    for (_, gold), annotated in zip(pairs, annotator.annotate_many(a for a, _ in pairs)):
        tally.add(annotated, gold)
    return tally


def evaluate_claim_times(*, nlp, meantime: Sequence[MDoc] = (), timeml: Sequence[TimeMLDocument] = ()) -> Report:
    """Claim-time accuracy on MEANTIME and TempEval-3 events placed at a time, beside two baselines."""
    from ..nlp.pipeline import Annotator
    from .tempeval import article_of

    annotator = Annotator(nlp)
    report = Report(name="claim-times", baseline="stronger of: publication date / first time of the sentence")
    for corpus, pairs in (
        ("MEANTIME", [(meantime_article(d), meantime_gold(d)) for d in meantime]),
        ("TempEval-3", [(article_of(d), timeml_gold(d)) for d in timeml]),
    ):
        pairs = [(a, g) for a, g in pairs if g]
        if pairs:
            _score(annotator, pairs).rows(report, corpus)
            report.counts[f"{corpus}_documents"] = len(pairs)
    return report


def load_claim_time_corpora(data: Path, *, limit: int | None = None) -> tuple[list[MDoc], list[TimeMLDocument]]:
    """MEANTIME (``data/meantime``) and TempEval-3 (``data/tempeval3``) under the shared data folder."""
    from .meantime_corpus import load_meantime
    from .tempeval import load_corpus

    meantime = load_meantime(data / "meantime") if (data / "meantime").is_dir() else []
    timeml = load_corpus(data / "tempeval3", limit=limit) if (data / "tempeval3").is_dir() else []
    if not meantime and not timeml:
        raise FileNotFoundError(f"neither {data / 'meantime'} nor {data / 'tempeval3'} exists")
    return meantime, timeml
