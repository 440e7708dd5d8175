"""Distributed ingest on Ray Data: read and annotate in parallel, write from one process.

``ingest_ray(paths, store)`` does what ``newsgraph.ingest.ingest`` does, with
the two costly stages spread over a Ray cluster (a local one on 127.0.0.1
when no address is given):

1. **read** — the files (listed on the driver in ``read_paths`` order) are read
   by Ray tasks in parallel; each file's articles and refusals come back with
   its position, so the order is exactly the one-process order, and each
   article with its text's MinHash band keys, hashed there (the driver never
   hashes a text: the keys serve screening and the write alike);
2. **screen** — on the driver, as in a plain ingest: each article already
   stored is counted as a duplicate, each syndicated copy of a stored article
   is recorded as one (``store.syndication``) and never parsed; a copy of an
   article earlier in *this* run is held back (``scale.held``), since nothing
   of the run is stored yet when it is screened;
3. **nlp** — the articles not held go through ``Dataset.map_batches`` with a
   callable class in an actor pool: each actor loads one spaCy pipeline once
   and annotates batch after batch;
4. **write** — the driver, the only writer, takes the annotated articles back
   in input order (``preserve_order``) block by block and stores each in its
   own transaction with its entity links (``Store.add_article``); a held
   article is placed at its turn, as the copy it is (``Store.place_known``).

Why resolution stays correct and order-independent of the workers: entity
linking depends on what is stored already, so it is done by one writer only,
and that writer links articles in the *input* order — the order a plain
ingest uses — whatever order the workers finish in. The same input therefore
gives the same entities, links, claims, originals and copies as a plain
ingest (``tests/test_ray_ingest.py`` compares the two stores).

Why it is safe to kill: every article is one transaction, and screening skips
what is stored, so after a crash of a worker (Ray restarts the actor and
retries its batch) or of the driver, running the same command again stores
each article exactly once.
"""

from __future__ import annotations

import logging
import os
import pickle
import resource
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError
from ..ingest import IngestResult, Progress, screen
from ..models import AnnotatedArticle, Article
from ..readers import DEFAULT_MAX_BYTES
from ..readers.folder import list_files
from ..store import Store
from ..store.syndication import BandKeys
from .held import plan, write_in_order

logger = logging.getLogger(__name__)

#: Articles per ``map_batches`` call on an actor (and per ``nlp.pipe`` batch inside it).
NLP_BATCH = 16
#: Annotated blocks (one actor call's articles each) Ray fetches for the driver ahead of the one it writes.
PREFETCH = 4


@dataclass(slots=True)
class RayIngestRun:
    """A Ray ingest's result and what its workers cost."""

    result: IngestResult
    workers: int
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)  # pid → peak resident memory


def start_ray(address: str | None = None, *, workers: int = 2) -> bool:
    """Join the cluster at ``address``, or start a local Ray bound to 127.0.0.1 with ``workers`` CPUs.

    Returns whether this call started Ray (and so should shut it down). The
    local Ray advertises 127.0.0.1, reports no usage statistics and starts no
    dashboard, so it makes no outgoing connection; its gRPC servers still
    listen on all interfaces (Ray 2.60 cannot bind them to loopback), guarded
    by Ray's token authentication (see docs/scale.md).
    """
    import ray

    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if address:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
    else:
        ray.init(address="local", num_cpus=workers, include_dashboard=False, _node_ip_address="127.0.0.1",
                 logging_level=logging.WARNING, log_to_driver=False)
    return True


def _read_files(batch: dict) -> dict:
    """A Ray task: read each file of the batch; every article or refusal with its (file, item) position.

    Paths are read from the driver's working directory (so relative paths and
    the articles' ``origin`` are the same as in a plain ingest); a refusal
    travels as its parts, since ``ReadError`` does not pickle.
    """
    from ..readers.dispatch import read_file
    from ..readers.options import ReadOptions

    from ..store.syndication import band_keys

    files, items, payloads = [], [], []
    for index, path, cwd, max_bytes in zip(batch["file"], batch["path"], batch["cwd"], batch["max_bytes"],
                                           strict=True):
        os.chdir(str(cwd))
        for n, item in enumerate(read_file(Path(str(path)), ReadOptions(max_bytes=int(max_bytes)))):
            files.append(int(index))
            items.append(n)
            if isinstance(item, ReadError):
                payload = ("refused", (item.origin, item.reason, item.line))
            else:
                payload = ("article", (item, band_keys(item.text)))
            payloads.append(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    return {"file": files, "item": items, "payload": payloads}


def _unpack(payload: bytes) -> tuple[object, BandKeys | None]:
    """A read item (an ``Article`` or a ``ReadError``) and, for an article, its text's band keys."""
    kind, value = pickle.loads(payload)
    if kind == "refused":
        origin, reason, line = value
        return ReadError(origin, reason, line=line), None
    return value


class Annotate:
    """The nlp stage on a Ray actor: one spaCy pipeline per actor, loaded once."""

    def __init__(self, model: str | None = None, batch_size: int = NLP_BATCH, vectors: bool = True) -> None:
        from ..nlp.pipeline import Annotator

        self.annotator = Annotator(model=model, batch_size=batch_size, vectors=vectors)

    def __call__(self, batch: dict) -> dict:
        articles = [pickle.loads(p) for p in batch["payload"]]
        out = [pickle.dumps(a) for a in self.annotator.annotate_many(articles)]
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
        return {"order": batch["order"], "payload": out, "pid": [os.getpid()] * len(out),
                "peak_rss_mb": [peak_mb] * len(out)}


def _quiet_data_context():
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # the writer must see articles in input order
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    # no thread in each map task polling its memory every second: the actors report their peak RSS themselves
    ctx.memory_usage_poll_interval_s = None
    return ctx


def read_parallel(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  on_skip: Callable[[str, str], None] | None = None) -> list[tuple[object, BandKeys | None]]:
    """Articles and ``ReadError``s of ``paths`` in ``read_paths`` order, the files read by Ray tasks, each
    article with its text's MinHash band keys, hashed there (``on_skip(path, reason)`` hears of each
    folder entry passed over, as the plain reader tells it)."""
    import ray.data

    listed = list(list_files(paths, on_skip=on_skip))
    files = [(i, str(p)) for i, p in enumerate(listed) if not isinstance(p, ReadError)]
    found: dict[tuple[int, int], tuple[object, BandKeys | None]] = {
        (i, 0): (e, None) for i, e in enumerate(listed) if isinstance(e, ReadError)}
    if files:
        _quiet_data_context()
        cwd = os.getcwd()
        rows = ray.data.from_items([{"file": i, "path": p, "cwd": cwd, "max_bytes": max_bytes} for i, p in files])
        for row in rows.map_batches(_read_files, batch_size=8).iter_rows():
            found[(int(row["file"]), int(row["item"]))] = _unpack(row["payload"])
    return [found[k] for k in sorted(found)]


def annotate_on_ray(articles: list[Article], *, workers: int, model: str | None,
                    peak_rss_mb: dict[int, float], vectors: bool = True) -> Iterator[AnnotatedArticle]:
    """``articles`` annotated by a Ray Data pool of ``workers`` ``Annotate`` actors, yielded in input order
    (``preserve_order``); ``peak_rss_mb`` gets each actor's peak resident memory by pid; ``vectors``: the
    actors encode each sentence's meaning vector too."""
    import ray.data

    _quiet_data_context()
    dataset = ray.data.from_items([{"order": i, "payload": pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)}
                                   for i, a in enumerate(articles)])
    annotated = dataset.map_batches(
        Annotate, fn_constructor_kwargs={"model": model, "vectors": vectors}, batch_size=NLP_BATCH,
        compute=ray.data.ActorPoolStrategy(size=workers),
    )
    expected = 0
    # each block as it comes (one actor call's articles), not re-cut to a batch size: no copying on the driver
    for batch in annotated.iter_batches(batch_size=None, batch_format="numpy", prefetch_batches=PREFETCH):
        for order, payload, pid, peak in zip(batch["order"], batch["payload"], batch["pid"],
                                             batch["peak_rss_mb"], strict=True):
            if int(order) != expected:  # preserve_order guarantees this; resolution depends on it
                raise RuntimeError(f"Ray returned article {int(order)} where {expected} was due")
            expected += 1
            peak_rss_mb[int(pid)] = max(float(peak), peak_rss_mb.get(int(pid), 0.0))
            yield pickle.loads(payload)


class _DriverAnnotator:
    """The nlp stage on the driver, loaded at first use: for a held article the store did not take as a copy."""

    def __init__(self, model: str | None, vectors: bool = True) -> None:
        self.model = model
        self.vectors = vectors
        self.annotator = None

    def __call__(self, article: Article) -> AnnotatedArticle:
        if self.annotator is None:
            from ..nlp.pipeline import Annotator

            logger.info("a held article is not a copy after all: loading the nlp pipeline on the driver")
            self.annotator = Annotator(model=self.model, vectors=self.vectors)
        return self.annotator.annotate(article)


def ingest_ray(paths: Iterable[str | Path], store: Store, *, address: str | None = None,
               workers: int = 2, model: str | None = None, progress: Progress | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, vectors: bool = True) -> RayIngestRun:
    """Read, annotate (on a pool of ``workers`` Ray actors), resolve and store every article under ``paths``
    (``vectors=False``: without sentence vectors, as ``ingest``'s bulk load)."""
    import ray

    started = start_ray(address, workers=workers)
    try:
        result = IngestResult()
        read = read_parallel(paths, max_bytes=max_bytes,
                             on_skip=lambda path, reason: result.skipped.append((path, reason)))
        keys = {id(item): k for item, k in read if k is not None}  # by the article object: ids may repeat
        screened = screen((item for item, _ in read), result, progress,
                          lambda a: store.place_known(a, band_keys=keys[id(a)]))
        planned = plan(screened, lambda a: keys[id(a)])
        run = RayIngestRun(result=result, workers=workers)
        to_parse = [step.article for step in planned if not step.held]
        annotated = annotate_on_ray(to_parse, workers=workers, model=model, peak_rss_mb=run.worker_peak_rss_mb,
                                    vectors=vectors) if to_parse else iter(())
        write_in_order(planned, annotated, store, result, progress, _DriverAnnotator(model, vectors))
        return run
    finally:
        if started:
            ray.shutdown()
