"""Exact-span precision, recall and F1: the one way NER is scored here.

A span counts only when its document, both offsets and its type match a gold
span exactly; a right span with the wrong type is one false positive and one
false negative (as in the CoNLL-2003 scorer).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .report import Report

#: (document key, start, end, type)
Key = tuple[str, int, int, str]


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class SpanScore:
    """Micro totals and the same per type."""

    micro: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=dict)

    def row(self, type_: str) -> PRF:
        return self.by_type.setdefault(type_, PRF())


def score_spans(gold: Iterable[Key], predicted: Iterable[Key]) -> SpanScore:
    """Score predicted spans against gold spans (duplicates count once)."""
    gold_set, pred_set = set(gold), set(predicted)
    score = SpanScore()
    for key in pred_set:
        hit = key in gold_set
        row = score.row(key[3])
        if hit:
            row.tp += 1
            score.micro.tp += 1
        else:
            row.fp += 1
            score.micro.fp += 1
    for key in gold_set - pred_set:
        score.row(key[3]).fn += 1
        score.micro.fn += 1
    return score


#: The coarse classes NER is scored on.
SCORED = ("PER", "ORG", "LOC")


def add_ner_rows(report: Report, ours: SpanScore, base: SpanScore, note: str) -> None:
    """The rows every NER score reports, newsgraph beside the baseline: micro F1 (with ``note`` saying what
    counts as a hit), precision, recall and F1 per class, so the corpora's reports line up."""
    report.add("micro_f1", ours.micro.f1, base.micro.f1, note)
    report.add("precision", ours.micro.precision, base.micro.precision)
    report.add("recall", ours.micro.recall, base.micro.recall)
    for label in SCORED:
        report.add(f"f1_{label}", ours.row(label).f1, base.row(label).f1)


#: newsgraph's and spaCy's OntoNotes labels on the three coarse classes scored.
COARSE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def coarse(label: str) -> str | None:
    """OntoNotes label → PER/ORG/LOC, or None for labels not scored."""
    return COARSE.get(label)
