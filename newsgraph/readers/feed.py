"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``) → one article per entry.

feedparser reads every RSS and Atom dialect and their encodings. For each entry:
its title, link (→ ``url``), id (→ ``doc_id``), authors, the feed's title (→
``source``), its text (the fullest of its contents, else its summary, with the
HTML stripped) and its date: ``published`` as the feed wrote it, so the offset
is kept (feedparser's own parsed dates are converted to UTC and lose it), else
``updated`` when the entry states no publication date (common in Atom).

Entries are numbered from 1 in feed order; ``origin`` is ``path#N`` and a bad
entry is a ``ReadError`` naming it, the other entries still come through.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import feedparser

from ..errors import ReadError
from ..models import Article
from .article import make_article
from .dates import DateError, ImpossibleDateError, normalize_date
from .files import looks_binary, one_line, read_bytes
from .htmltext import html_to_text, looks_like_html
from .options import ReadOptions
from .outlet import file_outlet, outlet_name

logger = logging.getLogger(__name__)

# RSS <author> is an e-mail address, optionally followed by the name in parentheses.
_RSS_AUTHOR = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")
_EMAIL = re.compile(r"^\s*\S+@\S+\s*$")


def parse_feed(data: bytes, origin: str):
    """feedparser's result, or None when the bytes are not an RSS/Atom feed."""
    try:
        parsed = feedparser.parse(data)
    except (UnicodeError, ValueError, TypeError) as err:  # feedparser trips over broken encoding declarations
        raise ReadError(origin, one_line(f"cannot parse the feed ({err.__class__.__name__}: {err})")) from None
    return parsed if parsed.get("version") else None


def _entry_text(entry: Any) -> str:
    candidates = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if candidates:
        chosen = max(candidates, key=lambda c: len(c["value"]))
    else:
        chosen = entry.get("summary_detail") or {"value": entry.get("summary", ""), "type": "text/html"}
    value = chosen.get("value") or ""
    kind = (chosen.get("type") or "").lower()
    if "html" in kind or looks_like_html(value):
        return html_to_text(value)
    return value.strip()


def _entry_authors(entry: Any, *, rss: bool) -> list[str]:
    if rss:
        raw = entry.get("author") or ""
        if m := _RSS_AUTHOR.match(raw):
            return [m.group("name")]
        return [] if not raw or _EMAIL.match(raw) else [raw]
    return [a["name"] for a in entry.get("authors", []) if a.get("name")]


def _entry_published(entry: Any, origin: str) -> str | None:
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        if key == "updated":
            logger.debug("%s: no published date; using the updated date", origin)
        try:
            return normalize_date(raw)
        except ImpossibleDateError:
            raise
        except DateError:
            parsed = entry.get(f"{key}_parsed")
            if parsed is None:
                raise
            # A form feedparser reads and we do not: its value is in UTC.
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat()
    return None


def articles_from_feed(parsed, origin: str) -> Iterator[Article | ReadError]:
    """Each entry of a parsed feed → an ``Article`` or a ``ReadError`` naming ``origin#N``."""
    source = outlet_name(parsed.feed.get("title"), parsed.feed.get("link"))
    fallback = file_outlet(origin)
    rss = str(parsed.get("version", "")).startswith("rss")
    if not parsed.entries:
        yield ReadError(origin, "feed has no entries")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        text = _entry_text(entry)
        if not text:
            yield ReadError(where, "feed entry has no text")
            continue
        try:
            yield make_article(
                text,
                published=_entry_published(entry, where),
                title=entry.get("title"),
                source=source,
                url=entry.get("link"),
                authors=_entry_authors(entry, rss=rss),
                doc_id=entry.get("id"),
                origin=where,
                fallback_source=fallback,
            )
        except DateError as err:
            yield ReadError(where, f"bad entry date: {err}")


def read_feed_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    """An RSS/Atom file → its entries; one ``ReadError`` if it is not a feed."""
    origin = str(path)
    data = read_bytes(path, max_bytes=options.max_bytes)
    if looks_binary(data):
        raise ReadError(origin, "binary file (it holds NUL bytes), not a feed")
    parsed = parse_feed(data, origin)
    if parsed is None:
        raise ReadError(origin, "not an RSS or Atom feed")
    yield from articles_from_feed(parsed, origin)
