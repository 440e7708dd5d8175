"""The embedded store: one SQLite file with an FTS5 index over sentences.

The schema is created and upgraded by Alembic migrations
(``newsgraph/store/migrations``) when the store is opened. Each article is
written in one transaction together with its sentences, entities, mentions,
times, claims and entity links, so a crash or a kill never leaves half an
article behind; an article already stored is skipped, so re-ingesting is
harmless.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import NotFoundError, StoreError
from ..models import AnnotatedArticle, Article
from .records import ArticleRow, EntityRow, SentenceHit

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"

#: Called inside the article's transaction to link its local entities to store entities.
Linker = Callable[[sqlite3.Connection, AnnotatedArticle], None]


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


class SQLiteStore:
    """newsgraph's store in one SQLite file (``":memory:"`` is not supported: use a temp file)."""

    def __init__(self, path: str | Path = "newsgraph.db", *, migrate: bool = True) -> None:
        self.path = str(path)
        try:
            if migrate:
                _upgrade_schema(self.path)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        except Exception as exc:  # alembic / sqlalchemy errors
            raise StoreError(f"cannot upgrade store {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
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

    def write_article(self, annotated: AnnotatedArticle, *, linker: Linker | None = None) -> bool:
        """Store one annotated article whole; False if it was already there."""
        article = annotated.article
        try:
            with self.transaction() as conn:
                if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    return False
                _insert_article(conn, annotated)
                if linker is not None:
                    linker(conn, annotated)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write article {article.origin or article.id}: {exc}") from exc
        return True

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
        return [ArticleRow(**dict(r)) for r in rows]

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
