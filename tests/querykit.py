"""Small builders the query tests share: a citation, a claim as the query stage sees it, a question asked.

Each test file used to carry its own copy (``_cite``, ``_claim``, ``_headline_claim``, ``_asked``); one
copy here keeps their defaults from drifting apart.
"""

from __future__ import annotations

from newsgraph.query import ask
from newsgraph.query.types import Citation, ClaimView


def cite(text: str, sentence: int = 0, article: str = "a1", *, title: str | None = None,
         source: str | None = "Wire", published: str = "2024-01-02") -> Citation:
    """A citation of one whole sentence ``text`` (offsets 0..len)."""
    return Citation(article=article, published=published, source=source, title=title, sentence=sentence,
                    start=0, end=len(text), text=text)


def claim_view(**fields) -> ClaimView:
    """A made-up claim as the query stage loads it: "Ann Lee thanked Bo Chan", happened, unless ``fields``
    say otherwise (``text``/``title`` set its citation)."""
    text = fields.pop("text", "Ann Lee thanked Bo Chan.")
    title = fields.pop("title", None)
    base = dict(article="a", id="c1", kind="event", subject="Ann Lee", subject_entity=None, predicate="thanked",
                lemma="thank", object="Bo Chan", object_entity=None, status="happened", time=None, time_text=None,
                source=None, source_entity=None, source_kind=None, quote=None, args={}, day="2024-01-04",
                citation=cite(text, article="a", title=title, source=None, published="2024-01-04"))
    base.update(fields)
    return ClaimView(**base)


def asked(store, question: str, **kwargs):
    """``ask`` on ``store``, with every sentence of the answer checked to rest on its citations."""
    from test_query_ask import assert_supported

    answer = ask(store, question, **kwargs)
    assert_supported(store, answer)
    return answer


def says_verdict(store, question: str, verdict: str, says: str = "") -> None:
    """``ask`` gives ``verdict`` ("Yes"/"No") first, and its answer quotes ``says``."""
    answer = asked(store, question)
    assert answer.answer.startswith(f"{verdict}:"), answer.answer
    assert says in answer.answer, answer.answer


def says_no_verdict(store, question: str) -> None:
    """``ask`` gives no verdict: neither "Yes" nor "No"."""
    answer = asked(store, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


def written(store, annotator, texts: list[str], prefix: str, *, published: str = "2024-05-07",
            source: str = "Coast Ledger"):
    """``store`` with made-up articles (one per text, ids ``prefix-0``, ``prefix-1`` …) read by the real pipeline."""
    from newsgraph.models import Article
    from newsgraph.resolve import link_article

    for n, text in enumerate(texts):
        article = Article(id=f"{prefix}-{n}", text=text, published=published, source=source)
        store.write_article(annotator.annotate(article), linker=link_article)
    return store


def ingested(tmp_path_factory, annotator, name: str, files: dict[str, str]):
    """A store of made-up articles (file name → text) read by the real pipeline into a fresh folder ``name``."""
    from newsgraph.ingest import ingest
    from newsgraph.store import open_store

    folder = tmp_path_factory.mktemp(name)
    for file, text in files.items():
        (folder / file).write_text(text)
    store = open_store(folder / "s.db")
    ingest([folder], store, annotator=annotator)
    return store


def ungated(monkeypatch) -> None:
    """The confidence gate off (``query.confidence``): a test of how a span is found reads the span its finder
    states, before the model of our own misses weighs it (a made-up article of two sentences gives that model
    little to go on)."""
    from newsgraph.query import confidence

    monkeypatch.setattr(confidence, "THRESHOLD", 0.0)
