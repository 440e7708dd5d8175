"""Sentences that refer to an entity without naming it (a resolved pronoun or description); what people are described as.

Why: a question about someone is answered from the sentences that name them
(``mentions``), but news writing names a person once and then says "he",
"she", "the actress": "He was with the FBI", "By her release date, she will
have served 85 percent" name nobody. The claim reader resolves those words
(``nlp.claimparts.corefer``); ``sentence_refs`` keeps, per article sentence
and local entity, the first sure reference (``nlp.claimparts.referring``):
its span, words and kind (``pronoun`` or ``description``). Written with the
article, in its transaction; a re-ingested article is known and skipped, and
rows go with their article (``ON DELETE CASCADE``).

An entity's referring sentences are read like its naming ones: its newest
articles from ``entity_articles``, then this table by the primary key's
leading ``(article_id, local_id)``: one short range per article.

``entity_descriptions`` keeps the head nouns an article describes a person by
("Ann Lee, the defendant", "the nominee": ``Entity.described_as``), so a
question that names its focus only so ("How old is the defendant?") finds
whom the articles call that: the newest rows of one head, from the index
``(head, published_day)``, never a scan.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

from newsgraph.store.ddl import execute_all, is_postgres

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLES = [
    """
    CREATE TABLE sentence_refs (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        sentence_idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (article_id, local_id, sentence_idx)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE entity_descriptions (
        head TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        published_day TEXT,
        PRIMARY KEY (head, article_id, local_id)
    )
    """,
]
#: Newest first on PostgreSQL (SQLite reads ``(head, published_day)`` backwards with its NULLs last already).
_NEWEST = {False: "entity_descriptions (head, published_day)",
           True: "entity_descriptions (head, published_day DESC NULLS LAST)"}


def upgrade() -> None:
    execute_all(TABLES)
    op.execute(f"CREATE INDEX entity_descriptions_newest ON {_NEWEST[is_postgres()]}")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS entity_descriptions")
    op.execute("DROP TABLE IF EXISTS sentence_refs")
