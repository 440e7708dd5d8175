"""The Ray ingest's in-run copies: a copy of an earlier article of the same run is held back from the nlp
stage and placed by the writer at its turn; the store stays what a plain ingest makes of the same input."""

from __future__ import annotations

from newsgraph.errors import ReadError
from newsgraph.ingest import IngestResult, ingest
from newsgraph.readers import read_paths
from newsgraph.scale.held import plan, write_in_order
from newsgraph.store import open_store
from newsgraph.store.syndication import band_keys
from tests.test_syndication import COPIES, SAME_EVENT, UNRELATED, WIRE


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [WIRE.format(outlet=o, dateline=d, footer=f) for o, d, f in COPIES[:3]]
    texts[1:1] = [UNRELATED, SAME_EVENT]  # wire, unrelated, same event reworded, copy, copy
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


class _AnnotatedHere:
    """``annotate_here`` for ``write_in_order``: annotates, and keeps the id of each article it was asked for."""

    def __init__(self, annotator) -> None:
        self.annotator = annotator
        self.ids: list[str] = []

    def __call__(self, article):
        self.ids.append(article.id)
        return self.annotator.annotate(article)


def _articles(folder):
    items = list(read_paths([folder]))
    assert not any(isinstance(i, ReadError) for i in items)
    return items


def test_copies_of_earlier_articles_of_the_run_are_held_and_nothing_else(tmp_path):
    articles = _articles(_folder(tmp_path))
    planned = plan(articles, lambda a: band_keys(a.text))
    assert [p.article for p in planned] == articles
    assert [p.held for p in planned] == [False, False, False, True, True]
    assert all(p.keys == band_keys(p.article.text) for p in planned)
    # the same text again (another outlet or the same): held, the store decides what it is
    assert plan([articles[0], articles[0]], lambda a: band_keys(a.text))[1].held


def test_held_copies_are_placed_at_their_turn_as_a_plain_ingest_places_them(tmp_path, annotator):
    folder = _folder(tmp_path)
    plain = open_store(tmp_path / "plain.db")
    expected = ingest([folder], plain, annotator=annotator)
    planned = plan(_articles(folder), lambda a: band_keys(a.text))
    parsed = annotator.annotate_many([p.article for p in planned if not p.held])
    here = _AnnotatedHere(annotator)
    store = open_store(tmp_path / "ray.db")
    result = IngestResult(read=5)
    write_in_order(planned, parsed, store, result, None, here)
    assert here.ids == []  # every held article was a copy: none parsed
    assert (result.stored, result.copies) == (expected.stored, expected.copies) == (3, 2)
    assert store.outlets([planned[0].article.id]) == plain.outlets([planned[0].article.id])
    assert len(store.outlets([planned[0].article.id])[planned[0].article.id]) == 3
    plain.close()
    store.close()


def test_a_held_article_the_store_does_not_take_as_a_copy_is_parsed_on_the_driver(tmp_path, annotator):
    articles = _articles(_folder(tmp_path))[:2]  # the wire story and an unrelated one
    planned = plan(articles, lambda a: band_keys(a.text))
    forced = [planned[0], type(planned[1])(planned[1].article, planned[1].keys, held=True)]  # a wrong prediction
    here = _AnnotatedHere(annotator)
    store = open_store(tmp_path / "ray.db")
    result = IngestResult(read=2)
    events: list[str] = []
    write_in_order(forced, annotator.annotate_many([articles[0]]), store, result,
                   lambda event, item: events.append(event), here)
    assert here.ids == [articles[1].id]
    assert result.stored == 2 and result.copies == 0 and store.count_articles() == 2
    assert events == ["stored", "read", "stored"]
    store.close()
