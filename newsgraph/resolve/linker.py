"""Linking an article's local entities to the store's entities.

``link_article(store, annotated)`` runs inside the article's write transaction.
For each local entity, most specific first (full names before bare surnames,
so a stray "Smith" can attach to the "John Smith" of the same article):

1. candidates from the blocking index (``candidates``), a bounded number,
   looked up once per local entity; an entity this article's earlier links
   gave new keys is added from those keys, without a second lookup;
2. each scored (``score.features``), with the company the entity keeps: the
   candidates of the article's *other* entities, checked pairwise against
   ``entity_cooc``;
3. the best candidate at or above ``THRESHOLD`` is the link; a partial name
   must also beat the runner-up by ``MARGIN``; otherwise a new store entity;
4. when one local entity names, by two different full names, two store
   entities that are not marked not-same ("Clara Weller" and "Dot
   Weller" in one article), it bridges them: they are merged. Only full
   names bridge: a bare surname never glues two people together;
5. a fuller name never joins an entity known only by a shorter form of it
   ("Mara Elise Lind" and an entity "Mara Elise"): it *adopts* that entity
   (merges it in) when it is the only fuller entity the shorter names fit.
   A person named by one word only is never linked by its name alone: a
   first name or nickname goes to the one full name its article's context
   singles out, and is claimed later by a full name that arrives after it
   (``single``); a bare surname joins only the one person of that surname
   its company points to, and goes back when a namesake arrives
   (``single.repark``). A name that ends a fuller one ("T90" of "Orrin
   T90") adopts nothing that has a full name of its own ("New VM" never
   adopts "VM", known as "Velmar Motors"). A short name two full names of
   different things share ("Dunmere" of "Dunmere Fire" and "Dunmere Lumber")
   goes to neither, and links it got from the first go back (``shortforms``).

Then the linked entities' aliases, keys, descriptor words, co-mention counts,
statistics and canonical names are updated. Every link keeps its score and a
JSON ``reason`` (the features of the chosen candidate and the runner-up).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import AnnotatedArticle
from . import profiles, shortforms, single
from .candidates import candidates, index_keys, query_keys
from .context import LocalEntity, locals_from_annotated
from .names import PARTIAL_KINDS, PERSON, best_match, is_full, legal_name, norm, org_tokens, tokens
from .profiles import Profile
from .score import MARGIN, THRESHOLD, Features, features, single_only

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)

_PARTIAL = PARTIAL_KINDS


@dataclass(slots=True)
class Decision:
    local: LocalEntity
    entity_id: int
    score: float
    reason: dict


def link_article(store: Store, annotated: AnnotatedArticle) -> None:
    """Link every local entity of ``annotated`` (already inserted) to a store entity."""
    article = annotated.article
    link_locals(store, article.id, article.published_date, locals_from_annotated(annotated))


def link_locals(store: Store, article_id: str, day: str | None,
                locals_: list[LocalEntity]) -> dict[str, int]:
    """Link the given local entities of one article; local id → store entity id."""
    if not locals_:
        return {}
    cache: dict[int, Profile | None] = {}

    def profile(entity_id: int) -> Profile | None:
        if entity_id not in cache:
            cache[entity_id] = profiles.load_profile(store, entity_id)
        return cache[entity_id]

    # What each local entity could be, before anything is created: the article's company.
    found = {le.local_id: candidates(store, le.names, le.type) for le in locals_}
    pre = {lid: set(ids) for lid, ids in found.items()}
    # keys the article's own links add as it goes: what a second lookup would find anew
    grown: dict[int, set[str]] = {}
    order = sorted(locals_, key=lambda le: (not le.full, -le.specificity, -le.mentions, _local_order(le.local_id)))
    linked: dict[str, int] = {}
    decisions: list[Decision] = []
    bridges: list[tuple[int, int, str]] = []  # (keep, gone, why)
    releases: list[tuple[int, LocalEntity]] = []  # (entity, a fuller name its short name also fits)
    for le in order:
        others = [pre[o.local_id] | ({linked[o.local_id]} if o.local_id in linked else set())
                  for o in locals_ if o.local_id != le.local_id]
        wanted = set(query_keys(le.names, le.type))
        cand_ids = found[le.local_id] + sorted(
            eid for eid, keys in grown.items() if keys & wanted and eid not in pre[le.local_id])
        scored: list[tuple[Features, Profile]] = []
        adoptable: list[Profile] = []
        company = profiles.seen_with(store, cand_ids, {i for s in others for i in s})
        missing = [c for c in cand_ids if c not in cache]
        cache.update({c: None for c in missing})
        cache.update(profiles.load_profiles(store, missing))
        for cid in cand_ids:
            cand = profile(cid)
            if cand is None:
                continue
            shared = sum(1 for s in others if s & company.get(cid, set()))
            f = features(le, cand, shared_context=shared, context_size=len(others),
                         same_article=cid in linked.values(),
                         not_same=False)
            if f.name in _PARTIAL and _longer(f.matched[0], f.matched[1]):
                # a fuller name does not join a shorter-named entity; it may adopt it below;
                # by its head only an entity that has no fuller name of its own ("Orlen
                # Navy" adopts a "Navy"; "New VM" never adopts "VM", known as "Velmar Motors")
                if (f.score >= THRESHOLD and not (f.name == "head" and _own_full_name(cand, f.matched[0]))
                        and not (cand.type == PERSON and single_only(cand.aliases))):
                    if shortforms.shared(le, cand, f.matched[1]):
                        # "Dunmere Lumber" and the "Dunmere" the "Dunmere Fire" took: adopt
                        # neither; the short name goes back to an entity of its own
                        releases.append((cid, le))
                    else:
                        adoptable.append(cand)
                f.name, f.score = "adopt", 0.0
            scored.append((f, cand))
        scored.sort(key=lambda fc: (-fc[0].score, fc[1].id))
        decision = _decide(store, le, scored)
        if single.is_bare(le):
            decision = _decide_bare(le, cand_ids, profile, others, company, set(linked.values())) or decision
        if decision is None:
            entity_id = profiles.create_entity(store, le.name, le.type)
            cache.pop(entity_id, None)
            reason = {"rule": "new", "candidates": len(scored),
                      "best": _brief(scored[0]) if scored else None}
            decision = Decision(le, entity_id, 1.0, reason)
        linked[le.local_id] = decision.entity_id
        decisions.append(decision)
        store.add_link(article_id, le.local_id, decision.entity_id, decision.score, decision.reason)
        if decision.reason.get("name") == single.BY_SURNAME:
            single.mark_surname(store, decision.entity_id, le)
        chosen = profile(decision.entity_id)
        chosen_norms = {norm(a) for a in chosen.aliases} if chosen else set()
        profiles.absorb_local(store, decision.entity_id, chosen.type if chosen else le.type, le)
        grown.setdefault(decision.entity_id, set()).update(
            k for n in le.names for k in index_keys(n, chosen.type if chosen else le.type))
        cache.pop(decision.entity_id, None)
        bridges.extend((decision.entity_id, other, "bridge") for other in
                       _bridges(store, le, decision.entity_id, chosen_norms, scored))
        bridges.extend((decision.entity_id, p.id, "adopt") for p in adoptable
                       if p.id != decision.entity_id and _sole_fuller(store, p, decision.entity_id))
    # statistics, once per entity per article
    per_entity: dict[int, int] = {}
    for d in decisions:
        per_entity[d.entity_id] = per_entity.get(d.entity_id, 0) + d.local.mentions
    for eid, mentions in per_entity.items():
        profiles.add_stats(store, eid, mentions, day)
    profiles.add_cooc(store, set(per_entity))
    for eid in per_entity:
        profiles.refresh_name(store, eid)
    # bridges last, so the merged profile is rebuilt from complete links
    for keep, gone, why in bridges:
        keep, gone = profiles.resolve_id(store, keep), profiles.resolve_id(store, gone)
        if keep is None or gone is None or keep == gone or profiles.not_same(store, keep, gone):
            continue
        logger.info("%s: entity %s into %s (article %s)", why, gone, keep, article_id)
        profiles.merge_into(store, keep, gone, {"rule": why, "by": article_id})
    # short names an entity took from one fuller name, that another fuller name now also extends
    for holder, le in releases:
        holder = profiles.resolve_id(store, holder)
        if holder is not None:
            shortforms.release(store, holder, le)
    # one-word names parked before these full names arrived, that their articles now give to them;
    # and surnames given to the one person of that name, now that a namesake arrived
    for d in decisions:
        if d.local.type == PERSON and d.local.full:
            full_id = profiles.resolve_id(store, d.entity_id)
            if full_id is not None:
                if d.reason.get("rule") == "new":
                    single.repark(store, full_id, d.local.names)
                single.claim_bare(store, full_id, d.local.names, article_id)
    return {lid: profiles.resolve_id(store, eid) or eid for lid, eid in linked.items()}


def _local_order(local_id: str) -> tuple[int, str]:
    digits = "".join(c for c in local_id if c.isdigit())
    return (int(digits) if digits else 0, local_id)


def _decide(store: Store, le: LocalEntity, scored: list[tuple[Features, Profile]]) -> Decision | None:
    viable = scored
    if not viable:
        return None
    best, cand = viable[0]
    if best.score < THRESHOLD:
        return None
    if best.name in _PARTIAL and len(viable) > 1:
        runner = viable[1][0]
        if runner.score > 0 and best.score - runner.score < MARGIN:
            return None  # a bare name that fits two entities equally: do not choose
    reason = {"rule": "linked", **best.to_dict(), "candidate": cand.id, "candidate_name": cand.name,
              "candidates": len(scored), "runner_up": _brief(viable[1]) if len(viable) > 1 else None}
    return Decision(le, cand.id, best.score, reason)


def _decide_bare(le: LocalEntity, cand_ids: list[int], profile, others: list[set[int]],
                 company: dict[int, set[int]], here: set[int]) -> Decision | None:
    """A one-word person name: the full-name entity its context singles out, if any (see ``single``)."""
    shared = {cid: sum(1 for s in others if s & company.get(cid, set())) for cid in cand_ids}
    opts = single.options(le, [p for p in (profile(c) for c in cand_ids) if p is not None], shared, here)
    best = single.choose(opts)
    if best is None:
        return None
    return Decision(le, best.entity_id, single.score_of(best), single.reason(best, opts))


def _own_full_name(cand: Profile, longer: str) -> bool:
    """Whether ``cand`` has a full name that is not the head of ``longer`` ("Velmar Motors"
    of a "VM" that "New VM" would adopt; not "Harbor Master" of "Orlen Harbor Master")."""
    tail = org_tokens(longer)
    return any(is_full(a, cand.type) and tail[-len(org_tokens(a)):] != org_tokens(a) for a in cand.aliases)


def _longer(local_name: str, cand_name: str) -> bool:
    return len(tokens(local_name)) > len(tokens(cand_name))


def _sole_fuller(store: Store, short: Profile, fuller: int) -> bool:
    """Whether ``fuller`` is the only entity with a fuller name that ``short``'s names fit.

    A bare "Smith" entity is adopted by "John Smith" only while no "Jane Smith"
    could claim it too: a short name never glues two people together.
    """
    person = short.type == PERSON
    for cid in candidates(store, short.aliases, short.type, every_tier=True):
        if cid in (short.id, fuller):
            continue
        other = profiles.load_profile(store, cid)
        if other is None:
            continue
        m = best_match(short.aliases, other.aliases, person=person and other.type == PERSON)
        if m.score > 0 and (other.full or _longer(m.b, m.a)):
            return False
    return True


def _brief(fc: tuple[Features, Profile]) -> dict:
    f, c = fc
    return {"entity": c.id, "name": c.name, "score": f.score, "match": f.name}


def _bridges(store: Store, le: LocalEntity, chosen: int, chosen_norms: set[str],
             scored: list[tuple[Features, Profile]]) -> list[int]:
    """Other store entities this local entity names by a different full name, exactly.

    ``chosen_norms`` are the chosen entity's aliases before this link added any.
    """
    if not any(is_full(n, le.type) for n in le.names):
        return []
    out = []
    for f, cand in scored:
        if cand.id == chosen or f.name != "exact" or f.type < 1.0 or f.score < THRESHOLD:
            continue
        local_name = f.matched[0]
        if not (is_full(local_name, le.type) or legal_name(local_name)) or norm(local_name) in chosen_norms:
            continue  # the same name for both: namesakes, not a bridge
        if profiles.not_same(store, chosen, cand.id):
            continue
        out.append(cand.id)
    return out
