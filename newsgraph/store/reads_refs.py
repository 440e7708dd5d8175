"""Sentences that refer to an entity by a pronoun or a description (``sentence_refs``), and whom a description
describes (``entity_descriptions``), read for ``ask``.

Why: the sentence that answers a question about someone often names them only
as "he", "she" or "the actress" (the name was in the sentence before), so the
reads of the sentences that *name* an entity never see it. The claim reader's
sure references are kept per sentence at ingest (migration 0014); this reads
them for an entity the way ``entity_mention_sentence_keys`` reads its
mentions: from its newest articles only (``entity_articles``, one index range
cut at a LIMIT), each probed by the table's primary key. No hub is scanned.
"""

from __future__ import annotations

from typing import Any

from .reads_graph import SentenceKey
from .reads_keys import as_of_clause


#: At most this many referring sentences are read for one entity (its newest articles' first).
REFERRING = 200
#: How many of the newest descriptions by one head noun are read to find whom it describes.
DESCRIBED = 50


class ReferenceReads:
    conn: Any

    def entity_reference_sentence_keys(self, entity_id: int, *, as_of: str | None = None, articles: int = 300,
                                       limit: int = REFERRING) -> list[SentenceKey]:
        """Sentences (article id, index) of the entity's newest ``articles`` articles that refer to it
        without naming it, newest article first (in article order within one), at most ``limit``."""
        clause, extra = as_of_clause("published_day", as_of)
        return [(r[0], r[1]) for r in self.conn.execute(
            f"""WITH recent AS (SELECT article_id, local_id, published_day FROM entity_articles
                                WHERE entity_id = ?{clause} ORDER BY published_day DESC NULLS LAST LIMIT ?)
                SELECT r.article_id, r.sentence_idx FROM recent n
                JOIN sentence_refs r ON r.article_id = n.article_id AND r.local_id = n.local_id
                ORDER BY n.published_day DESC NULLS LAST, r.article_id, r.sentence_idx LIMIT ?""",
            (entity_id, *extra, articles, limit))]

    def entities_described_as(self, head: str, *, limit: int = DESCRIBED) -> list[tuple[int, int]]:
        """(store entity id, rows) of the people the newest ``limit`` articles describe by the head noun ``head``
        (``models.description_key``: "defendant" for "the defendant"), most rows first."""
        return [(r[0], r[1]) for r in self.conn.execute(
            """SELECT l.entity_id, count(*) AS n FROM (SELECT article_id, local_id FROM entity_descriptions WHERE head = ?
                                                       ORDER BY published_day DESC NULLS LAST LIMIT ?) d
               JOIN entity_links l ON l.article_id = d.article_id AND l.local_id = d.local_id
               GROUP BY l.entity_id ORDER BY n DESC, l.entity_id LIMIT 5""", (head, limit))]
