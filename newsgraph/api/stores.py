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

from ..store import Store, open_store


class Stores:
    """Opens the store once for writing (creating or upgrading it) and hands out readers per thread."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._writer: Store | None = open_store(path)  # migrates; keeps the WAL files for readers
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[Store] = []
        self._readers_lock = threading.Lock()
        self._generation = 0  # bumped by close(), so a thread's old reader is not reused after a restart

    def reader(self) -> Store:
        """This thread's read-only store (opened on first use, and again after a close)."""
        store = getattr(self._local, "store", None)
        if store is None or self._local.generation != self._generation:
            self.writer  # the writer (re)opened first: it keeps the WAL files a read-only reader needs
            store = open_store(self.path, read_only=True)
            self._local.store, self._local.generation = store, self._generation
            with self._readers_lock:
                self._readers.append(store)
        return store

    @property
    def writer(self) -> Store:
        if self._writer is None:
            self._writer = open_store(self.path)
        return self._writer

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The writer store, one request at a time."""
        with self._write_lock:
            yield self.writer

    def close(self) -> None:
        """Close every connection (the app's shutdown); a later request opens them again."""
        with self._readers_lock:
            self._generation += 1
            for store in self._readers:
                try:
                    store.close()
                except Exception:  # a reader in another thread; closing at shutdown is best effort
                    pass
            self._readers.clear()
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
