"""The main job: read sources, annotate, resolve, store — one article at a time.

``ingest(paths, store)`` drives the pipeline and reports progress through a
callback, so the CLI can draw a progress bar and a library user can log. Every
refused input becomes a ``ReadError`` in the result (the run goes on); every
article is written whole, in one transaction with its entity links, or not at
all; an article already stored is counted as a duplicate and left alone, and a
syndicated copy of a stored article (``store.syndication``) is recorded as one
more outlet of it, before it costs a parse when its original is stored already.

So a run stopped half way (Ctrl-C) loses at most the article being written,
and running the same command again goes on where it stopped: ``ingest`` then
raises ``IngestInterrupted`` (a ``KeyboardInterrupt`` carrying the partial
result) so a caller can say how far it got. Folder entries passed over (hidden
files, a folder's own documentation) are listed in ``IngestResult.skipped``.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ReadError
from .models import Article
from .readers import DEFAULT_MAX_BYTES, ReadOptions, read_paths
from .resolve import link_article
from .store import Store

if TYPE_CHECKING:
    from .nlp.pipeline import Annotator

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestResult:
    """What a run did: counts, and each refused input's one-line reason."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    copies: int = 0  # syndicated copies linked to a stored original
    undated: int = 0
    errors: list[ReadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: (path, reason) of each folder entry passed over: hidden, or the folder's own documentation.
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def refused(self) -> int:
        return len(self.errors)

    def to_dict(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "duplicates": self.duplicates, "copies": self.copies,
            "undated": self.undated, "refused": self.refused, "skipped": len(self.skipped),
            "errors": [str(e) for e in self.errors], "warnings": list(self.warnings),
            "skipped_files": [{"path": p, "reason": r} for p, r in self.skipped],
        }


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during ``ingest``: what was stored before it stays stored; ``result`` says how much."""

    def __init__(self, result: IngestResult) -> None:
        self.result = result
        super().__init__(f"interrupted after {result.stored} articles")


#: progress(event, article_or_error): event is "read", "stored", "duplicate", "copy" or "refused".
Progress = Callable[[str, object], None]


#: The counter each progress event adds to: ``IngestResult`` and the web app's ingest job count alike.
COUNTERS = {"stored": "stored", "duplicate": "duplicates", "copy": "copies", "refused": "refused"}


def count_event(counts: object, event: str) -> None:
    """Add one to the counter of ``counts`` that ``event`` ("stored", "duplicate", "copy", "refused") counts in.

    One function for the command line's result and the web app's job, so the two never count an outcome
    differently. ``IngestResult.refused`` is the number of its errors, so the command line counts refusals
    by keeping the error instead.
    """
    name = COUNTERS[event]
    setattr(counts, name, getattr(counts, name) + 1)


@contextmanager
def interrupt_after():
    """Hold Ctrl-C back until the block ends, so an article's write and its count happen both or neither.

    Without it a Ctrl-C between the commit and the count leaves "interrupted after 3 articles" over a store
    holding 4. Only the main thread receives signals; elsewhere (the web app's ingest job) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def count_outcome(result: IngestResult, outcome: str, article: Article, progress: Progress | None) -> None:
    """Count what the store did with an article ("stored", "duplicate" or "copy") and report it."""
    count_event(result, outcome)
    if progress:
        progress(outcome, article)


def read_options(result: IngestResult, max_bytes: int) -> ReadOptions:
    """Reader options that note every folder entry passed over in ``result.skipped``."""
    return ReadOptions(max_bytes=max_bytes, on_skip=lambda path, reason: result.skipped.append((path, reason)))


def screen(items: Iterable[Article | ReadError], result: IngestResult, progress: Progress | None,
           known: Callable[[Article], str | None]) -> Iterator[Article]:
    """Articles to annotate; errors, undated warnings, already-stored ones and copies are dealt with here."""
    for item in items:
        if isinstance(item, ReadError):
            result.errors.append(item)
            logger.warning("%s", item)
            if progress:
                progress("refused", item)
            continue
        result.read += 1
        if item.published is None:
            result.undated += 1
            result.warnings.append(f"{item.origin}: no publication date; kept as undated, relative times unresolved")
        outcome = known(item)
        if outcome is not None:
            count_outcome(result, outcome, item, progress)
            continue
        if progress:
            progress("read", item)
        yield item


def ingest(paths: Iterable[str | Path], store: Store, *, annotator: Annotator | None = None,
           progress: Progress | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           vectors: bool = True) -> IngestResult:
    """Read, annotate, resolve and store every article under ``paths``.

    ``vectors=False`` (a bulk load): no sentence meaning vectors are encoded, which is most of an ingest's
    CPU with the encoder on; ``backfill_vectors`` (``newsgraph vectors``) fills them in later, and ``ask``
    answers either way (it encodes the near ties itself where a store has none). A given ``annotator`` is
    set to ``vectors`` too: one default, whoever made the annotator (an ``Annotator()`` made for claims
    alone computes none, which an ingest would otherwise store silently without)."""
    result = IngestResult()
    if annotator is None:
        from .nlp.pipeline import Annotator  # loads spaCy: only when a run needs it

        annotator = Annotator(vectors=vectors)
    annotator.vectors = vectors
    articles = screen(read_paths(paths, options=read_options(result, max_bytes)), result, progress,
                      store.place_known)
    try:
        for annotated in annotator.annotate_many(articles):
            # "duplicate" / "copy" here: the same text, or a copy of it, twice in one parse batch
            with interrupt_after():
                count_outcome(result, store.add_article(annotated, linker=link_article), annotated.article,
                              progress)
    except KeyboardInterrupt as exc:
        raise IngestInterrupted(result) from exc
    return result


#: Sentences a vector backfill encodes and writes at a time (sorted by length within, so padding stays small).
VECTOR_BATCH = 256


def backfill_vectors(store: Store, *, batch: int = VECTOR_BATCH,
                     done: Callable[[int], None] | None = None) -> int | None:
    """Encode and store a vector for every sentence that has none (a store ingested before vectors were kept,
    or without the sentence encoder, or by another model, whose vectors are dropped first): ``ask`` then
    encodes only the question. Batches across articles; safe
    to stop and run again (it goes on with the sentences still without one). The number of sentences
    encoded, or None when no encoder is installed. ``done(n)``: called after each batch with the count so far."""
    from .nlp.encoder import encode, model_id

    model = model_id()
    if model is None:
        return None
    store.use_vector_model(model)  # (another model's vectors are dropped: every sentence is encoded anew)
    count, after = 0, None
    while rows := store.sentences_without_vectors(after, batch):
        store.add_sentence_vectors([(a, i) for a, i, _ in rows], encode([text for _, _, text in rows]), model)
        count += len(rows)
        after = rows[-1][:2]
        if done is not None:
            done(count)
    return count
