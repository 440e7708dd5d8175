"""Web archives (``.warc``, ``.warc.gz``): each HTML response record → an article.

warcio streams the archive (plain or gzip), so an archive of any size is read
one record at a time; the size limit holds per record payload. Records are
numbered from 1 in file order, all kinds counted, so ``origin`` ``path#N``
points at the record. Only ``response`` records with a successful (2xx) HTTP
status and an HTML content type are articles; requests, metadata, redirects,
images and style sheets are skipped without a word (they are the normal
contents of a crawl, not bad input). An HTML page with no article text is a
``ReadError`` for its record.

The page goes through the HTML reader with the record's ``WARC-Target-URI`` as
its URL; when the page states no publication date, the record's
``WARC-Date`` (the crawl time, an upper bound on publication) is used.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import ReadError, TooLargeError
from ..models import Article
from .files import one_line, open_binary
from .html import article_from_html, decode_html
from .options import ReadOptions

logger = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip()
    return None


def _damage(record) -> str | None:
    """Why a record read in full is incomplete, or None: warcio reads short records without a word."""
    if not (record.rec_headers.get_header("Content-Length") or "").strip():
        return "record header cut short (no Content-Length)"
    if getattr(record.raw_stream, "limit", 0) > 0:
        return "record cut short (fewer bytes than its Content-Length)"
    return None


def _record_article(record, where: str, options: ReadOptions) -> Article | ReadError | None:
    """One response record → an article, a ``ReadError``, or None when it is no page."""
    http = record.http_headers
    if http is None:
        return None
    status = http.get_statuscode() or ""
    content_type = http.get_header("Content-Type") or ""
    if not status.startswith("2") or not content_type.lower().startswith(_HTML_TYPES):
        logger.debug("%s: skipped (status %s, %s)", where, status, content_type or "no type")
        return None
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return TooLargeError(where, f"record payload over the limit of {options.max_bytes} bytes")
    if damage := _damage(record):
        return ReadError(where, damage)
    if not data.strip():
        return ReadError(where, "empty HTML response")
    try:
        html = decode_html(data, where, options, charset=_charset(content_type))
        return article_from_html(
            html, where,
            url=record.rec_headers.get_header("WARC-Target-URI"),
            fallback_published=record.rec_headers.get_header("WARC-Date"),
        )
    except ReadError as err:
        return err


def read_warc(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """Each HTML response of a WARC file → an ``Article`` (or a ``ReadError`` for that record)."""
    path = Path(path)
    options = options or ReadOptions()
    origin = str(path)
    handle = open_binary(path)
    if isinstance(handle, ReadError):
        yield handle
        return
    with handle:
        yield from _read_records(handle, origin, options)


def _read_records(handle, origin: str, options: ReadOptions) -> Iterator[Article | ReadError]:
    number = 0
    previous, reported = None, False  # the last record, and whether it had its ReadError
    try:
        iterator = ArchiveIterator(handle)
        for number, record in enumerate(iterator, start=1):
            # warcio finishes reading a record only when it moves to the next one
            if previous is not None and not reported and (damage := _damage(previous)):
                yield ReadError(f"{origin}#{number - 1}", damage)
            previous, reported = record, False
            if record.rec_type != "response":
                continue
            result = _record_article(record, f"{origin}#{number}", options)
            if result is not None:
                reported = isinstance(result, ReadError)
                yield result
        if previous is not None and not reported and (damage := _damage(previous)):
            yield ReadError(f"{origin}#{number}", damage)
        elif iterator.offset < os.fstat(handle.fileno()).st_size:
            yield ReadError(f"{origin}#{number + 1}", "archive ends inside a record (truncated file?)")
        elif number == 0:
            yield ReadError(origin, "no WARC records in the file")
    except ArchiveLoadFailed as err:
        where = f"{origin}#{number + 1}" if number else origin
        yield ReadError(where, one_line(f"not a readable WARC record ({str(err).strip() or 'bad header'})"))
    except (OSError, EOFError, zlib.error) as err:  # a corrupt gzip archive
        yield ReadError(origin, one_line(f"cannot read the archive: {err}"))
    except (AttributeError, TypeError, ValueError, KeyError, IndexError) as err:
        # warcio trips over some malformed records (e.g. a response without WARC-Target-URI)
        logger.debug("%s#%d: warcio failed", origin, number + 1, exc_info=True)
        where = f"{origin}#{number + 1}"
        yield ReadError(where, one_line(f"malformed WARC record ({err.__class__.__name__}: {err})"))
