"""The one place an ``Article`` is built, so every reader fills it the same way."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from ..models import Article
from .dates import normalize_date
from .identity import article_id, normalize_text
from .outlet import outlet_name

logger = logging.getLogger(__name__)


def _clean(value: str | None) -> str | None:
    """Metadata (titles, names, outlets) with white space collapsed; None when empty."""
    if value is None:
        return None
    value = normalize_text(str(value))
    return value or None


def make_article(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    authors: Iterable[str] = (),
    doc_id: str | None = None,
    origin: str | None = None,
    fallback_source: str | None = None,
) -> Article:
    """An ``Article`` with its id computed and its fields normalized.

    ``text`` is stripped at its ends only (offsets are into the result);
    ``published`` goes through ``normalize_date`` and so raises ``DateError``
    (a ``ValueError``) when it is impossible; metadata strings have their white
    space collapsed; repeated authors are kept once, in order. The outlet is
    ``source``, else the host of ``url``, else ``fallback_source`` (``outlet``).
    """
    text = text.strip()
    if not text:
        raise ValueError("an article needs text")
    day = normalize_date(published)
    if day is None:
        logger.info("%s: no publication date; read as undated", origin or "article")
    names: list[str] = []
    for name in authors:
        cleaned = _clean(name)
        if cleaned and cleaned not in names:
            names.append(cleaned)
    return Article(
        id=article_id(text),
        text=text,
        published=day,
        title=_clean(title),
        source=_clean(outlet_name(_clean(source), _clean(url), _clean(fallback_source))),
        url=_clean(url),
        authors=tuple(names),
        doc_id=_clean(doc_id),
        origin=origin,
    )
