"""The one options object every reader takes.

Kept apart from the readers so that each reader module can import it without
importing the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

#: Largest file (or JSONL line, or WARC record payload) read by default: 10 MB.
#: A news article is a few kB; anything this big is a dump, not an article.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How readers treat their input.

    ``max_bytes``: a whole-file limit for text, HTML and feed files (checked
    against the file size before reading, so a huge file is never loaded); for
    the streamed formats (JSONL, WARC) the limit holds per line or per record,
    since a file of many articles is rightly large.

    ``fallback_encoding``: text that is not UTF-8 is refused by default (a wrong
    guess would put mojibake in every name and quote). Set e.g. ``"cp1252"`` to
    accept old Windows files that decode cleanly in it.

    ``on_skip``: called with (path, reason) for each entry a folder walk passes
    over, so that skipping is never silent.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    fallback_encoding: str | None = None
    #: Told (path, reason) of each folder entry passed over (hidden, folder documentation).
    on_skip: Callable[[str, str], None] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, not {self.max_bytes}")
