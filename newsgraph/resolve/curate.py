"""Curation: a person's decisions about entities, kept and re-applied.

``merge``, ``split``, ``rename``, ``retype``, ``alias add/remove`` and ``not-same`` change
only store entities and links (never an article's reading) and each is stored
in ``decisions`` with a JSON payload, so it lasts:

- across restarts (it is in the store file);
- as more articles arrive: a merged entity keeps every alias and key of both,
  so a new article naming either goes to it; a renamed entity keeps its name;
  a removed alias is blocked and never added back; a split leaves a not-same
  pair; a not-same pair is never bridged by the linker;
- across a rebuild (``rebuild.rebuild_links``): payloads name entities by
  *anchors*, links ``(article_id, local_id)`` that do not change when store
  entity ids do, and are re-applied in order;
- and each can be undone (``undo``), which applies its inverse and leaves the
  store as if the decision had never been made: the links a merged entity
  took *after* the merge (new articles naming either side) were decided
  against the merged entity, so undoing a merge links them again.

Entities are referred to by id or by name/alias (``find_entity``); a name that
fits several entities is an error that lists them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import CurationError, NotFoundError
from ..store import entity_ids
from . import profiles
from .names import norm

KINDS = ("merge", "split", "rename", "retype", "alias-add", "alias-remove", "not-same")


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: int
    name: str
    type: str
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "articles": self.articles}


@dataclass(slots=True)
class DecisionRow:
    id: int
    kind: str
    payload: dict
    created_at: str
    undone_at: str | None = None

    @property
    def summary(self) -> str:
        p = self.payload
        if self.kind == "merge":
            return f"merged {p.get('from_name')!r} into {p.get('into_name')!r}"
        if self.kind == "split":
            return f"split {len(p.get('moved', []))} link(s) of {p.get('entity_name')!r} into {p.get('new_name')!r}"
        if self.kind == "rename":
            return f"renamed {p.get('old_name')!r} to {p.get('name')!r}"
        if self.kind == "retype":
            return f"typed {p.get('entity_name')!r} {p.get('type')} (was {p.get('old_type')})"
        if self.kind in ("alias-add", "alias-remove"):
            verb = "added" if self.kind == "alias-add" else "removed"
            return f"{verb} alias {p.get('alias')!r} of {p.get('entity_name')!r}"
        if self.kind == "not-same":
            return f"{p.get('a_name')!r} is not {p.get('b_name')!r}"
        return self.kind

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "summary": self.summary, "payload": self.payload,
                "created_at": self.created_at, "undone_at": self.undone_at}


@dataclass(slots=True)
class Explanation:
    """Why two entities or mentions are, or are not, one store entity."""

    same: bool
    a: dict
    b: dict
    name_match: dict
    links: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    not_same: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"same": self.same, "a": self.a, "b": self.b, "name_match": self.name_match,
                "not_same": self.not_same, "links": self.links, "decisions": self.decisions}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- finding entities ----------------------------------------------------------

def entity_ref(conn: sqlite3.Connection, entity_id: int) -> EntityRef:
    row = conn.execute("SELECT id, name, type, article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no entity {entity_id}")
    return EntityRef(*row)


def find_entity(conn: sqlite3.Connection, ref: str | int) -> int:
    """An entity id from an id (merged ids follow their merge) or a name/alias."""
    text = str(ref).strip()
    if text.isdigit():
        live = profiles.resolve_id(conn, int(text))
        if live is None:
            raise NotFoundError(f"no entity with id {text}")
        return live
    key = norm(text)
    by_name = [r[0] for r in conn.execute(
        "SELECT id FROM entities WHERE name = ? COLLATE NOCASE ORDER BY id", (text,))]
    by_name += [r[0] for r in conn.execute(
        "SELECT DISTINCT entity_id FROM entity_aliases WHERE norm = ? ORDER BY entity_id", (key,))
        if r[0] not in by_name]
    if not by_name:
        raise NotFoundError(f"no entity named {text!r}")
    named = [i for i in by_name if norm(entity_ref(conn, i).name) == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(named) == 1:
        return named[0]
    listing = "; ".join(
        f"{r.id} {r.name} ({r.type}, {r.articles} article{'s' if r.articles != 1 else ''})"
        for r in (entity_ref(conn, i) for i in by_name[:10]))
    raise CurationError(f"{text!r} names {len(by_name)} entities: {listing}. Use an id.")


def links_of(conn: sqlite3.Connection, entity_id: int) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute(
        "SELECT article_id, local_id FROM entity_links WHERE entity_id = ? ORDER BY article_id, local_id",
        (entity_id,))]


def _anchor(conn: sqlite3.Connection, entity_id: int) -> list[str] | None:
    links = links_of(conn, entity_id)
    return list(links[0]) if links else None


def entity_of_anchor(conn: sqlite3.Connection, anchor: list[str] | tuple[str, str] | None) -> int | None:
    if not anchor:
        return None
    row = conn.execute("SELECT entity_id FROM entity_links WHERE article_id = ? AND local_id = ?",
                       (anchor[0], anchor[1])).fetchone()
    return row[0] if row else None


def links_mark(conn: sqlite3.Connection) -> int:
    """The newest link's rowid: links made after a decision have larger ones (see ``undo_decision``)."""
    return conn.execute("SELECT coalesce(max(rowid), 0) FROM entity_links").fetchone()[0]


def _record(conn: sqlite3.Connection, kind: str, payload: dict) -> int:
    return conn.execute("INSERT INTO decisions (kind, payload, created_at) VALUES (?, ?, ?)",
                        (kind, json.dumps(payload), _now())).lastrowid


# -- applying decisions ------------------------------------------------------

def apply_merge(conn: sqlite3.Connection, into: int, other: int, decision_id: int | None = None) -> list:
    if into == other:
        raise CurationError(f"entity {into} cannot be merged with itself")
    if profiles.not_same(conn, into, other):
        lo, hi = sorted((into, other))
        conn.execute("DELETE FROM entity_not_same WHERE a = ? AND b = ?", (lo, hi))
    return profiles.merge_into(conn, into, other, {"rule": "merge", "decision": decision_id})


def apply_split(conn: sqlite3.Connection, entity_id: int, moved: list[tuple[str, str]],
                decision_id: int | None = None, new_id: int | None = None) -> int:
    current = set(links_of(conn, entity_id))
    moved = [tuple(m) for m in moved if tuple(m) in current]
    if not moved:
        raise CurationError(f"none of the given links belong to entity {entity_id}")
    if len(moved) == len(current):
        raise CurationError(f"that would move every link of entity {entity_id}; nothing would be left")
    type_ = entity_ref(conn, entity_id).type
    if new_id is not None and conn.execute("SELECT 1 FROM entities WHERE id = ?", (new_id,)).fetchone():
        new_id = None
    new = profiles.create_entity(conn, "?", type_, entity_id=new_id)
    entity_ids.forget_redirect(conn, new)
    profiles.move_links(conn, moved, new, {"rule": "split", "decision": decision_id})
    profiles.rebuild_profile(conn, entity_id)
    profiles.rebuild_profile(conn, new)
    lo, hi = sorted((entity_id, new))
    conn.execute("INSERT OR IGNORE INTO entity_not_same (a, b, decision_id) VALUES (?, ?, ?)", (lo, hi, decision_id))
    return new


def apply_rename(conn: sqlite3.Connection, entity_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise CurationError("a new name cannot be empty")
    conn.execute("DELETE FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?", (entity_id, norm(name)))
    type_ = entity_ref(conn, entity_id).type
    profiles.add_alias(conn, entity_id, type_, name, count=0, source="user")
    conn.execute("UPDATE entities SET name = ?, renamed = 1 WHERE id = ?", (name, entity_id))


def apply_retype(conn: sqlite3.Connection, entity_id: int, type_: str, *, typed: bool = True) -> None:
    """Give the entity a type a user chose; its blocking keys follow (they depend on the type)."""
    from ..models import ENTITY_TYPES

    if type_ not in ENTITY_TYPES:
        raise CurationError(f"unknown entity type {type_!r}; one of {', '.join(ENTITY_TYPES)}")
    conn.execute("UPDATE entities SET type = ?, typed = ? WHERE id = ?", (type_, int(typed), entity_id))
    _rekey(conn, entity_id)


def apply_alias_add(conn: sqlite3.Connection, entity_id: int, alias: str) -> None:
    alias = alias.strip()
    if not norm(alias):
        raise CurationError("an alias cannot be empty")
    conn.execute("DELETE FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?", (entity_id, norm(alias)))
    profiles.add_alias(conn, entity_id, entity_ref(conn, entity_id).type, alias, count=0, source="user")


def apply_alias_remove(conn: sqlite3.Connection, entity_id: int, alias: str) -> dict | None:
    key = norm(alias)
    row = conn.execute("SELECT alias, count, name_count, source FROM entity_aliases WHERE entity_id = ? AND norm = ?",
                       (entity_id, key)).fetchone()
    ref = entity_ref(conn, entity_id)
    if row is None:
        raise CurationError(f"entity {entity_id} ({ref.name}) has no alias {alias!r}")
    conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND norm = ?", (entity_id, key))
    conn.execute("INSERT OR IGNORE INTO entity_alias_blocks (entity_id, norm, alias) VALUES (?, ?, ?)",
                 (entity_id, key, row[0]))
    _rekey(conn, entity_id)
    if norm(ref.name) == key:
        conn.execute("UPDATE entities SET renamed = 0 WHERE id = ?", (entity_id,))
        profiles.refresh_name(conn, entity_id)
    return {"alias": row[0], "count": row[1], "name_count": row[2], "source": row[3]}


def _rekey(conn: sqlite3.Connection, entity_id: int) -> None:
    from .candidates import index_keys, write_keys

    type_ = entity_ref(conn, entity_id).type
    conn.execute("DELETE FROM entity_keys WHERE entity_id = ?", (entity_id,))
    for (alias,) in conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (entity_id,)).fetchall():
        write_keys(conn, entity_id, index_keys(alias, type_))
    profiles.refresh_bare_key(conn, entity_id)


def apply_not_same(conn: sqlite3.Connection, a: int, b: int, decision_id: int | None = None) -> None:
    if a == b:
        raise CurationError(f"entity {a} is one entity; split it first")
    lo, hi = sorted((a, b))
    conn.execute("INSERT OR IGNORE INTO entity_not_same (a, b, decision_id) VALUES (?, ?, ?)", (lo, hi, decision_id))


# -- the API the CLI and Python users call -----------------------------------

class Curator:
    """Curation on an open store: every method is one transaction and one decision."""

    def __init__(self, store) -> None:
        self.store = store

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    def find(self, ref: str | int) -> EntityRef:
        return entity_ref(self.conn, find_entity(self.conn, ref))

    def merge(self, into: str | int, other: str | int, *, force: bool = False) -> DecisionRow:
        """Merge ``other`` into ``into`` (``into`` keeps its id; ``other``'s id redirects to it).

        A pair someone marked not-same is refused unless ``force``: one decision
        must not silently undo another.
        """
        with self.store.transaction() as conn:
            a, b = find_entity(conn, into), find_entity(conn, other)
            if a == b:
                raise CurationError(f"{into!r} and {other!r} are already one entity ({a})")
            if profiles.not_same(conn, a, b) and not force:
                raise CurationError(f"{entity_ref(conn, a).name!r} ({a}) and {entity_ref(conn, b).name!r} ({b}) "
                                    "were marked not-same; merge anyway with --force")
            ra, rb = entity_ref(conn, a), entity_ref(conn, b)
            renamed = conn.execute("SELECT renamed FROM entities WHERE id = ?", (b,)).fetchone()[0]
            user_aliases = [r[0] for r in conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? AND source = 'user'", (b,))]
            payload = {"into": a, "from": b, "into_name": ra.name, "from_name": rb.name,
                       "into_anchor": _anchor(conn, a), "from_anchor": _anchor(conn, b),
                       "from_type": rb.type, "from_renamed": renamed, "from_user_aliases": user_aliases}
            payload["links_mark"] = links_mark(conn)
            decision = _record(conn, "merge", payload)
            moved = apply_merge(conn, a, b, decision)
            payload["moved"] = [list(m) for m in moved]
            conn.execute("UPDATE decisions SET payload = ? WHERE id = ?", (json.dumps(payload), decision))
        return self.decision(decision)

    def split(self, entity: str | int, *, articles: list[str] | None = None,
              alias: str | None = None, name: str | None = None) -> tuple[DecisionRow, EntityRef]:
        """Move the links of some articles, or of the mentions named ``alias``, to a new entity."""
        if not articles and not alias:
            raise CurationError("say which links to split off: --articles ID... or --alias NAME")
        with self.store.transaction() as conn:
            eid = find_entity(conn, entity)
            links = links_of(conn, eid)
            moved: list[tuple[str, str]] = []
            if articles:
                ids = {self.store.find_article_id(a) for a in articles}
                moved += [l for l in links if l[0] in ids]
            if alias:
                key = norm(alias)
                for article_id, local_id in links:
                    row = conn.execute("SELECT name, aliases FROM article_entities WHERE article_id = ? AND local_id = ?",
                                       (article_id, local_id)).fetchone()
                    if row and key in {norm(n) for n in [row[0], *json.loads(row[1] or "[]")]}:
                        moved.append((article_id, local_id))
            moved = sorted(set(moved))
            if not moved:
                raise CurationError(f"entity {eid} has no links in those articles / with that alias")
            ref = entity_ref(conn, eid)
            payload = {"entity": eid, "entity_name": ref.name, "entity_anchor": None,
                       "moved": [list(m) for m in moved], "name": name}
            decision = _record(conn, "split", payload)
            new = apply_split(conn, eid, moved, decision)
            if alias:
                conn.execute("INSERT OR IGNORE INTO entity_alias_blocks (entity_id, norm, alias) VALUES (?, ?, ?)",
                             (eid, norm(alias), alias))
                conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND norm = ?", (eid, norm(alias)))
                _rekey(conn, eid)
                profiles.refresh_name(conn, eid)
                payload["blocked_alias"] = alias
            if name:
                apply_rename(conn, new, name)
            payload.update({"new": new, "new_name": entity_ref(conn, new).name,
                            "entity_anchor": _anchor(conn, eid)})
            conn.execute("UPDATE decisions SET payload = ? WHERE id = ?", (json.dumps(payload), decision))
            new_ref = entity_ref(conn, new)
        return self.decision(decision), new_ref

    def rename(self, entity: str | int, name: str) -> DecisionRow:
        """Give the entity ``name`` for good; the same name again is not a decision (refused)."""
        with self.store.transaction() as conn:
            eid = find_entity(conn, entity)
            old = conn.execute("SELECT name, renamed FROM entities WHERE id = ?", (eid,)).fetchone()
            if name.strip() == old[0]:
                raise CurationError(f"entity {eid} is already named {old[0]!r}; nothing to change")
            had_alias = conn.execute("SELECT source FROM entity_aliases WHERE entity_id = ? AND norm = ?",
                                     (eid, norm(name))).fetchone()
            payload = {"entity": eid, "anchor": _anchor(conn, eid), "name": name.strip(), "old_name": old[0],
                       "old_renamed": old[1], "alias_existed": had_alias is not None}
            decision = _record(conn, "rename", payload)
            apply_rename(conn, eid, name)
        return self.decision(decision)

    def retype(self, entity: str | int, type: str) -> DecisionRow:
        """Correct the entity's type (PERSON, ORG, …, any case); kept, re-applied on rebuild, undoable."""
        type_ = type.strip().upper()
        with self.store.transaction() as conn:
            eid = find_entity(conn, entity)
            ref = entity_ref(conn, eid)
            if ref.type == type_:
                raise CurationError(f"entity {eid} ({ref.name}) is already {type_}; nothing to change")
            typed = conn.execute("SELECT typed FROM entities WHERE id = ?", (eid,)).fetchone()[0]
            payload = {"entity": eid, "entity_name": ref.name, "anchor": _anchor(conn, eid), "type": type_,
                       "old_type": ref.type, "old_typed": typed}
            apply_retype(conn, eid, type_)
            decision = _record(conn, "retype", payload)
        return self.decision(decision)

    def alias_add(self, entity: str | int, alias: str) -> DecisionRow:
        with self.store.transaction() as conn:
            eid = find_entity(conn, entity)
            existed = conn.execute("SELECT 1 FROM entity_aliases WHERE entity_id = ? AND norm = ?",
                                   (eid, norm(alias))).fetchone()
            if existed:
                raise CurationError(f"entity {eid} already has alias {alias!r}")
            payload = {"entity": eid, "entity_name": entity_ref(conn, eid).name, "anchor": _anchor(conn, eid),
                       "alias": alias.strip()}
            decision = _record(conn, "alias-add", payload)
            apply_alias_add(conn, eid, alias)
        return self.decision(decision)

    def alias_remove(self, entity: str | int, alias: str) -> DecisionRow:
        with self.store.transaction() as conn:
            eid = find_entity(conn, entity)
            payload = {"entity": eid, "entity_name": entity_ref(conn, eid).name, "anchor": _anchor(conn, eid),
                       "alias": alias.strip()}
            decision = _record(conn, "alias-remove", payload)
            payload["removed"] = apply_alias_remove(conn, eid, alias)
            conn.execute("UPDATE decisions SET payload = ? WHERE id = ?", (json.dumps(payload), decision))
        return self.decision(decision)

    def not_same(self, a: str | int, b: str | int) -> DecisionRow:
        with self.store.transaction() as conn:
            ia, ib = find_entity(conn, a), find_entity(conn, b)
            if ia == ib:
                raise CurationError(f"{a!r} and {b!r} are one entity ({ia}); split it first")
            payload = {"a": ia, "b": ib, "a_name": entity_ref(conn, ia).name, "b_name": entity_ref(conn, ib).name,
                       "a_anchor": _anchor(conn, ia), "b_anchor": _anchor(conn, ib)}
            decision = _record(conn, "not-same", payload)
            apply_not_same(conn, ia, ib, decision)
        return self.decision(decision)

    # -- listing and undoing ---------------------------------------------------
    def decision(self, decision_id: int) -> DecisionRow:
        row = self.conn.execute("SELECT id, kind, payload, created_at, undone_at FROM decisions WHERE id = ?",
                                (decision_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no decision {decision_id}")
        return DecisionRow(row[0], row[1], json.loads(row[2]), row[3], row[4])

    def decisions(self, *, include_undone: bool = True) -> list[DecisionRow]:
        where = "" if include_undone else "WHERE undone_at IS NULL"
        rows = self.conn.execute(f"SELECT id, kind, payload, created_at, undone_at FROM decisions {where} ORDER BY id")
        return [DecisionRow(r[0], r[1], json.loads(r[2]), r[3], r[4]) for r in rows]

    def undo(self, decision_id: int) -> DecisionRow:
        """Apply the decision's inverse and mark it undone."""
        d = self.decision(decision_id)
        if d.undone_at:
            raise CurationError(f"decision {decision_id} was already undone at {d.undone_at}")
        with self.store.transaction() as conn:
            undo_decision(conn, d)
            conn.execute("UPDATE decisions SET undone_at = ? WHERE id = ?", (_now(), decision_id))
        return self.decision(decision_id)

    def why(self, a: str, b: str) -> Explanation:
        return explain(self.conn, a, b)


def undo_decision(conn: sqlite3.Connection, d: DecisionRow) -> None:
    p = d.payload
    if d.kind == "merge":
        moved = [tuple(m) for m in p.get("moved", [])]
        holders = {entity_of_anchor(conn, m) for m in moved} - {None}
        if not moved or not holders:
            raise CurationError(f"decision {d.id}: the merged links are gone; nothing to undo")
        later = _links_after(conn, holders, p.get("links_mark"), set(moved))
        new = profiles.create_entity(conn, p.get("from_name", "?"), p.get("from_type", "PERSON"),
                                     entity_id=None if _exists(conn, p["from"]) else p["from"])
        entity_ids.forget_redirect(conn, new)
        profiles.move_links(conn, moved, new, {"rule": "undo", "decision": d.id})
        conn.executemany("DELETE FROM entity_links WHERE article_id = ? AND local_id = ?", later)
        for alias in p.get("from_user_aliases", []):
            profiles.add_alias(conn, new, p.get("from_type", "PERSON"), alias, count=0, source="user")
        for holder in holders:
            if not profiles.delete_if_empty(conn, holder):
                profiles.rebuild_profile(conn, holder)
        profiles.rebuild_profile(conn, new)
        if p.get("from_renamed"):
            conn.execute("UPDATE entities SET name = ?, renamed = 1 WHERE id = ?", (p["from_name"], new))
        _relink(conn, later, d.id)
    elif d.kind == "split":
        moved = [tuple(m) for m in p.get("moved", [])]
        target = entity_of_anchor(conn, p.get("entity_anchor"))
        holders = {entity_of_anchor(conn, m) for m in moved} - {None}
        if target is None:
            raise CurationError(f"decision {d.id}: the split entity is gone; nothing to undo")
        if p.get("blocked_alias"):
            conn.execute("DELETE FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?",
                         (target, norm(p["blocked_alias"])))
        profiles.move_links(conn, [m for m in moved if entity_of_anchor(conn, m) is not None], target,
                            {"rule": "undo", "decision": d.id})
        conn.execute("DELETE FROM entity_not_same WHERE decision_id = ?", (d.id,))
        for holder in holders - {target}:
            if profiles.delete_if_empty(conn, holder):
                entity_ids.record_redirect(conn, holder, target, reason="undo", decision_id=d.id)
            else:
                profiles.rebuild_profile(conn, holder)
        profiles.rebuild_profile(conn, target)
    elif d.kind == "rename":
        eid = _live(conn, p)
        if not p.get("alias_existed"):
            conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND norm = ? AND source = 'user'",
                         (eid, norm(p["name"])))
            _rekey(conn, eid)
        conn.execute("UPDATE entities SET renamed = ? WHERE id = ?", (p.get("old_renamed", 0), eid))
        if p.get("old_renamed"):
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (p["old_name"], eid))
        else:
            profiles.refresh_name(conn, eid)
    elif d.kind == "retype":
        eid = _live(conn, p)
        apply_retype(conn, eid, p["old_type"], typed=bool(p.get("old_typed")))
        if not p.get("old_typed"):
            profiles.refresh_name(conn, eid)
    elif d.kind == "alias-add":
        eid = _live(conn, p)
        conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND norm = ?", (eid, norm(p["alias"])))
        _rekey(conn, eid)
        profiles.refresh_name(conn, eid)
    elif d.kind == "alias-remove":
        eid = _live(conn, p)
        conn.execute("DELETE FROM entity_alias_blocks WHERE entity_id = ? AND norm = ?", (eid, norm(p["alias"])))
        removed = p.get("removed") or {}
        profiles.add_alias(conn, eid, entity_ref(conn, eid).type, removed.get("alias", p["alias"]),
                           count=removed.get("count", 1), name_count=removed.get("name_count", 0),
                           source=removed.get("source", "auto"))
        profiles.refresh_name(conn, eid)
    elif d.kind == "not-same":
        conn.execute("DELETE FROM entity_not_same WHERE decision_id = ?", (d.id,))
    else:  # pragma: no cover - kinds are fixed
        raise CurationError(f"unknown decision kind {d.kind!r}")


def _links_after(conn: sqlite3.Connection, holders: set[int], mark: int | None,
                 moved: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Links the merged entity took *after* the merge: they were decided against the merged
    entity, so undoing the merge must decide them again. Payloads from before ``links_mark``
    was kept have no mark: their later links stay where they are."""
    if mark is None:
        return []
    out = []
    for holder in sorted(holders):
        out += [(a, l) for a, l in conn.execute(
            "SELECT article_id, local_id FROM entity_links WHERE entity_id = ? AND rowid > ?"
            " ORDER BY article_id, local_id", (holder, mark)) if (a, l) not in moved]
    return out


def _relink(conn: sqlite3.Connection, links: list[tuple[str, str]], decision_id: int) -> None:
    """Link these (unlinked) local entities again, article by article in publication order,
    against the store as it is now; then rebuild the profiles they touched."""
    if not links:
        return
    from .context import locals_from_store
    from .linker import link_locals

    by_article: dict[str, set[str]] = {}
    for article_id, local_id in links:
        by_article.setdefault(article_id, set()).add(local_id)
    days = dict(conn.execute(
        f"SELECT id, published_day FROM articles WHERE id IN ({','.join('?' * len(by_article))})",
        sorted(by_article)).fetchall())
    touched: set[int] = set()
    for article_id in sorted(by_article, key=lambda a: (days.get(a) is None, days.get(a) or "", a)):
        wanted = [le for le in locals_from_store(conn, article_id) if le.local_id in by_article[article_id]]
        touched.update(link_locals(conn, article_id, days.get(article_id), wanted).values())
        conn.executemany(
            "UPDATE entity_links SET reason = json_set(reason, '$.relinked', json(?)) WHERE article_id = ? AND local_id = ?",
            [(json.dumps({"rule": "undo", "decision": decision_id}), article_id, lid)
             for lid in sorted(by_article[article_id])])
    for entity_id in sorted(touched):
        if _exists(conn, entity_id):
            profiles.rebuild_profile(conn, entity_id)


def _exists(conn: sqlite3.Connection, entity_id: int) -> bool:
    return conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None


def _live(conn: sqlite3.Connection, payload: dict) -> int:
    """The entity a payload means now: its anchor's entity, else its id followed through merges."""
    eid = entity_of_anchor(conn, payload.get("anchor")) or profiles.resolve_id(conn, payload.get("entity", -1))
    if eid is None:
        raise CurationError("the entity this decision was about no longer exists")
    return eid


# -- why ---------------------------------------------------------------------------

def _side(conn: sqlite3.Connection, ref: str) -> tuple[int, dict, list[str], str]:
    """(entity id, description, names, type) of an entity ref or an ``ARTICLE:LOCAL`` mention ref."""
    if ":" in ref and not ref.strip().isdigit():
        article_ref, local_id = ref.rsplit(":", 1)
        row = conn.execute(
            "SELECT l.article_id, l.local_id, l.entity_id, ae.name, ae.type, ae.aliases FROM entity_links l"
            " JOIN article_entities ae ON ae.article_id = l.article_id AND ae.local_id = l.local_id"
            " WHERE (l.article_id = ? OR l.article_id LIKE ?) AND l.local_id = ?",
            (article_ref, article_ref + "%", local_id)).fetchone()
        if row is not None:
            names = [row[3], *json.loads(row[5] or "[]")]
            return row[2], {"article": row[0], "local": row[1], "name": row[3], "entity": row[2]}, names, row[4]
    eid = find_entity(conn, ref)
    r = entity_ref(conn, eid)
    names = [a[0] for a in conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC",
                                        (eid,))]
    return eid, {**r.to_dict(), "entity": eid}, names or [r.name], r.type


def explain(conn: sqlite3.Connection, a: str, b: str) -> Explanation:
    """Why ``a`` and ``b`` (entity ids/names, or ``ARTICLE:LOCAL`` mentions) are or are not one entity."""
    from .names import PERSON, best_match

    ea, da, na, ta = _side(conn, str(a))
    eb, db, nb, tb = _side(conn, str(b))
    match = best_match(na, nb, person=ta == PERSON and tb == PERSON)
    exp = Explanation(same=ea == eb, a=da, b=db,
                      name_match={"kind": match.kind, "score": match.score, "names": [match.a, match.b]},
                      not_same=profiles.not_same(conn, ea, eb))
    wanted = {(da.get("article"), da.get("local")), (db.get("article"), db.get("local"))} - {(None, None)}
    for eid in sorted({ea, eb}):
        for article_id, local_id, score, reason in conn.execute(
                "SELECT article_id, local_id, score, reason FROM entity_links WHERE entity_id = ?"
                " ORDER BY article_id, local_id LIMIT 200", (eid,)):
            if wanted and (article_id, local_id) not in wanted and len(wanted) == 2:
                continue
            exp.links.append({"entity": eid, "article": article_id, "local": local_id, "score": score,
                              "reason": json.loads(reason)})
    for row in conn.execute("SELECT id, kind, payload, created_at, undone_at FROM decisions ORDER BY id"):
        p = json.loads(row[2])
        ids = {p.get(k) for k in ("into", "from", "entity", "new", "a", "b")}
        if {ea, eb} & ids:
            exp.decisions.append(DecisionRow(row[0], row[1], p, row[3], row[4]).to_dict())
    return exp
