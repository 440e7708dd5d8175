"""Article identity: one id for one article text, whatever format it came in.

The same story can reach newsgraph as a crawled ``.txt``, a JSONL line, a feed
entry or a WARC record. The store must see it once, so the id is a hash of the
*normalized* text, not of the file: Unicode NFC (so a composed and a decomposed
"é" agree), every run of white space collapsed to one space (so line wrapping
and paragraph breaks do not matter) and the ends stripped. Case is kept: a
change of case can change meaning ("US" / "us"), and readers never change case.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: Hex digits kept from the sha256 (128 bits: collisions are not a concern).
ID_LENGTH = 32

_WHITESPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """The text as identity sees it: NFC, white space runs → one space, stripped."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """The id of an article: the first 32 hex digits of sha256(normalized text).

    >>> article_id("A  story.\\n") == article_id("A story.")
    True
    """
    digest = hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
    return digest[:ID_LENGTH]
