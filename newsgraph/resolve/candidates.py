"""Blocking: which store entities are worth scoring for a local entity.

Why keys and not a scan: the cost of linking one article must stay flat as the
store grows. Every alias of a store entity is written to ``entity_keys`` under
a few keys; a local entity looks up only its own keys, each capped at
``PER_KEY`` rows, so the work per article is bounded whatever the store size.

Keys of a name:

- ``n:<tokens>`` — the whole normalized name ("n:nicholas halvorsen");
- ``t:<token>`` — its surname (people) or each content token (others), and for
  single-token names the token and its nickname variants ("t:nick" also asks
  "t:nicholas");
- ``a:<letters>`` — initials of a multi-token name ("a:gm" for General Motors)
  or a short single token that may be an acronym ("a:gm" for "GM").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from .names import (
    HEAD_NOUNS,
    HONORIFICS,
    PERSON,
    STOPWORDS,
    initials,
    name_variants,
    org_tokens,
    person_name,
    tokens,
)

#: At most this many entities per key (a very common token cannot flood the scorer).
PER_KEY = 12
#: At most this many candidates per local entity, whole-name keys first.
MAX_CANDIDATES = 24


def index_keys(name: str, type_: str) -> set[str]:
    """Keys under which a store entity with this alias is found."""
    keys: set[str] = set()
    toks = org_tokens(name) if type_ != PERSON else tuple(t for t in tokens(name) if t not in HONORIFICS)
    if not toks:
        return keys
    keys.add("n:" + " ".join(toks))
    if type_ == PERSON:
        p = person_name(name)
        if p is not None:
            if p.full:
                keys.add("t:" + p.surname.split()[-1])
                keys.update("t:" + g for g in p.given[:1] if len(g) > 1)
            else:
                keys.add("t:" + p.single)
    else:
        # generic words ("Group", "Bank", "County") would make huge blocks of unrelated names
        keys.update("t:" + t for t in toks if len(t) > 1 and t not in STOPWORDS and t not in HEAD_NOUNS)
        if len(toks) >= 2:
            acro = initials(toks)
            if len(acro) >= 2:
                keys.add("a:" + acro)
        elif 2 <= len(toks[0]) <= 6:
            keys.add("a:" + toks[0])
    return keys


def query_keys(names: Iterable[str], type_: str) -> list[str]:
    """Keys a local entity looks up, most specific first."""
    whole: list[str] = []
    other: list[str] = []
    names = list(names)
    people = [person_name(n) for n in names] if type_ == PERSON else []
    has_surname = any(p is not None and p.full for p in people)
    for name, p in zip(names, people or [None] * len(names), strict=True):
        keys = sorted(index_keys(name, type_))
        if p is not None and p.full:
            # a full name is found through its surname: its first name's block is large and adds nothing
            keys = [k for k in keys if k.startswith(("n:", "a:")) or k == "t:" + p.surname.split()[-1]]
        elif p is not None and has_surname:
            continue  # "Halvorsen" beside "Nicholas Halvorsen": the full name's keys cover it
        for key in keys:
            (whole if key.startswith("n:") else other).append(key)
        if p is not None and not p.full:
            other.extend("t:" + v for v in sorted(name_variants(p.single)) if v != p.single)
    seen: set[str] = set()
    return [k for k in (*whole, *other) if not (k in seen or seen.add(k))]


def candidates(conn: sqlite3.Connection, names: Iterable[str], type_: str, *,
               per_key: int = PER_KEY, limit: int = MAX_CANDIDATES) -> list[int]:
    """Store entity ids that share a key with these names (deterministic order)."""
    found: dict[int, None] = {}
    for key in query_keys(names, type_):
        rows = conn.execute(
            "SELECT entity_id FROM entity_keys WHERE key = ? LIMIT ?", (key, per_key)
        ).fetchall()
        for (entity_id,) in rows:
            found.setdefault(entity_id)
        if len(found) >= limit:
            break
    return list(found)[:limit]
