"""Results of the query layer kept while the store has not changed, or changed only a few seconds ago.

Profiles, timelines and paths of the entities people look at most are asked
for again and again; computing them costs tens of milliseconds each. A result
is kept with the store's data version it was computed at
(``store.data_version()``, read on one connection that never writes, so it
moves whenever any other connection or process commits) and the time.

It is served while the version is the same. Once the version has moved, it is
still served for at most ``max_stale`` seconds after it was computed, and
computed again after that: a background ingest commits every article, and
dropping every result at each commit (what this did first) meant nothing was
ever served twice while an ingest ran, so every page computed everything
again exactly when the machine was busiest. The bound is what a reader can
rely on: an answer is never more than ``max_stale`` seconds older than the
store. The server's own writes do not wait for it: a curation decision and
the end of an ingest job call ``clear()``, so what a person just did shows at
once. ``max_stale=0`` keeps the strict behaviour (dropped at every commit).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from ..store import Store, open_store
from .settings import DEFAULT_MAX_STALE
from .stores import Stores

#: Entries kept at most (least recently used dropped first).
SIZE = 2048


@dataclass(frozen=True, slots=True)
class Kept:
    version: int
    at: float  # time.monotonic() when computed
    value: Any


class ResultCache:
    def __init__(self, stores: Stores, *, size: int = SIZE, max_stale: float = DEFAULT_MAX_STALE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stores = stores
        self.size = size
        self.max_stale = max_stale
        self.clock = clock
        self._entries: OrderedDict[Hashable, Kept] = OrderedDict()
        self._lock = threading.Lock()
        self._watcher: Store | None = None
        self._generation = 0  # bumped by clear(): a result computed before it is not kept
        self._running: dict[Hashable, threading.Event] = {}  # keys being computed, set when done
        self.hits = self.misses = self.stale_hits = 0
        self.shared = 0  # misses answered by another request's computation of the same key

    def version(self) -> int:
        """The store's data version now (changes after any commit by any other connection)."""
        with self._lock:
            if self._watcher is None:
                self.stores.writer  # open: it keeps the WAL files a read-only connection needs
                self._watcher = open_store(self.stores.path, read_only=True)
            return self._watcher.data_version()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The kept result for ``key`` when it is current or at most ``max_stale`` s old, else ``compute()``.

        Requests that miss the same key at the same time compute it once: the first computes, the others
        wait for its result (fifty readers opening the same front-page entity do not compute its profile
        fifty times side by side). When that computation fails, each computes on its own.
        """
        version = self.version()
        now = self.clock()
        with self._lock:
            kept = self._entries.get(key)
            if self._usable(kept, version, now):
                self._entries.move_to_end(key)
                self.hits += 1
                self.stale_hits += kept.version != version
                return kept.value
            self.misses += 1
            running = self._running.get(key)
            if running is None:
                self._running[key] = mine = threading.Event()
            generation = self._generation
        if running is not None:
            running.wait()
            with self._lock:
                kept = self._entries.get(key)
                if self._usable(kept, version, now):
                    self.shared += 1
                    return kept.value
            return compute()
        try:
            value = compute()
            with self._lock:
                if generation == self._generation:  # not kept when the server wrote while it was computed
                    self._entries[key] = Kept(version, now, value)
                    self._entries.move_to_end(key)
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._running.pop(key, None)
            mine.set()

    def _usable(self, kept: Kept | None, version: int, now: float) -> bool:
        return kept is not None and (kept.version == version or now - kept.at <= self.max_stale)

    def clear(self) -> None:
        """Forget every result (after a write this server made: the next read shows it)."""
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def close(self) -> None:
        with self._lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
            self._entries.clear()
