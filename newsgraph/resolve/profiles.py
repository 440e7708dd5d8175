"""Store entities and their profiles: create, load, grow, merge, recompute.

Everything that writes ``entities`` and the tables around it goes through
here, so the linker and curation keep them consistent: an entity's aliases,
blocking keys, descriptor words, co-mention counts, statistics and canonical
name always describe the links that point at it.

The canonical name is a function of the aliases alone (not of arrival order):
among the entity's names, a full form (first + last name; a multi-word name)
is preferred, then the one most articles used as the entity's name, then the
one most articles used at all, then the longest, then the first in sort order.
A name a user chose (``rename``) is kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from ..store import entity_ids
from .candidates import bare_key, index_keys, weight, write_keys
from .context import LocalEntity, descriptor_words
from .names import is_full, norm

__all__ = ["Profile", "norm"]  # norm is re-exported for curation helpers

#: Descriptor words kept per entity when scoring (the most frequent).
MAX_WORDS = 60
#: Aliases compared per entity when scoring (the most used).
MAX_ALIASES = 40


@dataclass(slots=True)
class Profile:
    """What the scorer knows about one store entity."""

    id: int
    name: str
    type: str
    articles: int
    aliases: list[str] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    contexts: int = 0  # distinct entities it was seen with

    @property
    def full(self) -> bool:
        return any(is_full(a, self.type) for a in self.aliases)


def load_profile(conn: sqlite3.Connection, entity_id: int) -> Profile | None:
    row = conn.execute(
        "SELECT id, name, type, article_count FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        return None
    aliases = [r[0] for r in conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC, norm LIMIT ?",
        (entity_id, MAX_ALIASES),
    )]
    if row[1] not in aliases:
        aliases.insert(0, row[1])
    words = [r[0] for r in conn.execute(
        "SELECT word FROM entity_descriptors WHERE entity_id = ? ORDER BY count DESC, word LIMIT ?",
        (entity_id, MAX_WORDS),
    )]
    _, roles = descriptor_words([" ".join(words)], [])
    contexts = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM entity_cooc WHERE entity_id = ? LIMIT 50)", (entity_id,)
    ).fetchone()[0]
    return Profile(row[0], row[1], row[2], row[3], aliases, frozenset(words), roles, contexts)


def load_profiles(conn: sqlite3.Connection, ids: list[int]) -> dict[int, Profile]:
    """Profiles of many entities in three queries (the cost per local entity stays fixed)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[int, Profile] = {}
    for eid, name, type_, articles, has_ctx in conn.execute(
            f"SELECT e.id, e.name, e.type, e.article_count,"
            f" EXISTS (SELECT 1 FROM entity_cooc c WHERE c.entity_id = e.id)"
            f" FROM entities e WHERE e.id IN ({marks})", ids):
        out[eid] = Profile(eid, name, type_, articles, [], frozenset(), frozenset(), int(has_ctx))
    for eid, alias in conn.execute(
            f"SELECT entity_id, alias FROM (SELECT entity_id, alias, row_number() OVER"
            f" (PARTITION BY entity_id ORDER BY count DESC, norm) AS n FROM entity_aliases"
            f" WHERE entity_id IN ({marks})) WHERE n <= ?", (*ids, MAX_ALIASES)):
        if eid in out:
            out[eid].aliases.append(alias)
    words: dict[int, list[str]] = {}
    for eid, word in conn.execute(
            f"SELECT entity_id, word FROM (SELECT entity_id, word, row_number() OVER"
            f" (PARTITION BY entity_id ORDER BY count DESC, word) AS n FROM entity_descriptors"
            f" WHERE entity_id IN ({marks})) WHERE n <= ?", (*ids, MAX_WORDS)):
        words.setdefault(eid, []).append(word)
    for eid, p in out.items():
        if p.name not in p.aliases:
            p.aliases.insert(0, p.name)
        w = words.get(eid, [])
        p.words = frozenset(w)
        p.roles = descriptor_words([" ".join(w)], [])[1]
    return out


def create_entity(conn: sqlite3.Connection, name: str, type_: str, *, entity_id: int | None = None) -> int:
    if entity_id is not None:
        conn.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (entity_id, name, type_))
        return entity_id
    return conn.execute("INSERT INTO entities (name, type) VALUES (?, ?)", (name, type_)).lastrowid


def blocked_norms(conn: sqlite3.Connection, entity_id: int) -> set[str]:
    return {r[0] for r in conn.execute("SELECT norm FROM entity_alias_blocks WHERE entity_id = ?", (entity_id,))}


def add_alias(conn: sqlite3.Connection, entity_id: int, type_: str, alias: str, *,
              count: int = 1, name_count: int = 0, source: str = "auto") -> bool:
    """Count one more use of ``alias``; False when a user removed it from this entity."""
    key = norm(alias)
    if not key:
        return False
    if conn.execute("SELECT 1 FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?",
                    (entity_id, key)).fetchone():
        return False
    conn.execute(
        "INSERT INTO entity_aliases (entity_id, alias, norm, count, name_count, source) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + excluded.count,"
        " name_count = name_count + excluded.name_count,"
        " source = CASE WHEN excluded.source = 'user' THEN 'user' ELSE source END",
        (entity_id, alias, key, count, name_count, source),
    )
    write_keys(conn, entity_id, index_keys(alias, type_))
    return True


def add_words(conn: sqlite3.Connection, entity_id: int, words: frozenset[str] | set[str]) -> None:
    conn.executemany(
        "INSERT INTO entity_descriptors (entity_id, word) VALUES (?, ?)"
        " ON CONFLICT (entity_id, word) DO UPDATE SET count = count + 1",
        [(entity_id, w) for w in sorted(words)],
    )


def add_cooc_with(conn: sqlite3.Connection, entity_id: int, others: set[int]) -> None:
    """One more article in which ``entity_id`` was named beside each of ``others``."""
    ids = sorted(others)
    conn.executemany(
        "INSERT INTO entity_cooc (entity_id, other_id) VALUES (?, ?)"
        " ON CONFLICT (entity_id, other_id) DO UPDATE SET count = count + 1",
        [(entity_id, o) for o in ids] + [(o, entity_id) for o in ids],
    )


def seen_with(conn: sqlite3.Connection, cand_ids: list[int], others: set[int]) -> dict[int, set[int]]:
    """For each candidate, which of ``others`` it has been named beside in some article.

    One indexed query per 400 others, bounded by the candidate caps.
    """
    ctx = sorted(others)
    if not cand_ids or not ctx:
        return {}
    out: dict[int, set[int]] = {}
    marks_c = ",".join("?" * len(cand_ids))
    for start in range(0, len(ctx), 400):
        chunk = ctx[start:start + 400]
        marks = ",".join("?" * len(chunk))
        for a, b in conn.execute(
                f"SELECT entity_id, other_id FROM entity_cooc WHERE entity_id IN ({marks_c}) AND other_id IN ({marks})",
                (*cand_ids, *chunk)):
            out.setdefault(a, set()).add(b)
    return out


def add_cooc(conn: sqlite3.Connection, entity_ids: set[int]) -> None:
    """One more article in which all of ``entity_ids`` were named together."""
    ids = sorted(entity_ids)
    conn.executemany(
        "INSERT INTO entity_cooc (entity_id, other_id) VALUES (?, ?)"
        " ON CONFLICT (entity_id, other_id) DO UPDATE SET count = count + 1",
        [(a, b) for a in ids for b in ids if a != b],
    )


def add_stats(conn: sqlite3.Connection, entity_id: int, mentions: int, day: str | None) -> None:
    """One more article for the entity; its keys' rank follows when the count crosses a power of two."""
    conn.execute(
        "UPDATE entities SET mention_count = mention_count + ?, article_count = article_count + 1,"
        " first_seen = CASE WHEN ? IS NULL THEN first_seen WHEN first_seen IS NULL OR ? < first_seen"
        " THEN ? ELSE first_seen END,"
        " last_seen = CASE WHEN ? IS NULL THEN last_seen WHEN last_seen IS NULL OR ? > last_seen"
        " THEN ? ELSE last_seen END WHERE id = ?",
        (mentions, day, day, day, day, day, day, entity_id),
    )
    count = conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]
    if weight(count) != weight(count - 1):
        rerank(conn, entity_id, count)


def rerank(conn: sqlite3.Connection, entity_id: int, article_count: int | None = None) -> None:
    """Set the rank of all the entity's keys from its article count (a handful of rows, rarely)."""
    if article_count is None:
        row = conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
        article_count = row[0] if row else 0
    conn.execute("UPDATE entity_keys SET weight = ? WHERE entity_id = ?", (weight(article_count), entity_id))


def absorb_local(conn: sqlite3.Connection, entity_id: int, type_: str, local: LocalEntity) -> None:
    """Add one linked local entity's names and words to the entity's profile (not its stats)."""
    seen = set()
    for alias in local.names:
        key = norm(alias)
        if key in seen:
            continue
        seen.add(key)
        add_alias(conn, entity_id, type_, alias, name_count=1 if alias == local.name else 0)
    add_words(conn, entity_id, local.words)


def canonical_name(conn: sqlite3.Connection, entity_id: int) -> str | None:
    """The deterministic best name (see the module docstring); None when it has no alias."""
    row = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    type_ = row[0]
    rows = conn.execute(
        "SELECT alias, count, name_count FROM entity_aliases WHERE entity_id = ?", (entity_id,)
    ).fetchall()
    if not rows:
        return None
    best = max(rows, key=lambda r: (is_full(r[0], type_), r[2], r[1], len(r[0]), _neg(r[0])))
    return best[0]


def _neg(text: str) -> tuple[int, ...]:
    """Sort key that makes max() pick the alphabetically first string."""
    return tuple(-ord(c) for c in text)


def refresh_name(conn: sqlite3.Connection, entity_id: int) -> None:
    """Re-derive the canonical name and type, unless a user chose them (``renamed``, ``typed``)."""
    row = conn.execute("SELECT renamed, typed FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return
    if not row[0]:
        name = canonical_name(conn, entity_id)
        if name:
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))
    refresh_bare_key(conn, entity_id)
    types = conn.execute(
        "SELECT ae.type, sum(ae.mention_count) AS n FROM entity_links l JOIN article_entities ae"
        " ON ae.article_id = l.article_id AND ae.local_id = l.local_id WHERE l.entity_id = ?"
        " GROUP BY ae.type ORDER BY n DESC, ae.type LIMIT 1", (entity_id,)
    ).fetchone() if _small(conn, entity_id) and not row[1] else None
    if types:
        conn.execute("UPDATE entities SET type = ? WHERE id = ?", (types[0], entity_id))


def refresh_bare_key(conn: sqlite3.Connection, entity_id: int) -> None:
    """Keep the ``s:`` key of an entity known only by a one-word person name, and only then.

    The canonical name prefers full forms, so a one-word canonical name means
    the entity has no full name at all.
    """
    row = conn.execute("SELECT name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    want = bare_key(row[0], row[1]) if row else None
    have = {r[0] for r in conn.execute(
        "SELECT key FROM entity_keys WHERE entity_id = ? AND key >= 's:' AND key < 's;'", (entity_id,))}
    stale = have - {want}
    if stale:
        conn.executemany("DELETE FROM entity_keys WHERE key = ? AND entity_id = ?", [(k, entity_id) for k in stale])
    if want is not None and want not in have:
        write_keys(conn, entity_id, [want])


def _small(conn: sqlite3.Connection, entity_id: int, limit: int = 200) -> bool:
    """Whether the entity has few enough links that a type vote over them stays cheap."""
    n = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM entity_links WHERE entity_id = ? LIMIT ?)", (entity_id, limit + 1)
    ).fetchone()[0]
    return n <= limit


def rebuild_profile(conn: sqlite3.Connection, entity_id: int) -> None:
    """Recompute an entity's aliases, keys, words, co-mentions and statistics from its links.

    Costs as many rows as the entity has links: for curation, not for ingest.
    User aliases and blocks are kept.
    """
    from .context import locals_from_store

    row = conn.execute("SELECT type, typed FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return
    user = conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? AND source = 'user'", (entity_id,)
    ).fetchall()
    for table in ("entity_aliases", "entity_keys", "entity_descriptors"):
        conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (entity_id,))
    conn.execute("DELETE FROM entity_cooc WHERE entity_id = ? OR other_id = ?", (entity_id, entity_id))
    links = conn.execute(
        "SELECT l.article_id, l.local_id, a.published_day FROM entity_links l JOIN articles a"
        " ON a.id = l.article_id WHERE l.entity_id = ? ORDER BY l.article_id, l.local_id", (entity_id,)
    ).fetchall()
    by_article: dict[str, list[str]] = {}
    days: list[str] = []
    for article_id, local_id, day in links:
        by_article.setdefault(article_id, []).append(local_id)
        if day:
            days.append(day)
    type_votes: Counter[str] = Counter()
    mentions = 0
    for article_id, local_ids in by_article.items():
        locals_ = {le.local_id: le for le in locals_from_store(conn, article_id)}
        for local_id in local_ids:
            le = locals_.get(local_id)
            if le is None:
                continue
            absorb_local(conn, entity_id, row[0], le)
            type_votes[le.type] += max(le.mentions, 1)
            mentions += le.mentions
        others = {r[0] for r in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_links WHERE article_id = ? AND entity_id != ?",
            (article_id, entity_id))}
        add_cooc_with(conn, entity_id, others)
    for (alias,) in user:
        add_alias(conn, entity_id, row[0], alias, count=0, source="user")
    type_ = max(type_votes, key=lambda t: (type_votes[t], t)) if type_votes and not row[1] else row[0]
    conn.execute(
        "UPDATE entities SET type = ?, mention_count = ?, article_count = ?, first_seen = ?, last_seen = ?"
        " WHERE id = ?",
        (type_, mentions, len(by_article), min(days) if days else None, max(days) if days else None, entity_id),
    )
    rerank(conn, entity_id, len(by_article))
    refresh_name(conn, entity_id)


def move_links(conn: sqlite3.Connection, links: list[tuple[str, str]], to_id: int, reason: dict) -> None:
    """Point links at ``to_id``; their reason keeps what linked them and notes the move."""
    conn.executemany(
        "UPDATE entity_links SET entity_id = ?, reason = json_set(reason, '$.moved', json(?))"
        " WHERE article_id = ? AND local_id = ?",
        [(to_id, json.dumps(reason), a, l) for a, l in links],
    )


def delete_if_empty(conn: sqlite3.Connection, entity_id: int) -> bool:
    if conn.execute("SELECT 1 FROM entity_links WHERE entity_id = ? LIMIT 1", (entity_id,)).fetchone():
        return False
    conn.execute("DELETE FROM entity_cooc WHERE entity_id = ? OR other_id = ?", (entity_id, entity_id))
    conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
    return True


def merge_into(conn: sqlite3.Connection, keep: int, gone: int, reason: dict) -> list[tuple[str, str]]:
    """Move every link of ``gone`` to ``keep``, fold its profile in, delete it; the moved links."""
    links = [tuple(r) for r in conn.execute(
        "SELECT article_id, local_id FROM entity_links WHERE entity_id = ? ORDER BY article_id, local_id",
        (gone,))]
    move_links(conn, links, keep, reason)
    user = conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? AND source = 'user'", (gone,)
    ).fetchall()
    for alias_row in user:
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm, count, source) VALUES (?, ?, ?, 0, 'user')",
            (keep, alias_row[0], norm(alias_row[0])),
        )
    conn.execute(
        "INSERT OR IGNORE INTO entity_alias_blocks (entity_id, norm, alias)"
        " SELECT ?, norm, alias FROM entity_alias_blocks WHERE entity_id = ?", (keep, gone))
    # not-same pairs and redirects follow the surviving entity
    for a, b, decision in conn.execute(
            "SELECT a, b, decision_id FROM entity_not_same WHERE a = ? OR b = ?", (gone, gone)).fetchall():
        other = b if a == gone else a
        conn.execute("DELETE FROM entity_not_same WHERE a = ? AND b = ?", (a, b))
        if other != keep:
            lo, hi = sorted((keep, other))
            conn.execute("INSERT OR IGNORE INTO entity_not_same (a, b, decision_id) VALUES (?, ?, ?)",
                         (lo, hi, decision))
    entity_ids.record_redirect(conn, gone, keep, reason="merge", decision_id=reason.get("decision"))
    for table in ("entity_aliases", "entity_keys", "entity_descriptors", "entity_alias_blocks"):
        conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (gone,))
    conn.execute("DELETE FROM entity_cooc WHERE entity_id = ? OR other_id = ?", (gone, gone))
    conn.execute("DELETE FROM entities WHERE id = ?", (gone,))
    rebuild_profile(conn, keep)
    return links


def not_same(conn: sqlite3.Connection, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return conn.execute("SELECT 1 FROM entity_not_same WHERE a = ? AND b = ?", (lo, hi)).fetchone() is not None


def resolve_id(conn: sqlite3.Connection, entity_id: int) -> int | None:
    """The live id of an entity, following merges; None if it no longer exists."""
    seen = set()
    while entity_id not in seen:
        seen.add(entity_id)
        if conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
            return entity_id
        row = conn.execute("SELECT new_id FROM entity_redirects WHERE old_id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        entity_id = row[0]
    return None
