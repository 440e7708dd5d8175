"""Ingest on Ray Data gives the same store as a plain, one-process ingest."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.ingest import ingest
from newsgraph.scale.cli import split_ray_address
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
    "sentence_refs": "article_id, local_id, sentence_idx, start, \"end\", text, kind",
}


def snapshot(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in SNAPSHOT.items()}
    finally:
        conn.close()


def corpus(tmp_path: Path) -> Path:
    """examples/, a wire story and two of its copies (so originals and copies are compared too), a refused line."""
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder / "examples")
    for i, (outlet, dateline, footer) in enumerate(COPIES[:3]):
        (folder / f"wire-{i}.txt").write_text(WIRE.format(outlet=outlet, dateline=dateline, footer=footer))
    (folder / "broken.jsonl").write_text('{"text": "A line that is fine.", "published": "2024-01-02"}\nnot json\n')
    return folder


@pytest.fixture(scope="module")
def plain_run(tmp_path_factory, annotator):
    """The corpus, and a plain one-process ingest of it: (folder, result, snapshot)."""
    tmp = tmp_path_factory.mktemp("plain")
    folder = corpus(tmp)
    store = open_store(tmp / "plain.db")
    result = ingest([folder], store, annotator=annotator)
    store.close()
    return folder, result, snapshot(tmp / "plain.db")


def assert_same_store(path: Path, expected: dict[str, list[tuple]]) -> None:
    got = snapshot(path)
    for table in SNAPSHOT:
        assert got[table] == expected[table], table
    assert expected["claims"] and expected["entity_links"]


def _descendants(root: int) -> dict[int, str]:
    """pid → command line of every live process below ``root`` (only the ones this test started)."""
    parent, cmdline = {}, {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parent[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
                cmdline[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = {}, {root}
    while frontier:
        frontier = {pid for pid, ppid in parent.items() if ppid in frontier and pid not in found}
        found.update({pid: cmdline[pid] for pid in frontier})
    return found


def test_ray_address_is_the_first_argument_when_it_looks_like_one(monkeypatch):
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    assert split_ray_address([Path("10.0.0.5:6379"), Path("a")]) == ("10.0.0.5:6379", [Path("a")])
    assert split_ray_address([Path("ray://head:10001"), Path("a")]) == ("ray://head:10001", [Path("a")])
    assert split_ray_address([Path("examples"), Path("b")]) == (None, [Path("examples"), Path("b")])
    monkeypatch.setenv("RAY_ADDRESS", "auto")
    assert split_ray_address([Path("examples")]) == ("auto", [Path("examples")])


@pytest.mark.slow
def test_ray_ingest_stores_what_a_plain_ingest_stores(tmp_path, plain_run):
    import ray

    from newsgraph.scale.ray_ingest import ingest_ray, start_ray

    folder, expected, expected_rows = plain_run
    on_ray = open_store(tmp_path / "ray.db")
    assert start_ray(workers=2)  # one local Ray for both runs (start-up is the slow part)
    try:
        run = ingest_ray([folder], on_ray, workers=2)
        assert run.result.to_dict() == expected.to_dict()
        assert expected.copies == 2 and expected.stored > 10 and expected.refused == 1
        assert run.worker_peak_rss_mb and all(mb > 100 for mb in run.worker_peak_rss_mb.values())
        again = ingest_ray([folder], on_ray, workers=2)  # idempotent: nothing new, nothing parsed
        assert (again.result.stored, again.result.copies, again.result.duplicates) == (0, 0, expected.read)
    finally:
        ray.shutdown()
        on_ray.close()
    assert_same_store(tmp_path / "ray.db", expected_rows)


@pytest.mark.slow
def test_sigkill_of_a_worker_then_of_the_driver_then_a_rerun_stores_each_article_once(tmp_path, plain_run):
    """A real ``newsgraph ingest --ray`` subprocess: one nlp actor SIGKILLed as soon as it exists (Ray
    starts another and retries its batch), then the driver SIGKILLed as soon as the first article is
    stored; a re-run completes the store, each article once, exactly as a plain ingest stores it."""
    folder, expected, expected_rows = plain_run
    db = tmp_path / "ray.db"
    command = [sys.executable, "-c", "from newsgraph.cli.main import main; main()",
               "ingest", "--ray", "--db", str(db), "--quiet", folder.name]  # a relative path, read by Ray tasks
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    driver = subprocess.Popen(command, env=env, start_new_session=True, cwd=folder.parent,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed_worker, family = None, {}
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and driver.poll() is None:
            if killed_worker is None:
                workers = [pid for pid, cmd in _descendants(driver.pid).items() if "MapWorker(" in cmd]
                if workers:
                    killed_worker = workers[0]
                    os.kill(killed_worker, signal.SIGKILL)
            elif _count(db) >= 1:
                break
            time.sleep(0.1)
        assert killed_worker is not None, "no Ray nlp worker seen while the ingest ran"
        assert driver.poll() is None, "the ingest finished before the driver could be killed"
        family = _descendants(driver.pid)  # the local Ray it started: cleaned up below
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait(timeout=30)
    finally:
        family.update(_descendants(driver.pid) if driver.poll() is None else {})
        if driver.poll() is None:
            driver.kill()
            driver.wait(timeout=30)
        try:
            os.killpg(driver.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        for pid in family:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    partial = _count(db)
    assert 1 <= partial < expected.stored

    rerun = subprocess.run(command, env=env, start_new_session=True, cwd=folder.parent, capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert_same_store(db, expected_rows)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return 0
