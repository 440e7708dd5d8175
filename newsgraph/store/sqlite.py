"""The embedded store: one SQLite file with an FTS5 index over sentences.

The schema is created and upgraded by Alembic migrations
(``newsgraph/store/migrations``) when the store is opened. What every store
shares (writing an article in one transaction, the portable reads) is in
``store.base.Store``; here is what is SQLite's own: the file and its checks,
WAL mode, ``BEGIN IMMEDIATE`` as the one-writer lock, ``PRAGMA data_version``
and FTS5 search.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import NoStoreError, NotAStoreError, StoreError
from .base import SEARCH_CANDIDATES, Linker, Outcome, Store, search_words
from .ddl import MIGRATIONS, upgrade_to_head

__all__ = ["Linker", "MIGRATIONS", "Outcome", "SQLiteStore", "check_store_file", "fts_query"]

logger = logging.getLogger(__name__)



def _upgrade_schema(path: str) -> None:
    """Bring the file's schema to the newest migration (a no-op when it is current)."""
    upgrade_to_head(f"sqlite:///{path}")


#: Tables whose presence makes an SQLite file a newsgraph store.
_STORE_TABLES = {"alembic_version", "articles"}


def check_store_file(path: str | Path) -> bool:
    """Whether ``path`` already holds a newsgraph store (False: nothing there yet, or an empty file).

    Why: opening a path with SQLite creates it, and migrating someone else's
    database would write newsgraph's tables into it. So the file is looked at
    first, read-only: a missing or empty file is "no store yet", a newsgraph
    store is one, anything else raises ``NotAStoreError`` naming what it is.

    The file is read through SQLite only, never opened and closed by Python:
    closing any descriptor of a file drops every POSIX lock the process holds
    on it, so a plain ``open()`` beside a live connection (the web app opens
    readers while its writer is open) would let another process think it is
    alone, checkpoint and delete the WAL under the readers' feet.
    """
    file = Path(path)
    if not file.exists():
        return False
    if file.is_dir():
        raise NotAStoreError(str(path), "it is a folder")
    if file.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise NotAStoreError(str(path), "not an SQLite file") from None
        raise NotAStoreError(str(path), f"unreadable SQLite: {exc}") from None
    except sqlite3.Error as exc:
        raise NotAStoreError(str(path), f"cannot be read: {exc}") from None
    if not tables:
        return False
    if not _STORE_TABLES <= tables:
        raise NotAStoreError(str(path), "an SQLite database without newsgraph's tables")
    return True


class SQLiteStore(Store):
    """newsgraph's store in one SQLite file (``":memory:"`` is not supported: use a temp file).

    ``create=False`` opens an existing store only (``NoStoreError`` when there is
    none): what every reading command wants, so a typo in a path never conjures
    an empty store that looks like lost data. ``read_only=True`` opens an
    existing store for reading only (SQLite's ``mode=ro`` plus ``query_only``):
    no migration, no write can slip through, and in WAL mode its readers never
    wait for a writer (the web app reads so while an ingest writes).
    """

    def __init__(self, path: str | Path = "newsgraph.db", *, migrate: bool = True, create: bool = True,
                 read_only: bool = False) -> None:
        super().__init__()
        self.path = str(path)
        self.read_only = read_only
        if not check_store_file(self.path):
            if read_only or not create:
                raise NoStoreError(self.path)
            if not Path(self.path).resolve().parent.is_dir():
                raise StoreError(f"cannot create store {self.path}: its folder does not exist")
        try:
            if read_only:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                if migrate:
                    _upgrade_schema(self.path)
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        except StoreError:
            raise
        except Exception as exc:  # alembic / sqlalchemy errors: the driver's own message, on one line
            reason = " ".join(str(getattr(exc, "orig", None) or exc).split("\n")[0].split())
            raise StoreError(f"cannot open or upgrade store {self.path}: {reason}") from exc
        self.conn.row_factory = sqlite3.Row
        if read_only:
            self.conn.execute("PRAGMA query_only=ON")
        else:
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")

    dialect = "sqlite"
    driver_errors = (sqlite3.Error,)

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")  # takes SQLite's write lock now, not at the first write

    def data_version(self) -> int:
        """A number that changes whenever another connection (or process) commits to the store."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _sentence_match(self, words: list[str]) -> tuple[str, str, str, list[Any]]:
        """FTS5: the sentences' index matched by any of the words, ranked by bm25 (lower is better)."""
        return ("sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid", "sentences_fts MATCH ?",
                "-bm25(sentences_fts)", [fts_query(" ".join(words))])

    def _ranked_sentence_ids(self, words: list[str]) -> tuple[str, list[Any]]:
        """The first ``SEARCH_CANDIDATES`` sentences of each word apart (oldest first, as PostgreSQL's scan meets
        them), scored by bm25 against all the words; FTS5 alone (its rowid is the sentence's id).

        Why: bm25 reads each matching sentence's positions, and a common word (a verb of the question, a hub's
        name) matches a fifth of a large store, so ranking the whole OR cost a few hundred milliseconds per
        search. A word with no more matches than the bound has all of them ranked, so on a small store, and
        for every sentence holding one of the rarer words on a large one, the hits are the full ranking's,
        with the same scores (bm25 still sees the whole index: its document frequencies are unchanged).

        How: the candidates are each word's first rowids (FTS5 walks a doclist in rowid order and stops at
        the bound); the OR is then walked once and bm25 computed only for the candidates. The ``+`` keeps
        the candidate list out of FTS5's own plan: FTS5 would run the whole match again for every rowid
        of an ``IN`` (and count each word's documents again for bm25), which is far slower than walking
        the OR's rowids and skipping the others.
        """
        each = (f"SELECT sid FROM (SELECT rowid AS sid FROM sentences_fts WHERE sentences_fts MATCH ?"
                f" ORDER BY rowid LIMIT {SEARCH_CANDIDATES})")
        return ("SELECT rowid AS sid, -bm25(sentences_fts) AS score FROM sentences_fts WHERE sentences_fts MATCH ?"
                f" AND +rowid IN ({' UNION ALL '.join([each] * len(words))})",
                [fts_query(" ".join(words)), *(fts_query(w) for w in words)])


def fts_query(text: str) -> str:
    """Words of ``text`` as an FTS5 query that any of them may match (OR), quoted safely."""
    return " OR ".join(f'"{w}"' for w in search_words(text))
