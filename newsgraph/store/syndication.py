"""Syndicated copies: near-duplicate articles found with MinHash/LSH, kept as outlets of their original.

A wire story carried by 30 local sites is one story with 30 outlets. Storing
it 30 times would count its claims 30 times over, make ``conflicts`` see 30
agreeing reports and cost 30 parses. So an article whose text is a
near-duplicate of a stored article is not stored: it is recorded in
``article_copies`` as a copy of that *original*, and the original's outlets
grow by one.

What "near-duplicate" means here (precision first):

* texts are compared as sets of word **3-shingles** (three consecutive
  lower-cased ``\\w+`` words): a light edit (a dateline, a changed headline
  line, a credit or a local sentence) breaks a few shingles, a rewording of
  the same event breaks nearly all of them;
* the **Jaccard similarity** of the two shingle sets must be at least
  ``THRESHOLD`` (0.8), computed exactly on the two texts; MinHash only finds the
  candidates;
* texts with fewer than ``MIN_SHINGLES`` shingles (a one-line brief) are never
  matched: on a handful of words Jaccard says little;
* the same text (same article id) from another outlet or url is a copy with
  similarity 1.0; from the same outlet and url it is the article itself.

The LSH index lives in the store (``article_bands``) so it survives restarts:
each stored article's MinHash signature (datasketch, ``NUM_PERM`` permutations,
fixed seed) is cut into ``b`` bands of ``r`` rows, ``b`` and ``r`` chosen by
datasketch's own optimizer for a *candidate* threshold of ``LSH_THRESHOLD``
(lower than ``THRESHOLD``, so that a pair at 0.8 is a candidate ~98% of the
time); each band is hashed to one 64-bit key. Candidates are the stored
articles sharing any band key; the exact Jaccard decides.

Copies are matched against stored articles only (originals), never against
other copies, so a chain of small edits cannot drift away from the original.
Which article is the original is whichever was stored first: with one writer
writing in a fixed order (see ``newsgraph.scale.ray_ingest``), the same input
gives the same originals.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from ..models import Article
from .lists import chunks, one_of

#: Jaccard similarity of word 3-shingles at or above which a text is a copy.
THRESHOLD = 0.8
#: The LSH candidate threshold (bands and rows are chosen for it).
LSH_THRESHOLD = 0.6
NUM_PERM = 128
SHINGLE = 3
MIN_SHINGLES = 20
_SEED = 1
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class CopyMatch:
    """The stored article a text is a copy of, and how alike they are."""

    original_id: str
    similarity: float


def shingles(text: str) -> set[str]:
    """The text's word 3-shingles, lower-cased."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@cache
def _bands() -> tuple[int, int]:
    """(bands, rows) from datasketch's optimizer for ``LSH_THRESHOLD`` and ``NUM_PERM``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


#: (band, key) pairs of a text's MinHash signature: what ``article_bands`` holds and candidates are found by.
BandKeys = list[tuple[int, int]]


def band_keys(text: str, grams: set[str] | None = None) -> BandKeys:
    """(band, key) pairs of the text's MinHash signature; none for a text too short to match."""
    from datasketch import MinHash

    grams = shingles(text) if grams is None else grams
    if len(grams) < MIN_SHINGLES:
        return []
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
    bands, rows = _bands()
    values = minhash.hashvalues
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "big", signed=True)))
    return keys


def outlet_of(source: str | None, url: str | None) -> str | None:
    """An article's outlet: its source, else its url's host."""
    if source:
        return source
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


# -- the store's side (called inside the writer's transaction) -----------------

def find_original(conn: Any, text: str, keys: BandKeys, grams: set[str] | None = None) -> CopyMatch | None:
    """The stored article ``text`` is a near-duplicate of (the most alike; ties by id), or None
    (``grams``, the text's shingles, are made here when not given and only if there is a candidate)."""
    if not keys:
        return None
    values = ",".join("(?, ?)" for _ in keys)
    candidates = [r[0] for r in conn.execute(
        f"WITH k(band, key) AS (VALUES {values}) "
        "SELECT DISTINCT b.article_id FROM k JOIN article_bands b ON b.band = k.band AND b.key = k.key",
        [v for pair in keys for v in pair],
    ).fetchall()]
    if not candidates:
        return None
    grams = shingles(text) if grams is None else grams
    best: CopyMatch | None = None
    for article_id in sorted(candidates):
        row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        similarity = jaccard(grams, shingles(row[0])) if row else 0.0
        if similarity >= THRESHOLD and (best is None or similarity > best.similarity):
            best = CopyMatch(article_id, round(similarity, 4))
    return best


def index_article(conn: Any, article_id: str, keys: BandKeys) -> None:
    conn.executemany("INSERT INTO article_bands (band, key, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                     [(band, key, article_id) for band, key in keys])


def same_as_stored(conn: Any, article: Article) -> bool:
    """Whether the stored article with this id is this very one (same outlet and url), not a copy of it."""
    row = conn.execute("SELECT source, url FROM articles WHERE id = ?", (article.id,)).fetchone()
    return row is not None and (row[0] or None, row[1] or None) == (article.source or None, article.url or None)


def copy_key(article: Article) -> str:
    """One copy seen: its text's id, its outlet and its url."""
    return hashlib.sha256("\0".join((article.id, article.source or "", article.url or "")).encode()).hexdigest()[:32]


def copy_known(conn: Any, article: Article) -> bool:
    """Whether this very copy (same text, outlet and url) was recorded already."""
    return conn.execute("SELECT 1 FROM article_copies WHERE copy_key = ?", (copy_key(article),)).fetchone() is not None


def record_copy(conn: Any, article: Article, match: CopyMatch) -> bool:
    """Keep ``article`` as a copy of ``match.original_id``; False if this copy was already kept."""
    key = copy_key(article)
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM article_copies").fetchone()[0]  # one writer at a time
    cursor = conn.execute(
        """INSERT INTO article_copies (copy_key, copy_id, original_id, source, url, published, origin,
                                      title, similarity, ingested_at, seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (copy_key) DO NOTHING""",
        (key, article.id, match.original_id, article.source, article.url, article.published, article.origin,
         article.title, match.similarity, datetime.now(UTC).isoformat(timespec="seconds"), seq),
    )
    return cursor.rowcount > 0


def outlets_of(conn: Any, article_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each article's outlets: its own first, then its copies' in the order they were recorded (distinct)."""
    ids = list(dict.fromkeys(article_ids))
    found: dict[str, list[str | None]] = {}
    for part in chunks(conn, ids):
        condition, params = one_of(conn, "id", part, "text")
        for article_id, source, url in conn.execute(
                f"SELECT id, source, url FROM articles WHERE {condition}", params).fetchall():
            found.setdefault(article_id, []).insert(0, outlet_of(source, url))
        condition, params = one_of(conn, "original_id", part, "text")
        for article_id, source, url in conn.execute(
                f"SELECT original_id, source, url FROM article_copies WHERE {condition} ORDER BY seq",
                params).fetchall():
            found.setdefault(article_id, []).append(outlet_of(source, url))
    return {a: tuple(dict.fromkeys(o for o in outlets if o)) for a, outlets in found.items()}
