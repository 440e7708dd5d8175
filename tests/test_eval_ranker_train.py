"""``eval.ranker_train``: collecting the ranker's training rows from a real story's store, the way ``python -m
newsgraph.eval.ranker_train collect`` does over every opened set, and loading them for ``fit``.

The collector stands in for ``fulltext.learned_order`` while ``ask`` runs, so it must take every argument ``ask``
passes: a collector that falls out of step with the search records nothing (or fails) and the weights cannot be
fitted again."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval import ranker_train
from newsgraph.eval.questions_gold import GOLD, load_question_set, story_articles
from newsgraph.query import fulltext, ranker

STORY = "ecb20-qeshm-quake"


@pytest.mark.slow
def test_collect_records_the_candidates_of_a_real_storys_questions(shared_dir: Path, annotator, tmp_path: Path):
    from newsgraph.resolve import link_article
    from newsgraph.store import SQLiteStore

    stores = tmp_path / "stores"
    stores.mkdir()
    story = load_question_set(GOLD, "dev").stories[STORY]
    store = SQLiteStore(stores / f"{STORY}.db")
    for doc in annotator.annotate_many(story_articles(story, shared_data=shared_dir / "data")):
        store.write_article(doc, linker=link_article)
    store.close()

    out = tmp_path / "rows.jsonl"
    present = fulltext.learned_order
    written = ranker_train.collect(stores, out, sets=("dev",), shared_data=shared_dir / "data")
    assert fulltext.learned_order is present  # the search is given back its own order
    asked = [q for q in load_question_set(GOLD, "dev").of_story(STORY) if q.evidence]
    assert 0 < written <= len(asked)
    groups = ranker_train.load(out)
    assert groups and all(g["x"].shape[1] == len(ranker.FEATURES) for g in groups)
    # the labels mark the gold evidence: some question of the story finds its evidence among the candidates
    assert any(g["y"].sum() > 0 for g in groups)
