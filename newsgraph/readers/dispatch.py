"""Which reader reads a file: by its extension, else by a look at its first bytes.

Extensions decide when they are known (``.txt .text .md`` text, ``.jsonl
.ndjson`` JSONL, ``.html .htm .xhtml`` HTML, ``.rss .atom .xml`` feeds,
``.warc .warc.gz`` web archives). A file with another extension or none is
sniffed: a WARC header, a gzip stream holding one, an RSS/Atom root, an HTML
document, a whole JSON object on the first line (JSON Lines; a pretty-printed
JSON document is not one). A file with *no* extension that is
none of those is read as plain text (crawls often drop extensions); a file
with an unknown extension that is none of those is refused with the reason,
since ``.csv`` or ``.py`` text is not an article.

This is also the boundary where nothing may escape: every reader's failure
becomes a ``ReadError`` for its file, and the next file is read.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import ReadError
from ..models import Article
from .feed import read_feed_file
from .files import bom_encoding, describe_os_error, looks_binary, one_line
from .html import read_html_file
from .jsonl import read_jsonl
from .options import ReadOptions
from .text import read_text_file
from .warc import read_warc

logger = logging.getLogger(__name__)

Result = Article | ReadError
Reader = Callable[[Path, ReadOptions], "Article | Iterable[Result]"]

READERS: dict[str, Reader] = {
    "text": read_text_file,
    "jsonl": read_jsonl,
    "html": read_html_file,
    "feed": read_feed_file,
    "warc": read_warc,
}
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}
SNIFF_BYTES = 8192


def kind_from_name(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return EXTENSIONS.get(path.suffix.lower())


def sniff(head: bytes) -> str | None:
    """The kind of file its first bytes show, or None; "binary" for data that is not text."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return "binary"
        return "warc" if inner.startswith(b"WARC/") else "binary"
    if looks_binary(head):
        return "binary"
    encoding = bom_encoding(head)
    try:
        text = head.decode(encoding or "utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    except LookupError:
        return None
    lower = text[:2048].lower()
    if lower.startswith("<"):
        if "<rss" in lower or "<feed" in lower or "<rdf:rdf" in lower:
            return "feed"
        if "<html" in lower or "<!doctype html" in lower:
            return "html"
        return None
    if lower.startswith("{") and _first_line_is_object(text):
        return "jsonl"
    return None


def _first_line_is_object(text: str) -> bool:
    """A JSON object on the first line: JSON Lines, not a pretty-printed JSON document."""
    line, newline, _ = text.partition("\n")
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        # A first line longer than the sniffed head cannot be checked whole.
        return not newline and line.startswith('{"')


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SNIFF_BYTES)


def choose_reader(path: Path) -> str:
    """The kind of reader for ``path``; ``ReadError`` if none fits."""
    origin = str(path)
    try:
        head = _head(path)
    except OSError as err:
        raise ReadError(origin, describe_os_error(err)) from None
    if not head:
        raise ReadError(origin, "empty file")
    kind = kind_from_name(path)
    if kind:
        return kind
    sniffed = sniff(head)
    if sniffed == "binary":
        raise ReadError(origin, "binary file, not text (and not a WARC archive)")
    if sniffed:
        return sniffed
    if not path.suffix:
        return "text"
    known = " ".join(sorted(EXTENSIONS))
    raise ReadError(origin, f"unknown kind of file {path.suffix!r}; newsgraph reads {known}")


def _one_line(err: ReadError) -> ReadError:
    """The promise of ``ReadError``: one line, even when a library's message had several."""
    if "\n" not in str(err) and "\r" not in str(err):
        return err
    return type(err)(err.origin, one_line(err.reason), line=err.line)


def read_file(path: Path, options: ReadOptions) -> Iterator[Result]:
    """Every article of one file, and a ``ReadError`` for each thing that could not be read.

    Never raises: a reader's failure, whatever it is, ends that file with a
    ``ReadError`` (errors from libraries below are logged with their traceback).
    """
    origin = str(path)
    try:
        kind = choose_reader(path)
        result = READERS[kind](path, options)
        if isinstance(result, Article):
            yield result
        else:
            for item in result:
                yield _one_line(item) if isinstance(item, ReadError) else item
    except ReadError as err:
        yield _one_line(err)
    except Exception as err:  # the boundary: a library's surprise must not stop the run
        logger.debug("%s: unexpected error", origin, exc_info=True)
        yield ReadError(origin, one_line(f"unexpected error while reading ({err.__class__.__name__}: {err})"))
