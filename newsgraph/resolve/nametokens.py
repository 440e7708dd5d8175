"""Names as folded word tokens: the text rules every part of the resolver shares.

``names`` compares names and ``places`` reads country names; both need the
same folding ("Zürich" = "Zurich"), the same tokens ("U.S." → "us") and the
same organization tokens (no "the", no "Inc"), so they live here, below both.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Letters NFKD does not decompose into ASCII.
_TRANSLIT = str.maketrans({
    "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "ð": "d",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "—": "-",
})

CORPORATE = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc",
    "sa", "ag", "gmbh", "nv", "bv", "spa", "srl", "ab", "as", "oy", "lp", "llp", "pty", "holdings",
})
#: Words an acronym usually skips ("Department of Justice" → DOJ; "AT&T").
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"})
STOPWORDS = ACRONYM_SKIP | frozenset({"'s", "s"})


def fold(text: str) -> str:
    """Accents and special letters folded to ASCII where possible, case folded."""
    text = text.translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def norm(text: str) -> str:
    """The ``entity_aliases.norm`` form: folded, lower-cased, white space collapsed."""
    return " ".join(fold(text).split()).strip(" .,;:!?\"'()[]")


_DOTTED = re.compile(r"(?<=\b\w)\.(?=\w\b|\w\.)")
_POSSESSIVE = re.compile(r"['’]s?$")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens: "U.S." → ("us",), "O'Brien's" → ("obrien",), "Jean-Paul" → ("jean", "paul")."""
    text = _DOTTED.sub("", text.strip())
    text = _POSSESSIVE.sub("", fold(text).strip())
    return tuple(t.replace("'", "") for t in _TOKEN.findall(text))


def without_the(text: str) -> tuple[str, ...]:
    """Tokens of a name without a leading "the" ("The Creamery Corporation" → ("creamery", "corporation"))."""
    toks = tokens(text)
    return toks[1:] if toks[:1] == ("the",) else toks


def org_tokens(text: str) -> tuple[str, ...]:
    """Tokens of a non-person name without a leading "the" and corporate suffixes."""
    toks = list(without_the(text))
    while len(toks) > 1 and toks[-1] in CORPORATE:
        toks.pop()
    return tuple(toks)


def initials(toks: tuple[str, ...]) -> str:
    return "".join(t[0] for t in toks if t not in ACRONYM_SKIP)


def spelled_initials(toks: tuple[str, ...]) -> str:
    """Initials with short abbreviations kept whole: "U.S. Air Force" → "usaf"."""
    return "".join(t if len(t) <= 2 else t[0] for t in toks if t not in ACRONYM_SKIP)
