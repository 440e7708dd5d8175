"""Ingest: whole articles or nothing, re-ingesting adds nothing, a SIGKILL loses nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.ingest import ingest
from newsgraph.readers import read_path
from newsgraph.store import open_store
from tests.stores import db_for

FIRST = ["Maria", "Tomas", "Lena", "Oskar", "Priya", "Jonah", "Aiko", "Rafael"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Castillo", "Novak", "Haddad"]
TOWNS = ["Riverton", "Ashford", "Millbrook", "Cedar Falls"]


def write_corpus(folder: Path, n: int) -> list[Path]:
    """n small dated articles in the crawl's text format, each different."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        person = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        town = TOWNS[i % len(TOWNS)]
        day = 1 + i % 28
        text = (
            f"{person} opened a bakery in {town} on Monday, the town council said. "
            f"The council had approved the plan in March {2000 + i}. "
            f"{person.split()[0]} told reporters that the shop will hire {i + 3} people next year. "
            f"Neighbours in {town} said they hope the bakery stays open for a long time."
        )
        path = folder / f"a{i:03d}.txt"
        path.write_text(f" date 2023-05-{day:02d} {text}", encoding="utf-8")
        paths.append(path)
    return paths


def table_counts(db: Path | str) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "sentences", "mentions", "entity_links", "article_entities")}


def test_reingest_adds_nothing(tmp_path, annotator):
    write_corpus(tmp_path / "corpus", 4)
    db = db_for(tmp_path, "s.db")
    with open_store(db) as store:
        first = ingest([tmp_path / "corpus"], store, annotator=annotator)
    before = table_counts(db)
    with open_store(db) as store:
        second = ingest([tmp_path / "corpus"], store, annotator=annotator)
    assert (first.stored, first.duplicates) == (4, 0)
    assert (second.stored, second.duplicates) == (0, 4)
    assert table_counts(db) == before


def test_article_is_written_whole_or_not_at_all(tmp_path, annotator):
    write_corpus(tmp_path / "corpus", 2)
    db = db_for(tmp_path, "s.db")

    def failing_linker(store, annotated):
        raise RuntimeError("linker broke halfway")

    [annotated, _] = list(annotator.annotate_many(read_path(tmp_path / "corpus")))
    with open_store(db) as store:
        with pytest.raises(RuntimeError):
            store.write_article(annotated, linker=failing_linker)
        assert store.count_articles() == 0
    assert table_counts(db) == {t: 0 for t in table_counts(db)}


def test_sigkill_at_any_moment_then_rerun_stores_each_article_once(tmp_path):
    """Kill `newsgraph ingest` with SIGKILL mid-run, several times, then finish: every article once, whole."""
    n = 30
    write_corpus(tmp_path / "corpus", n)
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "newsgraph", "ingest", str(tmp_path / "corpus"), "--db", str(db), "--quiet",
           "--format", "json"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    kills = 0
    for wanted in (1, 8, 17):  # kill once the store holds at least this many articles
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if db.exists():
                try:
                    stored = table_counts(db)["articles"]
                except (sqlite3.OperationalError, StoreError):  # schema not created yet
                    stored = 0
                if stored >= wanted:
                    proc.send_signal(signal.SIGKILL)
                    kills += 1
                    break
            time.sleep(0.02)
        proc.wait(timeout=60)
    assert kills >= 1, "ingest finished before it could be killed: make the corpus bigger"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["refused"] == 0
    counts = table_counts(db)
    assert counts["articles"] == n
    conn = sqlite3.connect(db)
    # whole articles: each has its sentences, and every local entity is linked
    assert conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                        "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0] == 0
    assert counts["entity_links"] == counts["article_entities"]
    assert conn.execute("SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0] == n
    conn.close()


def test_the_web_job_and_the_run_result_count_outcomes_with_one_function():
    from newsgraph.api.ingest import Job
    from newsgraph.ingest import IngestResult, count_event

    job, result = Job(id=1, files=[], total=None), IngestResult()
    for event in ("stored", "stored", "duplicate", "copy"):
        count_event(job, event)
        count_event(result, event)
    count_event(job, "refused")
    assert (job.stored, job.duplicates, job.copies, job.refused) == (2, 1, 1, 1)
    assert (result.stored, result.duplicates, result.copies, result.refused) == (2, 1, 1, 0)
    with pytest.raises(KeyError):
        count_event(job, "read")  # not an outcome: never counted
