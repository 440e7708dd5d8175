"""The PostgreSQL store: its sqlite3-like adapter, the same results as SQLite, one writer at a time, and a
server killed in the middle of an ingest.

The adapter tests need no server. The others (marked ``postgres``) run in the
PostgreSQL pass (``NEWSGRAPH_TEST_STORE=postgresql``, ``make test-postgres``)
on the throwaway server ``tests/stores.py`` starts; the SQLite pass leaves
them out (deselected, not skipped).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsgraph.store import ArticleFilter, open_store
from newsgraph.store.pgconn import translate
from tests import stores
from tests.test_ingest import write_corpus


def test_placeholders_become_numbered_server_ones_and_percent_signs_stay_text():
    assert translate("SELECT a FROM t WHERE b = ? AND c LIKE 'x%' AND d = ?") == \
        "SELECT a FROM t WHERE b = $1 AND c LIKE 'x%' AND d = $2"
    assert translate("SELECT '?', \"who?\" FROM t WHERE a = ?") == "SELECT '?', \"who?\" FROM t WHERE a = $1"
    assert translate("SELECT 'it''s ?' WHERE a = ? -- b = ?\n AND c = ?") == \
        "SELECT 'it''s ?' WHERE a = $1 -- b = \n AND c = $2"
    assert translate("SELECT CAST(a AS REAL) / b") == "SELECT CAST(a AS DOUBLE PRECISION) / b"


def test_open_store_reads_the_url():
    from newsgraph.store import is_postgres_url

    assert is_postgres_url("postgresql://u@localhost/db") and is_postgres_url("postgres://h/db")
    assert not is_postgres_url("newsgraph.db") and not is_postgres_url(Path("postgresql:"))


# -- on a real server ----------------------------------------------------------------


def _articles(annotator, folder: Path, n: int):
    from newsgraph.readers import read_path

    write_corpus(folder, n)
    return list(annotator.annotate_many(a for p in sorted(folder.iterdir()) for a in read_path(p)))


def _snapshot(store, ids: list[str]) -> dict:
    """What the store core answers (everything but full-text ranking, which differs between engines)."""
    return {
        "articles": [a.to_dict() for a in store.articles()],
        "page": [a.to_dict() for a in store.articles_where(ArticleFilter(start="2000"), limit=3, offset=1)],
        "count": store.count_articles_where(ArticleFilter(end="2002")),
        "histogram": store.histogram(width=4),
        "outlets": store.outlet_counts(),
        "annotations": [store.annotation(i) for i in ids],
        "marks": [(m.sentences, sorted(m.marks, key=lambda x: (x.kind, x.start, x.end, x.label)))
                  for m in (store.article_marks(i) for i in ids)],
        "times": [store.times_in(i, 0, 400) for i in ids],
        "mentions": [store.mentions_in(i, 0, 400) for i in ids],
        "found": store.find_article_id(ids[0][:12].upper()),
        "article": store.article(ids[1]),
        "search": sorted((h.article_id, h.sentence, h.text) for h in store.search("bakery hire", limit=100)),
        "search_where": sorted((h.article_id, h.sentence) for h in
                               store.search_where("council", ArticleFilter(start="2001"), limit=100)),
    }


@pytest.mark.postgres
def test_postgres_store_answers_as_sqlite_does(tmp_path, annotator):
    annotated = _articles(annotator, tmp_path / "corpus", 5)
    snapshots = []
    for db in (str(tmp_path / "same.db"), stores.db_for(tmp_path, "same-pg")):
        store = open_store(db)
        outcomes = [store.add_article(a) for a in annotated] + [store.add_article(annotated[0])]
        assert outcomes == ["stored"] * 5 + ["duplicate"]
        snapshots.append(_snapshot(store, sorted(a.article.id for a in annotated)))
        assert store.search("bakery") and not store.search("zzzunknownword")
        store.close()
    sqlite, postgres = snapshots
    assert postgres == sqlite


@pytest.mark.postgres
def test_a_read_only_postgres_store_refuses_writes(tmp_path, annotator):
    from newsgraph.errors import NoStoreError, StoreError

    [annotated] = _articles(annotator, tmp_path / "corpus", 1)
    db = stores.db_for(tmp_path, "ro")
    with open_store(db, read_only=True) as store, pytest.raises(StoreError):
        store.add_article(annotated)
    empty = stores.server_url().rsplit("/", 1)[0] + "/postgres"  # a database without newsgraph's tables
    with pytest.raises(NoStoreError):
        open_store(empty, create=False)


@pytest.mark.postgres
def test_writers_take_turns(tmp_path):
    """Two connections: the second's write transaction starts only when the first's has ended."""
    db = stores.db_for(tmp_path, "turns")
    first, second = open_store(db), open_store(db)
    events: list[str] = []
    entered = threading.Event()

    def other_writer() -> None:
        entered.wait(10)
        with second.transaction():
            events.append("second")

    thread = threading.Thread(target=other_writer)
    thread.start()
    with first.transaction():
        entered.set()
        time.sleep(0.5)  # the other writer is waiting on the lock by now
        events.append("first")
    thread.join(10)
    assert events == ["first", "second"]
    first.close()
    second.close()


@pytest.mark.postgres
def test_server_killed_mid_ingest_then_rerun_stores_each_article_once(tmp_path):
    """SIGKILL the PostgreSQL server while `newsgraph ingest` writes, restart it, run again: every article
    once, whole (its own server: the session's one is shared with the other tests)."""
    script = stores.SCRIPT
    folder = tmp_path / "pg"
    start = subprocess.run(["bash", str(script), "start", str(folder)], capture_output=True, text=True)
    assert start.returncode == 0, start.stderr
    url = start.stdout.strip().splitlines()[-1]
    port = url.rsplit(":", 1)[1].split("/")[0]
    try:
        n = 24
        write_corpus(tmp_path / "corpus", n)
        cmd = [sys.executable, "-m", "newsgraph", "ingest", str(tmp_path / "corpus"), "--db", url, "--quiet",
               "--format", "json"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killed = False
        deadline = time.monotonic() + 180
        while proc.poll() is None and time.monotonic() < deadline:
            if _stored(url) >= 5:
                pid = int((folder / "data" / "postmaster.pid").read_text().split()[0])
                os.kill(pid, signal.SIGKILL)  # the server, not the ingest
                killed = True
                break
            time.sleep(0.05)
        proc.wait(timeout=120)
        assert killed, "ingest finished before the server could be killed: make the corpus bigger"
        assert proc.returncode != 0  # the ingest saw its store go away
        for _ in range(60):  # the killed server's processes end (and are reaped) before it can start again
            restart = subprocess.run(["bash", str(script), "start", str(folder), port], capture_output=True,
                                     text=True)
            if restart.returncode == 0:
                break
            time.sleep(1)
        assert restart.returncode == 0, restart.stderr[-2000:]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout.strip().splitlines()[-1])["refused"] == 0
        with open_store(url, read_only=True) as store:
            one = store.conn.execute
            assert store.count_articles() == n
            assert one("SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0] == n
            assert one("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                       "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0] == 0
            assert one("SELECT count(*) FROM entity_links").fetchone()[0] == \
                one("SELECT count(*) FROM article_entities").fetchone()[0]
    finally:
        subprocess.run(["bash", str(script), "stop", str(folder)], capture_output=True)


def _stored(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=2) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except psycopg.Error:  # not created yet
        return 0
