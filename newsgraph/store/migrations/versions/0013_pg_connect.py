"""An entity's claims in the order the evidence walks read them, so a walk between two hubs stops early.

Why: the walk for the claims linking two entities (``claim_keys_linking_each``
with one other entity: the direct evidence of ``connect``, a path step) reads
the walked entity's claims ``ORDER BY published_day DESC NULLS LAST,
article_id, claim_local`` and stops at a LIMIT. 0011's
``entity_claims_newest`` keyed on ``(entity_id, published_day)`` only, with the
ids merely ``INCLUDE``d, so PostgreSQL could not read that order from it: it
walked every claim in the range (up to 5,000 of a hub's, each probed for its
other side) and sorted them to keep 20. Keyed on the ids too, the index gives
the walk's exact order, and PostgreSQL stops after the claims that hold the
first 20 (at 100,000 articles, between two hubs: 4,772 claims walked, 112 ms,
before; about 1,100 after). Every read that used the old index reads this one
the same way (its leading columns are the same). SQLite's plan already stops
early (its indexes carry the primary key, and it sorts ties as it walks):
nothing changes there.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

from newsgraph.store.ddl import is_postgres

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_NEWEST = "published_day DESC NULLS LAST"
_AFTER = f"entity_claims (entity_id, {_NEWEST}, article_id, claim_local) INCLUDE (role)"
_BEFORE = f"entity_claims (entity_id, {_NEWEST}) INCLUDE (article_id, claim_local, role)"


def upgrade() -> None:
    if is_postgres():
        op.execute("DROP INDEX IF EXISTS entity_claims_newest")
        op.execute(f"CREATE INDEX entity_claims_newest ON {_AFTER}")


def downgrade() -> None:
    if is_postgres():
        op.execute("DROP INDEX IF EXISTS entity_claims_newest")
        op.execute(f"CREATE INDEX entity_claims_newest ON {_BEFORE}")
