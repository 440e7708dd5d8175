"""The server store: a PostgreSQL database, behind the same interface as the SQLite file.

``open_store("postgresql://user@host:5432/newsgraph")`` (or ``--db`` /
``NEWSGRAPH_DB`` with such a URL) opens one. The schema is the same Alembic
migrations as SQLite's (``store.ddl`` reads their DDL for PostgreSQL); every
statement of ``store.base.Store`` and the mixins runs unchanged through
``store.pgconn``, which gives psycopg the sqlite3 API. What is PostgreSQL's
own is here:

- **One writer at a time.** SQLite's ``BEGIN IMMEDIATE`` lets one connection
  write at a time; resolution relies on it (linking an article reads the
  entities the articles before it made, and must not race another writer
  making the same entity). Here every write transaction takes the same
  transaction-level advisory lock (``pg_advisory_xact_lock(WRITE_LOCK)``)
  first: writers from any number of processes or Ray workers queue on it, in
  whatever order they arrive, and each sees every article committed before it.
  Readers never wait for it. The lock ends with the transaction, so a killed
  writer (or server) never leaves it held.
- **Full-text search** reads the ``sentences.fts`` tsvector (English stems,
  no stop words; GIN index) with ``ts_rank``, where SQLite reads FTS5 with bm25:
  the same sentences match, their order may differ among near-equal scores.
- **Data version**: the server's WAL position, which moves with every commit
  (of any connection) — a cache keyed by it is dropped when anything changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import NoStoreError, StoreError
from .base import SEARCH_CANDIDATES, Store
from .ddl import TS_CONFIG, upgrade_to_head

#: The advisory lock key every write transaction holds (the bytes of "newsgrph" as a positive 63-bit number).
WRITE_LOCK = int.from_bytes(b"newsgrph", "big") >> 1
#: The lock a schema upgrade holds (two processes opening a new store create it once).
MIGRATE_LOCK = WRITE_LOCK - 1

_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_postgres_url(db: object) -> bool:
    """Whether ``db`` (a ``--db`` value) names a PostgreSQL database rather than an SQLite file."""
    return isinstance(db, str) and db.startswith(_SCHEMES)


def _libpq_url(url: str) -> str:
    return "postgresql://" + url.split("://", 1)[1]


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"://([^:/@]+):[^@/]*@", r"://\1:***@", url)


class PostgresStore(Store):
    """newsgraph's store in a PostgreSQL database (``url``: ``postgresql://user[:password]@host[:port]/db``).

    ``create=False`` opens a database that already holds a newsgraph store
    (``NoStoreError`` otherwise); ``read_only=True`` opens one for reading only
    (every transaction read-only, no migration).
    """

    dialect = "postgresql"

    def __init__(self, url: str, *, migrate: bool = True, create: bool = True, read_only: bool = False) -> None:
        import psycopg

        from .pgconn import Connection

        super().__init__()
        self.path = url
        self.read_only = read_only
        self.driver_errors = (psycopg.Error,)
        name = _redacted(url)
        try:
            self.conn = Connection(_libpq_url(url), read_only=read_only)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {name}: {_first_line(exc)}") from exc
        try:
            exists = self.conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL"
                                       " AND to_regclass('articles') IS NOT NULL").fetchone()[0]
            if not exists and (read_only or not create):
                raise NoStoreError(url)
            if migrate and not read_only:
                upgrade_to_head("postgresql+psycopg://" + url.split("://", 1)[1],
                                first=f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK})")
        except StoreError:
            self.conn.close()
            raise
        except Exception as exc:  # psycopg / alembic / sqlalchemy: the driver's own message, on one line
            self.conn.close()
            reason = _first_line(getattr(exc, "orig", None) or exc)
            raise StoreError(f"cannot open or upgrade store {name}: {reason}") from exc

    def _begin(self) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    def data_version(self) -> int:
        """The server's WAL position: it moves whenever any connection commits a change."""
        return self.conn.execute("SELECT pg_current_wal_lsn() - '0/0'").fetchone()[0]

    def _sentence_match(self, words: list[str]) -> tuple[str, str, str, list[Any]]:
        """Text search: the sentences' ``fts`` tsvector matched by any of the words, ranked by ``ts_rank``."""
        return (f"sentences s CROSS JOIN to_tsquery('{TS_CONFIG}', ?) q(query)", "s.fts @@ q.query",
                "ts_rank(s.fts, q.query)", [_any_word(words)])

    def _ranked_sentence_ids(self, words: list[str]) -> tuple[str, list[Any]]:
        """The sentences of each word apart, at most ``SEARCH_CANDIDATES`` of each, scored by ``ts_rank`` against
        all the words, each sentence once.

        Why: ``ts_rank`` reads each sentence's tsvector from the table, and a common word (a verb in the
        question) matches a fifth of a large store, so ranking every match of the whole OR read hundreds of
        megabytes per search. A word with no more matches than the bound has all of them ranked, so on a
        small store, and for every sentence holding one of the rarer words (mostly names) on a large one,
        the result is the full ranking's; only a word past the bound is represented by the first sentences
        the scan meets. (``ts_rank`` has no document frequency, unlike SQLite's bm25, so the full ranking
        gave those common-word sentences no edge anyway.) A sentence met by several words is ranked once:
        the words' candidates are gathered (``UNION ALL``), made distinct by id, then ranked — ranking an
        eight-word query is a fifth of the search's time, and a question's words (a name's two parts)
        often meet the same sentences. One tsquery of all the words OR'ed, ranked over every match instead,
        was 8x slower at 100,000 articles (a hub's name matches 30,000 sentences) and gave other top 20s.
        """
        part = (f"SELECT * FROM (SELECT id, fts FROM sentences WHERE fts @@ to_tsquery('{TS_CONFIG}', ?)"
                f" LIMIT {SEARCH_CANDIDATES}) AS w")
        return (f"SELECT c.id AS sid, ts_rank(c.fts, q.query) AS score"
                f" FROM (SELECT DISTINCT ON (id) id, fts FROM ({' UNION ALL '.join([part] * len(words))}) AS u"
                f" ORDER BY id) AS c CROSS JOIN to_tsquery('{TS_CONFIG}', ?) q(query)",
                [*(_any_word([w]) for w in words), _any_word(words)])

    # -- the query stage's full-text reads (``store.reads_fulltext`` on SQLite: FTS5 phrases) ----------
    def fulltext_has_all_words(self, words: Sequence[str]) -> bool:
        """Whether any stored sentence holds every one of ``words``."""
        if not words:
            return False
        query, params = _all_of([[w] for w in words])
        return self.conn.execute(f"SELECT 1 FROM sentences s WHERE s.fts @@ ({query}) LIMIT 1",
                                 params).fetchone() is not None

    def fulltext_sentence_keys(self, all_of: Sequence[Sequence[str]], *, as_of: str | None = None,
                               limit: int = 2) -> list[tuple[str, int]]:
        """Sentences (article id, index) that hold, for each group of ``all_of``, one of its phrases (words
        in order); best (``ts_rank``) first, from articles published on or before ``as_of`` when given."""
        groups = [list(group) for group in all_of if group]
        if not groups:
            return []
        query, params = _all_of(groups)
        clause, extra = (" AND a.published_day <= ?", [as_of[:10]]) if as_of else ("", [])
        return [(r[0], r[1]) for r in self.conn.execute(
            f"""SELECT s.article_id, s.idx FROM (SELECT {query} AS query) q
                JOIN sentences s ON s.fts @@ q.query JOIN articles a ON a.id = s.article_id
                WHERE 1 = 1{clause} ORDER BY ts_rank(s.fts, q.query) DESC, s.id LIMIT ?""",
            (*params, *extra, limit))]


def _any_word(words: Sequence[str]) -> str:
    """A ``to_tsquery`` text matched by any of ``words`` (\\w+ words: nothing to escape inside the quotes)."""
    return " | ".join(f"'{w}'" for w in words)


def _all_of(groups: list[list[str]]) -> tuple[str, list[str]]:
    """A tsquery expression that holds when, for every group, one of its phrases is there (words in order)."""
    phrase = f"phraseto_tsquery('{TS_CONFIG}', ?)"
    expression = " && ".join("(" + " || ".join([phrase] * len(group)) + ")" for group in groups)
    return expression, [p for group in groups for p in group]


def _first_line(exc: object) -> str:
    return " ".join(str(exc).split("\n")[0].split())
