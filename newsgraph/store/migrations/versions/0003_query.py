"""Query indexes: each store entity's articles and claims, newest first.

The query stage asks "the latest claims of entity 17" or "the articles that
mention it, by source". Through ``entity_links`` alone that means one probe per
linked article before anything can be ordered or cut, so an entity named in
50,000 articles costs 50,000 probes per question. Two narrow tables keyed by
entity and publication day answer those questions with one index range scan
that stops at the LIMIT:

- ``entity_articles``: one row per ``entity_links`` row, with the article's day and outlet;
- ``entity_claims``: one row per (claim, role) whose subject, object or source is linked.

Both are derived data: triggers on ``entity_links``, ``claims`` and ``articles``
keep them in step with every write, link, curation decision (a link updated or
deleted) and article deletion, so no code ever writes them; ``upgrade`` fills
them from what a store already holds.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from newsgraph.store.ddl import execute_all, is_postgres

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: (role, the claims column that holds the local entity id of that role)
ROLES = (("subject", "subject_local"), ("object", "object_local"), ("source", "source_local"))


def _claims_of_link(link: str) -> list[str]:
    """Rows of ``entity_claims`` for the claims one link (``new``/``old``) takes part in."""
    return [
        f"""INSERT OR REPLACE INTO entity_claims
                (entity_id, role, article_id, claim_local, local_id, published_day, lemma, status)
            SELECT {link}.entity_id, '{role}', c.article_id, c.local_id, {link}.local_id, c.published_day,
                   c.lemma, c.status
            FROM claims c WHERE c.article_id = {link}.article_id AND c.{column} = {link}.local_id;"""
        for role, column in ROLES
    ]


def _links_of_claim(claim: str) -> list[str]:
    """Rows of ``entity_claims`` for one claim (``new``) whose local entities are already linked."""
    return [
        f"""INSERT OR REPLACE INTO entity_claims
                (entity_id, role, article_id, claim_local, local_id, published_day, lemma, status)
            SELECT l.entity_id, '{role}', {claim}.article_id, {claim}.local_id, l.local_id,
                   {claim}.published_day, {claim}.lemma, {claim}.status
            FROM entity_links l WHERE l.article_id = {claim}.article_id AND l.local_id = {claim}.{column};"""
        for role, column in ROLES
    ]


_ARTICLE_OF_LINK = """INSERT OR REPLACE INTO entity_articles (entity_id, article_id, local_id, published_day, source)
    SELECT new.entity_id, a.id, new.local_id, a.published_day, a.source FROM articles a WHERE a.id = new.article_id;"""

_FORGET_LINK = """DELETE FROM entity_articles WHERE article_id = old.article_id AND local_id = old.local_id;
    DELETE FROM entity_claims WHERE article_id = old.article_id AND local_id = old.local_id;"""

TABLES = [
    """
    CREATE TABLE entity_articles (
        entity_id INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        published_day TEXT,
        source TEXT,
        PRIMARY KEY (article_id, local_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX entity_articles_recent ON entity_articles (entity_id, published_day)",
    "CREATE INDEX entity_articles_source ON entity_articles (entity_id, source)",
    """
    CREATE TABLE entity_claims (
        entity_id INTEGER NOT NULL,
        role TEXT NOT NULL,                 -- subject | object | source
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        claim_local TEXT NOT NULL,          -- claims.local_id
        local_id TEXT NOT NULL,             -- the article's local entity id in that role
        published_day TEXT,
        lemma TEXT,
        status TEXT NOT NULL,
        PRIMARY KEY (article_id, claim_local, role)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX entity_claims_recent ON entity_claims (entity_id, published_day)",
    "CREATE INDEX entity_claims_lemma ON entity_claims (entity_id, lemma, published_day)",
    "CREATE INDEX claims_status_day ON claims (status, published_day)",
]

#: SQLite's triggers, and the rows of what a store already holds.
STATEMENTS = [
    f"""
    CREATE TRIGGER entity_links_query_ai AFTER INSERT ON entity_links BEGIN
        {_ARTICLE_OF_LINK}
        {' '.join(_claims_of_link('new'))}
    END
    """,
    f"""
    CREATE TRIGGER entity_links_query_ad AFTER DELETE ON entity_links BEGIN
        {_FORGET_LINK}
    END
    """,
    f"""
    CREATE TRIGGER entity_links_query_au AFTER UPDATE ON entity_links BEGIN
        {_FORGET_LINK}
        {_ARTICLE_OF_LINK}
        {' '.join(_claims_of_link('new'))}
    END
    """,
    f"""
    CREATE TRIGGER claims_query_ai AFTER INSERT ON claims BEGIN
        {' '.join(_links_of_claim('new'))}
    END
    """,
    """
    CREATE TRIGGER claims_query_ad AFTER DELETE ON claims BEGIN
        DELETE FROM entity_claims WHERE article_id = old.article_id AND claim_local = old.local_id;
    END
    """,
    f"""
    CREATE TRIGGER claims_query_au AFTER UPDATE ON claims BEGIN
        DELETE FROM entity_claims WHERE article_id = old.article_id AND claim_local = old.local_id;
        {' '.join(_links_of_claim('new'))}
    END
    """,
    """
    CREATE TRIGGER articles_query_au AFTER UPDATE OF published_day, source ON articles BEGIN
        UPDATE entity_articles SET published_day = new.published_day, source = new.source WHERE article_id = new.id;
        UPDATE entity_claims SET published_day = new.published_day WHERE article_id = new.id;
    END
    """,
    # what the store already holds
    """
    INSERT OR REPLACE INTO entity_articles (entity_id, article_id, local_id, published_day, source)
    SELECT l.entity_id, l.article_id, l.local_id, a.published_day, a.source
    FROM entity_links l JOIN articles a ON a.id = l.article_id
    """,
    *[
        f"""
        INSERT OR REPLACE INTO entity_claims
            (entity_id, role, article_id, claim_local, local_id, published_day, lemma, status)
        SELECT l.entity_id, '{role}', c.article_id, c.local_id, l.local_id, c.published_day, c.lemma, c.status
        FROM claims c JOIN entity_links l ON l.article_id = c.article_id AND l.local_id = c.{column}
        """
        for role, column in ROLES
    ],
]

TRIGGERS = (
    "entity_links_query_ai", "entity_links_query_ad", "entity_links_query_au",
    "claims_query_ai", "claims_query_ad", "claims_query_au", "articles_query_au",
)


# -- PostgreSQL: the same triggers as row-level trigger functions (INSERT OR REPLACE is an upsert there) --

_ENTITY_ARTICLE_COLUMNS = "(entity_id, article_id, local_id, published_day, source)"
_ENTITY_CLAIM_COLUMNS = "(entity_id, role, article_id, claim_local, local_id, published_day, lemma, status)"
_REPLACE_ARTICLE = (" ON CONFLICT (article_id, local_id) DO UPDATE SET entity_id = excluded.entity_id,"
                    " published_day = excluded.published_day, source = excluded.source")
_REPLACE_CLAIM = (" ON CONFLICT (article_id, claim_local, role) DO UPDATE SET entity_id = excluded.entity_id,"
                  " local_id = excluded.local_id, published_day = excluded.published_day,"
                  " lemma = excluded.lemma, status = excluded.status")


def _pg_link(link: str) -> str:
    """``entity_articles`` and ``entity_claims`` rows of one link row (``NEW``)."""
    claims = " ".join(
        f"""INSERT INTO entity_claims {_ENTITY_CLAIM_COLUMNS}
            SELECT {link}.entity_id, '{role}', c.article_id, c.local_id, {link}.local_id, c.published_day,
                   c.lemma, c.status
            FROM claims c WHERE c.article_id = {link}.article_id AND c.{column} = {link}.local_id{_REPLACE_CLAIM};"""
        for role, column in ROLES)
    return (f"""INSERT INTO entity_articles {_ENTITY_ARTICLE_COLUMNS}
            SELECT {link}.entity_id, a.id, {link}.local_id, a.published_day, a.source FROM articles a
            WHERE a.id = {link}.article_id{_REPLACE_ARTICLE}; {claims}""")


def _pg_claim(claim: str) -> str:
    """``entity_claims`` rows of one claim row (``NEW``) whose local entities are linked."""
    return " ".join(
        f"""INSERT INTO entity_claims {_ENTITY_CLAIM_COLUMNS}
            SELECT l.entity_id, '{role}', {claim}.article_id, {claim}.local_id, l.local_id,
                   {claim}.published_day, {claim}.lemma, {claim}.status
            FROM entity_links l WHERE l.article_id = {claim}.article_id AND l.local_id = {claim}.{column}
            {_REPLACE_CLAIM};"""
        for role, column in ROLES)


_FORGET_CLAIM = "DELETE FROM entity_claims WHERE article_id = old.article_id AND claim_local = old.local_id;"


def _pg_trigger(table: str, forget: str, remember: str) -> list[str]:
    """A row trigger on ``table`` (function ``{table}_query``): ``forget`` the old row's index rows on
    delete and update, ``remember`` the new row's on insert and update (SQLite's ``_ad``/``_au``/``_ai``)."""
    return [
        f"""
        CREATE FUNCTION {table}_query() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                {forget}
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                {remember}
            END IF;
            RETURN NULL;
        END $$
        """,
        f"CREATE TRIGGER {table}_query AFTER INSERT OR UPDATE OR DELETE ON {table}"
        f" FOR EACH ROW EXECUTE FUNCTION {table}_query()",
    ]


POSTGRES_TRIGGERS = [
    *_pg_trigger("entity_links", _FORGET_LINK, _pg_link("new")),
    *_pg_trigger("claims", _FORGET_CLAIM, _pg_claim("new")),
    """
    CREATE FUNCTION articles_query() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE entity_articles SET published_day = NEW.published_day, source = NEW.source WHERE article_id = NEW.id;
        UPDATE entity_claims SET published_day = NEW.published_day WHERE article_id = NEW.id;
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER articles_query AFTER UPDATE OF published_day, source ON articles"
    " FOR EACH ROW EXECUTE FUNCTION articles_query()",
    # what the store already holds
    f"""
    INSERT INTO entity_articles {_ENTITY_ARTICLE_COLUMNS}
    SELECT l.entity_id, l.article_id, l.local_id, a.published_day, a.source
    FROM entity_links l JOIN articles a ON a.id = l.article_id{_REPLACE_ARTICLE}
    """,
    *[
        f"""
        INSERT INTO entity_claims {_ENTITY_CLAIM_COLUMNS}
        SELECT l.entity_id, '{role}', c.article_id, c.local_id, l.local_id, c.published_day, c.lemma, c.status
        FROM claims c JOIN entity_links l ON l.article_id = c.article_id AND l.local_id = c.{column}{_REPLACE_CLAIM}
        """
        for role, column in ROLES
    ],
]


def upgrade() -> None:
    execute_all(TABLES)
    execute_all(POSTGRES_TRIGGERS if is_postgres() else STATEMENTS)


def downgrade() -> None:
    if is_postgres():
        for table, trigger in (("entity_links", "entity_links_query"), ("claims", "claims_query"),
                               ("articles", "articles_query")):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {trigger}()")
    else:
        for trigger in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP INDEX IF EXISTS claims_status_day")
    for table in ("entity_claims", "entity_articles"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
