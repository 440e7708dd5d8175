"""What the query stage needs from storage: claims, citations, entity names.

``newsgraph.query`` answers questions from typed records; this mixin is the
only place that reads the tables behind them, so the query stage holds no SQL
and the same answers come from every store. Every statement here is portable
(SQLite 3.40 and PostgreSQL 15): ``?`` placeholders, no SQLite-only
functions, ``NULLS LAST`` where a nullable day orders rows (the two disagree
on where NULL sorts), and an alias on every subquery.

The reads are split by what they serve: names and entities, claim and
sentence rows (here); which claims an entity has (``reads_keys``); the
entity graph and profile counts (``reads_graph``); full-text search, the one
dialect-specific need (``reads_fulltext``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from .lists import chunks, key_table, one_of
from .reads_fulltext import FulltextReads
from .reads_graph import GraphReads
from .reads_keys import ClaimKeyReads
from .reads_refs import ReferenceReads
from .records import SentenceHit

_ENTITY_COLUMNS = "e.id, e.name, e.type, e.mention_count, e.article_count"


class EntityBrief(NamedTuple):
    """A store entity with its mention and article counts."""

    id: int
    name: str
    type: str
    mentions: int | None
    articles: int | None


class ClaimRow(NamedTuple):
    """One stored claim with its article, its linked entities and its evidence sentence."""

    article_id: str
    local_id: str
    kind: str
    subject: str
    predicate: str
    lemma: str | None
    object: str | None
    status: str
    time_value: str | None
    time_text: str | None
    source_text: str | None
    source_kind: str | None
    quote: str | None
    args: str | None  # JSON
    published_day: str | None
    sentence_idx: int | None
    subject_entity: int | None
    object_entity: int | None
    source_entity: int | None
    published: str | None
    source: str | None
    title: str | None
    start: int
    end: int
    text: str
    confidence: float | None


_CLAIM_ROWS = """
WITH {keys}
SELECT c.article_id, c.local_id, c.kind, c.subject, c.predicate, c.lemma, c.object, c.status,
       c.time_value, c.time_text, c.source_text, c.source_kind, c.quote, c.args, c.published_day,
       c.sentence_idx, es.entity_id, eo.entity_id, esrc.entity_id,
       a.published, a.source, a.title,
       coalesce(s.start, c.ev_start), coalesce(s."end", c.ev_end),
       coalesce(s.text, substr(a.text, c.ev_start + 1, c.ev_end - c.ev_start)), c.confidence
FROM keys k
JOIN claims c ON c.article_id = k.article_id AND c.local_id = k.claim_local
JOIN articles a ON a.id = c.article_id
LEFT JOIN entity_claims es ON es.article_id = c.article_id AND es.claim_local = c.local_id AND es.role = 'subject'
LEFT JOIN entity_claims eo ON eo.article_id = c.article_id AND eo.claim_local = c.local_id AND eo.role = 'object'
LEFT JOIN entity_claims esrc ON esrc.article_id = c.article_id AND esrc.claim_local = c.local_id
                             AND esrc.role = 'source'
LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence_idx
WHERE c.confidence >= ?{order}
"""


class QueryReads(ClaimKeyReads, GraphReads, FulltextReads, ReferenceReads):
    """Claim, sentence, entity and co-mention reads for ``newsgraph.query``.

    Mixed into the store class; ``self.conn`` is the store's connection.
    """

    conn: Any

    # -- entities by name ------------------------------------------------
    def entity_briefs(self, ids: Iterable[int]) -> list[EntityBrief]:
        """The entities with these ids (unknown ids are left out)."""
        wanted = sorted({i for i in ids if i is not None})
        out = []
        for part in chunks(self.conn, wanted, 500):
            condition, params = one_of(self.conn, "e.id", part, "bigint")
            out += [EntityBrief(*r) for r in self.conn.execute(
                f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE {condition}", params)]
        return out

    def entity_briefs_named(self, name: str) -> list[EntityBrief]:
        """Entities whose name is exactly ``name``."""
        return [EntityBrief(*r) for r in self.conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.name = ?", (name,))]

    def entity_briefs_named_any_case(self, name: str) -> list[EntityBrief]:
        """Entities whose name is ``name`` in any (ASCII) case."""
        return [EntityBrief(*r) for r in self.conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE lower(e.name) = lower(?)", (name,))]

    def entity_briefs_with_alias(self, alias_norm: str) -> list[EntityBrief]:
        """Entities with an alias whose ``norm`` form is ``alias_norm``, each once."""
        return [EntityBrief(*r) for r in self.conn.execute(
            f"""SELECT {_ENTITY_COLUMNS} FROM entities e
                WHERE e.id IN (SELECT x.entity_id FROM entity_aliases x WHERE x.norm = ?)""", (alias_norm,))]

    def entity_briefs_for_keys(self, keys: Sequence[str]) -> list[tuple[str, EntityBrief]]:
        """(key, entity) for every entity with an alias whose norm is one of ``keys`` or whose name is one
        of them in any case (the key then is the lower-cased name)."""
        out = []
        for part in chunks(self.conn, list(keys)):
            norms, params = one_of(self.conn, "x.norm", part, "text")
            names, lowered = one_of(self.conn, "lower(e.name)", [k.lower() for k in part], "text")
            for key, *row in self.conn.execute(
                f"""SELECT x.norm, {_ENTITY_COLUMNS}
                    FROM entity_aliases x JOIN entities e ON e.id = x.entity_id WHERE {norms}
                    UNION SELECT lower(e.name), {_ENTITY_COLUMNS}
                    FROM entities e WHERE {names}""", [*params, *lowered]):
                out.append((key, EntityBrief(*row)))
        return out

    def alias_norms_with_word(self, word: str, *, limit: int) -> list[tuple[int, str]]:
        """(entity id, alias norm) of aliases that hold ``word`` as a whole word, at most ``limit``."""
        return [(r[0], r[1]) for r in self.conn.execute(
            """SELECT x.entity_id, x.norm FROM entity_aliases x
               WHERE x.norm = ? OR lower(x.norm) LIKE lower(?) OR lower(x.norm) LIKE lower(?)
                  OR lower(x.norm) LIKE lower(?) LIMIT ?""",
            (word, f"{word} %", f"% {word}", f"% {word} %", limit))]

    def aliases_by_use(self, entity_id: int, *, limit: int = 50) -> list[str]:
        """The entity's aliases other than its name, most used first."""
        return [r[0] for r in self.conn.execute(
            """SELECT x.alias FROM entity_aliases x JOIN entities e ON e.id = x.entity_id
               WHERE x.entity_id = ? AND x.alias != e.name ORDER BY x.count DESC, x.alias LIMIT ?""",
            (entity_id, limit))]

    def entity_names(self, ids: Iterable[int]) -> set[str]:
        """Every name and alias of these entities."""
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        named, params = one_of(self.conn, "id", wanted, "bigint")
        aliased, _ = one_of(self.conn, "entity_id", wanted, "bigint")
        return {r[0] for r in self.conn.execute(
            f"SELECT name FROM entities WHERE {named} UNION SELECT alias FROM entity_aliases WHERE {aliased}",
            [*params, *params])}

    def article_counts(self, ids: Iterable[int]) -> dict[int, int]:
        """Each entity's article count (entities not found are left out)."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        condition, params = one_of(self.conn, "id", wanted, "bigint")
        return {r[0]: r[1] for r in self.conn.execute(
            f"SELECT id, article_count FROM entities WHERE {condition}", params)}

    # -- claims and sentences --------------------------------------------
    def claim_rows(self, keys: Iterable[tuple[str, str]], *, min_confidence: float) -> list[ClaimRow]:
        """The claims with these (article id, claim id) keys whose confidence is at least ``min_confidence``,
        in no particular order (a claim with two linked subjects comes once per pair of links)."""
        wanted = list(dict.fromkeys(keys))
        out: list[ClaimRow] = []
        for part in chunks(self.conn, wanted):
            table = key_table(self.conn, "keys", (("article_id", "text"), ("claim_local", "text")), part,
                              alias="k")
            out += [ClaimRow(*r) for r in self.conn.execute(
                _CLAIM_ROWS.format(keys=table.cte, order=table.order), [*table.params, min_confidence])]
        return out

    def sentence_rows(self, keys: Iterable[tuple[str, int]]) -> list[SentenceHit]:
        """The sentences with these (article id, sentence index) keys, in no particular order (``score`` 0:
        nothing was searched)."""
        wanted = list(dict.fromkeys(keys))
        out: list[SentenceHit] = []
        for part in chunks(self.conn, wanted):
            table = key_table(self.conn, "k", (("article_id", "text"), ("idx", "integer")), part, materialized=False)
            out += [SentenceHit(*r, score=0.0) for r in self.conn.execute(
                f"""WITH {table.cte}
                    SELECT s.article_id, s.idx, s.start, s."end", s.text, a.published, a.source, a.title
                    FROM k JOIN sentences s ON s.article_id = k.article_id AND s.idx = k.idx
                    JOIN articles a ON a.id = s.article_id{table.order}""", table.params)]
        return out

    def sentence_index_at(self, article_id: str, offset: int) -> int | None:
        """The index of the article's sentence that holds character ``offset``."""
        row = self.conn.execute(
            "SELECT idx FROM sentences WHERE article_id = ? AND start <= ? ORDER BY start DESC LIMIT 1",
            (article_id, offset)).fetchone()
        return row[0] if row else None

    def sentence_index_with(self, article_id: str, phrase: str, *, near: int = 0) -> int | None:
        """The index of the article's sentence nearest to sentence ``near`` that contains ``phrase`` (any case)."""
        pattern = "%" + _like_escape(phrase) + "%"
        row = self.conn.execute(
            "SELECT idx FROM sentences WHERE article_id = ? AND lower(text) LIKE lower(?) ESCAPE '\\'"
            " ORDER BY abs(idx - ?), idx LIMIT 1",
            (article_id, pattern, near)).fetchone()
        return row[0] if row else None


def _like_escape(text: str) -> str:
    """``text`` as a LIKE pattern that matches it literally (``\\`` escapes)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
