"""Linking (baseline: exact name and type match)."""

from __future__ import annotations

import json
import sqlite3

from ..models import AnnotatedArticle


def link_article(conn: sqlite3.Connection, annotated: AnnotatedArticle) -> None:
    article = annotated.article
    for entity in annotated.entities:
        row = conn.execute(
            "SELECT id FROM entities WHERE name = ? AND type = ?", (entity.name, entity.type)
        ).fetchone()
        if row:
            entity_id = row[0]
            conn.execute(
                "UPDATE entities SET mention_count = mention_count + ?, article_count = article_count + 1,"
                " last_seen = max(coalesce(last_seen, ''), coalesce(?, '')) WHERE id = ?",
                (len(entity.mentions), article.published_date, entity_id),
            )
        else:
            entity_id = conn.execute(
                "INSERT INTO entities (name, type, mention_count, article_count, first_seen, last_seen)"
                " VALUES (?, ?, ?, 1, ?, ?)",
                (entity.name, entity.type, len(entity.mentions), article.published_date, article.published_date),
            ).lastrowid
        for alias in {entity.name, *entity.aliases}:
            conn.execute(
                "INSERT INTO entity_aliases (entity_id, alias, norm) VALUES (?, ?, ?)"
                " ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + 1",
                (entity_id, alias, alias.lower()),
            )
        conn.execute(
            "INSERT INTO entity_links (article_id, local_id, entity_id, score, reason) VALUES (?, ?, ?, 1.0, ?)",
            (article.id, entity.id, entity_id, json.dumps({"rule": "exact name and type"})),
        )
