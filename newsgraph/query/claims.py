"""Listing claims: all of them, or an entity's, newest report first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .entities import find_entity
from .load import load_claims
from .types import ClaimView, EntityMatch


@dataclass(slots=True)
class ClaimList:
    match: EntityMatch | None
    claims: list[ClaimView]

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.match.entity.to_dict() if self.match else None,
                "claims": [c.to_dict() for c in self.claims]}


def claims(store, entity: str | None = None, *, status: str | None = None, as_of: str | None = None,
           limit: int = 100, hidden: bool = False) -> ClaimList:
    """Claims newest first: an entity's (as subject or object) when ``entity`` is given, else the store's.

    Only the claims shown as facts, unless ``hidden``: then also those kept for search only.
    """
    if entity:
        match = find_entity(store, entity)
        keys = store.entity_claim_keys(match.entity.id, as_of=as_of, limit=limit * 4 if status else limit)
        found = load_claims(store, keys, shown_only=not hidden)
        if status:
            found = [c for c in found if c.status == status]
        return ClaimList(match=match, claims=found[:limit])
    keys = store.newest_claim_keys(status=status, as_of=as_of, limit=limit)
    return ClaimList(match=None, claims=load_claims(store, keys, shown_only=not hidden))
