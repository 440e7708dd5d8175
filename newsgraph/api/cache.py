"""Results of the query layer kept until the store changes.

Profiles, timelines and paths of the entities people look at most are asked
for again and again; computing them costs tens of milliseconds each. A result
is kept under the store's data version (``store.data_version()``, read
on one connection that never writes, so it moves whenever any other
connection or process commits): an ingested article or a curation decision
changes the version, and every older entry is never served again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from ..store import Store, open_store
from .stores import Stores

#: Entries kept at most (least recently used dropped first).
SIZE = 2048


class ResultCache:
    def __init__(self, stores: Stores, *, size: int = SIZE) -> None:
        self.stores = stores
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._watcher: Store | None = None
        self._version: int | None = None
        self.hits = self.misses = 0

    def version(self) -> int:
        """The store's data version now (changes after any commit by any other connection)."""
        with self._lock:
            if self._watcher is None:
                self.stores.writer  # open: it keeps the WAL files a read-only connection needs
                self._watcher = open_store(self.stores.path, read_only=True)
            version = self._watcher.data_version()
            if version != self._version:
                self._entries.clear()
                self._version = version
            return version

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The kept result for ``key`` at the current version, or ``compute()`` kept for next time."""
        version = self.version()
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                self.hits += 1
                return self._entries[key]
            self.misses += 1
        value = compute()
        with self._lock:
            if self._version == version:  # not kept when the store changed while computing
                self._entries[key] = value
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value

    def close(self) -> None:
        with self._lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
            self._entries.clear()
            self._version = None
