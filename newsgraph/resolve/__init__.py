"""The resolve stage: an article's local entities → the store's entities.

``link_article(store, annotated)`` runs inside the article's write transaction
(``SQLiteStore.write_article(annotated, linker=link_article)``). Modules:

- ``names``: name compatibility (short forms, nicknames, initials, accents, acronyms);
- ``places``: countries by name, code and demonym ("U.S.", "American");
- ``candidates``: the blocking index, so linking cost stays flat as the store grows;
- ``context``: what an article says an entity is, and the company it keeps;
- ``score``: features and threshold; ``linker``: the decisions per article;
- ``single``: a one-word person name and the full name its context singles out;
- ``shortforms``: a short name two fuller names of different things share;
- ``profiles``: store entities and their profiles; ``curate``: users' decisions;
- ``rebuild``: relink everything in a canonical order and re-apply decisions.
"""

from .curate import Curator, DecisionRow, Explanation, explain, find_entity
from .linker import link_article
from .rebuild import RebuildResult, rebuild_links

__all__ = [
    "Curator", "DecisionRow", "Explanation", "RebuildResult", "explain", "find_entity",
    "link_article", "rebuild_links",
]
