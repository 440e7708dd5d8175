"""A psycopg 3 connection that speaks the sqlite3 API the store's SQL is written for.

Why: every statement in ``newsgraph/store`` is written once, in the portable
SQL both SQLite and PostgreSQL accept (``?`` placeholders, ``ON CONFLICT``,
``RETURNING``), and run as ``conn.execute(sql, params)`` returning a cursor
whose rows read as ``row[0]``, ``row["col"]`` or by unpacking. This adapter
gives a PostgreSQL connection that same face, so the mixins never know which
store they run on:

- ``?`` placeholders become the server's own ``$1``, ``$2``, … (outside quoted
  strings and identifiers the ``?`` is a placeholder; inside, it is text), sent
  through psycopg's ``RawCursor``: psycopg's ``%s`` queries are parsed in Python
  on every call once they hold more than 50 parameters (its cache stops there),
  which took several milliseconds for a 400-key load (``claim_rows``), a good
  part of a timeline on PostgreSQL; the translation here is cached;
- ``CAST(x AS REAL)`` reads as double precision (SQLite's REAL is 8 bytes;
  PostgreSQL's is 4, which would round 0.78 to 0.7799999);
- rows are tuples that also answer by column name (case-insensitively, like
  ``sqlite3.Row``); a ``numeric`` (``sum`` of integers, ``avg``) comes back
  as an int or a float, never a ``Decimal``; a Python ``bool`` is sent as
  the integer 0 or 1 the schema stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format

_CAST_REAL = re.compile(r"\bAS\s+REAL\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """``sql`` with sqlite3's ``?`` placeholders as PostgreSQL's numbered ``$1``, ``$2``, …"""
    out: list[str] = []
    quote: str | None = None
    number = 0
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if quote:
            out.append(ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("?", ""))
            i = end
            continue
        elif ch == "?":
            number += 1
            out.append(f"${number}")
        else:
            out.append(ch)
        i += 1
    return _CAST_REAL.sub("AS DOUBLE PRECISION", "".join(out))


@lru_cache(maxsize=1024)
def _row_class(keys: tuple[str, ...]) -> type:
    index: dict[str, int] = {}
    for i, key in enumerate(keys):
        index.setdefault(key.lower(), i)

    class Row(tuple):
        """A result row: a tuple that also answers ``row["column"]`` and ``keys()`` (like ``sqlite3.Row``)."""

        __slots__ = ()

        def __getitem__(self, item):  # type: ignore[override]
            if isinstance(item, str):
                try:
                    return tuple.__getitem__(self, index[item.lower()])
                except KeyError:
                    raise IndexError(f"no such column: {item}") from None
            return tuple.__getitem__(self, item)

        def keys(self) -> list[str]:
            return list(keys)

    return Row


def _row_factory(cursor: psycopg.Cursor) -> Any:
    if cursor.description is None:
        return tuple
    return _row_class(tuple(d.name for d in cursor.description))


class _NumericLoader(Loader):
    """``numeric`` as an int when it is whole (``sum`` of integers), else a float, as SQLite gives them."""

    def load(self, data: bytes | bytearray | memoryview) -> int | float:
        text = bytes(data)
        if b"." in text or b"e" in text.lower() or b"n" in text.lower():
            return float(text)
        return int(text)


class _BoolDumper(Dumper):
    """A Python bool as the integer 0/1 the schema stores (flags are INTEGER columns on both stores)."""

    format = Format.TEXT

    def __init__(self, cls: type, context: Any = None) -> None:
        super().__init__(cls, context)
        self.oid = psycopg.postgres.types["int8"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class Cursor:
    """The part of ``sqlite3.Cursor`` the store uses: iterate, ``fetchone``, ``fetchall``, ``rowcount``."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: psycopg.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[Any]:
        if self._cursor.description is None:
            return iter(())
        return iter(self._cursor)

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description is not None else []

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self) -> Any:
        return self._cursor.description


#: More values than this in one statement: a list, planned for its values each time (``Connection.execute``).
LONG_LIST = 16


class Connection:
    """A PostgreSQL connection with ``sqlite3.Connection``'s ``execute``/``executemany`` (autocommit:
    ``BEGIN``/``COMMIT`` are statements, as with sqlite3's ``isolation_level=None``)."""

    dialect = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, cursor_factory=psycopg.RawCursor)
        self.raw.adapters.register_loader("numeric", _NumericLoader)
        self.raw.adapters.register_dumper(bool, _BoolDumper)
        if read_only:
            self.raw.execute("SET default_transaction_read_only = on")

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        params = tuple(params or ())
        # A statement with a long list of values (``lemma IN (?, ?, …)``) is never prepared: its text changes
        # with the list's length, so a prepared copy is seldom reused, and after five runs PostgreSQL would
        # plan it once for any values (a generic plan). For "this entity's claims of these verbs" that plan
        # suits a typical entity and walks a hub's every claim: 80-280 ms a call at 100,000 articles, against
        # 2-5 ms planned for its values.
        prepare = False if len(params) > LONG_LIST else None
        return Cursor(self.raw.execute(translate(sql), params, prepare=prepare))

    def executemany(self, sql: str, seq_of_params: Iterable[Sequence[Any]]) -> Cursor:
        rows = [tuple(p) for p in seq_of_params]
        cursor = self.raw.cursor()
        if rows:
            cursor.executemany(translate(sql), rows)
        return Cursor(cursor)

    def close(self) -> None:
        self.raw.close()

    @property
    def closed(self) -> bool:
        return self.raw.closed
