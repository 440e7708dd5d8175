"""Rebuild every link from the stored articles, then re-apply the decisions.

Why: linking is incremental, so what the store holds can depend a little on the
order articles arrived in (a bare surname seen before any full name). A rebuild
re-links all articles in one canonical order (publication day, then id) from
their stored readings (``article_entities``), so any two stores holding the same
articles end up with the same entities, and then re-applies every decision that
is not undone, in the order it was made, through its anchors (links, which keep
their identity when entity ids change). It costs a full pass over the store:
a maintenance command (``newsgraph entity rebuild``), not part of ingest.

Decisions are re-applied after the relinking, so an alias a user added only
helps articles linked after the rebuild, not the relinked ones (a known limit).
A decision whose anchors no longer make sense (a not-same pair the relinking
already put in one entity, a split whose links all went elsewhere) is reported
back rather than forced.

Entity ids survive the rebuild (``store.entity_ids``): each rebuilt entity takes
the old id that held most of its links, and an old id that no entity takes is
redirected to where its links went, so an id a person noted still finds its
entity.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field

from ..errors import NewsgraphError
from ..store import entity_ids
from . import curate, profiles
from .context import locals_from_store
from .linker import link_locals

logger = logging.getLogger(__name__)

_RESOLVE_TABLES = (
    "entity_links", "entity_not_same", "entity_redirects", "entity_cooc", "entity_descriptors",
    "entity_keys", "entity_alias_blocks", "entity_aliases", "entities",
)


@dataclass(slots=True)
class RebuildResult:
    articles: int = 0
    entities: int = 0
    reapplied: int = 0
    skipped: list[str] = field(default_factory=list)
    kept_ids: int = 0  # entities that kept the id they had before
    new_ids: int = 0  # entities the rebuild made that had no id before
    redirected: int = 0  # old ids now pointing at the entity their links went to

    def to_dict(self) -> dict:
        return {"articles": self.articles, "entities": self.entities, "reapplied": self.reapplied,
                "skipped": list(self.skipped), "kept_ids": self.kept_ids, "new_ids": self.new_ids,
                "redirected": self.redirected}


def rebuild_links(conn: sqlite3.Connection) -> RebuildResult:
    """Relink every stored article and re-apply active decisions (inside the caller's transaction)."""
    result = RebuildResult()
    before = entity_ids.snapshot(conn)
    for table in _RESOLVE_TABLES:
        conn.execute(f"DELETE FROM {table}")
    articles = conn.execute(
        "SELECT id, published_day FROM articles ORDER BY published_day IS NULL, published_day, id"
    ).fetchall()
    for article_id, day in articles:
        link_locals(conn, article_id, day, locals_from_store(conn, article_id))
        result.articles += 1
    decisions = conn.execute(
        "SELECT id, kind, payload, created_at, undone_at FROM decisions WHERE undone_at IS NULL ORDER BY id"
    ).fetchall()
    for row in decisions:
        d = curate.DecisionRow(row[0], row[1], json.loads(row[2]), row[3], row[4])
        try:
            if reapply(conn, d):
                result.reapplied += 1
                conn.execute("UPDATE decisions SET payload = ? WHERE id = ?", (json.dumps(d.payload), d.id))
            else:
                result.skipped.append(f"{d.id} {d.kind}: {d.summary} (no longer applies)")
        except (NewsgraphError, sqlite3.Error, KeyError, TypeError) as exc:
            # a decision that cannot be re-applied must not lose the rebuild
            logger.warning("decision %s not re-applied: %s", d.id, exc)
            result.skipped.append(f"{d.id} {d.kind}: {exc}")
    entity_ids.restore_ids(conn, before)
    live = {r[0] for r in conn.execute("SELECT id FROM entities")}
    result.entities = len(live)
    result.kept_ids = len(live & before.ids)
    result.new_ids = len(live - before.ids)
    result.redirected = sum(1 for i in before.ids - live if entity_ids.redirect_of(conn, i) is not None)
    return result


def reapply(conn: sqlite3.Connection, d: curate.DecisionRow) -> bool:
    """Apply one decision again through its anchors; False when there is nothing to do."""
    p = d.payload
    at = curate.entity_of_anchor
    if d.kind == "merge":
        into, other = at(conn, p.get("into_anchor")), at(conn, p.get("from_anchor"))
        if into is None or other is None or into == other:
            return False
        p.update(into=into, links_mark=curate.links_mark(conn),
                 moved=[list(m) for m in curate.apply_merge(conn, into, other, d.id)])
        return True
    if d.kind == "split":
        moved = [tuple(m) for m in p.get("moved", [])]
        holders: dict[int, list[tuple[str, str]]] = {}
        for m in moved:
            holder = at(conn, m)
            if holder is not None:
                holders.setdefault(holder, []).append(m)
        rest = at(conn, p.get("entity_anchor"))
        if rest is None or not holders:
            return False
        if rest in holders:
            new = curate.apply_split(conn, rest, holders[rest], d.id)
        else:
            new = max(holders, key=lambda h: len(holders[h]))
            curate.apply_not_same(conn, rest, new, d.id)
        if p.get("blocked_alias"):
            conn.execute("INSERT OR IGNORE INTO entity_alias_blocks (entity_id, norm, alias) VALUES (?, ?, ?)",
                         (rest, profiles.norm(p["blocked_alias"]), p["blocked_alias"]))
            conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND norm = ?",
                         (rest, profiles.norm(p["blocked_alias"])))
            profiles.refresh_name(conn, rest)
        if p.get("name"):
            curate.apply_rename(conn, new, p["name"])
        p.update(entity=rest, new=new)
        return True
    if d.kind in ("rename", "retype", "alias-add", "alias-remove"):
        eid = at(conn, p.get("anchor"))
        if eid is None:
            return False
        if d.kind == "rename":
            curate.apply_rename(conn, eid, p["name"])
        elif d.kind == "retype":
            curate.apply_retype(conn, eid, p["type"])
        elif d.kind == "alias-add":
            curate.apply_alias_add(conn, eid, p["alias"])
        else:
            curate.apply_alias_remove(conn, eid, p["alias"])
        p["entity"] = eid
        return True
    if d.kind == "not-same":
        a, b = at(conn, p.get("a_anchor")), at(conn, p.get("b_anchor"))
        if a is None or b is None or a == b:
            return False
        curate.apply_not_same(conn, a, b, d.id)
        p.update(a=a, b=b)
        return True
    return False
