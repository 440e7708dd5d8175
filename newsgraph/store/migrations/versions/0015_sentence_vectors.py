"""Each sentence's meaning vector, computed when its article is written, so ``ask`` encodes only the question.

Why: ``query.meaning`` weighs a question's near-tie sentences by the cosine of
their sentence-encoder vectors (``nlp.encoder``). Encoded at question time,
each sentence cost a forward pass of the encoder (tens of milliseconds under
load); written with its article, a sentence costs one short read by primary
key. The vector is int8 (384 bytes) with its scale (``store.vectors``):
a cosine from it is the float vector's to about 0.002.

A table of its own, not a column of ``sentences``: a store written before this
revision (or without the encoder installed) has sentences with no row here,
and the query stage then encodes them as before; and the rows stay out of the
pages the full-text search joins on. Rows go with their article (``ON DELETE
CASCADE``). ``BLOB`` is ``BYTEA`` on PostgreSQL (``store.ddl``).

Revision ID: 0015
Revises: 0014
"""

from alembic import op

from newsgraph.store.ddl import execute_all

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLES = [
    """
    CREATE TABLE sentence_vectors (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        scale REAL NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID
    """,
]


def upgrade() -> None:
    execute_all(TABLES)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS sentence_vectors")
