"""What the resolver needs from storage, part two: links and the articles' own entities.

A link ties one article's local entity ``(article_id, local_id)`` to a store
entity, with a score and a JSON reason. Links are the anchors curation and
rebuilds name entities by, so this mixin also reads the articles' entities
(``article_entities``), their days, and keeps entity ids that moved
(``entity_ids``). Portable SQL only (see ``resolution``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import entity_ids

#: The tables the resolver derives from the articles (emptied by a rebuild; order: referrers first).
RESOLVE_TABLES = (
    "entity_links", "entity_not_same", "entity_redirects", "entity_cooc", "entity_descriptors",
    "entity_keys", "entity_alias_blocks", "entity_aliases", "entities",
)


@dataclass(frozen=True, slots=True)
class StoredLocal:
    """One article's own entity as stored (``article_entities``)."""

    local_id: str
    name: str
    type: str
    aliases: list[str]
    descriptions: list[dict]
    mentions: int


@dataclass(frozen=True, slots=True)
class LinkDetail:
    """One link with its score and why it was made."""

    article_id: str
    local_id: str
    score: float
    reason: dict


@dataclass(frozen=True, slots=True)
class MentionLink:
    """A linked local entity found by an ``ARTICLE:LOCAL`` reference."""

    article_id: str
    local_id: str
    entity_id: int
    name: str
    type: str
    aliases: list[str]


def _compact(data: dict) -> str:
    """JSON as SQLite's ``json_set`` wrote it (no spaces), so moved reasons read as before."""
    return json.dumps(data, separators=(",", ":"))


class ResolutionLinks:
    """Links, the articles' own entities and entity ids that moved; mixed in through ``ResolutionStore``."""

    conn: Any

    # -- the articles' own entities ---------------------------------------------
    def article_locals(self, article_id: str) -> list[StoredLocal]:
        """The article's entities in the order they were read (local ids "e1", "e2", … by number)."""
        rows = self.conn.execute(
            "SELECT local_id, name, type, aliases, descriptions, mention_count FROM article_entities"
            " WHERE article_id = ? ORDER BY length(local_id), local_id", (article_id,)).fetchall()
        return [StoredLocal(r[0], r[1], r[2], json.loads(r[3] or "[]"), json.loads(r[4] or "[]"), r[5])
                for r in rows]

    def local_names(self, article_id: str, local_id: str) -> list[str] | None:
        """The name, then the short forms, of one local entity; None when there is none."""
        row = self.conn.execute("SELECT name, aliases FROM article_entities WHERE article_id = ? AND local_id = ?",
                                (article_id, local_id)).fetchone()
        return [row[0], *json.loads(row[1] or "[]")] if row else None

    def article_day(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT published_day FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def article_days(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        ids = sorted(set(article_ids))
        if not ids:
            return {}
        return {r[0]: r[1] for r in self.conn.execute(
            f"SELECT id, published_day FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)}

    def articles_in_link_order(self) -> list[tuple[str, str | None]]:
        """(id, day) of every article: by day (undated last), then id (the rebuild's canonical order)."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT id, published_day FROM articles"
            " ORDER BY CASE WHEN published_day IS NULL THEN 1 ELSE 0 END, published_day, id")]

    # -- links -----------------------------------------------------------------
    def add_link(self, article_id: str, local_id: str, entity_id: int, score: float, reason: dict) -> None:
        """Link a local entity; ``seq`` numbers links in the order they were made (``links_mark``)."""
        self.conn.execute(
            "INSERT INTO entity_links (article_id, local_id, entity_id, score, reason, seq)"
            " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM entity_links))",
            (article_id, local_id, entity_id, score, json.dumps(reason)))

    def set_link(self, article_id: str, local_id: str, entity_id: int, reason: dict, *,
                 score: float | None = None) -> None:
        """Point an existing link at ``entity_id`` with a new reason (and score, when given)."""
        if score is None:
            self.conn.execute("UPDATE entity_links SET entity_id = ?, reason = ? WHERE article_id = ? AND local_id = ?",
                              (entity_id, json.dumps(reason), article_id, local_id))
        else:
            self.conn.execute(
                "UPDATE entity_links SET entity_id = ?, score = ?, reason = ? WHERE article_id = ? AND local_id = ?",
                (entity_id, score, json.dumps(reason), article_id, local_id))

    def move_links(self, links: list[tuple[str, str]], to_id: int, note: dict) -> None:
        """Point links at ``to_id``; each reason keeps what linked it and gets ``moved: note``."""
        self._note_links(links, "moved", note, to_id)

    def note_links(self, links: list[tuple[str, str]], key: str, note: dict) -> None:
        """Add ``key: note`` to the reason of each link (it stays where it is)."""
        self._note_links(links, key, note, None)

    def _note_links(self, links: list[tuple[str, str]], key: str, note: dict, to_id: int | None) -> None:
        for article_id, local_id in links:
            row = self.conn.execute("SELECT reason FROM entity_links WHERE article_id = ? AND local_id = ?",
                                    (article_id, local_id)).fetchone()
            if row is None:
                continue
            reason = json.loads(row[0])
            reason[key] = note
            if to_id is None:
                self.conn.execute("UPDATE entity_links SET reason = ? WHERE article_id = ? AND local_id = ?",
                                  (_compact(reason), article_id, local_id))
            else:
                self.conn.execute(
                    "UPDATE entity_links SET entity_id = ?, reason = ? WHERE article_id = ? AND local_id = ?",
                    (to_id, _compact(reason), article_id, local_id))

    def delete_links(self, links: list[tuple[str, str]]) -> None:
        self.conn.executemany("DELETE FROM entity_links WHERE article_id = ? AND local_id = ?", links)

    def link_entity(self, article_id: str, local_id: str) -> int | None:
        """The store entity a local entity is linked to, or None."""
        row = self.conn.execute("SELECT entity_id FROM entity_links WHERE article_id = ? AND local_id = ?",
                                (article_id, local_id)).fetchone()
        return row[0] if row else None

    def entity_links(self, entity_id: int, *, limit: int | None = None) -> list[tuple[str, str]]:
        """(article id, local id) of the entity's links, in that order (the first ``limit``)."""
        sql = "SELECT article_id, local_id FROM entity_links WHERE entity_id = ? ORDER BY article_id, local_id"
        params: tuple = (entity_id,)
        if limit is not None:
            sql, params = sql + " LIMIT ?", (entity_id, limit)
        return [(r[0], r[1]) for r in self.conn.execute(sql, params)]

    def entity_links_with_day(self, entity_id: int) -> list[tuple[str, str, str | None]]:
        """(article id, local id, article day) of the entity's links, by article and local id."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT l.article_id, l.local_id, a.published_day FROM entity_links l JOIN articles a"
            " ON a.id = l.article_id WHERE l.entity_id = ? ORDER BY l.article_id, l.local_id", (entity_id,))]

    def entity_link_details(self, entity_id: int, *, limit: int = 200) -> list[LinkDetail]:
        return [LinkDetail(r[0], r[1], r[2], json.loads(r[3])) for r in self.conn.execute(
            "SELECT article_id, local_id, score, reason FROM entity_links WHERE entity_id = ?"
            " ORDER BY article_id, local_id LIMIT ?", (entity_id, limit))]

    def entity_links_by_rule_name(self, entity_id: int, name: str, limit: int) -> list[tuple[str, str]]:
        """The first ``limit`` links of the entity whose reason's ``name`` is ``name``.

        The reason is JSON; the text match only narrows the rows, the parsed
        reason decides (no dialect's JSON functions needed).
        """
        out: list[tuple[str, str]] = []
        for article_id, local_id, reason in self.conn.execute(
                "SELECT article_id, local_id, reason FROM entity_links WHERE entity_id = ? AND reason LIKE ?"
                " ORDER BY article_id, local_id", (entity_id, f"%{name}%")):
            if json.loads(reason).get("name") == name:
                out.append((article_id, local_id))
                if len(out) >= limit:
                    break
        return out

    def entity_has_links(self, entity_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM entity_links WHERE entity_id = ? LIMIT 1",
                                 (entity_id,)).fetchone() is not None

    def entity_has_few_links(self, entity_id: int, limit: int) -> bool:
        """Whether the entity has at most ``limit`` links (reads at most ``limit + 1``)."""
        n = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM entity_links WHERE entity_id = ? LIMIT ?) AS l",
            (entity_id, limit + 1)).fetchone()[0]
        return n <= limit

    def article_links(self, article_id: str) -> dict[str, int]:
        """Local id → store entity id of the article's links."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT local_id, entity_id FROM entity_links WHERE article_id = ?", (article_id,))}

    def article_names_entity(self, article_id: str, entity_id: int) -> bool:
        """Whether some local entity of the article is linked to ``entity_id``."""
        return self.conn.execute("SELECT 1 FROM entity_links WHERE article_id = ? AND entity_id = ? LIMIT 1",
                                 (article_id, entity_id)).fetchone() is not None

    def entities_linked_in(self, article_id: str, *, besides: Iterable[int] = ()) -> set[int]:
        """The store entities the article's links point at, ``besides`` left out."""
        skip = set(besides)
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT entity_id FROM entity_links WHERE article_id = ?", (article_id,)) if r[0] not in skip}

    def all_links(self) -> dict[tuple[str, str], int]:
        """(article id, local id) → store entity id of every link."""
        return {(r[0], r[1]): r[2] for r in self.conn.execute(
            "SELECT article_id, local_id, entity_id FROM entity_links")}

    def links_mark(self) -> int:
        """The newest link's number: links made later have larger ones (``links_after``)."""
        return self.conn.execute("SELECT coalesce(max(seq), 0) FROM entity_links").fetchone()[0]

    def links_after(self, entity_id: int, mark: int) -> list[tuple[str, str]]:
        """The entity's links made after ``links_mark`` returned ``mark``, by article and local id."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT article_id, local_id FROM entity_links WHERE entity_id = ? AND seq > ?"
            " ORDER BY article_id, local_id", (entity_id, mark))]

    def clear_resolution(self) -> None:
        """Empty every table the resolver derives from the articles (a rebuild starts so)."""
        for table in RESOLVE_TABLES:
            self.conn.execute(f"DELETE FROM {table}")

    # -- entity ids that moved ----------------------------------------------------
    def redirect_target(self, old_id: int) -> int | None:
        """The id ``old_id`` was redirected to (one hop), or None."""
        row = self.conn.execute("SELECT new_id FROM entity_redirects WHERE old_id = ?", (old_id,)).fetchone()
        return row[0] if row else None

    def record_redirect(self, old_id: int, new_id: int, *, reason: str, decision_id: int | None = None) -> None:
        entity_ids.record_redirect(self.conn, old_id, new_id, reason=reason, decision_id=decision_id)

    def forget_redirect(self, entity_id: int) -> None:
        entity_ids.forget_redirect(self.conn, entity_id)

    def entity_id_snapshot(self) -> entity_ids.Snapshot:
        """Which entity every link belongs to now (before a rebuild)."""
        return entity_ids.snapshot(self.conn)

    def restore_entity_ids(self, before: entity_ids.Snapshot) -> dict[int, int]:
        """After a rebuild: rebuilt entities take their old ids back (``entity_ids.restore_ids``)."""
        return entity_ids.restore_ids(self.conn, before)
