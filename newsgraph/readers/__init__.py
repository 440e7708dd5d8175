"""Readers: news sources → ``Article``; what cannot be read → ``ReadError``.

>>> for item in read_paths(["news/"]):                 # doctest: +SKIP
...     if isinstance(item, ReadError): warn(item)
...     else: annotate(item)

``read_paths`` / ``read_path`` take files or folders (recursively, sorted, hidden
files skipped) and pick the reader by extension or content: plain text with an
optional date header (``text``), JSON Lines (``jsonl``), HTML pages (``html``,
trafilatura + htmldate), RSS/Atom (``feed``, feedparser), web archives
(``warc``, warcio). Bad input never raises out of them: each failure is yielded
as one ``ReadError`` naming the file (and line or entry), and reading goes on.

Every article's ``id`` is ``article_id(text)``: the same text read from any
format has the same id. ``published`` is ``YYYY-MM-DD`` or an ISO datetime with
the source's offset, or None when the source gives no date (the caller warns).
"""

from __future__ import annotations

import logging

from ..errors import ReadError
from .article import make_article
from .dates import DateError, ImpossibleDateError, normalize_date
from .dispatch import read_file, sniff
from .folder import read_path, read_paths
from .identity import article_id, normalize_text
from .jsonl import read_jsonl
from .options import DEFAULT_MAX_BYTES, ReadOptions

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DateError",
    "ImpossibleDateError",
    "ReadError",
    "ReadOptions",
    "article_id",
    "make_article",
    "normalize_date",
    "normalize_text",
    "read_file",
    "read_jsonl",
    "read_path",
    "read_paths",
    "sniff",
]
