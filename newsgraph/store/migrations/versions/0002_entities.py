"""Store entities (across articles), their aliases, the links from articles' local
entities to them with score and reason, and users' curation decisions.

Besides the tables every reader uses (``entities``, ``entity_aliases``,
``entity_links``, ``decisions``), the resolve stage keeps small profiles so
that linking one article costs the same however large the store grows:

- ``entity_keys``: the blocking index. Each alias gives keys (``n:`` the whole
  normalized name, ``t:`` one token, ``a:`` an acronym / initials); a new local
  entity looks up only the keys of its own names.
- ``entity_descriptors``: words of what articles said the entity is ("teacher").
- ``entity_cooc``: how often two store entities were linked from one article
  (the company an entity keeps), looked up by pair, never scanned.
- ``entity_alias_blocks``: aliases a user removed; linking never adds them back.
- ``entity_not_same``: pairs a user (or a split) said are different.
- ``entity_redirects``: ids merged away, so an old id still finds its entity.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from newsgraph.store.ddl import execute_all

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    """
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,     -- never reused, so an undone merge gets its id back
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
        norm TEXT NOT NULL,                       -- lower-cased, accents folded (resolve.names.norm)
        count INTEGER NOT NULL DEFAULT 1,         -- articles that used it as a name or short form
        name_count INTEGER NOT NULL DEFAULT 0,    -- articles that used it as the entity's name
        source TEXT NOT NULL DEFAULT 'auto',      -- auto | user
        PRIMARY KEY (entity_id, norm)
    )
    """,
    "CREATE INDEX entity_aliases_norm ON entity_aliases (norm)",
    """
    CREATE TABLE entity_alias_blocks (
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        norm TEXT NOT NULL,
        alias TEXT NOT NULL,
        PRIMARY KEY (entity_id, norm)
    )
    """,
    """
    CREATE TABLE entity_keys (
        key TEXT NOT NULL,                        -- n:<name> | t:<token> | a:<acronym>
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        PRIMARY KEY (key, entity_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX entity_keys_entity ON entity_keys (entity_id)",
    """
    CREATE TABLE entity_descriptors (
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (entity_id, word)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE entity_cooc (
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        other_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (entity_id, other_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX entity_cooc_other ON entity_cooc (other_id)",
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
    CREATE TABLE entity_not_same (
        a INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,   -- a < b
        b INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        decision_id INTEGER,
        PRIMARY KEY (a, b)
    )
    """,
    """
    CREATE TABLE entity_redirects (
        old_id INTEGER PRIMARY KEY,
        new_id INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,                       -- merge | split | rename | alias-add | alias-remove | not-same
        payload TEXT NOT NULL,                    -- JSON; entities named by anchors (article_id, local_id)
        created_at TEXT NOT NULL,
        undone_at TEXT
    )
    """,
]

TABLES = (
    "decisions", "entity_redirects", "entity_not_same", "entity_links", "entity_cooc",
    "entity_descriptors", "entity_keys", "entity_alias_blocks", "entity_aliases", "entities",
)


def upgrade() -> None:
    execute_all(STATEMENTS)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
