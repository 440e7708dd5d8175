"""How two entities are connected: directly, and through other entities and works.

First what links them directly (claims with one as subject and the other as
object, sentences that name both), then paths through one other entity
(A — X — B) and, when there is none, through two. Every edge of a path carries
its evidence. Paths rank by strength (the weakest edge's claims and
co-mentions: a path is as good as its worst link) and then by recency (the
oldest of its edges' newest evidence).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .compose import described_as
from .describe import descriptions_of
from .entities import entity_refs, find_entity
from .graph import Link, neighbours_each, newest, rarer
from .load import load_claims, sentence_citations
from .types import Citation, ClaimView, EntityMatch, EntityRef
from .weigh import claim_weight

#: How many of an entity's newest articles its neighbours are read from (the far side of a 3-step path reads fewer).
NEIGHBOUR_ARTICLES = 300
FAR_ARTICLES = 60
#: How many first steps a 3-step search tries.
FIRST_STEPS = 8


@dataclass(slots=True)
class Edge:
    """One link of a path with its evidence: claims between the two, and sentences naming both."""

    a: EntityRef
    b: EntityRef
    claims: list[ClaimView] = field(default_factory=list)
    co_mentions: list[Citation] = field(default_factory=list)
    strength: float = 0.0
    last: str | None = None

    @property
    def citations(self) -> list[Citation]:
        return [c.citation for c in self.claims] + self.co_mentions

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.a.to_dict(), "to": self.b.to_dict(), "strength": self.strength, "last": self.last,
            "claims": [c.to_dict() for c in self.claims],
            "co_mentions": [c.to_dict() for c in self.co_mentions],
        }


@dataclass(slots=True)
class Path:
    nodes: list[EntityRef]
    edges: list[Edge]

    @property
    def strength(self) -> float:
        return min(e.strength for e in self.edges) if self.edges else 0.0

    @property
    def last(self) -> str | None:
        days = [e.last for e in self.edges]
        return None if any(d is None for d in days) else min(days)

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": [n.to_dict() for n in self.nodes], "strength": self.strength, "last": self.last,
                "edges": [e.to_dict() for e in self.edges]}


@dataclass(slots=True)
class Connection:
    a: EntityMatch
    b: EntityMatch
    direct: Edge | None
    paths: list[Path]
    as_of: str | None = None

    @property
    def found(self) -> bool:
        return self.direct is not None or bool(self.paths)

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "as_of": self.as_of,
                "direct": self.direct.to_dict() if self.direct else None,
                "paths": [p.to_dict() for p in self.paths]}


@dataclass(frozen=True, slots=True)
class EdgeAsk:
    """One edge to read: its ends, the link it was found by (its strength and day), the side to walk from."""

    a: EntityRef
    b: EntityRef
    link: Link | None = None
    walk_from: int | None = None
    scan: int = 5000


def edge(store, a: EntityRef, b: EntityRef, *, as_of: str | None = None, claims: int = 5,
         co_mentions: int = 3, link: Link | None = None, walk_from: int | None = None,
         scan: int = 5000) -> Edge | None:
    """The evidence between two entities, or None when there is none.

    The newest ``scan`` claims and articles of one side are walked: of
    ``walk_from`` when given, else of the less mentioned side.
    """
    return edges(store, [EdgeAsk(a, b, link, walk_from, scan)], as_of=as_of, claims=claims,
                 co_mentions=co_mentions)[0]


def edges(store, asks: Sequence[EdgeAsk], *, as_of: str | None = None, claims: int = 5,
          co_mentions: int = 3) -> list[Edge | None]:
    """The evidence of several edges (each as ``edge`` reads it), read together.

    The edges walked from one side share one statement for their claims and one
    for their co-mentions, and all their claims and sentences load at once: a
    profile's ten connections cost a handful of statements, not a hundred, which
    matters on a server where each is a round trip.
    """
    walks = [_walk(store, ask) for ask in asks]
    groups: dict[tuple[int, int], set[int]] = {}
    for (first, second), ask in zip(walks, asks):
        groups.setdefault((first, ask.scan), set()).add(second)
    claim_keys: dict[tuple[int, int, int], list[tuple[str, str]]] = {}
    sentence_keys: dict[tuple[int, int, int], list[tuple[str, int]]] = {}
    for (first, scan), others in groups.items():
        for other, keys in store.claim_keys_linking_each(first, others, as_of=as_of, scan=scan,
                                                         limit=claims * 4).items():
            claim_keys[(first, other, scan)] = keys
        # at most ``claims`` of an edge's co-mentions are its claims' sentences, left out below
        for other, keys in store.co_mention_sentence_keys_each(first, others, as_of=as_of, scan=scan,
                                                               limit=co_mentions + claims).items():
            sentence_keys[(first, other, scan)] = keys
    loaded = load_claims(store, (k for keys in claim_keys.values() for k in keys))
    citations = {c.key: c for c in sentence_citations(store, (k for keys in sentence_keys.values() for k in keys))}
    out: list[Edge | None] = []
    for (first, second), ask in zip(walks, asks):
        wanted = set(claim_keys.get((first, second, ask.scan), ()))
        found = sorted((c for c in loaded if c.key in wanted), key=lambda c: (claim_weight(c), c.day or ""),
                       reverse=True)[:claims]
        cited = {c.citation.key for c in found}
        near = sentence_keys.get((first, second, ask.scan), [])[:co_mentions + len(cited)]
        sentences = [citations[k] for k in [k for k in near if k not in cited][:co_mentions] if k in citations]
        out.append(_edge(ask, found, sentences))
    return out


def _walk(store, ask: EdgeAsk) -> tuple[int, int]:
    """(side walked from, the other side): ``walk_from`` when it is one, else the less mentioned one."""
    if ask.walk_from == ask.a.id:
        return ask.a.id, ask.b.id
    if ask.walk_from == ask.b.id:
        return ask.b.id, ask.a.id
    return rarer(store, ask.a.id, ask.b.id)


def _edge(ask: EdgeAsk, found: list[ClaimView], sentences: list[Citation]) -> Edge | None:
    if not found and not sentences:
        return None
    if ask.link is not None:
        strength, last = ask.link.strength, ask.link.last
    else:
        strength = 3.0 * len(found) + len(sentences)
        last = newest([c.citation for c in found] + sentences)
    return Edge(a=ask.a, b=ask.b, claims=found, co_mentions=sentences, strength=strength, last=last)


def _ranked(candidates: dict[tuple[int, ...], tuple[float, str]], limit: int) -> list[tuple[int, ...]]:
    return [k for k, _ in sorted(candidates.items(), key=lambda kv: (kv[1][0], kv[1][1]), reverse=True)[:limit]]


def connect(store, a: str | EntityRef, b: str | EntityRef, *, as_of: str | None = None,
            max_paths: int = 5) -> Connection:
    """What connects ``a`` and ``b``: direct evidence, then the strongest, newest short paths."""
    ma, mb = find_entity(store, a), find_entity(store, b)
    ea, eb = ma.entity, mb.entity
    direct = edge(store, ea, eb, as_of=as_of) if ea.id != eb.id else None
    both = neighbours_each(store, [ea.id, eb.id], articles=NEIGHBOUR_ARTICLES, as_of=as_of)
    na, nb = both[ea.id], both[eb.id]
    ends = {ea.id, eb.id}
    # A — X — B
    two: dict[tuple[int, ...], tuple[float, str]] = {}
    for x in (na.keys() & nb.keys()) - ends:
        two[(x,)] = (min(na[x].strength, nb[x].strength), min(na[x].last or "", nb[x].last or ""))
    middles = _ranked(two, max_paths)
    # A — X — Y — B, only when no one entity links them
    if not middles:
        three: dict[tuple[int, ...], tuple[float, str]] = {}
        firsts = sorted((x for x in na if x not in ends), key=lambda x: na[x].strength, reverse=True)
        far = neighbours_each(store, firsts[:FIRST_STEPS], articles=FAR_ARTICLES, as_of=as_of)
        for x in firsts[:FIRST_STEPS]:
            nx = far[x]
            for y in (nx.keys() & nb.keys()) - ends - {x}:
                three[(x, y)] = (min(na[x].strength, nx[y].strength, nb[y].strength),
                                 min(na[x].last or "", nx[y].last or "", nb[y].last or ""))
        middles = _ranked(three, max_paths)
    refs = entity_refs(store, {i for m in middles for i in m})
    routes = [[ea, *(refs[i] for i in middle if i in refs), eb] for middle in middles]
    routes = [nodes for nodes, middle in zip(routes, middles) if len(nodes) == len(middle) + 2]
    asks = {}
    for nodes in routes:
        for left, right in itertools.pairwise(nodes):
            asks.setdefault((left.id, right.id), _path_step(left, right, ea.id, eb.id, na, nb))
    found = dict(zip(asks, edges(store, list(asks.values()), as_of=as_of, claims=2, co_mentions=1)))
    paths = []
    for nodes in routes:
        steps = [found[(left.id, right.id)] for left, right in itertools.pairwise(nodes)]
        if all(steps):
            paths.append(Path(nodes=nodes, edges=steps))
    # shortest first; then paths whose every step is a claim, then strength, then recency
    paths.sort(key=lambda p: (len(p.nodes), -sum(1 for e in p.edges if e.claims), -p.strength, _neg(p.last)))
    return Connection(a=ma, b=mb, direct=direct, paths=paths, as_of=as_of)


def _path_step(left: EntityRef, right: EntityRef, a: int, b: int, na: dict[int, Link],
               nb: dict[int, Link]) -> EdgeAsk:
    """How a path's step is read: from the side whose neighbour window the link was found in."""
    if left.id == a:
        return EdgeAsk(left, right, na.get(right.id), a, NEIGHBOUR_ARTICLES * 5)
    if right.id == b:
        return EdgeAsk(left, right, nb.get(left.id), b, NEIGHBOUR_ARTICLES * 5)
    return EdgeAsk(left, right, None, left.id, FAR_ARTICLES * 5)


def _neg(day: str | None) -> tuple:
    """A sort key that puts newer days first."""
    return tuple(-ord(ch) for ch in (day or ""))


#: How many sentences naming both are read for an apposition that ties them ("A, B's father,").
TIE_SENTENCES = 12


def tie(store, a: EntityRef, b: EntityRef, out, *, as_of: str | None) -> bool:
    """Say what one is to the other as a sentence naming both sets it beside a name ("Ann Lee: Tom Ray's
    sister", ``apposed.possessive_tie``); False when no such sentence is found (full-text, bounded)."""
    from .apposed import name_forms, possessive_tie
    from .entities import names_of

    forms = {e.id: sorted(names_of(store, [e.id]) | {e.name}) for e in (a, b)}
    short = {e.id: sorted({f for n in forms[e.id] for f in name_forms(n)}) for e in (a, b)}
    keys = store.fulltext_sentence_keys([short[a.id], short[b.id]], as_of=as_of, limit=TIE_SENTENCES)
    for citation in sentence_citations(store, keys):
        for one, other in ((a, b), (b, a)):
            found = possessive_tie(forms[one.id], short[other.id], citation)
            if found is not None and out.add(f"{one.name}: {found.phrase}", [citation]):
                return True
    return False


def both_described(store, a: EntityRef, b: EntityRef, out, *, as_of: str | None, shared_only: bool) -> bool:
    """Say who each is by the descriptions articles give them: a pair naming the same body ("Acme receiver",
    "Acme lineman": ``apposed.shared_body``), else (unless ``shared_only``) each one's most told."""
    from .apposed import shared_body

    told = {e.id: descriptions_of(store, e.id, as_of=as_of) for e in (a, b)}
    pair = shared_body([d.text for d in told[a.id]], [d.text for d in told[b.id]])
    chosen = [pair[0], pair[1]] if pair else [None, None]
    if pair is None and shared_only:
        return False
    said = False
    for entity, text in zip((a, b), chosen):
        description = next((d for d in told[entity.id] if text is None or d.text == text), None)
        if description is not None:
            said = out.add(described_as(entity.name, description.text), description.citations[:2]) or said
    return said
