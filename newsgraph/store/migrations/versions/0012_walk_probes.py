"""An entity found by its exact name with one index probe; a walked article probed for the other entities.

Why: ``entities_name`` (``name COLLATE NOCASE``) and ``entities_name_lower``
(``lower(name)``) serve a search in any case, but not ``name = ?``, which every
profile, timeline and connection starts with (``entity_briefs_named``): SQLite
scanned the whole NOCASE index for it and PostgreSQL the whole table (20,000
entities, a few milliseconds a call). ``entities_name_exact`` serves it on both.

On PostgreSQL, the co-mention walk between an entity and several others
(``co_mention_sentence_keys_each``) looks up, for each article walked, the
others named in it: ``entity_articles (article_id, entity_id) INCLUDE
(local_id)`` answers that from the index alone, where the primary key
``(article_id, local_id)`` read each of the article's entities from the table.
SQLite's ``entity_articles`` is a WITHOUT ROWID table whose rows sit in the
primary key's order: an article's entities are one short range already.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

from newsgraph.store.ddl import is_postgres

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX entities_name_exact ON entities (name)")
    if is_postgres():
        op.execute("CREATE INDEX entity_articles_article_entity ON entity_articles (article_id, entity_id)"
                   " INCLUDE (local_id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS entities_name_exact")
    if is_postgres():
        op.execute("DROP INDEX IF EXISTS entity_articles_article_entity")
