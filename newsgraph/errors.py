"""newsgraph's exceptions, one tree.

    NewsgraphError
    ├── ReadError          a source could not be read as an article (names the file and line)
    │   └── TooLargeError  over the size limit (``max_bytes``)
    ├── ModelNotFoundError no spaCy pipeline is installed (says what to install)
    ├── StoreError         the store could not be opened, migrated or written
    │   ├── NoStoreError   no store at that path (only ingest creates one)
    │   └── NotAStoreError the file is not a newsgraph store
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


class TooLargeError(ReadError):
    """A file, JSONL line or WARC record over the size limit: the one refusal a user fixes with an option."""


class ModelNotFoundError(NewsgraphError):
    """No spaCy English pipeline could be loaded."""


class StoreError(NewsgraphError):
    """The store could not be opened, upgraded or written."""


class NoStoreError(StoreError):
    """No store file at the path given: reading commands never create one."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"no store at {path}")


class NotAStoreError(StoreError):
    """The file exists but is not a newsgraph store (another SQLite database, or not SQLite at all)."""

    def __init__(self, path: str, why: str) -> None:
        self.path = path
        super().__init__(f"{path} is not a newsgraph store ({why})")


class NotFoundError(NewsgraphError):
    """Something asked for by id or name is not in the store."""


class CurationError(NewsgraphError):
    """A curation decision (merge, split, rename, alias, not-same) that cannot be applied."""
