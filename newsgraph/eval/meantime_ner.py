"""MEANTIME named-entity mentions (PER, ORG, LOC), newsgraph beside plain spaCy in one run.

Gold: ``ENTITY_MENTION`` markables whose ``syntactic_type`` is NAM (a name) or
PRE.NAM (a name used as a premodifier, "the *Boeing* plant"), typed by the
``ent_type`` of the instance they refer to. Only PER, ORG and LOC are scored;
the corpus's other types (PRO products, FIN money, MIX) are ignored on both
sides, and so are NOM/PRO/APP/CONJ mentions (descriptions and pronouns).

Scope: only the sentences the document-level annotation covered
(``MDoc.annotated_upto``, the headline and the first body sentences; sentence
1, the date line, is included but holds no names). Outside them gold is
partial, so counting predictions there as false positives would be unfair.

Neutral predictions: a predicted span that exactly matches an annotated entity
mention that is not a name by the gold's own label (mostly files where the
annotators left ``syntactic_type`` empty, e.g. "General Motors" on some gm
files) counts neither way. Both systems get the same treatment.

Tokens: MEANTIME's markables are whole tokens of its own tokenization (the
text is those tokens joined by spaces), so a name inside a token ("*Acme*-led",
"*Riverton*-based") is marked as the whole token. Both systems' spans are
widened to whole tokens.

Determiners: MEANTIME puts the article inside a name's span when the name
heads its noun phrase ("the United States", "the GAO") and leaves it out when
the name only premodifies ("the Apple website"). Both systems' spans are
aligned to that convention by the same syntactic rule before scoring (a
directly preceding "the" that the parse attaches to the span's head joins the
span), so neither is scored on determiner habits.

Extents: MEANTIME marks a name mention with the full extent of its noun phrase
and marks the names nested inside it too ("German airline Acme" and "Acme";
"Acme Corp ( AC" and "AC"; "Riverton , Ohio" and "Ohio"; the guidelines
annotate every mention, nested ones included). Both systems' spans take in a
directly preceding capitalized honorific ("Mr.", "Senator", "Judge", from
``names.HONORIFICS``). newsgraph's own readings give the other extents, and
each is scored besides the bare name, because that is what newsgraph read:

- a premodifying description newsgraph reported for the entity
  (``Entity.descriptions`` ending right before the mention, or before a comma
  right before it: "aircraft maker Acme", "low-cost airline, Acme");
- an acronym in parentheses right after the name that newsgraph read as the
  same entity ("Acme Corp ( AC", the closing parenthesis being outside the
  corpus's markable);
- a place newsgraph read as the container of the place named right before it
  ("Riverton , Ohio", see ``describe.locators``): MEANTIME marks the pair as
  one name, so here the extended span replaces the bare one.

The row ``micro_f1_name_only`` scores newsgraph's names with the token,
determiner, honorific and locator alignment but without the described and
acronym extents.

Labels: PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC. NORP (nationalities, faiths,
parties) maps to LOC only for an adjective that premodifies a noun and names a
people ("the *Romanian* government"): MEANTIME annotates such an adjective as a
PRE.NAM mention of the country (LOC); faith and party adjectives
(``NOT_DEMONYMS``) and adjectives shaped unlike a demonym ("-al", "-er") are
not countries. Both systems get the same mapping.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..nlp.describe import PLACE_TYPES
from ..nlp.entities import read_entities
from ..nlp.names import HONORIFICS
from .meantime_corpus import MDoc, meantime_article
from .report import Report
from .spans import SCORED, Key, add_ner_rows, coarse, score_spans

logger = logging.getLogger(__name__)

NAME_TYPES = ("NAM", "PRE.NAM")


def gold_names(doc: MDoc) -> tuple[set[Key], set[tuple[int, int]]]:
    """(scored gold name spans, spans of other annotated entity mentions)."""
    gold: set[Key] = set()
    other: set[tuple[int, int]] = set()
    for m in doc.entities:
        if m.sentence > doc.annotated_upto:
            continue
        if m.syntactic_type in NAME_TYPES and m.ent_type in SCORED:
            gold.add((doc.doc_id, m.start, m.end, m.ent_type))
        else:
            other.add((m.start, m.end))
    names = {(k[1], k[2]) for k in gold}
    return gold, other - names


def on_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole corpus tokens (see module docstring: tokens)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _keep(doc: MDoc, start: int, end: int, neutral: set[tuple[int, int]]) -> bool:
    if (start, end) in neutral:
        return False
    last = doc.sentences[min(doc.annotated_upto, len(doc.sentences) - 1)][1]
    return end <= last


def with_determiner(doc, start: int, end: int) -> int:
    """``start`` moved left over a "the" that determines the span's head (see module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return start
    before = doc[span.start - 1]
    if before.lower_ == "the" and before.head.i >= span.start and before.head.i < span.end:
        return before.idx
    return start


def with_honorific(text: str, start: int) -> int:
    """``start`` moved left over honorifics right before it ("Mr Justice |Doe")."""
    while True:
        m = re.search(r"([A-Z][a-z]+)\.?\s+$", text[max(0, start - 20):start])
        if not m or m.group(1).lower() not in HONORIFICS:
            return start
        start = start - (len(text[max(0, start - 20):start]) - m.start())


def with_acronym(text: str, end: int, mentions) -> int:
    """``end`` moved right over " ( ACME" when newsgraph read the acronym in
    parentheses right after the name as a mention of the same entity."""
    for m in mentions:
        if m.start > end and m.text.isupper() and re.fullmatch(r"\s*\(\s*", text[end:m.start]):
            return m.end
    return end


def with_locator(text: str, end: int, descriptions, places: set[tuple[int, int]]) -> int:
    """``end`` moved right over ", Ohio" when newsgraph read that place as the
    container of the one ending at ``end`` (a description that is a place mention)."""
    for d in descriptions:
        if (d.start, d.end) in places and d.start > end and text[end:d.start].strip() == ",":
            return d.end
    return end


def with_description(text: str, start: int, descriptions) -> int:
    """``start`` moved left over a description that ends right before it."""
    for d in descriptions:
        if d.end <= start and d.start < start and text[d.end:start].strip() in ("", ","):
            return d.start
    return start


#: NORP adjectives that name a faith or a party, not a place's people.
NOT_DEMONYMS = frozenset("""
republican democratic democrat conservative liberal labour socialist communist green
christian muslim islamic jewish catholic protestant hindu buddhist sikh sunni shia shiite
""".split())


def meantime_label(label: str, doc, start: int, end: int) -> str | None:
    """OntoNotes label → MEANTIME's PER/ORG/LOC (see module docstring: demonyms)."""
    if label != "NORP":
        return coarse(label)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ != "ADJ" or span.root.head.i == span.root.i:
        return None
    word = span.text.lower()
    if word in NOT_DEMONYMS or word.endswith(("al", "er")):  # "Congressional", "Dreamliner"
        return None
    return "LOC"


@dataclass(slots=True)
class DocSpans:
    """One document's scored spans: gold, newsgraph (with and without its
    descriptions) and plain spaCy."""

    gold: set[Key] = field(default_factory=set)
    ours: set[Key] = field(default_factory=set)
    plain: set[Key] = field(default_factory=set)
    base: set[Key] = field(default_factory=set)


def doc_spans(doc, mdoc: MDoc, *, nlp) -> DocSpans:
    """Both systems' spans on one parsed document, aligned as the module docstring says."""
    out = DocSpans()
    out.gold, neutral = gold_names(mdoc)
    key = mdoc.doc_id
    for ent in doc.ents:
        label = meantime_label(ent.label_, doc, ent.start_char, ent.end_char)
        if label:
            start, end = on_tokens(mdoc.text, ent.start_char, ent.end_char)
            start = with_determiner(doc, with_honorific(mdoc.text, start), end)
            if _keep(mdoc, start, end, neutral):
                out.base.add((key, start, end, label))
    entities = read_entities(doc, meantime_article(mdoc), nlp=nlp)
    places = {(m.start, m.end) for e in entities if e.type in PLACE_TYPES for m in e.mentions}
    for entity in entities:
        for m in entity.mentions:
            label = meantime_label(entity.type, doc, m.start, m.end)
            if not label:
                continue
            first, end = on_tokens(mdoc.text, m.start, m.end)
            if entity.type in PLACE_TYPES:
                end = with_locator(mdoc.text, end, entity.descriptions, places)
            titled = with_honorific(mdoc.text, first)
            start = with_determiner(doc, titled, end)
            if _keep(mdoc, start, end, neutral):
                out.plain.add((key, start, end, label))
            # a description may hold the title itself ("U.S. President" before "Jane Doe")
            starts = {start}
            for bare in (titled, first):
                described = with_description(mdoc.text, bare, entity.descriptions)
                if described != bare:
                    starts.add(with_determiner(doc, described, end))
            ends = {end, with_acronym(mdoc.text, end, entity.mentions)}
            for s in starts:
                for e in ends:
                    if _keep(mdoc, s, e, neutral):
                        out.ours.add((key, s, e, label))
    return out


def evaluate_meantime_ner(docs: Sequence[MDoc], *, nlp, batch_size: int = 16) -> Report:
    """Exact-span micro P/R/F1 for PER/ORG/LOC names: newsgraph vs plain spaCy, same parse."""
    total = DocSpans()
    spent_ours = 0.0
    started = time.perf_counter()
    pairs = ((d.text, d) for d in docs)
    for doc, mdoc in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        t0 = time.perf_counter()
        spans = doc_spans(doc, mdoc, nlp=nlp)
        for name in ("gold", "ours", "plain", "base"):
            getattr(total, name).update(getattr(spans, name))
        spent_ours += time.perf_counter() - t0
    spent_nlp = time.perf_counter() - started - spent_ours
    gold = total.gold
    ng, bl = score_spans(gold, total.ours), score_spans(gold, total.base)
    report = Report(name="meantime-ner", baseline=f"spaCy en_{nlp.meta.get('name', '?')} ents")
    add_ner_rows(report, ng, bl, "exact span, PER/ORG/LOC names (NAM, PRE.NAM)")
    report.add("micro_f1_name_only", score_spans(gold, total.plain).micro.f1, bl.micro.f1,
               "newsgraph name spans only, without the described spans")
    report.counts.update({
        "documents": len(docs), "gold_mentions": len(gold),
        "reader_ms_per_doc": round(1000 * spent_ours / max(len(docs), 1)),
        "nlp_ms_per_doc": round(1000 * spent_nlp / max(len(docs), 1)),
    })
    logger.info("meantime ner: newsgraph %.3f, baseline %.3f", ng.micro.f1, bl.micro.f1)
    return report
