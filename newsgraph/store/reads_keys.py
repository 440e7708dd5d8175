"""Which claims a query wants: small, bounded selections of claim keys, newest first.

A query picks claims here, as (article id, claim id) keys, and loads the few it
keeps with ``QueryReads.claim_rows``; picking and loading are apart so that the
expensive join only ever runs on the rows a query keeps. Each selection is an
index range of ``entity_claims`` (or ``claims``) walked newest first and cut
at a LIMIT, so an entity named in 50,000 articles costs a bounded amount of
work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: Tables an entity's rows are counted back through (``cutoff_day``).
_DAY_TABLES = ("entity_claims", "entity_articles")

ClaimKey = tuple[str, str]


def as_of_clause(column: str, as_of: str | None) -> tuple[str, list]:
    """`` AND column <= as_of`` (and its parameter) when a day limit is given."""
    return (f" AND {column} <= ?", [as_of[:10]]) if as_of else ("", [])


def in_list(column: str, values: Sequence) -> str:
    return f"{column} IN ({','.join('?' * len(values))})"


def cutoff_day(table: str, clause: str = "") -> str:
    """A scalar subquery: the publication day of an entity's ``scan``-th newest row in ``table`` ("" when it
    has fewer), parameters (entity id, ``clause``'s, scan); ``clause`` filters on ``c.published_day``.

    Joins that walk an entity's rows newest first stop at their LIMIT; this day
    bounds how far they walk when the LIMIT is never reached. Being a subquery of
    the walk, it costs no round trip of its own.
    """
    if table not in _DAY_TABLES:
        raise ValueError(f"no day index on {table}")
    return (f"coalesce((SELECT c.published_day FROM {table} c WHERE c.entity_id = ?{clause}"
            " ORDER BY c.published_day DESC NULLS LAST LIMIT 1 OFFSET ?), '')")


#: How an entity's rows of one day follow each other, newest first: SQLite's order, read from its index (whose
#: rows end with the primary key), so that a LIMIT cuts a day at the same row on PostgreSQL, whose
#: newest-first indexes hold the rows of one day in no set order.
NEWEST_TIES = {"entity_claims": "article_id DESC, claim_local DESC, role DESC",
               "entity_articles": "article_id DESC, local_id DESC"}

#: A day after every stored day (``walked_days``).
LAST_DAY = "9999-12-31"


def walked_days(column: str, table: str, clause: str = "") -> str:
    """``column`` from the ``cutoff_day`` of the walked entity (its parameters as ``cutoff_day``'s) up to a day
    after every stored day.

    Why an upper end that leaves nothing out: PostgreSQL plans before it knows the cutoff day, guesses that
    a third of the entity's rows are walked (a hub's: fifteen thousand), and so hashes the other side's rows
    (another hub's, tens of thousands) instead of probing them for each walked row. A range with both ends
    given is guessed at half a percent, about the walk it is. SQLite reads the same index range either way.
    """
    return f"{column} >= {cutoff_day(table, clause)} AND {column} <= '{LAST_DAY}'"


def other_side(walked: str) -> str:
    """A scalar subquery: the entity on the other side (object of a subject, subject of an object) of the claim
    of ``walked``'s row of ``entity_claims``, or NULL.

    One index probe of the claim's key (a claim has one row per role: the primary key), so that no planner
    hashes every subject and object of the store (tens of thousands of a hub's) for the few walked rows.
    """
    return (f"SELECT y.entity_id FROM entity_claims y WHERE y.article_id = {walked}.article_id"
            f" AND y.claim_local = {walked}.claim_local"
            f" AND y.role = CASE {walked}.role WHEN 'subject' THEN 'object' ELSE 'subject' END")


def ranked_rows(sql: str, params: list, *, single: bool, limit: int) -> tuple[str, list]:
    """A statement (and its parameters) keeping the newest ``limit`` rows of ``sql`` per ``other``.

    ``sql`` selects ``other, a, b, day``; rows come back as (other, a, b[, day]),
    newest first within each other, ties by (a, b) so both stores agree. With one
    other a plain LIMIT lets the walk stop early; with several, a window ranks
    each other's rows.
    """
    order = "day DESC NULLS LAST, a, b"
    if single:
        return f"{sql} ORDER BY {order} LIMIT ?", [*params, limit]
    return (f"""SELECT other, a, b FROM (
                    SELECT other, a, b, day, ROW_NUMBER() OVER (PARTITION BY other ORDER BY {order}) AS n
                    FROM ({sql}) AS hits) AS ranked
                WHERE n <= ? ORDER BY other, n""", [*params, limit])


#: How many of the walked side's newest rows a first, short walk reads (``nearest_first``).
NEAR_SCAN = 200


def nearest_first(walk: Callable[[Sequence[int], int], dict[int, list[tuple]]], others: Sequence[int], *,
                  scan: int, limit: int, one_walk_stops: bool = True) -> dict[int, list[tuple]]:
    """``walk(others, scan)`` (each other's newest ``limit`` rows found in the walked side's newest ``scan``),
    read as a short walk of the newest ``NEAR_SCAN`` rows first, then, for the others it left short of
    ``limit``, one longer walk (``_further``) and the whole walk.

    Why: one walk for several others ranks their rows only once it has walked all ``scan`` rows (a hub's
    1,500 articles, each probed for every other), yet between two hubs the newest few articles already
    hold ``limit`` rows. A shorter walk reads every row published on or after the day it stops at, and
    a longer walk's other rows are all older, so an other with ``limit`` rows in the shorter walk has the
    same rows as in the whole one: how far each walk goes changes the cost, never the rows. One other is
    read in one walk when that walk, ordered newest first and cut at its LIMIT, stops early by itself
    (``one_walk_stops``); a walk whose plan gathers and sorts every walked row first (PostgreSQL's, for
    the co-mention walk's DISTINCT over four joined tables) is read in steps for one other too.
    """
    others = list(others)
    if scan <= NEAR_SCAN or (len(others) == 1 and one_walk_stops):
        return walk(others, scan)
    found = walk(others, NEAR_SCAN)
    for walked in (_further(scan, [len(found.get(other, ())) for other in others], limit), scan):
        others = [other for other in others if len(found.get(other, ())) < limit]
        if not others:
            break
        found |= walk(others, walked)
        if walked == scan:
            break
    return found


def _further(scan: int, found: list[int], limit: int) -> int:
    """How far the second walk goes: twice as far as the short walk's rows say the scarcest other's
    ``limit``-th row lies; the whole ``scan`` when that is most of it, or when an other found nothing."""
    short = [n for n in found if n < limit]
    fewest = min(short, default=limit)
    wanted = 2 * NEAR_SCAN * limit // fewest if fewest else scan
    return scan if wanted * 2 > scan else wanted


def grouped(rows) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for other, a, b, *_ in rows:
        out.setdefault(other, []).append((a, b))
    return out


class ClaimKeyReads:
    """Claim-key selections for ``newsgraph.query`` (mixed into the store through ``QueryReads``)."""

    conn: Any

    def _keys(self, sql: str, params: Sequence) -> list[ClaimKey]:
        return [(r[0], r[1]) for r in self.conn.execute(sql, params)]

    def entity_claim_keys(self, entity_id: int, *, roles: Sequence[str] = ("subject", "object"),
                          as_of: str | None = None, lemmas: Sequence[str] | None = None,
                          statuses: Sequence[str] | None = None, since: str | None = None,
                          limit: int = 200) -> list[ClaimKey]:
        """The entity's claims in these roles, newest first, at most ``limit`` (an index range scan), each once;
        only those with one of ``lemmas`` / ``statuses`` when given, published from ``since`` to ``as_of``."""
        where = f"entity_id = ? AND {in_list('role', roles)}"
        params: list = [entity_id, *roles]
        for column, values in (("lemma", lemmas), ("status", statuses)):
            if values:
                where += f" AND {in_list(column, values)}"
                params += list(values)
        if since:
            where += " AND published_day >= ?"
            params.append(since[:10])
        clause, extra = as_of_clause("published_day", as_of)
        keys = self._keys(f"SELECT article_id, claim_local FROM entity_claims WHERE {where}{clause}"
                          f" ORDER BY published_day DESC NULLS LAST, {NEWEST_TIES['entity_claims']} LIMIT ?",
                          [*params, *extra, limit])
        return list(dict.fromkeys(keys))

    def claim_keys_linking(self, rare: int, other: int, *, as_of: str | None = None, scan: int = 5000,
                           limit: int = 50) -> list[ClaimKey]:
        """Claims with one entity as subject or object and the other in the other role, newest first.

        It walks the claims of ``rare`` (pass the less mentioned entity) newest
        first, probing each for ``other``, and stops at ``limit`` claims found or
        after its newest ``scan`` claims, so two entities named in 50,000 articles
        each still cost a bounded walk.
        """
        return self.claim_keys_linking_each(rare, [other], as_of=as_of, scan=scan, limit=limit).get(other, [])

    def claim_keys_linking_each(self, rare: int, others: Sequence[int], *, as_of: str | None = None,
                                scan: int = 5000, limit: int = 50) -> dict[int, list[ClaimKey]]:
        """``claim_keys_linking`` for several ``others`` at once, in one statement: each other's keys, newest
        first (ties by article and claim id), at most ``limit`` each; others without any are left out.

        A profile or a path reads the evidence of ten links of one entity; one
        statement instead of ten matters on a server, where each is a round trip.
        """
        return nearest_first(lambda some, walked: self._claim_keys_linking_walk(rare, some, as_of=as_of, scan=walked,
                                                                                 limit=limit),
                             sorted(set(others)), scan=scan, limit=limit)

    def _claim_keys_linking_walk(self, rare: int, others: list[int], *, as_of: str | None, scan: int,
                                 limit: int) -> dict[int, list[ClaimKey]]:
        if not others:
            return {}
        clause, extra = as_of_clause("x.published_day", as_of)
        cut_clause, cut_extra = as_of_clause("c.published_day", as_of)
        # The other side of each walked claim is one probe of its key (``other_side``).
        rows = ranked_rows(
            f"""SELECT other, a, b, day FROM (
                    SELECT ({other_side('x')}) AS other,
                           x.article_id AS a, x.claim_local AS b, x.published_day AS day
                    FROM entity_claims x
                    WHERE x.entity_id = ? AND x.role IN ('subject', 'object'){clause}
                      AND {walked_days('x.published_day', 'entity_claims', cut_clause)}) AS walked
                WHERE {in_list('other', others)}""",
            [rare, *extra, rare, *cut_extra, scan, *others], single=len(others) == 1, limit=limit)
        return grouped(self.conn.execute(*rows))

    def claim_keys_with_lemmas(self, lemmas: Sequence[str], *, as_of: str | None = None,
                               limit: int = 100) -> list[ClaimKey]:
        """Claims of any entity whose lemma is one of ``lemmas``, newest first, at most ``limit``."""
        clause, extra = as_of_clause("published_day", as_of)
        return self._keys(f"SELECT article_id, local_id FROM claims WHERE {in_list('lemma', lemmas)}{clause}"
                          " ORDER BY published_day DESC NULLS LAST LIMIT ?", [*lemmas, *extra, limit])

    def claim_keys_in_sentences(self, sentences: Sequence[tuple[str, int]], *, limit: int = 40) -> list[ClaimKey]:
        """The claims read from these sentences ((article id, sentence index) pairs), at most ``limit``: a few
        sentences found by their words, whose claims no entity link reaches ("residents in X felt it")."""
        pairs = list(dict.fromkeys(sentences))[:limit]
        if not pairs:
            return []
        where = " OR ".join("(article_id = ? AND sentence_idx = ?)" for _ in pairs)
        params = [v for pair in pairs for v in pair]
        return self._keys(f"SELECT article_id, local_id FROM claims WHERE {where} ORDER BY article_id, local_id"
                          " LIMIT ?", [*params, limit])

    def claim_keys_by_status(self, statuses: Sequence[str], *, as_of: str | None = None,
                             scan: int = 500) -> list[ClaimKey]:
        """The newest ``scan`` claims of each status (one index range each), then the newest ``scan`` of those."""
        clause, extra = as_of_clause("published_day", as_of)
        parts = " UNION ALL ".join(
            f"SELECT * FROM (SELECT article_id, local_id, published_day FROM claims WHERE status = ?{clause}"
            f" ORDER BY published_day DESC NULLS LAST LIMIT ?) AS s{i}" for i in range(len(statuses)))
        return self._keys(f"SELECT article_id, local_id FROM ({parts}) AS newest"
                          " ORDER BY published_day DESC NULLS LAST LIMIT ?",
                          [v for status in statuses for v in (status, *extra, scan)] + [scan])

    def newest_claim_keys(self, *, status: str | None = None, as_of: str | None = None,
                          limit: int = 100) -> list[ClaimKey]:
        """The store's claims (of one status when given), newest report first."""
        where, params = ("WHERE status = ?", [status]) if status else ("WHERE 1 = 1", [])
        clause, extra = as_of_clause("published_day", as_of)
        return self._keys(f"SELECT article_id, local_id FROM claims {where}{clause}"
                          " ORDER BY published_day DESC NULLS LAST, article_id, local_id LIMIT ?",
                          [*params, *extra, limit])

    def subject_lemma_counts(self, entity_id: int | None = None, *, limit: int = 600) -> list[tuple[int, str, int]]:
        """(entity id, lemma, claims) of the most frequent subject-lemma pairs (of one entity when given)."""
        where, params = ("AND entity_id = ?", [entity_id]) if entity_id is not None else ("", [])
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            f"""SELECT entity_id, lemma, count(*) FROM entity_claims
                WHERE role = 'subject' AND lemma IS NOT NULL {where}
                GROUP BY entity_id, lemma ORDER BY count(*) DESC, entity_id, lemma LIMIT ?""", (*params, limit))]

    def claims_near_entity(self, entity_id: int, *, as_of: str | None = None,
                           articles: int = 300) -> list[tuple[str, str, str, str | None, str | None, str, str | None]]:
        """Claims of the entity's newest ``articles`` articles that do not have it as subject or object:
        (article id, claim id, subject, object, args JSON, the entity's name there, its aliases there as JSON)."""
        clause, extra = as_of_clause("published_day", as_of)
        return [tuple(r) for r in self.conn.execute(
            f"""WITH r AS (SELECT article_id, local_id, published_day FROM entity_articles
                           WHERE entity_id = ?{clause} ORDER BY published_day DESC NULLS LAST LIMIT ?)
                SELECT c.article_id, c.local_id, c.subject, c.object, c.args, ae.name, ae.aliases
                FROM r JOIN claims c ON c.article_id = r.article_id
                JOIN article_entities ae ON ae.article_id = r.article_id AND ae.local_id = r.local_id
                WHERE coalesce(c.subject_local, '') != r.local_id
                  AND coalesce(c.object_local, '') != r.local_id""",
            (entity_id, *extra, articles))]
