"""Ingest throughput: bare ``nlp.pipe`` (alone and with the sentence encoder), one-process ingest with and
without sentence vectors, and a local Ray with 2 workers, side by side in one run.

    python bench/ingest.py [--shared ../shared] [--articles 5000] [--quick] [--workers 2] [--no-ray]

Texts: the MEANTIME, ECB+ and TimeBank/AQUAINT (TempEval-3) documents of
``../shared/data``, built by newsgraph's own eval loaders as the question
evaluation builds them (``gold_docs``), taken round-robin across the three
corpora and, past the ~1,100 documents there are, *varied*: variant ``v`` of a
document is its text followed by the text of another document chosen by ``v``,
so that no variant is a near-duplicate of another (the syndication check would
otherwise store one and record the rest as copies without parsing them). The
articles are written as JSONL files of 25 articles each, so both ingests read
real files (and Ray reads them in parallel).

**Blind documents are left out**: every document that a question set still blind
lists (each set of ``QUESTION_SETS`` not in ``OPENED_SETS``, today ``heldout8`` and
``heldout9``, read from their stories files at each run), and every document of
the pools reserved for them (``BLIND_POOLS``: a set being written lists fewer than
it will), is skipped before it is read, so no run of the bench ever parses them. The bench shows no text, but blind
documents stay out of every run.

The runs on the same articles, each ingest into a fresh store:

* **bare** — ``nlp.pipe`` over the texts, one process, nothing else (1 core);
* **bare + encoder** — the same pass, and the sentence encoder on each parsed
  article's sentences as an ingest encodes them (one call an article); the two
  are timed apart in the one pass (shown when the encoder is installed);
* **one process, no vectors** — ``newsgraph.ingest`` without sentence vectors
  (``ingest --no-vectors``): read, screen, annotate, resolve, write (1 core; the
  spaCy model is loaded before the clock starts);
* **one process** — the same with each sentence's vector (the default);
* **ray** — ``ingest_ray`` on a local Ray with ``--workers`` actors, with vectors
  (Ray is started before the clock starts; the actors' model loading is inside
  it); ``--no-ray`` leaves it out.

Printed: wall seconds, CPU seconds (this process; for Ray the driver only) and
articles/s of each; Ray / one-process speedup (target ≥ 1.7 with 2 workers);
full ingest without vectors / bare per core (the old target, ≥ 0.6); full ingest
with vectors / (bare + encoder) (what the ingest costs beyond the two models);
full ingest with vectors / bare; the ratios on the *steady* rate (first article
stored → last stored); peak RSS of each Ray worker and of the driver. On a
shared, loaded machine only the ratios mean anything, and CPU ratios more than
wall ones.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.models import Article  # noqa: E402

PER_FILE = 25


#: The document pools reserved for the blind sets (``heldout8``, and ``heldout9`` while it is being written:
#: more documents than their stories files list yet), as ``fnmatch`` patterns of paths under ``data``.
BLIND_POOLS = (
    "tempeval3/AQUAINT/APW2000*", "tempeval3/AQUAINT/NYT2000*", "tempeval3/AQUAINT/APW1999*",
    "tempeval3/AQUAINT/NYT1999*", "tempeval3/AQUAINT/NYT1998102*", "tempeval3/AQUAINT/XIE1998*",
    "tempeval3/AQUAINT/XIE1999*", "tempeval3/AQUAINT/APW19981205*", "tempeval3/TimeBank/AP900816-0139*",
    "tempeval3/TimeBank/WSJ900813-0157*", "tempeval3/TimeBank/WSJ910225-0066*",
    "ecbplus/11/*ecbplus*", "ecbplus/13/*ecbplus*", "ecbplus/20/*ecbplus*", "ecbplus/27/*ecb.xml",
    "tempeval3/TimeBank/APW1998*", "tempeval3/TimeBank/PRI1998*", "tempeval3/TimeBank/VOA1998*",
    "tempeval3/TimeBank/SJMN91*",
    "tempeval3/TimeBank/wsj_000[6-9]*", "tempeval3/TimeBank/wsj_00[1-9]?*", "tempeval3/TimeBank/wsj_0[1-5]??*",
)


def blind_documents() -> set[str]:
    """The document paths (``corpus/…``) of every question set not yet opened, from its stories file: the
    bench never reads them (see the module docstring). ``BLIND_POOLS`` adds the ones reserved for them."""
    from newsgraph.eval.questions_gold import GOLD, OPENED_SETS, QUESTION_SETS, load_stories

    out: set[str] = set()
    for name, (stories_file, _) in QUESTION_SETS.items():
        if name not in OPENED_SETS and (GOLD / stories_file).exists():
            out.update(doc for story in load_stories(GOLD / stories_file).values() for doc in story.docs)
    return out


def is_blind(doc: str, blind: set[str]) -> bool:
    """Whether ``doc`` is a blind set's document, listed or reserved."""
    return doc in blind or any(fnmatch(doc, pattern) for pattern in BLIND_POOLS)


def corpus_paths(data: Path) -> list[list[str]]:
    """Each corpus's document paths relative to ``data`` (MEANTIME, ECB+, TimeBank/AQUAINT), sorted."""
    from newsgraph.eval.tempeval import PARTS

    meantime = sorted(data.glob("meantime/*/*.xml"))
    ecb = sorted(data.glob("ecbplus/*/*.xml"), key=lambda p: (int(p.parent.name), p.name))
    timebank = [p for part in PARTS for p in sorted((data / "tempeval3" / part).rglob("*.tml"))]
    return [[str(p.relative_to(data)) for p in corpus] for corpus in (meantime, ecb, timebank)]


def base_documents(shared: Path) -> tuple[list[Article], int]:
    """The three corpora's documents but the blind ones, interleaved (one of each in turn) so any prefix mixes
    them; and how many blind documents were left out."""
    from newsgraph.eval.questions_gold import doc_article

    data = shared / "data"
    blind = blind_documents()
    corpora = [[d for d in docs if not is_blind(d, blind)] for docs in corpus_paths(data)]
    skipped = sum(map(len, corpus_paths(data))) - sum(map(len, corpora))
    out: list[Article] = []
    for i in range(max(map(len, corpora))):
        out += [doc_article(c[i], data) for c in corpora if i < len(c)]
    return out, skipped


def articles(shared: Path, n: int) -> tuple[list[dict], int]:
    """``n`` JSONL records: the base documents, then variants of them (see the module docstring); and the
    number of blind documents left out."""
    base, skipped = base_documents(shared)
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
    return records, skipped


def write_jsonl(records: list[dict], folder: Path) -> None:
    for start in range(0, len(records), PER_FILE):
        with open(folder / f"part-{start // PER_FILE:05d}.jsonl", "w", encoding="utf-8") as handle:
            for record in records[start:start + PER_FILE]:
                handle.write(json.dumps(record) + "\n")


class Clock:
    """Wall and CPU time of a run, and the wall time of its steady part (first article stored → last)."""

    def __init__(self) -> None:
        gc.collect()
        self.start = time.perf_counter()
        self.cpu_start = time.process_time()
        self.first: float | None = None
        self.last: float | None = None
        self.stored = 0
        self.end_wall = self.end_cpu = 0.0

    def stop(self) -> None:
        """The run is over: keep its wall and CPU seconds."""
        self.end_wall, self.end_cpu = self.total(), self.cpu()

    def __call__(self, event: str, item: object) -> None:
        if event == "stored":
            now = time.perf_counter()
            self.first = self.first or now
            self.last = now
            self.stored += 1

    def total(self) -> float:
        return time.perf_counter() - self.start

    def cpu(self) -> float:
        return time.process_time() - self.cpu_start

    def steady_rate(self) -> float:
        if not self.first or not self.last or self.last <= self.first:
            return 0.0
        return (self.stored - 1) / (self.last - self.first)


@dataclass
class Bare:
    """One pass of bare ``nlp.pipe``, with the encoder's share (and the sentence reading it needs) timed apart:
    wall and CPU seconds of each."""

    wall: float = 0.0
    cpu: float = 0.0
    encoder_wall: float = 0.0
    encoder_cpu: float = 0.0
    sentences: int = 0


def run_bare(nlp, texts: list[str], batch_size: int, encode=None) -> Bare:
    """``nlp.pipe`` over ``texts``; with ``encode``, each parsed text's sentences (the ones an ingest keeps,
    ``read_sentences``) encoded in one call, as an ingest does (``Annotator.read_doc``), that reading and
    encoding timed apart from the parser."""
    from newsgraph.nlp.pipeline import read_sentences

    out = Bare()
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for doc, text in zip(nlp.pipe(texts, batch_size=batch_size), texts, strict=True):
        w, c = time.perf_counter(), time.process_time()
        sentences = [s.text for s in read_sentences(doc, text)]
        out.sentences += len(sentences)
        if encode is not None and sentences:
            encode(sentences)
            out.encoder_wall += time.perf_counter() - w
            out.encoder_cpu += time.process_time() - c
    out.wall = time.perf_counter() - wall - out.encoder_wall
    out.cpu = time.process_time() - cpu - out.encoder_cpu
    return out


def one_process(folder: Path, db: Path, annotator) -> tuple[Clock, object]:
    """``newsgraph.ingest`` of ``folder`` into a fresh store at ``db`` with ``annotator``."""
    from newsgraph.ingest import ingest
    from newsgraph.store import open_store

    store = open_store(db)
    clock = Clock()
    try:
        result = ingest([folder], store, annotator=annotator, progress=clock, vectors=annotator.vectors)
        clock.stop()
    finally:
        store.close()
    return clock, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="about 300 articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-ray", action="store_true", help="leave the Ray run out")
    args = parser.parse_args()
    n = 300 if args.quick else args.articles

    from newsgraph.nlp.encoder import encoder
    from newsgraph.nlp.model import load_nlp
    from newsgraph.nlp.pipeline import Annotator

    records, blind = articles(args.shared, n)
    texts = [r["text"] for r in records]
    nlp = load_nlp()
    model = encoder()
    encode = model.encode if model is not None else None
    with_vectors, without = Annotator(nlp, vectors=True), Annotator(nlp, vectors=False)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        write_jsonl(records, folder)
        run_bare(nlp, texts[:20], without.batch_size, encode)  # warm-up (the encoder's weights load here)
        bare = run_bare(nlp, texts, without.batch_size, encode)

        plain_clock, plain = one_process(folder, Path(tmp) / "plain.db", without)
        one_clock, one = one_process(folder, Path(tmp) / "one.db", with_vectors)
        driver_rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ray_clock = run = None
        if not args.no_ray:
            import ray

            from newsgraph.scale.ray_ingest import ingest_ray, start_ray
            from newsgraph.store import open_store

            start_ray(workers=args.workers)
            try:
                store = open_store(Path(tmp) / "ray.db")
                ray_clock = Clock()
                run = ingest_ray([folder], store, workers=args.workers, progress=ray_clock)
                ray_clock.stop()
                store.close()
            finally:
                ray.shutdown()
        driver_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    tokens = sum(len(t.split()) for t in texts)
    print(f"articles: {n} ({tokens} words, {bare.sentences} sentences; MEANTIME + ECB+ + TimeBank/AQUAINT, "
          f"varied past the base documents; {blind} blind documents left out)")
    print(f"stored: no vectors {plain.stored} (copies {plain.copies}), with vectors {one.stored} "
          f"(copies {one.copies})" + (f", ray {run.result.stored} (copies {run.result.copies})" if run else ""))
    print(f"{'':28} {'wall s':>7} {'CPU s':>7} {'articles/s':>11} {'steady art/s':>13} {'CPU ms/sent':>12}")

    def row(name: str, wall: float, cpu: float, steady: float | None = None) -> None:
        print(f"{name:28} {wall:7.1f} {cpu:7.1f} {n / wall:11.2f} "
              f"{'' if steady is None else f'{steady:.2f}':>13} {1000 * cpu / bare.sentences:12.1f}")

    row("bare nlp.pipe (1 core)", bare.wall, bare.cpu)  # ms a sentence: the sentences an ingest keeps
    if encode is not None:
        row("bare nlp.pipe + encoder", bare.wall + bare.encoder_wall, bare.cpu + bare.encoder_cpu)
    row("ingest, no vectors", plain_clock.end_wall, plain_clock.end_cpu, plain_clock.steady_rate())
    row("ingest, vectors" + ("" if encode else " (no encoder)"), one_clock.end_wall, one_clock.end_cpu,
        one_clock.steady_rate())
    if ray_clock is not None:
        row(f"ingest, Ray x{args.workers} (driver CPU)", ray_clock.end_wall, ray_clock.end_cpu,
            ray_clock.steady_rate())

    def ratio(name: str, fast: tuple[float, float], slow: tuple[float, float], target: str = "") -> None:
        """``fast`` / ``slow`` as rates per core: (wall, CPU) seconds of the faster (reference) run first."""
        print(f"{name:52} wall {fast[0] / slow[0]:.2f}  CPU {fast[1] / slow[1]:.2f}{target}")

    bare_t = (bare.wall, bare.cpu)
    both_t = (bare.wall + bare.encoder_wall, bare.cpu + bare.encoder_cpu)
    plain_t = (plain_clock.end_wall, plain_clock.end_cpu)
    one_t = (one_clock.end_wall, one_clock.end_cpu)
    print("rates per core (the model runs / the full ingest):")
    ratio("full ingest, no vectors / bare", bare_t, plain_t, "  (target >= 0.6)")
    if encode is not None:
        ratio("full ingest with vectors / (bare + encoder)", both_t, one_t)
    ratio("full ingest with vectors / bare", bare_t, one_t)
    if ray_clock is not None:
        speedup = one_clock.end_wall / ray_clock.end_wall
        steady = ray_clock.steady_rate() / one_clock.steady_rate() if one_clock.steady_rate() else 0.0
        print(f"Ray x{args.workers} / one process (both with vectors): {speedup:.2f} (steady {steady:.2f}; "
              f"target >= 1.7); Ray per core / bare: {bare.wall / (ray_clock.end_wall * args.workers):.2f}")
        rss = ", ".join(f"{mb:.0f}" for mb in sorted(run.worker_peak_rss_mb.values()))
        print(f"peak RSS MB: Ray workers [{rss}], driver {driver_rss:.0f} "
              f"(after the one-process runs: {driver_rss_one:.0f})")
    else:
        print(f"peak RSS MB: driver {driver_rss_one:.0f}")


if __name__ == "__main__":
    main()
