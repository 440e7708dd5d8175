"""Name compatibility: could two names name the same entity, and how strongly?

Why a module of its own: every other part of resolution (blocking keys, the
score, ``why``) asks the same questions of names, and the answers must agree.

Names are compared after *folding* (Unicode NFKD with combining marks dropped,
a few letters that do not decompose mapped by hand, case folded), so "José" and
"Jose" or "Ø" and "O" compare equal; dots inside acronyms are dropped ("U.S." →
"US"); possessive "'s" is cut off.

People (type PERSON) are read as given names + surname, honorifics and
generational suffixes dropped. Two full names agree when their surnames agree
and their first given names are equal, nickname-equivalent (the ``nicknames``
package: Nick ↔ Nicholas), an initial of one another (N. ↔ Nicholas), or one
given-name list extends the other (Mara ↔ Mara Elise). Two full names with the
same surname and different first names *conflict* (a mother and her daughter):
the score treats that as a veto. A single token (a bare surname or given name)
is only ever a *partial* match: it can attach to a full name, never decide one.

Other types compare normalized strings with corporate suffixes and a leading
"the" dropped ("Apple Inc." = "Apple"), the forms of one country ("U.S." =
"United States of America" = "American", ``places``), acronyms against
initials ("VM" = "Velmar Motors", "USCG" = "U.S. Coast Guard"), a shorter name
that begins a longer one ("Orrin" of "Orrin Aerospace") or ends it (its
head, "T90" of "Orrin T90"), and close spellings (transliterations, via
RapidFuzz; never two different numbers, "T80" and "T90"). A country's people
("Libyans", "Americans") match only their own name: they are not the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .nametokens import (  # noqa: F401  (names is where the resolver looks them up)
    ACRONYM_SKIP,
    CORPORATE,
    STOPWORDS,
    fold,
    initials,
    norm,
    org_tokens,
    spelled_initials,
    tokens,
    without_the,
)

HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "fr", "father", "sister", "brother", "madam", "madame", "mme", "mlle",
    "monsieur", "herr", "frau", "senor", "senora", "sen", "rep", "gov", "gen", "col", "capt",
    "lt", "sgt", "det", "insp", "hon", "judge", "justice", "president", "senator",
    "governor", "mayor", "officer", "detective", "sheriff", "pope", "king", "queen", "prince",
    "princess", "st",
})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md"})
SURNAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
    "bin", "ibn", "al", "el", "ben", "mac", "st", "ter", "ten", "y",
})
#: Nouns that make a name a different thing than the name they extend
#: ("Greene County" → "Greene County Jail", "Apple" → "Apple Store").
HEAD_NOUNS = frozenset(["jail", "prison", "penitentiary", "court", "courthouse", "school", "college", "university", "academy", "institute", "hospital", "clinic", "airport", "station", "port", "harbor", "harbour", "church", "cathedral", "temple", "mosque", "department", "ministry", "office", "agency", "bureau", "police", "council", "county", "city", "town", "village", "state", "province", "region", "district", "river", "lake", "sea", "ocean", "bay", "mountain", "mount", "park", "street", "road", "avenue", "boulevard", "highway", "square", "center", "centre", "museum", "library", "hotel", "bank", "stadium", "arena", "bridge", "island", "valley", "house", "hall", "building", "tower", "base", "camp", "store", "shop", "restaurant", "foundation", "fund", "trust", "party", "committee", "commission", "board", "union", "association", "society", "club", "team", "league", "festival", "awards", "award", "prize", "show", "series", "film", "movie", "book", "album", "song", "magazine", "newspaper", "news", "times", "post", "journal", "review", "network", "channel", "radio", "tv", "television", "records", "studios", "studio", "pictures", "media", "group", "airlines", "airline", "airways", "motors", "bank", "capital", "partners", "plant", "factory", "mine", "field", "war", "act", "law", "bill", "case", "trial"])

PERSON = "PERSON"


@dataclass(frozen=True, slots=True)
class PersonName:
    given: tuple[str, ...]   # may be empty for a single token
    surname: str | None      # None for a single token (we cannot tell which it is)
    single: str | None       # the token of a one-token name

    @property
    def full(self) -> bool:
        return self.surname is not None


@lru_cache(maxsize=65536)
def person_name(text: str) -> PersonName | None:
    """Given names and surname; None when nothing name-like is left."""
    toks = [t for t in tokens(text) if t not in HONORIFICS]
    while toks and toks[-1] in SUFFIXES and len(toks) > 1:
        toks.pop()
    if not toks:
        return None
    if len(toks) == 1:
        return PersonName((), None, toks[0])
    # "van der Berg": particles before the last token belong to the surname
    cut = len(toks) - 1
    while cut > 1 and toks[cut - 1] in SURNAME_PARTICLES:
        cut -= 1
    return PersonName(tuple(toks[:cut]), " ".join(toks[cut:]), None)


@lru_cache(maxsize=65536)
def looks_like_acronym(text: str) -> bool:
    """ "GM", "U.S.", "EADS": 2-6 letters, upper case in the text."""
    stripped = text.replace(".", "").replace("&", "").strip()
    return 2 <= len(stripped) <= 6 and stripped.isalpha() and stripped.isupper()


# -- nicknames -------------------------------------------------------------

@lru_cache(maxsize=1)
def _nicknamer():
    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - the package is a dependency
        return None
    return NickNamer()


@lru_cache(maxsize=65536)
def name_variants(given: str) -> frozenset[str]:
    """A given name, its nicknames and the names it is a nickname of (folded)."""
    namer = _nicknamer()
    out = {given}
    if namer is not None and len(given) > 1:
        out |= {fold(n) for n in namer.nicknames_of(given)}
        out |= {fold(n) for n in namer.canonicals_of(given)}
    return frozenset(out)


def nickname_equivalent(a: str, b: str) -> bool:
    if a == b:
        return True
    va, vb = name_variants(a), name_variants(b)
    return b in va or a in vb or bool((va & vb) - {a, b} and len(a) > 2 and len(b) > 2 and _shared_canonical(a, b))


def _shared_canonical(a: str, b: str) -> bool:
    """Two nicknames of one name ("Nick", "Nicky"): both list the same canonical name."""
    namer = _nicknamer()
    if namer is None:
        return False
    return bool({fold(n) for n in namer.canonicals_of(a)} & {fold(n) for n in namer.canonicals_of(b)})


# -- compatibility -----------------------------------------------------------

#: Base score of each kind of name agreement (``conflict`` is a veto).
NAME_SCORES: dict[str, float] = {
    "exact": 1.0,       # same full name after normalization
    "nickname": 0.9,    # same surname, nickname-equivalent first names
    "middle": 0.85,     # same surname, one given-name list extends the other
    "country": 0.95,    # U.S. ↔ United States of America ↔ American (``places``; never "Americans")
    "acronym": 0.8,     # GM ↔ General Motors
    "initial": 0.8,     # N. Halvorsen ↔ Nicholas Halvorsen
    "fuzzy": 0.75,      # close spelling: transliteration, a typo
    "short": 0.6,       # the same single token ("Weller" ↔ "Weller")
    "prefix": 0.65,     # the leading given names of a full name ("Mara Elise" ↔ "Mara Elise Lind")
    "partial": 0.55,    # a single token or subset of the other's tokens
    "head": 0.55,       # a name's head without its modifier ("T90" ↔ "Orrin T90")
    "given": 0.45,      # a first name alone against a full name
    "none": 0.0,
    "conflict": -1.0,   # same surname, different first names
}


@dataclass(frozen=True, slots=True)
class NameMatch:
    kind: str
    score: float
    a: str = ""
    b: str = ""

    @property
    def conflict(self) -> bool:
        return self.kind == "conflict"


NO_MATCH = NameMatch("none", 0.0)

#: Kinds of agreement that cannot decide an identity on their own (they need context).
PARTIAL_KINDS = ("prefix", "partial", "head", "given", "short")


def _given_agree(ga: tuple[str, ...], gb: tuple[str, ...]) -> str | None:
    """How two given-name lists agree ("exact", "middle", "nickname", "initial"), or None."""
    ga = tuple(g for g in ga if g not in SURNAME_PARTICLES) or ga
    gb = tuple(g for g in gb if g not in SURNAME_PARTICLES) or gb
    if ga == gb:
        return "exact"
    a1, b1 = ga[0], gb[0]
    if a1 == b1:
        short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        rest_ok = all(
            s == l or (len(s) == 1 and l.startswith(s)) or (len(l) == 1 and s.startswith(l))
            for s, l in zip(short[1:], long_[1:], strict=False)
        )
        return "middle" if rest_ok else None
    if len(a1) == 1 or len(b1) == 1:
        return "initial" if a1[0] == b1[0] else None
    if nickname_equivalent(a1, b1):
        return "nickname"
    if min(len(a1), len(b1)) >= 4 and fuzz.ratio(a1, b1) >= 80:
        return "fuzzy"  # a transliteration: Muammar ↔ Moammar
    # "Mary Lou" ↔ "Dee": a doubled given name and its half
    if len(set(ga)) == 1 and set(ga) == set(gb):
        return "middle"
    return None


def _surnames_agree(a: str, b: str) -> str | None:
    if a == b:
        return "exact"
    if len(a) >= 4 and len(b) >= 4 and a[0] == b[0] and fuzz.ratio(a, b) >= 85:
        return "fuzzy"
    return None


def person_match(a: str, b: str) -> NameMatch:
    """How two person names agree (see the module docstring)."""
    pa, pb = person_name(a), person_name(b)
    if pa is None or pb is None:
        return NO_MATCH
    if pa.full and pb.full:
        surname = _surnames_agree(pa.surname, pb.surname)
        if surname is None:
            # given names alone ("Mara Elise", "Mary Lou") against a full name that starts with them
            whole_a, whole_b = (*pa.given, *pa.surname.split()), (*pb.given, *pb.surname.split())
            for short, long_ in ((whole_a, pb.given), (whole_b, pa.given)):
                if len(short) <= len(long_) and long_[:len(short)] == short:
                    return NameMatch("prefix", NAME_SCORES["prefix"], a, b)
            return NO_MATCH
        given = _given_agree(pa.given, pb.given)
        if given is None:
            # the other's given names appear inside this one's ("Elise Lind" ⊂ "Mara Elise Lind")
            if set(pa.given) <= set(pb.given) or set(pb.given) <= set(pa.given):
                return NameMatch("partial", NAME_SCORES["partial"], a, b)
            return NameMatch("conflict", NAME_SCORES["conflict"], a, b)
        if surname == "fuzzy" or given == "fuzzy":
            return NameMatch("fuzzy", NAME_SCORES["fuzzy"], a, b)
        return NameMatch(given, NAME_SCORES[given], a, b)
    if not pa.full and not pb.full:
        if pa.single == pb.single:
            return NameMatch("short", NAME_SCORES["short"], a, b)
        if len(pa.single) > 2 and len(pb.single) > 2 and nickname_equivalent(pa.single, pb.single):
            return NameMatch("given", NAME_SCORES["given"], a, b)
        return NO_MATCH
    one, full = (pa, pb) if not pa.full else (pb, pa)
    token = one.single
    if token == full.surname or token == full.surname.split()[-1]:
        return NameMatch("partial", NAME_SCORES["partial"], a, b)
    if token in full.given or any(len(token) > 2 and nickname_equivalent(token, g) for g in full.given[:1]):
        return NameMatch("given", NAME_SCORES["given"], a, b)
    return NO_MATCH


def acronyms(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The acronyms a multi-word name may go by. A name holding an abbreviation
    ("U.S. Coast Guard") goes by it spelled out ("USCG"), never by its bare initials ("UCG");
    and "US" is not the acronym of "US Congress", whose initials it happens to spell."""
    if any(len(t) <= 2 for t in toks if t not in ACRONYM_SKIP):
        return (spelled_initials(toks),)
    return (initials(toks), "".join(t[0] for t in toks))


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def other_match(a: str, b: str) -> NameMatch:
    """How two names of organizations, places, works… agree."""
    ta, tb = org_tokens(a), org_tokens(b)
    if not ta or not tb:
        return NO_MATCH
    if ta == tb:
        return NameMatch("exact", NAME_SCORES["exact"], a, b)
    joined_a, joined_b = "".join(ta), "".join(tb)
    if joined_a == joined_b:  # "Wal-Mart" ↔ "Walmart"
        return NameMatch("exact", NAME_SCORES["exact"], a, b)
    if _people(a) is not None or _people(b) is not None:
        # "Libyans" is neither "Libya" nor the adjective "Libyan" (nor "Libyan" by its spelling):
        # a country's people are not the state, and only their own name is theirs
        return NO_MATCH
    country = _country(a)
    if country is not None and country == _country(b):
        return NameMatch("country", NAME_SCORES["country"], a, b)
    for short, long_ in ((ta, tb), (tb, ta)):
        if (len(short) == 1 and len(long_) >= 2 and 2 <= len(short[0]) <= 6 and short[0] not in long_
                and short[0] in acronyms(long_)):
            return NameMatch("acronym", NAME_SCORES["acronym"], a, b)
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if (len(short) < len(long_) and long_[:len(short)] == short
            and not (set(long_[len(short):]) & HEAD_NOUNS) and short[-1] not in STOPWORDS):
        # "Airbus" ↔ "Airbus Industrie"; never "Greene County" ↔ "Greene County Jail"
        return NameMatch("partial", NAME_SCORES["partial"], a, b)
    if (len(short) < len(long_) and long_[-len(short):] == short
            and not set(short) <= HEAD_NOUNS and short[0] not in STOPWORDS
            and not legal_name(a if len(ta) < len(tb) else b)):
        # the head of a name without its modifier: "T90" ↔ "Orrin T90", "Hawks" ↔
        # "Dayton Hawks"; a generic head alone ("County", "Court") is no name
        return NameMatch("head", NAME_SCORES["head"], a, b)
    if (min(len(joined_a), len(joined_b)) >= 6 and joined_a[0] == joined_b[0]
            and _digits(joined_a) == _digits(joined_b) and fuzz.ratio(joined_a, joined_b) >= 90):
        # a close spelling, but never another number: "T80" is not the "T90"
        return NameMatch("fuzzy", NAME_SCORES["fuzzy"], a, b)
    return NO_MATCH


def _country(name: str) -> str | None:
    # imported here: ``places`` builds its table with this module's token rules
    from .places import country_of

    return country_of(name)


def _people(name: str) -> str | None:
    from .places import people_of

    return people_of(name)


def name_match(a: str, b: str, *, person: bool) -> NameMatch:
    return person_match(a, b) if person else other_match(a, b)


def best_match(names_a: list[str], names_b: list[str], *, person: bool) -> NameMatch:
    """The strongest agreement between any name of one side and any of the other.

    A conflict is reported only when no pair agrees at all and some pair
    conflicts: an entity known as both "Clara Weller" and "Dot
    Weller" must still match either.
    """
    best, conflict = NO_MATCH, None
    for a in names_a:
        for b in names_b:
            m = name_match(a, b, person=person)
            if m.conflict:
                conflict = conflict or m
            elif m.score > best.score:
                best = m
    if best.score <= 0 and conflict is not None:
        return conflict
    if conflict is not None and best.kind in PARTIAL_KINDS:
        # a bare surname must not outweigh a full name that disagrees
        return conflict
    return best


def is_full(name: str, type_: str) -> bool:
    """A name that can decide an identity on its own: a person's first + last name, or any
    non-person name of two tokens or more."""
    if type_ == PERSON:
        p = person_name(name)
        return p is not None and p.full
    return len(org_tokens(name)) >= 2


def legal_name(name: str) -> bool:
    """A name written with a legal form ("The Creamery Corporation", "Dunmore Inc."): a company's
    name in full, however short it is once the form is left out. It is no shorter form of
    another name that happens to end with its first word ("Klondale Creamery")."""
    return len(without_the(name)) > len(org_tokens(name))


def specificity(name: str, type_: str) -> int:
    return len(org_tokens(name)) if type_ != PERSON else len(tokens(name))
