"""Who or what an entity is, as the articles describe it: the writer of "who is X?".

The descriptions the reader kept and the phrases sentences set beside the name ("X, the actress,", "X is a
former swimmer"), read from the sentences of the entity's newest articles (bounded), the most told first.
"""

from __future__ import annotations

from .compose import Composer
from .load import sentence_citations
from .questions import QuestionAnalysis
from .types import Citation
from .words import FUNCTION_WORDS, tokens


#: How many of the entity's newest articles, and of their sentences naming it, are read for appositions.
DESCRIBE_ARTICLES = 20
DESCRIBE_SENTENCES = 80


def description(store, q: QuestionAnalysis, out: Composer, *, as_of: str | None) -> str | None:
    """Who or what the entity is, as articles describe it: the descriptions the reader kept and the phrases
    sentences set beside its name ("X, the actress,", "X is a former swimmer"), the most told first (on a
    tie, those set beside the name), two at most."""
    from .appositions import described
    from .entities import names_of
    from .profile import descriptions_of

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
        if out.add(f"{entity.name}: {text}", cited[:2]):
            first = first or text
    return first


def bare(text: str) -> bool:
    """Whether a description is a determiner and one noun at most ("the source", "a man"): no qualifier, title or
    organisation that would say who someone is."""
    return len([w for w in tokens(text) if w not in FUNCTION_WORDS]) <= 1
