"""Exports other tools read: GraphML (Gephi, yEd), CSV of entities and of claims, the annotate JSONL.

Written from the store's public reads and the query layer, a page at a time, to
any text stream, so the CLI writes a file and the API streams the same bytes.
GraphML nodes are store entities; an edge joins a claim's subject and object
entities and carries the claims' predicates and count.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO
from xml.sax.saxutils import quoteattr

from .query import claims as query_claims

FORMATS = ("graphml", "entities-csv", "claims-csv", "annotations-jsonl")
#: At most this many claims are exported (newest first).
MAX_CLAIMS = 200_000


def _entities(store, page: int = 1000) -> Iterator:
    offset = 0
    while True:
        _, rows = store.entities_page(limit=page, offset=offset)
        yield from rows
        if len(rows) < page:
            return
        offset += page


def entities_csv(store, out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(["id", "name", "type", "mentions", "articles", "aliases"])
    for e in _entities(store):
        writer.writerow([e.id, e.name, e.type, e.mentions, e.articles, "; ".join(e.aliases)])


def claims_csv(store, out: TextIO, *, limit: int = MAX_CLAIMS) -> None:
    writer = csv.writer(out)
    writer.writerow(["article", "claim", "published", "status", "subject", "subject_id", "predicate", "object",
                     "object_id", "time", "source", "statement", "outlet", "sentence"])
    for c in query_claims(store, None, limit=limit).claims:
        writer.writerow([c.article, c.id, c.day, c.status, c.subject, c.subject_entity.id if c.subject_entity else "",
                         c.predicate, c.object or "", c.object_entity.id if c.object_entity else "", c.time or "",
                         c.source or "", c.statement, c.citation.source or "", c.citation.text])


def graphml(store, out: TextIO, *, limit: int = MAX_CLAIMS) -> None:
    edges: dict[tuple[int, int], list[str]] = {}
    for c in query_claims(store, None, limit=limit).claims:
        if c.subject_entity and c.object_entity and c.subject_entity.id != c.object_entity.id:
            edges.setdefault((c.subject_entity.id, c.object_entity.id), []).append(c.predicate)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
              '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n'
              '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n'
              '  <key id="articles" for="node" attr.name="articles" attr.type="int"/>\n'
              '  <key id="predicates" for="edge" attr.name="predicates" attr.type="string"/>\n'
              '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
              '  <graph id="newsgraph" edgedefault="directed">\n')
    for e in _entities(store):
        out.write(f'    <node id="n{e.id}"><data key="label">{_text(e.name)}</data>'
                  f'<data key="type">{_text(e.type)}</data><data key="articles">{e.articles}</data></node>\n')
    for i, ((a, b), predicates) in enumerate(sorted(edges.items())):
        label = "; ".join(dict.fromkeys(predicates))
        out.write(f'    <edge id="e{i}" source="n{a}" target="n{b}"><data key="predicates">{_text(label)}</data>'
                  f'<data key="weight">{len(predicates)}</data></edge>\n')
    out.write("  </graph>\n</graphml>\n")


def annotations_jsonl(store, out: TextIO, *, page: int = 500) -> None:
    """Every stored article in the annotate contract, one JSON object a line (as ``newsgraph annotate`` prints)."""
    from .store import ArticleFilter

    offset = 0
    while rows := store.articles_where(ArticleFilter(), limit=page, offset=offset):
        for row in rows:
            out.write(json.dumps(store.annotation(row.id), ensure_ascii=False) + "\n")
        offset += page


def _text(value: str) -> str:
    return quoteattr(value)[1:-1]


WRITERS = {"graphml": graphml, "entities-csv": entities_csv, "claims-csv": claims_csv,
           "annotations-jsonl": annotations_jsonl}
MEDIA = {"graphml": ("application/graphml+xml", "newsgraph.graphml"), "entities-csv": ("text/csv", "entities.csv"),
         "claims-csv": ("text/csv", "claims.csv"), "annotations-jsonl": ("application/x-ndjson", "annotations.jsonl")}
