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

from .compose import NOT_FOUND, Composer
from .connect import connect
from .entities import names_of
from .graph import rarer
from .load import as_of_clause, between_keys, entity_claim_keys, load_claim_keys, load_claims, sentence_citations, \
    sentence_with
from .phrases import arg_text
from .questions import Question, read_question
from .timeline import event_key, group_events
from .types import Citation, ClaimView, EntityRef
from .when import place
from .words import FUNCTION_WORDS, IRREGULAR, stem, stems, tokens

#: Claims read per retrieval step (per entity, per pair).
RETRIEVE = 100
#: Verbs whose claims read the same both ways ("A met B" is "B met A").
SYMMETRIC = frozenset({"meet", "marry", "wed", "talk", "speak", "communicat", "collaborat", "work", "date",
                       "divorc", "fight", "argu", "partner", "settl", "negotiat", "agre", "contact", "spok"})
_WHY_ARGS = ("purpose", "reason", "cause")
_WHERE_ARGS = ("location", "place", "where")
_SETTLED = ("happened", "ongoing", "negated", "failed")
_SAY_STEMS = frozenset({"say", "said", "tell", "post", "writ", "tweet", "quot", "stat", "propos", "announc"})


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


@dataclass(slots=True)
class Scored:
    claim: ClaimView
    score: float
    verb: bool  # the claim's verb is one the question asks about
    overlap: int  # question content words in the claim's fields


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
        queries.append(entity_claim_keys(entity_id, roles=roles, as_of=as_of, limit=RETRIEVE))
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
    """2 when the entity is the claim's subject or object, 1 when source or named in its sentence, else 0."""
    if entity_id in claim.entity_ids():
        return 2
    if claim.source_entity and claim.source_entity.id == entity_id:
        return 1
    words = set(tokens(claim.citation.text))
    return 1 if any(set(tokens(n)) <= words for n in names if tokens(n)) else 0


def score(q: Question, claim: ClaimView, names: dict[int, set[str]]) -> Scored | None:
    """How well a claim answers the question; None when it leaves out a named entity."""
    total = 0.0
    for named in q.entities[:3]:
        part = _involves(claim, named.entity.id, names.get(named.entity.id, set()))
        if part == 0:
            return None
        total += 2 * part
    wanted = q.stems - {"say"} if q.kind == "who" and q.asks_source else q.stems
    verb_stems = {stem(claim.lemma)} if claim.lemma else set()
    verb_stems |= {stem(w) for w in tokens(claim.predicate) if w not in FUNCTION_WORDS}
    verb = bool(wanted & verb_stems)
    overlap = len(wanted & stems(_fields(claim)))
    total += 4 * verb + overlap + 0.5 * len(wanted & stems(claim.citation.text))
    if q.kind == "when" and not place(claim.time, claim.day).reported:
        total += 2
    if q.kind == "why" and any(claim.args.get(k) for k in _WHY_ARGS):
        total += 3
    if q.kind == "where" and any(claim.args.get(k) for k in _WHERE_ARGS):
        total += 3
    if q.kind == "who" and q.asks_source and (claim.source or claim.source_entity):
        total += 3
    if q.kind == "what" and wanted & _SAY_STEMS and claim.quote:
        total += 3
    if q.kind == "yesno" and claim.status in _SETTLED:
        total += 1
    return Scored(claim=claim, score=total, verb=verb, overlap=overlap)


def _relevant(q: Question, scored: list[Scored]) -> list[Scored]:
    """Claims that take part and match the question's words (all of them when it has none left)."""
    if not q.words:
        return scored
    return [s for s in scored if s.verb or s.overlap or (q.kind == "who" and q.asks_source)]


def _direction_ok(q: Question, claim: ClaimView) -> bool:
    """For two named entities: the first is the claim's subject and the second its object.

    The other way round only for a symmetric verb ("met") and a claim about the
    event itself: wanting or planning to meet someone is the subject's alone.
    """
    if len(q.entities) < 2:
        return True
    a, b = q.entities[0].entity.id, q.entities[1].entity.id
    subject = claim.subject_entity.id if claim.subject_entity else None
    obj = claim.object_entity.id if claim.object_entity else None
    if (subject, obj) == (a, b):
        return True
    verb = stem(claim.lemma or claim.predicate.split()[0] if claim.predicate.split() else "")
    return ((subject, obj) == (b, a) and claim.status in _SETTLED
            and any(verb.startswith(s) for s in SYMMETRIC))


def _answer_yes_no(conn, q: Question, ranked: list[Scored], out: Composer) -> list[ClaimView]:
    """Yes when the newest settled claim happened, no when it was negated or failed or nothing settled it."""
    matching = [s.claim for s in ranked if s.verb and _direction_ok(q, s.claim)]
    if not matching:
        return []
    matching.sort(key=lambda c: (c.day or "", c.status in _SETTLED), reverse=True)
    settled = [c for c in matching if c.status in _SETTLED]
    if settled:
        claim = settled[0]
        verdict = "Yes" if claim.status in ("happened", "ongoing") else "No"
        out.claim(claim, lead=f"{verdict}: as of {claim.day}, " if claim.day else f"{verdict}: ")
        return [claim]
    claim = matching[0]
    outcome = arg_text(claim.args.get("outcome"))
    found = sentence_with(conn, claim.article, outcome, near=claim.citation.sentence) if outcome else None
    more = [found] if found else []
    tail = f"; {outcome}" if outcome and more else "; it has not happened"
    out.claim(claim, lead=f"No: as of {claim.day}, " if claim.day else "No: ", tail=tail, more=more)
    return [claim]


def _answer_source(conn, q: Question, ranked: list[Scored], out: Composer) -> list[ClaimView]:
    for s in ranked:
        claim = s.claim
        source = claim.source or (claim.source_entity.name if claim.source_entity else None)
        more = []
        if source:
            found = sentence_with(conn, claim.article, source, near=claim.citation.sentence)
            if found and found.key != claim.citation.key:
                more.append(found)
        else:
            source = claim.citation.source
        if not source:
            continue
        out.claim(claim, lead=f"According to {source}, ", more=more)
        return [claim]
    return []


def _has_field(q: Question, claim: ClaimView) -> bool:
    """Whether a claim holds what the question's kind asks for (a reason, a place, a stated time)."""
    if q.kind == "why":
        return any(claim.args.get(k) for k in _WHY_ARGS)
    if q.kind == "where":
        return any(claim.args.get(k) for k in _WHERE_ARGS)
    if q.kind == "when":
        return not place(claim.time, claim.day).reported
    return True


def _answer_claims(q: Question, ranked: list[Scored], out: Composer, *, most: int) -> list[ClaimView]:
    """The best claims (distinct events, as good as the best), said as clauses.

    When some claims hold what the kind asks for (a reason, a place, a time),
    only those are said; when none does, the best claim's sentence is quoted,
    since the words may be there without a field for them.
    """
    fitting = [s for s in ranked if _has_field(q, s.claim)]
    if not fitting:
        if q.kind in ("why", "where") and ranked:
            out.quote(ranked[0].claim.citation)
            return [ranked[0].claim]
        fitting = ranked
    used: list[ClaimView] = []
    best = fitting[0].score if fitting else 0
    seen: set[tuple] = set()
    for s in fitting:
        if len(used) >= most or s.score < best * 0.75:
            break
        key = event_key(s.claim) if q.kind == "when" else event_key(s.claim)[:3]
        if key in seen:
            continue
        seen.add(key)
        out.claim(s.claim, with_time=q.kind == "when", tail=_reported_tail(q, s.claim))
        used.append(s.claim)
    return used


def _reported_tail(q: Question, claim: ClaimView) -> str:
    if q.kind == "when" and place(claim.time, claim.day).reported and claim.day:
        return f", reported on {claim.day}"
    return ""


def _answer_connection(store, q: Question, out: Composer, *, as_of: str | None) -> list[ClaimView]:
    a, b = q.entities[0].entity, q.entities[1].entity
    result = connect(store, str(a.id), str(b.id), as_of=as_of, max_paths=2)
    used: list[ClaimView] = []
    if result.direct:
        for claim in result.direct.claims[:2]:
            out.claim(claim)
            used.append(claim)
        if not result.direct.claims and result.direct.co_mentions:
            out.quote(result.direct.co_mentions[0])
    for path in result.paths[:1]:
        for step in path.edges:
            if step.claims:
                out.claim(step.claims[0])
                used.append(step.claims[0])
            elif step.co_mentions:
                out.quote(step.co_mentions[0])
    return used


def _answer_between(conn, q: Question, out: Composer, *, as_of: str | None) -> list[ClaimView]:
    first, second = rarer(conn, q.entities[0].entity.id, q.entities[1].entity.id)
    entries = group_events(load_claims(conn, *between_keys(conn, first, second, as_of=as_of, limit=50)))
    used = []
    for entry in entries[-4:]:
        claim = entry.claims[0]
        out.claim(claim, with_time=True, more=[c.citation for c in entry.claims[1:]])
        used.append(claim)
    return used


def _answer_changed(conn, q: Question, out: Composer, *, as_of: str | None) -> list[ClaimView]:
    entity_id = q.entities[0].entity.id
    claims = load_claims(conn, *entity_claim_keys(entity_id, since=q.since, as_of=as_of, limit=20))
    used = []
    for entry in list(reversed(group_events(claims)))[:3]:
        claim = entry.claims[0]
        out.claim(claim, with_time=True, tail=f" (reported {claim.day})" if claim.day else "")
        used.append(claim)
    return used


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
        used = _answer_connection(store, q, out, as_of=as_of)
    elif q.kind == "between" and len(q.entities) >= 2:
        used = _answer_between(conn, q, out, as_of=as_of)
    elif q.kind == "changed" and q.entities:
        used = _answer_changed(conn, q, out, as_of=as_of)
    if not out:
        scored = [s for c in retrieve(conn, q, as_of=as_of) if (s := score(q, c, names))]
        ranked = sorted(_relevant(q, scored), key=lambda s: (s.score, s.claim.day or ""), reverse=True)
        if q.kind == "yesno":
            used = _answer_yes_no(conn, q, ranked, out)
        elif q.kind == "who" and q.asks_source:
            used = _answer_source(conn, q, ranked, out)
        if not out and ranked:
            used = _answer_claims(q, ranked, out, most=1 if q.kind in ("why", "where", "yesno") else 2)
    if not out:
        for citation in mention_citations(conn, q, as_of=as_of) or fts_citations(conn, q, as_of=as_of):
            out.quote(citation)
    return Answer(question=question, answer=out.text if out else NOT_FOUND, citations=list(out.citations),
                  kind=q.kind, entities=[n.entity for n in q.entities], as_of=as_of, claims=used)
