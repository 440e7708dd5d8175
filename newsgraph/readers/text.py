"""Plain text articles (``.txt``, ``.text``, ``.md``), with an optional header.

Supported headers, all optional, only at the very top of the file:

* the crawl's own form: ``date YYYY-MM-DD`` followed by the article text, on the
  same line (`` date 2024-01-04 The text…``) or on the next one;
* ``key: value`` lines, one per line, for the keys ``date``, ``title``,
  ``source``, ``url``, ``author`` / ``authors`` (several names split on ``;``
  or ``,``) and ``id``; the first line that is not such a header ends them;
* the same ``key: value`` lines between ``---`` fences (Markdown front matter).

``Article.text`` is everything after the header with white space stripped at its
two ends only (so the article starts at its first word); nothing inside the
text is changed, and every offset the nlp stage produces is into that string.
Without a header the whole file, stripped at its ends, is the text. A file
with no title header has no title; the outlet comes from ``source:``, else the
``url:`` header's host, else the file's name without its date (``outlet``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError
from ..models import Article
from .article import make_article
from .dates import DateError
from .files import decode_text, read_bytes
from .options import ReadOptions
from .outlet import file_outlet

HEADER_KEYS = ("date", "title", "source", "url", "author", "authors", "id")

# The crawl's form: " date 2024-01-04 " then the text. The date must look like one.
_CRAWL_DATE = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"[ \t]*(" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(.*?)[ \t]*(?:\r\n|\n|\r|$)", re.IGNORECASE
)
_FENCE = re.compile(r"---[ \t]*(?:\r\n|\n|\r)")
_FENCE_CLOSE = re.compile(r"[ \t]*---[ \t]*(?:\r\n|\n|\r|$)")
_NAME_SPLIT = re.compile(r"\s*[;,]\s*")


@dataclass(slots=True)
class Header:
    """What a text file's header said, and where its body starts."""

    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0


def parse_header(text: str) -> Header:
    """Find the header at the top of ``text`` (see the module docstring for its forms)."""
    header = Header()
    pos = 0
    fenced = _FENCE.match(text)
    if fenced:
        pos = fenced.end()
    elif m := _CRAWL_DATE.match(text):
        header.fields["date"] = m.group(1)
        pos = m.end()
        if not text.startswith(("\n", "\r"), pos):  # the text follows on the same line
            header.body_start = pos
            return header
    while m := _HEADER_LINE.match(text, pos):
        key = m.group(1).lower()
        header.fields["authors" if key == "author" else key] = m.group(2)
        pos = m.end()
    if fenced:
        close = _FENCE_CLOSE.match(text, pos)
        if not close:  # not front matter after all: read the file as it is
            return Header()
        pos = close.end()
    header.body_start = pos
    return header


def article_from_text(text: str, origin: str) -> Article:
    """One article from the decoded contents of a text file."""
    header = parse_header(text)
    body = text[header.body_start:].strip()
    if not body:
        reason = "no article text after the header" if header.fields else "no article text"
        raise ReadError(origin, reason)
    f = header.fields
    authors = tuple(a for a in _NAME_SPLIT.split(f.get("authors", "")) if a)
    try:
        return make_article(
            body,
            published=f.get("date"),
            title=f.get("title") or None,
            source=f.get("source") or None,
            url=f.get("url") or None,
            authors=authors,
            doc_id=f.get("id") or None,
            origin=origin,
            fallback_source=file_outlet(origin),
        )
    except DateError as err:
        raise ReadError(origin, f"bad date header: {err}") from None


def read_text_file(path: Path, options: ReadOptions) -> Article:
    """A text file → one ``Article``; ``ReadError`` for anything it cannot be."""
    origin = str(path)
    data = read_bytes(path, max_bytes=options.max_bytes)
    text = decode_text(data, origin, fallback_encoding=options.fallback_encoding)
    return article_from_text(text, origin)
