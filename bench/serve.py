"""The web API under load: 50 concurrent clients on the read endpoints while an ingest runs.

    python bench/serve.py                  # 10,000-article store, 50 clients, 60 s
    python bench/serve.py --seconds 20 --clients 20

The store is bench/query.py's synthetic one (built once, cached in
bench/.cache/, copied for each run since the ingest writes to it). The server
is started as a second process (``newsgraph serve`` on 127.0.0.1, a free port;
loopback only); this process is the load: asyncio clients with httpx, each
calling profile, timeline, connect, graph, entities, articles and search in
turn for a fixed time, while one upload of synthetic articles is ingested by
the server's background job. Every answer must be a 2xx (any other answer or
a transport error counts as an error). p50 / p95 / p99 are printed per
endpoint; the targets are zero errors and p95 under 200 ms for profile,
timeline and connect.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402

TARGET_P95_MS = {"profile": 200, "timeline": 200, "connect": 200}
HOST = "127.0.0.1"  # loopback only, always


def _store(articles: int, entities: int) -> Path:
    """bench/query.py's cached synthetic store (built on first use)."""
    import query as query_bench

    query_bench.CACHE.mkdir(parents=True, exist_ok=True)
    path = query_bench.CACHE / f"query-{articles}-{entities}-v{query_bench.VERSION}.db"
    if not path.exists():
        print(f"building {path.name}…", file=sys.stderr)
        query_bench.build(path, articles, entities)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _upload(count: int) -> bytes:
    """``count`` distinct articles as JSONL: the example wire stories, each with its own closing line."""
    base = [json.loads(line) for line in (ROOT / "examples" / "wire.jsonl").read_text().splitlines() if line.strip()]
    out = []
    for i in range(count):
        story = dict(base[i % len(base)])
        story["id"] = f"bench-{i}"
        story["text"] = story["text"] + f"\n\nThis is bench copy number {i}."
        out.append(json.dumps(story))
    return ("\n".join(out) + "\n").encode()


def _targets(db: Path, rng: random.Random, count: int) -> dict[str, list[str]]:
    from newsgraph.store import SQLiteStore

    store = SQLiteStore(db, read_only=True)
    try:
        rows = store.conn.execute("SELECT id, mention_count FROM entities ORDER BY mention_count DESC").fetchall()
        ids = [str(r[0]) for r in rows]
        drawn = ids[:3] + rng.choices(ids, weights=[r[1] + 1 for r in rows], k=count)
        words = [r[0].split()[0] for r in store.conn.execute("SELECT name FROM entities LIMIT 200")]
    finally:
        store.close()
    return {"entities": drawn, "words": words}


def _requests(targets: dict[str, list[str]], rng: random.Random):
    """An endless round of read requests, one kind after another."""
    entities, words = targets["entities"], targets["words"]
    while True:
        e, other = rng.choice(entities), rng.choice(entities)
        yield "profile", f"/api/entities/{e}/profile", None
        yield "timeline", f"/api/entities/{e}/timeline", {"limit": 50}
        yield "connect", "/api/connect", {"a": e, "b": other}
        yield "graph", f"/api/entities/{e}/graph", None
        yield "entities", "/api/entities", {"limit": 50, "offset": rng.randrange(0, 500)}
        yield "articles", "/api/articles", {"limit": 20, "offset": rng.randrange(0, 2000)}
        yield "search", "/api/search", {"q": rng.choice(words)}


async def _client(base: str, targets, seed: int, until: float, times: dict, errors: dict) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for name, path, params in _requests(targets, rng):
            if time.monotonic() >= until:
                return
            started = time.perf_counter()
            try:
                r = await client.get(path, params=params)
                ok = 200 <= r.status_code < 300
            except httpx.HTTPError as exc:
                ok, r = False, exc
            times.setdefault(name, []).append((time.perf_counter() - started) * 1000)
            if not ok:
                errors.setdefault(name, []).append(str(getattr(r, "status_code", r)))


async def _ingest(base: str, data: bytes, until: float) -> dict:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        r = await client.post("/api/ingest", files={"files": ("bench.jsonl", data, "application/x-ndjson")})
        r.raise_for_status()
        job = r.json()
        while time.monotonic() < until:
            await asyncio.sleep(1)
            job = (await client.get(f"/api/ingest/{job['id']}")).json()
        return job


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


async def _run(base: str, targets, clients: int, seconds: float, upload: bytes) -> tuple[dict, dict, dict]:
    times: dict[str, list[float]] = {}
    errors: dict[str, list[str]] = {}
    until = time.monotonic() + seconds
    ingest = asyncio.create_task(_ingest(base, upload, until)) if upload else None
    await asyncio.sleep(0.5)  # the upload is in and the job has started
    await asyncio.gather(*[_client(base, targets, i, until, times, errors) for i in range(clients)])
    return times, errors, (await ingest if ingest else {"state": "none"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--ingest", type=int, default=400, help="articles uploaded for the background ingest "
                                                                 "(0: no ingest, to see the reads alone)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    args.seconds = min(args.seconds, 600)  # bounded in time, whatever is asked
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-serve-bench-"))
    db = folder / "serve.db"
    shutil.copyfile(_store(args.articles, args.entities), db)
    port = _free_port()
    base = f"http://{HOST}:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([sys.executable, "-m", "newsgraph.cli.main", "serve", "--db", str(db), "--host", HOST,
                               "--port", str(port), "--max-body", str(200 * 1024 * 1024)], env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/outlets", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.3)
        targets = _targets(db, random.Random(7), 200)
        times, errors, job = asyncio.run(_run(base, targets, args.clients, args.seconds,
                                                       _upload(args.ingest) if args.ingest else b""))
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)
    rows = {name: {"requests": len(v), "errors": len(errors.get(name, [])), "p50": _pct(v, 0.50),
                   "p95": _pct(v, 0.95), "p99": _pct(v, 0.99)} for name, v in sorted(times.items())}
    total = sum(r["requests"] for r in rows.values())
    failed = sum(r["errors"] for r in rows.values())
    ok = failed == 0 and all(rows[n]["p95"] < t for n, t in TARGET_P95_MS.items() if n in rows)
    summary = {"articles": args.articles, "clients": args.clients, "seconds": args.seconds, "requests": total,
               "errors": failed, "rps": round(total / args.seconds, 1), "endpoints": rows,
               "ingest": {k: job.get(k) for k in ("state", "done", "stored", "total", "error")}, "ok": ok}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{args.articles:,} articles · {args.clients} clients · {args.seconds:g} s · {total:,} requests "
              f"({summary['rps']}/s) · {failed} errors")
        print(f"ingest meanwhile: {job.get('state')} {job.get('stored')} stored of {job.get('total')}")
        print(f"{'endpoint':10} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  target p95")
        for name, r in rows.items():
            target = TARGET_P95_MS.get(name)
            print(f"{name:10} {r['requests']:8d} {r['errors']:6d} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f}  "
                  + (f"< {target} {'ok' if r['p95'] < target else 'MISSED'}" if target else ""))
        if errors:
            print("errors:", {k: sorted(set(v))[:5] for k, v in errors.items()})
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
