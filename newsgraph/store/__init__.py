"""The store: where annotated articles, entities and claims are kept.

``open_store(path)`` opens (and creates or upgrades) the embedded SQLite store;
``open_store(path, create=False)`` opens an existing one only, and
``open_store(path, read_only=True)`` opens an existing one for reading only.
"""

from __future__ import annotations

from pathlib import Path

from .browse import ArticleFilter, ArticleMarks, Mark
from .records import ArticleRow, EntityRow, Redirect, SentenceHit
from .sqlite import SQLiteStore

#: The store every stage talks to (its methods are the whole storage interface).
Store = SQLiteStore

__all__ = [
    "ArticleFilter", "ArticleMarks", "ArticleRow", "EntityRow", "Mark", "Redirect", "SQLiteStore",
    "SentenceHit", "Store", "open_store",
]


def open_store(path: str | Path = "newsgraph.db", *, create: bool = True, read_only: bool = False) -> SQLiteStore:
    """The store at ``path``; with ``create=False`` (or ``read_only=True``) a missing file is a ``NoStoreError``."""
    return SQLiteStore(path, create=create, read_only=read_only)
