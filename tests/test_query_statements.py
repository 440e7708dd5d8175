"""How many statements a profile, a timeline and a connection send to the store (issue #14).

On PostgreSQL every statement is a round trip to the server, so the query
stage reads in batches: one statement for the evidence of all the links of an
entity, one load of all their claims and sentences. These tests count the
statements on a small store built like ``bench/query.py``'s (hub entities
included), so a per-link or per-lemma read cannot creep back in unnoticed.
They run on both stores (``NEWSGRAPH_TEST_STORE=postgresql``).
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from newsgraph.query import connect, profile, timeline
from newsgraph.query.connect import EdgeAsk, edge, edges
from newsgraph.query.entities import find_entity
from newsgraph.store import open_store, reads_keys
from tests.stores import db_for

BENCH = Path(__file__).resolve().parent.parent / "bench" / "query.py"

#: Most statements one call may send (measured here: profile 25, timeline 16 (15, and one indexed lookup of the
#: entities named by a short form of the name: ``timeline.short_forms``), connect 32 (26 before the evidence walks
#: were read in steps, ``store.reads_keys.nearest_first``: on these small entities a step often walks the same rows
#: again); before batching, profile ~135 and connect ~140).
CEILING = {"profile": 27, "timeline": 16, "connect": 34}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_query", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Counting:
    """A connection that counts the statements sent through it."""

    def __init__(self, conn):
        self.conn, self.count = conn, 0

    def execute(self, *args, **kwargs):
        self.count += 1
        return self.conn.execute(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.conn, name)


@pytest.fixture(scope="module")
def bench_store(tmp_path_factory):
    bench = _bench()
    db = db_for(tmp_path_factory.mktemp("statements"), "bench.db")
    bench.build(db, 400, 300, seed=5)
    store = open_store(db)
    names = bench._names(store, random.Random(3), 8)
    yield store, names
    store.close()


def _counted(store, call) -> int:
    real = store.conn
    store.conn = counting = _Counting(real)
    try:
        call()
    finally:
        store.conn = real
    return counting.count


def test_profile_timeline_and_connect_read_in_batches(bench_store):
    store, names = bench_store
    pairs = list(zip(names, names[1:]))
    counts = {
        "profile": max(_counted(store, lambda n=n: profile(store, n)) for n in names),
        "timeline": max(_counted(store, lambda n=n: timeline(store, n)) for n in names),
        "connect": max(_counted(store, lambda a=a, b=b: connect(store, a, b)) for a, b in pairs),
    }
    assert all(counts[op] <= CEILING[op] for op in counts), counts
    # the hubs have ten connections each, with evidence: the batch did not just find nothing
    hub = profile(store, names[0])
    assert len(hub.connections) == 10 and all(c.evidence for c in hub.connections)


def test_edges_read_together_are_the_edges_read_one_by_one(bench_store):
    store, names = bench_store
    hub = find_entity(store, names[0]).entity
    others = [c.entity for c in profile(store, names[0]).connections] + [find_entity(store, names[1]).entity]
    asks = [EdgeAsk(hub, other, None, hub.id, 300) for other in others]
    together = edges(store, asks, claims=2, co_mentions=1)
    alone = [edge(store, hub, other, claims=2, co_mentions=1, walk_from=hub.id, scan=300) for other in others]
    assert [e.to_dict() if e else None for e in together] == [e.to_dict() if e else None for e in alone]
    assert sum(1 for e in together if e and e.claims) >= 3


def test_walks_read_in_steps_give_the_whole_walks_rows(bench_store, monkeypatch):
    """The evidence walks read the newest rows first and walk further only for the others still short
    (``nearest_first``): whatever the steps, each other gets the rows one whole walk gives it."""
    store, names = bench_store
    hub = find_entity(store, names[0]).entity
    others = sorted(c.entity.id for c in profile(store, names[0]).connections)
    monkeypatch.setattr(reads_keys, "NEAR_SCAN", 6)  # short first steps on this small store
    for some in (others[:1], others[1:2], others):
        for scan, limit in ((40, 2), (300, 3), (300, 8)):
            whole = store._co_mention_walk(hub.id, some, as_of=None, scan=scan, limit=limit)
            assert store.co_mention_sentence_keys_each(hub.id, some, scan=scan, limit=limit) == whole
            whole = store._claim_keys_linking_walk(hub.id, some, as_of=None, scan=scan, limit=limit)
            assert store.claim_keys_linking_each(hub.id, some, scan=scan, limit=limit) == whole
    assert any(store.co_mention_sentence_keys_each(hub.id, others, scan=300, limit=3).values())


def test_an_entitys_newest_claims_of_one_day_come_in_one_order_on_both_stores(bench_store):
    """A LIMIT that cuts an entity's newest claims inside a day keeps the same ones on SQLite and PostgreSQL:
    the rows of one day by article and claim id, highest first (``NEWEST_TIES``)."""
    store, names = bench_store
    hub = find_entity(store, names[0]).entity
    rows = store.conn.execute("SELECT article_id, claim_local, published_day FROM entity_claims"
                              " WHERE entity_id = ? AND role IN ('subject', 'object')", (hub.id,)).fetchall()
    ordered = sorted(((r[2] or "", r[0], r[1]) for r in rows), reverse=True)  # undated last
    expected = list(dict.fromkeys((article, claim) for _, article, claim in ordered))
    assert len({day for day, _, _ in ordered}) < len(ordered)  # some day holds several claims
    for limit in range(1, min(len(ordered), 60)):
        keys = store.entity_claim_keys(hub.id, limit=limit)
        assert keys == list(dict.fromkeys((a, c) for _, a, c in ordered[:limit]))
    assert store.entity_claim_keys(hub.id, limit=len(ordered)) == expected
