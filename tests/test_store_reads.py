"""The query stage's store reads (``store.reads``): portable, not shadowed, and keeping their word.

Issue #14: the query stage reads storage only through these methods
(``test_store_layering`` checks it holds no SQL), so another store
(PostgreSQL) can stand behind the same interface. The checks here pin that
the statements avoid SQLite-only spellings, that no other store mixin hides a
method of this one, and what the portable statements must still do (match any
case, take a phrase literally, put undated rows last).
"""

from __future__ import annotations

import re
from pathlib import Path

from test_query_build import MARA, Doc

from newsgraph.store.browse import BrowseReads
from newsgraph.store.curation import CurationStore
from newsgraph.store.reads import QueryReads
from newsgraph.store.resolution import ResolutionStore
from newsgraph.store.vectors import VectorReads

ROOT = Path(__file__).resolve().parent.parent
#: SQLite-only spellings the portable statements must not use (the full-text module excepted).
_SQLITE_ONLY = re.compile(r"COLLATE NOCASE|\binstr\(|IFNULL|GROUP_CONCAT|json_each|json_extract|\browid\b|"
                          r"INSERT OR|REPLACE INTO|LIMIT -1|PRAGMA|sqlite_master|WHERE 1\b(?! =)", re.IGNORECASE)


def test_query_reads_are_portable_sql():
    for path in sorted((ROOT / "newsgraph" / "store").glob("reads*.py")):
        if path.name == "reads_fulltext.py":  # FTS5: each store has its own
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            assert not _SQLITE_ONLY.search(line), f"{path.name}:{number}: {line.strip()}"


def _names(mixin: type) -> set[str]:
    return {name for cls in mixin.__mro__ if cls is not object for name in vars(cls)
            if not name.startswith("__") and name != "conn"}


def test_store_mixins_do_not_shadow_each_other():
    """Mixed into one class, two mixins with a method of the same name would silently lose one of them."""
    mixins = [BrowseReads, ResolutionStore, CurationStore, QueryReads, VectorReads]
    for i, a in enumerate(mixins):
        for b in mixins[i + 1:]:
            assert not _names(a) & _names(b), (a.__name__, b.__name__, _names(a) & _names(b))


def _two_articles(store):
    d = Doc("2023-04-02", ["Mara Quinlan paid 50% of the cost.", "Quinlan met the mayor.",
                           "Mara Quinlan said the plan_b was dead.", "Mara Quinlan left."], source="Daily Lantern")
    m = d.entity(*MARA)
    d.claim(1, m, "met", "the mayor", "happened", lemma="meet")
    dated = d.write(store)
    d = Doc(None, ["Mara Quinlan met the governor."])
    m = d.entity(*MARA)
    d.claim(0, m, "met", "the governor", "happened", lemma="meet")
    undated = d.write(store)
    return dated.article.id, undated.article.id


def test_sentence_with_a_phrase_takes_it_literally_in_any_case(store):
    dated, _ = _two_articles(store)
    assert store.sentence_index_with(dated, "50% OF") == 0
    assert store.sentence_index_with(dated, "plan_b") == 2
    assert store.sentence_index_with(dated, "plan%b") is None  # % is no wildcard
    assert store.sentence_index_with(dated, "planxb") is None  # nor is _
    assert store.sentence_index_with(dated, "mara quinlan", near=3) == 3
    assert store.sentence_index_with(dated, "mara quinlan", near=1) == 0  # sentences 0 and 2 tie: the earlier


def test_names_match_in_any_case_and_undated_claims_come_last(store):
    dated, undated = _two_articles(store)
    (found,) = store.entity_briefs_named_any_case("MARA quinlan")
    assert found.name == "Mara Quinlan" and store.entity_briefs_named("mara quinlan") == []
    assert [key for key, _ in store.entity_briefs_for_keys(["mara quinlan"])] == ["mara quinlan"]
    keys = store.entity_claim_keys(found.id, limit=5)
    assert [a for a, _ in keys] == [dated, undated]
    assert store.entity_claim_keys(found.id, limit=1)[0][0] == dated


def test_rows_loaded_by_key_come_in_the_keys_order(store, monkeypatch):
    """Claims and sentences loaded by key come in the keys' order (unknown keys left out), whether the keys are
    bound in several statements (SQLite: at most ``lists.CHUNK`` a statement) or as one array (PostgreSQL)."""
    from newsgraph.store import lists

    dated, undated = _two_articles(store)
    (found,) = store.entity_briefs_named("Mara Quinlan")
    claims = store.entity_claim_keys(found.id, limit=5)
    monkeypatch.setattr(lists, "CHUNK", 2)
    keys = [*reversed(claims), ("no-such-article", "c1"), *claims]
    assert [(r.article_id, r.local_id) for r in store.claim_rows(keys, min_confidence=0.0)] == claims[::-1]
    sentences = [(dated, 3), ("no-such-article", 0), (undated, 0), (dated, 1), (dated, 0)]
    assert [(h.article_id, h.sentence) for h in store.sentence_rows(sentences)] == [
        (dated, 3), (undated, 0), (dated, 1), (dated, 0)]
    assert {b.id for b in store.entity_briefs([found.id, found.id, 10**9])} == {found.id}
    assert "Mara Quinlan" in store.entity_names([found.id])


def test_search_ranks_a_bounded_set_of_each_words_sentences(tmp_path, monkeypatch):
    """The unfiltered search ranks at most ``SEARCH_CANDIDATES`` sentences of each word, on either store: under
    the bound it gives the full ranking's hits and scores; past it, every sentence of a rare word (a name) is
    still ranked, and at most the bound of each word is."""
    import importlib.util
    import sys

    from newsgraph.store import base, open_store
    from tests import stores

    spec = importlib.util.spec_from_file_location("bench_query", ROOT / "bench" / "query.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    db = stores.db_for(tmp_path, "search.db")
    bench.build(db, 300, 200, seed=5)
    with open_store(db) as store:
        name = store.conn.execute("SELECT name FROM entities WHERE article_count = 1 ORDER BY id LIMIT 1").fetchone()[0]
        rare = name.split()[-1]
        query = f"met signed said {rare}"
        full = store.search_where(query, limit=50)
        monkeypatch.setattr(store, "_ranked_sentence_ids", lambda words: base.Store._ranked_sentence_ids(store, words))
        assert store.search_where(query, limit=50) == full  # the whole OR ranked: the same hits under the bound
        monkeypatch.undo()
        common = store.search("met", limit=1000)
        named = store.search(rare, limit=1000)
        assert len(common) > 3 and 0 < len(named) <= 3
        monkeypatch.setattr(sys.modules[type(store).__module__], "SEARCH_CANDIDATES", 3)
        assert len(store.search("met", limit=1000)) == 3
        bounded = {(h.article_id, h.sentence): h.score for h in store.search(query, limit=1000)}
        whole = {(h.article_id, h.sentence): h.score for h in full}
        assert {(h.article_id, h.sentence) for h in named} <= set(bounded)
        assert len(bounded) <= 3 * 4
        assert all(whole[key] == score for key, score in bounded.items() if key in whole)  # scored as in full
