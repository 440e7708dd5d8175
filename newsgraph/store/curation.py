"""What curation needs from storage: the user's decisions and their effects.

Merges, splits, renames and type corrections are recorded as decisions that
outlast a rebuild; this mixin is the only place that reads and writes them,
and finds entities by name for the commands that take one. The entity edits a
decision makes are the resolver's (``ResolutionStore``). Portable SQL only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .resolution_links import MentionLink


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """One stored decision, its payload parsed."""

    id: int
    kind: str
    payload: dict
    created_at: str
    undone_at: str | None


class CurationStore:
    """Decision log and entity look-ups for ``newsgraph.resolve.curate``.

    Mixed into the store class; ``self.conn`` is the store's connection.
    """

    conn: Any

    # -- decisions -------------------------------------------------------------
    def record_decision(self, kind: str, payload: dict, created_at: str) -> int:
        """Store a decision; its id."""
        return self.conn.execute("INSERT INTO decisions (kind, payload, created_at) VALUES (?, ?, ?) RETURNING id",
                                 (kind, json.dumps(payload), created_at)).fetchone()[0]

    def set_decision_payload(self, decision_id: int, payload: dict) -> None:
        self.conn.execute("UPDATE decisions SET payload = ? WHERE id = ?", (json.dumps(payload), decision_id))

    def mark_decision_undone(self, decision_id: int, undone_at: str) -> None:
        self.conn.execute("UPDATE decisions SET undone_at = ? WHERE id = ?", (undone_at, decision_id))

    def decision_record(self, decision_id: int) -> DecisionRecord | None:
        row = self.conn.execute("SELECT id, kind, payload, created_at, undone_at FROM decisions WHERE id = ?",
                                (decision_id,)).fetchone()
        return DecisionRecord(row[0], row[1], json.loads(row[2]), row[3], row[4]) if row else None

    def decision_records(self, *, include_undone: bool = True) -> list[DecisionRecord]:
        """Decisions in the order they were made."""
        where = "" if include_undone else " WHERE undone_at IS NULL"
        return [DecisionRecord(r[0], r[1], json.loads(r[2]), r[3], r[4]) for r in self.conn.execute(
            f"SELECT id, kind, payload, created_at, undone_at FROM decisions{where} ORDER BY id")]

    # -- finding entities ----------------------------------------------------------
    def entities_named(self, name: str) -> list[int]:
        """Ids of entities whose name is ``name`` in any (ASCII) case, by id."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM entities WHERE lower(name) = lower(?) ORDER BY id", (name,))]

    def entities_with_alias(self, norm: str) -> list[int]:
        """Ids of entities with an alias of this normalized form, by id."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE norm = ? ORDER BY entity_id", (norm,))]

    def mention_link(self, article_ref: str, local_id: str) -> MentionLink | None:
        """The linked local entity ``local_id`` of the article whose id is (or starts with) ``article_ref``."""
        row = self.conn.execute(
            "SELECT l.article_id, l.local_id, l.entity_id, ae.name, ae.type, ae.aliases FROM entity_links l"
            " JOIN article_entities ae ON ae.article_id = l.article_id AND ae.local_id = l.local_id"
            " WHERE (l.article_id = ? OR lower(l.article_id) LIKE lower(?)) AND l.local_id = ?",
            (article_ref, article_ref + "%", local_id)).fetchone()
        if row is None:
            return None
        return MentionLink(row[0], row[1], row[2], row[3], row[4], json.loads(row[5] or "[]"))
