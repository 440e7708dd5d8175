"""The entity graph, read on demand: who an entity is linked to, and how strongly.

Two entities are linked when a claim has one as subject and the other as
object, or when one sentence names both (a co-mention). Nothing is
precomputed: an entity's neighbours are read from its newest ``articles``
articles (an index range of ``entity_articles``/``entity_claims``), so an
entity named in 50,000 articles costs the same bounded work as one named in
fifty, and the counts say "in the latest N articles" rather than "ever".
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import Citation

#: A claim between two entities weighs this many co-mentions.
CLAIM_WEIGHT = 3.0


@dataclass(slots=True)
class Link:
    """How one entity is linked to another: counts and the newest day it was seen."""

    other: int
    claims: int = 0
    co_mentions: int = 0
    last: str | None = None

    @property
    def strength(self) -> float:
        return CLAIM_WEIGHT * self.claims + self.co_mentions

    def seen(self, day: str | None) -> None:
        if day and (self.last is None or day > self.last):
            self.last = day


def neighbours(store, entity_id: int, *, articles: int = 300, as_of: str | None = None) -> dict[int, Link]:
    """Entities linked to ``entity_id`` in its newest ``articles`` articles, by claims and same-sentence mentions."""
    links: dict[int, Link] = {}
    for other, count, last in store.co_mention_counts(entity_id, articles=articles, as_of=as_of):
        link = links.setdefault(other, Link(other))
        link.co_mentions += count
        link.seen(last)
    for other, count, last in store.claim_link_counts(entity_id, claims=articles * 5, as_of=as_of):
        link = links.setdefault(other, Link(other))
        link.claims += count
        link.seen(last)
    return links


def co_mention_keys(store, rare: int, other: int, *, as_of: str | None = None,
                    scan: int = 5000, limit: int = 5) -> list[tuple[str, int]]:
    """Sentences (article id, index) that name both entities, newest first (see
    ``store.co_mention_sentence_keys``: pass the less mentioned entity as ``rare``)."""
    return store.co_mention_sentence_keys(rare, other, as_of=as_of, scan=scan, limit=limit)


def rarer(store, a: int, b: int) -> tuple[int, int]:
    """(less mentioned, more mentioned): the cheaper side to walk from."""
    counts = store.article_counts([a, b])
    return (a, b) if counts.get(a, 0) <= counts.get(b, 0) else (b, a)


def newest(citations: list[Citation]) -> str | None:
    days = [c.day for c in citations if c.day]
    return max(days) if days else None
