"""What the resolver needs from storage: entity profiles, candidate keys, links.

The resolver (``newsgraph.resolve``) decides which store entity a mention
names; this mixin is the only place that reads and writes the tables those
decisions live in, so the resolver itself holds no SQL and no driver
connection, and the same decisions run on every store.

Every statement here is portable SQL (SQLite 3.40 and PostgreSQL 15): ``?``
placeholders, ``ON CONFLICT`` upserts with table-qualified columns,
``RETURNING`` instead of ``lastrowid``, aliased subqueries. The methods are
split over three modules by the tables they touch: this one (entities, their
aliases, keys, words and co-mentions), ``resolution_links`` (links, the
articles' own entities, ids that moved).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .resolution_links import ResolutionLinks


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    """One store entity as the scorer reads it: its row, top aliases and descriptor words."""

    id: int
    name: str
    type: str
    articles: int
    aliases: list[str]
    words: list[str]
    contexts: int


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One row of ``entities``."""

    id: int
    name: str
    type: str
    articles: int
    renamed: int
    typed: int


@dataclass(frozen=True, slots=True)
class AliasRecord:
    """One alias of a store entity and how often it was used."""

    alias: str
    count: int
    name_count: int
    source: str


class ResolutionStore(ResolutionLinks):
    """Entity, alias, key and link reads and writes for ``newsgraph.resolve``.

    Mixed into the store class; ``self.conn`` is the store's connection
    (inside ``transaction()`` the same connection, so the writes join the
    article's transaction).
    """

    conn: Any
    #: Errors of the driver below (a decision that cannot be re-applied must not lose a rebuild);
    #: a store on another driver names its own.
    driver_errors: tuple[type[BaseException], ...] = (sqlite3.Error,)

    # -- entities -----------------------------------------------------------
    def entity(self, entity_id: int) -> EntityRecord | None:
        row = self.conn.execute(
            "SELECT id, name, type, article_count, renamed, typed FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        return EntityRecord(*row) if row is not None else None

    def entity_exists(self, entity_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None

    def live_entity_ids(self) -> set[int]:
        return {r[0] for r in self.conn.execute("SELECT id FROM entities")}

    def entity_article_count(self, entity_id: int) -> int:
        """How many articles name the entity (0 when there is no such entity)."""
        row = self.conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return row[0] if row else 0

    def create_entity(self, name: str, type_: str, *, entity_id: int | None = None) -> int:
        """A new entity (with ``entity_id`` when given: an undone merge gets its id back); its id."""
        if entity_id is not None:
            self.conn.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (entity_id, name, type_))
            return entity_id
        return self.conn.execute(
            "INSERT INTO entities (name, type) VALUES (?, ?) RETURNING id", (name, type_)).fetchone()[0]

    def set_entity_name(self, entity_id: int, name: str, *, renamed: bool | None = None) -> None:
        """Set the name; with ``renamed`` also whether a user chose it."""
        if renamed is None:
            self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))
        else:
            self.conn.execute("UPDATE entities SET name = ?, renamed = ? WHERE id = ?",
                              (name, int(renamed), entity_id))

    def set_entity_renamed(self, entity_id: int, renamed: int) -> None:
        self.conn.execute("UPDATE entities SET renamed = ? WHERE id = ?", (renamed, entity_id))

    def set_entity_type(self, entity_id: int, type_: str, *, typed: bool | None = None) -> None:
        """Set the type; with ``typed`` also whether a user chose it."""
        if typed is None:
            self.conn.execute("UPDATE entities SET type = ? WHERE id = ?", (type_, entity_id))
        else:
            self.conn.execute("UPDATE entities SET type = ?, typed = ? WHERE id = ?", (type_, int(typed), entity_id))

    def add_entity_stats(self, entity_id: int, mentions: int, day: str | None) -> int:
        """One more article for the entity (``day`` widens its first/last seen); its new article count."""
        self.conn.execute(
            "UPDATE entities SET mention_count = mention_count + ?, article_count = article_count + 1,"
            " first_seen = CASE WHEN CAST(? AS TEXT) IS NULL THEN first_seen"
            " WHEN first_seen IS NULL OR CAST(? AS TEXT) < first_seen THEN CAST(? AS TEXT) ELSE first_seen END,"
            " last_seen = CASE WHEN CAST(? AS TEXT) IS NULL THEN last_seen"
            " WHEN last_seen IS NULL OR CAST(? AS TEXT) > last_seen THEN CAST(? AS TEXT) ELSE last_seen END"
            " WHERE id = ?",
            (mentions, day, day, day, day, day, day, entity_id),
        )
        return self.conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]

    def add_entity_mentions(self, entity_id: int, mentions: int) -> None:
        self.conn.execute("UPDATE entities SET mention_count = mention_count + ? WHERE id = ?", (mentions, entity_id))

    def set_entity_stats(self, entity_id: int, *, type_: str, mentions: int, articles: int,
                         first_seen: str | None, last_seen: str | None) -> None:
        self.conn.execute(
            "UPDATE entities SET type = ?, mention_count = ?, article_count = ?, first_seen = ?, last_seen = ?"
            " WHERE id = ?", (type_, mentions, articles, first_seen, last_seen, entity_id))

    def clear_entity_profile(self, entity_id: int) -> None:
        """Forget the entity's aliases, keys, words and co-mentions (to recompute them from its links)."""
        for table in ("entity_aliases", "entity_keys", "entity_descriptors"):
            self.conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (entity_id,))
        self.conn.execute("DELETE FROM entity_cooc WHERE entity_id = ? OR other_id = ?", (entity_id, entity_id))

    def delete_entity(self, entity_id: int) -> None:
        """Remove the entity and everything kept about it (its links must be gone or moved first)."""
        for table in ("entity_aliases", "entity_keys", "entity_descriptors", "entity_alias_blocks"):
            self.conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (entity_id,))
        self.conn.execute("DELETE FROM entity_cooc WHERE entity_id = ? OR other_id = ?", (entity_id, entity_id))
        self.conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    # -- profiles -------------------------------------------------------------
    def entity_profile(self, entity_id: int, *, max_aliases: int, max_words: int) -> ProfileRecord | None:
        """One entity's profile; ``contexts`` counts its co-mentioned entities up to 50."""
        row = self.conn.execute(
            "SELECT id, name, type, article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        aliases = [r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC, norm LIMIT ?",
            (entity_id, max_aliases))]
        words = [r[0] for r in self.conn.execute(
            "SELECT word FROM entity_descriptors WHERE entity_id = ? ORDER BY count DESC, word LIMIT ?",
            (entity_id, max_words))]
        contexts = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM entity_cooc WHERE entity_id = ? LIMIT 50) AS c", (entity_id,)
        ).fetchone()[0]
        return ProfileRecord(row[0], row[1], row[2], row[3], aliases, words, contexts)

    def entity_profiles(self, ids: list[int], *, max_aliases: int, max_words: int) -> dict[int, ProfileRecord]:
        """Profiles of many entities in three queries; ``contexts`` is 1 when it has any co-mention."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT e.id, e.name, e.type, e.article_count,"
            f" CASE WHEN EXISTS (SELECT 1 FROM entity_cooc c WHERE c.entity_id = e.id) THEN 1 ELSE 0 END"
            f" FROM entities e WHERE e.id IN ({marks})", ids).fetchall()
        aliases: dict[int, list[str]] = {}
        for eid, alias in self.conn.execute(
                f"SELECT entity_id, alias FROM (SELECT entity_id, alias, row_number() OVER"
                f" (PARTITION BY entity_id ORDER BY count DESC, norm) AS n FROM entity_aliases"
                f" WHERE entity_id IN ({marks})) AS ranked WHERE n <= ?", (*ids, max_aliases)):
            aliases.setdefault(eid, []).append(alias)
        words: dict[int, list[str]] = {}
        for eid, word in self.conn.execute(
                f"SELECT entity_id, word FROM (SELECT entity_id, word, row_number() OVER"
                f" (PARTITION BY entity_id ORDER BY count DESC, word) AS n FROM entity_descriptors"
                f" WHERE entity_id IN ({marks})) AS ranked WHERE n <= ?", (*ids, max_words)):
            words.setdefault(eid, []).append(word)
        return {eid: ProfileRecord(eid, name, type_, articles, aliases.get(eid, []), words.get(eid, []), int(ctx))
                for eid, name, type_, articles, ctx in rows}

    def linked_type_vote(self, entity_id: int) -> str | None:
        """The type the entity's linked local entities have most often (by mentions), or None."""
        row = self.conn.execute(
            "SELECT ae.type, sum(ae.mention_count) AS n FROM entity_links l JOIN article_entities ae"
            " ON ae.article_id = l.article_id AND ae.local_id = l.local_id WHERE l.entity_id = ?"
            " GROUP BY ae.type ORDER BY n DESC, ae.type LIMIT 1", (entity_id,)).fetchone()
        return row[0] if row else None

    # -- aliases ----------------------------------------------------------------
    def alias_blocked(self, entity_id: int, norm: str) -> bool:
        return self.conn.execute("SELECT 1 FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?",
                                 (entity_id, norm)).fetchone() is not None

    def add_alias_use(self, entity_id: int, alias: str, norm: str, *, count: int = 1, name_count: int = 0,
                      source: str = "auto") -> None:
        """Count uses of an alias (a user's alias stays the user's)."""
        self.conn.execute(
            "INSERT INTO entity_aliases (entity_id, alias, norm, count, name_count, source) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (entity_id, norm) DO UPDATE SET count = entity_aliases.count + excluded.count,"
            " name_count = entity_aliases.name_count + excluded.name_count,"
            " source = CASE WHEN excluded.source = 'user' THEN 'user' ELSE entity_aliases.source END",
            (entity_id, alias, norm, count, name_count, source),
        )

    def add_user_alias_if_missing(self, entity_id: int, alias: str, norm: str) -> None:
        self.conn.execute(
            "INSERT INTO entity_aliases (entity_id, alias, norm, count, source) VALUES (?, ?, ?, 0, 'user')"
            " ON CONFLICT (entity_id, norm) DO NOTHING", (entity_id, alias, norm))

    def entity_alias(self, entity_id: int, norm: str) -> AliasRecord | None:
        row = self.conn.execute(
            "SELECT alias, count, name_count, source FROM entity_aliases WHERE entity_id = ? AND norm = ?",
            (entity_id, norm)).fetchone()
        return AliasRecord(*row) if row is not None else None

    def alias_records(self, entity_id: int) -> list[AliasRecord]:
        """Every alias of the entity, most used first (then by normalized form)."""
        return [AliasRecord(*r) for r in self.conn.execute(
            "SELECT alias, count, name_count, source FROM entity_aliases WHERE entity_id = ?"
            " ORDER BY count DESC, norm", (entity_id,))]

    def user_aliases(self, entity_id: int) -> list[str]:
        """The aliases a user gave the entity."""
        return [r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? AND source = 'user' ORDER BY norm", (entity_id,))]

    def delete_alias(self, entity_id: int, norm: str, *, user_only: bool = False) -> None:
        sql = "DELETE FROM entity_aliases WHERE entity_id = ? AND norm = ?"
        self.conn.execute(sql + (" AND source = 'user'" if user_only else ""), (entity_id, norm))

    def block_alias(self, entity_id: int, norm: str, alias: str) -> None:
        """Linking never adds this alias to the entity again (until ``unblock_alias``)."""
        self.conn.execute("INSERT INTO entity_alias_blocks (entity_id, norm, alias) VALUES (?, ?, ?)"
                          " ON CONFLICT (entity_id, norm) DO NOTHING", (entity_id, norm, alias))

    def unblock_alias(self, entity_id: int, norm: str) -> None:
        self.conn.execute("DELETE FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?", (entity_id, norm))

    def copy_alias_blocks(self, from_id: int, to_id: int) -> None:
        self.conn.execute(
            "INSERT INTO entity_alias_blocks (entity_id, norm, alias)"
            " SELECT ?, norm, alias FROM entity_alias_blocks WHERE entity_id = ?"
            " ON CONFLICT (entity_id, norm) DO NOTHING", (to_id, from_id))

    # -- blocking keys ------------------------------------------------------------
    def keyed_entities(self, key: str, limit: int) -> list[tuple[int, str]]:
        """(entity id, type) of the top ``limit`` entities under one key, by weight then id."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT k.entity_id, e.type FROM entity_keys k JOIN entities e ON e.id = k.entity_id"
            " WHERE k.key = ? ORDER BY k.weight DESC, k.entity_id LIMIT ?", (key, limit))]

    def add_entity_keys(self, entity_id: int, keys: Iterable[str], weight: int) -> None:
        """Add keys of one entity at rank ``weight`` (a key it has already keeps its rank)."""
        self.conn.executemany(
            "INSERT INTO entity_keys (key, entity_id, weight) VALUES (?, ?, ?) ON CONFLICT (key, entity_id) DO NOTHING",
            [(k, entity_id, weight) for k in keys])

    def entity_keys_with_prefix(self, entity_id: int, prefix: str) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT key FROM entity_keys WHERE entity_id = ? AND substr(key, 1, ?) = ?",
            (entity_id, len(prefix), prefix))}

    def delete_entity_keys(self, entity_id: int, keys: Iterable[str] | None = None) -> None:
        """Remove the given keys of the entity (all of them when ``keys`` is None)."""
        if keys is None:
            self.conn.execute("DELETE FROM entity_keys WHERE entity_id = ?", (entity_id,))
        else:
            self.conn.executemany("DELETE FROM entity_keys WHERE key = ? AND entity_id = ?",
                                  [(k, entity_id) for k in keys])

    def set_keys_weight(self, entity_id: int, weight: int) -> None:
        self.conn.execute("UPDATE entity_keys SET weight = ? WHERE entity_id = ?", (weight, entity_id))

    # -- descriptor words and co-mentions -------------------------------------------
    def add_descriptor_words(self, entity_id: int, words: Iterable[str]) -> None:
        self.conn.executemany(
            "INSERT INTO entity_descriptors (entity_id, word) VALUES (?, ?)"
            " ON CONFLICT (entity_id, word) DO UPDATE SET count = entity_descriptors.count + 1",
            [(entity_id, w) for w in words])

    def add_cooc_pairs(self, pairs: list[tuple[int, int]]) -> None:
        """One more article for each (entity, other) pair, in that direction."""
        self.conn.executemany(
            "INSERT INTO entity_cooc (entity_id, other_id) VALUES (?, ?)"
            " ON CONFLICT (entity_id, other_id) DO UPDATE SET count = entity_cooc.count + 1", pairs)

    def seen_with(self, cand_ids: list[int], others: set[int]) -> dict[int, set[int]]:
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
            for a, b in self.conn.execute(
                    f"SELECT entity_id, other_id FROM entity_cooc WHERE entity_id IN ({marks_c})"
                    f" AND other_id IN ({marks})", (*cand_ids, *chunk)):
                out.setdefault(a, set()).add(b)
        return out

    # -- not-same pairs ------------------------------------------------------------
    def are_not_same(self, a: int, b: int) -> bool:
        lo, hi = sorted((a, b))
        return self.conn.execute("SELECT 1 FROM entity_not_same WHERE a = ? AND b = ?", (lo, hi)).fetchone() is not None

    def not_same_pairs_of(self, entity_id: int) -> list[tuple[int, int, int | None]]:
        """(a, b, decision id) of every not-same pair the entity is in."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT a, b, decision_id FROM entity_not_same WHERE a = ? OR b = ? ORDER BY a, b",
            (entity_id, entity_id))]

    def add_not_same(self, a: int, b: int, decision_id: int | None = None) -> None:
        lo, hi = sorted((a, b))
        self.conn.execute("INSERT INTO entity_not_same (a, b, decision_id) VALUES (?, ?, ?)"
                          " ON CONFLICT (a, b) DO NOTHING", (lo, hi, decision_id))

    def delete_not_same(self, a: int, b: int) -> None:
        lo, hi = sorted((a, b))
        self.conn.execute("DELETE FROM entity_not_same WHERE a = ? AND b = ?", (lo, hi))

    def delete_not_same_of_decision(self, decision_id: int) -> None:
        self.conn.execute("DELETE FROM entity_not_same WHERE decision_id = ?", (decision_id,))
