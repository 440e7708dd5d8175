"""Full-text search over sentences for the query stage: the one read that is dialect-specific.

These methods take words and phrases, never a search-engine query string, so
each store builds its own: SQLite matches them with FTS5 (``sentences_fts``,
ranked by BM25); another store overrides these methods with its own index
(PostgreSQL: ``tsvector``), keeping the same meaning: a phrase matches its
words in order, a word matches as a whole word, any case.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from .reads_keys import as_of_clause


def _phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (double quotes inside it doubled)."""
    return '"' + text.replace('"', '""') + '"'


class FulltextReads:
    """Sentence search for ``newsgraph.query`` (SQLite FTS5; mixed in through ``QueryReads``)."""

    conn: Any

    def fulltext_has_all_words(self, words: Sequence[str]) -> bool:
        """Whether any stored sentence holds every one of ``words`` (False too when the search cannot be run)."""
        try:
            return self.conn.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                                     (" ".join(_phrase(w) for w in words),)).fetchone() is not None
        except sqlite3.OperationalError:
            return False

    def fulltext_sentence_keys(self, all_of: Sequence[Sequence[str]], *, as_of: str | None = None,
                               limit: int = 2) -> list[tuple[str, int]]:
        """Sentences (article id, index) that hold, for each group of ``all_of``, one of its phrases; best
        (BM25) first, from articles published on or before ``as_of`` when given."""
        groups = ["(" + " OR ".join(_phrase(p) for p in group) + ")" for group in all_of if group]
        if not groups:
            return []
        clause, extra = as_of_clause("a.published_day", as_of)
        return [(r[0], r[1]) for r in self.conn.execute(
            f"""SELECT s.article_id, s.idx FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
                JOIN articles a ON a.id = s.article_id
                WHERE sentences_fts MATCH ?{clause} ORDER BY f.rank LIMIT ?""",
            (" AND ".join(groups), *extra, limit))]
