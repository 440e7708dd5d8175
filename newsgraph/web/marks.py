"""An article's text cut into pieces for the article page: sentences, and inside them marked spans.

Marks can overlap (a name inside a claim's evidence); the page shows entity
and time marks inline, so the longest of overlapping ones is kept and the rest
are left as plain text; claim evidence marks whole sentences instead. Every
piece is plain text for the template, which escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store import Mark


@dataclass(slots=True)
class Piece:
    text: str
    mark: Mark | None = None


@dataclass(slots=True)
class SentenceView:
    index: int | None  # None for text between sentences
    pieces: list[Piece] = field(default_factory=list)
    claims: list[Mark] = field(default_factory=list)


def _inline(marks: list[Mark]) -> list[Mark]:
    """Entity and time marks that do not overlap, longer ones first."""
    chosen: list[Mark] = []
    for m in sorted((m for m in marks if m.kind in ("entity", "time")), key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _cut(text: str, start: int, end: int, marks: list[Mark]) -> list[Piece]:
    pieces, at = [], start
    for m in marks:
        if m.start < start or m.end > end:
            continue
        if m.start > at:
            pieces.append(Piece(text[at:m.start]))
        pieces.append(Piece(text[m.start:m.end], m))
        at = m.end
    if at < end:
        pieces.append(Piece(text[at:end]))
    return pieces


def sentence_views(text: str, sentences: list[tuple[int, int, int]], marks: list[Mark]) -> list[SentenceView]:
    """The whole text as sentences (and the gaps between them), each cut at its inline marks."""
    inline = _inline(marks)
    claims = [m for m in marks if m.kind == "claim"]
    views, at = [], 0
    for index, start, end in sorted(sentences, key=lambda s: s[1]):
        if start > at:
            views.append(SentenceView(None, [Piece(text[at:start])]))
        views.append(SentenceView(index, _cut(text, start, end, inline),
                                  [c for c in claims if start <= c.start < end]))
        at = max(at, end)
    if at < len(text):
        views.append(SentenceView(None, [Piece(text[at:])]))
    return views
