"""Name normalization: what of a mention is the name, and which names are short forms of others.

A careful reader drops the honorific ("Ms. Doe" → "Doe"), the possessive
("Doe's" → "Doe") and a leading article ("the United Nations" → "United
Nations") before treating a span as a name, and knows that "Jane" and "Doe" are
short forms of "Jane Ann Doe" while "New York" is not a short form of "New York
Times". These helpers work on offsets, so a trimmed span is still
``text[start:end]``.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Courtesy and professional titles that precede a person's name.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord",
    "rev", "reverend", "fr", "father", "sister", "brother", "rabbi", "imam", "sheikh", "sheik",
    "st", "gen", "col", "capt", "lt", "sgt", "maj", "adm", "cmdr", "gov", "sen", "rep", "pres",
    "president", "senator", "governor", "judge", "justice", "king", "queen", "prince", "princess",
    "mayor", "chancellor", "minister", "premier", "pope", "cardinal", "bishop", "coach",
    "officer", "detective", "sheriff", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman",
})
#: The subset that marks a person by itself (courtesy titles, ranks).
PERSON_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "reverend", "gen", "col", "capt",
    "lt", "sgt", "maj", "adm", "sen", "gov", "rep", "prof",
})
#: Roles written as capital abbreviations before a name ("the team's QB Jo Doe",
#: "Acme CEO Jo Doe"): sports positions and offices, never part of the name.
ROLE_ABBREVIATIONS = frozenset({
    "QB", "WR", "RB", "FB", "LB", "CB", "DB", "OL", "DL", "DT", "OT", "OG", "LHP", "RHP",
    "CEO", "CFO", "COO", "CTO", "CIO", "VP", "SVP", "EVP", "GM", "MP", "MEP", "MSP",
})
#: Suffixes that stay part of a person's name.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_POSSESSIVE = re.compile(r"\s?(?:['’]s|['’])$")
_LEAD_DET = re.compile(r"(?:the|The|THE)\s+")
_IMAGE_SIZE = re.compile(r"\d{1,4}(?:x\d{1,4})?px\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w][\w'’.\-&]*", re.UNICODE)
_EDGE_PUNCT = " \t\n,;:!?()[]{}\"“”‘'’`-–—"
_LEAD_WORD = re.compile(r"([A-Za-z]+)\.?\s+")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_INNER_LOWER = re.compile(r"(?<=\s)[a-z][\w'’\-]*")
_NON_SPACE = re.compile(r"\S+")
_SPACE = re.compile(r"\s")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the name inside ``text[start:end]``: without article, honorific,
    possessive, image size or edge punctuation. May return an empty span (start == end)."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    m = _POSSESSIVE.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    # an image size left by wiki or page markup ("150px Acme", "300x200px Acme")
    m = _IMAGE_SIZE.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    m = _LEAD_DET.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
        while start < end and text[start] in _EDGE_PUNCT:  # 'the "New Acme"'
            start += 1
    # honorifics: "Mr. Doe", "Dr Doe" (only when a name follows)
    while True:
        m = _LEAD_WORD.match(text[start:end])
        if not m or m.end() >= end - start or m.group(1).lower() not in PERSON_HONORIFICS:
            break
        nxt = text[start + m.end()]
        if not nxt.isupper():
            break
        start += m.end()
    return start, end


#: Lower-case words that stand inside names ("Bank of England", "Tour de France",
#: "Committee to Protect Journalists"): function words and foreign particles.
NAME_PARTICLES = frozenset("""
of the a an and or nor but for on upon under over at in into to from by with without as is are
not no de du des del della dello delle dei degli dal dalla der den di da das do dos es van von ter
ten la le les al el bin ibn ben wa y e et und zu auf am sur sous vs s &
""".split())
#: Words that, after a possessive inside a span, make the rest a title ("Acme's CEO").
TITLE_AFTER_POSSESSIVE = frozenset("""
ceo cfo coo cto chairman chairwoman chief president founder head director spokesman spokeswoman
executive manager owner boss
""".split())
#: English adverbs and connectives that open a sentence and link it to the one before ("Meanwhile",
#: "Separately", "However"): the tagger sometimes runs one into the name after it and even the parse
#: hangs it on the name as a compound ("Separately Acme Holdings said").
DISCOURSE_ADVERBS = frozenset("""
meanwhile meantime separately however moreover furthermore additionally also still yet nevertheless
nonetheless instead earlier later likewise similarly besides indeed thus therefore hence consequently
accordingly elsewhere finally otherwise overall notably importantly crucially alternatively ultimately
""".split())
_SPACED_DASH = re.compile(r"\s+(?:-{1,2}|–|—)\s+")
_INNER_POSSESSIVE = re.compile(r"\s?['’]\s?s\s+")


def split_name(text: str, start: int, end: int, *, title: bool = False) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where one name ends and another (or plain text) begins.

    Statistical NER sometimes runs a name into the next words: over a dash with
    spaces ("Port Riverton - Acme"), over a lower-case word no name holds ("Acme
    releases Widget", in a headline), or over a possessive and a title ("Acme's
    CEO"). Name particles ("of", "de", "van") and words with an inner capital
    ("iWidget") do not cut, and a ``title`` (of a work, of a law) may hold any
    lower-case word. The pieces come back in order; only those that still look
    like names are kept.
    """
    if _SPACE.search(text, start, end) is None:  # one word: every cut below needs a space
        return [(start, end)] if looks_like_name(text[start:end]) else []
    cuts: list[tuple[int, int]] = []  # (end of a piece, start of the next)
    for m in _SPACED_DASH.finditer(text, start, end):
        # "Wal - Mart": one word each side of a lone hyphen is a hyphenated name
        # a tokenizer spaced out, not two names
        left, right = text[start:m.start()].split(), text[m.end():end].split()
        if m.group(0).strip() == "-" and len(left) == 1 and len(right) == 1:
            continue
        cuts.append((m.start(), m.end()))
    for m in _INNER_POSSESSIVE.finditer(text, start, end):
        rest = text[m.end():end].split()
        if rest and rest[0].replace(".", "").lower() in TITLE_AFTER_POSSESSIVE:
            cuts.append((m.start(), end))
    for m in () if title else _INNER_LOWER.finditer(text[start:end]):
        word = m.group(0)
        if word in NAME_PARTICLES or any(c.isupper() or c.isdigit() for c in word):
            continue
        cuts.append((start + m.start(), start + m.end()))
    if not cuts:
        return [(start, end)] if looks_like_name(text[start:end]) else []
    pieces: list[tuple[int, int]] = []
    pos = start
    for cut_start, cut_end in sorted(cuts):
        if cut_start < pos:
            pos = max(pos, cut_end)
            continue
        pieces.append((pos, cut_start))
        pos = cut_end
    pieces.append((pos, end))
    out = []
    for s, e in pieces:
        s, e = _without_edge_particles(text, *trim_span(text, s, e))
        if e > s and looks_like_name(text[s:e]):
            out.append((s, e))
    return out


def _without_edge_particles(text: str, start: int, end: int) -> tuple[int, int]:
    """"Acme for" → "Acme": a piece of a cut name neither starts nor ends with a particle."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    while words and words[-1].group(0) in NAME_PARTICLES:
        words.pop()
    while words and words[0].group(0) in NAME_PARTICLES:
        words.pop(0)
    if not words:
        return start, start
    return start + words[0].start(), start + words[-1].end()


def honorific_before(text: str, start: int) -> str | None:
    """The honorific right before ``start`` ("Ms. |Doe"), lower-cased without the dot."""
    m = _WORD_BEFORE.search(text[max(0, start - 16):start])
    if m and m.group(1).lower() in HONORIFICS:
        return m.group(1).lower()
    return None


def words(name: str) -> list[str]:
    """The words of a name, as written (punctuation and quotes dropped)."""
    return list(_words(name))


# an article asks for the words and key of the same few names many times over
@lru_cache(maxsize=1 << 14)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w.rstrip(".") if w.count(".") == 1 and w.endswith(".") and len(w) > 2 else w
                 for w in _WORD.findall(name))


@lru_cache(maxsize=1 << 14)
def key(name: str) -> tuple[str, ...]:
    """A name's comparison key: its words, case folded, dots dropped ("U.S." == "US")."""
    return tuple(w.replace(".", "").casefold() for w in _words(name) if w.replace(".", ""))


def content_key(name: str) -> tuple[str, ...]:
    """``key`` without honorifics and suffixes: the words that identify a person."""
    k = key(name)
    return tuple(w for w in k if w not in PERSON_HONORIFICS and w not in NAME_SUFFIXES)


def is_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is a contiguous run of ``full``'s words (and shorter)."""
    n = len(short)
    if not n or n >= len(full):
        return False
    return any(full[i:i + n] == short for i in range(len(full) - n + 1))


def person_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Jane", "Doe", "Jane Doe" and "Ann Doe" are short forms of "Jane Ann Doe":
    the first name, the surname, or first words plus surname, in order."""
    if not short or len(short) >= len(full):
        return False
    if short == full[:len(short)] or short == full[-len(short):]:
        return True
    # first name + surname, skipping middle names: ("jane", "doe") of ("jane", "ann", "doe")
    return len(short) >= 2 and short[0] == full[0] and short[-1] == full[-1] and _subsequence(short, full)


def _subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def acronym(name: str) -> str:
    """Initials of a name's capitalized words ("European Space Agency" → "ESA")."""
    return "".join(w[0] for w in words(name) if w[:1].isupper())


def looks_like_name(text: str) -> bool:
    """At least one word starting with a capital or a digit, and not all punctuation."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in words(text))
