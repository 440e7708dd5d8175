"""One-word person names ("Nick", "Weller"): which full name, if the context says so.

Why a rule of its own: a bare name fits every full name that has that first
name or surname, so its name alone never decides (``score`` gives it 0
against a full name). What decides is the company it keeps: an article that
says "Tamsin" beside four entities "Tamsin Reyes" was seen with, and nothing
another Tamsin was seen with, is about Tamsin Reyes. So a bare name links to a
full-name entity when that entity's *support* — how many of the article's
other entities it was seen with — reaches ``MIN_SUPPORT`` and is at least
twice any other fitting entity's. A first name (or nickname) beside exactly
one fitting full name of the same article goes to it whatever else the store
holds: the article itself says which, so the choice cannot depend on arrival
order. A bare surname beside a fitting full name of the same article was kept
apart by the nlp stage for a reason (a relative, "the Weller family"): it
stays apart. Across articles, relatives share a surname *and* the company
they keep (a mother and a daughter in one story), so no count of co-mentions
tells two people of one surname apart: a bare surname goes to a full name
only when that is the one person of the surname the store knows (full names
that agree, "Vincent Orr" and a stray "Coach Vincent Orr", count as one), its
support reaches ``MIN_SUPPORT`` and beats every first-name reading of the word
(news names people by surname on second reference far more than by first
name). When a namesake arrives later, ``repark`` decides those links again.

Order: when the bare name arrives before the full name, it is parked in an
entity known only by that word (an ``s:`` key). Each time a full name is
linked, ``claim_bare`` looks at the parked links of its first name (and its
nicknames) and moves each one whose own article now singles the full name out,
so the outcome does not depend on which came first. A parked entity with more
than ``CLAIM_MAX`` links is left alone: the cost stays bounded, and a word
that common is no one person. The other way round, an entity that took bare
surnames carries a ``b:`` key, and a new full name of that surname sends its
bare-surname links through ``choose`` again (``repark``): they stay only if
the context still singles it out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import profiles
from .candidates import bare_entities, candidates, lookup, write_keys
from .context import LocalEntity, locals_from_store
from .names import PERSON, best_match, is_full, name_variants, person_match, person_name, tokens
from .profiles import Profile

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)

#: Co-mentioned entities (or a full naming in the same article) a bare name needs to pick a full name.
MIN_SUPPORT = 2
#: A full naming of the entity in the same article counts as this much company.
SAME_ARTICLE = 3
#: Parked entities with more links than this are not re-examined.
CLAIM_MAX = 20


@dataclass(frozen=True, slots=True)
class Option:
    """A full-name entity a bare name fits, and how much the article's context supports it."""

    entity_id: int
    name: str
    kind: str          # "given" (first name or nickname) | "partial" (surname)
    shared: int
    same_article: bool

    @property
    def support(self) -> int:
        return self.shared + (SAME_ARTICLE if self.same_article else 0)

    def to_dict(self) -> dict:
        return {"entity": self.entity_id, "name": self.name, "match": self.kind,
                "shared_context": self.shared, "same_article": self.same_article, "support": self.support}


def is_bare(local: LocalEntity) -> bool:
    return local.type == PERSON and all(len(tokens(n)) <= 1 for n in local.names)


def options(local: LocalEntity, cands: list[Profile], shared: dict[int, int],
            same_article: set[int]) -> list[Option]:
    """The full-name person entities among ``cands`` that the bare name fits."""
    out = []
    for cand in cands:
        if cand.type != PERSON or not cand.full:
            continue
        # against the full names only: a one-word alias of the entity would say "short"
        m = best_match(local.names, [a for a in cand.aliases if is_full(a, PERSON)], person=True)
        if m.kind not in ("given", "partial"):
            continue
        out.append(Option(cand.id, cand.name, m.kind, shared.get(cand.id, 0), cand.id in same_article))
    return out


def choose(opts: list[Option]) -> Option | None:
    """The one option the context singles out, or None when none or several fit."""
    if not opts:
        return None
    here = [o for o in opts if o.same_article]
    if any(o.kind == "partial" for o in here):
        return None  # a bare surname beside a full name of this article: kept apart on purpose
    if here:
        # "Nick" in an article that also names one Nicholas in full: the article says which
        return here[0] if len(here) == 1 else None
    surnames = [o for o in opts if o.kind == "partial"]
    if surnames:
        # a bare surname: relatives share it *and* their company, so context cannot tell
        # them apart; it goes to a full name only when that is the one person of the
        # surname there is, and its company agrees (``repark`` undoes it when a namesake
        # comes). News names people by surname on second reference far more often than
        # by first name, so the surname reading wins over first names it out-supports.
        if any(person_match(a.name, b.name).kind in ("none", "conflict")
               for i, a in enumerate(surnames) for b in surnames[i + 1:]):
            return None  # two people of that surname ("Anna Weller", "Ruth Weller")
        # several entities whose full names agree ("Vincent Orr", "Coach Vincent Orr") are
        # one person told twice: the best supported of them
        best = max(surnames, key=lambda o: (o.support, -o.entity_id))
        others = [o for o in opts if o.kind != "partial"]
        if best.support < MIN_SUPPORT or any(o.support >= best.support for o in others):
            return None
        return best
    ranked = sorted(opts, key=lambda o: (-o.support, o.entity_id))
    best = ranked[0]
    if best.support < MIN_SUPPORT:
        return None
    if len(ranked) > 1 and 2 * ranked[1].support > best.support:
        return None
    return best


#: The reason name of a bare surname linked as the one person of that surname.
BY_SURNAME = "surname-by-context"


def reason(best: Option, opts: list[Option]) -> dict:
    runner = sorted((o for o in opts if o.entity_id != best.entity_id), key=lambda o: (-o.support, o.entity_id))
    name = BY_SURNAME if best.kind == "partial" else "single-by-context"
    return {"rule": "linked", **best.to_dict(), "name": name, "candidate": best.entity_id,
            "candidate_name": best.name, "candidates": len(opts),
            "runner_up": runner[0].to_dict() if runner else None}


def score_of(best: Option) -> float:
    return round(min(1.0, 0.7 + 0.05 * best.support), 4)


# -- the other order: bare names parked before the full name arrived ------------

def claim_bare(store: Store, full_id: int, names: list[str], article_id: str) -> int:
    """Move parked one-word links that the context now gives to ``full_id``; how many moved."""
    words: set[str] = set()
    for name in names:
        p = person_name(name)
        if p is None:
            continue
        if p.full:
            if p.given and len(p.given[0]) > 1:
                words.update(name_variants(p.given[0]))  # "Nicholas" also claims a parked "Nick"
            words.add(p.surname.split()[-1])  # and a parked surname, if it is the only one of it
        else:
            words.add(p.single)
    moved = 0
    for word in sorted(words):
        for bare_id in bare_entities(store, word):
            if bare_id != full_id:
                moved += _claim_from(store, full_id, bare_id, article_id)
    return moved


def _claim_from(store: Store, full_id: int, bare_id: int, article_id: str) -> int:
    links = store.entity_links(bare_id, limit=CLAIM_MAX + 1)
    if len(links) > CLAIM_MAX:
        return 0
    if profiles.not_same(store, full_id, bare_id):
        return 0
    moved = 0
    for link_article, local_id in links:
        if link_article == article_id:
            continue
        decision = _decide_parked(store, link_article, local_id, bare_id)
        if decision is None or decision.entity_id != full_id:
            continue
        _move(store, link_article, local_id, bare_id, full_id, decision)
        moved += 1
    if moved:
        if profiles.delete_if_empty(store, bare_id):
            store.record_redirect(bare_id, full_id, reason="merge")
        else:
            profiles.rebuild_profile(store, bare_id)
        profiles.refresh_name(store, full_id)
        logger.info("claimed %d link(s) of one-word entity %s for entity %s", moved, bare_id, full_id)
    return moved


def _decide_parked(store: Store, article_id: str, local_id: str, bare_id: int) -> Option | None:
    """The choice ``choose`` makes for one parked link, with its article's linked entities as context."""
    locals_ = {le.local_id: le for le in locals_from_store(store, article_id)}
    local = locals_.get(local_id)
    if local is None or not is_bare(local):
        return None
    here = store.article_links(article_id)
    others = {eid for lid, eid in here.items() if lid != local_id and eid != bare_id}
    cand_ids = [c for c in candidates(store, local.names, local.type) if c != bare_id]
    if not cand_ids:
        return None
    cands = profiles.load_profiles(store, cand_ids)
    opts = options(local, [cands[c] for c in cand_ids if c in cands], _shared(store, cand_ids, others), others)
    return choose(opts)


def _shared(store: Store, cand_ids: list[int], others: set[int]) -> dict[int, int]:
    """How many of ``others`` each candidate has been named beside."""
    return {c: len(seen) for c, seen in profiles.seen_with(store, cand_ids, others).items()}


def _move(store: Store, article_id: str, local_id: str, bare_id: int, full_id: int,
          decision: Option) -> None:
    """Point one parked link at ``full_id`` and grow the full entity's profile by it."""
    already = store.article_names_entity(article_id, full_id)
    store.set_link(article_id, local_id, full_id, {**reason(decision, [decision]), "claimed_from": bare_id},
                   score=score_of(decision))
    local = next((le for le in locals_from_store(store, article_id) if le.local_id == local_id), None)
    type_ = store.entity(full_id).type
    if local is not None:
        profiles.absorb_local(store, full_id, type_, local)
        if decision.kind == "partial":
            mark_surname(store, full_id, local)
    if already:
        store.add_entity_mentions(full_id, local.mentions if local else 0)
        return
    day = store.article_day(article_id)
    profiles.add_stats(store, full_id, local.mentions if local else 0, day)
    profiles.add_cooc_with(store, full_id, store.entities_linked_in(article_id, besides=[full_id, bare_id]))


# -- a namesake arrives: surnames given to the one person of that name are reconsidered ----

def surname_key(surname: str) -> str:
    """The key marking an entity that holds bare-surname links (``BY_SURNAME``)."""
    return "b:" + surname


def mark_surname(store: Store, entity_id: int, local: LocalEntity) -> None:
    """Note that ``entity_id`` took a bare surname by ``BY_SURNAME``, so ``repark`` can find it."""
    p = person_name(local.name)
    if p is not None and not p.full:
        write_keys(store, entity_id, [surname_key(p.single)])


def repark(store: Store, full_id: int, names: list[str]) -> int:
    """A new full name: bare surnames given to another person of that surname go back.

    When "Anna Weller" was the only Weller, a bare "Weller" among her company
    went to her; once "Ruth Weller" exists, the surname no longer says which,
    so those links are decided again (``choose``), and parked in an entity
    known only by the surname when it no longer picks anyone. The links are
    found through a ``b:`` key on the entity that took them, so the cost is
    paid only when such links exist.
    """
    moved = 0
    surnames = {p.surname.split()[-1] for p in (person_name(n) for n in names) if p is not None and p.full}
    for surname in sorted(surnames):
        for holder in [eid for eid, _ in lookup(store, surname_key(surname))]:
            if holder == full_id:
                continue
            links = store.entity_links_by_rule_name(holder, BY_SURNAME, CLAIM_MAX + 1)
            here = 0
            for article_id, local_id in links[:CLAIM_MAX]:
                decision = _decide_linked(store, article_id, local_id)
                if decision is not None and decision.entity_id == holder:
                    continue
                _unlink(store, article_id, local_id, holder, surname, decision)
                here += 1
            if here:
                profiles.rebuild_profile(store, holder)
                logger.info("re-decided %d bare surname link(s) of entity %s", here, holder)
            moved += here
    return moved


def _decide_linked(store: Store, article_id: str, local_id: str) -> Option | None:
    """``choose`` for a linked bare name, with its article's other linked entities as context."""
    locals_ = {le.local_id: le for le in locals_from_store(store, article_id)}
    local = locals_.get(local_id)
    if local is None or not is_bare(local):
        return None
    here = store.article_links(article_id)
    mine = here.get(local_id)
    others = {eid for lid, eid in here.items() if lid != local_id and eid != mine}
    cand_ids = candidates(store, local.names, local.type)
    cands = profiles.load_profiles(store, cand_ids)
    opts = options(local, [cands[c] for c in cand_ids if c in cands], _shared(store, cand_ids, others), others)
    return choose(opts)


def _unlink(store: Store, article_id: str, local_id: str, holder: int, surname: str,
            decision: Option | None) -> None:
    """Move one bare-surname link off ``holder``: to what ``choose`` now says, else a parked entity."""
    if decision is not None:
        target, why = decision.entity_id, {**reason(decision, [decision]), "reparked_from": holder}
    else:
        parked = [eid for eid in bare_entities(store, surname) if eid != holder]
        target = parked[0] if parked else profiles.create_entity(store, _local_name(store, article_id, local_id),
                                                                 PERSON)
        why = {"rule": "reparked", "from": holder, "name": "surname-now-ambiguous"}
    store.set_link(article_id, local_id, target, why)
    profiles.rebuild_profile(store, target)
    if decision is not None and decision.kind == "partial":
        local = next((le for le in locals_from_store(store, article_id) if le.local_id == local_id), None)
        if local is not None:
            mark_surname(store, target, local)


def _local_name(store: Store, article_id: str, local_id: str) -> str:
    names = store.local_names(article_id, local_id)
    return names[0] if names else ""
