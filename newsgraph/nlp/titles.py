"""Stops inside a name, a date or a number end no sentence: "Dr. Ann Lee", "U . S .", "Feb . 17", "$27 . 5".

spaCy's tokenizer knows some abbreviations with their stop as one word ("Dr.",
"Gov.", "Feb.", "U.S.") but splits others ("Msgr", "."), and text that was
tokenised before it reached us (a corpus or a feed that puts a space before and
after every stop: "Dr . Ann Lee", "A . J . Moss", "the U . S . Army", "on Feb . 17",
"1 : 30 a . m .", "a $37 . 5 million deal", "a . 38 - caliber pistol") splits them
all. The parser then most often ends the sentence at the stop, and a claim ends
on the title or the letter ("… praised Dr", "lied to the U"); a boundary
forbidden before the parser does not stop it (a parse with two roots is two
sentences). So this module

* merges, before anything else reads the text (the component
  ``newsgraph_title_stops``, first in the pipeline), each of these into one
  word, spaced or not:

  - a title and its stop when a capitalised word follows ("Msgr . Dan Cole");
  - a name's suffix and its stop when a comma or a lower-case word follows ("Lee Jr . , 49 ,");
  - a middle initial and its stop between capitalised words ("Michael L . Farmer");
  - a run of initials with their stops ("A . J .", "U . S .", "a . m .");
  - a month's abbreviation before a day's number ("Feb . 17"), a weekday's
    before a comma ("Fri . ,");
  - a number's decimal point: "$37 . 5 million", "12 . 5 %", and a leading one
    after a word no sentence ends on ("a . 38 - caliber", "with . 45 calibre");
  - a clock time's spaced colon ("2 : 18 p . m .");

  and gives the merged word the features the model knows its unspaced spelling
  by (norm, shape, affixes and word vector of "Dr.", "U.S.", "Feb.", "37.5"), so
  "Dr . Ann Lee" parses as "Dr. Ann Lee" does;
* tells the sentence splitter (``segment``, ``joined``) which word goes on the
  same sentence as the one before it: a capitalised name after a title or
  initials, a day's number after a month.

The candidates are found by regular expressions over the text, so a text
without such stops costs one search per pattern. The title list is closed:
courtesy titles, clergy, military and police ranks and offices that stand
before a person's name. "St." and "Sr."/"Jr." are not in it: a street or a
name's suffix may end a sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "newsgraph_title_stops"

#: Titles written abbreviated before a name (without their stop, as capitalised).
TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Msgr", "Rev", "Fr", "Gov", "Sen", "Rep", "Lt", "Gen", "Col",
    "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Cdr", "Cpl", "Pvt", "Brig", "Supt", "Insp", "Det", "Atty",
    "Amb", "Hon", "Pres", "Gens", "Reps", "Sens", "Drs", "Messrs", "Mme", "Mlle", "Sgts",
})
#: A name's suffixes, written abbreviated after it ("Jr .", "Sr ."): merged when the sentence goes on after them.
SUFFIXES = frozenset({"Jr", "Sr"})
#: Months as news abbreviates them before a day ("Feb. 17", "Sept . 9"; "May . 3" as some feeds write it).
MONTHS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
#: Weekdays as datelines abbreviate them ("Fri . , May 3").
DAYS = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
#: Words no sentence ends on: a stop after one is a decimal point ("a . 38 - caliber", "with . 45 calibre").
_NO_END = frozenset({"a", "an", "the", "of", "with", "at", "to", "from", "by", "for", "in", "his", "her", "its",
                     "their", "and", "or"})


#: A stop with the word before it, spaced or not ("Dr .", "Msgr.", "U . S .", "37 . 5", "a . 38"): every
#: candidate ends on such a stop, so the text is searched once, for stops.
_STOP = re.compile(r"(?:\b([A-Za-z]+|\d{1,3})|([$\u00a3\u20ac]\d{1,3})) ?\.")
#: A run of initials (or "a . m .") whose last stop the match ends on, read backwards from that stop.
_RUN_BEFORE = re.compile(r"(?:[A-Z](?: ?\. ?[A-Z])+|[ap] ?\. ?m) ?\.$")
#: What may follow a decimal point's number in a sum ("37 . 5 million", "12 . 5 %").
_UNIT_AFTER = re.compile(r" ?\d+ ?(?:%|percent|million|billion|trillion|points?|MM|bn)\b")
_DIGITS_AFTER = re.compile(r" \d+\b")
#: A clock time with its colon spaced ("2 : 18 p . m .").
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3]) : [0-5]\d\b")
_DAY_AFTER = re.compile(r" \d{1,2}\b")
_POINT_AFTER = re.compile(r" \d{2,3}\b")


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each stop the module docstring merges, as character offsets."""
    out = []
    for m in _STOP.finditer(text):
        found = _kind_of(text, m)
        if found is not None:
            out.append(found)
    if " : " in text:
        out += [(m.start(), m.end(), "clock") for m in _CLOCK.finditer(text)]
    return out


def _kind_of(text: str, m: re.Match) -> tuple[int, int, str] | None:
    """The candidate that the stop matched by ``m`` ends or starts, or None."""
    word, money, end = m.group(1), m.group(2), m.end()
    spaced = m.group().endswith(" .")
    after = text[end:end + 3].lstrip()[:1]
    if word is not None and word[0].isalpha():
        if len(word) == 1:
            run = _RUN_BEFORE.search(text, max(0, end - 12), end)
            if run is not None and run.start() < m.start():
                return run.start(), end, "run"  # "A . J .", "U . S .", "p . m ."
            if word.isupper() and after.isupper():
                return m.start(), end, "initial"
        if word in TITLES and after.isupper():
            return m.start(), end, "title"
        if spaced and word in SUFFIXES and (after == "," or after.islower()):
            return m.start(), end, "suffix"  # "Comeaux Jr . , 49 ,": the name goes on
        if spaced and word in MONTHS and _DAY_AFTER.match(text, end):
            return m.start(), end, "month"
        if spaced and word in DAYS and after == ",":
            return m.start(), end, "day"
        if spaced and word.lower() in _NO_END and (lead := _POINT_AFTER.match(text, end)) is not None:
            return end - 1, lead.end(), "leading"  # "a . 38 - caliber", "hit . 308"
        return None
    if not spaced or (digits := _DIGITS_AFTER.match(text, end)) is None:
        return None
    unit = _UNIT_AFTER.match(text, end)
    if money is not None or word is not None and unit is not None and unit.end() > digits.end():
        return m.start() + (1 if money else 0), digits.end(), "decimal"  # "$37 . 5", "12 . 5 %"
    return None


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def unspaced(text: str) -> str:
    """A word as written without its inner spaces ("U . S ." → "U.S.", "Feb ." → "Feb.")."""
    return text.replace(" ", "")


def title_of(token: Token) -> str | None:
    """The title a word is, with its stop ("Dr.", "Dr ." merged): "Dr"; else None."""
    text = token.text
    if not text.endswith("."):
        return None
    bare = text[:-1].rstrip()
    return bare if bare in TITLES else None


def _initials(text: str) -> bool:
    """"A . J .", "U.S.", "L ." (merged): capital letters, each with its stop."""
    bare = unspaced(text)
    return len(bare) >= 2 and bare.endswith(".") and all(
        ch.isupper() if k % 2 == 0 else ch == "." for k, ch in enumerate(bare))


def _wanted(doc: Doc, kind: str, start: int, end: int) -> bool:
    """Whether the tokens ``doc[start:end]`` of a candidate of ``kind`` are to be one word."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if kind == "title":
        return after is not None and _capitalised(after)
    if kind == "initial":  # a middle initial: "Michael L . Farmer"
        return after is not None and _capitalised(after) and before is not None and _capitalised(before)
    return True


def _merge_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges to merge, in order and apart."""
    found = sorted(_candidates(doc.text), key=lambda c: (c[0], -c[1]))  # (the longest of those at one place)
    out: list[tuple[int, int]] = []
    last_end = -1
    for start, end, kind in found:
        if start < last_end:
            continue  # (a run of initials already holds this stop)
        span = doc.char_span(start, end)
        if span is None or len(span) < 2 or not _wanted(doc, kind, span.start, span.end):
            continue
        out.append((span.start, span.end))
        last_end = end
    return out


@Language.component(COMPONENT)
def title_stops(doc: Doc) -> Doc:
    """Each title, initial, month, weekday or decimal with its stop as one word (module docstring)."""
    spans = _merge_spans(doc)
    if spans:
        with doc.retokenize() as retok:
            for start, end in spans:
                retok.merge(doc[start:end])
        shift = 0
        for start, end in spans:  # (each merge moves the words after it back by the words it joined)
            text = doc[start - shift].text
            if " " in text:
                _like(doc.vocab, text, unspaced(text))
            shift += end - start - 1
    return doc


def joined(doc: Doc, token: Token) -> bool:
    """Whether ``token`` goes on the sentence of the word before it: a capitalised name after a title or
    initials ("Dr . Ann Lee", "A . J . Moss", "the U . S . Army"; not "the U . S . The …"), a day's
    number after a month ("Feb . 17")."""
    if token.i < 1:
        return False
    prev = doc[token.i - 1]
    if not prev.text.endswith("."):
        return False
    if _capitalised(token):
        return title_of(prev) is not None or _initials(prev.text) and not token.is_stop
    bare = unspaced(prev.text)[:-1]
    return token.like_num and bare in MONTHS or token.text == "," and bare in DAYS


def _like(vocab, spaced_text: str, plain_text: str) -> None:
    """The lexeme ``spaced_text`` takes the features of ``plain_text`` that the tagger, parser and
    recognizer read (norm, prefix, suffix, shape; the word vector, as another key of the same row)."""
    spaced = vocab[spaced_text]
    src = vocab[plain_text]
    if spaced.norm_ == src.norm_ and spaced.shape_ == src.shape_:
        return
    spaced.norm_, spaced.prefix_, spaced.suffix_, spaced.shape_ = src.norm_, src.prefix_, src.suffix_, src.shape_
    vectors = vocab.vectors
    row = vectors.find(key=src.orth) if vectors.shape[0] else -1
    if row >= 0 and vectors.find(key=spaced.orth) < 0:
        vectors.add(spaced.orth, row=row)


def _spaced_like_unspaced(vocab) -> None:
    """Titles and single initials, spaced ("Dr .", "L ."), as their unspaced spelling, once."""
    for title in (*TITLES, *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        _like(vocab, f"{title} .", f"{title}.")


def add_title_stops(nlp: Language) -> Language:
    """Add the component first in the pipeline (once)."""
    if COMPONENT not in nlp.pipe_names:
        _spaced_like_unspaced(nlp.vocab)
        nlp.add_pipe(COMPONENT, first=True)
    return nlp
