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

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..errors import CurationError, NotFoundError
from . import profiles
from .names import norm

if TYPE_CHECKING:
    from ..store import Store

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


def _row(record) -> DecisionRow:
    """A stored decision (``store.curation.DecisionRecord``) as curation shows it."""
    return DecisionRow(record.id, record.kind, record.payload, record.created_at, record.undone_at)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- finding entities ----------------------------------------------------------

def entity_ref(store: Store, entity_id: int) -> EntityRef:
    entity = store.entity(entity_id)
    if entity is None:
        raise NotFoundError(f"no entity {entity_id}")
    return EntityRef(entity.id, entity.name, entity.type, entity.articles)


def find_entity(store: Store, ref: str | int) -> int:
    """An entity id from an id (merged ids follow their merge) or a name/alias."""
    text = str(ref).strip()
    if text.isdigit():
        live = profiles.resolve_id(store, int(text))
        if live is None:
            raise NotFoundError(f"no entity with id {text}")
        return live
    key = norm(text)
    by_name = store.entities_named(text)
    by_name += [i for i in store.entities_with_alias(key) if i not in by_name]
    if not by_name:
        raise NotFoundError(f"no entity named {text!r}")
    named = [i for i in by_name if norm(entity_ref(store, i).name) == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(named) == 1:
        return named[0]
    listing = "; ".join(
        f"{r.id} {r.name} ({r.type}, {r.articles} article{'s' if r.articles != 1 else ''})"
        for r in (entity_ref(store, i) for i in by_name[:10]))
    raise CurationError(f"{text!r} names {len(by_name)} entities: {listing}. Use an id.")


def links_of(store: Store, entity_id: int) -> list[tuple[str, str]]:
    return store.entity_links(entity_id)


def _anchor(store: Store, entity_id: int) -> list[str] | None:
    links = links_of(store, entity_id)
    return list(links[0]) if links else None


def entity_of_anchor(store: Store, anchor: list[str] | tuple[str, str] | None) -> int | None:
    if not anchor:
        return None
    return store.link_entity(anchor[0], anchor[1])


def links_mark(store: Store) -> int:
    """The newest link's number: links made after a decision have larger ones (see ``undo_decision``)."""
    return store.links_mark()


def _record(store: Store, kind: str, payload: dict) -> int:
    return store.record_decision(kind, payload, _now())


# -- applying decisions ------------------------------------------------------

def apply_merge(store: Store, into: int, other: int, decision_id: int | None = None) -> list:
    if into == other:
        raise CurationError(f"entity {into} cannot be merged with itself")
    if profiles.not_same(store, into, other):
        store.delete_not_same(into, other)
    return profiles.merge_into(store, into, other, {"rule": "merge", "decision": decision_id})


def apply_split(store: Store, entity_id: int, moved: list[tuple[str, str]],
                decision_id: int | None = None, new_id: int | None = None) -> int:
    current = set(links_of(store, entity_id))
    moved = [tuple(m) for m in moved if tuple(m) in current]
    if not moved:
        raise CurationError(f"none of the given links belong to entity {entity_id}")
    if len(moved) == len(current):
        raise CurationError(f"that would move every link of entity {entity_id}; nothing would be left")
    type_ = entity_ref(store, entity_id).type
    if new_id is not None and store.entity_exists(new_id):
        new_id = None
    new = profiles.create_entity(store, "?", type_, entity_id=new_id)
    store.forget_redirect(new)
    profiles.move_links(store, moved, new, {"rule": "split", "decision": decision_id})
    profiles.rebuild_profile(store, entity_id)
    profiles.rebuild_profile(store, new)
    store.add_not_same(entity_id, new, decision_id)
    return new


def apply_rename(store: Store, entity_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise CurationError("a new name cannot be empty")
    store.unblock_alias(entity_id, norm(name))
    type_ = entity_ref(store, entity_id).type
    profiles.add_alias(store, entity_id, type_, name, count=0, source="user")
    store.set_entity_name(entity_id, name, renamed=True)


def apply_retype(store: Store, entity_id: int, type_: str, *, typed: bool = True) -> None:
    """Give the entity a type a user chose; its blocking keys follow (they depend on the type)."""
    from ..models import ENTITY_TYPES

    if type_ not in ENTITY_TYPES:
        raise CurationError(f"unknown entity type {type_!r}; one of {', '.join(ENTITY_TYPES)}")
    store.set_entity_type(entity_id, type_, typed=typed)
    _rekey(store, entity_id)


def apply_alias_add(store: Store, entity_id: int, alias: str) -> None:
    alias = alias.strip()
    if not norm(alias):
        raise CurationError("an alias cannot be empty")
    store.unblock_alias(entity_id, norm(alias))
    profiles.add_alias(store, entity_id, entity_ref(store, entity_id).type, alias, count=0, source="user")


def apply_alias_remove(store: Store, entity_id: int, alias: str) -> dict | None:
    key = norm(alias)
    row = store.entity_alias(entity_id, key)
    ref = entity_ref(store, entity_id)
    if row is None:
        raise CurationError(f"entity {entity_id} ({ref.name}) has no alias {alias!r}")
    store.delete_alias(entity_id, key)
    store.block_alias(entity_id, key, row.alias)
    _rekey(store, entity_id)
    if norm(ref.name) == key:
        store.set_entity_renamed(entity_id, 0)
        profiles.refresh_name(store, entity_id)
    return {"alias": row.alias, "count": row.count, "name_count": row.name_count, "source": row.source}


def _rekey(store: Store, entity_id: int) -> None:
    from .candidates import index_keys, write_keys

    type_ = entity_ref(store, entity_id).type
    store.delete_entity_keys(entity_id)
    for record in store.alias_records(entity_id):
        write_keys(store, entity_id, index_keys(record.alias, type_))
    profiles.refresh_bare_key(store, entity_id)


def apply_not_same(store: Store, a: int, b: int, decision_id: int | None = None) -> None:
    if a == b:
        raise CurationError(f"entity {a} is one entity; split it first")
    store.add_not_same(a, b, decision_id)


# -- the API the CLI and Python users call -----------------------------------

class Curator:
    """Curation on an open store: every method is one transaction and one decision."""

    def __init__(self, store) -> None:
        self.store = store

    def find(self, ref: str | int) -> EntityRef:
        return entity_ref(self.store, find_entity(self.store, ref))

    def merge(self, into: str | int, other: str | int, *, force: bool = False) -> DecisionRow:
        """Merge ``other`` into ``into`` (``into`` keeps its id; ``other``'s id redirects to it).

        A pair someone marked not-same is refused unless ``force``: one decision
        must not silently undo another.
        """
        store = self.store
        with store.transaction():
            a, b = find_entity(store, into), find_entity(store, other)
            if a == b:
                raise CurationError(f"{into!r} and {other!r} are already one entity ({a})")
            if profiles.not_same(store, a, b) and not force:
                raise CurationError(f"{entity_ref(store, a).name!r} ({a}) and {entity_ref(store, b).name!r} ({b}) "
                                    "were marked not-same; merge anyway with --force")
            ra, rb = entity_ref(store, a), entity_ref(store, b)
            renamed = store.entity(b).renamed
            user_aliases = store.user_aliases(b)
            payload = {"into": a, "from": b, "into_name": ra.name, "from_name": rb.name,
                       "into_anchor": _anchor(store, a), "from_anchor": _anchor(store, b),
                       "from_type": rb.type, "from_renamed": renamed, "from_user_aliases": user_aliases}
            payload["links_mark"] = links_mark(store)
            decision = _record(store, "merge", payload)
            moved = apply_merge(store, a, b, decision)
            payload["moved"] = [list(m) for m in moved]
            store.set_decision_payload(decision, payload)
        return self.decision(decision)

    def split(self, entity: str | int, *, articles: list[str] | None = None,
              alias: str | None = None, name: str | None = None) -> tuple[DecisionRow, EntityRef]:
        """Move the links of some articles, or of the mentions named ``alias``, to a new entity."""
        if not articles and not alias:
            raise CurationError("say which links to split off: --articles ID... or --alias NAME")
        store = self.store
        with store.transaction():
            eid = find_entity(store, entity)
            links = links_of(store, eid)
            moved: list[tuple[str, str]] = []
            if articles:
                ids = {self.store.find_article_id(a) for a in articles}
                moved += [l for l in links if l[0] in ids]
            if alias:
                key = norm(alias)
                for article_id, local_id in links:
                    names = store.local_names(article_id, local_id)
                    if names and key in {norm(n) for n in names}:
                        moved.append((article_id, local_id))
            moved = sorted(set(moved))
            if not moved:
                raise CurationError(f"entity {eid} has no links in those articles / with that alias")
            ref = entity_ref(store, eid)
            payload = {"entity": eid, "entity_name": ref.name, "entity_anchor": None,
                       "moved": [list(m) for m in moved], "name": name}
            decision = _record(store, "split", payload)
            new = apply_split(store, eid, moved, decision)
            if alias:
                store.block_alias(eid, norm(alias), alias)
                store.delete_alias(eid, norm(alias))
                _rekey(store, eid)
                profiles.refresh_name(store, eid)
                payload["blocked_alias"] = alias
            if name:
                apply_rename(store, new, name)
            payload.update({"new": new, "new_name": entity_ref(store, new).name,
                            "entity_anchor": _anchor(store, eid)})
            store.set_decision_payload(decision, payload)
            new_ref = entity_ref(store, new)
        return self.decision(decision), new_ref

    def rename(self, entity: str | int, name: str) -> DecisionRow:
        """Give the entity ``name`` for good; the same name again is not a decision (refused)."""
        store = self.store
        with store.transaction():
            eid = find_entity(store, entity)
            old = store.entity(eid)
            if name.strip() == old.name:
                raise CurationError(f"entity {eid} is already named {old.name!r}; nothing to change")
            had_alias = store.entity_alias(eid, norm(name))
            payload = {"entity": eid, "anchor": _anchor(store, eid), "name": name.strip(), "old_name": old.name,
                       "old_renamed": old.renamed, "alias_existed": had_alias is not None}
            decision = _record(store, "rename", payload)
            apply_rename(store, eid, name)
        return self.decision(decision)

    def retype(self, entity: str | int, type: str) -> DecisionRow:
        """Correct the entity's type (PERSON, ORG, …, any case); kept, re-applied on rebuild, undoable."""
        type_ = type.strip().upper()
        store = self.store
        with store.transaction():
            eid = find_entity(store, entity)
            ref = entity_ref(store, eid)
            if ref.type == type_:
                raise CurationError(f"entity {eid} ({ref.name}) is already {type_}; nothing to change")
            typed = store.entity(eid).typed
            payload = {"entity": eid, "entity_name": ref.name, "anchor": _anchor(store, eid), "type": type_,
                       "old_type": ref.type, "old_typed": typed}
            apply_retype(store, eid, type_)
            decision = _record(store, "retype", payload)
        return self.decision(decision)

    def alias_add(self, entity: str | int, alias: str) -> DecisionRow:
        store = self.store
        with store.transaction():
            eid = find_entity(store, entity)
            existed = store.entity_alias(eid, norm(alias))
            if existed:
                raise CurationError(f"entity {eid} already has alias {alias!r}")
            payload = {"entity": eid, "entity_name": entity_ref(store, eid).name, "anchor": _anchor(store, eid),
                       "alias": alias.strip()}
            decision = _record(store, "alias-add", payload)
            apply_alias_add(store, eid, alias)
        return self.decision(decision)

    def alias_remove(self, entity: str | int, alias: str) -> DecisionRow:
        store = self.store
        with store.transaction():
            eid = find_entity(store, entity)
            payload = {"entity": eid, "entity_name": entity_ref(store, eid).name, "anchor": _anchor(store, eid),
                       "alias": alias.strip()}
            decision = _record(store, "alias-remove", payload)
            payload["removed"] = apply_alias_remove(store, eid, alias)
            store.set_decision_payload(decision, payload)
        return self.decision(decision)

    def not_same(self, a: str | int, b: str | int) -> DecisionRow:
        store = self.store
        with store.transaction():
            ia, ib = find_entity(store, a), find_entity(store, b)
            if ia == ib:
                raise CurationError(f"{a!r} and {b!r} are one entity ({ia}); split it first")
            payload = {"a": ia, "b": ib, "a_name": entity_ref(store, ia).name, "b_name": entity_ref(store, ib).name,
                       "a_anchor": _anchor(store, ia), "b_anchor": _anchor(store, ib)}
            decision = _record(store, "not-same", payload)
            apply_not_same(store, ia, ib, decision)
        return self.decision(decision)

    # -- listing and undoing ---------------------------------------------------
    def decision(self, decision_id: int) -> DecisionRow:
        record = self.store.decision_record(decision_id)
        if record is None:
            raise NotFoundError(f"no decision {decision_id}")
        return _row(record)

    def decisions(self, *, include_undone: bool = True) -> list[DecisionRow]:
        return [_row(r) for r in self.store.decision_records(include_undone=include_undone)]

    def undo(self, decision_id: int) -> DecisionRow:
        """Apply the decision's inverse and mark it undone."""
        d = self.decision(decision_id)
        if d.undone_at:
            raise CurationError(f"decision {decision_id} was already undone at {d.undone_at}")
        store = self.store
        with store.transaction():
            undo_decision(store, d)
            store.mark_decision_undone(decision_id, _now())
        return self.decision(decision_id)

    def why(self, a: str, b: str) -> Explanation:
        return explain(self.store, a, b)


def undo_decision(store: Store, d: DecisionRow) -> None:
    p = d.payload
    if d.kind == "merge":
        moved = [tuple(m) for m in p.get("moved", [])]
        holders = {entity_of_anchor(store, m) for m in moved} - {None}
        if not moved or not holders:
            raise CurationError(f"decision {d.id}: the merged links are gone; nothing to undo")
        later = _links_after(store, holders, p.get("links_mark"), set(moved))
        new = profiles.create_entity(store, p.get("from_name", "?"), p.get("from_type", "PERSON"),
                                     entity_id=None if _exists(store, p["from"]) else p["from"])
        store.forget_redirect(new)
        profiles.move_links(store, moved, new, {"rule": "undo", "decision": d.id})
        store.delete_links(later)
        for alias in p.get("from_user_aliases", []):
            profiles.add_alias(store, new, p.get("from_type", "PERSON"), alias, count=0, source="user")
        for holder in holders:
            if not profiles.delete_if_empty(store, holder):
                profiles.rebuild_profile(store, holder)
        profiles.rebuild_profile(store, new)
        if p.get("from_renamed"):
            store.set_entity_name(new, p["from_name"], renamed=True)
        _relink(store, later, d.id)
    elif d.kind == "split":
        moved = [tuple(m) for m in p.get("moved", [])]
        target = entity_of_anchor(store, p.get("entity_anchor"))
        holders = {entity_of_anchor(store, m) for m in moved} - {None}
        if target is None:
            raise CurationError(f"decision {d.id}: the split entity is gone; nothing to undo")
        if p.get("blocked_alias"):
            store.unblock_alias(target, norm(p["blocked_alias"]))
        profiles.move_links(store, [m for m in moved if entity_of_anchor(store, m) is not None], target,
                            {"rule": "undo", "decision": d.id})
        store.delete_not_same_of_decision(d.id)
        for holder in holders - {target}:
            if profiles.delete_if_empty(store, holder):
                store.record_redirect(holder, target, reason="undo", decision_id=d.id)
            else:
                profiles.rebuild_profile(store, holder)
        profiles.rebuild_profile(store, target)
    elif d.kind == "rename":
        eid = _live(store, p)
        if not p.get("alias_existed"):
            store.delete_alias(eid, norm(p["name"]), user_only=True)
            _rekey(store, eid)
        store.set_entity_renamed(eid, p.get("old_renamed", 0))
        if p.get("old_renamed"):
            store.set_entity_name(eid, p["old_name"])
        else:
            profiles.refresh_name(store, eid)
    elif d.kind == "retype":
        eid = _live(store, p)
        apply_retype(store, eid, p["old_type"], typed=bool(p.get("old_typed")))
        if not p.get("old_typed"):
            profiles.refresh_name(store, eid)
    elif d.kind == "alias-add":
        eid = _live(store, p)
        store.delete_alias(eid, norm(p["alias"]))
        _rekey(store, eid)
        profiles.refresh_name(store, eid)
    elif d.kind == "alias-remove":
        eid = _live(store, p)
        store.unblock_alias(eid, norm(p["alias"]))
        removed = p.get("removed") or {}
        profiles.add_alias(store, eid, entity_ref(store, eid).type, removed.get("alias", p["alias"]),
                           count=removed.get("count", 1), name_count=removed.get("name_count", 0),
                           source=removed.get("source", "auto"))
        profiles.refresh_name(store, eid)
    elif d.kind == "not-same":
        store.delete_not_same_of_decision(d.id)
    else:  # pragma: no cover - kinds are fixed
        raise CurationError(f"unknown decision kind {d.kind!r}")


def _links_after(store: Store, holders: set[int], mark: int | None,
                 moved: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Links the merged entity took *after* the merge: they were decided against the merged
    entity, so undoing the merge must decide them again. Payloads from before ``links_mark``
    was kept have no mark: their later links stay where they are."""
    if mark is None:
        return []
    out = []
    for holder in sorted(holders):
        out += [link for link in store.links_after(holder, mark) if link not in moved]
    return out


def _relink(store: Store, links: list[tuple[str, str]], decision_id: int) -> None:
    """Link these (unlinked) local entities again, article by article in publication order,
    against the store as it is now; then rebuild the profiles they touched."""
    if not links:
        return
    from .context import locals_from_store
    from .linker import link_locals

    by_article: dict[str, set[str]] = {}
    for article_id, local_id in links:
        by_article.setdefault(article_id, set()).add(local_id)
    days = store.article_days(by_article)
    touched: set[int] = set()
    for article_id in sorted(by_article, key=lambda a: (days.get(a) is None, days.get(a) or "", a)):
        wanted = [le for le in locals_from_store(store, article_id) if le.local_id in by_article[article_id]]
        touched.update(link_locals(store, article_id, days.get(article_id), wanted).values())
        store.note_links([(article_id, lid) for lid in sorted(by_article[article_id])], "relinked",
                         {"rule": "undo", "decision": decision_id})
    for entity_id in sorted(touched):
        if _exists(store, entity_id):
            profiles.rebuild_profile(store, entity_id)


def _exists(store: Store, entity_id: int) -> bool:
    return store.entity_exists(entity_id)


def _live(store: Store, payload: dict) -> int:
    """The entity a payload means now: its anchor's entity, else its id followed through merges."""
    eid = entity_of_anchor(store, payload.get("anchor")) or profiles.resolve_id(store, payload.get("entity", -1))
    if eid is None:
        raise CurationError("the entity this decision was about no longer exists")
    return eid


# -- why ---------------------------------------------------------------------------

def _side(store: Store, ref: str) -> tuple[int, dict, list[str], str]:
    """(entity id, description, names, type) of an entity ref or an ``ARTICLE:LOCAL`` mention ref."""
    if ":" in ref and not ref.strip().isdigit():
        article_ref, local_id = ref.rsplit(":", 1)
        m = store.mention_link(article_ref, local_id)
        if m is not None:
            names = [m.name, *m.aliases]
            return m.entity_id, {"article": m.article_id, "local": m.local_id, "name": m.name,
                                 "entity": m.entity_id}, names, m.type
    eid = find_entity(store, ref)
    r = entity_ref(store, eid)
    names = [a.alias for a in store.alias_records(eid)]
    return eid, {**r.to_dict(), "entity": eid}, names or [r.name], r.type


def explain(store: Store, a: str, b: str) -> Explanation:
    """Why ``a`` and ``b`` (entity ids/names, or ``ARTICLE:LOCAL`` mentions) are or are not one entity."""
    from .names import PERSON, best_match

    ea, da, na, ta = _side(store, str(a))
    eb, db, nb, tb = _side(store, str(b))
    match = best_match(na, nb, person=ta == PERSON and tb == PERSON)
    exp = Explanation(same=ea == eb, a=da, b=db,
                      name_match={"kind": match.kind, "score": match.score, "names": [match.a, match.b]},
                      not_same=profiles.not_same(store, ea, eb))
    wanted = {(da.get("article"), da.get("local")), (db.get("article"), db.get("local"))} - {(None, None)}
    for eid in sorted({ea, eb}):
        for link in store.entity_link_details(eid, limit=200):
            if wanted and (link.article_id, link.local_id) not in wanted and len(wanted) == 2:
                continue
            exp.links.append({"entity": eid, "article": link.article_id, "local": link.local_id,
                              "score": link.score, "reason": link.reason})
    for record in store.decision_records():
        p = record.payload
        ids = {p.get(k) for k in ("into", "from", "entity", "new", "a", "b")}
        if {ea, eb} & ids:
            exp.decisions.append(_row(record).to_dict())
    return exp
