"""The server's connections to its store: read-only ones per thread for reads, one writer for curation.

Reads (every GET) go through a read-only connection of the worker thread that
serves them, so a page never holds the writer's lock, and with SQLite in WAL
mode an ingest writing in the background never blocks a reader. The writer
(curation) is one connection behind a lock; ingest jobs open their own.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..store import SQLiteStore


class Stores:
    """Opens the store once for writing (creating or upgrading it) and hands out readers per thread."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.writer = SQLiteStore(path)  # migrates; keeps the WAL files in place for read-only readers
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[SQLiteStore] = []
        self._readers_lock = threading.Lock()

    def reader(self) -> SQLiteStore:
        """This thread's read-only store (opened on first use)."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path, read_only=True)
            self._local.store = store
            with self._readers_lock:
                self._readers.append(store)
        return store

    @contextmanager
    def writing(self) -> Iterator[SQLiteStore]:
        """The writer store, one request at a time."""
        with self._write_lock:
            yield self.writer

    def close(self) -> None:
        with self._readers_lock:
            for store in self._readers:
                try:
                    store.close()
                except Exception:  # a reader in another thread; closing at shutdown is best effort
                    pass
            self._readers.clear()
        self.writer.close()
