"""Reads for browsing a store: filtered and paged article lists, outlets, a histogram, an article's marks.

The web app and the API page through these; the query stage answers
questions. Each method is one indexed statement with a LIMIT, so a page costs
the same on a store of ten articles or ten thousand.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .lists import chunks, one_of
from .records import ArticleRow, EntityRow


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles a list, search or histogram covers (every field optional)."""

    start: str | None = None  # first publication day, YYYY-MM-DD (a prefix like 2024 or 2024-01 works)
    end: str | None = None  # last publication day
    source: str | None = None  # the outlet, exactly

    def where(self, alias: str = "a") -> tuple[str, list[Any]]:
        parts, params = [], []
        if self.start:
            parts.append(f"{alias}.published_day >= ?")
            params.append(self.start)
        if self.end:
            parts.append(f"{alias}.published_day <= ?")
            params.append(self.end + "\uffff")  # a prefix ("2024-01") covers its whole month
        if self.source:
            parts.append(f"{alias}.source = ?")
            params.append(self.source)
        return (" AND ".join(parts) or "1 = 1"), params


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of an article's text that a page marks: an entity mention, a time, or a claim's evidence."""

    kind: str  # entity | time | claim
    start: int
    end: int
    label: str  # the entity's name, the TIMEX3 value, or the claim's predicate and status
    entity_id: int | None = None
    type: str | None = None  # entity type, TIMEX3 type, or claim status

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ArticleMarks:
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # (idx, start, end)
    marks: list[Mark] = field(default_factory=list)
    entities: list[EntityRow] = field(default_factory=list)


class BrowseReads:
    """Mixed into the store (``store.base.Store``): reads the web app pages through."""

    conn: Any

    def count_articles_where(self, filter: ArticleFilter = ArticleFilter()) -> int:
        where, params = filter.where()
        return self.conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]

    def articles_where(self, filter: ArticleFilter = ArticleFilter(), *, limit: int = 50,
                       offset: int = 0) -> list[ArticleRow]:
        """Articles by publication day (newest first), filtered."""
        where, params = filter.where()
        rows = self.conn.execute(
            f"""SELECT a.id, a.doc_id, a.published, a.title, a.source, a.url, a.origin, a.tokens,
                       (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
                       (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
                FROM articles a WHERE {where}
                ORDER BY a.published_day DESC, a.id LIMIT ? OFFSET ?""",  # undated (NULL) last; read by the index
            (*params, limit, offset),
        ).fetchall()
        return [ArticleRow(**dict(r)) for r in rows]

    def outlet_counts(self, *, limit: int = 200) -> list[tuple[str, int]]:
        """Outlets and how many articles each has, most first."""
        rows = self.conn.execute(
            """SELECT source, count(*) FROM articles WHERE source IS NOT NULL
               GROUP BY source ORDER BY count(*) DESC, source LIMIT ?""", (limit,)).fetchall()
        return [(r[0], r[1]) for r in rows]

    def entity_types(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT type FROM entities ORDER BY type")]

    def histogram(self, filter: ArticleFilter = ArticleFilter(), *, width: int = 7) -> list[tuple[str, int]]:
        """Articles per period: ``width`` 7 counts by month (YYYY-MM), 4 by year; undated ones left out."""
        where, params = filter.where()
        rows = self.conn.execute(
            f"""SELECT substr(a.published_day, 1, ?) AS period, count(*) FROM articles a
                WHERE a.published_day IS NOT NULL AND {where} GROUP BY period ORDER BY period""",
            (width, *params),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def entities_page(self, *, type: str | None = None, name: str | None = None, limit: int = 50,
                      offset: int = 0) -> tuple[int, list[EntityRow]]:
        """Entities most mentioned first, by type and a name prefix; with the total."""
        parts, params = [], []
        if type:
            parts.append("e.type = ?")
            params.append(type)
        if name:
            parts.append("lower(e.name) LIKE lower(?) ESCAPE '\\'")
            params.append(name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        where = " AND ".join(parts) or "1 = 1"
        total = self.conn.execute(f"SELECT count(*) FROM entities e WHERE {where}", params).fetchone()[0]
        rows = self.conn.execute(
            f"""SELECT e.id, e.name, e.type, e.mention_count, e.article_count FROM entities e WHERE {where}
                ORDER BY e.mention_count DESC, e.name, e.id LIMIT ? OFFSET ?""",
            (*params, limit, offset),
        ).fetchall()
        return total, self._entity_rows(rows)

    def _entity_rows(self, rows: list[Any]) -> list[EntityRow]:
        """``EntityRow``s of (id, name, type, mentions, articles) rows, each with its other aliases."""
        aliases: dict[int, list[str]] = {}
        ids = [r[0] for r in rows]
        for part in chunks(self.conn, ids):
            condition, params = one_of(self.conn, "entity_id", part, "bigint")
            for entity_id, alias in self.conn.execute(
                    f"SELECT entity_id, alias FROM entity_aliases WHERE {condition}", params):
                aliases.setdefault(entity_id, []).append(alias)
        return [EntityRow(id=r[0], name=r[1], type=r[2], mentions=r[3], articles=r[4],
                          aliases=sorted(a for a in aliases.get(r[0], ()) if a != r[1])) for r in rows]

    def article_marks(self, article_id: str) -> ArticleMarks:
        """An article's sentences, and its entity mentions (with store entities), times and claim evidence."""
        out = ArticleMarks()
        out.sentences = [tuple(r) for r in self.conn.execute(
            'SELECT idx, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,))]
        for r in self.conn.execute(
                """SELECT m.start, m."end", coalesce(e.name, ae.name), e.id, coalesce(e.type, ae.type)
                   FROM mentions m
                   JOIN article_entities ae ON ae.article_id = m.article_id AND ae.local_id = m.local_id
                   LEFT JOIN entity_links l ON l.article_id = m.article_id AND l.local_id = m.local_id
                   LEFT JOIN entities e ON e.id = l.entity_id
                   WHERE m.article_id = ? ORDER BY m.start""", (article_id,)):
            out.marks.append(Mark("entity", r[0], r[1], r[2], r[3], r[4]))
        for r in self.conn.execute(
                'SELECT start, "end", coalesce(value, text), type FROM times WHERE article_id = ? ORDER BY start',
                (article_id,)):
            out.marks.append(Mark("time", r[0], r[1], r[2], None, r[3]))
        for r in self.conn.execute(
                """SELECT ev_start, ev_end, predicate, status FROM claims
                   WHERE article_id = ? AND ev_start IS NOT NULL ORDER BY ev_start""", (article_id,)):
            out.marks.append(Mark("claim", r[0], r[1], r[2], None, r[3]))
        rows = self.conn.execute(
            """SELECT DISTINCT e.id, e.name, e.type, e.mention_count, e.article_count
               FROM entity_links l JOIN entities e ON e.id = l.entity_id
               WHERE l.article_id = ? ORDER BY e.mention_count DESC, e.name""", (article_id,)).fetchall()
        out.entities = [EntityRow(id=r[0], name=r[1], type=r[2], mentions=r[3], articles=r[4]) for r in rows]
        return out

    def annotation(self, article_id: str) -> dict[str, Any]:
        """A stored article as the annotate contract has it (``newsgraph/schema/annotate.schema.json``).

        The same fields ``newsgraph annotate`` prints, read back from the store
        (a claim's time keeps its value and text; its offsets are not stored).
        """
        a = self.conn.execute("SELECT id, doc_id, published, title, source, text FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        text = a["text"]
        mentions: dict[str, list[dict[str, Any]]] = {}
        for r in self.conn.execute('SELECT local_id, start, "end", text FROM mentions WHERE article_id = ? '
                                   "ORDER BY start", (article_id,)):
            mentions.setdefault(r[0], []).append({"start": r[1], "end": r[2], "text": r[3]})
        entities = [{"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3] or "[]"),
                     "mentions": mentions.get(r[0], []), "descriptions": json.loads(r[4] or "[]")}
                    for r in self.conn.execute(
                        "SELECT local_id, name, type, aliases, descriptions FROM article_entities "
                        "WHERE article_id = ? ORDER BY CAST(substr(local_id, 2) AS INTEGER), local_id", (article_id,))]
        times = [{"start": r[0], "end": r[1], "text": r[2], "type": r[3], "value": r[4], "granularity": r[5]}
                 for r in self.conn.execute('SELECT start, "end", text, type, value, granularity FROM times '
                                            "WHERE article_id = ? ORDER BY start", (article_id,))]
        claims = []
        for r in self.conn.execute(
                """SELECT local_id, subject, subject_local, predicate, object, object_local, status, time_value,
                          time_text, source_text, source_local, source_kind, quote, args, kind, lemma, ev_start, ev_end
                   FROM claims WHERE article_id = ? ORDER BY CAST(substr(local_id, 2) AS INTEGER), local_id""",
                (article_id,)):
            claims.append({
                "id": r[0], "subject": r[1], "subject_entity": r[2], "predicate": r[3], "object": r[4],
                "object_entity": r[5], "status": r[6],
                "time": {"value": r[7], "text": r[8], "start": None, "end": None} if r[8] is not None else None,
                "source": {"entity": r[10], "text": r[9], "kind": r[11]} if r[9] is not None else None,
                "quote": r[12], "args": json.loads(r[13] or "{}"), "kind": r[14], "lemma": r[15],
                "evidence": {"start": r[16], "end": r[17], "text": text[r[16]:r[17]]}})
        return {"id": a["doc_id"] or a["id"], "article_id": a["id"], "published": a["published"],
                "title": a["title"], "source": a["source"], "entities": entities, "times": times, "claims": claims}
