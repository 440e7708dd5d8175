"""The store: where annotated articles, entities and claims are kept.

``open_store(path)`` opens (and creates or upgrades) the embedded SQLite store.
"""

from __future__ import annotations

from pathlib import Path

from .browse import ArticleFilter, ArticleMarks, Mark
from .records import ArticleRow, EntityRow, SentenceHit
from .sqlite import SQLiteStore

__all__ = ["ArticleFilter", "ArticleMarks", "ArticleRow", "Mark", "EntityRow", "SQLiteStore", "SentenceHit", "open_store"]


def open_store(path: str | Path = "newsgraph.db", *, read_only: bool = False) -> SQLiteStore:
    return SQLiteStore(path, read_only=read_only)
