"""Long texts in pieces: an article longer than spaCy's ``nlp.max_length`` is parsed piece by piece.

spaCy refuses a text over ``max_length`` characters (1,000,000 by default)
with an error that would end a whole ``nlp.pipe`` batch. Such an article is
cut where a reader would pause (between paragraphs, else after a line, else
after a sentence's final stop, else at a space, and only as a last resort
anywhere), every piece keeping the white space that ends it, so the pieces
laid end to end are the text itself. Each piece is parsed alone and the docs
are joined again (``Doc.from_docs`` without added white space): every offset
in the joined doc is an offset into the whole article text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

__all__ = ["join_pieces", "split_text"]

#: Where a piece may end, best first: after a blank line, after a line break, after a
#: sentence's final stop (and any closing quote), after any white space.
_BREAKS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"""[.!?…]["'”’)\]]*\s+"""),
    re.compile(r"\s+"),
)


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the piece that starts at ``start``: the last good break within ``limit`` characters."""
    hard = start + limit
    if hard >= len(text):
        return len(text)
    floor = start + limit // 2  # a piece no shorter than half the limit: few pieces, each worth parsing
    for pattern in _BREAKS:
        best = None
        for m in pattern.finditer(text, floor, hard):
            if m.end() <= hard:
                best = m.end()
        if best is not None and best > start:
            return best
    return hard


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of at most ``limit`` characters that cover ``text`` exactly, in order."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    spans = []
    start = 0
    while start < len(text):
        end = _cut(text, start, limit)
        spans.append((start, end))
        start = end
    return spans or [(0, 0)]


def join_pieces(docs: list[Doc], text: str) -> Doc:
    """The piece docs as one doc over ``text`` (whose pieces they are, in order)."""
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # never silently shift offsets
        raise ValueError("pieces do not add up to the article text")
    return doc
