"""Claims (baseline: none yet)."""

from __future__ import annotations

from ..models import Article, Claim, Entity, Sentence, TimeExpr


def read_claims(doc, article: Article, *, sentences: list[Sentence], entities: list[Entity],
                times: list[TimeExpr]) -> list[Claim]:
    return []
