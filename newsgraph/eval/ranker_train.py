"""Fitting the learned sentence order (``query.ranker``) on the opened question sets, checked leave-one-set-out.

Why: the weights that order the best sentences are learned, not set by hand, so how they were got must be
reproducible and their worth measured on sets they were not fitted to. ``collect`` asks every question of the
named sets against one store per story (stores built beforehand, e.g. ``eval questions`` or a bench's cache),
records the best sentences ``ask`` weighed (``fulltext.candidates``, in the present order) with their
``ranker.FEATURES`` and whether each overlaps a gold evidence span (as the scorer credits a citation);
``fit`` learns a linear listwise (softmax) ranker over them in NumPy; ``leave_one_out`` fits on all sets but one
and reports, for the one left out, how often the first sentence (and any of the first three) is evidence in
the present order and in the learned one.

Run: ``python -m newsgraph.eval.ranker_train collect STORES OUT.jsonl``, then
``python -m newsgraph.eval.ranker_train fit OUT.jsonl [--write]`` (``--write`` ships the weights fitted on
every set as ``query/ranker.json``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from ..query import fulltext, ranker

#: L2 weight of the fit, and its steps.
L2 = 0.01
STEPS = 400
RATE = 0.1


def collect(stores: Path, out: Path, *, sets: tuple[str, ...], shared_data: Path) -> int:
    """Ask every question of ``sets`` against ``stores/<story>.db`` and write one JSON line per question: its set,
    and the candidates ``ask`` weighed first (``covers``, ``rows`` of features, ``labels``). Returns the count."""
    from ..query import ask
    from ..store import SQLiteStore
    from .questions_gold import GOLD, QUESTION_SETS, load_question_set, load_questions, story_articles

    seen: list[dict] = []
    present = fulltext.learned_order

    def record(store, q, found, *, hits, extra, lifted=None):
        if not seen:  # the first search of the question (``Asking.best`` keeps it)
            top = found[:ranker.READ]
            seen.append(dict(covers=[f[0] for f in top], spans=[(c.article, c.start, c.end) for _, c in top],
                             rows=ranker.features(store, q, top, hits=hits, extra=extra)))
        return found  # the present order: what is recorded is what the weights are to improve on

    fulltext.learned_order = record
    written = 0
    try:
        with out.open("w") as sink:
            for name in sets:
                qset = load_question_set(GOLD, name)
                in_set = {q.id for q in load_questions(GOLD / QUESTION_SETS[name][1])}
                for sid, story in qset.stories.items():
                    path = stores / f"{sid}.db"
                    if not path.exists():
                        continue
                    doc_of = {a.id: a.origin or a.id for a in story_articles(story, shared_data=shared_data)}
                    store = SQLiteStore(path, read_only=True)
                    for gq in qset.of_story(sid):
                        if gq.id not in in_set or not gq.evidence:
                            continue
                        seen.clear()
                        ask(store, gq.q)
                        if not seen:
                            continue
                        labels = [int(any(doc_of.get(a, a) == e.doc and s < e.end and e.start < t
                                              for e in gq.evidence)) for a, s, t in seen[0]["spans"]]
                        sink.write(json.dumps(dict(id=gq.id, set=name, type=gq.type, covers=seen[0]["covers"],
                                                   rows=seen[0]["rows"], labels=labels)) + "\n")
                        written += 1
                    store.close()
    finally:
        fulltext.learned_order = present
    return written


def load(path: Path) -> list[dict]:
    """The collected questions that have candidates, each group cut to what ``learned_order`` reorders."""
    out = []
    for line in path.read_text().splitlines():
        r = json.loads(line)
        if not r.get("rows"):
            continue
        keep = [i for i, c in enumerate(r["covers"]) if c >= r["covers"][0] - fulltext.LEARNED_MARGIN]
        r["x"] = np.asarray([r["rows"][i] for i in keep], dtype=float)
        r["y"] = np.asarray([r["labels"][i] for i in keep], dtype=float)
        r["tail"] = int(sum(r["labels"][i] for i in range(len(r["labels"])) if i not in keep))
        out.append(r)
    return out


def fit(groups: list[dict]) -> dict:
    """Weights of a listwise softmax ranker over the groups with evidence and something else to rank it over."""
    usable = [g for g in groups if 0 < g["y"].sum() < len(g["y"])]
    every = np.vstack([g["x"] for g in usable])
    mean, scale = every.mean(0), every.std(0)
    scale[scale < 1e-6] = 1.0
    # the groups padded to one array (a padded place gets no probability), so each step is a few array operations
    width = max(len(g["y"]) for g in usable)
    x = np.zeros((len(usable), width, every.shape[1]))
    y = np.zeros((len(usable), width))
    pad = np.ones((len(usable), width), dtype=bool)
    for i, g in enumerate(usable):
        x[i, :len(g["y"])] = (g["x"] - mean) / scale
        y[i, :len(g["y"])] = g["y"] / g["y"].sum()
        pad[i, :len(g["y"])] = False
    w = np.zeros(every.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        s = np.where(pad, -np.inf, x @ w)
        p = np.exp(s - s.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        grad = L2 * w + np.einsum("gm,gmf->f", p - y, x) / len(usable)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {"features": list(ranker.FEATURES), "mean": mean.tolist(), "scale": scale.tolist(), "w": w.tolist(),
            "bias": 0.0, "margin": fulltext.LEARNED_MARGIN, "questions": len(usable)}


def at_k(groups: list[dict], model: dict | None, k: int) -> int:
    """How many groups have evidence among their first ``k`` sentences (present order when ``model`` is None)."""
    hit = 0
    for g in groups:
        order = np.arange(len(g["y"])) if model is None else np.argsort(-np.asarray(ranker.scores(g["x"].tolist(), model)), kind="stable")
        hit += int(g["y"][order[:k]].sum() > 0)
    return hit


def leave_one_out(groups: list[dict]) -> list[tuple[str, int, int, int, int, int]]:
    """For each set: (set, questions, present at 1, learned at 1, present at 3, learned at 3), fitted on the rest."""
    rows = []
    for name in sorted({g["set"] for g in groups}):
        held = [g for g in groups if g["set"] == name]
        model = fit([g for g in groups if g["set"] != name])
        rows.append((name, len(held), at_k(held, None, 1), at_k(held, model, 1), at_k(held, None, 3),
                     at_k(held, model, 3)))
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["collect"]:
        from .questions_gold import OPENED_SETS  # (never a blind set)

        shared = Path(argv[3] if len(argv) > 3 else "../shared/data")
        n = collect(Path(argv[1]), Path(argv[2]), sets=OPENED_SETS, shared_data=shared)
        print(f"collected {n} questions")
        return 0
    if argv[:1] == ["fit"]:
        groups = load(Path(argv[1]))
        print(f"{'set':10} {'n':>4} {'now@1':>6} {'new@1':>6} {'now@3':>6} {'new@3':>6}")
        better = 0
        for name, n, p1, l1, p3, l3 in leave_one_out(groups):
            better += l1 >= p1
            print(f"{name:10} {n:4} {p1:6} {l1:6} {p3:6} {l3:6}")
        print(f"learned at 1 not worse on {better} held-out sets")
        model = fit(groups)
        for f, w in sorted(zip(model["features"], model["w"]), key=lambda t: -abs(t[1])):
            print(f"  {f:16} {w:+.3f}")
        if "--write" in argv:
            ranker.WEIGHTS.write_text(json.dumps(model, indent=1) + "\n")
            print(f"wrote {ranker.WEIGHTS}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
