"""Conflicts: the same thing told differently by different articles.

Claims are compared within one (subject entity, predicate lemma) group, which
is what "the same thing" can mean without reading meaning:

- **time**: the same object, calendar times that cannot name the same period
  ("2017" against "2019"; "2023-11" and "2023-11-21" agree);
- **number**: quantities of the same unit in the object or args that differ
  ("served seven years" against "eight years"), TIMEX durations included;
- **status**: the same object, happened in one article and negated in another.

Each side lists its value, its claims and their sources; only disagreements
between at least two articles count. Groups are read from the index, largest
first and bounded, so the report costs a bounded scan on any store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..timedisplay import readable
from .entities import find_entity
from .load import load_claims
from .numbers import Quantity, duration, quantities
from .phrases import ALL_ARGS, arg_text
from .timeline import event_key
from .types import CitedClaims, ClaimView
from .when import compatible, period_of
from .words import family

#: Predicates whose objects are what someone said: numbers in them are not the claim's own.
_SPEECH = frozenset({"say", "tell", "write", "post", "quote", "add", "ask", "claim"})


@dataclass(slots=True)
class ConflictSide(CitedClaims):
    value: str
    claims: list[ClaimView] = field(default_factory=list)

    def display(self, kind: str) -> str:
        """The value as shown to people: a time in words (``readable``), a number or status as is."""
        return (readable(self.value) or self.value) if kind == "time" else self.value

    @property
    def articles(self) -> set[str]:
        return {c.article for c in self.claims}

    def to_dict(self, kind: str = "") -> dict[str, Any]:
        return {"value": self.value, "display": self.display(kind), "sources": self.sources,
                "statements": [c.statement for c in self.claims],
                "citations": [c.to_dict() for c in self.citations]}


@dataclass(slots=True)
class Conflict:
    kind: str  # time | number | status
    subject: str
    lemma: str | None
    about: str  # the object, or the unit compared
    sides: list[ConflictSide]

    @property
    def last(self) -> str:
        return max((c.day or "" for s in self.sides for c in s.claims), default="")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "lemma": self.lemma, "about": self.about,
                "sides": [s.to_dict(self.kind) for s in self.sides]}


def _object_key(claim: ClaimView) -> tuple:
    return event_key(claim)[1]


def _sides(pairs: list[tuple[str, ClaimView]]) -> list[ConflictSide]:
    sides: dict[str, ConflictSide] = {}
    for value, claim in pairs:
        side = sides.setdefault(value, ConflictSide(value=value))
        if claim.key not in {c.key for c in side.claims}:
            side.claims.append(claim)
    return list(sides.values())


def _disagree(sides: list[ConflictSide]) -> bool:
    """At least two sides, and not all of them told by one and the same article."""
    if len(sides) < 2:
        return False
    articles = set().union(*(s.articles for s in sides))
    return len(articles) >= 2


def _time_conflicts(claims: list[ClaimView]) -> list[Conflict]:
    out = []
    by_object: dict[tuple, list[ClaimView]] = {}
    for c in claims:
        if period_of(c.time):
            by_object.setdefault(_object_key(c), []).append(c)
    for group in by_object.values():
        values: list[str] = []
        for c in sorted(group, key=lambda c: len(c.time or "")):
            if not any(compatible(c.time, v) for v in values):
                values.append(c.time)
        if len(values) < 2:
            continue
        pairs = [(next(v for v in values if compatible(c.time, v)), c) for c in group]
        sides = _sides(pairs)
        if _disagree(sides):
            first = group[0]
            out.append(Conflict(kind="time", subject=first.subject, lemma=first.lemma,
                                about=first.object or first.predicate, sides=sides))
    return out


def _claim_quantities(claim: ClaimView) -> list[Quantity]:
    texts = [claim.object, *(arg_text(claim.args.get(k)) for k in ALL_ARGS)]
    found = [q for text in texts for q in quantities(text)]
    d = duration(claim.time)
    return found + ([d] if d else [])


def aspect(claim: ClaimView) -> str:
    """ "progressive" for a predicate in its -ing form ("serving 10 years"), else "simple".

    The word is read in the article where the claim keeps its place (``args["predicate_span"]``):
    a rendering may say a participle as a finite verb ("…, serving 10 years" → "served").
    """
    words = [(claim.predicate.split() or [""])[0]]
    span, cited = claim.args.get("predicate_span"), claim.citation
    if isinstance(span, list) and len(span) == 2 and cited.start <= span[0] < span[1] <= cited.end:
        words.append(cited.text[span[0] - cited.start:span[1] - cited.start])
    return "progressive" if any(w.lower().endswith("ing") and len(w) > 4 for w in words) else "simple"


def _number_conflicts(claims: list[ClaimView]) -> list[Conflict]:
    by_unit: dict[tuple[str, str], list[tuple[str, ClaimView]]] = {}
    for c in claims:
        if c.kind == "quote" or (c.lemma or "").lower() in _SPEECH:
            continue
        for q in {(q.value, q.unit): q for q in _claim_quantities(c)}.values():
            # "will serve 10 years" (planned) does not contradict "served eight years" (happened), nor does
            # "serving 10 years" (a term under way: the sentence) contradict "served eight years" (time done)
            by_unit.setdefault((q.unit, c.status, aspect(c)), []).append((q.shown, c))
    out = []
    for (unit, _, _), pairs in by_unit.items():
        sides = _sides(pairs)
        if _disagree(sides):
            first = pairs[0][1]
            out.append(Conflict(kind="number", subject=first.subject, lemma=first.lemma,
                                about=unit or "number", sides=sides))
    return out


def _status_conflicts(claims: list[ClaimView]) -> list[Conflict]:
    out = []
    by_object: dict[tuple, list[ClaimView]] = {}
    for c in claims:
        if c.status in ("happened", "negated") and (c.object or "").strip():
            by_object.setdefault(_object_key(c), []).append(c)
    for group in by_object.values():
        sides = _sides([(c.status, c) for c in group])
        if _disagree(sides) and all(len(s.articles) for s in sides):
            first = group[0]
            out.append(Conflict(kind="status", subject=first.subject, lemma=first.lemma,
                                about=first.object or first.predicate, sides=sides))
    return out


def conflicts(store, *, entity: str | None = None, groups: int = 150, per_group: int = 40,
              limit: int = 50) -> list[Conflict]:
    """Disagreements between articles on times, numbers and whether something happened."""
    entity_id = find_entity(store, entity).entity.id if entity else None
    rows = store.subject_lemma_counts(entity_id, limit=groups * 4)
    # lemmas of one family ("spent seven years" / "served eight years") are compared together
    families: dict[tuple[int, str], list[str]] = {}
    for entity_id, lemma, _ in rows:
        families.setdefault((entity_id, family(lemma)), []).append(lemma)
    found: list[Conflict] = []
    for (entity_id, _), lemmas in list(families.items())[:groups]:
        keys = store.entity_claim_keys(entity_id, roles=("subject",), lemmas=lemmas, limit=per_group)
        claims = [c for c in load_claims(store, keys) if c.subject_entity and c.subject_entity.id == entity_id]
        if len({c.article for c in claims}) < 2:
            continue
        found += _time_conflicts(claims) + _number_conflicts(claims) + _status_conflicts(claims)
    found.sort(key=lambda c: (len(set().union(*(s.articles for s in c.sides))), c.last), reverse=True)
    return found[:limit]
