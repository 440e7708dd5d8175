"""The embedded store: one SQLite file with an FTS5 index over sentences.

The schema is created and upgraded by Alembic migrations
(``newsgraph/store/migrations``) when the store is opened. Each article is
written in one transaction together with its sentences, entities, mentions,
times, claims and entity links, so a crash or a kill never leaves half an
article behind; an article already stored is skipped, so re-ingesting is
harmless. An article whose text is a near-duplicate of a stored one (a
syndicated copy, ``store.syndication``) is recorded as a copy of it, in the
same transaction that checks, instead of being stored again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from ..errors import NoStoreError, NotAStoreError, NotFoundError, StoreError
from ..models import AnnotatedArticle, Article
from . import syndication
from .browse import BrowseReads
from .curation import CurationStore
from .reads import QueryReads
from .records import ArticleRow, EntityRow, Redirect, SentenceHit
from .resolution import ResolutionStore

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"

#: Called inside the article's transaction, with the store, to link its local entities to store entities.
Linker = Callable[["SQLiteStore", AnnotatedArticle], None]

#: What became of an article handed to the store.
Outcome = Literal["stored", "duplicate", "copy"]


def _upgrade_schema(path: str) -> None:
    """Bring the file's schema to the newest migration (a no-op when it is current)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


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


class SQLiteStore(BrowseReads, ResolutionStore, CurationStore, QueryReads):
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
        self._lock = threading.RLock()

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything in it is stored, or nothing."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def place_known(self, article: Article) -> Outcome | None:
        """Before annotating: "duplicate" if ``article`` is stored already, "copy" if it was just
        recorded as a syndicated copy of a stored article (``store.syndication``), None if it is new."""
        try:
            with self.transaction() as conn:
                return _place_known(conn, article)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot look up article {article.origin or article.id}: {exc}") from exc

    def add_article(self, annotated: AnnotatedArticle, *, linker: Linker | None = None) -> Outcome:
        """Store one annotated article whole, in one transaction: "stored"; or, when it turns out to be
        stored already or a copy of a stored article, "duplicate" or "copy" (nothing else is written)."""
        article = annotated.article
        signature = _signature(article)
        try:
            with self.transaction() as conn:
                known = _place_known(conn, article, signature)
                if known is not None:
                    return known
                _insert_article(conn, annotated)
                syndication.index_article(conn, article.id, signature[1])
                if linker is not None:
                    linker(self, annotated)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write article {article.origin or article.id}: {exc}") from exc
        return "stored"

    def write_article(self, annotated: AnnotatedArticle, *, linker: Linker | None = None) -> bool:
        """Store one annotated article whole; False if it was already there (or is a copy of one)."""
        return self.add_article(annotated, linker=linker) == "stored"

    def outlets(self, article_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The outlets that carried each article: its own, then its syndicated copies'."""
        return syndication.outlets_of(self.conn, article_ids)

    # -- reading ---------------------------------------------------------
    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def articles(self, *, limit: int = 100, offset: int = 0) -> list[ArticleRow]:
        rows = self.conn.execute(
            """SELECT a.id, a.doc_id, a.published, a.title, a.source, a.url, a.origin, a.tokens,
                      (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
                      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
               FROM articles a ORDER BY a.published_day IS NULL, a.published_day, a.id
               LIMIT ? OFFSET ?""",
            (limit, offset),
        ).fetchall()
        outlets = self.outlets(r["id"] for r in rows)
        return [ArticleRow(**dict(r), outlets=outlets.get(r["id"], ())) for r in rows]

    def find_article_id(self, ref: str) -> str:
        """An article id from a full id, a unique id prefix, or a source doc id."""
        row = self.conn.execute("SELECT id FROM articles WHERE id = ? OR doc_id = ?", (ref, ref)).fetchone()
        if row:
            return row[0]
        rows = self.conn.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (ref + "%",)).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        raise NotFoundError(f"no article {ref!r}" if not rows else f"article id {ref!r} is ambiguous")

    def article(self, ref: str) -> Article:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (self.find_article_id(ref),)).fetchone()
        return Article(
            id=row["id"], text=row["text"], published=row["published"], title=row["title"],
            source=row["source"], url=row["url"], authors=tuple(json.loads(row["authors"])),
            doc_id=row["doc_id"], origin=row["origin"],
        )

    def search(self, query: str, *, limit: int = 20) -> list[SentenceHit]:
        """Sentences matching ``query`` (FTS5), best first; words are matched, not syntax."""
        match = fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            """SELECT s.article_id, s.idx, s.start, s."end", s.text, a.published, a.source, a.title,
                      bm25(sentences_fts) AS score
               FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
               JOIN articles a ON a.id = s.article_id
               WHERE sentences_fts MATCH ? ORDER BY score LIMIT ?""",
            (match, limit),
        ).fetchall()
        return [
            SentenceHit(article_id=r[0], sentence=r[1], start=r[2], end=r[3], text=r[4],
                        published=r[5], source=r[6], title=r[7], score=-r[8])
            for r in rows
        ]

    def times_in(self, article_id: str, start: int, end: int) -> list[tuple[int, int, str, str, str | None]]:
        """TIMEX3 expressions inside ``[start, end)`` of an article: (start, end, text, type, value), in order."""
        return [tuple(r) for r in self.conn.execute(
            'SELECT start, "end", text, type, value FROM times WHERE article_id = ? AND start >= ? AND "end" <= ?'
            " ORDER BY start", (article_id, start, end))]

    def mentions_in(self, article_id: str, start: int, end: int) -> list[tuple[int, int, str, str, int | None, str]]:
        """Entity mentions inside ``[start, end)`` of an article, in order:
        (start, end, text, entity type, store entity id or None, the entity's name in the article)."""
        return [tuple(r) for r in self.conn.execute(
            """SELECT m.start, m."end", m.text, ae.type, l.entity_id, coalesce(e.name, ae.name)
               FROM mentions m JOIN article_entities ae ON ae.article_id = m.article_id AND ae.local_id = m.local_id
               LEFT JOIN entity_links l ON l.article_id = m.article_id AND l.local_id = m.local_id
               LEFT JOIN entities e ON e.id = l.entity_id
               WHERE m.article_id = ? AND m.start >= ? AND m."end" <= ? ORDER BY m.start""",
            (article_id, start, end))]

    def entity_sentence_keys(self, entity_id: int, *, as_of: str | None = None,
                             articles: int = 30) -> list[tuple[str, int]]:
        """(article id, sentence index) of every sentence of the entity's newest ``articles`` articles."""
        clause, params = (" AND published_day <= ?", [as_of[:10]]) if as_of else ("", [])
        return [tuple(r) for r in self.conn.execute(
            f"""WITH recent AS (SELECT DISTINCT article_id FROM (SELECT article_id FROM entity_articles
                                WHERE entity_id = ?{clause} ORDER BY published_day DESC LIMIT ?))
                SELECT s.article_id, s.idx FROM recent r JOIN sentences s ON s.article_id = r.article_id""",
            (entity_id, *params, articles))]

    def claim_keys_between(self, start: str | None, end: str | None, *, limit: int = 200) -> list[tuple[str, str]]:
        """Claims of articles published from ``start`` to ``end`` (days, either open), newest first."""
        where, params = ["1"], []
        if start:
            where.append("a.published_day >= ?")
            params.append(start[:10])
        if end:
            where.append("a.published_day <= ?")
            params.append(end[:10])
        sql = (f"SELECT c.article_id, c.local_id FROM articles a JOIN claims c ON c.article_id = a.id"
               f" WHERE {' AND '.join(where)} ORDER BY a.published_day DESC LIMIT ?")  # by the articles' day index
        return [tuple(r) for r in self.conn.execute(sql, (*params, limit))]

    def entities(self, *, limit: int = 100, type: str | None = None) -> list[EntityRow]:
        where, params = ("WHERE e.type = ?", [type]) if type else ("", [])
        rows = self.conn.execute(
            f"""SELECT e.id, e.name, e.type, e.mention_count, e.article_count,
                       (SELECT json_group_array(alias) FROM entity_aliases x WHERE x.entity_id = e.id) AS aliases
                FROM entities e {where}
                ORDER BY e.mention_count DESC, e.name LIMIT ?""",
            (*params, limit),
        ).fetchall()
        return [
            EntityRow(id=r[0], name=r[1], type=r[2], mentions=r[3], articles=r[4],
                      aliases=sorted(a for a in json.loads(r[5] or "[]") if a != r[1]))
            for r in rows
        ]

    def entity_redirect(self, entity_id: int) -> Redirect | None:
        """Where an entity id that no longer names a live entity went (merge, rebuild), or None."""
        from .entity_ids import redirect_of

        return redirect_of(self.conn, entity_id)


def _signature(article: Article) -> tuple[set[str], list[tuple[int, int]]]:
    grams = syndication.shingles(article.text)
    return grams, syndication.band_keys(article.text, grams)


def _place_known(conn: sqlite3.Connection, article: Article,
                 signature: tuple[set[str], list[tuple[int, int]]] | None = None) -> Outcome | None:
    """Inside a transaction: "duplicate", "copy" (recorded now) or None (a new article).

    The MinHash ``signature`` is computed here when not given, and only when the
    article is neither stored nor a known copy (a re-run over a stored corpus costs no hashing).
    """
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
        if syndication.same_as_stored(conn, article):
            return "duplicate"
        match = syndication.CopyMatch(article.id, 1.0)  # the same text from another outlet or url
    elif syndication.copy_known(conn, article):
        return "duplicate"
    else:
        grams, keys = signature or _signature(article)
        match = syndication.find_original(conn, article.text, keys, grams)
        if match is None:
            return None
    return "copy" if syndication.record_copy(conn, article, match) else "duplicate"


def fts_query(text: str) -> str:
    """Words of ``text`` as an FTS5 query that any of them may match (OR), quoted safely."""
    import re

    words = [w for w in re.findall(r"\w+", text.lower()) if len(w) > 1]
    return " OR ".join(f'"{w}"' for w in words)


def _insert_article(conn: sqlite3.Connection, annotated: AnnotatedArticle) -> None:
    a = annotated.article
    conn.execute(
        """INSERT INTO articles (id, doc_id, published, published_day, title, source, url, authors,
                                 origin, text, tokens, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (a.id, a.doc_id, a.published, a.published_date, a.title, a.source, a.url, json.dumps(list(a.authors)),
         a.origin, a.text, annotated.tokens, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    conn.executemany(
        'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(a.id, s.index, s.start, s.end, s.text) for s in annotated.sentences],
    )
    sentence_of = _sentence_lookup(annotated)
    conn.executemany(
        """INSERT INTO article_entities (article_id, local_id, name, type, aliases, descriptions, mention_count)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(a.id, e.id, e.name, e.type, json.dumps(e.aliases), json.dumps([d.to_dict() for d in e.descriptions]),
          len(e.mentions)) for e in annotated.entities],
    )
    conn.executemany(
        'INSERT INTO mentions (article_id, local_id, start, "end", text, sentence_idx) VALUES (?, ?, ?, ?, ?, ?)',
        [(a.id, e.id, m.start, m.end, m.text, sentence_of(m.start)) for e in annotated.entities for m in e.mentions],
    )
    conn.executemany(
        'INSERT INTO times (article_id, start, "end", text, type, value, granularity) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(a.id, t.start, t.end, t.text, t.type, t.value, t.granularity) for t in annotated.times],
    )
    conn.executemany(
        """INSERT INTO claims (article_id, local_id, sentence_idx, kind, subject, subject_local, predicate, lemma,
                               object, object_local, status, time_value, time_text, source_text, source_local,
                               source_kind, quote, args, ev_start, ev_end, published_day, confidence)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(a.id, c.id, c.sentence, c.kind, c.subject, c.subject_entity, c.predicate, c.lemma, c.object,
          c.object_entity, c.status, c.time.value if c.time else None, c.time.text if c.time else None,
          c.source.text if c.source else None, c.source.entity if c.source else None,
          c.source.kind if c.source else None, c.quote, json.dumps(c.args, default=str),
          c.evidence.start, c.evidence.end, a.published_date, c.confidence) for c in annotated.claims],
    )


def _sentence_lookup(annotated: AnnotatedArticle) -> Callable[[int], int | None]:
    import bisect

    starts = [s.start for s in annotated.sentences]

    def sentence_of(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return annotated.sentences[i].index if i >= 0 else None

    return sentence_of
