"""Reading claims and sentences out of the store as typed, cited records.

Every query picks *which* claims it wants with a small, bounded SQL (usually a
range of ``entity_claims``, newest first, with a LIMIT) and hands that SQL to
``load_claims``, which joins the rest once: the claim, its article, the store
entities of its subject, object and source, and the sentence that is its
evidence. Picking and loading are apart so that the expensive join only ever
runs on the rows a query keeps.

``load_claims`` is also the one place where claims the reader did not trust
(``confidence`` below ``models.SHOWN_CONFIDENCE``) are left out: timelines,
profiles, answers, open loops and conflicts all load through it, so none of
them shows a hidden claim as a fact. Listing and search may still ask for them
(``shown_only=False``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ..models import SHOWN_CONFIDENCE
from ..store.syndication import outlets_of
from .entities import entity_refs
from .types import Citation, ClaimView

_LOAD_SQL = """
WITH keys(article_id, claim_local) AS MATERIALIZED (SELECT DISTINCT * FROM ({keys}))
SELECT c.article_id, c.local_id, c.kind, c.subject, c.predicate, c.lemma, c.object, c.status,
       c.time_value, c.time_text, c.source_text, c.source_kind, c.quote, c.args, c.published_day,
       c.sentence_idx, es.entity_id, eo.entity_id, esrc.entity_id,
       a.published, a.source, a.title,
       coalesce(s.start, c.ev_start), coalesce(s."end", c.ev_end),
       coalesce(s.text, substr(a.text, c.ev_start + 1, c.ev_end - c.ev_start)), c.confidence
FROM keys k
JOIN claims c ON c.article_id = k.article_id AND c.local_id = k.claim_local
JOIN articles a ON a.id = c.article_id
LEFT JOIN entity_claims es ON es.article_id = c.article_id AND es.claim_local = c.local_id AND es.role = 'subject'
LEFT JOIN entity_claims eo ON eo.article_id = c.article_id AND eo.claim_local = c.local_id AND eo.role = 'object'
LEFT JOIN entity_claims esrc ON esrc.article_id = c.article_id AND esrc.claim_local = c.local_id
                             AND esrc.role = 'source'
LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence_idx
WHERE c.confidence >= ?
"""


def load_claims(conn: sqlite3.Connection, keys_sql: str, params: Sequence = (), *,
                shown_only: bool = True) -> list[ClaimView]:
    """The claims ``keys_sql`` selects (it yields ``article_id, claim_local``), newest article first.

    Only the shown ones (confidence at least ``SHOWN_CONFIDENCE``) unless ``shown_only`` is false.
    """
    floor = SHOWN_CONFIDENCE if shown_only else float("-inf")
    rows = conn.execute(_LOAD_SQL.format(keys=keys_sql), (*params, floor)).fetchall()
    refs = entity_refs(conn, (r[i] for r in rows for i in (16, 17, 18)))
    outlets = outlets_of(conn, (r[0] for r in rows))
    claims = []
    for r in rows:
        subject_entity, object_entity, source_entity = refs.get(r[16]), refs.get(r[17]), refs.get(r[18])
        try:
            args = json.loads(r[13] or "{}")
        except ValueError:
            args = {}
        claims.append(ClaimView(
            article=r[0], id=r[1], kind=r[2],
            subject=subject_entity.name if subject_entity else r[3], subject_entity=subject_entity,
            predicate=r[4], lemma=r[5],
            object=object_entity.name if object_entity else r[6], object_entity=object_entity,
            status=r[7], time=r[8], time_text=r[9], source=r[10], source_entity=source_entity,
            source_kind=r[11], quote=r[12], args=args if isinstance(args, dict) else {}, day=r[14],
            citation=Citation(article=r[0], published=r[19], source=r[20], title=r[21], sentence=r[15],
                              start=r[22], end=r[23], text=r[24], outlets=outlets.get(r[0], ())),
            confidence=r[25] if r[25] is not None else 1.0,
        ))
    claims.sort(key=lambda c: (c.day or "", c.article, _claim_order(c.id)), reverse=True)
    return claims


def _claim_order(local_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in local_id if ch.isdigit())
    return (int(digits) if digits else 0, local_id)


def load_claim_keys(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]], *,
                    shown_only: bool = True) -> list[ClaimView]:
    """Claims by (article id, claim id) (the shown ones unless ``shown_only`` is false)."""
    keys = list(dict.fromkeys(keys))
    out: list[ClaimView] = []
    for start in range(0, len(keys), 400):
        part = keys[start:start + 400]
        values = ",".join("(?, ?)" for _ in part)
        out += load_claims(conn, f"VALUES {values}", [v for key in part for v in key], shown_only=shown_only)
    return out


def as_of_clause(column: str, as_of: str | None) -> tuple[str, list]:
    """`` AND column <= as_of`` (and its parameter) when a day limit is given."""
    return (f" AND {column} <= ?", [as_of[:10]]) if as_of else ("", [])


def entity_claim_keys(entity_id: int, *, roles: Sequence[str] = ("subject", "object"), as_of: str | None = None,
                      lemmas: Sequence[str] | None = None, statuses: Sequence[str] | None = None,
                      since: str | None = None, limit: int = 200) -> tuple[str, list]:
    """SQL selecting an entity's claims, newest first, at most ``limit`` (an index range scan)."""
    where = f"entity_id = ? AND role IN ({','.join('?' * len(roles))})"
    params: list = [entity_id, *roles]
    for column, values in (("lemma", lemmas), ("status", statuses)):
        if values:
            where += f" AND {column} IN ({','.join('?' * len(values))})"
            params += list(values)
    if since:
        where += " AND published_day >= ?"
        params.append(since[:10])
    clause, extra = as_of_clause("published_day", as_of)
    sql = (f"SELECT DISTINCT article_id, claim_local FROM (SELECT article_id, claim_local, published_day "
           f"FROM entity_claims WHERE {where}{clause} ORDER BY published_day DESC LIMIT ?)")
    return sql, [*params, *extra, limit]


def cutoff_day(conn: sqlite3.Connection, table: str, entity_id: int, scan: int, as_of: str | None = None) -> str:
    """The publication day of an entity's ``scan``-th newest row in ``table`` ("" when it has fewer).

    Joins that walk an entity's rows newest first stop at their LIMIT; this day
    bounds how far they walk when the LIMIT is never reached.
    """
    clause, extra = as_of_clause("published_day", as_of)
    row = conn.execute(
        f"SELECT published_day FROM {table} WHERE entity_id = ?{clause} ORDER BY published_day DESC LIMIT 1 OFFSET ?",
        (entity_id, *extra, scan),
    ).fetchone()
    return (row[0] or "") if row else ""


def between_keys(conn: sqlite3.Connection, rare: int, other: int, *, as_of: str | None = None, scan: int = 5000,
                 limit: int = 50) -> tuple[str, list]:
    """SQL selecting claims with one entity as subject or object and the other in the other role, newest first.

    It walks the claims of ``rare`` (pass the less mentioned entity) newest
    first, probing each for ``other``, and stops at ``limit`` claims found or
    after its newest ``scan`` claims, so two entities named in 50,000 articles
    each still cost a bounded walk.
    """
    clause, extra = as_of_clause("x.published_day", as_of)
    sql = f"""SELECT x.article_id, x.claim_local FROM entity_claims x
              JOIN entity_claims y ON y.article_id = x.article_id AND y.claim_local = x.claim_local
              WHERE x.entity_id = ? AND x.role IN ('subject', 'object') AND x.published_day >= ?{clause}
                AND y.entity_id = ? AND y.role IN ('subject', 'object') AND y.role != x.role
              ORDER BY x.published_day DESC LIMIT ?"""
    return sql, [rare, cutoff_day(conn, "entity_claims", rare, scan, as_of), *extra, other, limit]


def sentence_citations(conn: sqlite3.Connection, keys: Iterable[tuple[str, int]]) -> list[Citation]:
    """Citations of sentences by (article id, sentence index), in the order asked."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    found: dict[tuple[str, int], Citation] = {}
    for start in range(0, len(keys), 400):
        part = keys[start:start + 400]
        values = ",".join("(?, ?)" for _ in part)
        rows = conn.execute(
            f"""WITH k(article_id, idx) AS (VALUES {values})
                SELECT s.article_id, s.idx, s.start, s."end", s.text, a.published, a.source, a.title
                FROM k JOIN sentences s ON s.article_id = k.article_id AND s.idx = k.idx
                JOIN articles a ON a.id = s.article_id""",
            [v for key in part for v in key],
        ).fetchall()
        outlets = outlets_of(conn, (r[0] for r in rows))
        for r in rows:
            found[(r[0], r[1])] = Citation(article=r[0], published=r[5], source=r[6], title=r[7], sentence=r[1],
                                           start=r[2], end=r[3], text=r[4], outlets=outlets.get(r[0], ()))
    return [found[k] for k in keys if k in found]


def sentence_at(conn: sqlite3.Connection, article_id: str, offset: int) -> Citation | None:
    """The sentence of an article that holds a character offset."""
    row = conn.execute(
        'SELECT idx FROM sentences WHERE article_id = ? AND start <= ? ORDER BY start DESC LIMIT 1',
        (article_id, offset),
    ).fetchone()
    if row is None:
        return None
    found = sentence_citations(conn, [(article_id, row[0])])
    return found[0] if found else None


def sentence_with(conn: sqlite3.Connection, article_id: str, phrase: str, *, near: int = 0) -> Citation | None:
    """The sentence of an article, nearest to sentence ``near``, that contains ``phrase``."""
    if not phrase:
        return None
    row = conn.execute(
        "SELECT idx FROM sentences WHERE article_id = ? AND instr(lower(text), lower(?)) > 0"
        " ORDER BY abs(idx - ?) LIMIT 1",
        (article_id, phrase, near),
    ).fetchone()
    if row is None:
        return None
    found = sentence_citations(conn, [(article_id, row[0])])
    return found[0] if found else None
