"""The sentences that refer to a question's entity without naming it ("he", "she", "the actress").

Why: news writing names a person once and then goes on with a pronoun or a
description: "Ann Lee was arrested on Monday. She had worked at the plant for
15 years." The answer to "how long had Ann Lee worked at the plant?" is in a
sentence that never names her, so the reads of the sentences that name an
entity (its mentions) miss it. At ingest the claim reader's sure references
are kept per sentence (``store.reads_refs``, table ``sentence_refs``); here
they are read beside the mentions, from the same newest articles, and the
citations of such sentences carry the entity in ``Citation.refers``, so the
full-text safety net counts the entity as said there ("she" is Ann Lee) as it
counts a name.

The answer still says only what the cited sentence says: a span taken from
it stands on its own words, and the pronoun's entity is the question's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from .questions import QuestionAnalysis
from .types import Citation

SentenceKey = tuple[str, int]


def referring_keys(store, entity_id: int, *, as_of: str | None, articles: int) -> set[SentenceKey]:
    """Sentences of the entity's newest ``articles`` articles that refer to it by a pronoun or a description
    (bounded by the store read's own LIMIT)."""
    return set(store.entity_reference_sentence_keys(entity_id, as_of=as_of, articles=articles))


def mark(citations: Iterable[Citation], refers: dict[int, set[SentenceKey]]) -> list[Citation]:
    """The citations, each carrying the entities (of ``refers``: entity id → its referring sentences) its
    sentence refers to without naming them (``Citation.refers``)."""
    out = []
    for c in citations:
        ids = tuple(i for i, keys in refers.items() if c.key in keys and i not in c.refers)
        out.append(replace(c, refers=(*c.refers, *ids)) if ids else c)
    return out


def merged(citations: Sequence[Citation]) -> Citation:
    """One sentence found by several reads: the first, carrying what any of them knew it refers to."""
    refers = tuple(dict.fromkeys(i for c in citations for i in c.refers))
    first = citations[0]
    return replace(first, refers=refers) if refers != first.refers else first
