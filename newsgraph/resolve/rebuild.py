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

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import NewsgraphError
from . import curate, profiles
from .context import locals_from_store
from .linker import link_locals

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)


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


def rebuild_links(store: Store) -> RebuildResult:
    """Relink every stored article and re-apply active decisions (inside the caller's transaction)."""
    result = RebuildResult()
    before = store.entity_id_snapshot()
    store.clear_resolution()
    for article_id, day in store.articles_in_link_order():
        link_locals(store, article_id, day, locals_from_store(store, article_id))
        result.articles += 1
    for record in store.decision_records(include_undone=False):
        d = curate.DecisionRow(record.id, record.kind, record.payload, record.created_at, record.undone_at)
        try:
            if reapply(store, d):
                result.reapplied += 1
                store.set_decision_payload(d.id, d.payload)
            else:
                result.skipped.append(f"{d.id} {d.kind}: {d.summary} (no longer applies)")
        except (NewsgraphError, *store.driver_errors, KeyError, TypeError) as exc:
            # a decision that cannot be re-applied must not lose the rebuild
            logger.warning("decision %s not re-applied: %s", d.id, exc)
            result.skipped.append(f"{d.id} {d.kind}: {exc}")
    store.restore_entity_ids(before)
    live = store.live_entity_ids()
    result.entities = len(live)
    result.kept_ids = len(live & before.ids)
    result.new_ids = len(live - before.ids)
    result.redirected = sum(1 for i in before.ids - live if store.entity_redirect(i) is not None)
    return result


def reapply(store: Store, d: curate.DecisionRow) -> bool:
    """Apply one decision again through its anchors; False when there is nothing to do."""
    p = d.payload
    at = curate.entity_of_anchor
    if d.kind == "merge":
        into, other = at(store, p.get("into_anchor")), at(store, p.get("from_anchor"))
        if into is None or other is None or into == other:
            return False
        p.update(into=into, links_mark=curate.links_mark(store),
                 moved=[list(m) for m in curate.apply_merge(store, into, other, d.id)])
        return True
    if d.kind == "split":
        moved = [tuple(m) for m in p.get("moved", [])]
        holders: dict[int, list[tuple[str, str]]] = {}
        for m in moved:
            holder = at(store, m)
            if holder is not None:
                holders.setdefault(holder, []).append(m)
        rest = at(store, p.get("entity_anchor"))
        if rest is None or not holders:
            return False
        if rest in holders:
            new = curate.apply_split(store, rest, holders[rest], d.id)
        else:
            new = max(holders, key=lambda h: len(holders[h]))
            curate.apply_not_same(store, rest, new, d.id)
        if p.get("blocked_alias"):
            store.block_alias(rest, profiles.norm(p["blocked_alias"]), p["blocked_alias"])
            store.delete_alias(rest, profiles.norm(p["blocked_alias"]))
            profiles.refresh_name(store, rest)
        if p.get("name"):
            curate.apply_rename(store, new, p["name"])
        p.update(entity=rest, new=new)
        return True
    if d.kind in ("rename", "retype", "alias-add", "alias-remove"):
        eid = at(store, p.get("anchor"))
        if eid is None:
            return False
        if d.kind == "rename":
            curate.apply_rename(store, eid, p["name"])
        elif d.kind == "retype":
            curate.apply_retype(store, eid, p["type"])
        elif d.kind == "alias-add":
            curate.apply_alias_add(store, eid, p["alias"])
        else:
            curate.apply_alias_remove(store, eid, p["alias"])
        p["entity"] = eid
        return True
    if d.kind == "not-same":
        a, b = at(store, p.get("a_anchor")), at(store, p.get("b_anchor"))
        if a is None or b is None or a == b:
            return False
        curate.apply_not_same(store, a, b, d.id)
        p.update(a=a, b=b)
        return True
    return False
