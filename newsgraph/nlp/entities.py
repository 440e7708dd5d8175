"""Entities of one article (baseline: spaCy's entities grouped by exact name)."""

from __future__ import annotations

from ..models import ENTITY_TYPES, Article, Entity, Mention


def read_entities(doc, article: Article) -> list[Entity]:
    by_key: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        key = (ent.text, ent.label_)
        entity = by_key.get(key)
        if entity is None:
            entity = by_key[key] = Entity(id=f"e{len(by_key) + 1}", name=ent.text, type=ent.label_)
        entity.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return list(by_key.values())
