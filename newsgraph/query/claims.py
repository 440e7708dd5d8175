"""Listing claims: all of them, or an entity's, newest report first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .entities import find_entity
from .load import as_of_clause, entity_claim_keys, load_claims
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
    conn = store.conn
    if entity:
        match = find_entity(store, entity)
        sql, params = entity_claim_keys(match.entity.id, as_of=as_of, limit=limit * 4 if status else limit)
        found = load_claims(conn, sql, params, shown_only=not hidden)
        if status:
            found = [c for c in found if c.status == status]
        return ClaimList(match=match, claims=found[:limit])
    where, params = ("WHERE status = ?", [status]) if status else ("WHERE 1", [])
    clause_sql, extra = as_of_clause("published_day", as_of)
    sql = (f"SELECT article_id, local_id FROM claims {where}{clause_sql} "
           f"ORDER BY published_day DESC, article_id, local_id LIMIT ?")
    return ClaimList(match=None, claims=load_claims(conn, sql, [*params, *extra, limit], shown_only=not hidden))
