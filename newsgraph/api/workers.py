"""Answers computed in worker processes, so the reads use every core of the machine.

One Python process runs Python on one core at a time (the interpreter lock),
and a profile, a timeline, a path search or a graph is mostly Python work
between SQLite reads: in one process, fifty people reading entity pages queue
behind each other on one core while the others idle. So the server hands
those computations to ``workers`` processes (each with its own read-only
connection to the store; started with the server, so the first readers do
not wait for them, and ended with it) and keeps in its own process what is
cheap or has to be in one place: routing, the result cache, the ingest queue,
curation and the short list reads. A worker returns the answer's JSON body,
so nothing but bytes crosses back.

``workers=0`` computes in the calling thread instead (the tests; a one-core
machine). A worker that dies (killed, out of memory) breaks only the requests
it was computing: the pool is started again for the next ones.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from fastapi.responses import JSONResponse

from ..store import SQLiteStore
from .stores import Stores

#: A computation: (the store, keyword arguments) -> the query layer's plain-JSON result.
Compute = Callable[..., Any]

_store: SQLiteStore | None = None  # a worker process's own read-only store


def encode(data: Any) -> bytes:
    """JSON as the API sends it (``JSONResponse``'s encoding, without FastAPI's slow generic encoder)."""
    return JSONResponse(data).body


def _open(db: str, parent: int) -> None:
    """A worker's start: its read-only store, and an exit when the server is gone."""
    from .ingest import _exit_with

    global _store
    _exit_with(parent)
    _store = SQLiteStore(db, read_only=True)


def _ready() -> int:
    return os.getpid()


def _call(compute: Compute, kwargs: dict[str, Any]) -> bytes:
    assert _store is not None, "a worker computes only after _open"
    return encode(compute(_store, **kwargs))


class Workers:
    """Runs a computation on a read-only store: in a worker process, or in this thread when there are none."""

    def __init__(self, stores: Stores, count: int) -> None:
        self.stores = stores
        self.count = count
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start every worker now (the server's start-up), so the first readers do not wait for them."""
        if self.count > 0:
            pool = self._started()
            for future in [pool.submit(_ready) for _ in range(self.count)]:
                future.result()

    def run(self, compute: Compute, **kwargs: Any) -> bytes:
        """``compute(store, **kwargs)`` as a JSON body; ``compute`` must be a module-level function (it is
        sent to the worker by name) and its arguments plain values. Errors are raised here as they were there."""
        if self.count <= 0:
            return encode(compute(self.stores.reader(), **kwargs))
        pool = self._started()
        try:
            return pool.submit(_call, compute, kwargs).result()
        except BrokenProcessPool:
            self._drop(pool)
            return encode(compute(self.stores.reader(), **kwargs))

    def _started(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                import multiprocessing

                self.stores.writer  # open: it keeps the WAL files the workers' read-only connections need
                self._pool = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_open, initargs=(self.stores.path, os.getpid()))
            return self._pool

    def _drop(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
