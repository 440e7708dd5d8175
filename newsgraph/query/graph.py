"""The entity graph, read on demand: who an entity is linked to, and how strongly.

Two entities are linked when a claim has one as subject and the other as
object, or when one sentence names both (a co-mention). Nothing is
precomputed: an entity's neighbours are read from its newest ``articles``
articles (an index range of ``entity_articles``/``entity_claims``), so an
entity named in 50,000 articles costs the same bounded work as one named in
fifty, and the counts say "in the latest N articles" rather than "ever".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .load import as_of_clause, cutoff_day
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


def neighbours(conn: sqlite3.Connection, entity_id: int, *, articles: int = 300,
               as_of: str | None = None) -> dict[int, Link]:
    """Entities linked to ``entity_id`` in its newest ``articles`` articles, by claims and same-sentence mentions."""
    links: dict[int, Link] = {}
    clause, extra = as_of_clause("published_day", as_of)
    rows = conn.execute(
        f"""WITH recent AS MATERIALIZED (
                SELECT article_id, local_id, published_day FROM entity_articles
                WHERE entity_id = ?{clause} ORDER BY published_day DESC LIMIT ?),
            mine AS MATERIALIZED (
                SELECT DISTINCT m.article_id, m.sentence_idx, r.published_day
                FROM recent r JOIN mentions m ON m.article_id = r.article_id AND m.local_id = r.local_id
                WHERE m.sentence_idx IS NOT NULL)
            SELECT l.entity_id, count(DISTINCT mine.article_id || ':' || mine.sentence_idx), max(mine.published_day)
            FROM mine JOIN mentions o ON o.article_id = mine.article_id AND o.sentence_idx = mine.sentence_idx
            JOIN entity_links l ON l.article_id = o.article_id AND l.local_id = o.local_id
            WHERE l.entity_id != ?
            GROUP BY l.entity_id""",
        (entity_id, *extra, articles, entity_id),
    ).fetchall()
    for other, count, last in rows:
        link = links.setdefault(other, Link(other))
        link.co_mentions += count
        link.seen(last)
    rows = conn.execute(
        f"""WITH mine AS MATERIALIZED (
                SELECT article_id, claim_local, role, published_day FROM entity_claims
                WHERE entity_id = ? AND role IN ('subject', 'object'){clause}
                ORDER BY published_day DESC LIMIT ?)
            SELECT o.entity_id, count(DISTINCT mine.article_id || ':' || mine.claim_local), max(mine.published_day)
            FROM mine JOIN entity_claims o ON o.article_id = mine.article_id AND o.claim_local = mine.claim_local
            WHERE o.role IN ('subject', 'object') AND o.role != mine.role AND o.entity_id != ?
            GROUP BY o.entity_id""",
        (entity_id, *extra, articles * 5, entity_id),
    ).fetchall()
    for other, count, last in rows:
        link = links.setdefault(other, Link(other))
        link.claims += count
        link.seen(last)
    return links


def co_mention_keys(conn: sqlite3.Connection, rare: int, other: int, *, as_of: str | None = None,
                    scan: int = 5000, limit: int = 5) -> list[tuple[str, int]]:
    """Sentences (article id, index) that name both entities, newest first.

    Walks the articles of ``rare`` (pass the less mentioned one) newest first,
    probing each for ``other``; stops at ``limit`` sentences or after ``scan`` articles.
    """
    clause, extra = as_of_clause("x.published_day", as_of)
    rows = conn.execute(
        f"""SELECT DISTINCT mx.article_id, mx.sentence_idx, x.published_day
            FROM entity_articles x
            JOIN entity_articles y ON y.article_id = x.article_id AND y.entity_id = ?
            JOIN mentions mx ON mx.article_id = x.article_id AND mx.local_id = x.local_id
            JOIN mentions my ON my.article_id = y.article_id AND my.local_id = y.local_id
                             AND my.sentence_idx = mx.sentence_idx
            WHERE x.entity_id = ? AND x.published_day >= ?{clause} AND mx.sentence_idx IS NOT NULL
            ORDER BY x.published_day DESC LIMIT ?""",
        (other, rare, cutoff_day(conn, "entity_articles", rare, scan, as_of), *extra, limit),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def rarer(conn: sqlite3.Connection, a: int, b: int) -> tuple[int, int]:
    """(less mentioned, more mentioned): the cheaper side to walk from."""
    counts = dict(conn.execute("SELECT id, article_count FROM entities WHERE id IN (?, ?)", (a, b)).fetchall())
    return (a, b) if counts.get(a, 0) <= counts.get(b, 0) else (b, a)


def newest(citations: list[Citation]) -> str | None:
    days = [c.day for c in citations if c.day]
    return max(days) if days else None
