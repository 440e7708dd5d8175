"""A short name that fuller names of two different things begin with ("Dunmere").

Why: a fuller name adopts an entity known only by a shorter form of it
("Dunmere Fire" takes a "Dunmere"), and a short name joins the one fuller name
its company points to. Both are right while that fuller name is the only one.
When another thing of that name arrives ("Dunmere Lumber"), the short name no
longer says which it is (often neither: the town both are named after), so the
links named only by it go back to an entity of their own, as they would have
stayed had the two fuller names come first: the outcome must not depend on
which article arrived first. Unless an article says whose the short name is
("Apple Inc. ... Apple"): then it stays with that one. People are not handled
here: their one-word names are ``single``'s.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import profiles
from .context import LocalEntity, locals_from_store
from .names import PERSON, best_match, is_full, norm
from .profiles import Profile
from .score import full_names_disagree, longer_forms

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)

#: An entity with more links than this is not re-examined (the cost stays bounded).
RELEASE_MAX = 20


def shared(fuller: LocalEntity, holder: Profile, short: str) -> bool:
    """Whether ``holder``, which a fuller name of ``fuller`` would adopt by its short name ``short``, already
    has a fuller name of its own that begins with ``short`` and is not ``fuller``'s ("Dunmere Fire" holding the
    "Dunmere" that "Dunmere Lumber" would take): then the short name is neither's (``release``)."""
    return (PERSON not in (fuller.type, holder.type) and longer_forms(short, holder.aliases, holder.type)
            and full_names_disagree(fuller, holder, person=False))


def release(store: Store, holder: int, fuller: LocalEntity) -> int:
    """Move the links of ``holder`` named only by a short form that ``fuller``'s full names
    also extend to a new entity of their own; how many moved."""
    mine = [n for n in fuller.names if is_full(n, fuller.type)]
    links = store.entity_links(holder, limit=RELEASE_MAX + 1)
    if not mine or len(links) > RELEASE_MAX:
        return 0
    moving: list[tuple[str, str]] = []
    short: list[LocalEntity] = []  # the moving links' local entities, in link order
    said: set[str] = set()  # short names an article of the holder gives it beside a full name
    read: dict[str, list[LocalEntity]] = {}  # an article's local entities, read once however many links it holds
    for article_id, local_id in links:
        if article_id not in read:
            read[article_id] = locals_from_store(store, article_id)
        local = next((le for le in read[article_id] if le.local_id == local_id), None)
        if local is None:
            continue
        if local.full:
            said.update(norm(n) for n in local.names if not is_full(n, local.type))
            continue
        if best_match(local.names, mine, person=False).score <= 0:
            continue
        moving.append((article_id, local_id))
        short.append(local)
    if not moving or len(moving) == len(links) or any(norm(n) in said for n in short[0].names):
        return 0
    first = short[0]
    entity = store.entity(holder)
    new = profiles.create_entity(store, first.name, entity.type)
    profiles.move_links(store, moving, new, {"rule": "released", "from": holder,
                                             "because": fuller.name})
    profiles.rebuild_profile(store, holder)
    profiles.rebuild_profile(store, new)
    logger.info("released %d short-name link(s) of entity %s to entity %s", len(moving), holder, new)
    return len(moving)
