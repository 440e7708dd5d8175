"""JSON Lines (``.jsonl``, ``.ndjson``): one article per line.

Fields: ``text`` (required), ``id`` (→ ``Article.doc_id``), ``published`` (or
``date``), and optionally ``title``, ``url``, ``source`` and ``authors`` (a list
of names or one string). Blank lines are skipped. Without ``source`` or ``url``
the outlet is the file's name (``outlet``).

The file is streamed, so a corpus of many articles may be large; the size limit
holds per line. A bad line (not JSON, not an object, no text, an impossible
date, too long, not UTF-8) is one ``ReadError`` naming the file and line, and
the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ReadError, TooLargeError
from ..models import Article
from .article import make_article
from .dates import DateError
from .files import describe_os_error, looks_binary, open_binary
from .options import ReadOptions
from .outlet import file_outlet


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over ``max_bytes``.

    ``readline`` is capped so an endless line is skipped in pieces, never loaded.
    """
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line


def _authors(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise TypeError("'authors' must be a string or a list of strings")


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"{key!r} must be a string, not {type(value).__name__}")


def article_from_record(record: Any, origin: str, *, fallback_source: str | None = None) -> Article:
    """One decoded JSONL value → an ``Article`` (``TypeError``/``ValueError`` if it is not one).

    The outlet is the ``source`` field, else the host of ``url``, else ``fallback_source``.
    """
    if not isinstance(record, dict):
        raise TypeError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise TypeError("no 'text' field" if text is None else "'text' must be a string")
    if not text.strip():
        raise ValueError("'text' is empty")
    published = record.get("published", record.get("date"))
    if published is not None and not isinstance(published, str):
        raise TypeError("'published' must be a string date")
    return make_article(
        text,
        published=published,
        title=_optional_str(record, "title"),
        source=_optional_str(record, "source"),
        url=_optional_str(record, "url"),
        authors=_authors(record.get("authors")),
        doc_id=_optional_str(record, "id"),
        origin=origin,
        fallback_source=fallback_source,
    )


def read_jsonl(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """Each line of a JSONL file → an ``Article``, or a ``ReadError`` for that line."""
    path = Path(path)
    options = options or ReadOptions()
    origin = str(path)
    handle = open_binary(path)
    if isinstance(handle, ReadError):
        yield handle
        return
    seen_any = False
    with handle:
        try:
            if looks_binary(handle.read(65536)):
                yield ReadError(origin, "binary file (it holds NUL bytes), not JSON Lines")
                return
            handle.seek(0)
            for number, raw in _lines(handle, options.max_bytes):
                if raw is None:
                    seen_any = True
                    yield TooLargeError(origin, f"line longer than the limit of {options.max_bytes} bytes", line=number)
                    continue
                if not raw.strip():
                    continue
                seen_any = True
                yield _read_line(raw, origin, number, file_outlet(path))
        except OSError as err:
            yield ReadError(origin, describe_os_error(err))
            return
    if not seen_any:
        yield ReadError(origin, "empty file (no JSON lines)")


def _read_line(raw: bytes, origin: str, number: int, outlet: str | None) -> Article | ReadError:
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        return ReadError(origin, "binary data (NUL bytes), not a JSON line", line=number)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return ReadError(origin, f"not UTF-8 (byte 0x{raw[err.start]:02x} at column {err.start + 1})", line=number)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return ReadError(origin, f"malformed JSON ({err.msg.removesuffix(' at')} at column {err.colno})", line=number)
    try:
        return article_from_record(record, f"{origin}:{number}", fallback_source=outlet)
    except DateError as err:
        return ReadError(origin, f"bad 'published': {err}", line=number)
    except (TypeError, ValueError) as err:
        return ReadError(origin, str(err), line=number)
