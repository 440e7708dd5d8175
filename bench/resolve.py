"""Cost of linking one article as the store grows: 1,000 vs 100,000 articles.

    python bench/resolve.py            # 1,000 and 100,000 articles
    python bench/resolve.py --quick    # 1,000 and 10,000

Why synthetic: the question is how linking scales with store size, not how
good it is. Stores are filled directly in bulk (entities, aliases, blocking
keys ranked by article count, descriptor words and co-mention counts, as the
linker would have left them for articles of ~6 entities drawn from a Zipf-like population), then the
same fixed set of new synthetic annotated articles is linked into each store,
every article in its own transaction rolled back afterwards so each store stays
the same. The per-article time at each size is printed side by side with the
ratio (target: at most 2x for 100x more articles), and beside it how many
candidates the blocking index handed the scorer per local entity: the work
that must not grow with the store.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsgraph.models import AnnotatedArticle, Article, Description, Entity, Mention
from newsgraph.resolve import link_article
from newsgraph.resolve.candidates import candidates, index_keys, weight
from newsgraph.resolve.names import norm
from newsgraph.store import SQLiteStore
from newsgraph.store.sqlite import _insert_article

SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "tor", "vel", "dar", "bri", "nel", "os", "um", "pa", "zet", "qui",
             "har", "lin", "mo", "ves", "gal", "tra", "en", "cor", "bel")
ROLES = ("teacher", "lawyer", "senator", "doctor", "actor", "coach", "farmer", "pilot", "banker", "judge")
PLACES = ("harbor", "valley", "ridge", "field", "port", "mill")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class World:
    """A population of synthetic people, organizations and places."""

    def __init__(self, seed: int = 7, firsts: int = 300, surnames: int = 4000) -> None:
        rng = random.Random(seed)
        self.firsts = sorted({_word(rng, 2) for _ in range(firsts)})
        self.surnames = sorted({_word(rng, 3) for _ in range(surnames)})
        self.rng = rng

    def person(self, i: int) -> str:
        r = random.Random(i)
        return f"{r.choice(self.firsts)} {r.choice(self.surnames)}"

    def org(self, i: int) -> str:
        r = random.Random(-i)
        return f"{_word(r, 2)} {r.choice(('Group', 'Motors', 'Labs', 'Partners', 'Foods'))}"

    def place(self, i: int) -> str:
        r = random.Random(i * 7919)
        return f"{_word(r, 2)}{r.choice(PLACES)}"


def _entity(world: World, i: int) -> tuple[str, str]:
    kind = i % 5
    if kind < 3:
        return world.person(i), "PERSON"
    if kind == 3:
        return world.org(i), "ORG"
    return world.place(i), "GPE"


def fill(store: SQLiteStore, world: World, articles: int, *, per_article: int = 6, seed: int = 1) -> None:
    """Write the resolve tables as ``articles`` articles would have left them."""
    rng = random.Random(seed)
    population = max(50, articles * 2)
    conn = store.conn
    conn.execute("PRAGMA foreign_keys=OFF")
    stats: dict[int, int] = {}
    cooc: dict[tuple[int, int], int] = {}
    for _ in range(articles):
        ids = {min(population - 1, int(rng.paretovariate(0.9)) - 1 + rng.randrange(population) // 4)
               for _ in range(per_article)}
        for a in ids:
            stats[a] = stats.get(a, 0) + 1
            for b in ids:
                if a != b:
                    cooc[(a, b)] = cooc.get((a, b), 0) + 1
    entity_rows, alias_rows, key_rows, word_rows = [], [], [], []
    for i, n in stats.items():
        name, type_ = _entity(world, i)
        eid = i + 1
        entity_rows.append((eid, name, type_, n * 2, n))
        aliases = [name]
        if type_ == "PERSON":
            aliases.append(name.split()[-1])
        for alias in aliases:
            alias_rows.append((eid, alias, norm(alias), n, n if alias == name else 0))
            key_rows.extend((k, eid, weight(n)) for k in index_keys(alias, type_))
        if type_ == "PERSON":
            word_rows.append((eid, ROLES[i % len(ROLES)], n))
    with store.transaction() as c:
        c.executemany("INSERT INTO entities (id, name, type, mention_count, article_count) VALUES (?, ?, ?, ?, ?)",
                      entity_rows)
        c.executemany("INSERT INTO entity_aliases (entity_id, alias, norm, count, name_count) VALUES (?, ?, ?, ?, ?)",
                      alias_rows)
        c.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id, weight) VALUES (?, ?, ?)", key_rows)
        c.executemany("INSERT INTO entity_descriptors (entity_id, word, count) VALUES (?, ?, ?)", word_rows)
        c.executemany("INSERT INTO entity_cooc (entity_id, other_id, count) VALUES (?, ?, ?)",
                      [(a + 1, b + 1, n) for (a, b), n in cooc.items()])
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("ANALYZE")


def new_articles(world: World, count: int, *, per_article: int = 8, seed: int = 99) -> list[AnnotatedArticle]:
    """Fixed new articles: known names (full and short forms), nicknames, and new people."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        specs = []
        for k in range(per_article):
            i = rng.randrange(2000)  # entities present in every store size
            name, type_ = _entity(world, i)
            if type_ == "PERSON" and k % 3 == 1:
                name = f"{rng.choice(world.firsts)} {rng.choice(world.surnames)}"  # maybe someone new
            specs.append((name, type_))
        text = " . ".join(s[0] for s in specs) + " ."
        entities, pos = [], 0
        for k, (name, type_) in enumerate(specs):
            start = text.index(name, pos)
            pos = start + len(name)
            aliases = [name.split()[-1]] if type_ == "PERSON" else []
            entities.append(Entity(id=f"e{k + 1}", name=name, type=type_, aliases=aliases,
                                   mentions=[Mention(start, start + len(name), name)],
                                   descriptions=[Description(f"a {ROLES[k % len(ROLES)]}", 0, 0)]))
        out.append(AnnotatedArticle(article=Article(id=f"bench-{n}", text=text, published="2024-01-01"),
                                    entities=entities))
    return out


def time_linking(store: SQLiteStore, articles: list[AnnotatedArticle], *, repeat: int = 3) -> float:
    """Median seconds to link one article (each in a transaction rolled back afterwards)."""
    times = []
    conn = store.conn
    for _ in range(repeat):
        for annotated in articles:
            conn.execute("BEGIN IMMEDIATE")
            try:
                _insert_article(conn, annotated)
                t0 = time.perf_counter()
                link_article(store, annotated)
                times.append(time.perf_counter() - t0)
            finally:
                conn.execute("ROLLBACK")
    return statistics.median(times)


def mean_candidates(store: SQLiteStore, articles: list[AnnotatedArticle]) -> float:
    """Store entities the blocking index hands the scorer per local entity (the work that must stay flat)."""
    counts = [len(candidates(store, [e.name, *e.aliases], e.type)) for a in articles for e in a.entities]
    return sum(counts) / max(len(counts), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 vs 10,000 articles")
    parser.add_argument("--articles", type=int, default=40, help="new articles timed at each size")
    args = parser.parse_args(argv)
    sizes = (1_000, 10_000) if args.quick else (1_000, 100_000)
    world = World()
    todo = new_articles(world, args.articles)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            store = SQLiteStore(Path(tmp) / f"bench-{size}.db")
            t0 = time.perf_counter()
            fill(store, world, size)
            built = time.perf_counter() - t0
            entities = store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
            per = time_linking(store, todo)
            cands = mean_candidates(store, todo)
            results.append((size, entities, per, cands))
            print(f"store of {size:>7,} articles ({entities:,} entities, built in {built:.1f}s): "
                  f"{per * 1000:.2f} ms to link one article, {cands:.2f} candidates per local entity")
            store.close()
    (small, _, t_small, c_small), (large, _, t_large, c_large) = results
    ratio = t_large / t_small
    print(f"\n{'articles':>10} {'ms/article':>12} {'candidates':>11}\n"
          f"{small:>10,} {t_small * 1000:>12.2f} {c_small:>11.2f}\n"
          f"{large:>10,} {t_large * 1000:>12.2f} {c_large:>11.2f}\nratio {ratio:.2f}x for {large // small}x more articles "
          f"(target <= 2x): {'OK' if ratio <= 2 else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
