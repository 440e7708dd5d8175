"""Claim confidence: how far a claim's reading can be trusted.

Why: the claim reader now scores every claim by checks that hold for any
article (a well-formed predicate, subject and object resolved, subject not the
object, first person bound to a speaker, …). The query stage shows as facts
only the claims at or above ``newsgraph.models.SHOWN_CONFIDENCE`` and keeps the
rest for search. Claims stored before this revision were never scored: they
keep ``1.0`` (shown), as they were.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

from newsgraph.store.ddl import for_dialect

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(for_dialect("ALTER TABLE claims ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0"))


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN confidence")
