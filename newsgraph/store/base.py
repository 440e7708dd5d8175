"""The store interface and everything in it that reads the same on every database.

``Store`` holds the statements both SQLite and PostgreSQL accept (portable SQL:
``?`` placeholders, ``ON CONFLICT``, ``RETURNING``, no SQLite-only functions)
and the mixins the resolver, curation and the query stage call. A subclass
supplies only what differs: the connection (``conn``, with sqlite3's
``execute`` API), how a write transaction starts (``_begin``), the driver's
errors, the data version and full-text search (``_sentence_match``):
``SQLiteStore`` (``store.sqlite``) and ``PostgresStore`` (``store.postgres``).

Each article is written in one transaction together with its sentences (and
their meaning vectors, when the nlp stage computed them: ``store.vectors``),
entities, mentions, times, claims and entity links, so a crash or a kill never
leaves half an article behind; an article already stored is skipped, so
re-ingesting is harmless. An article whose text is a near-duplicate of a
stored one (a syndicated copy, ``store.syndication``) is recorded as a copy of
it, in the same transaction that checks, instead of being stored again.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Literal

from ..errors import NotFoundError, StoreError
from ..models import AnnotatedArticle, Article
from . import syndication
from .syndication import BandKeys
from .browse import ArticleFilter, BrowseReads
from .curation import CurationStore
from .reads import QueryReads
from .records import ArticleRow, EntityRow, Redirect, SentenceHit
from .resolution import ResolutionStore
from .vectors import VectorReads, insert_vectors

logger = logging.getLogger(__name__)

#: Called inside the article's transaction to link its local entities to store entities.
Linker = Callable[["Store", AnnotatedArticle], None]

#: What became of an article handed to the store.
Outcome = Literal["stored", "duplicate", "copy"]

#: How many sentences of each word an unfiltered search ranks at most (each dialect's ``_ranked_sentence_ids``).
SEARCH_CANDIDATES = 1000


class Store(BrowseReads, ResolutionStore, CurationStore, QueryReads, VectorReads):
    """newsgraph's store: its methods are the whole storage interface (see the module doc).

    Subclasses set ``conn``, ``path`` (what it was opened from), ``read_only``
    and ``driver_errors`` (the driver's exception classes, translated to
    ``StoreError`` here), and implement ``_begin``, ``data_version`` and
    ``_sentence_match`` (full-text search).
    """

    conn: Any
    path: str
    read_only: bool
    driver_errors: tuple[type[BaseException], ...] = ()
    #: The database behind it: "sqlite" or "postgresql".
    dialect: str = ""

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _begin(self) -> None:
        """Start a write transaction, holding the store's write lock (one writer at a time)."""
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction: everything in it is stored, or nothing; one writer at a time."""
        with self._lock:
            self._begin()
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

    def place_known(self, article: Article, *, band_keys: BandKeys | None = None) -> Outcome | None:
        """Before annotating: "duplicate" if ``article`` is stored already, "copy" if it was just
        recorded as a syndicated copy of a stored article (``store.syndication``), None if it is new.
        ``band_keys``: the text's MinHash band keys when the caller has them (else hashed here, if needed)."""
        try:
            with self.transaction() as conn:
                return _place_known(conn, article, band_keys)
        except self.driver_errors as exc:
            raise StoreError(f"cannot look up article {article.origin or article.id}: {exc}") from exc

    def add_article(self, annotated: AnnotatedArticle, *, linker: Linker | None = None,
                    band_keys: BandKeys | None = None) -> Outcome:
        """Store one annotated article whole, in one transaction: "stored"; or, when it turns out to be
        stored already or a copy of a stored article, "duplicate" or "copy" (nothing else is written).
        ``band_keys``: the text's MinHash band keys when the caller hashed it already (the Ray ingest's
        readers do), else hashed here, before the transaction begins."""
        article = annotated.article
        keys = syndication.band_keys(article.text) if band_keys is None else band_keys
        try:
            with self.transaction() as conn:
                known = _place_known(conn, article, keys)
                if known is not None:
                    return known
                _insert_article(conn, annotated)
                syndication.index_article(conn, article.id, keys)
                if linker is not None:
                    linker(self, annotated)
        except self.driver_errors as exc:
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
        rows = self.conn.execute("SELECT id FROM articles WHERE lower(id) LIKE lower(?) LIMIT 2",
                                 (ref + "%",)).fetchall()
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
        """Sentences matching ``query``, best first; words are matched, not syntax."""
        return self.search_where(query, ArticleFilter(), limit=limit)

    def search_where(self, query: str, filter: ArticleFilter = ArticleFilter(), *, limit: int = 20,
                     offset: int = 0) -> list[SentenceHit]:
        """Sentences matching any word of ``query`` (full-text, best first) in the filtered articles."""
        words = search_words(query)
        if not words:
            return []
        where, params = filter.where()
        if params:
            source, condition, score, match = self._sentence_match(words)
            rows = self.conn.execute(
                f"""SELECT s.article_id, s.idx, s.start, s."end", s.text, a.published, a.source, a.title,
                           {score} AS score
                    FROM {source} JOIN articles a ON a.id = s.article_id
                    WHERE {condition} AND {where} ORDER BY score DESC, s.id LIMIT ? OFFSET ?""",
                (*match, *params, limit, offset),
            ).fetchall()
        else:  # no filter: rank the index alone, then join only the rows kept (the same rows, far cheaper)
            ranked, match = self._ranked_sentence_ids(words)
            rows = self.conn.execute(
                f"""SELECT s.article_id, s.idx, s.start, s."end", s.text, a.published, a.source, a.title, r.score
                    FROM ({ranked} ORDER BY score DESC, sid LIMIT ? OFFSET ?) r
                    JOIN sentences s ON s.id = r.sid JOIN articles a ON a.id = s.article_id
                    ORDER BY r.score DESC, s.id""",
                (*match, limit, offset),
            ).fetchall()
        return [SentenceHit(article_id=r[0], sentence=r[1], start=r[2], end=r[3], text=r[4],
                            published=r[5], source=r[6], title=r[7], score=float(r[8])) for r in rows]

    def _sentence_match(self, words: list[str]) -> tuple[str, str, str, list[Any]]:
        """The dialect's full-text search for sentences holding any of ``words``: a FROM clause naming the
        sentences ``s``, the condition that picks them, their score (higher is better) and the parameters
        of the two, in the order they appear."""
        raise NotImplementedError

    def _ranked_sentence_ids(self, words: list[str]) -> tuple[str, list[Any]]:
        """A SELECT of ``sid`` (the sentence's id) and ``score`` for every sentence holding any of ``words``,
        with its parameters: what ``search_where`` ranks and cuts before it joins anything. The dialect may
        give a cheaper one than this (which joins each match to its sentence)."""
        source, condition, score, match = self._sentence_match(words)
        return f"SELECT s.id AS sid, {score} AS score FROM {source} WHERE {condition}", match

    def data_version(self) -> int:
        """A number that changes whenever another connection (or process) commits to the store."""
        raise NotImplementedError

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
                                WHERE entity_id = ?{clause} ORDER BY published_day DESC LIMIT ?) newest)
                SELECT s.article_id, s.idx FROM recent r JOIN sentences s ON s.article_id = r.article_id""",
            (entity_id, *params, articles))]

    def claim_keys_between(self, start: str | None, end: str | None, *, limit: int = 200) -> list[tuple[str, str]]:
        """Claims of articles published from ``start`` to ``end`` (days, either open), newest first."""
        where, params = ["1 = 1"], []
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
            f"""SELECT e.id, e.name, e.type, e.mention_count, e.article_count FROM entities e {where}
                ORDER BY e.mention_count DESC, e.name LIMIT ?""",
            (*params, limit),
        ).fetchall()
        return self._entity_rows(rows)

    def entity_redirect(self, entity_id: int) -> Redirect | None:
        """Where an entity id that no longer names a live entity went (merge, rebuild), or None."""
        from .entity_ids import redirect_of

        return redirect_of(self.conn, entity_id)


def search_words(text: str) -> list[str]:
    """The words of a search (lower-cased, two letters or more, each once): matched, never read as syntax."""
    return list(dict.fromkeys(w for w in re.findall(r"\w+", text.lower()) if len(w) > 1))


def _place_known(conn: Any, article: Article, keys: BandKeys | None = None) -> Outcome | None:
    """Inside a transaction: "duplicate", "copy" (recorded now) or None (a new article).

    The MinHash band ``keys`` are computed here when not given, and only when the
    article is neither stored nor a known copy (a re-run over a stored corpus costs no hashing).
    """
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
        if syndication.same_as_stored(conn, article):
            return "duplicate"
        match = syndication.CopyMatch(article.id, 1.0)  # the same text from another outlet or url
    elif syndication.copy_known(conn, article):
        return "duplicate"
    else:
        keys = syndication.band_keys(article.text) if keys is None else keys
        match = syndication.find_original(conn, article.text, keys)
        if match is None:
            return None
    return "copy" if syndication.record_copy(conn, article, match) else "duplicate"


def _insert_article(conn: Any, annotated: AnnotatedArticle) -> None:
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
    insert_vectors(conn, a.id, annotated.vectors, annotated.vector_model)
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
        """INSERT INTO sentence_refs (article_id, local_id, sentence_idx, start, "end", text, kind)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(a.id, e.id, r.sentence, r.start, r.end, r.text, r.kind) for e in annotated.entities for r in e.references],
    )
    conn.executemany(
        "INSERT INTO entity_descriptions (head, article_id, local_id, published_day) VALUES (?, ?, ?, ?)",
        [(head, a.id, e.id, a.published_date) for e in annotated.entities for head in e.described_as],
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
    starts = [s.start for s in annotated.sentences]

    def sentence_of(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return annotated.sentences[i].index if i >= 0 else None

    return sentence_of
