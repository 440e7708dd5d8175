"""An index on ``lower(entities.name)``: names looked up in any case, on every store.

Why: a question's word runs and a typed name are matched against entity names
in any case. SQLite's ``COLLATE NOCASE`` (the ``entities_name`` index of 0002)
does not exist on PostgreSQL, so the store now compares ``lower(name)`` with
``lower(?)`` (``store.reads``); without this index that comparison read every
entity for each question.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX entities_name_lower ON entities (lower(name))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS entities_name_lower")
