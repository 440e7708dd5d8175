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
    outlets: tuple[str, ...] = ()  # its own outlet, then those of its syndicated copies

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
