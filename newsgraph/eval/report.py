"""One shape for every evaluation's result, so the CLI prints them all alike."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class ScoreRow:
    """One measure: newsgraph's score beside the baseline's, both from the same run."""

    metric: str
    newsgraph: float | None
    baseline: float | None = None
    note: str = ""

    @property
    def delta(self) -> float | None:
        if self.newsgraph is None or self.baseline is None:
            return None
        return self.newsgraph - self.baseline


@dataclass(slots=True)
class Report:
    """An evaluation: what was scored (``counts``), the rows, and the baseline's name."""

    name: str
    baseline: str
    rows: list[ScoreRow] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, metric: str, newsgraph: float | None, baseline: float | None = None, note: str = "") -> None:
        self.rows.append(ScoreRow(metric, newsgraph, baseline, note))

    def get(self, metric: str) -> ScoreRow:
        for row in self.rows:
            if row.metric == metric:
                return row
        raise KeyError(metric)

    def extend(self, other: Report) -> None:
        self.rows.extend(other.rows)
        self.counts.update(other.counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "baseline": self.baseline,
            "counts": dict(self.counts),
            "rows": [{**asdict(r), "delta": r.delta} for r in self.rows],
        }
