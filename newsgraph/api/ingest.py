"""Ingest over HTTP: uploaded files (text, HTML, JSONL, feeds, WARC) read in the background, with progress.

An upload is saved to a temporary folder and queued; one worker thread runs
``newsgraph.ingest.ingest`` on its own write connection, one job at a time, so
pages keep reading (read-only connections, WAL) while it writes. The spaCy
pipeline is loaded on the first job and kept.
"""

from __future__ import annotations

import queue
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile

from .errors import ERROR_RESPONSES, ApiError, ErrorBody

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
    refused: int = 0
    started: float | None = None
    finished: float | None = None
    result: dict[str, Any] | None = None
    error: str | None = None
    folder: Path | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "files": self.files, "total": self.total, "done": self.done,
                "stored": self.stored, "duplicates": self.duplicates, "refused": self.refused,
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


class IngestQueue:
    """Jobs in order, run by one daemon thread."""

    def __init__(self, db: str, *, model: str | None = None, annotator=None) -> None:
        self.db = db
        self.model = model
        self._annotator = annotator
        self._jobs: dict[int, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None

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
        """Stop the worker after the jobs already queued (a later submit starts a new one)."""
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)

    def _annotator_once(self):
        if self._annotator is None:
            from ..nlp.pipeline import Annotator

            self._annotator = Annotator(model=self.model)
        return self._annotator

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            self._run_job(job)

    def _run_job(self, job: Job) -> None:
        from ..ingest import ingest
        from ..store import SQLiteStore

        job.state, job.started = "running", time.time()

        def progress(event: str, item: object) -> None:
            if event == "read":
                return
            job.done += 1
            if event == "stored":
                job.stored += 1
            elif event == "duplicate":
                job.duplicates += 1
            else:
                job.refused += 1

        try:
            annotator = self._annotator_once()
            store = SQLiteStore(self.db)
            try:
                result = ingest([job.folder], store, annotator=annotator, progress=progress)
            finally:
                store.close()
            job.result = result.to_dict()
            job.state = "done"
        except Exception as exc:  # a job's failure is reported on the job, the server goes on
            job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
        finally:
            job.finished = time.time()
            if job.folder is not None:
                shutil.rmtree(job.folder, ignore_errors=True)


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


@router.get("", summary="Ingest jobs, newest first")
def jobs(request: Request) -> list[dict[str, Any]]:
    return [j.to_dict() for j in jobs_of(request).jobs()]


@router.get("/{job}", summary="One ingest job's progress")
def job(request: Request, job: int) -> dict[str, Any]:
    found = jobs_of(request).get(job)
    if found is None:
        raise ApiError(404, f"no ingest job {job}")
    return found.to_dict()
