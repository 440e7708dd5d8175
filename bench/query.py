"""Latency of the query stage on a large store: profile, timeline, connect, ask.

    python bench/query.py              # 100,000 articles (built once, then reused from bench/.cache/)
    python bench/query.py --quick      # 10,000 articles
    python bench/query.py --rebuild    # build the store again
    python bench/query.py --quick --db postgresql://user@host/dbname   # the same on SQLite and on PostgreSQL

Why synthetic: the question is whether queries stay fast and bounded as the
store grows, including for "hub" entities named in tens of thousands of
articles, not how good the answers are. The store is filled directly with SQL
in bulk, through the real schema (migrations, triggers and all): articles of
~8 sentences (+ FTS), ~6 entities each drawn from a Zipf distribution over
20,000 entities (so the top entity is in ~10% of all articles), their mentions
with sentence indexes, entity links, and ~5 claims per article built from a
few sentence templates (met, wants to meet, plans to visit, praised, does not
follow, signed, served, said). Then ~50 queries of each kind run against it,
entities drawn by how often they are mentioned (hubs included on purpose),
and p50 / p95 / max latencies are printed against the targets
(p95 < 100 ms for profile, timeline, connect; < 300 ms for ask). Each set of
queries runs twice: the first pass (cold: pages read from disk) is printed
beside the second (warm: what a running service sees), which the targets
apply to.

Where the sentence encoder is installed (``nlp.encoder``: the ``meaning`` extra
and its weights), ``ask`` is measured as it then runs: on a copy of the store
(``…-vectors.db``) holding a vector for every sentence, as an ingest with the
encoder writes them (``store.vectors``), each question encoded anew (its vector
forgotten before each ask, as for a new question in service). The stored
vectors are random unit vectors: the figures are latency, which their values do
not change, and encoding 800,000 sentences would take hours of CPU. With
``--meaning`` two more rows go beside it: ``ask`` with the encoder switched
off on the same store, and ``ask`` on the store without vectors (every near-tie
sentence encoded at question time), and their ratios to it.

With ``--against DIR`` (another checkout of newsgraph: ``main`` beside a branch) ``ask`` is also timed with
that checkout's code, in a second process on the same store, question by question in turn with this one
(which goes first alternates), so that both see the same load of the machine; this code's ``ask`` then runs
in a fresh process too, so neither carries the heap of the other queries: a row ``ask (DIR)`` and the ratios
of this code's p50 and p95 to it are printed.

With ``--db postgresql://…`` the same store is built in that PostgreSQL
database too (it must be empty, or hold this very bench store from an earlier
run), and the same queries run on both stores, one after the other, so the
two sets of figures are measured side by side.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.query import ask, conflicts, connect, open_loops, profile, timeline  # noqa: E402
from newsgraph.resolve.names import norm  # noqa: E402
from newsgraph.store import Store, open_store  # noqa: E402

#: Bump when the generated data changes, so a cached store is rebuilt.
VERSION = 4
CACHE = ROOT / "bench" / ".cache"
TARGETS_MS = {"profile": 100, "timeline": 100, "connect": 100, "ask": 300}

SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "tor", "vel", "dar", "bri", "nel", "os", "um", "pa", "zet", "qui",
             "har", "lin", "mo", "ves", "gal", "tra", "en", "cor", "bel", "fin", "rud", "sal", "tem")
TOPICS = ("river funding", "school lunches", "the harbor plan", "bridge repairs", "a film deal", "court reform",
          "the budget", "a new stadium", "water rights", "the election", "a book tour", "park upkeep")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
OUTLETS = ("Daily Lantern", "Coastline Wire", "Metro Ledger", "Valley Post", "Evening Beacon", "Civic Review")
NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")

# (sentence template, lemma, predicate, status, object is an entity, time kind, args)
TEMPLATES = (
    ("{a} met {b} in {month} {year} to discuss {topic}.", "meet", "met", "happened", True, "month", "purpose"),
    ("{a} wants to meet {b} to discuss {topic}.", "meet", "wants to meet", "desired", True, None, "purpose"),
    ("{a} plans to visit {b} next year.", "visit", "plans to visit", "planned", True, "next", None),
    ("{a} praised {b} for work on {topic}.", "praise", "praised", "happened", True, None, "reason"),
    ("{a} does not follow {b} on social media.", "follow", "follows", "negated", True, None, None),
    ("{a} signed a deal with {b} in {year}.", "sign", "signed a deal with", "happened", True, "year", None),
    ("{a} served {n} years on the board of {b}.", "serve", "served", "happened", False, None, None),
    ("{a} said the talks with {b} were about {topic}.", "say", "said", "happened", False, None, None),
)
FILLERS = (
    "The meeting drew a large crowd in the evening.",
    "Officials did not give further details on {topic}.",
    "{a} was seen near the old market on Tuesday.",
    "Critics questioned the plan for {topic}.",
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Population:
    """``size`` entities with unique names and Zipf weights (rank 1 is the hub)."""

    def __init__(self, size: int, seed: int = 11) -> None:
        rng = random.Random(seed)
        names: set[str] = set()
        self.names: list[str] = []
        self.types: list[str] = []
        while len(self.names) < size:
            kind = rng.random()
            if kind < 0.6:
                name, type_ = f"{_word(rng, 2)} {_word(rng, 3)}", "PERSON"
            elif kind < 0.8:
                name, type_ = f"{_word(rng, 2)} {rng.choice(('Group', 'Labs', 'Partners', 'Trust', 'Works'))}", "ORG"
            else:
                name, type_ = f"{_word(rng, 3)}{rng.choice(('port', 'field', 'ridge', 'vale'))}", "GPE"
            if name not in names:
                names.add(name)
                self.names.append(name)
                self.types.append(type_)
        weights = [1.0 / (rank + 1) for rank in range(size)]
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random, k: int) -> list[int]:
        """``k`` distinct entity indexes, Zipf-distributed."""
        picked: list[int] = []
        total = self.cumulative[-1]
        while len(picked) < k:
            i = bisect.bisect_left(self.cumulative, rng.random() * total)
            if i not in picked:
                picked.append(i)
        return picked

    def short(self, i: int) -> str:
        """The form a second mention uses: a person's surname, else the name."""
        return self.names[i].split()[-1] if self.types[i] == "PERSON" else self.names[i]


def _article(rng: random.Random, pop: Population, number: int, total: int) -> dict:
    """Article ``number`` of ``total`` (published 2015–2023 in that order): text, entities, mentions, claims."""
    year = 2015 + number * 9 // max(1, total)
    day = f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    ents = pop.draw(rng, 6)
    local = {e: f"e{i + 1}" for i, e in enumerate(ents)}
    sentences: list[str] = []
    mentions: list[tuple[str, int, int, str, int]] = []  # local, start, end, text, sentence
    claims: list[tuple] = []
    offset = 0
    seen: set[int] = set()

    def name(e: int) -> str:
        text = pop.short(e) if e in seen else pop.names[e]
        seen.add(e)
        return text

    plan = [("claim", t) for t in rng.sample(range(len(TEMPLATES)), 5)] + [("filler", f) for f in range(3)]
    rng.shuffle(plan)
    for kind, which in plan:
        a, b = rng.sample(ents, 2)
        topic = rng.choice(TOPICS)
        template = TEMPLATES[which][0] if kind == "claim" else FILLERS[which]
        values = {"topic": topic, "month": rng.choice(MONTHS), "year": str(rng.randint(2010, year)),
                  "n": rng.choice(NUMBERS)}
        text, marks = "", []
        for piece in _split(template):
            if piece in ("{a}", "{b}"):
                e = a if piece == "{a}" else b
                surface = name(e)
                marks.append((local[e], len(text), len(text) + len(surface), surface))
                text += surface
            else:
                text += piece.format(**values)
        index = len(sentences)
        sentences.append(text)
        for loc, s, e_, surface in marks:
            mentions.append((loc, offset + s, offset + e_, surface, index))
        if kind == "claim":
            _, lemma, predicate, status, object_entity, time_kind, arg = TEMPLATES[which]
            time_value, time_text = None, None
            if time_kind == "month":
                time_value = f"{values['year']}-{MONTHS.index(values['month']) + 1:02d}"
                time_text = f"in {values['month']} {values['year']}"
            elif time_kind == "year":
                time_value, time_text = values["year"], f"in {values['year']}"
            elif time_kind == "next":
                time_value, time_text = str(year + 1), "next year"
            obj = pop.names[b] if object_entity else text.split(" ", 2)[-1].rstrip(".")
            args = {arg: topic} if arg else {}
            claims.append((f"c{len(claims) + 1}", index, local[a], pop.names[a], predicate, lemma, obj,
                           local[b] if object_entity else None, status, time_value, time_text, json.dumps(args),
                           offset, offset + len(text)))
        offset += len(text) + 1
    return {"day": day, "sentences": sentences, "entities": ents, "local": local, "mentions": mentions,
            "claims": claims, "source": rng.choice(OUTLETS)}


def _split(template: str) -> list[str]:
    out, rest = [], template
    while rest:
        cut = min((rest.find(t) for t in ("{a}", "{b}") if rest.find(t) >= 0), default=-1)
        if cut < 0:
            out.append(rest)
            break
        if cut:
            out.append(rest[:cut])
        out.append(rest[cut:cut + 3])
        rest = rest[cut + 3:]
    return out


def build(db: Path | str, articles: int, entities: int, *, seed: int = 5) -> None:
    """Fill a new store ``db`` (a file, or an empty PostgreSQL database) with ``articles`` synthetic articles."""
    rng = random.Random(seed)
    pop = Population(entities)
    store = open_store(db)
    conn = store.conn
    if store.dialect == "sqlite":
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-200000")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)",
                     [(i + 1, pop.names[i], pop.types[i]) for i in range(entities)])
    aliases = []
    for i in range(entities):
        forms = {pop.names[i], pop.short(i)}
        aliases += [(i + 1, f, norm(f)) for f in forms]
    conn.executemany("INSERT INTO entity_aliases (entity_id, alias, norm) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                     aliases)
    mention_counts = [0] * entities
    article_counts = [0] * entities
    started = time.perf_counter()
    batch: list[dict] = []
    for number in range(articles):
        batch.append(_article(rng, pop, number, articles))
        if len(batch) == 2000 or number == articles - 1:
            _write(conn, batch, pop, mention_counts, article_counts, number - len(batch) + 1)
            batch = []
            done = number + 1
            rate = done / (time.perf_counter() - started)
            print(f"\r  built {done:,}/{articles:,} articles ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    conn.executemany("UPDATE entities SET mention_count = ?, article_count = ? WHERE id = ?",
                     [(mention_counts[i], article_counts[i], i + 1) for i in range(entities)])
    if store.dialect == "postgresql":  # ids were given: the identity goes on after them
        conn.execute("SELECT setval(pg_get_serial_sequence('entities', 'id'), ?)", (entities,))
    conn.execute("COMMIT")
    if store.dialect == "postgresql":
        conn.execute("VACUUM ANALYZE")  # the planner's statistics, as a running server has them
    store.close()


def _write(conn, batch: list[dict], pop: Population, mention_counts: list[int], article_counts: list[int],
           first_number: int) -> None:
    articles, sentences, ents, mentions, claims, links, refs = [], [], [], [], [], [], []
    for n, a in enumerate(batch, first_number):
        article_id = f"{n:032x}"
        text = " ".join(a["sentences"])
        articles.append((article_id, a["day"], a["day"], f"Report {n}", a["source"], text, len(text.split()),
                         "2024-01-01T00:00:00+00:00"))
        offset = 0
        for i, s in enumerate(a["sentences"]):
            sentences.append((article_id, i, offset, offset + len(s), s))
            offset += len(s) + 1
        for e in a["entities"]:
            count = sum(1 for m in a["mentions"] if m[0] == a["local"][e])
            ents.append((article_id, a["local"][e], pop.names[e], pop.types[e], json.dumps([pop.short(e)]), "[]",
                         count))
            links.append((article_id, a["local"][e], e + 1))
            mention_counts[e] += count
            article_counts[e] += 1
        mentions += [(article_id, loc, s, e, t, idx) for loc, s, e, t, idx in a["mentions"]]
        refs += _references(article_id, a)
        claims += [(article_id, c[0], c[1], "event", c[3], c[2], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
                    c[11], c[12], c[13], a["day"]) for c in a["claims"]]
    conn.executemany(
        """INSERT INTO articles (id, published, published_day, title, source, text, tokens, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", articles)
    conn.executemany('INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)', sentences)
    conn.executemany(
        """INSERT INTO article_entities (article_id, local_id, name, type, aliases, descriptions, mention_count)
           VALUES (?, ?, ?, ?, ?, ?, ?)""", ents)
    conn.executemany(
        'INSERT INTO mentions (article_id, local_id, start, "end", text, sentence_idx) VALUES (?, ?, ?, ?, ?, ?)',
        mentions)
    conn.executemany(
        """INSERT INTO claims (article_id, local_id, sentence_idx, kind, subject, subject_local, predicate, lemma,
                               object, object_local, status, time_value, time_text, args, ev_start, ev_end,
                               published_day)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", claims)
    conn.executemany("INSERT INTO entity_links (article_id, local_id, entity_id) VALUES (?, ?, ?)", links)
    conn.executemany("""INSERT INTO sentence_refs (article_id, local_id, sentence_idx, start, "end", text, kind)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", refs)


def _references(article_id: str, a: dict) -> list[tuple]:
    """A "he" in each sentence for the entity the sentence before named first, when it names it not itself
    (``sentence_refs``: what the claim reader keeps for a pronoun it resolved)."""
    starts = [0]
    for s in a["sentences"]:
        starts.append(starts[-1] + len(s) + 1)
    first: dict[int, str] = {}
    named: dict[int, set[str]] = {}
    for loc, _s, _e, _t, idx in a["mentions"]:
        first.setdefault(idx, loc)
        named.setdefault(idx, set()).add(loc)
    return [(article_id, first[i - 1], i, starts[i], starts[i] + 2, "he", "pronoun")
            for i in range(1, len(a["sentences"])) if i - 1 in first and first[i - 1] not in named.get(i, set())]


def _questions(store: Store, rng: random.Random, count: int) -> list[str]:
    """Questions made from stored claims (so most have answers), of every kind ask reads."""
    # articles drawn by this run's seed, not the database's random(): both stores get the same questions
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    drawn = sorted(rng.sample(ids, min(len(ids), count * 3)))
    marks = ", ".join("?" * len(drawn))
    rows = store.conn.execute(
        f"""SELECT c.subject, c.lemma, c.object, c.object_local FROM claims c
           WHERE c.article_id IN ({marks}) ORDER BY c.article_id, c.local_id""", drawn).fetchall()
    frames = {
        "meet": ("Why did {s} meet {o}?", "Has {s} met {o}?", "When did {s} meet {o}?"),
        "visit": ("Has {s} visited {o}?", "When will {s} visit {o}?"),
        "praise": ("Why did {s} praise {o}?", "Who praised {o}?"),
        "follow": ("Does {s} follow {o}?",),
        "sign": ("When did {s} sign a deal with {o}?", "How are {s} and {o} connected?"),
        "serve": ("How long did {s} serve on the board?",),
        "say": ("What did {s} say about the talks?",),
    }
    out = []
    for subject, lemma, obj, object_local in rows:
        options = frames.get(lemma)
        if options:
            out.append(rng.choice(options).format(s=subject, o=obj if object_local else subject))
    rng.shuffle(out)
    return out[:count - 2] + ["What changed since 2023-06-01 for " + rows[0][0] + "?",
                              "Why did Nobody Inparticular move away?"]


def _names(store: Store, rng: random.Random, count: int) -> list[str]:
    """Entity names drawn by mention count (hubs come up often), the three biggest hubs always included."""
    rows = store.conn.execute("SELECT name, mention_count FROM entities ORDER BY mention_count DESC").fetchall()
    names = [r[0] for r in rows]
    weights = [r[1] + 1 for r in rows]
    drawn = rng.choices(names, weights=weights, k=count - 3)
    return names[:3] + drawn


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _timed(calls) -> list[float]:
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _measure(label: str, calls, kind: str | None = None) -> dict:
    """Each query twice: the first pass reads pages from disk (cold), the second is what a running
    service sees (warm); the target (of ``kind``, default the label) applies to the warm pass."""
    cold = _timed(calls)
    warm = _timed(calls)
    p95 = _p95(warm)
    target = TARGETS_MS[kind or label]
    return {"op": label, "n": len(warm), "p50_ms": statistics.median(warm), "p95_ms": p95, "max_ms": max(warm),
            "cold_p50_ms": statistics.median(cold), "cold_p95_ms": _p95(cold),
            "target_p95_ms": target, "ok": p95 < target}


def with_vectors(path: Path, out: Path) -> None:
    """``out``: a copy of the SQLite store ``path`` with a vector for every sentence (``fill_vectors``)."""
    import shutil

    print(f"copying {path.name} to {out.name}…", file=sys.stderr)
    part = Path(str(out) + ".part")
    shutil.copyfile(path, part)
    with open_store(part) as store:  # (migrates: the vectors' table)
        fill_vectors(store)
    part.rename(out)


def fill_vectors(store: Store, *, seed: int = 9) -> None:
    """A vector for every sentence of ``store`` that has none (random unit vectors, int8 as ``store.vectors``
    keeps them: what the latency of reading them depends on), recorded as the installed encoder's model's so
    that ``ask`` reads them. Written through the store (``add_sentence_vectors``), 50,000 at a time."""
    import numpy as np

    from newsgraph.nlp.encoder import model_id

    model = model_id()
    if model is None:
        return  # (no encoder: ``ask`` reads no vectors, so none are worth writing)
    store.use_vector_model(model)
    rng = np.random.default_rng(seed)
    started, count, after = time.perf_counter(), 0, None
    while rows := store.sentences_without_vectors(after, 50_000):
        if not count:
            print(f"storing a vector for each sentence of {store.path}…", file=sys.stderr)
        vecs = rng.standard_normal((len(rows), 384), dtype=np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        store.add_sentence_vectors([(a, i) for a, i, _ in rows], vecs, model)
        count, after = count + len(rows), rows[-1][:2]
    if count:
        print(f"  {count:,} vectors in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _asked(store: Store, questions: list[str], label: str) -> dict:
    """``ask`` timed, each question as a new one: no vector of it kept from an earlier ask (``query.meaning``)."""
    from newsgraph.query import meaning

    def call(q: str):
        meaning.forget()
        return ask(store, q)

    return _measure(label, [lambda q=q: call(q) for q in questions], "ask")


#: The other checkout's asker (``--against``): reads a question a line, asks it as a new one on the store named
#: by argv[2] with the code of the checkout argv[1], and writes back how long ``ask`` took (ms).
_ASKER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from newsgraph.query import ask, meaning
from newsgraph.store import open_store
store = open_store(sys.argv[2])
print("ready", flush=True)
for line in sys.stdin:
    meaning.forget()
    started = time.perf_counter()
    ask(store, line.rstrip("\\n"))
    print((time.perf_counter() - started) * 1000, flush=True)
"""


class Asker:
    """``ask`` run by another checkout's code (``--against``) in a child process on the same store."""

    def __init__(self, checkout: Path, db: Path | str) -> None:
        import subprocess

        self.label, self.db = f"ask ({checkout.name})", db
        self.child = subprocess.Popen([sys.executable, "-c", _ASKER, str(checkout), str(db)], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True, cwd=checkout)
        if self.child.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the asker of {checkout} did not start")

    def ask(self, question: str) -> float:
        """How long the other code took to answer ``question`` (ms, timed in its process)."""
        self.child.stdin.write(question.replace("\n", " ") + "\n")
        self.child.stdin.flush()
        return float(self.child.stdout.readline())

    def close(self) -> None:
        self.child.stdin.close()
        self.child.wait()


def _side_by_side(questions: list[str], mine: Asker, other: Asker) -> list[dict]:
    """``ask`` timed with this code (``mine``) and with ``other``'s, each in a fresh process of its own (neither
    carries the heap of the other queries this one ran), question by question in turn (which goes first
    alternates), a cold pass and then a warm one: rows as ``_measure`` makes them, this code's labelled "ask"."""
    passes = []
    for _ in ("cold", "warm"):
        times: tuple[list[float], list[float]] = ([], [])
        for i, q in enumerate(questions):
            for k in ((1, 0) if i % 2 else (0, 1)):
                times[k].append((mine, other)[k].ask(q))
        passes.append(times)
    rows = []
    for label, k in (("ask", 0), (other.label, 1)):
        cold, warm = passes[0][k], passes[1][k]
        p95 = _p95(warm)
        rows.append({"op": label, "n": len(warm), "p50_ms": statistics.median(warm), "p95_ms": p95,
                     "max_ms": max(warm), "cold_p50_ms": statistics.median(cold), "cold_p95_ms": _p95(cold),
                     "target_p95_ms": TARGETS_MS["ask"], "ok": p95 < TARGETS_MS["ask"]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10,000 articles instead of 100,000")
    parser.add_argument("--articles", type=int, help="how many articles (overrides --quick)")
    parser.add_argument("--entities", type=int, default=20_000, help="entity population (Zipf)")
    parser.add_argument("--queries", type=int, default=50, help="queries of each kind")
    parser.add_argument("--rebuild", action="store_true", help="build the store even if a cached one exists")
    parser.add_argument("--db", help="a postgresql:// URL: measure on PostgreSQL too, beside SQLite")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--against", type=Path, metavar="DIR",
                        help="time ask with another checkout's code too (e.g. main), in turn with this one")
    parser.add_argument("--meaning", action="store_true",
                        help="ask with the sentence encoder off and on, on a copy of the store with sentence vectors")
    args = parser.parse_args(argv)
    articles = args.articles or (10_000 if args.quick else 100_000)
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"query-{articles}-{args.entities}-v{VERSION}.db"
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        _build(path, articles, args.entities)
    dbs: list[Path | str] = [path]
    if args.db:
        with open_store(args.db) as store:
            stored = store.count_articles()
        if stored not in (0, articles):
            parser.error(f"{args.db} holds {stored:,} articles: give an empty database (or this bench's store)")
        if stored == 0:
            _build(args.db, articles, args.entities)
        dbs.append(args.db)
    from newsgraph.nlp.encoder import encoder

    if args.meaning and encoder() is None:
        parser.error("--meaning needs the sentence encoder: pip install -e '.[meaning]' and its weights")
    if encoder() is not None:  # ask as it runs with the encoder: the store holds each sentence's vector
        vectors = CACHE / f"query-{articles}-{args.entities}-v{VERSION}-vectors.db"
        if args.rebuild or not vectors.exists():
            with_vectors(path, vectors)
        dbs[0] = vectors
        if args.db:
            with open_store(args.db) as store:
                fill_vectors(store)
    runs = {}
    for db in dbs:
        other = Asker(args.against.resolve(), db) if args.against else None
        try:
            with open_store(db) as store:
                if args.meaning and db == dbs[0]:
                    with open_store(path) as bare:
                        runs[store.dialect] = _run(store, args.queries, bare=bare, other=other)
                else:
                    runs[store.dialect] = _run(store, args.queries, other=other)
        finally:
            if other is not None:
                other.close()
    if args.json:
        print(json.dumps(runs["sqlite"] if len(runs) == 1 else runs, indent=2))
        return 0
    for dialect, run in runs.items():
        if len(runs) > 1:
            print(f"== {dialect} ==")
        _print(run)
    return 0 if all(r["ok"] for run in runs.values() for r in run["results"] if r["op"] in TARGETS_MS) else 1


def _build(db: Path | str, articles: int, entities: int) -> None:
    print(f"building {db} ({articles:,} articles, {entities:,} entities)…", file=sys.stderr)
    started = time.perf_counter()
    build(db, articles, entities)
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _run(store: Store, queries: int, *, bare: Store | None = None, other: Asker | None = None) -> dict:
    """The timed queries on one store, and what it holds; with ``bare`` (the same store without vectors),
    ``ask`` with the sentence encoder switched off, and on ``bare``, beside ``ask``; with ``other``, ``ask`` timed
    in turn with this code and with ``other``'s."""
    from newsgraph.nlp.encoder import switched_off

    counts = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "sentences", "mentions", "claims", "entities")}
    hub = store.conn.execute("SELECT name, article_count FROM entities ORDER BY mention_count DESC LIMIT 1").fetchone()
    hub_claims = store.conn.execute(
        "SELECT count(*) FROM entity_claims ec JOIN entities e ON e.id = ec.entity_id WHERE e.name = ?",
        (hub[0],)).fetchone()[0]
    rng = random.Random(3)
    names = _names(store, rng, queries)
    pairs = [(names[0], names[1])] + [tuple(rng.sample(names, 2)) for _ in range(queries - 1)]
    questions = _questions(store, rng, queries)
    results = [
        _measure("profile", [lambda n=n: profile(store, n) for n in names]),
        _measure("timeline", [lambda n=n: timeline(store, n) for n in names]),
        _measure("connect", [lambda a=a, b=b: connect(store, a, b) for a, b in pairs]),
    ]
    if other is None:
        results.append(_asked(store, questions, "ask"))
    else:
        mine = Asker(ROOT, other.db)
        try:
            results += _side_by_side(questions, mine, other)
        finally:
            mine.close()
    if bare is not None:
        with switched_off():
            results.append(_asked(store, questions, "ask, encoder off"))
        results.append(_asked(bare, questions, "ask, no vectors"))
    answered = sum(1 for q in questions[:20] if ask(store, q).citations)
    reports = {name: min(_timed([call, call])) for name, call in (
        ("open loops", lambda: open_loops(store)), ("conflicts", lambda: conflicts(store)))}
    return {"store": counts, "hub": {"name": hub[0], "articles": hub[1], "claims": hub_claims},
            "results": results, "answered_of_20": answered, "store_wide_ms": reports}


def _print(run: dict) -> None:
    counts, hub, results = run["store"], run["hub"], run["results"]
    print(f"store: {', '.join(f'{k} {v:,}' for k, v in counts.items())}")
    print(f"biggest hub: {hub['name']} in {hub['articles']:,} articles, {hub['claims']:,} claim roles")
    print(f"{'op':<18}{'n':>4}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'target p95':>12}      "
          f"{'cold p50':>9}{'cold p95':>9}")
    for r in results:
        flag = "ok  " if r["ok"] else "SLOW"
        print(f"{r['op']:<18}{r['n']:>4}{r['p50_ms']:>10.1f}{r['p95_ms']:>10.1f}{r['max_ms']:>10.1f}"
              f"{'< ' + str(r['target_p95_ms']):>12}  {flag}{r['cold_p50_ms']:>9.1f}{r['cold_p95_ms']:>9.1f}")
    by_op = {r["op"]: r for r in results}
    for r in results:
        if r["op"].startswith("ask (") and "ask" in by_op:
            print(f"ask / {r['op']}: p50 x{by_op['ask']['p50_ms'] / r['p50_ms']:.2f}, "
                  f"p95 x{by_op['ask']['p95_ms'] / r['p95_ms']:.2f}")
    off = by_op.get("ask, encoder off")
    for op in ("ask", "ask, no vectors"):
        if off and op in by_op:
            print(f"{op} / ask, encoder off: p50 x{by_op[op]['p50_ms'] / off['p50_ms']:.2f}, "
                  f"p95 x{by_op[op]['p95_ms'] / off['p95_ms']:.2f}")
    print(f"ask: {run['answered_of_20']} of the first 20 questions answered with citations")
    print("store-wide reports (bounded, no target): "
          + ", ".join(f"{k} {v:.0f} ms" for k, v in run["store_wide_ms"].items()))


if __name__ == "__main__":
    raise SystemExit(main())
