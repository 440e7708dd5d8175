"""The store: where annotated articles, entities and claims are kept.

``open_store(path)`` opens (and creates or upgrades) the embedded SQLite store;
``open_store(path, create=False)`` opens an existing one only.
"""

from __future__ import annotations

from pathlib import Path

from .records import ArticleRow, EntityRow, Redirect, SentenceHit
from .sqlite import SQLiteStore

__all__ = ["ArticleRow", "EntityRow", "Redirect", "SQLiteStore", "SentenceHit", "open_store"]


def open_store(path: str | Path = "newsgraph.db", *, create: bool = True) -> SQLiteStore:
    """The store at ``path``; with ``create=False`` a missing file is a ``NoStoreError``."""
    return SQLiteStore(path, create=create)
