"""Graph views for the connection page: an entity's neighbourhood and the paths between two entities.

Built from the query layer's results (``profile`` connections, ``connect``
paths); an edge carries what links its two ends (the predicates of its claims)
and its evidence, so a click on it can show the sentences.
"""

from __future__ import annotations

from typing import Any

from ..query import Connection, Profile
from ..query.connect import Edge


def _node(entity, *, focus: bool = False) -> dict[str, Any]:
    return {"id": str(entity.id), "label": entity.name, "type": entity.type, "focus": focus}


def _predicates(claims) -> list[str]:
    return list(dict.fromkeys(c.predicate for c in claims if c.predicate))


def neighbourhood(p: Profile) -> dict[str, Any]:
    """The entity and its strongest connections; each edge's evidence is the sentences that show the link."""
    me = p.entity
    nodes = [_node(me, focus=True)]
    edges = []
    claims_with: dict[int, list] = {}
    for claim in p.latest_claims:
        for other in (claim.subject_entity, claim.object_entity):
            if other is not None and other.id != me.id:
                claims_with.setdefault(other.id, []).append(claim)
    for c in p.connections:
        nodes.append(_node(c.entity))
        linked = claims_with.get(c.entity.id, [])
        counted = f"{c.claims} claim{'' if c.claims == 1 else 's'}" if c.claims else "named together"
        label = ", ".join(_predicates(linked)[:3]) or counted
        edges.append({"id": f"{me.id}-{c.entity.id}", "source": str(me.id), "target": str(c.entity.id),
                      "label": label, "claims": c.claims, "co_mentions": c.co_mentions, "strength": c.strength,
                      "statements": [x.statement for x in linked],
                      "evidence": [e.to_dict() for e in ([x.citation for x in linked] + c.evidence)]})
    return {"nodes": nodes, "edges": edges}


def _edge(edge: Edge) -> dict[str, Any]:
    label = ", ".join(_predicates(edge.claims)[:3]) or ("named together" if edge.co_mentions else "linked")
    return {"id": f"{edge.a.id}-{edge.b.id}", "source": str(edge.a.id), "target": str(edge.b.id), "label": label,
            "claims": len(edge.claims), "co_mentions": len(edge.co_mentions), "strength": edge.strength,
            "statements": [c.statement for c in edge.claims], "evidence": [c.to_dict() for c in edge.citations]}


def paths(found: Connection) -> dict[str, Any]:
    """Both entities, every node on a path, and every edge once (the direct link first)."""
    nodes = {found.a.entity.id: _node(found.a.entity, focus=True), found.b.entity.id: _node(found.b.entity, focus=True)}
    edges: dict[str, dict[str, Any]] = {}
    steps = ([found.direct] if found.direct else []) + [e for p in found.paths for e in p.edges]
    for path in found.paths:
        for n in path.nodes:
            nodes.setdefault(n.id, _node(n))
    for step in steps:
        data = _edge(step)
        edges.setdefault(data["id"], data)
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}
