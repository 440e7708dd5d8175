"""Ingest on Ray Data gives the same store as a plain, one-process ingest."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from newsgraph.ingest import ingest
from newsgraph.scale.cli import split_ray_option
from newsgraph.store import open_store
from tests.conftest import EXAMPLES
from tests.test_syndication import COPIES, WIRE

#: Table → the columns compared (everything but the time of ingest and file paths).
SNAPSHOT = {
    "articles": "id, doc_id, published, title, source, url, text, tokens",
    "sentences": "article_id, idx, start, \"end\", text",
    "article_entities": "article_id, local_id, name, type, aliases, descriptions, mention_count",
    "times": "article_id, start, \"end\", text, type, value",
    "claims": "article_id, local_id, sentence_idx, kind, subject, subject_local, predicate, lemma, object, "
              "object_local, status, time_value, source_text, source_local, args",
    "entities": "id, name, type, mention_count, article_count",
    "entity_aliases": "entity_id, alias",
    "entity_links": "article_id, local_id, entity_id",
    "article_copies": "copy_id, original_id, source, url, published, similarity",
    "article_bands": "band, key, article_id",
}


def snapshot(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in SNAPSHOT.items()}
    finally:
        conn.close()


def corpus(tmp_path: Path) -> Path:
    """examples/ plus a wire story and two of its copies (so originals and copies are compared too)."""
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder / "examples")
    for i, (outlet, dateline, footer) in enumerate(COPIES[:3]):
        (folder / f"wire-{i}.txt").write_text(WIRE.format(outlet=outlet, dateline=dateline, footer=footer))
    return folder


def test_ray_option_takes_an_address_or_leaves_a_path(tmp_path):
    assert split_ray_option("local", [Path("a")]) == (None, [Path("a")])
    assert split_ray_option("10.0.0.5:6379", [Path("a")]) == ("10.0.0.5:6379", [Path("a")])
    assert split_ray_option("ray://head:10001", []) == ("ray://head:10001", [])
    assert split_ray_option("examples/", [Path("b")]) == (None, [Path("examples/"), Path("b")])


@pytest.mark.slow
def test_ray_ingest_stores_what_a_plain_ingest_stores(tmp_path, annotator):
    import ray

    from newsgraph.scale.ray_ingest import ingest_ray, start_ray

    folder = corpus(tmp_path)
    plain = open_store(tmp_path / "plain.db")
    expected = ingest([folder], plain, annotator=annotator)
    plain.close()

    on_ray = open_store(tmp_path / "ray.db")
    assert start_ray(workers=2)  # one local Ray for both runs (start-up is the slow part)
    try:
        run = ingest_ray([folder], on_ray, workers=2)
        assert run.result.to_dict() == expected.to_dict()
        assert expected.copies == 2 and expected.stored > 10
        assert run.worker_peak_rss_mb and all(mb > 100 for mb in run.worker_peak_rss_mb.values())
        again = ingest_ray([folder], on_ray, workers=2)  # idempotent: nothing new, nothing parsed
        assert (again.result.stored, again.result.copies, again.result.duplicates) == (0, 0, expected.read)
    finally:
        ray.shutdown()
        on_ray.close()

    plain_rows, ray_rows = snapshot(tmp_path / "plain.db"), snapshot(tmp_path / "ray.db")
    for table in SNAPSHOT:
        assert ray_rows[table] == plain_rows[table], table
    assert plain_rows["claims"] and plain_rows["entity_links"]
