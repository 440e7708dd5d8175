"""Annotate throughput next to bare spaCy ``nlp.pipe`` on the same texts, in one run.

    python bench/annotate.py [--shared ../shared] [--limit N] [--rounds 2]

Texts: the MEANTIME and TempEval-3 documents of ``../shared/data`` (the seed
too). Both sides parse the same texts with the same loaded pipeline and batch
size; each side runs ``--rounds`` times, alternating, and the best round counts,
so a busy machine hurts both sides alike. Prints articles/s and tokens/s for
each, and the ratio annotate / bare (issue targets: ≥ 0.8 for the entity and
time readers, ≥ 0.7 with claims).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.eval.meantime_corpus import load_meantime, meantime_article  # noqa: E402
from newsgraph.eval.timeml import load_timeml  # noqa: E402
from newsgraph.models import Article  # noqa: E402
from newsgraph.nlp.model import load_nlp  # noqa: E402
from newsgraph.nlp.pipeline import Annotator  # noqa: E402


def corpus(shared: Path, limit: int | None) -> list[Article]:
    articles = [meantime_article(doc) for doc in load_meantime(shared / "data" / "meantime")]
    for i, path in enumerate(sorted((shared / "data" / "tempeval3").rglob("*.tml"))):
        doc = load_timeml(path)
        articles.append(Article(id=f"te{i}", text=doc.text, published=doc.dct))
    return articles[:limit] if limit else articles


def run_bare(nlp, texts: list[str], batch_size: int) -> tuple[float, int]:
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - start, tokens


def run_annotate(annotator: Annotator, articles: list[Article]) -> tuple[float, int, int]:
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
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    nlp = load_nlp()
    annotator = Annotator(nlp)
    articles = corpus(args.shared, args.limit)
    texts = [a.text for a in articles]
    run_bare(nlp, texts[:5], annotator.batch_size)  # warm up both paths
    run_annotate(annotator, articles[:5])

    bare_best = annotate_best = float("inf")
    tokens = claims = 0
    for _ in range(args.rounds):
        seconds, tokens = run_bare(nlp, texts, annotator.batch_size)
        bare_best = min(bare_best, seconds)
        seconds, _, claims = run_annotate(annotator, articles)
        annotate_best = min(annotate_best, seconds)

    n = len(articles)
    print(f"texts: {n} articles, {tokens} tokens (MEANTIME + TempEval-3), best of {args.rounds} rounds")
    print(f"{'':10} {'articles/s':>11} {'tokens/s':>10} {'seconds':>8}")
    print(f"{'bare pipe':10} {n / bare_best:11.1f} {tokens / bare_best:10.0f} {bare_best:8.2f}")
    print(f"{'annotate':10} {n / annotate_best:11.1f} {tokens / annotate_best:10.0f} {annotate_best:8.2f}")
    print(f"claims: {claims}")
    print(f"ratio annotate/bare: {bare_best / annotate_best:.2f}")


if __name__ == "__main__":
    main()
