"""Store entities and their profiles: create, load, grow, merge, recompute.

Everything that writes ``entities`` and the tables around it goes through
here, so the linker and curation keep them consistent: an entity's aliases,
blocking keys, descriptor words, co-mention counts, statistics and canonical
name always describe the links that point at it.

The canonical name is a function of the aliases alone (not of arrival order):
among the entity's names, a full form (first + last name; a multi-word name)
is preferred, then a name over a country's bare adjective ("Libya", not
"Libyan"), then the one most articles used as the entity's name, then the
one most articles used at all, then the longest, then the first in sort order.
A name a user chose (``rename``) is kept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .candidates import bare_key, index_keys, weight, write_keys
from .context import LocalEntity, descriptor_words
from .names import is_full, norm
from .places import is_demonym

if TYPE_CHECKING:
    from ..store import Store

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


def load_profile(store: Store, entity_id: int) -> Profile | None:
    rec = store.entity_profile(entity_id, max_aliases=MAX_ALIASES, max_words=MAX_WORDS)
    if rec is None:
        return None
    aliases = list(rec.aliases)
    if rec.name not in aliases:
        aliases.insert(0, rec.name)
    _, roles = descriptor_words([" ".join(rec.words)], [])
    return Profile(rec.id, rec.name, rec.type, rec.articles, aliases, frozenset(rec.words), roles, rec.contexts)


def load_profiles(store: Store, ids: list[int]) -> dict[int, Profile]:
    """Profiles of many entities in three queries (the cost per local entity stays fixed)."""
    out: dict[int, Profile] = {}
    for eid, rec in store.entity_profiles(ids, max_aliases=MAX_ALIASES, max_words=MAX_WORDS).items():
        aliases = list(rec.aliases)
        if rec.name not in aliases:
            aliases.insert(0, rec.name)
        out[eid] = Profile(eid, rec.name, rec.type, rec.articles, aliases, frozenset(rec.words),
                           descriptor_words([" ".join(rec.words)], [])[1], rec.contexts)
    return out


def create_entity(store: Store, name: str, type_: str, *, entity_id: int | None = None) -> int:
    return store.create_entity(name, type_, entity_id=entity_id)


def add_alias(store: Store, entity_id: int, type_: str, alias: str, *,
              count: int = 1, name_count: int = 0, source: str = "auto") -> bool:
    """Count one more use of ``alias``; False when a user removed it from this entity."""
    key = norm(alias)
    if not key:
        return False
    if store.alias_blocked(entity_id, key):
        return False
    store.add_alias_use(entity_id, alias, key, count=count, name_count=name_count, source=source)
    write_keys(store, entity_id, index_keys(alias, type_))
    return True


def add_words(store: Store, entity_id: int, words: frozenset[str] | set[str]) -> None:
    store.add_descriptor_words(entity_id, sorted(words))


def add_cooc_with(store: Store, entity_id: int, others: set[int]) -> None:
    """One more article in which ``entity_id`` was named beside each of ``others``."""
    ids = sorted(others)
    store.add_cooc_pairs([(entity_id, o) for o in ids] + [(o, entity_id) for o in ids])


def seen_with(store: Store, cand_ids: list[int], others: set[int]) -> dict[int, set[int]]:
    """For each candidate, which of ``others`` it has been named beside in some article."""
    return store.seen_with(cand_ids, others)


def add_cooc(store: Store, entity_ids: set[int]) -> None:
    """One more article in which all of ``entity_ids`` were named together."""
    ids = sorted(entity_ids)
    store.add_cooc_pairs([(a, b) for a in ids for b in ids if a != b])


def add_stats(store: Store, entity_id: int, mentions: int, day: str | None) -> None:
    """One more article for the entity; its keys' rank follows when the count crosses a power of two."""
    count = store.add_entity_stats(entity_id, mentions, day)
    if weight(count) != weight(count - 1):
        rerank(store, entity_id, count)


def rerank(store: Store, entity_id: int, article_count: int | None = None) -> None:
    """Set the rank of all the entity's keys from its article count (a handful of rows, rarely)."""
    if article_count is None:
        article_count = store.entity_article_count(entity_id)
    store.set_keys_weight(entity_id, weight(article_count))


def absorb_local(store: Store, entity_id: int, type_: str, local: LocalEntity) -> None:
    """Add one linked local entity's names and words to the entity's profile (not its stats)."""
    seen = set()
    for alias in local.names:
        key = norm(alias)
        if key in seen:
            continue
        seen.add(key)
        add_alias(store, entity_id, type_, alias, name_count=1 if alias == local.name else 0)
    add_words(store, entity_id, local.words)


def canonical_name(store: Store, entity_id: int) -> str | None:
    """The deterministic best name (see the module docstring); None when it has no alias."""
    entity = store.entity(entity_id)
    if entity is None:
        return None
    type_ = entity.type
    rows = store.alias_records(entity_id)
    if not rows:
        return None
    best = max(rows, key=lambda r: (is_full(r.alias, type_), not is_demonym(r.alias), r.name_count, r.count,
                                    len(r.alias), _neg(r.alias)))
    return best.alias


def _neg(text: str) -> tuple[int, ...]:
    """Sort key that makes max() pick the alphabetically first string."""
    return tuple(-ord(c) for c in text)


def refresh_name(store: Store, entity_id: int) -> None:
    """Re-derive the canonical name and type, unless a user chose them (``renamed``, ``typed``)."""
    entity = store.entity(entity_id)
    if entity is None:
        return
    if not entity.renamed:
        name = canonical_name(store, entity_id)
        if name:
            store.set_entity_name(entity_id, name)
    refresh_bare_key(store, entity_id)
    type_ = store.linked_type_vote(entity_id) if not entity.typed and _small(store, entity_id) else None
    if type_:
        store.set_entity_type(entity_id, type_)


def refresh_bare_key(store: Store, entity_id: int) -> None:
    """Keep the ``s:`` key of an entity known only by a one-word person name, and only then.

    The canonical name prefers full forms, so a one-word canonical name means
    the entity has no full name at all.
    """
    entity = store.entity(entity_id)
    want = bare_key(entity.name, entity.type) if entity else None
    have = store.entity_keys_with_prefix(entity_id, "s:")
    stale = have - {want}
    if stale:
        store.delete_entity_keys(entity_id, stale)
    if want is not None and want not in have:
        write_keys(store, entity_id, [want])


def _small(store: Store, entity_id: int, limit: int = 200) -> bool:
    """Whether the entity has few enough links that a type vote over them stays cheap."""
    return store.entity_has_few_links(entity_id, limit)


def rebuild_profile(store: Store, entity_id: int) -> None:
    """Recompute an entity's aliases, keys, words, co-mentions and statistics from its links.

    Costs as many rows as the entity has links: for curation, not for ingest.
    User aliases and blocks are kept.
    """
    from .context import locals_from_store

    entity = store.entity(entity_id)
    if entity is None:
        return
    user = store.user_aliases(entity_id)
    store.clear_entity_profile(entity_id)
    by_article: dict[str, list[str]] = {}
    days: list[str] = []
    for article_id, local_id, day in store.entity_links_with_day(entity_id):
        by_article.setdefault(article_id, []).append(local_id)
        if day:
            days.append(day)
    type_votes: Counter[str] = Counter()
    mentions = 0
    for article_id, local_ids in by_article.items():
        locals_ = {le.local_id: le for le in locals_from_store(store, article_id)}
        for local_id in local_ids:
            le = locals_.get(local_id)
            if le is None:
                continue
            absorb_local(store, entity_id, entity.type, le)
            type_votes[le.type] += max(le.mentions, 1)
            mentions += le.mentions
        add_cooc_with(store, entity_id, store.entities_linked_in(article_id, besides=[entity_id]))
    for alias in user:
        add_alias(store, entity_id, entity.type, alias, count=0, source="user")
    type_ = (max(type_votes, key=lambda t: (type_votes[t], t)) if type_votes and not entity.typed
             else entity.type)
    store.set_entity_stats(entity_id, type_=type_, mentions=mentions, articles=len(by_article),
                           first_seen=min(days) if days else None, last_seen=max(days) if days else None)
    rerank(store, entity_id, len(by_article))
    refresh_name(store, entity_id)


def move_links(store: Store, links: list[tuple[str, str]], to_id: int, reason: dict) -> None:
    """Point links at ``to_id``; their reason keeps what linked them and notes the move."""
    store.move_links(links, to_id, reason)


def delete_if_empty(store: Store, entity_id: int) -> bool:
    if store.entity_has_links(entity_id):
        return False
    store.delete_entity(entity_id)
    return True


def merge_into(store: Store, keep: int, gone: int, reason: dict) -> list[tuple[str, str]]:
    """Move every link of ``gone`` to ``keep``, fold its profile in, delete it; the moved links."""
    links = store.entity_links(gone)
    move_links(store, links, keep, reason)
    for alias in store.user_aliases(gone):
        store.add_user_alias_if_missing(keep, alias, norm(alias))
    store.copy_alias_blocks(gone, keep)
    # not-same pairs and redirects follow the surviving entity
    for a, b, decision in store.not_same_pairs_of(gone):
        other = b if a == gone else a
        store.delete_not_same(a, b)
        if other != keep:
            store.add_not_same(keep, other, decision)
    store.record_redirect(gone, keep, reason="merge", decision_id=reason.get("decision"))
    store.delete_entity(gone)
    rebuild_profile(store, keep)
    return links


def not_same(store: Store, a: int, b: int) -> bool:
    return store.are_not_same(a, b)


def resolve_id(store: Store, entity_id: int) -> int | None:
    """The live id of an entity, following merges; None if it no longer exists."""
    seen = set()
    while entity_id not in seen:
        seen.add(entity_id)
        if store.entity_exists(entity_id):
            return entity_id
        target = store.redirect_target(entity_id)
        if target is None:
            return None
        entity_id = target
    return None
