"""The example corpus in ``examples/``: complete, readable, dated and original.

The corpus is what new users ingest first and what other tests lean on, so a
reader change that drops an article, loses a date or yields an error should
fail here. Because the corpus was written for this project, a check also makes
sure that no run of eight words from the seed article found its way into it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.errors import ReadError
from newsgraph.models import Article
from newsgraph.readers import read_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: How many articles each format holds (see examples/README.md).
EXPECTED_PER_FORMAT = {"txt": 9, "jsonl": 4, "html": 1, "rss": 2}
NGRAM = 8

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FORMAT = re.compile(r"\.(txt|jsonl|html|rss)(?=$|[:#])")


def _is_readme(item: Article | ReadError) -> bool:
    """The README sits beside the articles; a folder read sees it as an undated text."""
    return Path(str(item.origin).split("#")[0].split(":")[0]).name == "README.md"


@pytest.fixture(scope="module")
def results() -> list[Article | ReadError]:
    return [item for item in read_path(EXAMPLES) if not _is_readme(item)]


@pytest.fixture(scope="module")
def articles(results) -> list[Article]:
    return [item for item in results if isinstance(item, Article)]


def words(text: str) -> list[str]:
    """Lower-cased word tokens, with curly apostrophes made straight, for n-gram matching."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def ngrams(tokens: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def shared_runs(text: str, reference: set[tuple[str, ...]]) -> list[str]:
    """The n-word runs of ``text`` that also occur in ``reference``."""
    return sorted(" ".join(g) for g in ngrams(words(text)) & reference)


def test_every_file_reads_without_error(results):
    errors = [str(item) for item in results if isinstance(item, ReadError)]
    assert errors == []


def test_sixteen_articles_across_four_formats(articles):
    formats = Counter()
    for article in articles:
        match = _FORMAT.search(article.origin or "")
        assert match, f"cannot tell the format of {article.origin!r}"
        formats[match.group(1)] += 1
    assert dict(formats) == EXPECTED_PER_FORMAT
    assert len(articles) == 16


def test_every_article_is_dated_between_2015_and_2024(articles):
    for article in articles:
        assert article.published_date, f"{article.origin} has no date"
        assert "2015-01-01" <= article.published_date <= "2024-12-31", article.origin


def test_crawl_text_dates_match_their_file_names(articles):
    texts = [a for a in articles if (a.origin or "").endswith(".txt")]
    assert texts
    for article in texts:
        assert article.published == Path(article.origin).name[:10]
        assert not article.text.startswith("date"), "the date header was left in the text"


def test_ids_are_unique(articles):
    ids = [a.id for a in articles]
    assert len(set(ids)) == len(ids)
    doc_ids = [a.doc_id for a in articles if a.doc_id]
    assert len(set(doc_ids)) == len(doc_ids)


def test_articles_are_short_news_length(articles):
    for article in articles:
        assert 120 <= len(article.text.split()) <= 350, article.origin


def test_readme_lists_every_article_file():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    files = [p.name for p in EXAMPLES.iterdir() if p.is_file() and p.name != "README.md"]
    assert files
    for name in files:
        assert f"`{name}`" in readme, f"{name} is not described in examples/README.md"


def test_planted_disagreement_on_time_served(articles):
    """One article counts jail time (8.5 years), another only prison (7 years)."""
    texts = [a.text for a in articles]
    assert sum("eight and a half years" in t for t in texts) == 1
    assert sum("seven years in prison" in t for t in texts) == 1


def test_no_run_of_eight_seed_words_appears_in_the_examples(articles, shared_dir):
    seed = (shared_dir / "seed" / "gypsy-kim-2024-01-04.txt").read_text(encoding="utf-8")
    seed_runs = ngrams(words(seed))
    assert seed_runs, "the seed article yielded no word runs"
    # The check must be able to fail: a stretch of the seed itself is caught.
    assert shared_runs(" ".join(words(seed)[40:60]), seed_runs)
    copied = {a.origin: runs for a in articles if (runs := shared_runs(a.text, seed_runs))}
    assert copied == {}


# -- resolution across the corpus ------------------------------------------------
# The corpus was written for newsgraph, so its people may be named here; the
# resolver itself knows none of them.

DAUGHTER = {"gypsy rose blanchard", "gypsy rose", "gypsy"}
MOTHER = {"dee dee blanchard", "clauddine blanchard", "dee dee"}
GODEJOHN = {"nicholas godejohn", "nick godejohn", "godejohn", "nick"}


@pytest.fixture(scope="module")
def example_store(tmp_path_factory, annotator, articles):
    from newsgraph.resolve import link_article
    from newsgraph.store import open_store

    store = open_store(tmp_path_factory.mktemp("examples") / "examples.db")
    for annotated in annotator.annotate_many(articles):
        store.write_article(annotated, linker=link_article)
    yield store
    store.close()


def _linked(store, names: set[str]) -> tuple[set[int], set[str]]:
    """(store entities, articles) of the PERSON local entities named by ``names`` (and their
    surname as a short form beside them; the surname alone names a family, not a person)."""
    import json

    from newsgraph.resolve.names import norm

    entities, articles_ = set(), set()
    for article_id, name, aliases, entity_id in store.conn.execute(
            "SELECT ae.article_id, ae.name, ae.aliases, l.entity_id FROM article_entities ae JOIN entity_links l"
            " ON l.article_id = ae.article_id AND l.local_id = ae.local_id WHERE ae.type = 'PERSON'"):
        own = {norm(n).removesuffix("'s") for n in [name, *json.loads(aliases or "[]")]}
        if own & names and own <= names | {norm(n).split()[-1] for n in names}:
            entities.add(entity_id)
            articles_.add(article_id)
    return entities, articles_


def test_each_person_is_one_entity_however_the_articles_name_them(example_store):
    daughter, daughter_articles = _linked(example_store, DAUGHTER)
    mother, _ = _linked(example_store, MOTHER)
    godejohn, _ = _linked(example_store, GODEJOHN)
    assert len(daughter) == 1 and len(mother) == 1 and len(godejohn) == 1
    assert len(daughter | mother | godejohn) == 3
    (her,) = daughter
    assert len(daughter_articles) == 16
    names = {r[0] for r in example_store.conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (her,))}
    assert {"Gypsy Rose Blanchard", "Gypsy Rose", "Gypsy"} <= names
    assert not {"Dee Dee", "Clauddine Blanchard"} & names


def test_the_main_persons_timeline_gathers_every_article_that_names_her(example_store, articles):
    from newsgraph.query import timeline

    result = timeline(example_store, "Gypsy Rose Blanchard")
    cited = {c.article for entry in result.entries for c in entry.claims}
    linked = {r[0] for r in example_store.conn.execute(
        "SELECT DISTINCT article_id FROM entity_links WHERE entity_id = ?", (result.match.entity.id,))}
    assert linked == {a.id for a in articles}  # every article of the corpus names her somehow
    assert cited == linked
