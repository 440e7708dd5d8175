"""What the article says an entity is: appositions, copulas, title premodifiers, locators.

"Jane Doe, a prominent reality TV star, ..." / "Doe is a former judge" /
"the company's chief executive Jane Doe": the phrase is a ``Description`` of
the entity, kept with its offsets. The same phrases are evidence for the
entity's type ("star", "judge" → a person; "company" → an organization), so
``cue_type`` reads them.

"Riverton, Ohio": a place named right after another, with only a comma
between, is where the first place is (``locators``); a careful reader sees one
place, Riverton in Ohio, and the container tells this Riverton from others. The
container stays an entity of its own; for the place it locates it is a
description.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from ..models import Description

#: Head nouns of descriptions that make the described a person.
PERSON_CUES = frozenset("""
star actor actress singer rapper musician artist writer author novelist poet director producer
player striker midfielder defender goalkeeper captain coach manager forward batsman bowler pitcher
quarterback champion athlete runner swimmer boxer golfer driver rider cyclist skier
president chairman chairwoman chair ceo executive founder cofounder co-founder owner
spokesman spokeswoman spokesperson official minister secretary senator governor mayor
lawmaker politician candidate leader chief head analyst economist lawyer attorney judge prosecutor
doctor physician scientist researcher professor teacher student journalist reporter editor
columnist photographer model designer chef entrepreneur billionaire millionaire investor banker
mother father daughter son wife husband sister brother sibling aunt uncle cousin grandmother
grandfather widow mom dad girlfriend boyfriend fiancee fiance partner friend victim suspect
inmate prisoner defendant witness survivor activist advocate influencer personality host anchor
presenter comedian dancer daughter-in-law son-in-law king queen prince princess duke duchess
priest bishop pope monk nun officer soldier general colonel commander detective agent
man woman boy girl veteran member deputy vice-president vp adviser advisor consultant
""".split())
ORG_CUES = frozenset("""
company firm corporation corp maker manufacturer producer retailer airline carrier bank lender
insurer group conglomerate giant startup start-up agency organization organisation
institute university college school club team side franchise party union association federation
league network channel broadcaster newspaper paper magazine outlet publisher studio label
platform service website site app developer subsidiary unit division brand chain operator
charity foundation ministry department regulator authority court council committee commission
band automaker carmaker airframer exchange fund
""".split())
#: Professional titles news abbreviates before a name ("Dr. Ann Lee", "Sgt Tom Ray"), and the noun each stands for,
#: the noun a later sentence calls the person by ("the doctor", "the sergeant"). Courtesy titles ("Mr.", "Ms.")
#: say no role and are not here.
TITLE_ABBREVIATIONS = {
    "dr": "doctor", "prof": "professor", "gen": "general", "col": "colonel", "capt": "captain", "lt": "lieutenant",
    "sgt": "sergeant", "maj": "major", "adm": "admiral", "cmdr": "commander", "gov": "governor", "sen": "senator",
    "rep": "representative", "pres": "president", "rev": "reverend", "det": "detective", "insp": "inspector",
    "supt": "superintendent", "atty": "attorney", "cpl": "corporal", "pvt": "private",
}
#: Entity types that name places.
PLACE_TYPES = ("GPE", "LOC", "FAC")
PLACE_CUES = frozenset("""
city town village capital country nation state province region county district island
republic kingdom municipality suburb neighborhood neighbourhood port area
""".split())


def sentence_starts(doc, text: str | None = None) -> list[int]:
    """Start offsets of the non-blank sentences, in the numbering ``read_sentences`` gives.

    ``text`` is the doc's text when the caller has it: ``Doc.text`` and
    ``Span.text`` join their tokens anew on every call.
    """
    full = doc.text if text is None else text
    starts: list[int] = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        piece = full[s:e]
        stripped = piece.lstrip()
        if stripped.rstrip():
            starts.append(s + (len(piece) - len(stripped)))
    return starts


def sentence_index(starts: list[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _phrase(doc, tokens, *, start_min: int | None = None) -> tuple[int, int] | None:
    """Char span covering a token subtree, trimmed of edge punctuation."""
    toks = [t for t in tokens if not t.is_space]
    while toks and toks[0].is_punct:
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if start_min is not None and s < start_min:
        return None
    return s, e


def describe(doc, start: int, end: int, starts: list[int], text: str | None = None) -> list[Description]:
    """Descriptions of the name at ``[start, end)``: apposition, copula, title premodifier.

    ``text`` is the doc's text (pass the article's: ``Doc.text`` is rebuilt on each read).
    """
    full = doc.text if text is None else text
    root = _root(doc, start, end)
    if root is None:
        return []
    out: list[Description] = []

    def add(span: tuple[int, int] | None) -> None:
        if span is None:
            return
        s, e = span
        if s < end and e > start:  # overlaps the name itself
            return
        phrase = full[s:e]
        if len(phrase) < 2 or len(phrase) > 160 or not any(c.islower() for c in phrase):
            return
        out.append(Description(text=phrase, start=s, end=e, sentence=sentence_index(starts, s)))

    # "Jane Doe, a reality TV star," — the appositive's subtree
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            add(_phrase(doc, list(child.subtree)))
    # "the star, Jane Doe" — the name is the appositive of a description
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ != "PROPN":
        head = root.head
        toks = [t for t in head.subtree if t.i < root.i and not (t.i >= root.left_edge.i)]
        if not _place_before_place(toks, root):
            add(_phrase(doc, _title_tokens(toks, adjacent=not doc[root.left_edge.i - 1].is_punct)))
    # "Jane Doe is a former judge", "Jane Doe became the first woman to …"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("be", "become"):
        for child in root.head.children:
            if child.dep_ in ("attr", "acomp") and child.i > root.i and child.pos_ in ("NOUN", "PROPN"):
                add(_phrase(doc, list(child.subtree)))
    # "reality TV star Jane Doe", "Acme CEO Jane Doe" — nominal premodifiers with a
    # lower-case noun or a title word
    pre = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod") and t.idx < start] or _title_before(doc, start, end)
    if pre and any((t.pos_ == "NOUN" and t.text.islower()) or _is_title(t) for t in pre):
        first = min(t.left_edge.i for t in pre)
        last = max(t.right_edge.i for t in pre)
        toks = [t for t in doc[first:last + 1] if t.dep_ != "det" and t.idx < start]
        add(_phrase(doc, _title_tokens(toks, adjacent=True)))
    return out


def _title_before(doc, start: int, end: int) -> list:
    """A title word right before a name that the parse hung on a word inside the name rather than on its last
    ("Deputy Luis (Jerry) Ortiz": "Deputy" modifies "Luis"): the title all the same."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return []
    prev = doc[span.start - 1]
    inside = span.start <= prev.head.i < span.end
    return [prev] if inside and prev.dep_ == "compound" and _is_title(prev) else []


def _place_before_place(toks: list, root) -> bool:
    """"a flight in Riverton, Ohio": a place name right before a place appositive
    is what the appositive locates (a misparse attached it to the noun)."""
    words = [t for t in toks if not t.is_punct]
    return bool(words) and words[-1].ent_type_ in PLACE_TYPES and root.ent_type_ in PLACE_TYPES


def _is_title(token) -> bool:
    """A capitalized title word ("President", "CEO", "Minister", "Dr.") premodifying a name."""
    low = token.text.replace(".", "").lower()
    return token.text[:1].isupper() and (low in TITLE_ABBREVIATIONS or low in PERSON_CUES)


def title_noun(word: str) -> str | None:
    """The noun an abbreviated title stands for ("Dr." → "doctor", "Sgt" → "sergeant"), or None for any other
    word."""
    return TITLE_ABBREVIATIONS.get(word.replace(".", "").lower())


def _title_tokens(toks: list, *, adjacent: bool) -> list:
    """The tokens of a title before a name, or none when the parse ran other words in.

    A title is a noun phrase without a finite verb ("the automaker outsold rivals
    X" is a clause; "managing director" is a title); right before the name, with
    no comma, it takes no indefinite article ("an aircraft X" is a misparse; "a
    retired nurse, X" is fine); names coordinated before it are other entities
    ("Acme and Widget parent company X" → "Widget parent company").
    """
    if not toks or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        return []
    if adjacent and toks[0].lower_ in ("a", "an"):
        return []
    for i in range(len(toks) - 1, 0, -1):
        if toks[i].dep_ == "cc" and toks[i - 1].pos_ == "PROPN" and toks[i - 1].ent_type_:
            return toks[i + 1:]
    return toks


def cue_type(description: str) -> str | None:
    """PERSON / ORG / GPE when a description's nouns say what the entity is."""
    words = [w.strip(",.'’\"").lower() for w in description.split()]
    # the head of "a prominent reality TV star of the show" is before "of"/"who"/"that"
    cut = len(words)
    for i, w in enumerate(words):
        if w in ("of", "who", "that", "which", "for", "from", "in", "at", "with", "based", "whose"):
            cut = i
            break
    head_zone = words[:cut][-3:]
    for w in reversed(head_zone):
        if w in PERSON_CUES:
            return "PERSON"
        if w in ORG_CUES:
            return "ORG"
        if w in PLACE_CUES:
            return "GPE"
    return None


_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:and|or|&)\b")


def locators(doc, places: list[tuple[int, int, str, str]], starts: list[int],
             text: str | None = None) -> dict[str, list[Description]]:
    """Containers of places: "Riverton, Ohio" → {Riverton's id: ["Ohio"]}.

    ``places`` are (start, end, entity id, type) of the article's place mentions.
    A place mention followed by a comma and a mention of another GPE or LOC is
    located by it, unless the two are items of a list (a place mention and a
    comma right before the first, or "and"/"or" or another place right after
    the second: "Paris, Rome and Oslo"), or the second premodifies a noun
    ("Jo Doe, Riverton newsroom"). ``text`` is the doc's text, as for ``describe``.
    """
    if text is None:
        text = doc.text
    places = sorted(places)
    starts_at = {p[0] for p in places}
    ends = {p[1] for p in places}
    out: dict[str, list[Description]] = {}
    for a, b in pairwise(places):
        if _COMMA.fullmatch(text, a[1], b[0]) is None or a[2] == b[2] or b[3] not in ("GPE", "LOC"):
            continue
        if _list_before(text, a[0], ends) or _LIST_GOES_ON.match(text, b[1]):
            continue
        after = _COMMA.match(text, b[1])
        if after is not None and after.end() in starts_at:
            continue
        span = doc.char_span(b[0], b[1], alignment_mode="expand")
        if span is not None and span.root.dep_ == "compound" and span.root.head.i >= span.end:
            continue
        out.setdefault(a[2], []).append(
            Description(text=text[b[0]:b[1]], start=b[0], end=b[1], sentence=sentence_index(starts, b[0])))
    return out


def _list_before(text: str, start: int, ends: set[int]) -> bool:
    """A place mention and a comma right before ``start``."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] != ",":
        return False
    i -= 1
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i in ends
