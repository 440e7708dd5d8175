"""Ingest over HTTP: uploaded files (text, HTML, JSONL, feeds, WARC) read in the background, with progress.

An upload is saved to a temporary folder and queued; one thread hands the jobs,
one at a time, to an ingest process (started on the first job, the spaCy
pipeline loaded once there) that runs ``newsgraph.ingest.ingest`` on its own
write connection and reports each article back. Pages keep reading meanwhile
(read-only connections, WAL), and the annotating never competes with them for
the server's interpreter lock.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile

from ..ingest import count_event
from .errors import ERROR_RESPONSES, ApiError, ErrorBody
from .reads import Limit, Offset
from .schemas import Page, page

router = APIRouter(prefix="/api/ingest", tags=["ingest"], responses={
    **ERROR_RESPONSES, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}})

#: Jobs kept for listing (the oldest finished ones are forgotten).
KEEP_JOBS = 50


@dataclass(slots=True)
class Job:
    id: int
    files: list[str]
    total: int | None
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    stored: int = 0
    duplicates: int = 0
    copies: int = 0  # syndicated copies of stored articles, kept as extra outlets
    refused: int = 0
    started: float | None = None
    finished: float | None = None
    result: dict[str, Any] | None = None
    error: str | None = None
    folder: Path | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "files": self.files, "total": self.total, "done": self.done,
                "stored": self.stored, "duplicates": self.duplicates, "copies": self.copies,
                "refused": self.refused,
                "seconds": round((self.finished or time.time()) - self.started, 1) if self.started else None,
                "result": self.result, "error": self.error}


def _safe_name(name: str, i: int) -> str:
    base = re.sub(r"[^\w.-]", "_", Path(name or "upload").name)[:80].lstrip(".") or "upload"
    return f"{i:03d}-{base}"


def _estimate(path: Path) -> int:
    """Articles in a file, roughly: lines of a JSONL file, one for anything else."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    return 1


def _worker(db: str, model: str | None, jobs, events) -> None:
    """The ingest process: loads the pipeline once, then runs each job sent to it, reporting every article.

    A process of its own, so annotating (CPU-bound, holding the interpreter
    lock) never slows the server's threads that answer pages.
    """
    from ..ingest import ingest
    from ..nlp.pipeline import Annotator
    from ..store import open_store

    _exit_with(os.getppid())

    def progress(event: str, item: object) -> None:
        if event != "read":
            events.put((event, None))

    annotator = None
    while (folder := jobs.get()) is not None:
        try:
            annotator = annotator or Annotator(model=model, vectors=True)
            store = open_store(db)
            try:
                result = ingest([folder], store, annotator=annotator, progress=progress)
            finally:
                store.close()
            events.put(("end", result.to_dict()))
        except Exception as exc:  # reported on the job; the process goes on to the next one
            events.put(("failed", f"{type(exc).__name__}: {exc}"))


def _exit_with(parent: int) -> None:
    """End this process when the server that started it is gone (even when it was killed outright)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class IngestQueue:
    """Jobs in order: one thread hands them to one ingest process and follows its progress."""

    def __init__(self, db: str, *, model: str | None = None,
                 on_end: Callable[[Job], None] | None = None) -> None:
        self.db = db
        self.model = model
        self.on_end = on_end  # called when a job is over (done or failed), e.g. to drop kept results
        self._jobs: dict[int, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._process = None
        self._to_process = self._from_process = None

    def submit(self, uploads: list[tuple[str, bytes]]) -> Job:
        folder = Path(tempfile.mkdtemp(prefix="newsgraph-upload-"))
        names = []
        for i, (name, data) in enumerate(uploads):
            path = folder / _safe_name(name, i)
            path.write_bytes(data)
            names.append(Path(name or "upload").name)
        total = sum(_estimate(p) for p in folder.iterdir())
        with self._lock:
            job = Job(id=max(self._jobs, default=0) + 1, files=names, total=total, folder=folder)
            self._jobs[job.id] = job
            for old in sorted(self._jobs)[:-KEEP_JOBS]:
                if self._jobs[old].state in ("done", "failed"):
                    del self._jobs[old]
        self._queue.put(job)
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="newsgraph-ingest", daemon=True)
                self._thread.start()
        return job

    def get(self, job_id: int) -> Job | None:
        return self._jobs.get(job_id)

    def jobs(self) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: -j.id)

    def close(self) -> None:
        """Stop now: an article being written is rolled back whole, a running job is marked failed."""
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
        self._stop_process()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _start_process(self) -> None:
        import multiprocessing

        if self._process is not None and self._process.is_alive():
            return
        context = multiprocessing.get_context("spawn")
        self._to_process, self._from_process = context.Queue(), context.Queue()
        self._process = context.Process(target=_worker, args=(self.db, self.model, self._to_process,
                                                              self._from_process), name="newsgraph-ingest",
                                        daemon=True)
        self._process.start()

    def _stop_process(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.is_alive():
            self._to_process.put(None)
            process.join(timeout=2)
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            self._run_job(job)

    def _run_job(self, job: Job) -> None:
        job.state, job.started = "running", time.time()
        try:
            self._start_process()
            process, events = self._process, self._from_process
            self._to_process.put(str(job.folder))
            while True:
                try:
                    event, value = events.get(timeout=1)
                except queue.Empty:
                    if not process.is_alive():
                        raise RuntimeError("the ingest process stopped (the server is shutting down?)") from None
                    continue
                if event == "end":
                    job.result, job.state = value, "done"
                    return
                if event == "failed":
                    job.error, job.state = value, "failed"
                    return
                job.done += 1
                count_event(job, event)
        except Exception as exc:  # a job's failure is reported on the job, the server goes on
            job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
        finally:
            job.finished = time.time()
            if job.folder is not None:
                shutil.rmtree(job.folder, ignore_errors=True)
            if self.on_end is not None:
                self.on_end(job)


def jobs_of(request: Request) -> IngestQueue:
    return request.app.state.ingest


@router.post("", status_code=202, summary="Upload files to ingest (multipart, field `files`); returns the job")
async def upload(request: Request, files: Annotated[list[UploadFile], File(description="Article files.")]
                 ) -> dict[str, Any]:
    uploads = []
    for f in files:
        uploads.append((f.filename or "upload", await f.read()))
    if not uploads or not any(data for _, data in uploads):
        raise ApiError(400, "no file content uploaded")
    return jobs_of(request).submit(uploads).to_dict()


@router.get("", response_model=Page, summary="Ingest jobs, newest first")
def jobs(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page:
    found = jobs_of(request).jobs()
    return page(found[offset:offset + limit], limit=limit, offset=offset, total=len(found))


@router.get("/{job}", summary="One ingest job's progress")
def job(request: Request, job: int) -> dict[str, Any]:
    found = jobs_of(request).get(job)
    if found is None:
        raise ApiError(404, f"no ingest job {job}")
    return found.to_dict()
