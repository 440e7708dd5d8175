"""Titles of works: "the documentary Mommy-style Title and Words" read as one WORK_OF_ART.

Statistical NER splits titles whose words look like names or ordinary nouns
("Gone with the Wind" becomes a person and nothing). A reader knows a title
from its frame: a cue noun ("documentary", "film", "album", …) right before a
run of capitalized words, which may hold lower-case function words inside
("and", "with", "the") but neither starts nor ends with them; or a quoted
capitalized run next to such a cue noun.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string

#: Nouns that announce a title ("the film ...", "her memoir, ...").
CUE_NOUNS = frozenset({
    "documentary", "documentaries", "docuseries", "docudrama", "series", "miniseries", "film",
    "films", "movie", "movies", "biopic", "book", "books", "e-book", "ebook", "novel", "memoir",
    "autobiography", "biography", "album", "albums", "song", "songs", "single", "track", "show",
    "shows", "podcast", "play", "musical", "opera", "painting", "poem", "sitcom", "drama",
    "special", "programme", "program", "game", "videogame", "franchise", "sequel", "prequel",
    "episode", "anthology", "thriller", "comedy", "ballet", "sculpture", "essay", "column",
})
#: Words that may stand lower-case inside a title.
TITLE_INNER = frozenset({
    "and", "or", "nor", "but", "of", "the", "a", "an", "with", "in", "on", "at", "to", "for",
    "from", "by", "as", "into", "upon", "over", "under", "about", "&", "'s", "’s", "is", "are",
})
#: The cue nouns as spaCy's string hashes (the same in every vocabulary), sorted.
_CUE_HASHES = numpy.sort(numpy.array([hash_string(w) for w in CUE_NOUNS], dtype="uint64"))
_QUOTES_OPEN = {'"', "“", "‘", "'", "``"}
_QUOTES_CLOSE = {'"', "”", "’", "'", "''"}
MAX_TITLE_TOKENS = 12


@dataclass(frozen=True, slots=True)
class Work:
    start: int
    end: int
    text: str
    cue: str  # the cue noun that announced it


def _capitalized(tok) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and tok.i > 0)) and not tok.is_punct


def _title_run(doc, i: int, *, quoted: bool = False) -> int | None:
    """End token index (exclusive) of a title that starts at token ``i``, or None."""
    if i >= len(doc) or not _capitalized(doc[i]):
        return None
    sent_end = doc[i].sent.end
    end = i + 1
    j = i + 1
    while j < min(sent_end, i + MAX_TITLE_TOKENS):
        tok = doc[j]
        if _capitalized(tok):
            end = j + 1
        elif tok.lower_ in TITLE_INNER or (tok.text == ":" and j + 1 < sent_end and _capitalized(doc[j + 1])):
            pass  # may continue; only counts if a capitalized word follows
        elif quoted and not (tok.text in _QUOTES_CLOSE):
            end = j + 1  # a quoted title may hold any word
        else:
            break
        j += 1
    return end


def _quoted_at(doc, i: int) -> tuple[int, int] | None:
    """(start, end) tokens of a quoted run opening at token ``i`` (the quote), if short."""
    if i >= len(doc) or doc[i].text not in _QUOTES_OPEN:
        return None
    for j in range(i + 1, min(len(doc), i + MAX_TITLE_TOKENS + 1)):
        if doc[j].text in _QUOTES_CLOSE:
            end = j
            while end > i + 2 and doc[end - 1].text in (",", ".", ";", ":"):
                end -= 1  # 'her memoir, "Title Words," is …': the comma is the sentence's, set inside the quotes
            if j > i + 1 and _capitalized(doc[i + 1]):
                return i + 1, end
            return None
        if doc[j].is_sent_start:
            return None
    return None


def find_works(doc, text: str | None = None) -> list[Work]:
    """Titles announced by a cue noun, as character spans of the doc's text.

    ``text`` is the doc's text when the caller has it (``Doc.text`` is rebuilt on
    each read). Cue nouns are found by their lower-case hash in one array read,
    so only they become Python ``Token`` objects.
    """
    full = doc.text if text is None else text
    found: list[Work] = []
    for i in _cue_positions(doc):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        span = _after_cue(doc, tok.i + 1) or _before_cue(doc, tok.i)
        if span is None:
            continue
        start, end = span
        if end <= start:
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        found.append(Work(s, e, full[s:e], tok.lower_))
    return _dedupe(found)


def _cue_positions(doc) -> list[int]:
    """Indices of the tokens whose lower-case form is a cue noun, in order."""
    if not len(doc):
        return []
    lower = doc.to_array(LOWER)
    at = numpy.searchsorted(_CUE_HASHES, lower)
    at[at == len(_CUE_HASHES)] = 0
    return numpy.flatnonzero(_CUE_HASHES[at] == lower).tolist()


def _after_cue(doc, i: int) -> tuple[int, int] | None:
    """"documentary, Title Words" / "film Title" / 'song "Title"'."""
    while i < len(doc) and doc[i].text in (",", ":", "-", "–", "—"):
        i += 1
    quoted = _quoted_at(doc, i)
    if quoted:
        return quoted
    if i >= len(doc) or not _capitalized(doc[i]):
        return None
    end = _title_run(doc, i)
    if end is None:
        return None
    # a run of names followed by a verb is the subject of a clause, not a title
    # ("the film Jane Doe directed"): keep only runs that end the phrase
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and end - i <= 2 and doc[end].dep_ != "acl":
        return None
    # "documentary series" etc.: the cue is followed by a second cue, not a title
    if doc[i].lower_ in CUE_NOUNS:
        return None
    return i, end


def _before_cue(doc, i: int) -> tuple[int, int] | None:
    """'"Title" documentary' (only quoted: an unquoted run before a noun is a modifier)."""
    j = i - 1
    if j < 1 or doc[j].text not in _QUOTES_CLOSE:
        return None
    for k in range(j - 1, max(-1, j - MAX_TITLE_TOKENS - 1), -1):
        if doc[k].text in _QUOTES_OPEN:
            got = _quoted_at(doc, k)
            return got
    return None


def _dedupe(works: list[Work]) -> list[Work]:
    out: list[Work] = []
    for w in sorted(works, key=lambda w: (w.start, -(w.end - w.start))):
        if out and w.start < out[-1].end:
            continue
        out.append(w)
    return out
