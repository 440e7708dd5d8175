"""Lists of values in one statement (ids, keys), written the way each dialect plans them fast.

Why two forms: SQLite binds a list as ``IN (?, ?, …)`` or ``VALUES (?, ?), …``,
one parameter per value, and plans it in microseconds. On PostgreSQL that form
changes the statement's text with the list's length, so it is never prepared
(``pgconn.LONG_LIST``) and is planned afresh on every call: 754 parameters of a
400-key claim load took ~25-50 ms to plan at 100,000 articles, more than the
index probes that read the rows. There a list is one array parameter
(``= ANY(?)``, ``unnest(?, ?)``): the text is fixed, psycopg prepares it after a
few calls, and its plan (an index probe per value, whatever the values) is
reused. The rows are the same in both forms, and so is their order where a
statement orders by the key's position (``KeyTable.order``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

#: How many values (or keys) one statement binds at most on SQLite (an array has no such bound).
CHUNK = 400


def is_postgres(conn: Any) -> bool:
    """Whether ``conn`` is the PostgreSQL adapter (``pgconn.Connection``) rather than an sqlite3 connection."""
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def chunks(conn: Any, items: Sequence, size: int | None = None) -> Iterable[Sequence]:
    """``items`` in parts of at most ``size`` (``CHUNK``) for SQLite's parameter lists; on PostgreSQL all at once
    (one array)."""
    if is_postgres(conn):
        if items:
            yield items
        return
    size = size or CHUNK
    for start in range(0, len(items), size):
        yield items[start:start + size]


def one_of(conn: Any, column: str, values: Sequence, sql_type: str) -> tuple[str, list]:
    """A condition that ``column`` is one of ``values`` (of SQL type ``sql_type``: ``text`` or ``bigint``), and
    its parameters: ``column IN (?, …)`` on SQLite, ``column = ANY(CAST(? AS type[]))`` on PostgreSQL."""
    if is_postgres(conn):
        return f"{column} = ANY(CAST(? AS {sql_type}[]))", [list(values)]
    return f"{column} IN ({','.join('?' * len(values))})", list(values)


class KeyTable(NamedTuple):
    """A CTE of keys (``WITH {cte} SELECT …``), its parameters, and an ORDER BY that keeps the keys' order."""

    cte: str
    params: list
    order: str


def key_table(conn: Any, name: str, columns: Sequence[tuple[str, str]], keys: Sequence[Sequence], *,
              materialized: bool = True, alias: str | None = None) -> KeyTable:
    """``keys`` (tuples, one value per column of ``columns``: (name, SQL type)) as a table ``name`` to join on.

    SQLite: ``VALUES (?, ?), …`` (``materialized``: so each key is one index probe, in the keys' order).
    PostgreSQL: ``unnest`` of one array per column ``WITH ORDINALITY``, and an ORDER BY of that position, so
    the rows come in the keys' order whatever plan the prepared statement gets (``alias``: the name the
    statement gives the table in its FROM, when not ``name``).
    """
    names = ", ".join(column for column, _ in columns)
    how = " MATERIALIZED" if materialized else ""
    if is_postgres(conn):
        arrays = ", ".join(f"CAST(? AS {sql_type}[])" for _, sql_type in columns)
        return KeyTable(f"{name}({names}, n) AS{how} (SELECT * FROM unnest({arrays}) WITH ORDINALITY)",
                        [list(values) for values in zip(*keys)], f" ORDER BY {alias or name}.n")
    row = "(" + ", ".join("?" if sql_type == "text" else f"CAST(? AS {sql_type.upper()})"
                          for _, sql_type in columns) + ")"
    return KeyTable(f"{name}({names}) AS{how} (VALUES {','.join([row] * len(keys))})",
                    [value for key in keys for value in key], "")
