"""Syndicated copies: the MinHash/LSH index of stored articles and the copies found with it.

Why: a wire story carried by 30 local sites is one story with 30 outlets, not
30 articles with 30 sets of the same claims. ``article_bands`` keeps each
stored article's LSH band keys (``store.syndication``: MinHash of word
shingles, cut into bands), so a new article's near-duplicates are found by an
index lookup, in the store, across restarts. ``article_copies`` keeps each copy
found: its own identity (the id its text would have), outlet, url, date and the
original it was linked to, with the Jaccard similarity that linked them.

``upgrade`` computes the band keys of the articles already stored, with the
code that reads them.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from newsgraph.store.ddl import execute_all

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STATEMENTS = [
    """
    CREATE TABLE article_bands (
        band INTEGER NOT NULL,
        key BIGINT NOT NULL,              -- 64-bit hash of the band's MinHash values
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX article_bands_article ON article_bands (article_id)",
    """
    CREATE TABLE article_copies (
        copy_key TEXT PRIMARY KEY,        -- hash of (copy's article id, outlet, url): one row per copy seen
        copy_id TEXT NOT NULL,            -- the id the copy's own text has (readers.identity)
        original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source TEXT,                      -- the copy's outlet
        url TEXT,
        published TEXT,
        origin TEXT,
        title TEXT,
        similarity REAL NOT NULL,         -- Jaccard of word shingles with the original (1.0: same text)
        ingested_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX article_copies_original ON article_copies (original_id)",
    "CREATE INDEX article_copies_copy ON article_copies (copy_id)",
]


def upgrade() -> None:
    execute_all(STATEMENTS)
    from newsgraph.store.syndication import band_keys

    bind = op.get_bind()
    rows = []
    for article_id, text in bind.execute(sa.text("SELECT id, text FROM articles")).fetchall():
        rows += [{"band": band, "key": key, "article": article_id} for band, key in band_keys(text)]
    if rows:
        bind.execute(sa.text("INSERT INTO article_bands (band, key, article_id) VALUES (:band, :key, :article)"
                             " ON CONFLICT DO NOTHING"), rows)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS article_copies")
    op.execute("DROP TABLE IF EXISTS article_bands")
