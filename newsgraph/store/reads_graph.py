"""The entity graph and an entity's profile counts, read on demand from an entity's newest articles.

Two entities are linked when a claim has one as subject and the other as
object, or when one sentence names both (a co-mention). Nothing is
precomputed: each read walks an index range of ``entity_articles`` /
``entity_claims`` newest first and stops at a LIMIT, so an entity named in
50,000 articles costs the same bounded work as one named in fifty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .reads_keys import (NEWEST_TIES, as_of_clause, grouped, in_list, nearest_first, other_side, ranked_rows,
                         walked_days)

SentenceKey = tuple[str, int]


def _newest_each(table: str, columns: str, ids: Sequence[int], limit: int, as_of: str | None,
                 where: str = "") -> tuple[str, list]:
    """A query (and its parameters) of each entity's newest ``limit`` rows of ``table``, tagged ``owner``:
    one index range per entity, each cut at its own LIMIT, joined by UNION ALL. Rows of one day are taken
    in ``NEWEST_TIES`` order, so both stores cut a day at the same row."""
    clause, extra = as_of_clause("published_day", as_of)
    parts = " UNION ALL ".join(
        f"SELECT * FROM (SELECT CAST(? AS INTEGER) AS owner, {columns} FROM {table} WHERE entity_id = ?{where}{clause}"
        f" ORDER BY published_day DESC NULLS LAST, {NEWEST_TIES[table]} LIMIT ?) AS n{i}" for i in range(len(ids)))
    return parts, [v for i in ids for v in (i, i, *extra, limit)]


def _counted(rows) -> dict[int, list[tuple[int, int, str | None]]]:
    out: dict[int, list[tuple[int, int, str | None]]] = {}
    for owner, other, count, last in rows:
        out.setdefault(owner, []).append((other, count, last))
    return out


class GraphReads:
    """Neighbour counts, co-mentions and profile counts for ``newsgraph.query`` (mixed in through ``QueryReads``)."""

    conn: Any

    def co_mention_counts(self, entity_id: int, *, articles: int = 300,
                          as_of: str | None = None) -> list[tuple[int, int, str | None]]:
        """(other entity, sentences naming both, newest such day) over the entity's newest ``articles`` articles."""
        return self.co_mention_counts_each([entity_id], articles=articles, as_of=as_of).get(entity_id, [])

    def co_mention_counts_each(self, entity_ids: Sequence[int], *, articles: int = 300,
                               as_of: str | None = None) -> dict[int, list[tuple[int, int, str | None]]]:
        """``co_mention_counts`` of several entities in one statement (each over its own newest articles)."""
        ids = sorted(set(entity_ids))
        if not ids:
            return {}
        recent, params = _newest_each("entity_articles", "article_id, local_id, published_day", ids, articles, as_of)
        return _counted(self.conn.execute(
            f"""WITH recent AS MATERIALIZED ({recent}),
                mine AS MATERIALIZED (
                    SELECT DISTINCT r.owner, m.article_id, m.sentence_idx, r.published_day
                    FROM recent r JOIN mentions m ON m.article_id = r.article_id AND m.local_id = r.local_id
                    WHERE m.sentence_idx IS NOT NULL)
                SELECT mine.owner, l.entity_id,
                       count(DISTINCT mine.article_id || ':' || CAST(mine.sentence_idx AS TEXT)),
                       max(mine.published_day)
                FROM mine JOIN mentions o ON o.article_id = mine.article_id AND o.sentence_idx = mine.sentence_idx
                JOIN entity_links l ON l.article_id = o.article_id AND l.local_id = o.local_id
                WHERE l.entity_id != mine.owner
                GROUP BY mine.owner, l.entity_id ORDER BY mine.owner, l.entity_id""", params))

    def claim_link_counts(self, entity_id: int, *, claims: int = 1500,
                          as_of: str | None = None) -> list[tuple[int, int, str | None]]:
        """(other entity, claims between the two, newest such day) over the entity's newest ``claims`` claims
        as subject or object (the other entity in the other role)."""
        return self.claim_link_counts_each([entity_id], claims=claims, as_of=as_of).get(entity_id, [])

    def claim_link_counts_each(self, entity_ids: Sequence[int], *, claims: int = 1500,
                               as_of: str | None = None) -> dict[int, list[tuple[int, int, str | None]]]:
        """``claim_link_counts`` of several entities in one statement (each over its own newest claims)."""
        ids = sorted(set(entity_ids))
        if not ids:
            return {}
        mine, params = _newest_each("entity_claims", "article_id, claim_local, role, published_day", ids, claims,
                                    as_of, where=" AND role IN ('subject', 'object')")
        # The other side of each claim is one probe of its key (``other_side``): joined instead, PostgreSQL hashed
        # every subject and object of the store (a seq scan of ``entity_claims``) for a few thousand walked claims.
        return _counted(self.conn.execute(
            f"""WITH mine AS MATERIALIZED ({mine}),
                linked AS MATERIALIZED (SELECT owner, article_id, claim_local, published_day,
                                               ({other_side('mine')}) AS other FROM mine)
                SELECT owner, other, count(DISTINCT article_id || ':' || claim_local), max(published_day)
                FROM linked WHERE other != owner
                GROUP BY owner, other ORDER BY owner, other""", params))

    def co_mention_sentence_keys(self, rare: int, other: int, *, as_of: str | None = None, scan: int = 5000,
                                 limit: int = 5) -> list[SentenceKey]:
        """Sentences (article id, index) that name both entities, newest first.

        Walks the articles of ``rare`` (pass the less mentioned one) newest first,
        probing each for ``other``; stops at ``limit`` sentences or after ``scan`` articles.
        """
        return self.co_mention_sentence_keys_each(rare, [other], as_of=as_of, scan=scan, limit=limit).get(other, [])

    def co_mention_sentence_keys_each(self, rare: int, others: Sequence[int], *, as_of: str | None = None,
                                      scan: int = 5000, limit: int = 5) -> dict[int, list[SentenceKey]]:
        """``co_mention_sentence_keys`` for several ``others`` at once, in one statement: each other's
        sentences, newest first (ties by article and index), at most ``limit`` each."""
        return nearest_first(lambda some, walked: self._co_mention_walk(rare, some, as_of=as_of, scan=walked, limit=limit),
                             sorted(set(others)), scan=scan, limit=limit, one_walk_stops=False)

    def _co_mention_walk(self, rare: int, others: list[int], *, as_of: str | None, scan: int,
                         limit: int) -> dict[int, list[SentenceKey]]:
        if not others:
            return {}
        clause, extra = as_of_clause("x.published_day", as_of)
        cut_clause, cut_extra = as_of_clause("c.published_day", as_of)
        sql, params = ranked_rows(
            f"""SELECT DISTINCT y.entity_id AS other, mx.article_id AS a, mx.sentence_idx AS b,
                       x.published_day AS day
                FROM entity_articles x
                JOIN entity_articles y ON y.article_id = x.article_id AND {in_list('y.entity_id', others)}
                JOIN mentions mx ON mx.article_id = x.article_id AND mx.local_id = x.local_id
                JOIN mentions my ON my.article_id = y.article_id AND my.local_id = y.local_id
                                 AND my.sentence_idx = mx.sentence_idx
                WHERE x.entity_id = ? AND {walked_days('x.published_day', 'entity_articles', cut_clause)}{clause}
                  AND mx.sentence_idx IS NOT NULL""",
            [*others, rare, rare, *cut_extra, scan, *extra], single=len(others) == 1, limit=limit)
        return grouped(self.conn.execute(sql, params))

    def entity_mention_sentence_keys(self, entity_id: int, *, as_of: str | None = None,
                                     articles: int = 300) -> set[SentenceKey]:
        """Sentences (article id, index) of the entity's newest ``articles`` articles that mention it."""
        clause, extra = as_of_clause("published_day", as_of)
        return {(r[0], r[1]) for r in self.conn.execute(
            f"""WITH recent AS (SELECT article_id, local_id FROM entity_articles WHERE entity_id = ?{clause}
                                ORDER BY published_day DESC NULLS LAST LIMIT ?)
                SELECT DISTINCT m.article_id, m.sentence_idx FROM recent r
                JOIN mentions m ON m.article_id = r.article_id AND m.local_id = r.local_id
                WHERE m.sentence_idx IS NOT NULL""",
            (entity_id, *extra, articles))}

    # -- profile counts ----------------------------------------------------
    def linked_article_count(self, entity_id: int, *, as_of: str | None = None) -> int:
        """Rows of ``entity_articles`` for the entity: one per linked local entity (an article that names it
        through two local entities counts twice)."""
        clause, extra = as_of_clause("published_day", as_of)
        return self.conn.execute(f"SELECT count(*) FROM entity_articles WHERE entity_id = ?{clause}",
                                 (entity_id, *extra)).fetchone()[0]

    def entity_day_range(self, entity_id: int, *, as_of: str | None = None) -> tuple[str | None, str | None]:
        """The first and the last publication day of the entity's articles (None when it has no dated one), in one
        statement of two index probes."""
        clause, extra = as_of_clause("published_day", as_of)
        first, last = (
            f"SELECT * FROM (SELECT {end} AS which, published_day FROM entity_articles WHERE entity_id = ?{clause}"
            f" AND published_day IS NOT NULL ORDER BY published_day {order} LIMIT 1) AS d{end}"
            for end, order in ((0, "ASC"), (1, "DESC")))
        days: list[str | None] = [None, None]
        for which, day in self.conn.execute(f"{first} UNION ALL {last}", (entity_id, *extra, entity_id, *extra)):
            days[which] = day
        return days[0], days[1]

    def entity_source_counts(self, entity_id: int, *, as_of: str | None = None,
                             limit: int = 20) -> list[tuple[str | None, int]]:
        """(outlet, articles) naming the entity, most first (None: articles without an outlet, first on a tie)."""
        clause, extra = as_of_clause("published_day", as_of)
        return [(r[0], r[1]) for r in self.conn.execute(
            f"""SELECT source, count(*) AS n FROM entity_articles WHERE entity_id = ?{clause}
                GROUP BY source ORDER BY n DESC, source NULLS FIRST LIMIT ?""", (entity_id, *extra, limit))]

    def entity_description_rows(self, entity_id: int, *, as_of: str | None = None,
                                articles: int = 300) -> list[tuple[str, str]]:
        """(article id, descriptions JSON) of the entity's local entities in its newest ``articles`` articles
        that were described."""
        clause, extra = as_of_clause("ea.published_day", as_of)
        return [(r[0], r[1]) for r in self.conn.execute(
            f"""SELECT ae.article_id, ae.descriptions FROM
                  (SELECT article_id, local_id, published_day FROM entity_articles ea
                   WHERE entity_id = ?{clause} ORDER BY published_day DESC NULLS LAST LIMIT ?) ea
                JOIN article_entities ae ON ae.article_id = ea.article_id AND ae.local_id = ea.local_id
                WHERE ae.descriptions != '[]'""",
            (entity_id, *extra, articles))]
