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

NumPy is imported inside the functions: a store that never touches vectors
(every read but this one) loads no NumPy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .lists import chunks, key_table

#: The largest int8 magnitude a component is scaled to.
_STEPS = 127


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


def insert_vectors(conn: Any, article_id: str, vectors) -> None:
    """Inside the article's transaction: its sentences' vectors (row i: sentence index i), if it has them."""
    if vectors is None or not len(vectors):
        return
    conn.executemany("INSERT INTO sentence_vectors (article_id, idx, scale, vector) VALUES (?, ?, ?, ?)",
                     [(article_id, i, scale, data) for i, (scale, data) in enumerate(quantise(vectors))])


class VectorReads:
    """The store's reads and late writes of sentence vectors (mixed into ``Store``)."""

    conn: Any

    def sentences_without_vectors(self, after: tuple[str, int] | None, limit: int) -> list[tuple[str, int, str]]:
        """(article id, sentence index, text) of the next ``limit`` sentences after the key ``after`` (in key
        order; None: from the first) that have no stored vector: what a backfill encodes next. Walked by key
        (never an offset), so each batch starts where the last ended."""
        where, params = ("", []) if after is None else (
            "AND (s.article_id > ? OR (s.article_id = ? AND s.idx > ?))", [after[0], after[0], after[1]])
        return [tuple(r) for r in self.conn.execute(
            f"""SELECT s.article_id, s.idx, s.text FROM sentences s
                LEFT JOIN sentence_vectors v ON v.article_id = s.article_id AND v.idx = s.idx
                WHERE v.article_id IS NULL {where}
                ORDER BY s.article_id, s.idx LIMIT ?""", [*params, limit])]

    def add_sentence_vectors(self, keys: Sequence[tuple[str, int]], vectors) -> None:
        """Store the vectors (row i: ``keys[i]``) of sentences written without one, in one transaction; a
        sentence that got one meanwhile keeps it."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            conn.executemany(
                "INSERT INTO sentence_vectors (article_id, idx, scale, vector) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [(key[0], key[1], scale, data) for key, (scale, data) in zip(keys, quantise(vectors))])

    def sentence_vectors(self, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Any]:
        """The stored vectors (float32, unit length) of the sentences with these (article id, sentence index)
        keys; a sentence with no stored vector is left out."""
        wanted: Sequence = list(dict.fromkeys(keys))
        out: dict[tuple[str, int], Any] = {}
        for part in chunks(self.conn, wanted):
            table = key_table(self.conn, "k", (("article_id", "text"), ("idx", "integer")), part, materialized=False)
            for article_id, idx, scale, data in self.conn.execute(
                    f"""WITH {table.cte}
                        SELECT v.article_id, v.idx, v.scale, v.vector
                        FROM k JOIN sentence_vectors v ON v.article_id = k.article_id AND v.idx = k.idx""",
                    table.params):
                out[(article_id, idx)] = dequantise(scale, data)
        return out
