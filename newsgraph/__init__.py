"""newsgraph: dated news articles → a knowledge store of entities, times and claims, with citations.

    >>> import newsgraph                                   # doctest: +SKIP
    >>> store = newsgraph.open_store("newsgraph.db")       # doctest: +SKIP
    >>> newsgraph.ingest(["examples/"], store)             # doctest: +SKIP
    >>> newsgraph.timeline(store, "Gypsy Rose Blanchard")  # doctest: +SKIP

The query functions (``profile``, ``timeline``, ``connect``, ``ask``, ``open_loops``,
``conflicts``, ``claims``) are exported here from ``newsgraph.query``, where their
result types live; each takes the store first and returns a dataclass with ``to_dict()``.
"""

from __future__ import annotations

import logging

from .errors import (
    CurationError,
    ModelNotFoundError,
    NewsgraphError,
    NoStoreError,
    NotAStoreError,
    NotFoundError,
    ReadError,
    StoreError,
    TooLargeError,
)
from .ingest import IngestResult, ingest
from .models import AnnotatedArticle, Article, Claim, Entity, Mention, TimeExpr
from .query import ask, claims, conflicts, connect, open_loops, profile, timeline
from .readers import read_path, read_paths
from .store import SQLiteStore, open_store

#: Names whose modules load spaCy: imported on first use, so that opening a store
#: or asking a question (``newsgraph ask``) does not pay for loading the nlp stage.
_LAZY = {"Annotator": ".nlp.pipeline"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "AnnotatedArticle", "Annotator", "Article", "Claim", "CurationError", "Entity", "IngestResult", "Mention",
    "ModelNotFoundError", "NewsgraphError", "NoStoreError", "NotAStoreError", "NotFoundError", "ReadError",
    "SQLiteStore", "StoreError", "TimeExpr", "TooLargeError", "__version__", "ask", "claims", "conflicts", "connect",
    "ingest", "open_loops", "open_store", "profile", "read_path", "read_paths", "timeline",
]
