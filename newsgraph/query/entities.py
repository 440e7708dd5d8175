"""Finding store entities by the name a user typed.

Users type what they remember: the full name, a short form, the wrong case, or
two of the words. So a name is tried as the entity's name, then as an alias
(``entity_aliases.norm``), then case-insensitively, then as an entity id (as
listings show it), then as tokens that all occur in one alias. Each step is an index lookup except the last, which runs
only when the others found nothing. When a name fits several entities (two
people called "Jordan"), the most mentioned wins and the others are returned as
``alternatives`` so a caller can say so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..errors import NotFoundError
from ..resolve.names import norm
from .types import EntityMatch, EntityRef

_ENTITY_COLUMNS = "e.id, e.name, e.type, e.mention_count, e.article_count"
#: How many alias rows the token fallback reads at most.
_TOKEN_SCAN_LIMIT = 200


def _ref(row: sqlite3.Row | tuple) -> EntityRef:
    return EntityRef(id=row[0], name=row[1], type=row[2], mentions=row[3] or 0, articles=row[4] or 0)


def entity_refs(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, EntityRef]:
    """Store entities by id (ids merged away follow their redirect)."""
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, EntityRef] = {}
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        for row in conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.id IN ({marks})", part):
            out[row[0]] = _ref(row)
    return out


def aliases(conn: sqlite3.Connection, entity_id: int, *, limit: int = 50) -> list[str]:
    """The entity's other names, most used first (its name left out)."""
    rows = conn.execute(
        """SELECT x.alias FROM entity_aliases x JOIN entities e ON e.id = x.entity_id
           WHERE x.entity_id = ? AND x.alias != e.name ORDER BY x.count DESC, x.alias LIMIT ?""",
        (entity_id, limit),
    ).fetchall()
    seen: set[str] = set()
    out = []
    for (alias,) in rows:
        if alias.lower() not in seen:
            seen.add(alias.lower())
            out.append(alias)
    return out


def names_of(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> set[str]:
    """Every name and alias of these entities (for checking what an answer may say)."""
    ids = sorted(set(entity_ids))
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    out = {r[0] for r in conn.execute(f"SELECT name FROM entities WHERE id IN ({marks})", ids)}
    out |= {r[0] for r in conn.execute(f"SELECT alias FROM entity_aliases WHERE entity_id IN ({marks})", ids)}
    return out


def _redirected(conn: sqlite3.Connection, entity_id: int) -> int:
    """The entity an id now names (a merged-away id redirects to its survivor)."""
    for _ in range(8):
        try:
            row = conn.execute("SELECT new_id FROM entity_redirects WHERE old_id = ?", (entity_id,)).fetchone()
        except sqlite3.OperationalError:  # a store without redirects
            return entity_id
        if row is None:
            return entity_id
        entity_id = row[0]
    return entity_id


def _candidates(conn: sqlite3.Connection, name: str) -> tuple[str, list[EntityRef]]:
    """Entities the name fits at the first step that finds any, and which step it was."""
    text = " ".join(name.split())
    steps = (
        ("name", f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.name = ?", text),
        ("alias", f"""SELECT {_ENTITY_COLUMNS} FROM entity_aliases x JOIN entities e ON e.id = x.entity_id
                     WHERE x.norm = ? GROUP BY e.id""", norm(text)),
        ("name-nocase", f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.name = ? COLLATE NOCASE", text),
    )
    for how, sql, param in steps:
        rows = conn.execute(sql, (param,)).fetchall()
        if rows:
            return how, [_ref(r) for r in rows]
    if text.isdigit():  # an entity id, as listings show it
        row = conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.id = ?",
                           (_redirected(conn, int(text)),)).fetchone()
        if row:
            return "id", [_ref(row)]
    return "tokens", _token_candidates(conn, text)


def _token_candidates(conn: sqlite3.Connection, text: str) -> list[EntityRef]:
    """Entities with an alias holding every token of ``text`` as a word."""
    words = [w for w in norm(text).split() if w]
    if not words:
        return []
    longest = max(words, key=len)
    rows = conn.execute(
        """SELECT x.entity_id, x.norm FROM entity_aliases x
           WHERE x.norm = ? OR x.norm LIKE ? OR x.norm LIKE ? OR x.norm LIKE ? LIMIT ?""",
        (longest, f"{longest} %", f"% {longest}", f"% {longest} %", _TOKEN_SCAN_LIMIT),
    ).fetchall()
    ids = {eid for eid, alias_norm in rows if set(words) <= set(alias_norm.split())}
    refs = entity_refs(conn, ids)
    return list(refs.values())


def find_entity(store, name: str | EntityRef) -> EntityMatch:
    """The store entity ``name`` names: exact name, alias, any case, id, then tokens; most mentioned wins.

    An ``EntityRef`` (an entity already found) is taken as it is.
    """
    if isinstance(name, EntityRef):
        return EntityMatch(entity=name, how="given")
    how, found = _candidates(store.conn, name)
    if not found:
        raise NotFoundError(f"no entity named {name!r} in the store")
    ranked = sorted(found, key=lambda e: (-e.mentions, -e.articles, e.id))
    return EntityMatch(entity=ranked[0], how=how, alternatives=tuple(ranked[1:6]))
