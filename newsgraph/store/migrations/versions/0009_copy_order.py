"""Syndicated copies keep the order they were recorded in, on every store.

Why: ``outlets_of`` lists an original's copies in the order they were seen,
which SQLite read from its hidden ``rowid``; PostgreSQL has none (and the
portable SQL uses none). ``article_copies.seq`` numbers copies as they are
recorded (one writer at a time, so the next number is the largest plus one);
``upgrade`` numbers the copies a store already holds in their old order.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

from newsgraph.store.ddl import for_dialect, is_postgres

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(for_dialect("ALTER TABLE article_copies ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"))
    if not is_postgres():  # PostgreSQL stores are new: they hold no copies from before
        op.execute("UPDATE article_copies SET seq = rowid")
    op.execute("CREATE INDEX article_copies_seq ON article_copies (seq)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS article_copies_seq")
    op.execute("ALTER TABLE article_copies DROP COLUMN seq")
