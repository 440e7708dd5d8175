"""Bytes off disk and into text, refusing what is not an article's text.

Every reader goes through here, so the checks are made once and say the same
thing: a missing or unreadable path, a file over the size limit (refused from
its size, before reading), an empty file, a binary file, text that is not in
an encoding we accept.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import BinaryIO

from ..errors import ReadError, TooLargeError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x">, <meta http-equiv content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED_CHARSET = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def one_line(text: str, limit: int = 200) -> str:
    """A library's message made fit for a one-line ``ReadError``: spaces collapsed, cut short."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_binary(path: Path) -> BinaryIO | ReadError:
    """``path`` opened to read bytes, or the ``ReadError`` saying why it cannot be (a reader that yields
    one article at a time yields it and stops)."""
    try:
        return path.open("rb")
    except OSError as err:
        return ReadError(str(path), describe_os_error(err))


def describe_os_error(err: OSError) -> str:
    """A short reason for an OS error, without the path (ReadError adds it)."""
    reason = err.strerror or err.__class__.__name__
    if isinstance(err, IsADirectoryError):
        return "is a directory, not a file"
    return f"cannot read: {reason}"


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The file's bytes; ``ReadError`` if it cannot be read, is too big or is empty.

    The size is checked on the open file before reading and the read itself is
    capped, so a file that grows (or lies about its size) is never loaded whole.
    """
    origin = str(path)
    try:
        with path.open("rb") as handle:
            size = _size(handle)
            if size is not None and size > max_bytes:
                raise TooLargeError(origin, f"file too large ({_mb(size)}; the limit is {_mb(max_bytes)})")
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise ReadError(origin, describe_os_error(err)) from None
    if len(data) > max_bytes:
        raise TooLargeError(origin, f"file too large (over the limit of {_mb(max_bytes)})")
    if not data.strip():
        raise ReadError(origin, "empty file" if not data else "file holds only white space")
    return data


def _size(handle) -> int | None:
    try:
        return os.fstat(handle.fileno()).st_size
    except OSError:
        return None


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in a file without a UTF-16/32 byte order mark: not text."""
    return b"\x00" in data[:65536] and bom_encoding(data) not in ("utf-16", "utf-32")


def decode_text(data: bytes, origin: str, *, fallback_encoding: str | None = None,
                declared: str | None = None) -> str:
    """Bytes → str: the BOM's encoding, else a declared one, else UTF-8, else the fallback.

    Refuses (``ReadError``) binary data and text that decodes in none of those,
    naming the first bad byte so the user can find it.
    """
    if looks_binary(data):
        raise ReadError(origin, "binary file (it holds NUL bytes), not text")
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as err:
            reason = f"not valid {encoding} text despite its byte order mark ({err.reason} at byte {err.start})"
            raise ReadError(origin, reason) from None
    tried: list[str] = []
    # Pages that declare Latin-1 are nearly always Windows-1252 (as browsers assume).
    candidates = ("cp1252", declared) if declared == "iso8859-1" else (declared,)
    for candidate in (*candidates, "utf-8", fallback_encoding):
        if not candidate or candidate in tried:
            continue
        tried.append(candidate)
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if candidate == fallback_encoding and _has_control_chars(text):
            continue
        return text
    err = _first_bad_byte(data)
    hint = "" if fallback_encoding else "; re-encode it as UTF-8"
    raise ReadError(origin, f"not UTF-8 text{err} (tried {', '.join(tried)}){hint}")


def _has_control_chars(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)


def _first_bad_byte(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return f": byte 0x{data[err.start]:02x} at offset {err.start} is invalid"
    return ""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 2 kB, if a known one."""
    m = _DECLARED_CHARSET.search(data[:2048])
    return normalize_charset(m.group(1).decode("ascii", "replace")) if m else None


def normalize_charset(name: str | None) -> str | None:
    """Python's name for a charset label ("ISO-8859-1" → "iso8859-1"), or None if unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
