"""Where a test's store lives: an SQLite file, or a fresh database on a real PostgreSQL server.

Tests that need a store get its ``--db`` value from ``db_for(folder, name)``
(or the ``store`` fixture, which opens one). By default that is the file
``folder/name``. With ``NEWSGRAPH_TEST_STORE=postgresql`` it is a new database
on a throwaway PostgreSQL server (``scripts/postgres.sh``: installed with
apt-get when missing, started on loopback as an unprivileged user, stopped
when the session ends), copied from a template migrated once; the same
``(folder, name)`` gives the same database again, so a test can reopen "its
file" after a restart. ``NEWSGRAPH_TEST_PG_URL`` points at a server already
running instead (any database on it; the tests create their own).

When PostgreSQL is asked for and cannot be started, the tests skip; with
``NEWSGRAPH_REQUIRE_SHARED=1`` (CI) they fail.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "postgres.sh"
TEMPLATE = "newsgraph_template"

_server: dict[str, str] = {}
_databases: dict[tuple[str, str], str] = {}
_numbers = itertools.count(1)


def on_postgres() -> bool:
    """Whether this test session runs its stores on PostgreSQL."""
    return os.environ.get("NEWSGRAPH_TEST_STORE", "sqlite").lower() in ("postgresql", "postgres")


def db_for(folder: Path | str, name: str = "test.db") -> str:
    """The ``--db`` of a test's store called ``name`` in ``folder`` (a file path, or a PostgreSQL URL)."""
    if not on_postgres():
        return str(Path(folder) / name)
    key = (str(folder), name)
    if key not in _databases:
        base = server_url()
        database = f"test_{os.getpid()}_{next(_numbers)}"
        _admin(base, f"CREATE DATABASE {database} TEMPLATE {TEMPLATE}")
        _databases[key] = _with_database(base, database)
    return _databases[key]


def server_url() -> str:
    """The URL of the session's PostgreSQL server (started on first use), its template database ready."""
    if "url" not in _server:
        url = os.environ.get("NEWSGRAPH_TEST_PG_URL") or _start()
        _server["url"] = url
        _make_template(url)
    return _server["url"]


def stop() -> None:
    """Stop the server this session started (nothing when none was, or it was given)."""
    folder = _server.pop("folder", None)
    _server.clear()
    if folder:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _start() -> str:
    folder = tempfile.mkdtemp(prefix="newsgraph-pg-")
    run = subprocess.run(["bash", str(SCRIPT), "start", str(Path(folder) / "pg")], capture_output=True, text=True)
    if run.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        message = f"PostgreSQL could not be started for the tests: {run.stderr.strip()[-400:]}"
        if os.environ.get("NEWSGRAPH_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    _server["folder"] = str(Path(folder) / "pg")
    return run.stdout.strip().splitlines()[-1]


def _make_template(url: str) -> None:
    from newsgraph.store import open_store

    _admin(url, f"DROP DATABASE IF EXISTS {TEMPLATE}")
    _admin(url, f"CREATE DATABASE {TEMPLATE}")
    open_store(_with_database(url, TEMPLATE)).close()  # migrated once; each test's database is a copy


def _admin(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(statement)


def _with_database(url: str, database: str) -> str:
    head, _, rest = url.partition("://")
    authority = rest.split("/", 1)[0]
    return f"{head}://{authority}/{database}"


def move_schema(path: Path | str, revision: str, *, down: bool = False) -> None:
    """Bring the store at ``path`` (an SQLite file, or a PostgreSQL URL) up (or ``down``) to migration
    ``revision``: a store as an older newsgraph wrote it, to test what opening it (an upgrade to the newest
    revision) does."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from newsgraph.store.ddl import MIGRATIONS

    url = str(path)
    engine = create_engine("postgresql+psycopg://" + url.split("://", 1)[1] if "://" in url else f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()
