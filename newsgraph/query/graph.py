"""The entity graph, read on demand: who an entity is linked to, and how strongly.

Two entities are linked when a claim has one as subject and the other as
object, or when one sentence names both (a co-mention). Nothing is
precomputed: an entity's neighbours are read from its newest ``articles``
articles (an index range of ``entity_articles``/``entity_claims``), so an
entity named in 50,000 articles costs the same bounded work as one named in
fifty, and the counts say "in the latest N articles" rather than "ever".
"""

from __future__ import annotations

from collections.abc import Iterable
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
    return neighbours_each(store, [entity_id], articles=articles, as_of=as_of)[entity_id]


def neighbours_each(store, entity_ids: Iterable[int], *, articles: int = 300,
                    as_of: str | None = None) -> dict[int, dict[int, Link]]:
    """``neighbours`` of several entities, read in two statements for all of them (each a round trip on a
    server): each entity's links by its own newest articles."""
    ids = list(dict.fromkeys(entity_ids))
    out: dict[int, dict[int, Link]] = {i: {} for i in ids}
    for owner, rows in store.co_mention_counts_each(ids, articles=articles, as_of=as_of).items():
        for other, count, last in rows:
            link = out[owner].setdefault(other, Link(other))
            link.co_mentions += count
            link.seen(last)
    for owner, rows in store.claim_link_counts_each(ids, claims=articles * 5, as_of=as_of).items():
        for other, count, last in rows:
            link = out[owner].setdefault(other, Link(other))
            link.claims += count
            link.seen(last)
    return out


def rarer(store, a: int, b: int) -> tuple[int, int]:
    """(less mentioned, more mentioned): the cheaper side to walk from."""
    counts = store.article_counts([a, b])
    return (a, b) if counts.get(a, 0) <= counts.get(b, 0) else (b, a)


def newest(citations: list[Citation]) -> str | None:
    days = [c.day for c in citations if c.day]
    return max(days) if days else None
