"""newsgraph's exceptions, one tree.

    NewsgraphError
    ├── ReadError          a source could not be read as an article (names the file and line)
    ├── ModelNotFoundError no spaCy pipeline is installed (says what to install)
    ├── StoreError         the store could not be opened, migrated or written
    ├── NotFoundError      an article or entity asked for does not exist
    └── CurationError      a merge/split/rename that cannot be applied

Errors from libraries below (sqlite3, spaCy, trafilatura, …) are translated
into this tree where they cross into newsgraph's API, so callers and the CLI
catch one base class.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class ReadError(NewsgraphError):
    """A source that could not be read as an article.

    ``str(err)`` is one line that names the file (and line, for JSONL) and the reason.
    """

    def __init__(self, origin: str, reason: str, *, line: int | None = None) -> None:
        self.origin = origin
        self.line = line
        self.reason = reason
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")


class ModelNotFoundError(NewsgraphError):
    """No spaCy English pipeline could be loaded."""


class StoreError(NewsgraphError):
    """The store could not be opened, upgraded or written."""


class NotFoundError(NewsgraphError):
    """Something asked for by id or name is not in the store."""


class CurationError(NewsgraphError):
    """A curation decision (merge, split, rename, alias, not-same) that cannot be applied."""
