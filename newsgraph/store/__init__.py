"""The store: where annotated articles, entities and claims are kept.

``open_store(path)`` opens (and creates or upgrades) the embedded SQLite store.
"""

from __future__ import annotations

from pathlib import Path

from .records import ArticleRow, EntityRow, SentenceHit
from .sqlite import SQLiteStore

__all__ = ["ArticleRow", "EntityRow", "SQLiteStore", "SentenceHit", "open_store"]


def open_store(path: str | Path = "newsgraph.db") -> SQLiteStore:
    return SQLiteStore(path)
