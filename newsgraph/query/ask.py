"""Answering a question in a few sentences, each with numbered citations.

1. Read the question (``questions.read_question``): its entities, kind and content words.
2. Retrieve by structure first: claims between the named entities, and each
   entity's claims whose lemma is one of the question's verbs, then its newest
   claims; all bounded, newest first, and only from articles published on or
   before ``as_of`` when given.
3. Rank them: the named entities must take part (as subject, object or source,
   or by name in the evidence sentence), the verb or other content words must
   match, and the kind adds what it needs (a time for "when", a purpose or
   reason for "why", a source for "who reported", a settled status for yes/no).
4. Compose (``compose.Composer``) from the best claims' fields, each sentence
   checked against its citations; when no claim fits, full-text search over
   sentences and quote the best one; when nothing fits, "Not found in the store."
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from . import answers
from .compose import Composer
from .entities import names_of
from .graph import rarer
from .load import as_of_clause, between_keys, entity_claim_keys, load_claim_keys, sentence_citations
from .phrases import arg_text
from .questions import Question, read_question
from .types import Citation, ClaimView, EntityRef
from .weigh import claim_weight
from .when import place
from .words import FUNCTION_WORDS, IRREGULAR, SPEECH_STEMS, family, stem, stems, tokens

#: Claims read per retrieval step (per entity, per pair).
RETRIEVE = 100


@dataclass(slots=True)
class Answer:
    question: str
    answer: str
    citations: list[Citation]
    kind: str
    entities: list[EntityRef]
    as_of: str | None = None
    claims: list[ClaimView] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.citations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question, "answer": self.answer, "found": self.found, "kind": self.kind,
            "as_of": self.as_of, "entities": [e.to_dict() for e in self.entities],
            "citations": [{"n": i, **c.to_dict()} for i, c in enumerate(self.citations, 1)],
            "claims": [c.to_dict() for c in self.claims],
        }


def _lemma_forms(words: list[str]) -> list[str]:
    forms: set[str] = set()
    for w in words:
        base = IRREGULAR.get(w, w)
        s = stem(w)
        forms |= {w, base, s, s + "e", s + "y"}
    return sorted(forms)


def retrieve(conn, q: Question, *, as_of: str | None) -> list[ClaimView]:
    """Candidate claims for a question: structure first, bounded at every step."""
    ids = q.entity_ids[:3]
    lemmas = _lemma_forms(q.words)
    queries: list[tuple[str, list]] = []
    for a, b in combinations(ids, 2):
        first, second = rarer(conn, a, b)
        queries.append(between_keys(conn, first, second, as_of=as_of, limit=RETRIEVE))
    for entity_id in ids:
        roles = ("subject", "object", "source")
        if lemmas:
            queries.append(entity_claim_keys(entity_id, roles=roles, lemmas=lemmas, as_of=as_of, limit=RETRIEVE))
        # what the entity did or had done to it, and what it said, each bounded on its own: a talkative
        # entity's quotes must not crowd its own older events out of the newest RETRIEVE
        queries.append(entity_claim_keys(entity_id, roles=("subject", "object"), as_of=as_of, limit=RETRIEVE))
        queries.append(entity_claim_keys(entity_id, roles=("source",), as_of=as_of, limit=RETRIEVE))
    if not ids and lemmas:
        clause, extra = as_of_clause("published_day", as_of)
        queries.append((f"SELECT article_id, local_id FROM claims WHERE lemma IN ({','.join('?' * len(lemmas))})"
                        f"{clause} ORDER BY published_day DESC LIMIT ?", [*lemmas, *extra, RETRIEVE]))
    keys: list[tuple[str, str]] = []
    for sql, params in queries:
        keys += [tuple(r) for r in conn.execute(sql, params)]
    return load_claim_keys(conn, keys)


def _fields(claim: ClaimView) -> str:
    args = " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)
    return " ".join(filter(None, [claim.predicate, claim.lemma, claim.object, claim.quote, args]))


def _involves(claim: ClaimView, entity_id: int, names: set[str]) -> int:
    """2 when the entity is the claim's subject or object; 1 when it is the source, or is named in the
    claim's phrases or sentence ("a film on Ann's case", "posted on Y"); else 0."""
    if entity_id in claim.entity_ids():
        return 2
    if claim.source_entity and claim.source_entity.id == entity_id:
        return 1
    for text in (_fields(claim) + " " + claim.subject, claim.citation.text):
        words = set(tokens(text))
        if any(set(tokens(n)) <= words for n in names if tokens(n)):
            return 1
    return 0


@dataclass(slots=True)
class Scored:
    claim: ClaimView
    score: float
    verb: bool  # the claim's verb is one the question asks about
    overlap: int  # question content words in the claim's fields


def score(q: Question, claim: ClaimView, names: dict[int, set[str]]) -> Scored | None:
    """How well a claim answers the question; None when it leaves out a named entity."""
    total = 0.0
    for named in q.entities[:3]:
        part = _involves(claim, named.entity.id, names.get(named.entity.id, set()))
        if part == 0:
            return None
        total += 2 * part
    wanted = q.stems
    verb_words = [w for w in tokens(f"{claim.lemma or ''} {claim.predicate}") if w not in FUNCTION_WORDS]
    verb_stems = {stem(w) for w in verb_words}
    speech = bool(wanted & SPEECH_STEMS) and (bool(verb_stems & SPEECH_STEMS) or bool(claim.quote))
    exact = bool(wanted & verb_stems) or speech
    kin = not exact and bool({family(w) for w in q.words} & {family(w) for w in verb_words})
    verb = exact or kin
    field_stems = stems(_fields(claim))
    overlap = len(wanted & field_stems)
    # words found in a long clause ("believes that … sentencing …") count less than in a short object
    density = min(1.0, 6 / max(6, len(field_stems)))
    total += 4 * exact + 2 * kin + overlap * (1 + 1.5 * density) + 0.5 * len(wanted & stems(claim.citation.text))
    total += 0.5 * claim_weight(claim)
    if q.kind == "when" and not place(claim.time, claim.day).reported:
        total += 2
    if q.kind in ("why", "where") and answers.has_field(q, claim):
        total += 3
    if q.kind == "what" and speech and claim.quote:
        total += 2
    if q.kind == "yesno" and claim.status in answers.SETTLED:
        total += 1
    return Scored(claim=claim, score=total, verb=verb, overlap=overlap)


def _relevant(q: Question, scored: list[Scored]) -> list[Scored]:
    """Claims that match the question's words (all of them when it has none left)."""
    if not q.words:
        return scored
    return [s for s in scored if s.verb or s.overlap]


def mention_citations(conn, q: Question, *, as_of: str | None, articles: int = 300,
                      limit: int = 2) -> list[Citation]:
    """Sentences that mention every question entity (by link, whatever words name it) and share the
    most content words with the question; read from each entity's newest ``articles`` articles."""
    if not q.entities or not q.words:
        return []
    clause, extra = as_of_clause("published_day", as_of)
    keys: set[tuple[str, int]] | None = None
    for named in q.entities[:3]:
        rows = conn.execute(
            f"""WITH recent AS (SELECT article_id, local_id FROM entity_articles WHERE entity_id = ?{clause}
                                ORDER BY published_day DESC LIMIT ?)
                SELECT DISTINCT m.article_id, m.sentence_idx FROM recent r
                JOIN mentions m ON m.article_id = r.article_id AND m.local_id = r.local_id
                WHERE m.sentence_idx IS NOT NULL""",
            (named.entity.id, *extra, articles),
        ).fetchall()
        found = {(r[0], r[1]) for r in rows}
        keys = found if keys is None else keys & found
    wanted = q.stems
    scored = []
    for citation in sentence_citations(conn, sorted(keys or ())):
        overlap = len(wanted & stems(citation.text))
        if overlap:
            scored.append((overlap, citation.published or "", citation))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [c for overlap, _, c in scored[:limit] if overlap == scored[0][0]]


def fts_citations(conn, q: Question, *, as_of: str | None, limit: int = 2) -> list[Citation]:
    """Sentences that name every question entity and hold a content word, best (BM25) first."""
    groups = []
    for named in q.entities[:3]:
        phrases = {" ".join(tokens(named.text)), " ".join(tokens(named.entity.name))} - {""}
        groups.append("(" + " OR ".join(f'"{p}"' for p in sorted(phrases)) + ")")
    words = sorted({w for w in q.words if w.isalnum()})
    if words:
        groups.append("(" + " OR ".join(f'"{w}"' for w in words) + ")")
    if not groups or (not words and q.kind != "what"):
        return []
    clause, extra = as_of_clause("a.published_day", as_of)
    rows = conn.execute(
        f"""SELECT s.article_id, s.idx FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
            JOIN articles a ON a.id = s.article_id
            WHERE sentences_fts MATCH ?{clause} ORDER BY f.rank LIMIT ?""",
        (" AND ".join(groups), *extra, limit),
    ).fetchall()
    return sentence_citations(conn, [(r[0], r[1]) for r in rows])


def ask(store, question: str, *, as_of: str | None = None) -> Answer:
    """Answer ``question`` from the store: a short answer whose every sentence cites its evidence."""
    conn = store.conn
    q = read_question(conn, question)
    names = {n.entity.id: names_of(conn, [n.entity.id]) for n in q.entities}
    out = Composer(set().union(*names.values()) if names else set())
    used: list[ClaimView] = []
    if q.kind == "connection" and len(q.entities) >= 2:
        used = answers.connection(store, q, out, as_of=as_of)
    elif q.kind == "between" and len(q.entities) >= 2:
        used = answers.between(conn, q, out, as_of=as_of)
    elif q.kind == "changed" and q.entities:
        used = answers.changed(conn, q, out, as_of=as_of)
    if not out:
        scored = [s for c in retrieve(conn, q, as_of=as_of) if (s := score(q, c, names))]
        ranked = sorted(_relevant(q, scored), key=lambda s: (s.score, s.claim.day or ""), reverse=True)
        if q.kind == "yesno":
            used = answers.yes_no(conn, q, ranked, out)
        elif q.kind == "who" and q.asks_source:
            used = answers.source(conn, q, ranked, out)
        if not out and ranked:
            used = answers.best_claims(q, ranked, out, most=1 if q.kind in ("why", "where", "yesno") else 2)
    if not out:
        for citation in mention_citations(conn, q, as_of=as_of) or fts_citations(conn, q, as_of=as_of):
            out.quote(citation)
    return Answer(question=question, answer=out.text, citations=list(out.citations),
                  kind=q.kind, entities=[n.entity for n in q.entities], as_of=as_of, claims=used)
