"""Core tables: articles, sentences (+FTS5), the article's own entities, mentions, times, claims.

Entities here are local to their article (``local_id`` "e1", "e2", …). The
resolve stage's tables (revision 0002) link them to the store's entities, so
that curation (merge, split, rename) never rewrites an article's reading.

Revision ID: 0001
Revises:
"""

from alembic import op

from newsgraph.store.ddl import TS_CONFIG, execute_all, is_postgres

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,              -- hash of the normalized text
        doc_id TEXT,                      -- the source's own id, if any
        published TEXT,                   -- ISO date or datetime with offset; NULL if undated
        published_day TEXT,               -- YYYY-MM-DD, for ordering and as-of filters
        title TEXT,
        source TEXT,                      -- outlet
        url TEXT,
        authors TEXT NOT NULL DEFAULT '[]',  -- JSON list
        origin TEXT,                      -- where it was read from
        text TEXT NOT NULL,
        tokens INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX articles_published ON articles (published_day)",
    "CREATE INDEX articles_source ON articles (source)",
    """
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (article_id, idx)
    )
    """,
]

#: SQLite: an FTS5 index over sentences, kept in step by triggers.
SQLITE_FTS = [
    """
    CREATE VIRTUAL TABLE sentences_fts USING fts5 (
        text, content='sentences', content_rowid='id', tokenize='porter unicode61'
    )
    """,
    """
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
    END
    """,
    """
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END
    """,
]

#: PostgreSQL: English stems like FTS5's porter, but no stop words dropped (FTS5 drops none), in a
#: generated ``tsvector`` column with a GIN index (``PostgresStore.search`` reads it).
POSTGRES_FTS = [
    f"CREATE TEXT SEARCH DICTIONARY {TS_CONFIG}_stem (TEMPLATE = snowball, Language = english)",
    f"CREATE TEXT SEARCH CONFIGURATION {TS_CONFIG} (COPY = english)",
    f"ALTER TEXT SEARCH CONFIGURATION {TS_CONFIG} ALTER MAPPING REPLACE english_stem WITH {TS_CONFIG}_stem",
    f"ALTER TABLE sentences ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('{TS_CONFIG}', text)) STORED",
    "CREATE INDEX sentences_fts ON sentences USING GIN (fts)",
]

#: The article's own entities, mentions, times and claims.
LOCAL = [
    """
    CREATE TABLE article_entities (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',       -- JSON list of short forms
        descriptions TEXT NOT NULL DEFAULT '[]',  -- JSON list of {text, start, end, sentence}
        mention_count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, local_id)
    )
    """,
    """
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentence_idx INTEGER
    )
    """,
    "CREATE INDEX mentions_article ON mentions (article_id, local_id)",
    """
    CREATE TABLE times (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT,
        granularity TEXT
    )
    """,
    "CREATE INDEX times_article ON times (article_id)",
    """
    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        sentence_idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        subject_local TEXT,
        predicate TEXT NOT NULL,
        lemma TEXT,
        object TEXT,
        object_local TEXT,
        status TEXT NOT NULL,
        time_value TEXT,
        time_text TEXT,
        source_text TEXT,
        source_local TEXT,
        source_kind TEXT,
        quote TEXT,
        args TEXT NOT NULL DEFAULT '{}',   -- JSON
        ev_start INTEGER NOT NULL,
        ev_end INTEGER NOT NULL,
        published_day TEXT,                -- copy of the article's, for time ordering
        PRIMARY KEY (article_id, local_id)
    )
    """,
    "CREATE INDEX claims_subject ON claims (article_id, subject_local)",
    "CREATE INDEX claims_object ON claims (article_id, object_local)",
    "CREATE INDEX claims_status ON claims (status)",
    "CREATE INDEX claims_lemma ON claims (lemma)",
]


def upgrade() -> None:
    execute_all(STATEMENTS)
    execute_all(POSTGRES_FTS if is_postgres() else SQLITE_FTS)
    execute_all(LOCAL)


def downgrade() -> None:
    tables = ("claims", "times", "mentions", "article_entities", "sentences_fts", "sentences", "articles")
    for table in tables if not is_postgres() else tables[:4] + tables[5:]:
        op.execute(f"DROP TABLE IF EXISTS {table}")
    if is_postgres():
        op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {TS_CONFIG}")
        op.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {TS_CONFIG}_stem")
