"""Ranked blocking keys: linking reads only the top rows of a key.

Why: with ``entity_keys`` keyed by ``(key, entity_id)`` alone, a capped lookup
took the lowest ids of a block, and the linker had no way to read the most
prominent entities of a common token first. ``weight`` (a log2 bucket of the
entity's article count, kept current by ``resolve.profiles``) and the index
``(key, weight DESC, entity_id)`` let ``SELECT … WHERE key = ? ORDER BY weight
DESC, entity_id LIMIT n`` stop after ``n`` index rows, however large the block.

The keys themselves are derived data (``resolve.candidates.index_keys`` of
every alias, and ``s:`` keys of entities known only by a one-word person
name), so ``upgrade`` recomputes them with the code that reads them: stores
written before gain the new key kinds (``p:``, ``x:``, ``s:``) at once.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from newsgraph.store.ddl import for_dialect

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(for_dialect("ALTER TABLE entity_keys ADD COLUMN weight INTEGER NOT NULL DEFAULT 0"))
    op.execute("CREATE INDEX entity_keys_rank ON entity_keys (key, weight DESC, entity_id)")
    _recompute_keys()


def _recompute_keys() -> None:
    from newsgraph.resolve.candidates import bare_key, index_keys, weight

    bind = op.get_bind()
    entities = {row[0]: (row[1], row[2], row[3]) for row in bind.execute(sa.text(
        "SELECT id, type, article_count, name FROM entities")).fetchall()}
    if not entities:
        return
    rows: set[tuple[str, int, int]] = set()
    for entity_id, alias in bind.execute(sa.text("SELECT entity_id, alias FROM entity_aliases")).fetchall():
        if entity_id in entities:
            type_, count, _ = entities[entity_id]
            rows.update((k, entity_id, weight(count)) for k in index_keys(alias, type_))
    for entity_id, (type_, count, name) in entities.items():
        key = bare_key(name, type_)
        if key is not None:
            rows.add((key, entity_id, weight(count)))
    bind.execute(sa.text("DELETE FROM entity_keys"))
    bind.execute(sa.text("INSERT INTO entity_keys (key, entity_id, weight) VALUES (:key, :entity, :weight)"),
                 [{"key": k, "entity": e, "weight": w} for k, e, w in sorted(rows)])


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS entity_keys_rank")
    op.execute("DELETE FROM entity_keys WHERE key LIKE 's:%' OR key LIKE 'p:%' OR key LIKE 'x:%'")
    op.execute("ALTER TABLE entity_keys DROP COLUMN weight")
