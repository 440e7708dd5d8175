"""MEANTIME participants: who did what to whom, scored on the gold ``HAS_PARTICIPANT`` links.

Gold: for each document-level event mention, the entity mentions linked to it
as ``Arg0`` (the agent) or ``Arg1`` (the patient or theme); the other roles
(Arg2…, Argm-LOC…) are not what a claim's subject and object say and are left
out.

**Which events.** Only gold events a claim covers (``meantime_events``: a word
of the claim's predicate chain overlaps the event, in the claim's sentence),
and of those only the ones with at least one gold Arg0/Arg1: the score says
whether the claims that *do* read an event name its participants right. When
several claims cover an event, the one whose covering word is tightest is
taken, and among equals the first. Only claims shown as facts count
(``Claim.shown``): hidden claims are not what a reader sees.

**Participants.** A claim names up to two: its subject (``args["subject_head"]``,
the offsets of the subject's head word in the sentence) and its object
(``args["object_head"]``). A named participant is right when its head word
lies inside a gold Arg0/Arg1 mention of that event (a pronoun counts where the
gold marks the pronoun). Precision = right / named, recall = gold Arg0/Arg1
mentions found / gold Arg0/Arg1 mentions, F1 their harmonic mean.

**Roles.** Of the right participants, the share whose role agrees: the
subject of an active clause is Arg0 and its object Arg1; a passive clause's
subject is Arg1.

**Baseline** (same events, same run): the nearest noun phrase head of the
sentence left of the event is Arg0, the nearest one right of it Arg1 (spaCy's
noun chunks over the same text). The ``*_all_claims`` rows score every event
that any claim covers, hidden claims included: what the confidence checks
leave out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Claim
from .meantime_corpus import MDoc, MEvent, meantime_article
from .meantime_events import scored_events
from .report import Report

logger = logging.getLogger(__name__)

ROLES = ("Arg0", "Arg1")


@dataclass(slots=True)
class Named:
    """A participant a reader names for an event: where its head word is, and the role it gives it."""

    start: int
    end: int
    role: str


@dataclass(slots=True)
class Tally:
    named: int = 0
    right: int = 0
    role_right: int = 0
    gold: int = 0
    found: int = 0

    def add(self, named: list[Named], gold: dict[tuple[int, int], str]) -> None:
        """Score one event: ``gold`` maps each gold mention's span to its role."""
        self.named += len(named)
        self.gold += len(gold)
        hit: set[tuple[int, int]] = set()
        for n in named:
            span = next((s for s in gold if s[0] <= n.start and n.end <= s[1]), None)
            if span is None:
                continue
            self.right += 1
            self.role_right += gold[span] == n.role
            hit.add(span)
        self.found += len(hit)

    @property
    def precision(self) -> float:
        return self.right / self.named if self.named else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def role_accuracy(self) -> float:
        return self.role_right / self.right if self.right else 0.0


def covering_claim(event: MEvent, claims: Sequence[Claim]) -> Claim | None:
    """The claim whose predicate word covers ``event`` most tightly (see ``meantime_events``)."""
    best: tuple[int, int, Claim] | None = None
    for k, c in enumerate(claims):
        ev = c.evidence
        if not (ev.start <= event.start and event.end <= ev.end):
            continue
        spans = [(w["start"], w["end"]) for w in c.args.get("chain") or ()]
        if c.args.get("predicate_span"):
            spans.append(tuple(c.args["predicate_span"]))
        for start, end in spans:
            if start < event.end and event.start < end and (best is None or (end - start, k) < best[:2]):
                best = (end - start, k, c)
    return best[2] if best else None


def claim_participants(claim: Claim) -> list[Named]:
    """The claim's subject and object heads with the roles their clause gives them."""
    passive = claim.args.get("voice") == "passive"
    out = []
    for key, role in (("subject_head", "Arg1" if passive else "Arg0"), ("object_head", "Arg1")):
        span = claim.args.get(key)
        if span:
            out.append(Named(span[0], span[1], role))
    return out


def gold_participants(doc: MDoc) -> dict[str, dict[tuple[int, int], str]]:
    """Event m_id → {gold Arg0/Arg1 mention span: role}."""
    spans = {m.m_id: (m.start, m.end) for m in doc.entities}
    out: dict[str, dict[tuple[int, int], str]] = {}
    for p in doc.participants:
        if p.role in ROLES and p.mention in spans:
            out.setdefault(p.event, {})[spans[p.mention]] = p.role
    return out


def nearest_chunks(doc, event: MEvent, sentence: tuple[int, int]) -> list[Named]:
    """The baseline: the nearest noun chunk head left of the event (Arg0) and right of it (Arg1)."""
    left = right = None
    for chunk in doc.noun_chunks:
        head = chunk.root
        start = head.idx
        if start < sentence[0] or start >= sentence[1]:
            continue
        if chunk.end_char <= event.start:
            left = head
        elif chunk.start_char >= event.end and right is None:
            right = head
    return [Named(t.idx, t.idx + len(t.text), role) for t, role in ((left, "Arg0"), (right, "Arg1"))
            if t is not None]


def evaluate_meantime_participants(docs: Sequence[MDoc], *, nlp) -> Report:
    """Participant precision/recall/F1 and role accuracy of shown claims, beside the nearest-phrase baseline."""
    from ..nlp.pipeline import Annotator

    annotator = Annotator(nlp)
    ours, base, every = Tally(), Tally(), Tally()
    events = links = every_events = 0
    articles = [meantime_article(d) for d in docs]
    for doc, annotated, parsed in zip(docs, annotator.annotate_many(articles), nlp.pipe(a.text for a in articles)):
        shown = [c for c in annotated.claims if c.shown]
        gold_of = gold_participants(doc)
        for event in scored_events(doc):
            gold = gold_of.get(event.m_id)
            if not gold:
                continue
            links += len(gold)
            any_claim = covering_claim(event, annotated.claims)
            if any_claim is not None:
                every_events += 1
                every.add(claim_participants(any_claim), gold)
            claim = covering_claim(event, shown)
            if claim is None:
                continue
            events += 1
            ours.add(claim_participants(claim), gold)
            base.add(nearest_chunks(parsed, event, doc.sentences[event.sentence]), gold)
    report = Report(name="meantime-participants", baseline="nearest noun phrase left = Arg0, right = Arg1")
    report.add("participant_precision", ours.precision, base.precision, "shown claims' subject/object heads")
    report.add("participant_recall", ours.recall, base.recall, "gold Arg0/Arg1 mentions of covered events")
    report.add("participant_f1", ours.f1, base.f1, "")
    report.add("role_accuracy", ours.role_accuracy, base.role_accuracy, "Arg0 as subject, Arg1 as object")
    report.add("participant_precision_all_claims", every.precision, None,
               "events any claim covers, hidden claims too (what the checks leave out)")
    report.add("participant_f1_all_claims", every.f1, None, "events any claim covers, hidden claims too")
    report.counts.update({"documents": len(docs), "gold_links": links, "events_with_participants": events,
                          "events_any_claim": every_events,
                          "gold_participants": ours.gold, "named": ours.named, "baseline_named": base.named})
    logger.info("meantime participants: %d events scored", events)
    return report
