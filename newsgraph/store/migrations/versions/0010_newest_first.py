"""Newest-first indexes on PostgreSQL, so an entity's latest rows are read, not sorted.

Why: the query stage reads an entity's articles and claims newest first with
``ORDER BY published_day DESC NULLS LAST`` (the portable spelling: SQLite puts
NULLs last in a descending order anyway, PostgreSQL first). PostgreSQL can
serve that order only from an index built in it; scanning the plain
``(entity_id, published_day)`` indexes backwards gives NULLs first, so for a
hub entity in tens of thousands of articles the server sorted every row on
each call. On SQLite the existing indexes already serve it: nothing changes.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from newsgraph.store.ddl import is_postgres

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_INDEXES = {
    "entity_articles_newest": "entity_articles (entity_id, published_day DESC NULLS LAST)",
    "entity_claims_newest": "entity_claims (entity_id, published_day DESC NULLS LAST)",
    "entity_claims_lemma_newest": "entity_claims (entity_id, lemma, published_day DESC NULLS LAST)",
    "claims_status_newest": "claims (status, published_day DESC NULLS LAST)",
}


def upgrade() -> None:
    if is_postgres():
        for name, target in _INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    if is_postgres():
        for name in _INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
