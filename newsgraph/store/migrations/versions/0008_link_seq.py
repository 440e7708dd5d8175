"""Links numbered in the order they were made, and a name index every dialect can use.

Why: undoing a merge re-decides the links the merged entity took *after* the
merge, found by comparing with a mark kept in the decision. That mark was
SQLite's ``rowid`` of ``entity_links``, which no other database has. The
links now carry ``seq`` (the same numbers: existing rows get their rowid, new
ones the next number), so marks already kept in decisions stay valid.

``entities_name_lower`` serves finding an entity by name in any case
(``lower(name) = lower(?)``), which replaces SQLite's ``COLLATE NOCASE``.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE entity_links ADD COLUMN seq INTEGER")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE entity_links SET seq = rowid")
    op.execute("CREATE INDEX entity_links_seq ON entity_links (seq)")
    op.execute("CREATE INDEX entities_name_lower ON entities (lower(name))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS entities_name_lower")
    op.execute("DROP INDEX IF EXISTS entity_links_seq")
    op.execute("ALTER TABLE entity_links DROP COLUMN seq")
