"""No SQL and no driver connection outside newsgraph/store/ (issue #14).

Every other module reaches storage through the store's methods, so a second
database slots in behind them. The check reads each module's syntax tree
(comments and docstrings that mention ``execute`` do not count) and lists
every offending line, so a failure says exactly what to move.

The rule holds for every module of newsgraph/ outside store/: the resolver and
curation, the query stage, the faces (cli, api, web), eval and the rest.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsgraph"
#: Database drivers only the store may import.
DRIVERS = {"sqlite3", "psycopg", "psycopg2", "psycopg_pool"}
#: Cursor methods only the store may call.
CURSOR_CALLS = {"execute", "executemany", "executescript"}


def offences(source: str) -> list[tuple[int, str]]:
    """(line, what) of every driver import, ``.execute(``-like call and ``.conn`` use in ``source``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"imports {a.name}") for a in node.names if a.name.split(".")[0] in DRIVERS]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in DRIVERS:
                found.append((node.lineno, f"imports from {node.module}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CURSOR_CALLS:
            found.append((node.lineno, f"calls .{node.func.attr}()"))
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append((node.lineno, "uses .conn"))
    return sorted(set(found))


def modules_outside_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if (PACKAGE / "store") not in p.parents)


def report(paths: list[Path], scan: Callable[[str, Path], list[tuple[int, str]]] | None = None) -> list[str]:
    """``path:line: what: source line`` for every offence ``scan`` (default: ``offences``) finds in ``paths``."""
    out = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for lineno, what in (scan(source, path) if scan else offences(source)):
            out.append(f"{path.relative_to(ROOT)}:{lineno}: {what}: {lines[lineno - 1].strip()}")
    return out


def test_no_module_outside_the_store_holds_sql_or_a_connection():
    checked = modules_outside_store()
    assert {p.relative_to(PACKAGE).parts[0] for p in checked} >= {"resolve", "query", "cli", "api", "web", "eval"}
    found = report(checked)
    assert not found, "SQL or a driver connection outside newsgraph/store/:\n" + "\n".join(found)


def test_the_scan_finds_every_kind_of_offence():
    source = "\n".join([
        "import sqlite3",
        "from psycopg import sql",
        "import psycopg2.extras",
        "def f(store):",
        "    store.conn.execute('SELECT 1')",
        "    cur.executemany('INSERT', [])",
        "    '''store.conn.execute( in a docstring does not count'''",
        "    # nor does conn.execute( in a comment",
        "    return store.entity(1)",
    ])
    assert offences(source) == [
        (1, "imports sqlite3"), (2, "imports from psycopg"), (3, "imports psycopg2.extras"),
        (5, "calls .execute()"), (5, "uses .conn"), (6, "calls .executemany()"),
    ]


def test_the_scan_covers_every_module_outside_store():
    paths = modules_outside_store()
    assert PACKAGE / "resolve" / "curate.py" in paths and PACKAGE / "query" / "ask.py" in paths
    assert not any((PACKAGE / "store") in p.parents for p in paths)
