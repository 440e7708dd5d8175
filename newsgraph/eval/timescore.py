"""TempEval-3-style scoring of time expressions, shared by every time evaluation.

Per document, ``score_times(gold, system)`` matches system expressions to gold
ones and counts; ``TimeCounts`` add up over documents, and ``summary()`` turns
the totals into the TempEval-3 measures:

* strict extraction P/R/F1: a system span with exactly the gold offsets;
* relaxed extraction P/R/F1: a system span that overlaps a gold span
  (one-to-one: each gold and each system expression is matched at most once,
  the largest overlap first);
* type accuracy: of the relaxed matches, the share whose type is the gold type;
* type and value F1 as TempEval-3 defines attribute F1, over the relaxed
  matches: P = correct / system expressions, R = correct / gold expressions.

Values are compared as strings, as the official scorer does: a value the gold
writes differently (``P1Y`` for ``P12M``) counts as wrong for everybody alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

#: One gold expression: (start, end, type, value).
GoldTime = tuple[int, int, str, "str | None"]


class SystemTime(Protocol):
    """What a scored system expression must have (``newsgraph.models.TimeExpr`` has it)."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass(slots=True)
class TimeCounts:
    """Counts of one document or of a whole corpus (add them with ``+``)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    #: (gold, system) pairs matched with a different value, for error analysis.
    value_errors: list[tuple[Any, Any]] = field(default_factory=list, compare=False, repr=False)

    def __add__(self, other: TimeCounts) -> TimeCounts:
        out = TimeCounts()
        for f in fields(self):
            setattr(out, f.name, getattr(self, f.name) + getattr(other, f.name))
        return out

    def summary(self) -> dict[str, float]:
        """The TempEval-3 measures of these counts (0.0 where a ratio has no denominator)."""
        return {
            "strict_p": _ratio(self.strict, self.system),
            "strict_r": _ratio(self.strict, self.gold),
            "strict_f1": _f1(self.strict, self.system, self.gold),
            "relaxed_p": _ratio(self.relaxed, self.system),
            "relaxed_r": _ratio(self.relaxed, self.gold),
            "relaxed_f1": _f1(self.relaxed, self.system, self.gold),
            "type_accuracy": _ratio(self.type_correct, self.relaxed),
            "type_f1": _f1(self.type_correct, self.system, self.gold),
            "value_accuracy": _ratio(self.value_correct, self.relaxed),
            "value_p": _ratio(self.value_correct, self.system),
            "value_r": _ratio(self.value_correct, self.gold),
            "value_f1": _f1(self.value_correct, self.system, self.gold),
        }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(correct: int, system: int, gold: int) -> float:
    p, r = _ratio(correct, system), _ratio(correct, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def _as_gold(item: Any) -> GoldTime:
    if isinstance(item, tuple):
        return item[0], item[1], item[2], item[3]
    return item.start, item.end, item.type, item.value


def match_times(gold: Sequence[GoldTime], system: Sequence[SystemTime]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: (gold index, system index) pairs, largest overlaps first."""
    candidates = []
    for gi, (gs, ge, _, _) in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(ge, s.end) - max(gs, s.start)
            if overlap > 0:
                candidates.append((-overlap, gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return sorted(pairs)


def score_times(gold: Iterable[GoldTime], system: Iterable[SystemTime], *, keep_errors: bool = False) -> TimeCounts:
    """Counts for one document: ``gold`` as (start, end, type, value), ``system`` as TimeExpr-like.

    Gold items may also be objects with ``start``, ``end``, ``type``, ``value``.
    """
    gold = [_as_gold(g) for g in gold]
    system = list(system)
    counts = TimeCounts(gold=len(gold), system=len(system))
    gold_spans = {(g[0], g[1]) for g in gold}
    counts.strict = len(gold_spans & {(s.start, s.end) for s in system})
    for gi, si in match_times(gold, system):
        g, s = gold[gi], system[si]
        counts.relaxed += 1
        if s.type == g[2]:
            counts.type_correct += 1
        if s.value is not None and s.value == g[3]:
            counts.value_correct += 1
        elif keep_errors:
            counts.value_errors.append((g, s))
    return counts
