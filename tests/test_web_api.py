"""The JSON API through the real app over a real store built from the example corpus."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient
from webstore import ROOT, built_store, store_copy

from newsgraph.api import ServeSettings, create_app
from newsgraph.query import ask, profile
from newsgraph.store import open_store

QUESTION = "Why does Gypsy Rose Blanchard want to meet Kim Kardashian?"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(ServeSettings(db=str(built_store())))) as c:
        yield c


@pytest.fixture()
def writable(tmp_path):
    with TestClient(create_app(ServeSettings(db=str(store_copy(tmp_path))))) as c:
        yield c


def top_person(client) -> dict:
    return client.get("/api/entities", params={"type": "PERSON", "limit": 1}).json()["items"][0]


def test_lists_are_paged_with_totals(client):
    first = client.get("/api/articles", params={"limit": 5}).json()
    assert first["total"] >= 17 and len(first["items"]) == 5
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    entities = client.get("/api/entities", params={"type": "PERSON", "limit": 3}).json()
    assert entities["total"] > 3 and all(e["type"] == "PERSON" for e in entities["items"])
    for url in ("/api/claims", "/api/open-loops", "/api/conflicts", "/api/outlets", "/api/curation/decisions",
                "/api/ingest"):
        body = client.get(url, params={"limit": 2}).json()
        assert body["limit"] == 2 and len(body["items"]) <= 2, url


def test_article_filters_and_histogram(client):
    outlets = client.get("/api/outlets").json()["items"]
    source = outlets[0]["source"]
    got = client.get("/api/articles", params={"source": source, "limit": 200}).json()
    assert got["total"] == outlets[0]["articles"] and {a["source"] for a in got["items"]} == {source}
    in_2024 = client.get("/api/articles", params={"start": "2024", "end": "2024", "limit": 200}).json()
    assert in_2024["items"] and all(a["published"].startswith("2024") for a in in_2024["items"])
    bars = client.get("/api/histogram").json()["bars"]
    assert bars and all(len(b["period"]) == 7 for b in bars)
    assert 0 < sum(b["articles"] for b in bars) <= client.get("/api/articles").json()["total"]


def test_results_are_the_query_layers_to_dict(client):
    """The API returns what ``--format json`` prints: the query function's ``to_dict()``."""
    person = top_person(client)
    with open_store(built_store(), read_only=True) as store:
        expected_profile = profile(store, str(person["id"])).to_dict()
        expected_answer = ask(store, QUESTION).to_dict()
    assert client.get(f"/api/entities/{person['id']}/profile").json() == expected_profile
    assert client.get("/api/ask", params={"q": QUESTION}).json() == expected_answer


def test_ask_cites_sentences_of_stored_articles(client):
    answer = client.get("/api/ask", params={"q": QUESTION}).json()
    assert answer["found"] and answer["citations"]
    for c in answer["citations"]:
        article = client.get(f"/api/articles/{c['article']}").json()
        assert article["text"][c["start"]:c["end"]] == c["text"]


def test_article_carries_marks_at_its_offsets(client):
    item = client.get("/api/articles", params={"limit": 1, "offset": 3}).json()["items"][0]
    article = client.get(f"/api/articles/{item['id']}").json()
    kinds = {m["kind"] for m in article["marks"]}
    assert "entity" in kinds
    for m in article["marks"]:
        assert 0 <= m["start"] < m["end"] <= len(article["text"])
    linked = [m for m in article["marks"] if m["kind"] == "entity" and m["entity_id"]]
    assert linked and {m["entity_id"] for m in linked} <= {e["id"] for e in article["entities"]}


def test_timeline_graph_and_connect(client):
    person = top_person(client)
    timeline = client.get(f"/api/entities/{person['id']}/timeline", params={"limit": 3}).json()
    assert timeline["entity"]["id"] == person["id"] and 0 < len(timeline["items"]) <= 3
    graph = client.get(f"/api/entities/{person['id']}/graph").json()
    assert graph["nodes"][0]["id"] == str(person["id"]) and graph["edges"]
    other = graph["edges"][0]["target"]
    assert graph["edges"][0]["evidence"]
    found = client.get("/api/connect", params={"a": person["id"], "b": other}).json()
    assert found["direct"] or found["paths"]
    assert {str(person["id"]), other} <= {n["id"] for n in found["graph"]["nodes"]}


def test_one_error_shape(client):
    for url, status in [("/api/entities/no-such-entity-zz/profile", 404), ("/api/articles/zzzz", 404),
                        ("/api/articles?limit=0", 422), ("/api/ask", 422), ("/api/nope", 404)]:
        r = client.get(url)
        assert r.status_code == status, url
        error = r.json()["error"]
        assert error["status"] == status and error["code"] and error["message"]


def test_curation_takes_effect_and_undoes(writable):
    person = top_person(writable)
    r = writable.post("/api/curation/rename", json={"entity": str(person["id"]), "name": "Renamed Person"})
    assert r.status_code == 200, r.text
    assert writable.get(f"/api/entities/{person['id']}/profile").json()["entity"]["name"] == "Renamed Person"
    r = writable.post("/api/curation/undo", json={"decision": r.json()["id"]})
    assert r.status_code == 200 and r.json()["undone_at"]
    assert writable.get(f"/api/entities/{person['id']}/profile").json()["entity"]["name"] == person["name"]
    r = writable.post("/api/curation/merge", json={"into": str(person["id"]), "other": str(person["id"])})
    assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"


def test_writes_need_the_token_off_loopback(tmp_path):
    settings = ServeSettings.for_host("0.0.0.0", db=str(store_copy(tmp_path)))
    assert settings.token
    with TestClient(create_app(settings)) as c:
        body = {"entity": "1", "alias": "Another Name"}
        assert c.post("/api/curation/alias-add", json=body).status_code == 401
        assert c.post("/api/curation/alias-add", json=body, headers={"X-Newsgraph-Token": "wrong"}).status_code == 401
        r = c.post("/api/curation/alias-add", json=body, headers={"X-Newsgraph-Token": settings.token})
        assert r.status_code == 200, r.text
        assert c.get("/api/articles").status_code == 200  # reads need no token


def test_cross_site_writes_and_large_bodies_are_refused(tmp_path):
    with TestClient(create_app(ServeSettings(db=str(store_copy(tmp_path)), max_body=1000))) as c:
        r = c.post("/api/curation/rename", json={"entity": "1", "name": "x"}, headers={"Origin": "http://evil.test"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        r = c.post("/api/ingest", files={"files": ("a.txt", b"x" * 5000)})
        assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_read_only_server_refuses_writes(tmp_path):
    with TestClient(create_app(ServeSettings(db=str(store_copy(tmp_path)), writes=False))) as c:
        assert c.post("/api/curation/rename", json={"entity": "1", "name": "x"}).status_code == 403


def test_reads_use_a_read_only_connection(client):
    store = client.app.state.stores.reader()
    assert store.read_only
    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        store.conn.execute("DELETE FROM articles")


def test_exports_read_back(client, tmp_path):
    import csv
    import io
    import xml.etree.ElementTree as ET

    r = client.get("/api/export/graphml")
    assert r.status_code == 200 and "graphml" in r.headers["content-type"]
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(r.content)
    labels = [d.text for d in root.findall(".//g:node/g:data[@key='label']", ns)]
    assert any("<script>" in (x or "") for x in labels) or labels  # markup kept as text, the XML still parses
    assert root.findall(".//g:edge", ns)
    entities = list(csv.DictReader(io.StringIO(client.get("/api/export/entities-csv").text)))
    assert len(entities) == client.get("/api/entities").json()["total"]
    claims = list(csv.DictReader(io.StringIO(client.get("/api/export/claims-csv").text)))
    assert claims and {"status", "statement", "sentence"} <= set(claims[0])
    assert client.get("/api/export/nope").status_code == 422


def test_annotations_export_follows_the_annotate_contract(client):
    import json

    import jsonschema

    schema = json.loads((ROOT / "newsgraph" / "schema" / "annotate.schema.json").read_text())
    lines = client.get("/api/export/annotations-jsonl").text.splitlines()
    assert len(lines) == client.get("/api/articles").json()["total"]
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, schema)
        article = client.get(f"/api/articles/{record['article_id']}").json()
        for claim in record["claims"]:
            assert article["text"][claim["evidence"]["start"]:claim["evidence"]["end"]] == claim["evidence"]["text"]


def test_ingest_upload_runs_in_the_background_with_progress(writable):
    import time

    before = writable.get("/api/articles").json()["total"]
    text = "date: 2024-03-01\n\nThe Harbor Trust opened its ferry line on Friday, officials said.\n"
    r = writable.post("/api/ingest", files=[("files", ("one.txt", text.encode())),
                                            ("files", ("two.txt", text.replace("Friday", "Monday").encode()))])
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["total"] == 2 and job["state"] in ("queued", "running")
    deadline = time.monotonic() + 120
    while job["state"] in ("queued", "running"):
        assert writable.get("/api/entities", params={"limit": 5}).status_code == 200  # reads go on meanwhile
        assert time.monotonic() < deadline, job
        time.sleep(0.2)
        job = writable.get(f"/api/ingest/{job['id']}").json()
    assert job["state"] == "done", job
    assert (job["done"], job["stored"]) == (2, 2)
    assert writable.get("/api/articles").json()["total"] == before + 2
    assert writable.get("/api/ingest").json()["items"][0]["id"] == job["id"]
    assert writable.get("/api/ingest/999").status_code == 404


def test_kept_results_are_dropped_when_this_server_writes(writable):
    person = top_person(writable)
    url = f"/api/entities/{person['id']}/profile"
    cache = writable.app.state.cache
    first = writable.get(url).json()
    hits = cache.hits
    assert writable.get(url).json() == first and cache.hits == hits + 1
    r = writable.post("/api/curation/alias-add", json={"entity": str(person["id"]), "alias": "Zed Quillfeather"})
    assert r.status_code == 200, r.text
    assert "Zed Quillfeather" in writable.get(url).json()["aliases"]


def test_kept_results_outlive_other_writers_for_at_most_max_stale_seconds(tmp_path):
    """A commit by another connection (an ingest) leaves a kept answer served until it is max_stale old."""
    from newsgraph.resolve import Curator

    db = store_copy(tmp_path)
    with TestClient(create_app(ServeSettings(db=str(db), max_stale=30))) as c:
        now = [1000.0]
        c.app.state.cache.clock = lambda: now[0]
        person = top_person(c)
        url = f"/api/entities/{person['id']}/profile"
        before = c.get(url).json()
        other = open_store(str(db))
        try:
            Curator(other).alias_add(str(person["id"]), "Zed Quillfeather")
        finally:
            other.close()
        now[0] += 29
        assert c.get(url).json() == before  # changed 29 s ago at most: kept
        assert c.app.state.cache.stale_hits == 1
        now[0] += 2
        assert "Zed Quillfeather" in c.get(url).json()["aliases"]  # kept 31 s: computed again
    with TestClient(create_app(ServeSettings(db=str(db), max_stale=0))) as c:
        url = f"/api/entities/{person['id']}/profile"
        assert "Zed Quillfeather" in c.get(url).json()["aliases"]
        other = open_store(str(db))
        try:
            Curator(other).alias_add(str(person["id"]), "Quill Zedfeather")
        finally:
            other.close()
        assert "Quill Zedfeather" in c.get(url).json()["aliases"]  # max_stale=0: dropped at the commit


def test_requests_missing_the_same_result_at_once_compute_it_once(tmp_path):
    import threading

    from newsgraph.api.cache import ResultCache
    from newsgraph.api.stores import Stores

    stores = Stores(str(store_copy(tmp_path)))
    cache = ResultCache(stores)
    started, release, calls = threading.Event(), threading.Event(), []

    def slow() -> str:
        calls.append(1)
        started.set()
        release.wait(10)
        return "answer"

    results: list[str] = []
    first = threading.Thread(target=lambda: results.append(cache.get("k", slow)))
    first.start()
    started.wait(10)
    others = [threading.Thread(target=lambda: results.append(cache.get("k", slow))) for _ in range(3)]
    for t in others:
        t.start()
    time.sleep(0.3)  # the others are waiting for the first one's computation by now
    release.set()
    for t in [first, *others]:
        t.join(10)
    assert results == ["answer"] * 4 and len(calls) == 1 and cache.shared + cache.hits == 3
    cache.close()
    stores.close()


def test_api_and_pages_reach_the_store_only_through_its_methods():
    """No SQL in newsgraph/api or newsgraph/web, and nothing of the nlp stage but its public pipeline."""
    for path in [*(ROOT / "newsgraph" / "api").glob("*.py"), *(ROOT / "newsgraph" / "web").glob("*.py")]:
        source = path.read_text()
        assert not re.search(r"\.execute\(|\.conn\b|\bSELECT\b|\bPRAGMA\b", source), path
        nlp_imports = [line for line in source.splitlines() if "nlp" in line and "import" in line]
        assert all("nlp.pipeline import Annotator" in line for line in nlp_imports), (path, nlp_imports)
