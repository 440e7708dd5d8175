"""The store: where annotated articles, entities and claims are kept.

``open_store(db)`` opens (and creates or upgrades) the store ``db`` names: an
SQLite file path (the embedded store, ``store.sqlite``) or a
``postgresql://user@host/dbname`` URL (the server store, ``store.postgres``).
``open_store(db, create=False)`` opens an existing one only, and
``open_store(db, read_only=True)`` opens an existing one for reading only.
Both are a ``Store`` (``store.base``): the same methods, the same results.
"""

from __future__ import annotations

from pathlib import Path

from .base import Store
from .browse import ArticleFilter, ArticleMarks, Mark
from .postgres import PostgresStore, is_postgres_url
from .records import ArticleRow, EntityRow, Redirect, SentenceHit
from .sqlite import SQLiteStore

__all__ = [
    "ArticleFilter", "ArticleMarks", "ArticleRow", "EntityRow", "Mark", "PostgresStore", "Redirect", "SQLiteStore",
    "SentenceHit", "Store", "is_postgres_url", "open_store",
]


def open_store(db: str | Path = "newsgraph.db", *, create: bool = True, read_only: bool = False) -> Store:
    """The store ``db`` names (a file path or a ``postgresql://`` URL); with ``create=False`` (or
    ``read_only=True``) a missing store is a ``NoStoreError``."""
    if is_postgres_url(db):
        return PostgresStore(str(db), create=create, read_only=read_only)
    return SQLiteStore(db, create=create, read_only=read_only)
