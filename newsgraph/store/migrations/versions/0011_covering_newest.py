"""Covering newest-first indexes on PostgreSQL, so a hub's newest rows are read from the index alone.

Why: SQLite's ``entity_articles`` and ``entity_claims`` are WITHOUT ROWID
tables, so every secondary index there carries the primary key (article,
local entity or claim, role): walking an entity's newest rows never touches
the table. PostgreSQL's indexes carry only a row pointer, so each row of a
walk was a read of a table page (a hub's rows sit on as many pages as it has
rows), which is what the neighbour reads and the evidence walks of
``connect`` spent their time on. Here the 0010 indexes are rebuilt with the
key columns the reads select ``INCLUDE``d; one more index serves an entity's
newest claims in one role (``ask`` reads an entity's claims as a source;
walked through the role-less index, a hub's rows in other roles were read
and thrown away); and the probes those walks make for each row (a claim's
other side, a mention's sentence, a local entity's store entity) read the
column they want from their index too. On SQLite nothing changes.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

from newsgraph.store.ddl import is_postgres

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_NEWEST = "published_day DESC NULLS LAST"
_INDEXES = {
    "entity_articles_newest": f"entity_articles (entity_id, {_NEWEST}) INCLUDE (article_id, local_id)",
    "entity_claims_newest": f"entity_claims (entity_id, {_NEWEST}) INCLUDE (article_id, claim_local, role)",
    "entity_claims_lemma_newest": f"entity_claims (entity_id, lemma, {_NEWEST}) INCLUDE (article_id, claim_local, role)",
    "entity_claims_role_newest": f"entity_claims (entity_id, role, {_NEWEST}) INCLUDE (article_id, claim_local)",
    # the probes of the walks: a claim's other side, a mention's sentence, a local entity's store entity
    "entity_claims_claim": "entity_claims (article_id, claim_local, role) INCLUDE (entity_id)",
    "mentions_article": "mentions (article_id, local_id) INCLUDE (sentence_idx)",
    "entity_links_article": "entity_links (article_id, local_id) INCLUDE (entity_id)",
}
#: The indexes this one replaces (of 0010, and 0001's ``mentions_article``), as they were (for the downgrade).
_BEFORE = {
    "mentions_article": "mentions (article_id, local_id)",
    "entity_articles_newest": f"entity_articles (entity_id, {_NEWEST})",
    "entity_claims_newest": f"entity_claims (entity_id, {_NEWEST})",
    "entity_claims_lemma_newest": f"entity_claims (entity_id, lemma, {_NEWEST})",
}


def upgrade() -> None:
    if is_postgres():
        for name, target in _INDEXES.items():
            op.execute(f"DROP INDEX IF EXISTS {name}")
            op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    if is_postgres():
        for name in _INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
        for name, target in _BEFORE.items():
            op.execute(f"CREATE INDEX {name} ON {target}")
