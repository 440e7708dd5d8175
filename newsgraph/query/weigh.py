"""How much a claim is worth saying, apart from any question.

Two claims can both link Ann and Bo; the one worth putting first is the main
assertion of its sentence, a verb rather than a noun ("thanked" over
"communication"), with a purpose, reason or channel, at a stated time (or
since or until one), about
something that happened or is wanted rather than merely possible, saying
more than a bare verb. Connect,
profiles and answers rank by this weight, then by recency.
"""

from __future__ import annotations

from .phrases import is_nominal
from .types import ClaimView
from .when import place

_INFORMATIVE_ARGS = ("purpose", "reason", "cause", "channel", "topic", "location", "place")
_STATUS_WEIGHT = {"happened": 1.0, "desired": 1.0, "requested": 1.0, "planned": 0.8, "ongoing": 0.6,
                  "negated": 0.6, "failed": 0.8, "possible": -0.5}


def claim_weight(claim: ClaimView) -> float:
    weight = _STATUS_WEIGHT.get(claim.status, 0.0)
    if claim.args.get("main"):
        weight += 1.0
    if is_nominal(claim):
        weight -= 1.5
    if any(claim.args.get(k) for k in _INFORMATIVE_ARGS):
        weight += 1.0
    bounded = _bounded(claim)
    if not place(claim.time, claim.day).reported or bounded:
        weight += 0.5  # (a stretch's bound, "has fought it since 2004", says as much as a date)
    if claim.kind == "attribute":
        weight -= 0.5
    if not claim.object and not claim.quote and not any(claim.args.get(k) for k in _INFORMATIVE_ARGS) \
            and not claim.time and not bounded:
        weight -= 1.5  # "she married", "her release": says that, and nothing more
    return weight


def _bounded(claim: ClaimView) -> bool:
    """A claim with no time of its own whose sentence bounds it at a calendar time ("since 2004")."""
    bound = claim.args.get("time_bound")
    return isinstance(bound, dict) and bool(bound.get("value"))
