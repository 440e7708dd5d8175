"""What kind of thing a name is, from its own shape and its neighbours.

Statistical NER often tags the maker for the made thing ("Maker" in "Maker
A100", "Maker Roadster"), a person for a firm whose name ends in a business
word ("Jones Aircraft"), an organization for a conference ("Builders
Conference"), and an organization for a time zone ("12:00 UTC"). These rules
read the name's words and the tokens around it; they are general conventions
of English names, not a list of names.
"""

from __future__ import annotations

import re

#: Last words that make a name an organization.
ORG_HEADS = frozenset("""
aircraft airlines airline airways air motors motor automotive corp corporation co company companies
inc incorporated ltd limited llc plc ag gmbh sa spa nv bv group holdings holding industries
industry systems technologies technology labs laboratories bank bancorp partners capital
associates ventures enterprises international communications networks network media pictures
studios records entertainment publishing press times post journal herald tribune news
university college institute academy school council commission committee agency authority
bureau department ministry party union federation association league club foundation trust
society fund board court police army navy force forces guard
""".split())
#: Legal-form suffixes that end a company's name ("Acme LLC", "Acme SpA").
CORPORATE_SUFFIXES = frozenset("""
inc corp co ltd llc plc ag sa spa nv bv gmbh lp llp se ab asa oyj kk pty
""".split())


def is_corporate_suffix(word: str) -> bool:
    """"LLC", "Inc.", "S.p.A.": written with a capital, dots aside."""
    return word[:1].isupper() and word.replace(".", "").lower() in CORPORATE_SUFFIXES


#: Last words that make a name an event.
EVENT_HEADS = frozenset("""
conference summit expo exposition festival olympics games championship championships cup open
tournament fair show awards marathon derby grand prix war election elections
""".split())
#: Last words that make a name a facility (a built place).
FAC_HEADS = frozenset("""
airport airfield aerodrome stadium arena bridge tunnel highway motorway freeway expressway
street avenue boulevard
""".split())
#: Abbreviations of time zones, which follow a clock time.
TIME_ZONES = frozenset({
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST",
    "IST", "JST", "AEST", "AEDT", "HKT", "SGT", "WET", "EET", "MSK",
})
#: Words that, after an organization's name, start a person's title, not a product name.
TITLE_WORDS = frozenset("""
chief executive president chairman chairwoman ceo cfo coo cto founder spokesman spokeswoman
spokesperson director head manager vice senior general secretary minister officer official
""".split())

_MODEL = re.compile(r"(?:[A-Z]{0,3}\d{2,4}[A-Za-z]{0,3}(?:-\d{1,4})?s?|[A-Z]\d{1,4}|\d[A-Z]{1,3}|[A-Z]{1,3}-\d{1,4}[A-Z]?s?)")
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][a-z]\w*$")
_YEAR = re.compile(r"(1[89]|20)\d\ds?")


def is_model_number(token: str) -> bool:
    """"A380", "787", "737s", "X5": a model designation, not a year."""
    return bool(_MODEL.fullmatch(token)) and not _YEAR.fullmatch(token)


_FLIGHT = re.compile(r"\s+[Ff]light\s+[A-Z]{0,3}\d{1,5}\b")


def before_flight_number(text: str, start: int, end: int) -> int | None:
    """End of the airline in "Acme Air Flight 123": a flight is neither a product
    nor part of the carrier's name. None when the span holds no flight number."""
    m = _FLIGHT.search(text, start, end)
    return m.start() if m else None


def is_camel_product(word: str) -> bool:
    """"iThing", "eWidget": a lower-case prefix before a capital is a product brand."""
    return bool(_CAMEL.match(word))


def head_kind(name_words: list[str]) -> str | None:
    """ORG, EVENT or FAC when the name's last word says so."""
    if not name_words:
        return None
    last = name_words[-1].strip(".").lower()
    if last in EVENT_HEADS and len(name_words) > 1:
        return "EVENT"
    if last in ORG_HEADS and len(name_words) > 1:
        return "ORG"
    if last in FAC_HEADS and len(name_words) > 1:
        return "FAC"
    return None


#: Units written after a number ("30GB", "2 GHz"), never names.
UNITS = frozenset({"GB", "MB", "KB", "TB", "GHz", "MHz", "kHz", "Mbps", "Gbps", "mph", "kph", "km", "kg", "mm", "cm"})
_DIGIT_BEFORE = re.compile(r"\d\s?$")
_NUMBER_UNIT = re.compile(r"[\d.,]+\s?([A-Za-z]+)")
_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+")


def is_unit(text: str, start: int, end: int) -> bool:
    """"GB" in "a 30GB model", or "4GB" itself."""
    word = text[start:end]
    if word in UNITS and bool(_DIGIT_BEFORE.search(text[max(0, start - 3):start])):
        return True
    m = _NUMBER_UNIT.fullmatch(word)
    return bool(m) and m.group(1) in UNITS


def after_unit(text: str, start: int, end: int) -> int:
    """``start`` moved past a unit glued to a number before it ("30|GB iPod" → "iPod")."""
    m = _LEAD_WORD.match(text[start:end])
    if m and is_unit(text, start, start + len(m.group(1))):
        return start + m.end()
    return start


def is_time_zone(text: str, start: int, end: int) -> bool:
    """"UTC" in "at 12:00 UTC"."""
    if text[start:end] not in TIME_ZONES:
        return False
    before = text[max(0, start - 12):start]
    after_clock = re.search(r"\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*\(?\s*$", before)
    return bool(after_clock) or text[end:end + 3].lstrip().startswith(("+", "-"))


def product_extension(doc, start: int, end: int, taken, *, text: str | None = None) -> int | None:
    """End of "Maker Roadster"/"Maker A100" when a maker's name premodifies an
    untagged capitalized name or a model number; None when it does not.
    ``text`` is the doc's text when the caller has it (``Doc.text`` is rebuilt on each read)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    i = span.end
    last = span.end
    while i < len(doc) and i < span.end + 3:
        tok = doc[i]
        word = tok.text
        if taken(tok.idx, tok.idx + len(word)):
            break
        if tok.is_punct or tok.is_space or not (word[:1].isupper() or is_model_number(word)):
            break
        if word.lower() in TITLE_WORDS or word.lower() in ORG_HEADS or word.lower() in EVENT_HEADS \
                or word.lower() == "flight":
            return None
        if tok.ent_type_ and tok.ent_type_ not in ("PRODUCT", "CARDINAL", ""):
            break
        last = i + 1
        i += 1
    if last == span.end:
        return None
    run = doc[span.end:last]
    # the maker must modify the run (compound), and the run must not be the
    # start of a new clause or a person's name
    if not any(t.head.i >= span.end and t.head.i < last for t in span):
        if not all(is_model_number(t.text) for t in run):
            return None
    models = all(is_model_number(t.text) for t in run)
    if last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper() and not models:
        return None
    end_tok = doc[last - 1]
    end = end_tok.idx + len(end_tok.text)
    # "A330-200": a variant number glued to a model that has letters
    full = doc.text if text is None else text
    variant = re.match(r"-\d{1,4}\b", full[end:end + 6])
    if variant and any(c.isalpha() for c in end_tok.text):
        end += variant.end()
    return end
