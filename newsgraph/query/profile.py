"""An entity's profile: who or what it is, who writes about it, whom it is linked to.

Everything in a profile comes from the store with its evidence: descriptions
are what articles said the entity is (each with the sentence it was said in),
sources are the outlets that name it (counted over all its articles, from an
index), connections and latest claims are read from its newest articles, so a
profile costs the same for an entity named 50 times or 50,000 times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .connect import EdgeAsk, edges
from .describe import DESCRIPTION_ARTICLES, DescriptionView, descriptions_of
from .entities import aliases, entity_refs, find_entity
from .graph import neighbours
from .load import load_claims
from .types import Citation, ClaimView, EntityMatch, EntityRef

#: How many of the entity's newest articles connections are read from (as many as descriptions are).
RECENT_ARTICLES = DESCRIPTION_ARTICLES


@dataclass(frozen=True, slots=True)
class SourceCount:
    source: str | None  # the outlet (None: articles without one)
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "articles": self.articles}


@dataclass(slots=True)
class ConnectionView:
    """A strongly linked entity, with counts and a sentence that shows the link."""

    entity: EntityRef
    claims: int
    co_mentions: int
    strength: float
    last: str | None
    evidence: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity.to_dict(), "claims": self.claims, "co_mentions": self.co_mentions,
                "strength": self.strength, "last": self.last, "evidence": [c.to_dict() for c in self.evidence]}


@dataclass(slots=True)
class Profile:
    match: EntityMatch
    aliases: list[str]
    articles: int
    first_seen: str | None
    last_seen: str | None
    descriptions: list[DescriptionView]
    sources: list[SourceCount]
    connections: list[ConnectionView]
    latest_claims: list[ClaimView]

    @property
    def entity(self) -> EntityRef:
        return self.match.entity

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity.to_dict(), "how": self.match.how,
            "alternatives": [a.to_dict() for a in self.match.alternatives],
            "aliases": list(self.aliases), "articles": self.articles,
            "first_seen": self.first_seen, "last_seen": self.last_seen,
            "descriptions": [d.to_dict() for d in self.descriptions],
            "sources": [s.to_dict() for s in self.sources],
            "connections": [c.to_dict() for c in self.connections],
            "latest_claims": [c.to_dict() for c in self.latest_claims],
        }


def profile(store, name: str, *, as_of: str | None = None, connections: int = 10, claims: int = 10,
            descriptions: int = 8) -> Profile:
    """The profile of the entity ``name`` names (see ``find_entity`` for how names are read)."""
    match = find_entity(store, name)
    entity_id = match.entity.id
    first, last = store.entity_day_range(entity_id, as_of=as_of)
    sources = [SourceCount(source=s, articles=n)
               for s, n in store.entity_source_counts(entity_id, as_of=as_of, limit=20)]
    return Profile(
        match=match, aliases=aliases(store, entity_id),
        articles=store.linked_article_count(entity_id, as_of=as_of), first_seen=first, last_seen=last,
        descriptions=descriptions_of(store, entity_id, as_of=as_of, limit=descriptions),
        sources=sources,
        connections=_connections(store, entity_id, as_of=as_of, limit=connections),
        latest_claims=load_claims(store, store.entity_claim_keys(entity_id, as_of=as_of, limit=claims)),
    )


def _connections(store, entity_id: int, *, as_of: str | None, limit: int) -> list[ConnectionView]:
    links = neighbours(store, entity_id, articles=RECENT_ARTICLES, as_of=as_of)
    top = sorted(links.values(), key=lambda link: (link.strength, link.last or ""), reverse=True)[:limit]
    refs = entity_refs(store, [entity_id, *(link.other for link in top)])
    top = [link for link in top if link.other in refs]
    found = edges(store, [EdgeAsk(refs[entity_id], refs[link.other], link, entity_id, RECENT_ARTICLES)
                          for link in top], as_of=as_of, claims=1, co_mentions=1)
    return [ConnectionView(entity=refs[link.other], claims=link.claims, co_mentions=link.co_mentions,
                           strength=link.strength, last=link.last, evidence=edge.citations[:2] if edge else [])
            for link, edge in zip(top, found)]
