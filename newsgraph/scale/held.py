"""Copies within one run: which articles the Ray ingest need not send to its nlp actors.

A plain ingest screens each article just before it parses it, so an article
whose original was written a batch earlier is recorded as a copy without a
parse. The Ray ingest screens every article before any is written: against the
store alone, a syndicated copy of an article read earlier *in the same run*
looks new, is parsed, and only the writer finds it is a copy (on the bench
corpus a fifth of the articles, all parsed for nothing).

``RunIndex`` keeps the MinHash band keys of this run's articles bound for the
nlp stage. An article that passes the store's screening but is, by the store's
own test (the same text id; or a shared band key and then an exact Jaccard
similarity of at least ``THRESHOLD``), a copy of one of them is **held**: it
is not parsed, and the writer places it at its turn in the input order, when
its original is stored (``write_in_order``). The store still decides
(``Store.place_known``); the index only predicts. A held article the store
does not take as a copy (its original turned out a copy itself) is parsed on
the driver then, so a wrong prediction costs a parse, never a different store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..ingest import IngestResult, Progress, count_outcome, interrupt_after
from ..models import AnnotatedArticle, Article
from ..resolve import link_article
from ..store import Store
from ..store.syndication import THRESHOLD, BandKeys, jaccard, shingles


@dataclass(frozen=True, slots=True)
class Planned:
    """A screened article, its text's band keys, and whether it is held back from the nlp stage."""

    article: Article
    keys: BandKeys
    held: bool = False


@lru_cache(maxsize=256)
def _grams(text: str) -> frozenset[str]:
    """An original's shingles, kept for the next copies of it (a wire story comes many times)."""
    return frozenset(shingles(text))


class RunIndex:
    """The run's articles bound for the nlp stage, found by their band keys (in memory, this run only)."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}  # article id → text
        self._by_key: dict[tuple[int, int], list[str]] = {}

    def add(self, article: Article, keys: BandKeys) -> None:
        self._texts[article.id] = article.text
        for key in keys:
            self._by_key.setdefault(key, []).append(article.id)

    def copy_of_one(self, article: Article, keys: BandKeys) -> bool:
        """Whether the store will take ``article`` as a copy (or the article itself) of one added here."""
        if article.id in self._texts:
            return True
        grams: set[str] | None = None
        tried: set[str] = set()
        for key in keys:
            for other in self._by_key.get(key, ()):
                if other in tried:
                    continue
                tried.add(other)
                grams = shingles(article.text) if grams is None else grams
                if jaccard(grams, set(_grams(self._texts[other]))) >= THRESHOLD:
                    return True
        return False


def plan(articles: Iterable[Article], keys_of: Callable[[Article], BandKeys]) -> list[Planned]:
    """The screened ``articles`` in input order, each copy of an earlier one of them held back."""
    index = RunIndex()
    out = []
    for article in articles:
        keys = keys_of(article)
        if index.copy_of_one(article, keys):
            out.append(Planned(article, keys, held=True))
        else:
            index.add(article, keys)
            out.append(Planned(article, keys))
    return out


def write_in_order(planned: list[Planned], annotated: Iterator[AnnotatedArticle], store: Store,
                   result: IngestResult, progress: Progress | None,
                   annotate_here: Callable[[Article], AnnotatedArticle]) -> None:
    """Store each planned article in input order: a parsed one from ``annotated`` (which yields them in
    order), a held one placed by the store now that the articles before it are stored, or, should the store
    not take it as a copy after all, annotated by ``annotate_here`` and stored like any other."""
    for step in planned:
        if step.held:
            with interrupt_after():
                outcome = store.place_known(step.article, band_keys=step.keys)
                if outcome is not None:
                    count_outcome(result, outcome, step.article, progress)
                    continue
            if progress:
                progress("read", step.article)
            article = annotate_here(step.article)
        else:
            article = next(annotated)
            if article.article.id != step.article.id:  # the actors' results must come in input order
                raise RuntimeError(f"nlp returned article {article.article.id} where {step.article.id} was due")
        with interrupt_after():
            count_outcome(result, store.add_article(article, linker=link_article, band_keys=step.keys),
                          article.article, progress)
