"""Entity ids that last: once given out, an id names the same entity or says where it went.

Why: people keep ids (in notes, scripts, ``profile 17``), and a rebuild
re-links every article from scratch, which makes new entities with new ids. So
a rebuild takes a ``Snapshot`` of which entity each link (article, local
entity) belonged to, and ``restore_ids`` then gives each rebuilt entity the old
id that held most of its links (each old id to one entity, the largest overlap
first); an old id no rebuilt entity takes is redirected to the entity that now
holds most of its old links (reason ``rebuild``). Redirects made before the
rebuild are kept, and ids made and merged away within the rebuild are dropped
(nobody saw them).

Merges redirect the id merged away (``record_redirect``, reason ``merge``, with
the decision); splits keep the split entity's id and give the new one a fresh
id (AUTOINCREMENT never reuses one).

All functions run on the caller's connection, inside its transaction.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .records import Redirect

#: Tables whose ``entity_id`` column follows an entity when it is renumbered.
_ENTITY_COLUMNS = (
    ("entity_aliases", "entity_id"), ("entity_alias_blocks", "entity_id"), ("entity_keys", "entity_id"),
    ("entity_descriptors", "entity_id"), ("entity_links", "entity_id"), ("entity_cooc", "entity_id"),
    ("entity_cooc", "other_id"), ("entity_redirects", "new_id"),
)
#: Keys of decision payloads that hold store entity ids.
_PAYLOAD_IDS = ("into", "from", "entity", "new", "a", "b")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Which entity every link belonged to before a rebuild, and the redirects then kept."""

    links: dict[tuple[str, str], int]
    ids: frozenset[int]
    redirects: tuple[tuple, ...]
    top_id: int


def snapshot(conn: Any) -> Snapshot:
    links = {(a, l): e for a, l, e in conn.execute("SELECT article_id, local_id, entity_id FROM entity_links")}
    ids = frozenset(r[0] for r in conn.execute("SELECT id FROM entities"))
    redirects = tuple(tuple(r) for r in conn.execute(
        "SELECT old_id, new_id, reason, decision_id, created_at FROM entity_redirects"))
    return Snapshot(links=links, ids=ids, redirects=redirects, top_id=max([top_issued_id(conn), *ids, 0]))


def top_issued_id(conn: Any) -> int:
    """The largest entity id ever given out (ids are never reused), 0 before the first.

    Dialect-specific: SQLite keeps it in ``sqlite_sequence`` (AUTOINCREMENT),
    PostgreSQL in the identity column's sequence.
    """
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        top = conn.execute("SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence('entities', 'id')"
                           " AS regclass))").fetchone()
    else:
        top = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entities'").fetchone()
    return (top[0] or 0) if top else 0


def record_redirect(conn: Any, old_id: int, new_id: int, *, reason: str,
                    decision_id: int | None = None) -> None:
    """``old_id`` now means ``new_id``; ids that led to ``old_id`` follow it."""
    conn.execute("UPDATE entity_redirects SET new_id = ? WHERE new_id = ?", (new_id, old_id))
    conn.execute("INSERT INTO entity_redirects (old_id, new_id, reason, decision_id, created_at)"
                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id,"
                 " reason = excluded.reason, decision_id = excluded.decision_id, created_at = excluded.created_at",
                 (old_id, new_id, reason, decision_id, _now()))


def forget_redirect(conn: Any, entity_id: int) -> None:
    """``entity_id`` names a live entity again (an undone merge gave it back)."""
    conn.execute("DELETE FROM entity_redirects WHERE old_id = ?", (entity_id,))


def redirect_of(conn: Any, entity_id: int) -> Redirect | None:
    """Where ``entity_id`` went, followed to a live entity (None when it is live or unknown)."""
    first: Redirect | None = None
    seen = {entity_id}
    current = entity_id
    while True:
        row = conn.execute("SELECT old_id, new_id, reason, decision_id, created_at FROM entity_redirects"
                           " WHERE old_id = ?", (current,)).fetchone()
        if row is None:
            break
        hop = Redirect(*row)
        first = first or hop
        current = hop.new_id
        if current in seen:
            return None
        seen.add(current)
    if first is None:
        return None
    return Redirect(entity_id, current, first.reason, first.decision_id, first.created_at)


def restore_ids(conn: Any, before: Snapshot) -> dict[int, int]:
    """After a rebuild: give rebuilt entities their old ids, redirect the rest; the renumbering done."""
    after = {(a, l): e for a, l, e in conn.execute("SELECT article_id, local_id, entity_id FROM entity_links")}
    overlap = Counter((after[k], old) for k, old in before.links.items() if k in after)
    live = {r[0] for r in conn.execute("SELECT id FROM entities")}
    mapping: dict[int, int] = {}
    taken: set[int] = set()
    for (new, old), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0])):
        if new in mapping or old in taken or (old in live and old != new):
            continue
        mapping[new] = old
        taken.add(old)
    renumbered = {new: old for new, old in mapping.items() if new != old}
    for new, old in sorted(renumbered.items()):
        _renumber(conn, new, old)
    _remap_payloads(conn, renumbered)
    # ids made and merged away inside the rebuild were never shown: forget them
    conn.execute("DELETE FROM entity_redirects WHERE old_id > ?", (before.top_id,))
    for row in before.redirects:
        conn.execute("INSERT INTO entity_redirects (old_id, new_id, reason, decision_id, created_at)"
                     " VALUES (?, ?, ?, ?, ?) ON CONFLICT (old_id) DO NOTHING", row)
    final = {k: renumbered.get(e, e) for k, e in after.items()}
    for old in sorted(before.ids - taken):
        holders = Counter(final[k] for k, o in before.links.items() if o == old and k in final)
        if holders:
            target = min(holders, key=lambda e: (-holders[e], e))
            conn.execute("DELETE FROM entity_redirects WHERE old_id = ?", (old,))
            conn.execute("INSERT INTO entity_redirects (old_id, new_id, reason, created_at) VALUES (?, ?, ?, ?)",
                         (old, target, "rebuild", _now()))
    live_now = {r[0] for r in conn.execute("SELECT id FROM entities")}
    conn.executemany("DELETE FROM entity_redirects WHERE old_id = ?", [(i,) for i in sorted(live_now)])
    return renumbered


def _renumber(conn: Any, old_id: int, new_id: int) -> None:
    """Entity ``old_id`` becomes ``new_id`` in every table that names it."""
    columns = [d[0] for d in conn.execute("SELECT * FROM entities LIMIT 0").description if d[0] != "id"]
    names = ", ".join(columns)
    conn.execute(f"INSERT INTO entities (id, {names}) SELECT ?, {names} FROM entities WHERE id = ?",
                 (new_id, old_id))
    for table, column in _ENTITY_COLUMNS:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new_id, old_id))
    pairs = conn.execute("SELECT a, b, decision_id FROM entity_not_same WHERE a = ? OR b = ?",
                         (old_id, old_id)).fetchall()
    conn.execute("DELETE FROM entity_not_same WHERE a = ? OR b = ?", (old_id, old_id))
    for a, b, decision in pairs:
        lo, hi = sorted((new_id if a == old_id else a, new_id if b == old_id else b))
        conn.execute("INSERT INTO entity_not_same (a, b, decision_id) VALUES (?, ?, ?) ON CONFLICT (a, b) DO NOTHING",
                     (lo, hi, decision))
    conn.execute("DELETE FROM entity_redirects WHERE old_id = ?", (old_id,))
    conn.execute("DELETE FROM entities WHERE id = ?", (old_id,))


def _remap_payloads(conn: Any, mapping: dict[int, int]) -> None:
    """Decisions name entities by id too (besides their anchors): keep those ids current."""
    if not mapping:
        return
    for decision_id, payload in conn.execute("SELECT id, payload FROM decisions").fetchall():
        data = json.loads(payload)
        changed = False
        for key in _PAYLOAD_IDS:
            if isinstance(data.get(key), int) and data[key] in mapping:
                data[key] = mapping[data[key]]
                changed = True
        if changed:
            conn.execute("UPDATE decisions SET payload = ? WHERE id = ?", (json.dumps(data), decision_id))
