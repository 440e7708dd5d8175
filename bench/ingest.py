"""Ingest throughput: one process, a local Ray with 2 workers, and bare ``nlp.pipe``, side by side in one run.

    python bench/ingest.py [--shared ../shared] [--articles 5000] [--quick] [--workers 2]

Texts: the MEANTIME, ECB+ and TimeBank/AQUAINT (TempEval-3) documents of
``../shared/data``, read by newsgraph's own eval loaders, taken round-robin
across the three corpora and, past the ~1,100 documents there are, *varied*:
variant ``v`` of a document is its text followed by the text of another
document chosen by ``v``, so that no variant is a near-duplicate of another
(the syndication check would otherwise store one and record the rest as copies
without parsing them). The articles are written as JSONL files of 25 articles
each, so both ingests read real files (and Ray reads them in parallel).

Three runs on the same articles, each into a fresh store:

* **bare** — ``nlp.pipe`` over the texts, one process, nothing else (1 core);
* **one process** — ``newsgraph.ingest``: read, screen, annotate, resolve,
  write (1 core; the spaCy model is loaded before the clock starts);
* **ray** — ``ingest_ray`` on a local Ray with ``--workers`` actors (Ray is
  started before the clock starts; the actors' model loading is inside it).

Printed: articles/s of each; Ray / one-process speedup (target ≥ 1.7 with 2
workers); one-process ingest / bare per core (target ≥ 0.6); the same ratios
on the *steady* rate (first article stored → last stored, which leaves out
Ray's actor start-up and model loading); peak RSS of each Ray worker and of
the driver. On a shared, loaded machine only the ratios mean anything.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.models import Article  # noqa: E402

PER_FILE = 25


def base_documents(shared: Path) -> list[Article]:
    """The three corpora's documents, interleaved (one of each in turn) so any prefix mixes them."""
    from newsgraph.eval.ecbplus import load_ecbplus
    from newsgraph.eval.meantime_corpus import load_meantime, meantime_article
    from newsgraph.eval.tempeval import article_of, load_corpus

    data = shared / "data"
    meantime = [meantime_article(d) for d in load_meantime(data / "meantime")]
    topics = tuple(sorted(int(p.name) for p in (data / "ecbplus").iterdir() if p.name.isdigit()))
    ecb = [d.article() for d in load_ecbplus(data / "ecbplus", topics)]
    timebank = [article_of(d) for d in load_corpus(data / "tempeval3")]
    corpora = [meantime, ecb, timebank]
    out: list[Article] = []
    for i in range(max(map(len, corpora))):
        out += [c[i] for c in corpora if i < len(c)]
    return out


def articles(shared: Path, n: int) -> list[dict]:
    """``n`` JSONL records: the base documents, then variants of them (see the module docstring)."""
    base = base_documents(shared)
    records = []
    for k in range(n):
        v, d = divmod(k, len(base))
        doc = base[d]
        text = doc.text
        if v:
            partner = base[(d + v * 7919) % len(base)]
            text = f"{doc.text}\n\n{partner.text}"
        records.append({"id": f"bench-{k}", "published": doc.published, "source": f"outlet-{k % 40}",
                        "text": text})
    return records


def write_jsonl(records: list[dict], folder: Path) -> None:
    for start in range(0, len(records), PER_FILE):
        with open(folder / f"part-{start // PER_FILE:05d}.jsonl", "w", encoding="utf-8") as handle:
            for record in records[start:start + PER_FILE]:
                handle.write(json.dumps(record) + "\n")


class Clock:
    """Wall time of a run, and of its steady part (first article stored → last)."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.first: float | None = None
        self.last: float | None = None
        self.stored = 0

    def __call__(self, event: str, item: object) -> None:
        if event == "stored":
            now = time.perf_counter()
            self.first = self.first or now
            self.last = now
            self.stored += 1

    def total(self) -> float:
        return time.perf_counter() - self.start

    def steady_rate(self) -> float:
        if not self.first or not self.last or self.last <= self.first:
            return 0.0
        return (self.stored - 1) / (self.last - self.first)


def run_bare(nlp, texts: list[str], batch_size: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="about 300 articles")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    n = 300 if args.quick else args.articles

    from newsgraph.ingest import ingest
    from newsgraph.nlp.model import load_nlp
    from newsgraph.nlp.pipeline import Annotator
    from newsgraph.scale.ray_ingest import ingest_ray, start_ray
    from newsgraph.store import open_store

    records = articles(args.shared, n)
    texts = [r["text"] for r in records]
    nlp = load_nlp()
    annotator = Annotator(nlp)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        write_jsonl(records, folder)
        run_bare(nlp, texts[:20], annotator.batch_size)  # warm-up
        bare = run_bare(nlp, texts, annotator.batch_size)

        store = open_store(Path(tmp) / "one.db")
        one_clock = Clock()
        one = ingest([folder], store, annotator=annotator, progress=one_clock)
        one_total = one_clock.total()
        store.close()
        driver_rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        import ray

        start_ray(workers=args.workers)
        try:
            store = open_store(Path(tmp) / "ray.db")
            ray_clock = Clock()
            run = ingest_ray([folder], store, workers=args.workers, progress=ray_clock)
            ray_total = ray_clock.total()
            store.close()
        finally:
            ray.shutdown()
        driver_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    tokens = sum(len(t.split()) for t in texts)
    print(f"articles: {n} ({tokens} words; MEANTIME + ECB+ + TimeBank/AQUAINT, varied past the base documents)")
    print(f"one process: stored {one.stored}, copies {one.copies}; ray: stored {run.result.stored}, "
          f"copies {run.result.copies}")
    print(f"{'':24} {'seconds':>8} {'articles/s':>11} {'steady art/s':>13}")
    print(f"{'bare nlp.pipe (1 core)':24} {bare:8.1f} {n / bare:11.2f} {'':>13}")
    print(f"{'ingest, one process':24} {one_total:8.1f} {n / one_total:11.2f} {one_clock.steady_rate():13.2f}")
    print(f"{f'ingest, Ray x{args.workers}':24} {ray_total:8.1f} {n / ray_total:11.2f} {ray_clock.steady_rate():13.2f}")
    speedup = one_total / ray_total
    steady_speedup = ray_clock.steady_rate() / one_clock.steady_rate() if one_clock.steady_rate() else 0.0
    print(f"Ray x{args.workers} / one process: {speedup:.2f} (steady {steady_speedup:.2f}; target >= 1.7)")
    bare_rate = n / bare
    print(f"full ingest / bare nlp.pipe per core: one process {bare / one_total:.2f} "
          f"(steady {one_clock.steady_rate() / bare_rate:.2f}), Ray {bare / (ray_total * args.workers):.2f} "
          f"(steady {ray_clock.steady_rate() / args.workers / bare_rate:.2f}) (target >= 0.6)")
    rss = ", ".join(f"{mb:.0f}" for mb in sorted(run.worker_peak_rss_mb.values()))
    print(f"peak RSS MB: Ray workers [{rss}], driver {driver_rss:.0f} (after the one-process run: {driver_rss_one:.0f})")


if __name__ == "__main__":
    main()
