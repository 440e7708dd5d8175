"""Open loops: what was planned, requested or wanted and never reported settled.

A claim with status planned, requested or desired is *settled* when a later
article (or the same one, through ``args.outcome``) says how it ended: a claim
with the same participants (subject entity, and object entity when there is
one) and the same predicate lemma whose status is happened, negated or failed.
Everything else is still open as of the newest article that raised it, and is
listed with all the articles that did. Candidates are the newest ``scan``
open-status claims (an index range), so the report is bounded on any store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .entities import find_entity
from .load import load_claims
from .phrases import arg_text, verb_stem
from .timeline import event_key
from .types import CitedClaims, ClaimView

OPEN = ("planned", "requested", "desired")
SETTLING = ("happened", "ongoing", "negated", "failed")
#: Outcome words that close a loop ("fell through", "took place"); anything else leaves it open.
_CLOSING = ("happen", "took place", "fell through", "fail", "cancel", "collaps", "abandon", "complet", "done",
            "held", "finish", "call off", "called off", "scrap")
_STILL_OPEN = ("not yet", "has not", "hasn't", "have not", "haven't", "yet to", "pending", "no date", "not happen")


@dataclass(slots=True)
class OpenLoop(CitedClaims):
    """One thing still open: what, since when, who raised it, and how it stood (``outcome``)."""

    statement: str
    status: str
    since: str | None  # the first report
    last: str | None  # the newest report
    claims: list[ClaimView]
    outcome: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"statement": self.statement, "status": self.status, "since": self.since, "last": self.last,
                "outcome": self.outcome, "sources": self.sources,
                "citations": [c.to_dict() for c in self.citations],
                "claims": [c.to_dict() for c in self.claims]}


def _loop_worthy(claim: ClaimView) -> bool:
    """A plan, request or wish of a known entity, stated for itself.

    Not one whose subject is no entity ("we", "this cause"), nor one read off
    another claim's complement ("wants to meet X to discuss Y" plans no
    discussion of its own: ``args.subject_from == "control"``).
    """
    return claim.subject_entity is not None and claim.args.get("subject_from") != "control"


def outcome_settles(outcome: str | None) -> bool:
    """Whether an ``args.outcome`` says the thing ended (happened or fell through)."""
    if not outcome:
        return False
    text = outcome.lower()
    if any(cue in text for cue in _STILL_OPEN):
        return False
    return any(cue in text for cue in _CLOSING) or text in SETTLING


def _settled(store, claim: ClaimView, *, skip: set, as_of: str | None) -> list[ClaimView]:
    """Claims that settle ``claim``: same participants and lemma, reported as late or later.

    A claim from a later article settles it when it happened, is going on, was
    negated or failed; within the same article only happened or failed do ("no
    meeting has taken place yet" beside "wants to meet" is where things stand,
    not an end). The later claim may involve more entities ("plans to live
    there" is settled by "lives there with her husband"). Only the newest few
    such claims of the anchor entity are read.
    """
    anchor = claim.subject_entity or claim.object_entity
    if anchor is None:
        return []
    keys = store.entity_claim_keys(anchor.id, as_of=as_of, lemmas=[claim.lemma] if claim.lemma else None,
                                   statuses=SETTLING, since=claim.day, limit=20)
    settle = []
    for other in load_claims(store, keys):
        if other.key in skip or verb_stem(other) != verb_stem(claim) or not _same_participants(claim, other):
            continue
        if other.article == claim.article and other.status in ("negated", "ongoing"):
            continue
        settle.append(other)
    return settle


def _same_participants(a: ClaimView, b: ClaimView) -> bool:
    ids_a, ids_b = a.entity_ids(), b.entity_ids()
    if ids_a and ids_b:
        return ids_a <= ids_b
    return event_key(a)[:2] == event_key(b)[:2]


def open_loops(store, *, entity: str | None = None, as_of: str | None = None, scan: int = 500,
               limit: int = 50) -> list[OpenLoop]:
    """Planned, requested and desired claims that no later article (or outcome) settles, newest first."""
    if entity:
        entity_id = find_entity(store, entity).entity.id
        keys = store.entity_claim_keys(entity_id, statuses=OPEN, as_of=as_of, limit=scan)
    else:
        keys = store.claim_keys_by_status(OPEN, as_of=as_of, scan=scan)
    groups: dict[tuple, list[ClaimView]] = {}
    for claim in sorted(load_claims(store, keys), key=lambda c: c.object is None):
        if not _loop_worthy(claim):
            continue
        subject, obj, verb = event_key(claim)[:3]
        if claim.object is None:  # "a meeting request" joins "wants to meet Bo" of the same subject
            obj = next((k[1] for k in groups if k[0] == subject and k[2] == verb), obj)
        groups.setdefault((subject, obj, verb), []).append(claim)
    loops = []
    for members in groups.values():
        members.sort(key=lambda c: (c.day or "", c.article, c.id))
        outcomes = [arg_text(c.args.get("outcome")) for c in members]
        newest = members[-1]
        if any(outcome_settles(o) for o, c in zip(outcomes, members, strict=True) if c.day == newest.day):
            continue
        if _settled(store, newest, skip={c.key for c in members}, as_of=as_of):
            continue
        loops.append(OpenLoop(
            statement=newest.statement, status=newest.status,
            since=members[0].day, last=newest.day, claims=members,
            outcome=next((o for o in reversed(outcomes) if o), None),
        ))
    loops.sort(key=lambda loop: (loop.last or "", len(loop.claims)), reverse=True)
    return loops[:limit]
