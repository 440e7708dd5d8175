"""Entity redirects say why: an id given out never stops meaning something.

Why: ``entity_redirects`` (0002) kept only ``old_id → new_id`` for merges, and
a rebuild emptied it and numbered every entity afresh, so yesterday's ids
pointed nowhere. Ids are now kept through rebuilds (``store.entity_ids``), and
an id that does go away (a merge, or a rebuild that folds two entities into one)
is redirected with the reason and the decision that caused it, so ``newsgraph
profile OLD_ID`` finds the entity and can say where it went.

``entities.typed`` marks a type a user chose (``newsgraph entity type``): like
``renamed`` for names, it keeps linking from re-deriving the type from votes.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from newsgraph.store.ddl import for_dialect

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(for_dialect("ALTER TABLE entity_redirects ADD COLUMN reason TEXT NOT NULL DEFAULT 'merge'"))
    op.execute(for_dialect("ALTER TABLE entity_redirects ADD COLUMN decision_id INTEGER"))
    op.execute(for_dialect("ALTER TABLE entity_redirects ADD COLUMN created_at TEXT"))
    op.execute("CREATE INDEX entity_redirects_new ON entity_redirects (new_id)")
    op.execute(for_dialect("ALTER TABLE entities ADD COLUMN typed INTEGER NOT NULL DEFAULT 0"))


def downgrade() -> None:
    op.execute("ALTER TABLE entities DROP COLUMN typed")
    op.execute("DROP INDEX IF EXISTS entity_redirects_new")
    op.execute("ALTER TABLE entity_redirects DROP COLUMN created_at")
    op.execute("ALTER TABLE entity_redirects DROP COLUMN decision_id")
    op.execute("ALTER TABLE entity_redirects DROP COLUMN reason")
