"""Blocking: which store entities are worth scoring for a local entity.

Why keys and not a scan: the cost of linking one article must stay flat as the
store grows. Every alias of a store entity is written to ``entity_keys`` under
a few keys; a local entity looks up only its own keys.

Why tiers and ranks, not just caps: a cap alone bounds the work, but a small
store fills no block while a large one fills every block to its cap, so the
work per article still grew with the store (5x from 1,000 to 100,000
articles). So the keys of a name are asked in *tiers*, most specific first,
and a broader tier is asked only when the narrower ones found nothing of the
entity's type: an exact full name ("n:") makes its surname block
unnecessary. Inside a key, rows come ranked by ``weight`` (a log2 bucket of
the entity's article count, kept on the key row by ``profiles``), through the
index ``(key, weight DESC, entity_id)``, so SQLite reads only the top
``PER_KEY`` rows of a block however large it is, and the ones it reads are
the entities most often in the news, not the oldest ids.

Keys of a name:

- ``n:<tokens>`` — the whole normalized name ("n:nicholas halvorsen");
- ``p:<surname> <initial>`` — a person's surname with the initial of each of
  its given names ("p:halvorsen n"): a full name that is not known exactly
  meets its nickname, initial and middle-name forms here, in a block a
  fraction of the size of the whole surname's;
- ``x:<tokens>`` — the leading given names of a person name of three tokens
  or more ("x:mara elise" for "Mara Elise Lind"), so a shorter name that is
  its prefix finds it;
- ``t:<token>`` — a person's surname and first given name (for one-word
  names: "Halvorsen", "Nick" also asks "t:nicholas"), or each content token
  of other names;
- ``a:<letters>`` — initials of a multi-token name ("a:gm" for General Motors)
  or a short single token that may be an acronym ("a:gm" for "GM");
- ``c:<country>`` — a name, code or demonym of a country ("c:united states"
  for "U.S.", "USA", "American"; ``places``);
- ``s:<token>`` — an entity known *only* by a one-word person name (kept by
  ``profiles.refresh_name``), so a full name can find such entities and
  claim the ones the context makes its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Iterable

from .names import (
    HEAD_NOUNS,
    HONORIFICS,
    PERSON,
    STOPWORDS,
    acronyms,
    is_full,
    name_variants,
    org_tokens,
    person_name,
    tokens,
)
from .places import country_of

if TYPE_CHECKING:
    from ..store import Store

#: At most this many entities per key (a very common token cannot flood the scorer).
PER_KEY = 12
#: A full name that found nothing closer reads only this many of its surname's block.
THIN_KEY = 4
#: At most this many candidates per local entity, most specific keys first.
MAX_CANDIDATES = 24


def weight(article_count: int) -> int:
    """The rank of an entity inside a key: a log2 bucket, so it changes rarely (see ``profiles.add_stats``)."""
    return max(int(article_count), 0).bit_length()


def _person_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(name) if t not in HONORIFICS)


def index_keys(name: str, type_: str) -> set[str]:
    """Keys under which a store entity with this alias is found."""
    keys: set[str] = set()
    toks = org_tokens(name) if type_ != PERSON else _person_tokens(name)
    if not toks:
        return keys
    keys.add("n:" + " ".join(toks))
    if type_ == PERSON:
        p = person_name(name)
        if p is not None:
            if p.full:
                surname = p.surname.split()[-1]
                keys.add("t:" + surname)
                keys.update("t:" + g for g in p.given[:1] if len(g) > 1)
                keys.update(f"p:{surname} {g[0]}" for g in p.given)
                if len(toks) >= 3:
                    keys.update("x:" + " ".join(toks[:n]) for n in range(2, len(toks)))
            else:
                keys.add("t:" + p.single)
    else:
        # generic words ("Group", "Bank", "County") would make huge blocks of unrelated names
        keys.update("t:" + t for t in toks if len(t) > 1 and t not in STOPWORDS and t not in HEAD_NOUNS)
        if len(toks) >= 2:
            keys.update("a:" + acro for acro in acronyms(toks) if len(acro) >= 2)
        elif 2 <= len(toks[0]) <= 6:
            keys.add("a:" + toks[0])
        country = country_of(name)
        if country is not None:
            keys.add("c:" + country)
    return keys


def query_tiers(names: Iterable[str], type_: str) -> list[list[str]]:
    """The keys a local entity looks up, in tiers from most to least specific.

    Tier 1 is whole names (and, for people, names one token longer or shorter
    by prefix); tier 2 the blocks that find other forms of a full name; tier 3
    the broad token blocks. A one-word person name asks all its keys in one
    tier: a bare "Nick" cannot be decided by its exact key alone.
    """
    names = list(names)
    whole: list[str] = []
    middle: list[str] = []
    broad: list[str] = []
    if type_ == PERSON:
        people = [(n, person_name(n)) for n in names]
        has_full = any(p is not None and p.full for _, p in people)
        for name, p in people:
            if p is None:
                continue
            toks = _person_tokens(name)
            if p.full:
                whole.append("n:" + " ".join(toks))
                whole.append("x:" + " ".join(toks))  # longer names that start with this one
                whole.extend("n:" + " ".join(toks[:n]) for n in range(2, len(toks)))
                surname = p.surname.split()[-1]
                whole.append("s:" + surname)  # an entity known only by this surname, to adopt
                firsts = {g[0] for g in p.given}
                firsts |= {v[0] for v in name_variants(p.given[0]) if v} if len(p.given[0]) > 1 else set()
                middle.extend(f"p:{surname} {c}" for c in sorted(firsts))
                broad.append("t:" + surname)  # the whole surname block, when nothing closer was found
            elif not has_full:
                # "Halvorsen" beside "Nicholas Halvorsen": the full name's keys cover it
                broad.append("n:" + p.single)
                broad.append("t:" + p.single)
                broad.extend("t:" + v for v in sorted(name_variants(p.single)) if v != p.single)
    else:
        for name in names:
            keys = sorted(index_keys(name, type_))
            whole.extend(k for k in keys if k.startswith(("n:", "c:")))
            toks = org_tokens(name)
            # shorter names this one extends ("Velmar" of "Velmar Motors Europe"), to adopt
            whole.extend("n:" + " ".join(toks[:n]) for n in range(len(toks) - 1, 0, -1))
            broad.extend(k for k in keys if not k.startswith(("n:", "c:")))
    out: list[list[str]] = []
    seen: set[str] = set()
    for tier in (whole, middle, broad):
        keys = [k for k in tier if not (k in seen or seen.add(k))]
        if keys:
            out.append(keys)
    return out


def query_keys(names: Iterable[str], type_: str) -> list[str]:
    """All keys a local entity may look up, most specific first."""
    return [k for tier in query_tiers(names, type_) for k in tier]


def _surname_keys(names: list[str]) -> list[str]:
    """The surname blocks a full person name asks last (only their top ``THIN_KEY`` rows)."""
    out = []
    for name in names:
        p = person_name(name)
        if p is not None and p.full:
            out.append("t:" + p.surname.split()[-1])
    return out


def lookup(store: Store, key: str, per_key: int = PER_KEY) -> list[tuple[int, str]]:
    """(entity id, type) of the top ``per_key`` entities under one key; reads only those index rows."""
    return store.keyed_entities(key, per_key)


def candidates(store: Store, names: Iterable[str], type_: str, *,
               per_key: int = PER_KEY, limit: int = MAX_CANDIDATES, every_tier: bool = False) -> list[int]:
    """Store entity ids that share a key with these names (deterministic order).

    A tier that found an entity of the same type under the name itself ends
    the search for a full name (two words or more): what the broader keys
    would add are weaker forms of a name already matched exactly. Shorter
    and longer forms (prefixes, ``s:``) are asked in the first tier, since
    adopting them does not wait for the exact name to be missing.
    ``every_tier`` asks them all anyway, for the question "who else could this
    short name be?" (``linker._sole_fuller``), whose answer lies in the broad blocks.
    """
    names = list(names)
    # a one-word name that is known exactly may still be the short form of fuller names
    # ("Troy" of "Troy Police"); those live in the broad blocks, so it asks every tier
    every_tier = every_tier or not any(is_full(n, type_) for n in names)
    thin = set(_surname_keys(names)) if type_ == PERSON else set()
    exact = {"n:" + " ".join(_person_tokens(n) if type_ == PERSON else org_tokens(n)) for n in names}
    found: dict[int, None] = {}
    for tier in query_tiers(names, type_):
        same_type = False
        for key in tier:
            cap = per_key if key not in thin else min(per_key, THIN_KEY)
            for entity_id, found_type in lookup(store, key, cap):
                found.setdefault(entity_id)
                # only the name itself ends the search; a shorter or longer form is one to weigh
                same_type = same_type or (found_type == type_ and key in exact)
            if len(found) >= limit:
                return list(found)[:limit]
        if same_type and not every_tier:
            break
    return list(found)[:limit]


def bare_key(name: str, type_: str) -> str | None:
    """The ``s:`` key of an entity whose best name is one word naming a person, else None."""
    if type_ != PERSON:
        return None
    p = person_name(name)
    return "s:" + p.single if p is not None and not p.full else None


def bare_entities(store: Store, token: str, per_key: int = PER_KEY) -> list[int]:
    """Entities known only by the one-word person name ``token`` (``s:`` keys)."""
    return [eid for eid, _ in lookup(store, "s:" + token, per_key)]


def write_keys(store: Store, entity_id: int, keys: Iterable[str], rank: int | None = None) -> None:
    """Add keys of one entity, ranked by its current article count unless ``rank`` is given."""
    if rank is None:
        rank = weight(store.entity_article_count(entity_id))
    store.add_entity_keys(entity_id, keys, rank)
