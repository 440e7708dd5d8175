"""Core tables: articles, sentences (+FTS5), the article's own entities, mentions, times, claims.

Entities here are local to their article (``local_id`` "e1", "e2", …). The
resolve stage's tables (revision 0002) link them to the store's entities, so
that curation (merge, split, rename) never rewrites an article's reading.

Revision ID: 0001
Revises:
"""

from alembic import op

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
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for table in ("claims", "times", "mentions", "article_entities", "sentences_fts", "sentences", "articles"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
