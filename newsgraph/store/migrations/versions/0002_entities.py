"""Store entities (across articles), their aliases, the links from articles' local
entities to them with score and reason, and users' curation decisions.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    """
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        mention_count INTEGER NOT NULL DEFAULT 0,
        article_count INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT,
        last_seen TEXT,
        renamed INTEGER NOT NULL DEFAULT 0       -- 1 when a user chose the name
    )
    """,
    "CREATE INDEX entities_name ON entities (name COLLATE NOCASE)",
    """
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        norm TEXT NOT NULL,                       -- lower-cased, accents folded
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (entity_id, norm)
    )
    """,
    "CREATE INDEX entity_aliases_norm ON entity_aliases (norm)",
    """
    CREATE TABLE entity_links (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        score REAL NOT NULL DEFAULT 1.0,
        reason TEXT NOT NULL DEFAULT '{}',        -- JSON: why this link was made
        PRIMARY KEY (article_id, local_id)
    )
    """,
    "CREATE INDEX entity_links_entity ON entity_links (entity_id)",
    """
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,                       -- merge | split | rename | alias-add | alias-remove | not-same
        payload TEXT NOT NULL,                    -- JSON
        created_at TEXT NOT NULL,
        undone_at TEXT
    )
    """,
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for table in ("decisions", "entity_links", "entity_aliases", "entities"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
