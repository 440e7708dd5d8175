"""Entities of one article, read as a careful reader does: one name, one reading.

spaCy's entity spans are the raw material. On top of them, in order:

1. **clean**: a name loses its article, honorific and possessive ("the", "Ms.",
   "'s"); a span run over two names or into plain words is cut ("Port Riverton
   - Acme", "Acme releases Widget"); an organization's regional arm and legal
   form stay in its name ("Acme Australia", "Acme LLC"), but a bare "Acme"
   names the company, not that arm; a headline verb ("Jo Doe Wins Seat") and
   a role abbreviation ("QB Jo Doe") stay out of a name; non-entity labels
   (DATE, CARDINAL, …) are dropped but keep their place so no name is later
   found inside them;
2. **caps lines** (``casing``): lines in capitals are re-read on a truecased copy;
3. **works** (``works``): titles announced by a cue noun become one WORK_OF_ART,
   replacing the pieces spaCy made of them;
4. **aliases**: "X (formerly known as Y)", "X, also known as Y", "Y (now X)"
   and 'First "Nick" Last' tie two names to one entity;
5. **products**: a name with a model designation ("Maker A100", "iThing")
   is a PRODUCT, not the maker;
6. **clusters**: the same name is one entity; a short form ("Jane", "Doe")
   joins the full name it abbreviates ("Jane Ann Doe"); when two full names
   share it (a mother and a daughter), each mention joins the full name last
   mentioned before it (else the next one after it); a bare organization name
   the article writes alone again and again never joins a unit, service or
   product named after it ("Acme Security Response Center", "Acme Update");
7. **missed mentions**: a known name or short form that spaCy left untagged
   elsewhere in the article becomes a mention too;
8. **type vote**: the cluster's type is a vote of its mentions' labels,
   weighted by evidence (full names count more than short forms; an acronym
   defined in parentheses counts little; a name's last word ("... Airport",
   "... Conference"), honorifics and descriptions such as "a reality TV star"
   or "the carmaker" add weight, and so do the words around a mention:
   "Acme's CEO", "co-founder of Acme", "the Zoomly app" for a company,
   "Keller syndrome", "diagnosed with Keller" for a disease, which is no
   entity (``typecues``);
9. **locators**: in "Riverton, Ohio" Ohio is where Riverton is, a description
   of it (``describe.locators``); both stay entities of their own.

Every mention keeps ``article.text[start:end] == text``.
"""

from __future__ import annotations

import logging
import re
import weakref
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..models import ENTITY_TYPES, Article, Description, Entity, Mention
from . import kinds, names, typecues
from .casing import FUNCTION_WORDS, caps_entities, caps_lines
from .furniture import furniture_lines
from .describe import PERSON_CUES, PLACE_TYPES, cue_type, describe, locators, sentence_starts
from .works import find_works
from .claimparts.gender import is_given_name

logger = logging.getLogger(__name__)

#: spaCy labels that are never entities but still hold their span.
NON_ENTITY = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

_PIPELINES: dict[int, weakref.ReferenceType] = {}


def use_pipeline(nlp) -> None:
    """Let ``read_entities`` re-read caps lines of docs made by ``nlp`` (no second
    full parse is ever made; only caps lines go through ``ner`` again)."""
    _PIPELINES[id(nlp.vocab)] = weakref.ref(nlp)


def _pipeline_for(doc):
    ref = _PIPELINES.get(id(doc.vocab))
    nlp = ref() if ref is not None else None
    return nlp if nlp is not None and nlp.vocab is doc.vocab else None


@dataclass(slots=True)
class Cand:
    """A name span with the label some reader gave it."""

    start: int
    end: int
    label: str
    source: str = "spacy"
    weight: float = 1.0

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(slots=True)
class Cluster:
    key: tuple[str, ...]
    cands: list[Cand] = field(default_factory=list)
    primary: str | None = None  # the name an alias rule chose ("X" of "X (formerly Y)")
    nicknames: set[str] = field(default_factory=set)
    votes: Counter = field(default_factory=Counter)
    parent: Cluster | None = None
    children: list[Cluster] = field(default_factory=list)

    def label(self) -> str:
        if not self.votes:
            return ""
        return max(self.votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]

    def root(self) -> Cluster:
        c = self
        while c.parent is not None:
            c = c.parent
        return c


def read_entities(doc, article: Article, *, nlp=None) -> list[Entity]:
    """The article's entities (``e1``, ``e2``, … in order of first mention)."""
    text = article.text
    if nlp is not None:
        use_pipeline(nlp)
    cands, held = _spacy_candidates(doc, text)
    pipeline = nlp or _pipeline_for(doc)
    _cut_headline_verbs(text, cands, _verbs(pipeline))
    lines = caps_lines(text)
    cands = _reread_caps_lines(text, lines, cands, pipeline)
    works = find_works(doc, text)
    if works:
        cands = [c for c in cands if not any(c.overlaps(w.start, w.end) for w in works)]
        held = [h for h in held if not any(h[0] < w.end and w.start < h[1] for w in works)]
        cands += [Cand(w.start, w.end, "WORK_OF_ART", "work", 5.0) for w in works]
    links, nicks = _alias_links(text, cands)
    cands = _products(doc, text, cands, _verbs(pipeline))
    furniture = furniture_lines(text)
    if furniture:  # "Photo: Ann Lee / AP", "Privacy Options": no names from the page's furniture
        cands = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in furniture)]
        held = sorted([*held, *furniture])
    cands = _dedupe(cands)
    located = _located(doc, text, cands)
    clusters = _cluster(text, cands, links, nicks)
    _add_missed(doc, text, clusters, held, lines)
    _drop_modifiers(doc, clusters)
    starts = sentence_starts(doc, text)
    entities = _build(doc, text, clusters, starts, located)
    _add_locators(doc, text, entities, starts)
    return entities


def _add_locators(doc, text: str, entities: list[Entity], starts: list[int]) -> None:
    """"Riverton, Ohio": Ohio becomes a description of Riverton (see ``describe.locators``)."""
    places = [(m.start, m.end, e.id, e.type) for e in entities if e.type in PLACE_TYPES for m in e.mentions]
    if len(places) < 2:
        return
    found = locators(doc, places, starts, text)
    for entity in entities:
        for d in found.get(entity.id, ()):
            if not any(o.start == d.start and o.end == d.end for o in entity.descriptions):
                entity.descriptions.append(d)


# ---------------------------------------------------------------- candidates

def _spacy_candidates(doc, text: str) -> tuple[list[Cand], list[tuple[int, int]]]:
    cands: list[Cand] = []
    held: list[tuple[int, int]] = []
    arms = set()
    for start, end, label in _joined_ents(doc, arms):
        if label in NON_ENTITY or label not in ENTITY_TYPES:
            held.append((start, end))
            continue
        title = label in ("WORK_OF_ART", "LAW")
        for line_start, line_end in _split_lines(text, start, end):
            ts, te = names.trim_span(text, line_start, line_end)
            pieces = names.split_name(text, ts, te, title=title) if te > ts else []
            for n, (s, e) in enumerate(pieces):
                weight = 2.0 if len(names.words(text[s:e])) > 1 else 1.0
                # a span run over two names was typed for the first; the rest must
                # find their type elsewhere in the article
                source = "arm" if (start, end) in arms else "spacy"
                cands.append(Cand(s, e, label if n == 0 else "", source, weight if n == 0 else 0.0))
    return cands, held


def _joined_ents(doc, arms: set[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """spaCy's entities, with an organization's regional arm read as one name:
    "Acme Australia" (ORG then a place it premodifies, no punctuation between)
    is the organization's name, unless the place itself premodifies a noun
    ("the Acme Riverland mission"); and with a legal form left out of the name
    put back ("Acme LLC"). The spans of regional arms are added to ``arms``."""
    ents = list(doc.ents)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(ents):
        a = ents[i]
        b = ents[i + 1] if i + 1 < len(ents) else None
        if (b is not None and a.label_ == "ORG" and b.label_ in ("GPE", "LOC") and a.end == b.start
                and doc.text[a.end_char:b.start_char] == " " and a.root.head.i in range(b.start, b.end)
                and b.root.dep_ != "compound"):
            out.append((a.start_char, b.end_char, "ORG"))
            if arms is not None:
                arms.add((a.start_char, b.end_char))
            i += 2
            continue
        end = a.end_char
        if a.label_ == "PERSON":
            start = _given_names_start(doc, a)
            out.append((_after_sentence_adverb(doc, a) if start == a.start_char else start, end, "PERSON"))
            i += 1
            continue
        if a.label_ == "ORG":
            end = _with_suffix(doc, a, b)
            if b is not None and end > b.start_char:
                i += 1  # the suffix was tagged on its own
        out.append((_after_sentence_adverb(doc, a), end, a.label_))
        i += 1
    return out


#: Relations of a word that modifies a whole clause rather than a name inside it.
_CLAUSE_MODIFIERS = frozenset({"advmod", "cc", "intj", "mark", "preconj"})


def _after_sentence_adverb(doc, ent) -> int:
    """Start of a name without the sentence adverb the tagger ran into it: "Meanwhile Nokia Corp said",
    "Moreover General Motors said" → "Nokia Corp", "General Motors". The word opens its clause and
    the parse hangs it on the clause's verb, outside the name, as an adverb or a conjunction; or,
    when the parse took it into the name too ("Separately Acme Holdings"), it is one of English's
    sentence connectives (``names.DISCOURSE_ADVERBS``)."""
    i = ent.start
    while i < ent.end - 1:
        t = doc[i]
        opens = t.is_sent_start or i > 0 and (doc[i - 1].is_punct or doc[i - 1].dep_ in ("cc", "mark"))
        clause_word = t.dep_ in _CLAUSE_MODIFIERS and not ent.start <= t.head.i < ent.end \
            and t.pos_ in ("ADV", "PROPN", "CCONJ", "SCONJ", "INTJ")
        if not opens or not (clause_word or t.lower_ in names.DISCOURSE_ADVERBS and doc[i + 1].text[:1].isupper()):
            break
        i += 1
    return doc[i].idx


def _given_names_start(doc, ent) -> int:
    """Start of a person's name with the given names spaCy left out.

    The tagger sometimes reads only the surname of an unfamiliar full name
    ("her mother, Clauddine |Blanchard|"); the parse still hangs the given name
    on the surname as a compound. Left alone, the bare surname then joins the
    relative who shares it. Capitalized proper nouns compounded onto the name,
    outside any other entity and not a title ("President"), are put back.
    """
    i = ent.start
    while i > 0:
        t = doc[i - 1]
        if (t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ or t.dep_ != "compound"
                or not ent.start <= t.head.i < ent.end or t.text.rstrip(".").lower() in names.HONORIFICS
                or t.text.rstrip(".").lower() in PERSON_CUES or not t.text.isalpha()
                or t.text in names.ROLE_ABBREVIATIONS):
            break
        i -= 1
    # "E . Lund" (a text joined from its tokens): an initial written apart from its stop
    # is a given name too, not a word of its own
    while i >= 2 and doc[i - 1].text == "." and _spaced_initial(doc, i - 2):
        i -= 2
    # "Acme QB Jo Doe": a role written as an abbreviation ends what comes before
    # it; the name is what follows
    for j in range(ent.end - 2, i - 1, -1):
        if doc[j].text in names.ROLE_ABBREVIATIONS:
            i = j + 1
            break
    return doc[i].idx


def _spaced_initial(doc, i: int) -> bool:
    """Whether token ``i`` is one capital letter, outside other names, followed by a stop and a
    name each one space apart ("E . Lund")."""
    t = doc[i]
    return (len(t.text) == 1 and t.text.isupper() and not t.ent_type_ and i + 2 < len(doc)
            and doc[i + 1].idx == t.idx + 2 and doc[i + 2].idx == doc[i + 1].idx + 2)


def _with_suffix(doc, ent, following) -> int:
    """End of an organization's name with the legal form spaCy left out ("Acme |LLC")."""
    if ent.end >= len(doc) or not kinds.is_corporate_suffix(doc[ent.end].text):
        return ent.end_char
    if following is not None and following.start == ent.end and (
            following.end != ent.end + 1 or following.label_ != "ORG"):
        return ent.end_char
    return doc[ent.end].idx + len(doc[ent.end].text)


_VERBS: dict[int, frozenset[str]] = {}
_SPACE_RUNS = re.compile(r"\S+")
_LINE_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _verbs(nlp) -> frozenset[str]:
    """Base forms of English verbs, from the pipeline's lemmatizer tables (empty without them)."""
    if nlp is None:
        return frozenset()
    if id(nlp) not in _VERBS:
        verbs: frozenset[str] = frozenset()
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            verbs = frozenset(lookups.get_table("lemma_index")["verb"])
        except (KeyError, AttributeError, ValueError):
            logger.debug("no verb table in the pipeline; headline verbs stay unread")
        _VERBS[id(nlp)] = verbs
    return _VERBS[id(nlp)]


def _cut_headline_verbs(text: str, cands: list[Cand], verbs: frozenset[str]) -> None:
    """"Jane Doe Wins Seat": in a headline in title case the verb after a name is
    capitalized too, and the tagger runs the name into it. A capitalized word
    that is a verb's -s form ends the name there, when the article bears it out:
    it writes the name's last word elsewhere and never the longer span."""
    if not verbs:
        return
    for i, c in enumerate(cands):
        if c.label in ("", "WORK_OF_ART", "LAW"):
            continue
        ws = list(_SPACE_RUNS.finditer(text, c.start, c.end))
        k = next((k for k in range(1, len(ws)) if _verb_s_form(ws[k].group(0), verbs)), None)
        if k is None or not _title_case_line(text, c.start, c.end):
            continue
        cut = ws[k - 1].end()
        last = ws[k - 1].group(0)
        if _written_elsewhere(text, last, c.start, c.end) and not _written_elsewhere(
                text, text[c.start:c.end], c.start, c.end):
            cands[i] = Cand(c.start, cut, c.label, c.source, c.weight)


def _verb_s_form(word: str, verbs: frozenset[str]) -> bool:
    """"Wins", "Announces", "Denies": a capitalized -s form of a known verb."""
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or not word.endswith("s"):
        return False
    low = word.lower()
    stems = [low[:-1]]
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    return any(s in verbs for s in stems) and not low.endswith("ss")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``[start, end)`` is a headline in title case: three
    words or more, each capitalized unless a function word, not all in capitals."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    ws = _LINE_WORD.findall(line)
    if len(ws) < 3 or line.isupper():
        return False
    return all(w[0].isupper() or w.lower() in FUNCTION_WORDS for w in ws)


def _written_elsewhere(text: str, form: str, start: int, end: int) -> bool:
    """Whether ``form`` stands as whole words somewhere outside ``[start, end)``."""
    return any(s >= end or e <= start for s, e, _ in _occurrences(text, [form]))


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = start
    while True:
        nl = text.find("\n", s, end)
        if nl < 0:
            out.append((s, end))
            return out
        out.append((s, nl))
        s = nl + 1


def _reread_caps_lines(text: str, lines, cands: list[Cand], nlp) -> list[Cand]:
    if not lines or nlp is None:
        return cands
    found = caps_entities(nlp, text, lines)
    inside = lambda c: any(ln.start <= c.start and c.end <= ln.end for ln in lines)  # noqa: E731
    kept = [c for c in cands if not inside(c)]
    for s, e, label in found:
        if label not in ENTITY_TYPES:
            continue
        s, e = names.trim_span(text, s, e)
        if e > s:
            kept.append(Cand(s, e, label, "caps", 0.7))
    return kept


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """Overlapping candidates: the heavier (then longer) one stays."""
    ranked = sorted(cands, key=lambda c: (-c.weight, -(c.end - c.start), c.start))
    if any(c.end <= c.start for c in cands):  # never made; the general rule for safety
        out: list[Cand] = []
        for c in ranked:
            if not any(o.overlaps(c.start, c.end) for o in out):
                out.append(c)
        return sorted(out, key=lambda c: c.start)
    # the kept spans are disjoint and not empty, so sorted by start their ends rise
    # too: only the last one starting before a span's end can overlap it
    starts: list[int] = []
    kept: list[Cand] = []
    for c in ranked:
        i = bisect_left(starts, c.end)
        if i and kept[i - 1].end > c.start:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


# ------------------------------------------------------------------- aliases

_NAME = r"[A-Z0-9][\w&.'’\-]*(?:\s+(?:[A-Z0-9][\w&.'’\-]*))*"
#: (pattern, cue): each pattern with a cheap search for the words it cannot match
#: without, so the costly pattern (a name run at every capital) runs only on the
#: few texts that hold them.
_ALIAS_PATTERNS = (
    # X (formerly known as Y) / X (formerly Y) / X, formerly known as Y,
    (re.compile(rf"(?P<a>{_NAME})\s*[(,]\s*(?:formerly|previously|once)\s+"
                rf"(?:known\s+as\s+|called\s+|named\s+)?(?P<b>{_NAME})"),
     re.compile(r"[(,]\s*(?:formerly|previously|once)\s")),
    # Y (now X) / Y, now known as X
    (re.compile(rf"(?P<b>{_NAME})\s*[(,]\s*now\s+(?:known\s+as\s+|called\s+|named\s+)(?P<a>{_NAME})"),
     re.compile(r"[(,]\s*now\s+(?:known\s+as|called|named)\s")),
    (re.compile(rf"(?P<b>{_NAME})\s*\(\s*now\s+(?P<a>{_NAME})\s*\)"), re.compile(r"\(\s*now\s")),
    # X, also known as Y / X, better known as Y / X a.k.a. Y
    (re.compile(rf"(?P<a>{_NAME}),?\s+(?:also\s+known\s+as|a\.k\.a\.|aka|also\s+called)\s+(?P<b>{_NAME})"),
     re.compile(r"(?:also\s+known\s+as|a\.k\.a\.|aka|also\s+called)\s")),
    (re.compile(rf"(?P<b>{_NAME}),?\s+(?:better\s+known\s+as)\s+(?P<a>{_NAME})"),
     re.compile(r"better\s+known\s+as\s")),
)
_NICK = re.compile(
    r"(?P<first>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+"
    r"(?:[\"“‘'](?P<nick>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})[\"”’']"
    r"|\(\s*(?P<paren>[A-Z][a-z]{2,})\s*\))\s+"  # 'Ann "Dee" Doe', 'Luis (Jerry) Ortiz': one given name in brackets
    r"(?P<last>[A-Z][\w'’\-]+)")
_NICK_CUE = re.compile(r"[\"“‘'(]\s*[A-Z]")


@dataclass(slots=True)
class AliasLink:
    primary: tuple[int, int]
    other: tuple[int, int]
    #: the other is an acronym of the primary: its type is the primary's, so its
    #: own labels count little
    acronym: bool = False


def _alias_links(text: str, cands: list[Cand]) -> tuple[list[AliasLink], dict[tuple[int, int], str]]:
    """Alias pairs found in the text; candidates are added for names spaCy missed."""
    links: list[AliasLink] = []
    for pattern, cue in _ALIAS_PATTERNS:
        if cue.search(text) is None:
            continue
        for m in pattern.finditer(text):
            if re.match(r"['’]s\b", text[m.end("b") - 2:m.end("b") + 2]):
                continue  # "Lee, formerly Acme's vice president": a possessor, not a former name
            a = _fit(text, cands, *m.span("a"), from_end=True)
            b = _fit(text, cands, *m.span("b"), from_end=False)
            if a and b:
                links.append(AliasLink(a, b))
    links += _acronym_links(text, cands)
    nicks: dict[tuple[int, int], str] = {}
    for m in _NICK.finditer(text) if _NICK_CUE.search(text) else ():
        if m.group("paren") and not is_given_name(m.group("paren")):
            continue  # "Tom Ray (Ohio) Thursday", "Ann Lee (Arsenal) Tom Ray": a place or team in brackets
        s, e = m.start("first"), m.end("last")
        label = next((c.label for c in cands if c.overlaps(s, e) and c.label == "PERSON"), None)
        if label is None and not any(c.overlaps(s, e) for c in cands):
            continue
        if label is None and not all(c.label == "PERSON" for c in cands if c.overlaps(s, e)):
            continue
        cands[:] = [c for c in cands if not c.overlaps(s, e)]
        cands.append(Cand(s, e, "PERSON", "nick", 3.0))
        nicks[(s, e)] = m.group("nick") or m.group("paren")
    return links, nicks


_PAREN_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.\-]{1,9})\s*\)")


def _acronym_links(text: str, cands: list[Cand]) -> list[AliasLink]:
    """"Full Name Here (FNH)": the acronym is the same entity."""
    links: list[AliasLink] = []
    for c in list(cands):
        m = _PAREN_ACRONYM.match(text, c.end)
        if not m or len(names.words(text[c.start:c.end])) < 2:
            continue
        short = m.group(1).replace(".", "").replace("-", "")
        full = text[c.start:c.end]
        if not short.isupper() or not (_initials_fit(short, names.acronym(full)) or _letters_fit(short, full)):
            continue
        s, e = m.span(1)
        if not any(o.start == s and o.end == e for o in cands):
            cands[:] = [o for o in cands if not o.overlaps(s, e)]
            cands.append(Cand(s, e, "", "alias", 0.0))
        links.append(AliasLink((c.start, c.end), (s, e), acronym=True))
    return links


def _initials_fit(short: str, initials: str) -> bool:
    """"EADS" fits "EADSCE" (initials in order, first letters equal)."""
    if not short or not initials or short[0] != initials[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in short)


def _letters_fit(short: str, full: str) -> bool:
    """"SIA" fits "Singapore Airlines": every capitalized word gives its initial,
    and the acronym's other letters come, in order, from inside those words."""
    words = [w.upper() for w in names.words(full) if w[:1].isupper()]
    if not words or len(short) > 2 * len(words) + 1:
        return False
    return _spell(short, words)


def _spell(short: str, words: list[str]) -> bool:
    if not words:
        return not short
    if not short or short[0] != words[0][0]:
        return False
    for k in range(len(short)):  # k letters from inside the first word
        if _subsequence(short[1:1 + k], words[0][1:]) and _spell(short[1 + k:], words[1:]):
            return True
    return False


def _subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in part)


def _fit(text: str, cands: list[Cand], s: int, e: int, *, from_end: bool) -> tuple[int, int] | None:
    """The name a pattern group captured, narrowed to a candidate it touches, or added."""
    s, e = names.trim_span(text, s, e)
    if e <= s:
        return None
    touching = [c for c in cands if c.overlaps(s, e)]
    if touching:
        c = max(touching, key=lambda c: c.start) if from_end else min(touching, key=lambda c: c.start)
        return c.start, c.end
    # no reader saw a name here: take the capitalized words nearest the cue
    parts = list(re.finditer(r"[A-Z0-9][\w&.'’\-]*", text[s:e]))
    if not parts:
        return None
    if from_end:
        # "... took to X (formerly ...)": only the last capitalized run
        first = len(parts) - 1
        while first > 0 and text[s + parts[first - 1].end():s + parts[first].start()].strip() == "":
            first -= 1
        s = s + parts[first].start()
    cands.append(Cand(s, e, "", "alias", 0.0))
    return s, e


# ------------------------------------------------------------------ products

_MAKER_LABELS = ("ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT")


def _products(doc, text: str, cands: list[Cand], verbs: frozenset[str] = frozenset()) -> list[Cand]:
    """"Maker A100", "Maker Roadster" and "iThing" name products, not their maker;
    "UTC" after a clock time and "4GB" are no entities at all, and "30GB Widget"
    names "Widget"; "Acme Air Flight 12" names the airline, the flight aside."""
    out: list[Cand] = []
    others: _SpanIndex | None = None  # the candidates a product name may not run into
    for c in cands:
        if kinds.is_time_zone(text, c.start, c.end) or kinds.is_unit(text, c.start, c.end):
            continue
        start = kinds.after_unit(text, c.start, c.end)
        if start != c.start:
            c = Cand(start, c.end, c.label, c.source, c.weight)
        flight = kinds.before_flight_number(text, c.start, c.end)
        if flight is not None:
            if flight > c.start:
                out.append(Cand(c.start, flight, "ORG", c.source, c.weight))
            continue
        if c.label in _MAKER_LABELS:
            ws = text[c.start:c.end].split()
            if kinds.is_camel_product(ws[0]) or (len(ws) > 1 and kinds.is_model_number(ws[-1])):
                out.append(Cand(c.start, c.end, "PRODUCT", c.source, c.weight))
                continue
            if c.label in ("ORG", "PRODUCT", "PERSON"):
                if others is None:
                    others = _SpanIndex([o for o in cands if o.label != "PRODUCT"])
                taken = lambda s, e, me=c, index=others: index.overlaps(s, e, skip=me)  # noqa: E731
                end = kinds.product_extension(doc, c.start, c.end, taken, text=text)
                if end is not None and not _scoreish(text, end) and not _headline_verb_after(
                        text, c.start, c.end, end, verbs):
                    out.append(Cand(c.start, end, "PRODUCT", c.source, max(c.weight, 2.0) + 1.0))
                    continue
        out.append(c)
    return out  # overlaps (the model number tagged on its own) are settled by _dedupe


class _SpanIndex:
    """Candidates sorted by start, with the furthest end reached so far, so that
    "does any candidate overlap ``[s, e)``" looks at the few near it, not all."""

    def __init__(self, cands: list[Cand]) -> None:
        self.items = sorted(cands, key=lambda c: c.start)
        self.starts = [c.start for c in self.items]
        self.reach: list[int] = []
        furthest = -1
        for c in self.items:
            furthest = max(furthest, c.end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int, *, skip: Cand | None = None) -> bool:
        i = bisect_left(self.starts, end)  # items[:i] start before ``end``
        while i > 0 and self.reach[i - 1] > start:
            i -= 1
            o = self.items[i]
            if o is not skip and o.end > start:
                return True
        return False


def _headline_verb_after(text: str, start: int, end: int, run_end: int, verbs: frozenset[str]) -> bool:
    """"Jane Doe Wins Seat": the capitalized run after a name in a title-case
    headline starts with a verb, so it is the headline's clause, not a product."""
    first = text[end:run_end].split()[:1]
    return bool(first) and _verb_s_form(first[0], verbs) and _title_case_line(text, start, run_end)


def _scoreish(text: str, pos: int) -> bool:
    """A number followed by more numbers or a dash-number is a score or a table row."""
    return bool(re.match(r"\s*(?:[-–/:]\s*\d|\d|\(\d)", text[pos:pos + 4]))


# ------------------------------------------------------------------ clusters

def _cluster(text: str, cands: list[Cand], links: list[AliasLink], nicks: dict[tuple[int, int], str]) -> list[Cluster]:
    by_key: dict[tuple[str, ...], Cluster] = {}
    for c in cands:
        surface = text[c.start:c.end]
        if (c.start, c.end) in nicks:
            surface = _without_nick(surface, nicks[(c.start, c.end)])
        k = names.key(surface)
        if not k:
            continue
        cl = by_key.setdefault(k, Cluster(key=k))
        cl.cands.append(c)
        if c.label:
            cl.votes[c.label] += c.weight
        if (c.start, c.end) in nicks:
            cl.nicknames.add(nicks[(c.start, c.end)])
    clusters = list(by_key.values())
    # nicknames used alone ("Dee" of 'Ann "Dee" Doe'), or with the surname ("Dee Doe"), join their full name
    for cl in clusters:
        last = cl.key[-1:] if cl.key else ()
        for nick in cl.nicknames:
            for form in (names.key(nick), (*names.key(nick), *last)):
                other = by_key.get(form)
                if other is not None and other is not cl and other.parent is None:
                    _attach(other, cl)
    for link in links:
        a, b = _cluster_at(by_key, text, link.primary, nicks), _cluster_at(by_key, text, link.other, nicks)
        if a is None or b is None:
            continue
        ra, rb = a.root(), b.root()
        if ra is not rb:
            if link.acronym:
                for lbl in list(rb.votes):
                    rb.votes[lbl] *= 0.3
            _attach(rb, ra)
        ra.primary = text[link.primary[0]:link.primary[1]]
    _attach_short_forms(clusters, text)
    return [c for c in clusters if c.parent is None]


def _without_nick(surface: str, nick: str) -> str:
    return re.sub(r"\s+(?:[\"“‘']" + re.escape(nick) + r"[\"”’']|\(\s*" + re.escape(nick) + r"\s*\))", "", surface)


def _cluster_at(by_key, text, span, nicks) -> Cluster | None:
    surface = text[span[0]:span[1]]
    if span in nicks:
        surface = _without_nick(surface, nicks[span])
    return by_key.get(names.key(surface))


def _attach(child: Cluster, parent: Cluster) -> None:
    if child is parent or child.root() is parent.root():
        return
    child.parent = parent
    parent.children.append(child)


def _attach_short_forms(clusters: list[Cluster], text: str = "") -> None:
    """Short forms join the full names they abbreviate (see module docstring, 6)."""
    ordered = sorted(clusters, key=lambda c: -len(c.key))
    keys = {c.key for c in clusters}
    by_word: dict[str, list[Cluster]] = defaultdict(list)
    for full in ordered:
        if len(full.key) > 1:
            for w in set(full.key):
                by_word[w].append(full)
    for short in ordered:
        if short.parent is not None or len(short.key) == 0:
            continue
        parents = [full for full in by_word.get(short.key[-1], ())
                   if len(full.key) > len(short.key) and _abbreviates(short, full)]
        if not parents:
            continue
        label = short.label()
        same = [p for p in parents if p.root().label() == label]
        if same:
            parents = same
        elif label in ("ORG", "PRODUCT", "WORK_OF_ART") and short.votes[label] >= 2:
            # a name read as an organization again and again joins a person's name,
            # but not as its first word when the article also uses the name's last
            # word alone: "Acme" is the maker, not part of "Acme Roadster" (read as
            # a person; "the Roadster" on its own), while "Wang" of "Wang Lei" is
            # the family name
            parents = [p for p in parents if p.root().label() == "PERSON"
                       and (p.key[-len(short.key):] == short.key or (p.key[-1],) not in keys)]
            if not parents:
                continue
        roots = {id(p.root()): p.root() for p in parents}
        legal = _legal_name(short, parents)
        if legal is not None:
            _absorb(short, legal)
            continue
        bodies = _bodies(short, list(roots.values()), text)
        if len(bodies) == 1:
            _absorb(short, bodies[0])
            continue
        if len(roots) == 1:
            parent = parents[0]
            _absorb(short, parent)
            continue
        # several full names share the short form: each mention goes to the full
        # name mentioned last before it, else to the one mentioned next after it
        _split_by_proximity(short, bodies or list(roots.values()))


def _legal_name(short: Cluster, parents: list[Cluster]) -> Cluster | None:
    """Of several full names a short form fits, the one that is the short form and a legal suffix
    ("Acme PLC" for "Acme", beside "Acme Textiles"): the company itself, which the bare name means,
    not a unit named after it in passing. None unless exactly one parent is so written and every other
    is named in full once at most (two companies each named again and again, "Acme Inc." and "Acme
    Records", share the bare name by where it stands)."""
    legal = [p for p in parents if len(p.key) == len(short.key) + 1 and p.key[:-1] == short.key
             and p.key[-1] in kinds.CORPORATE_SUFFIXES]
    if len(legal) != 1 or len(parents) < 2:
        return None
    return legal[0] if all(len(_all_cands(p)) <= 1 for p in parents if p is not legal[0]) else None


def _abbreviates(short: Cluster, full: Cluster) -> bool:
    # the full name's own last word outranks its statistical label: "Acme" does not
    # abbreviate the event "Acme Developers Conference"
    label = "EVENT" if kinds.head_kind(list(full.key)) == "EVENT" else full.root().label()
    if label == "PERSON":
        return names.person_short_form(names.content_key(" ".join(short.key)) or short.key,
                                       names.content_key(" ".join(full.key)) or full.key)
    if label in ("ORG", "FAC", "EVENT", "LAW"):
        if full.key[:len(short.key)] != short.key:
            return False
        # "Acme" alone names the company, not its regional arm "Acme Australia"
        if full.cands and all(c.source == "arm" for c in full.cands):
            return False
        if _unit_of(short, full):
            return False
        # "Acme" of "Acme Corporation" even when the statistical label said PERSON:
        # the full name's business word settles what the first word names
        return short.label() in ("", label) or (
            len(short.key) == 1 and short.label() == "PERSON" and label == "ORG"
            and kinds.head_kind(list(full.key)) == "ORG")
    return False


#: Last words of a body named after the organization it belongs to ("Acme Research", "the Acme
#: Security Response Center", "the Acme Foundation"): a unit, never the organization itself.
UNIT_HEADS = frozenset("""
center centre alliance team division unit department office lab labs laboratory laboratories research
foundation institute council committee bureau
""".split())


def _unit_of(short: Cluster, full: Cluster) -> bool:
    """Whether ``full`` is a unit, service or product named after the organization ``short`` names
    ("Acme" and "Acme Security Response Center", "Acme Update"), not the organization in full: its first
    words are the short form and either a unit noun ends it, or, written once, no business word does
    ("Acme Motors", "Acme Bank" and "Acme Corp." are the company). Only when the article writes the short
    form alone twice or more, as an organization: the bare name then names the parent itself, which a
    careful reader never takes for one of its parts."""
    if len(full.key) <= len(short.key) or short.label() != "ORG" or len(short.cands) < 2:
        return False
    last = full.key[-1].lower()
    if last in UNIT_HEADS:
        return True
    return (last not in kinds.ORG_HEADS and last not in kinds.CORPORATE_SUFFIXES
            and len(_all_cands(full)) == 1)


def _absorb(short: Cluster, parent: Cluster) -> None:
    """A short form's votes count little: the full name decides the type."""
    for lbl in list(short.votes):
        short.votes[lbl] *= 0.3
    _attach(short, parent)


def _bodies(short: Cluster, roots: list[Cluster], text: str) -> list[Cluster]:
    """Of several full names an organization's short form fits ("Acme" of "Acme Motor Company" and of
    "the Acme Roadster"), all but the models: names a business word does not end, written after "the"
    ("builds the Acme Roadster"), when one that a business word ends is among them. "Acme" alone names
    the maker, never its model ("Acme Computer", never after "the", stays a candidate). Empty when no
    name is left out."""
    if len(roots) < 2 or short.label() not in ("ORG", ""):
        return []
    marked = [r for r in roots if kinds.head_kind(list(r.key)) == "ORG"]
    if not marked:
        return []
    kept = [r for r in roots if r in marked or not any(
        text[max(0, c.start - 4):c.start].lower() == "the " for c in _all_cands(r))]
    return kept if len(kept) < len(roots) else []


def _split_by_proximity(short: Cluster, roots: list[Cluster]) -> None:
    positions = {id(r): sorted(c.start for c in _all_cands(r)) for r in roots}
    for cand in short.cands:
        before = [(max(p for p in positions[id(r)] if p < cand.start), r)
                  for r in roots if any(p < cand.start for p in positions[id(r)])]
        if before:
            target = max(before, key=lambda t: t[0])[1]
        else:
            target = min(roots, key=lambda r: min(positions[id(r)]))
        target.cands.append(Cand(cand.start, cand.end, cand.label, "short", 0.0))
    short.cands = []
    short.votes.clear()
    short.parent = roots[0]  # emptied: not an entity of its own


def _all_cands(cluster: Cluster) -> list[Cand]:
    out = list(cluster.cands)
    for child in cluster.children:
        out.extend(_all_cands(child))
    return out


def _all_clusters(cluster: Cluster) -> list[Cluster]:
    out = [cluster]
    for child in cluster.children:
        out.extend(_all_clusters(child))
    return out


# ----------------------------------------------------------- missed mentions

_STOP_INITIAL = frozenset("""
a an the and or but if in on at to for of by with as from this that these those it its he she
they we you i will may can should would could must new more most many some all no not so
""".split())


def _add_missed(doc, text: str, clusters: list[Cluster], held: list[tuple[int, int]], lines) -> None:
    """Known names and short forms that no reader tagged elsewhere in the article."""
    forms: dict[str, Cluster] = {}
    for root in clusters:
        label = _root_label(root)
        if label not in ENTITY_TYPES:
            continue
        for cl in _all_clusters(root):
            for cand in cl.cands:
                surface = text[cand.start:cand.end]
                if "\n" in surface or len(surface) < 2:
                    continue
                forms.setdefault(surface, root)
        if label == "PERSON":
            full = max((text[c.start:c.end] for c in _all_cands(root)), key=len, default="")
            ws = [w for w in names.words(full) if w[:1].isupper() and len(w) > 1
                  and w.lower() not in names.PERSON_HONORIFICS]
            for w in ws[:1] + ws[-1:]:
                forms.setdefault(w, root)
    if not forms:
        return
    orths = _Orths(doc)
    taken = sorted([(c.start, c.end) for r in clusters for c in _all_cands(r)] + held)
    longest = max((te - ts for ts, te in taken), default=0)
    owner = {(c.start, c.end): cl for r in clusters for cl in _all_clusters(r) for c in cl.cands}
    cover = _Cover(len(text), taken)
    found: list[tuple[int, int, Cluster]] = []
    for s, e, form in _occurrences(text, sorted(forms, key=len, reverse=True)):
        if cover.touches(s, e):
            # a known multi-word name wins over pieces another reader made of it
            # ("Quiet Rooms" inside a title seen whole elsewhere)
            if " " not in form:
                continue
            clash = _overlapping(taken, s, e, longest)
            if not all(s <= ts and te <= e and (ts, te) in owner and (ts, te) != (s, e) for ts, te in clash):
                continue
            for ts, te in clash:
                cl = owner.pop((ts, te))
                cl.cands = [c for c in cl.cands if (c.start, c.end) != (ts, te)]
                taken.remove((ts, te))
                cover.add(ts, te, -1)
        if _sentence_initial_word(doc, s, form, orths):
            continue
        found.append((s, e, forms[form]))
        insort(taken, (s, e))
        longest = max(longest, e - s)
        cover.add(s, e)
    # in lines written in capitals, the same names in capitals ("DOE WINS")
    upper = {f.upper(): r for f, r in forms.items() if len(f) > 2}
    for line in lines if upper else ():
        segment = text[line.start:line.end]
        for s, e, form in _occurrences(segment, sorted(upper, key=len, reverse=True)):
            s, e = s + line.start, e + line.start
            if not cover.touches(s, e):
                found.append((s, e, upper[form]))
                taken.append((s, e))
                cover.add(s, e)
    for s, e, root in found:
        root.cands.append(Cand(s, e, "", "scan", 0.0))


def _drop_modifiers(doc, clusters: list[Cluster]) -> None:
    """A person's name that premodifies a noun "the" determines ("the Lund case", "the Lund
    home") names the case or the home, not the person: it is no mention of them, so what the
    sentence says of the case is not said of the person."""
    for root in clusters:
        if _root_label(root) != "PERSON":
            continue
        for cl in _all_clusters(root):
            cl.cands = [c for c in cl.cands if not _modifies_noun(doc, c.start, c.end)]


#: Nouns after a name that say what kind of thing the name is (``typecues``): no modifier to drop.
_KIND_NOUNS = typecues.SERVICE_NOUNS | typecues.COMPANY_NOUNS | typecues.DISEASE_NOUNS


def _modifies_noun(doc, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` sits between "the" and the common noun both hang on."""
    span = _after_the(doc, start, end)
    if span is None or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    # (a noun that tells what the name is, "the Zentrix app", "the Plendor chain", is the type cues' evidence
    # that the name is no person: the mention stays, to be typed by it)
    return (after.pos_ == "NOUN" and after.text.islower() and after.lower_ not in _KIND_NOUNS
            and before.head.i == after.i and span.root.head.i == after.i)


def _overlapping(taken: list[tuple[int, int]], s: int, e: int, longest: int) -> list[tuple[int, int]]:
    """The spans of ``taken`` (sorted, none longer than ``longest``) that overlap ``[s, e)``.

    Only the spans that start within ``longest`` before ``s`` can reach it, so a
    long article costs a search, not a pass over all its names.
    """
    out = []
    i = bisect_left(taken, (s - longest, -1))
    while i < len(taken) and taken[i][0] < e:
        if s < taken[i][1]:
            out.append(taken[i])
        i += 1
    return out


class _Cover:
    """How many taken spans cover each character, so that "does ``[s, e)`` touch
    a taken span" is one slice, not a pass over all of them."""

    def __init__(self, length: int, spans: list[tuple[int, int]]) -> None:
        self.count = [0] * (length + 1)
        self.points: list[int] = []  # empty spans: they touch what strictly contains them
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int, by: int = 1) -> None:
        if start >= end:
            if by > 0:
                self.points.append(start)
            else:
                self.points.remove(start)
            return
        count = self.count
        for i in range(start, end):
            count[i] += by

    def touches(self, start: int, end: int) -> bool:
        return any(self.count[start:end]) or any(start < p < end for p in self.points)


def _occurrences(text: str, forms: list[str]):
    """(start, end, form) of each form standing as whole words, longest forms first."""
    for form in forms:
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            before = text[pos - 1] if pos else " "
            after = text[end:end + 3]
            glued = after[:1].isalnum() or after[:1] in "&_"
            contraction = after[:1] in "'’" and len(after[1:3]) == 2 and after[1:3].isalpha()
            if not (before.isalnum() or before in "'’&-_") and not glued and not contraction:
                yield pos, end, form
            pos = text.find(form, pos + 1)


def _root_label(root: Cluster) -> str:
    votes = Counter()
    for cl in _all_clusters(root):
        votes.update(cl.votes)
    if not votes:
        return "ORG" if root.primary else ""
    return max(votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]


def _sentence_initial_word(doc, start: int, form: str, orths: _Orths) -> bool:
    """A single capitalized word opening a sentence may be an ordinary word: it is
    when it is a function word, or when the parser does not read it as a proper
    noun and the article writes the word in lower case somewhere ("Jobs were cut"
    beside "new jobs"); a name the article never writes in lower case stays a name."""
    if " " in form:
        return False
    span = doc.char_span(start, start + len(form), alignment_mode="expand")
    if span is None or not span[0].is_sent_start:
        return False
    if form.lower() in _STOP_INITIAL:
        return True
    return span[0].pos_ != "PROPN" and orths.written(form.lower())


class _Orths:
    """How often each exact word form occurs in a doc, counted once on first use."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.counts: dict[int, int] | None = None

    def written(self, word: str) -> bool:
        strings = self.doc.vocab.strings
        if word not in strings:
            return False
        if self.counts is None:
            from spacy.attrs import ORTH  # the doc is spaCy's already; the import costs nothing then

            self.counts = self.doc.count_by(ORTH)
        return self.counts.get(strings[word], 0) > 0


# --------------------------------------------------------------------- build

def _located(doc, text: str, cands: list[Cand]) -> set[tuple[int, int]]:
    """Names a place locates ("Marlowe Falls, Ohio"): whatever their label, places."""
    spans = [(c.start, c.end, str(i), c.label) for i, c in enumerate(cands)]
    return {(cands[int(i)].start, cands[int(i)].end) for i in locators(doc, spans, [], text)}


def _build(doc, text: str, clusters: list[Cluster], starts: list[int],
           located: set[tuple[int, int]] = frozenset()) -> list[Entity]:
    built: list[tuple[int, Entity]] = []
    for root in clusters:
        cands = sorted(_all_cands(root), key=lambda c: (c.start, -c.end))
        if not cands:
            continue
        descriptions: list[Description] = []
        votes: Counter = Counter()
        for cl in _all_clusters(root):
            votes.update(cl.votes)
        seen_desc: set[tuple[int, int]] = set()
        for c in cands:
            if c.source in ("work",):
                continue
            kind = kinds.head_kind(names.words(text[c.start:c.end]))
            if kind and c.source != "scan":
                votes[kind] += 3.0
            if c.label == "PERSON" and _determined(doc, c.start, c.end):
                votes["ORG"] += 2.0 * c.weight + 0.5  # "the Smiths" names a group, not a person
            honor = names.honorific_before(text, c.start)
            if honor in names.PERSON_HONORIFICS:
                votes["PERSON"] += 3.0
            if (c.start, c.end) in located:
                votes["GPE"] += 3.0  # "Marlowe Falls, Ohio" is a place, whatever spaCy said
            context = typecues.context_type(doc, c.start, c.end, c.label)
            if context:  # "Acme's CEO", "the Zoomly app", "diagnosed with Keller": wherever the name was found
                votes[context] += 3.0  # the article's words outweigh spaCy's label of a mention
            if c.source == "scan":
                continue  # names found by the scan add mentions, not spaCy's evidence
            for d in describe(doc, c.start, c.end, starts, text):
                if (d.start, d.end) in seen_desc:
                    continue
                seen_desc.add((d.start, d.end))
                descriptions.append(d)
                cue = cue_type(d.text)
                if cue:
                    votes[cue] += 2.0
        if not votes:
            if root.primary:
                votes["ORG"] = 1.0
            else:
                continue
        label = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
        if label == "GPE" and votes.get("LOC", 0) + votes.get("GPE", 0) == 0:
            label = "GPE"
        if label not in ENTITY_TYPES:
            continue
        mentions: list[Mention] = []
        last_end = -1
        for c in cands:
            if c.start < last_end:
                continue
            mentions.append(Mention(c.start, c.end, text[c.start:c.end]))
            last_end = c.end
        name, aliases = _names(text, root, mentions)
        entity = Entity(id="", name=name, type=label, aliases=aliases,
                        mentions=mentions, descriptions=descriptions)
        built.append((mentions[0].start, entity))
    built.sort(key=lambda t: t[0])
    out = []
    for i, (_, entity) in enumerate(built, start=1):
        entity.id = f"e{i}"
        out.append(entity)
    return out


def _determined(doc, start: int, end: int) -> bool:
    """Whether "the" determines the name itself (not a noun it modifies)."""
    span = _after_the(doc, start, end)
    return span is not None and span.start <= doc[span.start - 1].head.i < span.end


def _after_the(doc, start: int, end: int):
    """The tokens of the name at ``[start, end)`` when "the" stands right before it (else None): what "the"
    hangs on tells whether it determines the name ("the Smiths") or a noun the name modifies ("the Doe case")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    return span


def _names(text: str, root: Cluster, mentions: list[Mention]) -> tuple[str, list[str]]:
    """The entity's name (the alias rule's choice, else the longest full form) and its other forms."""
    nick_of: dict[str, str] = {}
    for cl in _all_clusters(root):
        for nick in cl.nicknames:
            for c in cl.cands:
                surface = text[c.start:c.end]
                nick_of[surface] = nick
    forms: list[str] = []
    for m in mentions:
        surface = _normalize_space(m.text)
        if surface in nick_of:
            forms.append(_normalize_space(_without_nick(surface, nick_of[surface])))
            forms.append(nick_of[surface])
        else:
            forms.append(surface)
    if root.primary:
        name = _normalize_space(root.primary)
    else:
        name = max(forms, key=lambda f: (len(names.words(f)), not f.isupper(), len(f)))
    aliases: list[str] = []
    seen = {names.key(name)}
    for f in forms:
        k = names.key(f)
        if k and k not in seen:
            seen.add(k)
            aliases.append(f)
    return name, aliases


def _normalize_space(s: str) -> str:
    return " ".join(s.split())
