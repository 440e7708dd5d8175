"""Paths and folders → articles, in an order that does not depend on the file system.

A folder is read recursively, entries sorted by name at every level, so two
runs over the same folder give the same articles in the same order (and so the
same store). Skipped in a folder (but read when named on their own):

* hidden files and folders (name starting with "."): editor backups, VCS data
  and OS litter, never articles;
* a folder's own documentation: a file named ``README``, ``LICENSE``,
  ``NOTICE``… (any extension) whose *content* reads as documentation or a
  licence (``folderdocs``); one that holds news is read like any other file.

Each skipped entry is reported to ``ReadOptions.on_skip`` (path, reason), so a
caller can count and list them.

Folder symlinks are followed once (a loop is reported, not walked forever).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ReadError
from .dispatch import Result, read_file
from .files import describe_os_error
from .folderdocs import is_folder_documentation
from .options import DEFAULT_MAX_BYTES, ReadOptions

logger = logging.getLogger(__name__)

def skip_reason(path: Path) -> str | None:
    """Why a folder walk passes over this entry, or None to read it (see the module docstring)."""
    if path.name.startswith("."):
        return "hidden"
    if is_folder_documentation(path):
        return "folder documentation"
    return None


def _options(max_bytes: int | None, options: ReadOptions | None) -> ReadOptions:
    if options is None:
        return ReadOptions(max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    if max_bytes is not None and max_bytes != options.max_bytes:
        raise ValueError("give max_bytes or options.max_bytes, not both")
    return options


def _walk(folder: Path, options: ReadOptions, seen: set[str]) -> Iterator[Result]:
    try:
        real = os.path.realpath(folder)
        if real in seen:
            yield ReadError(str(folder), "folder link loop; not read twice")
            return
        seen.add(real)
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as err:
        yield ReadError(str(folder), describe_os_error(err))
        return
    for entry in entries:
        path = Path(entry.path)
        reason = skip_reason(path)
        if reason is not None:
            logger.debug("skipped %s (%s)", entry.path, reason)
            if options.on_skip is not None:
                options.on_skip(entry.path, reason)
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, options, seen)
        else:
            yield from read_file(path, options)


def read_path(
    path: str | os.PathLike[str], *, max_bytes: int | None = None, options: ReadOptions | None = None
) -> Iterator[Result]:
    """Every article in a file or a folder (recursively), and a ``ReadError`` for each failure.

    ``max_bytes`` (default ``DEFAULT_MAX_BYTES``, 10 MB) is the size limit; see
    ``ReadOptions`` for what it applies to. Never raises for bad input.
    """
    options = _options(max_bytes, options)
    path = Path(path)
    try:
        is_dir = path.is_dir()
    except OSError:
        is_dir = False
    if is_dir:
        yield from _walk(path, options, set())
    else:
        yield from read_file(path, options)


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = None, options: ReadOptions | None = None
) -> Iterator[Result]:
    """``read_path`` over several paths, in the order given (one path alone is fine too)."""
    options = _options(max_bytes, options)
    if isinstance(paths, (str, os.PathLike)):  # not a sequence of one-letter paths
        paths = [paths]
    for path in paths:
        yield from read_path(path, options=options)
