"""Annotate throughput next to bare spaCy ``nlp.pipe`` on the same texts, in one run.

    python bench/annotate.py [--shared ../shared] [--limit N] [--rounds 3] [--batch-size 16]

Texts: the MEANTIME and TempEval-3 documents of ``../shared/data``. Both sides
parse the same texts with the same loaded pipeline and the same batch size,
one process, no parallelism. After a warm-up of both sides, each round runs
both, the order alternating from round to round (so neither side always runs
first on a cooler or busier machine), with garbage from the round before
collected first; the best round of each side counts, so a busy machine hurts
both sides alike. Prints articles/s and tokens/s for each, the ratio
annotate / bare (issue #3 target: ≥ 0.8), and each round's paired ratio so
the noise is visible.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.eval.meantime_corpus import load_meantime, meantime_article
from newsgraph.eval.timeml import load_timeml
from newsgraph.models import Article
from newsgraph.nlp.model import load_nlp
from newsgraph.nlp.pipeline import Annotator


def corpus(shared: Path, limit: int | None) -> list[Article]:
    articles = [meantime_article(doc) for doc in load_meantime(shared / "data" / "meantime")]
    for i, path in enumerate(sorted((shared / "data" / "tempeval3").rglob("*.tml"))):
        doc = load_timeml(path)
        articles.append(Article(id=f"te{i}", text=doc.text, published=doc.dct))
    return articles[:limit] if limit else articles


def run_bare(nlp, texts: list[str], batch_size: int) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - start, tokens


def run_annotate(annotator: Annotator, articles: list[Article]) -> tuple[float, int, int]:
    gc.collect()
    start = time.perf_counter()
    tokens = claims = 0
    for annotated in annotator.annotate_many(articles):
        tokens += annotated.tokens
        claims += len(annotated.claims)
    return time.perf_counter() - start, tokens, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size for both sides "
                        "(default: the Annotator's)")
    args = parser.parse_args()

    nlp = load_nlp()
    annotator = Annotator(nlp) if args.batch_size is None else Annotator(nlp, batch_size=args.batch_size)
    batch_size = annotator.batch_size
    articles = corpus(args.shared, args.limit)
    texts = [a.text for a in articles]
    # warm up both paths; the bare pass covers every text once, so that neither side's timed
    # rounds pay for adding the corpus's words to the vocabulary
    run_bare(nlp, texts, batch_size)
    run_annotate(annotator, articles[:max(5, len(articles) // 10)])

    bare_times: list[float] = []
    annotate_times: list[float] = []
    tokens = claims = 0
    for k in range(args.rounds):
        if k % 2 == 0:
            seconds, tokens = run_bare(nlp, texts, batch_size)
            bare_times.append(seconds)
            seconds, _, claims = run_annotate(annotator, articles)
            annotate_times.append(seconds)
        else:
            seconds, _, claims = run_annotate(annotator, articles)
            annotate_times.append(seconds)
            seconds, tokens = run_bare(nlp, texts, batch_size)
            bare_times.append(seconds)
    bare_best, annotate_best = min(bare_times), min(annotate_times)
    paired = [b / a for b, a in zip(bare_times, annotate_times)]

    n = len(articles)
    print(f"texts: {n} articles, {tokens} tokens (MEANTIME + TempEval-3), batch size {batch_size}, "
          f"best of {args.rounds} rounds")
    print(f"{'':10} {'articles/s':>11} {'tokens/s':>10} {'seconds':>8}")
    print(f"{'bare pipe':10} {n / bare_best:11.1f} {tokens / bare_best:10.0f} {bare_best:8.2f}")
    print(f"{'annotate':10} {n / annotate_best:11.1f} {tokens / annotate_best:10.0f} {annotate_best:8.2f}")
    print(f"claims: {claims}")
    print("paired ratios by round: " + ", ".join(f"{r:.2f}" for r in paired)
          + f" (median {statistics.median(paired):.2f})")
    print(f"ratio annotate/bare: {bare_best / annotate_best:.2f}")


if __name__ == "__main__":
    main()
