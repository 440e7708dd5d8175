"""Typed rows the store hands out (one shape whichever store backs them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    doc_id: str | None
    published: str | None
    title: str | None
    source: str | None
    url: str | None
    origin: str | None
    tokens: int
    sentences: int
    claims: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SentenceHit:
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    published: str | None
    source: str | None
    title: str | None
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: int
    name: str
    type: str
    mentions: int
    articles: int
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Redirect:
    """Where an entity id that no longer names a live entity went, and why."""

    old_id: int
    new_id: int
    reason: str  # merge | rebuild | undo
    decision_id: int | None = None
    created_at: str | None = None

    @property
    def why(self) -> str:
        """A short phrase for a person: "merged into it by decision 3", "folded into it by a rebuild"."""
        if self.reason == "merge":
            return "merged into it" + (f" by decision {self.decision_id}" if self.decision_id else "")
        if self.reason == "rebuild":
            return "folded into it by a rebuild" + (f" on {self.created_at[:10]}" if self.created_at else "")
        return f"moved by {self.reason}" + (f" (decision {self.decision_id})" if self.decision_id else "")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "why": self.why}
