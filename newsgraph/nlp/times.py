"""Time expressions (baseline: spaCy DATE/TIME spans, unresolved)."""

from __future__ import annotations

from ..models import Article, TimeExpr


def read_times(doc, article: Article) -> list[TimeExpr]:
    return [
        TimeExpr(ent.start_char, ent.end_char, ent.text, type="TIME" if ent.label_ == "TIME" else "DATE")
        for ent in doc.ents
        if ent.label_ in ("DATE", "TIME")
    ]
