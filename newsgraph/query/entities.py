"""Finding store entities by the name a user typed.

Users type what they remember: the full name, a short form, the wrong case, or
two of the words. So a name is tried as the entity's name, then as an alias
(``entity_aliases.norm``), then case-insensitively, then as an entity id (as
listings show it), then as tokens that all occur in one alias. Each step is an index lookup except the last, which runs
only when the others found nothing. When a name fits several entities (two
people called "Jordan"), the most mentioned wins and the others are returned as
``alternatives`` so a caller can say so.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import NotFoundError
from ..resolve.names import norm
from .types import EntityMatch, EntityRef

#: How many alias rows the token fallback reads at most.
_TOKEN_SCAN_LIMIT = 200


def ref_of(row) -> EntityRef:
    """An ``EntityRef`` from a store ``EntityBrief`` (id, name, type, mentions, articles)."""
    return EntityRef(id=row[0], name=row[1], type=row[2], mentions=row[3] or 0, articles=row[4] or 0)


def entity_refs(store, ids: Iterable[int]) -> dict[int, EntityRef]:
    """Store entities by id (ids merged away follow their redirect)."""
    return {row.id: ref_of(row) for row in store.entity_briefs(ids)}


def aliases(store, entity_id: int, *, limit: int = 50) -> list[str]:
    """The entity's other names, most used first (its name left out)."""
    seen: set[str] = set()
    out = []
    for alias in store.aliases_by_use(entity_id, limit=limit):
        if alias.lower() not in seen:
            seen.add(alias.lower())
            out.append(alias)
    return out


def names_of(store, entity_ids: Iterable[int]) -> set[str]:
    """Every name and alias of these entities (for checking what an answer may say)."""
    return store.entity_names(entity_ids)


def _redirected(store, entity_id: int) -> int:
    """The entity an id now names (a merged-away id redirects to its survivor)."""
    redirect = store.entity_redirect(entity_id)
    return redirect.new_id if redirect else entity_id


def _candidates(store, name: str) -> tuple[str, list[EntityRef]]:
    """Entities the name fits at the first step that finds any, and which step it was."""
    text = " ".join(name.split())
    steps = (
        ("name", store.entity_briefs_named, text),
        ("alias", store.entity_briefs_with_alias, norm(text)),
        ("name-nocase", store.entity_briefs_named_any_case, text),
    )
    for how, read, param in steps:
        rows = read(param)
        if rows:
            return how, [ref_of(r) for r in rows]
    if text.isdigit():  # an entity id, as listings show it
        rows = store.entity_briefs([_redirected(store, int(text))])
        if rows:
            return "id", [ref_of(rows[0])]
    return "tokens", _token_candidates(store, text)


def _token_candidates(store, text: str) -> list[EntityRef]:
    """Entities with an alias holding every token of ``text`` as a word."""
    words = [w for w in norm(text).split() if w]
    if not words:
        return []
    longest = max(words, key=len)
    rows = store.alias_norms_with_word(longest, limit=_TOKEN_SCAN_LIMIT)
    ids = {eid for eid, alias_norm in rows if set(words) <= set(alias_norm.split())}
    refs = entity_refs(store, ids)
    return list(refs.values())


def find_entity(store, name: str | EntityRef) -> EntityMatch:
    """The store entity ``name`` names: exact name, alias, any case, id, then tokens; most mentioned wins.

    An ``EntityRef`` (an entity already found) is taken as it is.
    """
    if isinstance(name, EntityRef):
        return EntityMatch(entity=name, how="given")
    how, found = _candidates(store, name)
    if not found:
        raise NotFoundError(f"no entity named {name!r} in the store")
    ranked = sorted(found, key=lambda e: (-e.mentions, -e.articles, e.id))
    return EntityMatch(entity=ranked[0], how=how, alternatives=tuple(ranked[1:6]))
