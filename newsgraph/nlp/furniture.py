"""Page furniture: the lines of a web page that are not the article ("Share this", "Privacy Options",
"Photo: Lee / AP", "Advertisement").

Extraction (trafilatura, a feed's summary, a copied page) leaves some of these
lines in the text. They name the site's menus and the photographers, not the
story's people and companies, so the entity reader takes no names from them.
A line is furniture when it is short and starts the way such lines start; the
text itself is never changed (offsets stay exact), its furniture is only skipped.
"""

from __future__ import annotations

import re

__all__ = ["furniture_lines"]

#: At most this many words: a longer line is prose, whatever its first words.
MAX_WORDS = 14

_FURNITURE = re.compile(
    r"(?:share\s+(?:this|on|via)|(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credit)?\s*[:|/]"
    r"|(?:photo|image)\s+(?:by|courtesy)|credit\s*:|advertisement\b|sponsored\b|privacy\s+(?:options|policy|settings)"
    r"|(?:manage\s+)?cookies?\b|accept\s+(?:all\s+)?cookies|do\s+not\s+sell|terms\s+of\s+(?:use|service)"
    r"|sign\s+(?:up|in)\b|log\s+in\b|subscribe\b|newsletter\b|read\s+more\b|related\s*(?:stories|articles)?\s*:"
    r"|follow\s+us\b|copyright\b|©|\(c\)\s+\d{4}|all\s+rights\s+reserved|click\s+here\b|skip\s+to\s+(?:main\s+)?content"
    r"|watch\s*:|listen\s*:|more\s+from\b)",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` that is page furniture, in order."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.lstrip(" \t•·*-–—|")
        if not stripped or len(stripped.split()) > MAX_WORDS:
            continue
        if _FURNITURE.match(stripped):
            out.append((m.start(), m.end()))
    return out
