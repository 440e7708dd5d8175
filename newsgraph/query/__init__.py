"""The query stage: what the store knows, as typed results with citations.

Every function takes a store (``newsgraph.store.SQLiteStore``) and returns a
dataclass with ``to_dict()``; every statement in a result carries the
sentences it rests on (``Citation``: article, date, outlet, sentence and its
offsets into the article text).

- ``profile(store, name)``: the entity, its aliases, descriptions, sources, connections, latest claims;
- ``timeline(store, name, with_=, start=, end=)``: its claims in the order things happened;
- ``connect(store, a, b)``: what links two entities, directly and through others;
- ``ask(store, question, as_of=)``: a short answer with numbered citations;
- ``open_loops(store)``: planned, requested or wanted things never reported settled;
- ``conflicts(store)``: times, numbers and outcomes that articles state differently;
- ``claims(store, entity)``: claims, newest first;
- ``find_entity(store, name)``: the entity a name names (name, alias, any case, tokens).

Queries read an entity's newest claims and articles through the indexes of
migration 0003 and stop at a LIMIT, so an entity named in 50,000 articles
costs a bounded amount of work.
"""

from __future__ import annotations

import logging

from .ask import Answer, ask
from .claims import ClaimList, claims
from .conflicts import Conflict, ConflictSide, conflicts
from .connect import Connection, Edge, Path, connect
from .describe import DescriptionView
from .entities import find_entity
from .openloops import OpenLoop, open_loops
from .profile import ConnectionView, Profile, SourceCount, profile
from .timeline import Timeline, TimelineEntry, timeline
from .types import Citation, ClaimView, EntityMatch, EntityRef

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Answer", "Citation", "ClaimList", "ClaimView", "Conflict", "ConflictSide", "Connection", "ConnectionView",
    "DescriptionView", "Edge", "EntityMatch", "EntityRef", "OpenLoop", "Path", "Profile", "SourceCount",
    "Timeline", "TimelineEntry", "ask", "claims", "conflicts", "connect", "find_entity", "open_loops", "profile",
    "timeline",
]
