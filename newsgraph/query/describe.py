"""Who or what an entity is, as the articles describe it: the writer of "who is X?".

The descriptions the reader kept and the phrases sentences set beside the name ("X, the actress,", "X is a
former swimmer"), read from the sentences of the entity's newest articles (bounded), the most told first.
The kept descriptions alone (``descriptions_of``) are also a profile's, and say who each side of a connection is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .compose import Composer, described_as
from .load import sentence_at, sentence_citations
from .questions import QuestionAnalysis
from .types import Citation
from .words import FUNCTION_WORDS, tokens


#: How many of the entity's newest articles its kept descriptions are read from.
DESCRIPTION_ARTICLES = 300
#: How many of the entity's newest articles, and of their sentences naming it, are read for appositions.
DESCRIBE_ARTICLES = 20
DESCRIBE_SENTENCES = 80


def description(store, q: QuestionAnalysis, out: Composer, *, as_of: str | None) -> str | None:
    """Who or what the entity is, as articles describe it: the descriptions the reader kept and the phrases
    sentences set beside its name ("X, the actress,", "X is a former swimmer"), the most told first (on a
    tie, those set beside the name), two at most."""
    from .appositions import described
    from .entities import names_of

    entity = q.entities[0].entity
    descriptions = descriptions_of(store, entity.id, as_of=as_of, limit=3)
    keys = sorted(store.entity_mention_sentence_keys(entity.id, as_of=as_of, articles=DESCRIBE_ARTICLES))
    forms = sorted(names_of(store, [entity.id]) | {entity.name})
    beside: dict[str, tuple[str, list[Citation]]] = {}
    for citation in sentence_citations(store, keys[:DESCRIBE_SENTENCES]):
        for phrase in described(forms, citation.text):
            beside.setdefault(phrase.lower(), (phrase, []))[1].append(citation)
    told = [(d.count, 0, d.text, d.citations) for d in descriptions if d.citations]
    told += [(len(cited), 1, text, cited) for text, cited in beside.values()
             if text.lower() not in {d.text.lower() for d in descriptions}]
    first = None
    # a bare head ("the source", "the man") is how a story names someone again once it has introduced them: it
    # says their part in one sentence, not who they are, so it comes after any description that says more
    for *_, text, cited in sorted(told, key=lambda t: (not bare(t[2]), t[0], t[1]), reverse=True)[:2]:
        if out.add(described_as(entity.name, text), cited[:2]):
            first = first or text
    return first


def bare(text: str) -> bool:
    """Whether a description is a determiner and one noun at most ("the source", "a man"): no qualifier, title or
    organisation that would say who someone is."""
    return len([w for w in tokens(text) if w not in FUNCTION_WORDS]) <= 1


@dataclass(slots=True)
class DescriptionView:
    """What articles said the entity is, how many times, and where."""

    text: str
    count: int
    citations: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "count": self.count, "citations": [c.to_dict() for c in self.citations]}


def descriptions_of(store, entity_id: int, *, as_of: str | None = None, limit: int = 8) -> list[DescriptionView]:
    """The descriptions the reader kept for the entity in its newest articles, the same words counted once, most
    said first, each with the sentences it was said in (a profile's, and what "who is X?" and a connection say)."""
    rows = store.entity_description_rows(entity_id, as_of=as_of, articles=DESCRIPTION_ARTICLES)
    grouped: dict[str, DescriptionView] = {}
    for article_id, raw in rows:
        try:
            items = json.loads(raw)
        except ValueError:
            continue
        for item in items if isinstance(items, list) else []:
            text = " ".join(str(item.get("text", "")).split()) if isinstance(item, dict) else ""
            if not text:
                continue
            view = grouped.setdefault(text.lower(), DescriptionView(text=text, count=0))
            view.count += 1
            if len(view.citations) < 3:
                cited = _description_citation(store, article_id, item)
                if cited and cited.key not in {c.key for c in view.citations}:
                    view.citations.append(cited)
    ranked = sorted(grouped.values(), key=lambda d: (-d.count, d.text))
    return [d for d in ranked if d.citations][:limit]


def _description_citation(store, article_id: str, item: dict) -> Citation | None:
    index = item.get("sentence")
    if isinstance(index, int):
        found = sentence_citations(store, [(article_id, index)])
        if found:
            return found[0]
    start = item.get("start")
    return sentence_at(store, article_id, start) if isinstance(start, int) else None
