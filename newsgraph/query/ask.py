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

``ask`` runs these as ``STEPS``, in order, over one ``asking.Asking`` (the question read and the answer so far):
each step says in its docstring when it applies and why, so the tuple reads as the answering strategy, and a new
strategy is one function and one line there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations
from typing import Any

from . import answers, confidence, ending, fulltext, polarity, reactions, typed, yesno
from .apposed import alternation
from .asked import subject_words
from .asking import Asking, Scored
from .binding import beside_kind
from .compose import NOT_FOUND, Composer
from .described import say_shared, shared_description
from .entities import names_of
from .fits import doubt
from .graph import rarer
from .lexicon import first_sense_says, match, opposite_words, phrase_keys, related_lemmas
from .load import load_claim_keys, load_claims, searched_citations, sentence_citations
from .manner import MANNER, bears_on
from .phrases import arg_text
from .questions import Question, QuestionAnalysis, read_question
from .quotes import SAID_LEMMAS, introduced, others_words, quoted_spans
from .referred import mark, referring_keys
from .speakers import asked_speaker, quote_speaker
from .timeline import when_of
from .types import Citation, ClaimView, EntityRef
from .weigh import claim_weight
from .when import place
from .words import FUNCTION_WORDS, IRREGULAR, SPEECH_STEMS, says_only, stem, stems, token_spans, tokens

#: Claims read per retrieval step (per entity, per pair).
RETRIEVE = 100
#: How many of an entity's newest articles a yes/no question's sentences are read from when no claim says it.
TOLD_ARTICLES = 60
#: Answer types checked against the best full-text sentence (``fulltext``).
FULLTEXT_TYPES = (*typed.SPAN_TYPES, "reason", "connection", "quote", "thing")


@dataclass(slots=True)
class Answer:
    question: str
    answer: str
    citations: list[Citation]
    kind: str
    entities: list[EntityRef]
    as_of: str | None = None
    claims: list[ClaimView] = field(default_factory=list)
    answer_type: str = "thing"
    short_answer: str | None = None  # what the first sentence states: a date, a name, a figure, a verdict

    @property
    def found(self) -> bool:
        return bool(self.citations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question, "answer": self.answer, "found": self.found, "kind": self.kind,
            "as_of": self.as_of, "entities": [e.to_dict() for e in self.entities],
            "citations": [{"n": i, **c.to_dict()} for i, c in enumerate(self.citations, 1)],
            "claims": [c.to_dict() for c in self.claims],
            "answer_type": self.answer_type, "short_answer": self.short_answer,
        }


def _lemma_forms(words: list[str]) -> list[str]:
    """The lemmas a claim may carry for the question's words: their inflections and paraphrases."""
    forms: set[str] = set()
    for w in words:
        base = IRREGULAR.get(w, w)
        s = stem(w)
        forms |= {w, base, s, s + "e", s + "y"}
        forms |= related_lemmas(w)
    return sorted(forms)


def retrieve(store, q: Question, *, as_of: str | None) -> list[ClaimView]:
    """Candidate claims for a question: structure first, bounded at every step."""
    ids = q.entity_ids[:3]
    lemmas = _lemma_forms(q.words)
    keys: list[tuple[str, str]] = []
    for a, b in combinations(ids, 2):
        first, second = rarer(store, a, b)
        keys += store.claim_keys_linking(first, second, as_of=as_of, limit=RETRIEVE)
    for entity_id in ids:
        roles = ("subject", "object", "source")
        if lemmas:
            keys += store.entity_claim_keys(entity_id, roles=roles, lemmas=lemmas, as_of=as_of, limit=RETRIEVE)
        # what the entity did or had done to it, and what it said, each bounded on its own: a talkative
        # entity's quotes must not crowd its own older events out of the newest RETRIEVE
        keys += store.entity_claim_keys(entity_id, roles=("subject", "object"), as_of=as_of, limit=RETRIEVE)
        keys += store.entity_claim_keys(entity_id, roles=("source",), as_of=as_of, limit=RETRIEVE)
    if not ids and lemmas:
        keys += store.claim_keys_with_lemmas(lemmas, as_of=as_of, limit=RETRIEVE)
    return load_claim_keys(store, keys)


def _fields(claim: ClaimView, *, verb: bool = True) -> str:
    args = " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)
    verbs = [claim.predicate, claim.lemma] if verb else []
    return " ".join(filter(None, [*verbs, claim.object, claim.quote, args]))


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


def score(q: Question, claim: ClaimView, names: dict[int, set[str]]) -> Scored | None:
    """How well a claim answers the question; None when it leaves out a named entity."""
    total = 0.0
    for index, named in enumerate(q.entities[:3]):
        part = _involves(claim, named.entity.id, names.get(named.entity.id, set()))
        if part == 0:
            # the first entity must take part; a later one ("quit as Apple's CEO") may be left unsaid,
            # at a cost, except where a verdict rests on it
            if index == 0 or q.answer_type in ("yesno", "connection", "events", "timeline"):
                return None
            total -= 3
        total += 2 * part
    wanted = q.stems
    verb_words = [w for w in tokens(f"{claim.lemma or ''} {claim.predicate}") if w not in FUNCTION_WORDS]
    verb_stems = {stem(w) for w in verb_words}
    speech = bool(wanted & SPEECH_STEMS) and (bool(verb_stems & SPEECH_STEMS) or bool(claim.quote))
    v_stems, v_order = phrase_keys(" ".join(verb_words))
    verb_weight = max((match(w, v_stems, v_order, verb_words[:1]) for w in q.words), default=0.0)
    if speech:
        verb_weight = 1.0
    elif q.kind == "yesno" and verb_weight < 0.85 and q.predicate and \
            any(first_sense_says(q.predicate, v) for v in verb_words[:1]):
        verb_weight = 0.9  # "recovered" in its first sense says the asked "found" (lexicon.first_sense_says)
    elif q.kind == "yesno" and verb_weight < MANNER and bears_on(q.predicate, claim.lemma):
        verb_weight = MANNER  # "stabbed" is a manner of "injured?", "acquitted" the opposite of "convicted?": ranked
    # the verb is weighed above; the other fields (object, quote, arguments, and the subject when it is no
    # named entity: "three Internet cables were cut") by the words they cover
    named_subject = claim.subject_entity is not None and claim.subject_entity.id in q.entity_ids
    f_stems, f_order = phrase_keys(_fields(claim, verb=False) + ("" if named_subject else f" {claim.subject}"))
    s_stems = stems(claim.citation.text)
    per_word = [match(w, f_stems, f_order) for w in q.words]
    overlap = sum(1 for m in per_word if m >= 0.6)
    # words found in a long clause ("believes that … sentencing …") count less than in a short object
    density = min(1.0, 6 / max(6, len(f_stems)))
    total += 4 * verb_weight ** 2 + sum(per_word) * (1 + 1.5 * density) + 0.5 * len(wanted & s_stems)
    total += 0.5 * claim_weight(claim)
    if q.kind == "when" and not place(claim.time, claim.day).reported:
        total += 2
    if q.kind in ("why", "where") and answers.has_field(q, claim):
        total += 3
    if q.kind == "what" and speech and claim.quote:
        total += 2
    if q.answer_type == "quote":  # what someone said: their words, not what others say of them
        said_by = {e.id for e in (claim.subject_entity, claim.source_entity) if e}
        speaker = asked_speaker(q)
        if speaker is not None and others_words(claim, speaker, {w for n in names.get(speaker, ()) for w in tokens(n)}):
            return None  # "what did A say?": B's words (even about A) are no answer
        total += 3 * bool(claim.quote) + 2 * bool(q.entities and q.entities[0].entity.id in said_by)
    if q.kind == "yesno" and claim.status in yesno.SETTLED:
        total += 1
    return Scored(claim=claim, score=total, verb=verb_weight >= 0.6, overlap=overlap, verb_weight=verb_weight)


def _relevant(q: Question, scored: list[Scored]) -> list[Scored]:
    """Claims that match the question's words (all of them when it has none left)."""
    if not q.words:
        return scored
    return [s for s in scored if s.verb or s.overlap]


def mention_citations(store, q: Question, *, as_of: str | None, articles: int = 300,
                      limit: int = 2, referring: bool = True) -> list[Citation]:
    """Sentences that mention every question entity (by link, whatever words name it) and share the
    most content words with the question; read from each entity's newest ``articles`` articles. With
    ``referring``, a sentence that refers to an entity by "she" or "the actress" mentions it too (not for a
    verdict: whom "her" is may be read wrong, and "her mother was found dead" is no "yes" about her)."""
    names_only = not q.words and len(q.entities) >= 2  # "how are A and B connected?": any sentence naming both
    if not q.entities or not (q.words or names_only):
        return []
    keys: set[tuple[str, int]] | None = None
    refers: dict[int, set[tuple[str, int]]] = {}  # the sentences that say "he", "the actress" for one of them
    for named in q.entities[:3]:
        found = store.entity_mention_sentence_keys(named.entity.id, as_of=as_of, articles=articles)
        if referring:
            refers[named.entity.id] = referring_keys(store, named.entity.id, as_of=as_of, articles=articles)
            found |= refers[named.entity.id]
        keys = found if keys is None else keys & found
    wanted = q.stems
    scored = []
    for citation in mark(sentence_citations(store, sorted(keys or ())), refers):
        overlap = len(wanted & stems(citation.text)) or int(names_only)
        if overlap:
            scored.append((overlap, citation.published or "", citation))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [c for overlap, _, c in scored[:limit] if overlap == scored[0][0]]


#: How many sentences that name the question's entity, and say none of its other words, a span question reads
#: (and as many that refer to it without naming it).
NAMING = 12
#: How many of the entity's newest articles ``paraphrase_citations`` reads (``entity_sentence_keys``' default).
PARAPHRASE_ARTICLES = 30


def paraphrase_citations(store, q: Question, *, as_of: str | None, limit: int = 4,
                         naming: set[str] | None = None) -> list[Citation]:
    """Sentences of the first entity's newest articles (or, with no entity, found by full-text search for
    the question's words and their paraphrases) that cover the most of the question's words, paraphrases
    counted ("book" ~ "memoir"); with ``naming`` (the first entity's names), then up to ``NAMING`` of the
    other sentences that name it, newest first: an answer set beside a name ("Ann Lee, 25, ...", "Ann Lee, an
    attorney with X") says none of the question's words ("how old", "which group does she work for")."""
    if not q.words and not (naming and q.entities):
        return []
    refers: set[tuple[str, int]] = set()
    if q.entities:
        keys = store.entity_sentence_keys(q.entities[0].entity.id, as_of=as_of)
        candidates = sentence_citations(store, keys)
        if naming:
            first = q.entities[0].entity.id
            refers = referring_keys(store, first, as_of=as_of, articles=PARAPHRASE_ARTICLES)
            candidates = mark(candidates, {first: refers})
    else:
        terms = sorted({w for word in q.words for w in [word, *related_lemmas(word)] if w.isalpha()})[:60]
        candidates = [c for c in fts_citations(store, q, as_of=as_of, limit=40, words=terms)]
    scored, named, referring = [], [], []
    # each name's stems, read once: a sentence names it when its stems (read for the cover anyway) hold them all
    name_words = [{stem(w) for w in words} for words in (tokens(n) for n in naming or ()) if words]
    for citation in candidates:
        stems_, ordered = phrase_keys(citation.text)
        cover = sum(match(w, stems_, ordered) for w in q.words)  # WordNet only: vectors here cost too much
        if cover >= 0.6:
            scored.append((cover, citation.published or "", citation))
        elif any(words <= stems_ for words in name_words):
            named.append(citation)
        elif citation.key in refers:  # "she", "the actress": after the sentences that name her
            referring.append(citation)
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    # a name set off by a comma ("Ann Lee, 25,", "Ann Lee, an attorney with X") is followed by what she is: first
    apposed = _apposition(naming or set())
    named.sort(key=lambda c: (bool(apposed.search(c.text)), c.published or ""), reverse=True)
    referring.sort(key=lambda c: c.published or "", reverse=True)
    return [c for _, _, c in scored[:limit]] + named[:NAMING] + referring[:NAMING]


def _apposition(names: set[str]) -> re.Pattern[str]:
    """A pattern for one of the names set off by a comma ("Ann Lee , 25 , was ..."); one pattern for all of an
    entity's names, longest first, so a sentence is searched once."""
    return re.compile(rf"\b(?:{alternation(names) or '(?!x)x'})\s*,")


def search_citations(store, q: Question, *, as_of: str | None, limit: int = 3) -> list[Citation]:
    """The best full-text (BM25) sentences for the question: naming its entities (all of them) and any of
    its words; with no entity, any of its words (a store-wide OR is only affordable without a name to
    narrow it by when the question has nothing else)."""
    if q.entities:
        return fts_citations(store, q, as_of=as_of, limit=limit)
    return searched_citations(store, " ".join(q.words), limit=limit * 2, as_of=as_of)[:limit]


def fts_citations(store, q: Question, *, as_of: str | None, limit: int = 2,
                  words: list[str] | None = None, also: list[str] | None = None) -> list[Citation]:
    """Sentences that name every question entity and hold a content word (of ``words`` when given), and one of
    ``also`` when given (the words a question naming no one describes its subject by), best (BM25) first."""
    groups = [list(also)] if also else []
    for named in q.entities[:3]:
        phrases = {" ".join(tokens(named.text)), " ".join(tokens(named.entity.name))} - {""}
        groups.append(sorted(phrases))
    words = words or sorted({w for w in q.words if w.isalnum()})
    if words:
        groups.append(list(words))
    if not groups or (not words and q.kind != "what"):
        return []
    return sentence_citations(store, store.fulltext_sentence_keys(groups, as_of=as_of, limit=limit))


#: How many sentences back a quotation cut by the sentence splitter is followed to where it opens.
QUOTE_BACK = 3


def _unclosed(text: str) -> int:
    """Quotation marks a sentence opens minus those it closes (“ ” and `` '')."""
    return text.count("“") + text.count("``") - text.count("”") - text.count("''")


def whole_quotation(store, out: Composer, names: set[str]) -> Composer:
    """The answer with the start of its first quotation put before it, when the first cited sentence closes a
    quotation opened sentences earlier ("… at Betty Ford,” she said.": the words before are the speaker's too);
    the answer as it is otherwise."""
    first = out.citations[0]
    if _unclosed(first.text) >= 0 or first.sentence == 0:
        return out
    earlier = sentence_citations(store, [(first.article, i)
                                         for i in range(max(0, first.sentence - QUOTE_BACK), first.sentence)])
    opened = next((i for i in range(len(earlier) - 1, -1, -1) if _unclosed(earlier[i].text) > 0), None)
    if opened is None or not all(_unclosed(c.text) == 0 for c in earlier[opened + 1:]):
        return out
    whole = Composer(names)
    for citation in earlier[opened:]:
        whole.quote(citation)
    if all(sentence.startswith("“") for sentence in out.sentences):  # a quoted answer: the quotation in order
        for citation in out.citations:
            whole.quote(citation)
        return whole
    out.quote(earlier[opened])  # an answer in the engine's words: the quotation's start after it
    return out


def _names(text: str, names: set[str]) -> bool:
    """Whether the text names the entity by one of its names (all of that name's words)."""
    words = set(tokens(text))
    return any(set(tokens(n)) <= words for n in names if tokens(n))


def _names_part(text: str, names: set[str]) -> bool:
    """Whether the text names the entity by a word of one of its names ("Ardo's injury" for Nell Ardo), not
    only by a pronoun the store linked to it."""
    words = set(tokens(text))
    return any(w in words for n in names for w in tokens(n) if len(w) > 2)


def _says_verb(q: Question, claim: ClaimView) -> bool:
    """Whether the claim's verb is the question's predicate or a paraphrase of it."""
    if not q.predicate:
        return False
    stems_, ordered = phrase_keys(f"{claim.lemma or ''} {claim.predicate}")
    return match(q.predicate, stems_, ordered) >= 0.6


def _not_mentioned(q: QuestionAnalysis) -> str:
    names = " or ".join(q.missing)
    return f"{NOT_FOUND[:-1]}: the articles don't mention {names}."


def _nothing_answers(q: QuestionAnalysis, as_of: str | None) -> str:
    names = " and ".join(dict.fromkeys(n.entity.name for n in q.entities))
    if as_of:
        return f"{NOT_FOUND[:-1]}: nothing found about {names} up to {as_of} answers this."
    return f"{NOT_FOUND[:-1]}: the articles mention {names}, but nothing found answers this."


def _connection(a: Asking) -> bool:
    """"How are A and B connected?" naming two: what ties them in the claims between them."""
    if a.q.answer_type != "connection" or len(a.q.entities) < 2:
        return False
    a.used = answers.connection(a.store, a.q, a.out, as_of=a.as_of)
    return True


def _between(a: Asking) -> bool:
    """"What happened between A and B?": the claims that link the two, in time order."""
    if a.q.kind != "between" or len(a.q.entities) < 2:
        return False
    a.used = answers.between(a.store, a.q, a.out, as_of=a.as_of)
    return True


def _changed(a: Asking) -> bool:
    """"What changed for A since DATE?": A's claims after the date."""
    if a.q.kind != "changed" or not a.q.entities:
        return False
    a.used = answers.changed(a.store, a.q, a.out, as_of=a.as_of)
    return True


def _description(a: Asking) -> bool:
    """"Who is A?": what the articles call A, not any one claim of A's."""
    if a.q.answer_type != "description" or not a.q.entities:
        return False
    a.short = typed.description(a.store, a.q, a.out, as_of=a.as_of)
    return True


def _reaction(a: Asking) -> bool:
    """"How did A react to B?", when someone's reaction is found: the reactions, not B's own claims."""
    if reactions.asks_reaction(a.q.text) is None:
        return False
    short, used = reactions.reactions(a.store, a.q, a.out, as_of=a.as_of)
    if not used:
        return False
    a.short, a.used = short, used
    return True


def _said(a: Asking) -> bool:
    """"What did A say?" with a speaker found: the speaker's own words, not what others say of them."""
    if a.q.answer_type != "quote":
        return False
    a.speaker = quote_speaker(a.store, a.q, as_of=a.as_of)
    if a.speaker is None:
        return False
    a.short, a.used = answers.said(a.store, a.q, a.speaker, a.out, as_of=a.as_of)
    return True


def _events(a: Asking) -> bool:
    """"What happened to A (in 2019)?", "a timeline of …": a list of events, not one claim."""
    t = a.q.answer_type
    if t not in ("events", "timeline") or not (a.q.entities or a.q.start or a.q.end or t == "timeline"):
        return False
    a.short, a.used = typed.events(a.store, a.q, a.out, as_of=a.as_of)
    return True


#: Questions whose type has a reading of its own, tried in order; the first that applies answers, even with nothing
#: (the claims are ranked after it only when it wrote nothing).
BY_TYPE = (_connection, _between, _changed, _description, _reaction, _said, _events)


def _by_type(a: Asking) -> None:
    """First: a question of a type with a reading of its own (``BY_TYPE``) is answered by it."""
    for reading in BY_TYPE:
        if reading(a):
            return


def _rank(a: Asking) -> None:
    """Not answered yet: the claims retrieved for the question, scored, in its time bounds when it sets any, and
    ranked best first (``ranked``), for the steps that state claims."""
    if a.out:
        return
    scored = [s for c in retrieve(a.store, a.q, as_of=a.as_of) if (s := score(a.q, c, a.names))]
    if a.q.start or a.q.end:
        scored = [s for s in scored if when_of(s.claim).overlaps(a.q.start, a.q.end)] or scored
    a.ranked = sorted(_relevant(a.q, scored), key=lambda s: (s.score, s.claim.day or ""), reverse=True)


def _told(a: Asking, limit: int = 4) -> tuple[list[Citation], list[Scored]]:
    """The sentences that name every question entity and say the most of its words, and their claims, read only when
    no ranked claim says the asked thing ("residents in X felt it": X is no argument the entity links reach)."""
    store, q, as_of, names = a.store, a.q, a.as_of, a.names
    found = mention_citations(store, q, as_of=as_of, articles=TOLD_ARTICLES, limit=limit, referring=False)
    if len(q.entities) <= 1:  # "does A's knee need an operation?": "A's injury does not require surgery"
        # (a sentence that names A, not one that only refers to A: a verdict's sentence says whom of);
        # a question naming no one ("was a weapon found?") by its words and their paraphrases
        seen = {c.key for c in found}
        found += [c for c in paraphrase_citations(store, q, as_of=as_of, limit=limit)
                  if c.key not in seen and (not q.entities or _names_part(c.text, names[q.entities[0].entity.id]))]
    if q.predicate and stem(q.predicate) in polarity.SPOKE_AT_ALL:  # "has A commented?": A's silence
        seen = {c.key for c in found}
        found += [c for c in fts_citations(store, q, as_of=as_of, limit=limit, words=polarity.SILENCE_WORDS)
                  if c.key not in seen]
    if q.entities and q.predicate and stem(q.predicate.split()[0]) in polarity.CAPTURING:  # "has A been caught?"
        seen = {c.key for c in found}  # A still at large
        found += [c for c in fts_citations(store, q, as_of=as_of, limit=limit, words=polarity.AT_LARGE_WORDS)
                  if c.key not in seen]
    opposed = _opposite_words(q)
    subject = subject_words(q)  # "did the visitors win?" names no one: its subject's words, "visitors"
    if opposed and (q.entities or subject):  # "was A rescued alive?": "A is presumed dead" says no asked word
        seen = {c.key for c in found}
        found += [c for c in fts_citations(store, q, as_of=as_of, limit=limit, words=opposed, also=subject)
                  if c.key not in seen]
    keys = store.claim_keys_in_sentences([(c.article, c.sentence) for c in found])
    return found, [s for c in load_claims(store, keys, shown_only=False)
                   if yesno.may_decide(q, c) and (s := score(q, c, names))]


def _opposite_words(q: Question) -> list[str]:
    """WordNet's one-word opposites of the question's words that it does not say itself ("dead" for "rescued
    alive?", "lose" and "lost" for "win?"): a sentence that says the opposite of the asked thing may share none of its words,
    so it is searched for by these (``frames.opposite`` then decides with its own checks)."""
    asked = set(q.words)
    opposed = {o for w in q.words for o in opposite_words(w) if o.isalpha() and o not in asked}
    # the full-text index stems by rule, so an irregular form is searched for as itself ("lost" for "lose")
    return sorted(opposed | {form for form, base in IRREGULAR.items() if base in opposed})


def _yes_no(a: Asking) -> bool:
    """A yes/no question: a verdict from the ranked claims (or the sentences ``_told`` reads), never a bare claim."""
    q = a.q
    if q.answer_type != "yesno":
        return False
    leaving = q.still or bool(q.predicate and stem(q.predicate) in ending.ASKS_LEAVING)
    still = load_claims(a.store, a.store.entity_claim_keys(q.entity_ids[0], roles=("subject", "object"),
                                                           as_of=a.as_of, lemmas=sorted(ending.ENDING_LEMMAS),
                                                           limit=20)) if leaving and q.entities else []
    a.short, a.used = yesno.yes_no(a.store, q, a.ranked, a.out, a.names, still, told=partial(_told, a))
    return True


def _source(a: Asking) -> bool:
    """"Who reported …?": the ranked claims' sources."""
    if a.q.kind != "who" or not a.q.asks_source:
        return False
    a.used = answers.source(a.store, a.q, a.ranked, a.out)
    return True


def _span_or_reason(a: Asking) -> bool:
    """A question that asks for a span (a date, a person, a figure …) or a reason: read from the ranked claims and
    from the sentences that name the entities or say the question's words (kept in ``sentences``)."""
    store, q, as_of, t = a.store, a.q, a.as_of, a.q.answer_type
    if t not in typed.SPAN_TYPES and t != "reason":
        return False
    a.sentences = mention_citations(store, q, as_of=as_of, limit=4) or fts_citations(store, q, as_of=as_of, limit=4)
    # (not a title: any quotation beside a name looks like one; nor a reason, which no span states)
    naming = a.names.get(q.entities[0].entity.id) if q.entities and t not in ("reason", "title") else None
    a.sentences += paraphrase_citations(store, q, as_of=as_of, limit=12 if t == "reason" else 4, naming=naming)
    a.sentences += search_citations(store, q, as_of=as_of)
    if t == "reason":
        a.short, a.used = typed.reason(store, q, a.ranked, a.sentences, a.out, as_of=as_of)
    else:
        a.short, a.used = typed.state_span(store, q, a.ranked, a.sentences, a.out, a.all_names, as_of=as_of)
    return True


#: What the ranked claims answer by the question's kind, tried in order; the first that applies answers.
BY_KIND = (_yes_no, _source, _span_or_reason)


def _by_kind(a: Asking) -> None:
    """With claims ranked: a question of a kind that needs more than the best claim (``BY_KIND``) is answered by it."""
    if a.ranked is None:
        return
    for reading in BY_KIND:
        if reading(a):
            return


def _best_claims(a: Asking) -> None:
    """Still nothing, with claims ranked: the best one (two for a "what" or "who") stated, and its short answer."""
    if a.out or not a.ranked:
        return
    q, t = a.q, a.q.answer_type
    ranked = [s for s in a.ranked if not _speaker_named_within(a, s.claim) and _on_topic(a, s.claim)] \
        if t == "quote" else a.ranked
    if not ranked:
        return
    a.used = answers.best_claims(q, ranked, a.out, most=1 if q.kind in ("why", "where", "yesno") else 2)
    if t == "reason" and a.used and answers.why_arg(a.used[0]) and q.predicate and not _says_verb(q, a.used[0]):
        # the reason of another act ("was using his left hand to block jabs" for "why did A resign?") is no reason
        # why the asked one happened, nor a sign that it did: the sentence is quoted, nothing is stated
        a.out, a.short = Composer(a.all_names), None
        a.out.quote(a.used[0].citation)
        return
    if a.used and a.short is None and t in ("thing", "reason", "quote") and (t != "quote" or _speech(a.used[0])):
        a.short = answers.short_of(q, a.used[0])
    if t == "thing" and a.short and a.used and (_only_asked_names(a, a.short) or _agent_object(a.used[0]) or
                                                _restates(q.predicate, a.short)):
        a.short = None  # "what is A's nickname?": "A" (the clause "B called A"), "what sentence did A get?": a judge,
        # "how did A die?": "A and B may have died"


#: Pronouns a speaker may be given by ("…, *he* said"): the store resolves them, and may resolve them wrong.
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})


def _speaker_named_within(a: Asking, claim: ClaimView) -> bool:
    """A report whose speaker the article gives only by a pronoun ("…, he said"), resolved to someone that what
    is said names by name ("*Vance* agreed not to …, he said"): a speaker is not named in the third person in
    his own report, so the pronoun is another's (the previous speaker's) and the words are not the named one's."""
    said = f"{claim.object or ''} {claim.quote or ''}"
    if claim.subject_entity is None or str(claim.args.get("subject_text", "")).lower() not in _SPEAKER_PRONOUNS:
        return False
    names = a.names.get(claim.subject_entity.id) or {claim.subject_entity.name}
    words = set(tokens(said))
    return any(w in words for n in names for w in tokens(n) if w[:1].isalpha() and w not in FUNCTION_WORDS)


def _on_topic(a: Asking, claim: ClaimView) -> bool:
    """Whether a speech claim's sentence names the person a "what did A say about B?" asks of (B, by any of B's
    names); always true with no such topic. Words that name neither B nor anything of B are no words about B,
    however direct (``quotes.said_about`` reads A's quote runs the same way); a group or a thing ("Cubans", "the
    visit") may be spoken of in other words ("it's okay to be enthusiastic"), so it is not held to its name."""
    topics = [named for named in (a.speaker.topics if a.speaker else []) if named.entity.type == "PERSON"]
    if not topics:
        return True
    return any(_names(claim.citation.text, (a.names.get(named.entity.id) or {named.entity.name}) | {named.text})
               for named in topics)


def _only_asked_names(a: Asking, short: str) -> bool:
    """Whether a short answer says nothing but the question's own names: what a question asks of A is never A."""
    return says_only(short, {w for n in a.all_names for w in tokens(n)})


def _restates(predicate: str | None, short: str) -> bool:
    """Whether a short answer says nothing but names (written with a capital) and the question's own verb ("A and
    B may have died" for "how did A die?"): it tells who did the asked act, which the question gave, not what
    it asks (the manner, the thing)."""
    if not predicate:
        return False
    said = [w for _s, _e, w in token_spans(short) if w.lower() not in FUNCTION_WORDS and w[:1].isalnum()]
    verb = [w for w in said if stem(w.lower()) == stem(predicate)]
    return bool(verb) and all(w in verb or w[:1].isupper() for w in said)


def _agent_object(claim: ClaimView) -> bool:
    """A passive claim whose object is its doer ("is to be sentenced *by* Judge Ann Lee"): a "what …" answer
    from it would name the one who acts as the thing asked for."""
    words = claim.predicate.split()
    return claim.args.get("voice") == "passive" and bool(words) and words[-1].lower() == "by"


def _speech(claim: ClaimView) -> bool:
    """Whether a claim gives words someone said (a quote, or a verb of saying): only such a claim's words answer
    "what did A say?" ("A recommended 'The Long Road'" says what A did, and the title is no words of A's)."""
    return bool(claim.quote) or claim.lemma in SAID_LEMMAS


def _near_in_article(a: Asking) -> None:
    """A connection no claim states: the two named near each other in one article."""
    if not a.out and a.q.answer_type == "connection" and len(a.q.entities) >= 2:
        answers.near_in_article(a.store, a.q, a.out, as_of=a.as_of)


def _quoted_mention(a: Asking) -> None:
    """Still nothing: the sentences that name the entities and say the question's words, quoted (a yes/no question
    gets a verdict on the first)."""
    if a.out:
        return
    q, t = a.q, a.q.answer_type
    for citation in mention_citations(a.store, q, as_of=a.as_of, referring=t != "yesno") or fts_citations(
            a.store, q, as_of=a.as_of):
        if t == "yesno":  # a yes/no question gets a verdict, never a bare quotation
            a.short = yesno.sentence_verdict(q, citation, a.names) or yesno.DONT_SAY
            a.out.quote(citation, lead=f"{a.short}; nearest: " if a.short == yesno.DONT_SAY else f"{a.short}: ")
            break
        a.out.quote(citation)


def _fulltext(a: Asking) -> None:
    """The safety net for the ``FULLTEXT_TYPES``: a sentence that says the question better than the answer's evidence
    takes its place, and a span that another sentence or another event contradicts is quoted, not stated."""
    store, q, t, all_names = a.store, a.q, a.q.answer_type, a.all_names
    # "who reported …" is answered by a claim's source, which no sentence's words say better
    if t not in FULLTEXT_TYPES or (q.asks_source and a.out):
        return
    best = a.best()
    if t == "quote" and (who := asked_speaker(q) or (a.speaker and a.speaker.entity)):  # A's words name A
        # (or come via ``said``)
        best = [(cover, c) for cover, c in best if _names(c.text, a.names.get(who) or names_of(store, [who]))]
        if a.speaker is not None and a.out and quoted_spans(a.out.citations[-1].text):
            # the speaker's own quoted words were found: a reporter's sentence about the speaker that quotes
            # nothing is no better answer to what they said, however many of the question's words it says
            best = [(cover, c) for cover, c in best if quoted_spans(c.text)]
    # a span in the words of a claim that says the question's verb ("left … on Thursday" for "get out")
    # holds against a sentence that merely shares one more word with the question
    short, used, out = a.short, a.used, a.out
    strong = short is not None and bool(used) and _says_verb(q, used[0]) and (
        typed.in_claim(short, used[0]) or (bool(q.asks_subject) and typed.subject_of(short, used[0])))
    strong = strong or (short is not None and typed.beside_name(q))  # "Ann Lee, an attorney with X"
    strong = strong or (bool(out) and typed.kind_entitled(q, out.citations[0], short))  # "Ann Lee, the mayor" for
    # "which mayor …"
    # "the Tanzanian capital of Dar es Salaam" for "in which Tanzanian city …"
    # (when the sentence says the asked event: "the Gulf Coast town of Daphne" where she grew up is no answer to
    # "in which town is her clinic?")
    strong = strong or (bool(out) and beside_kind(q, out.citations[0], short, {w for n in all_names for w in tokens(n)})
                        and fulltext.says_predicate(q, out.citations[0]))
    find = (lambda c: typed.spans_in(store, q, c, all_names)) if t in typed.SPAN_TYPES else None
    # a cause or a name quoted before the sentence that says the event: that sentence's cover counts
    mine = fulltext.engine_cover(q, out, any_cited=t in ("reason", "person"))
    taken = fulltext.answer_from(q, best, all_names, find, mine=mine,
                                 need=fulltext.needed(q, out, short, strong),
                                 spanned=short is not None and t in typed.SPAN_TYPES,
                                 quoted=short is None and fulltext.quoted_only(out),
                                 current=out.citations[0] if out else None,
                                 follow=lambda cs: fulltext.next_sentences(store, cs))
    if taken and not (t == "date" and typed.finer_date(short, taken[1])):
        (out, short), used, strong = taken, [], False
        if short is not None and out.citations[-1].key in a.lifted:
            # a span read from a sentence only the learned order put first is a guess against the sentence whose
            # words say the most: the two disagree, so both are quoted (as ``rival`` does), words' first, and
            # nothing is stated
            lifted = out.citations[-1]
            out, short = Composer(all_names), None
            for citation in [next((c for _, c in best if c.key not in a.lifted), None), lifted]:
                if citation is not None:
                    out.quote(citation)
        if t == "reason" and short is None:  # the sentence that says the event best: its cause may follow it
            out, short = typed.cause_after(store, out) or (out, short)
    # (a date by its value: "1923" and "April 22, 1923" agree; not a title, which any quotation may look like)
    if short is not None and find is not None and out and not strong and t != "title":
        # another sentence says the question as fully and holds another span: quote both, state neither
        first = out.citations[0]
        other = fulltext.rival(q, best, find, short=short, current=first)
        if other is not None:
            out, short, used = Composer(all_names), None, []
            for citation in sorted((first, other), key=lambda c: -fulltext.coverage(q, c.text)):
                out.quote(citation)
    if short is not None and find is not None and out and not strong and \
            all(fulltext.off_topic(q, c, short) for c in out.citations):  # its evidence tells of another
        # event (none of its sentences says the question: a name told after the event's sentence keeps it)
        first, out, short, used = out.citations[0], Composer(all_names), None, []
        out.quote(first)
    fulltext.second_sentence(q, out, short, best, find)  # a span-holding sentence beside it
    a.out, a.short, a.used = out, short, used


def _doubted(a: Asking) -> None:
    """A short answer its own sentence makes doubtful (``fits.doubt``: the owner of the asked thing, the bare sayer
    of the sentence, a value of lists paired "respectively") is not stated first: the sentence is quoted, which
    still holds the answer when it is there."""
    if a.short is None or not a.out or a.q.answer_type not in typed.SPAN_TYPES:
        return
    first = a.out.citations[0]
    if doubt(a.q, a.short, first) is not None:
        a.out, a.short, a.used = Composer(a.all_names), None, []
        a.out.quote(first)


def _unclipped(a: Asking) -> None:
    """No span of the asked type was found, or none is asked for: the reader gets the first sentence itself, which a
    clause cut from it may have left the answer out of ("found dead [1]" for "… found dead only hours after his
    arrest"). So for a list of events no dated lines were written for: its first sentence tells when."""
    t = a.q.answer_type
    if ((t in (*typed.SPAN_TYPES, "events", "timeline") and a.short is None) or t == "thing") and a.out and \
            a.out.citations:
        a.out.quote_if_clipped(a.out.citations[0])


def _whole_quote(a: Asking) -> None:
    """A quote answer: the quotation from where it opens, and on to the words a colon introduces ("X was blunt:")."""
    if a.q.answer_type == "quote" and a.out:
        a.out = whole_quotation(a.store, a.out, a.all_names)
        if (words := introduced(a.store, a.out.citations[-1])) is not None:
            a.out.quote(words)


def _searched(a: Asking) -> None:
    """Always: the answer is never worse than a search for the question's words (``answers.with_searched``)."""
    answers.with_searched(a.store, a.q, a.out, a.short, as_of=a.as_of)


def _shared_described(a: Asking) -> None:
    """A question with no name whose description several people share ("how old was the victim?" of a story with
    two victims): say so, and give neither's figure as the answer (one stated first is taken back)."""
    q = a.q
    if q.entities or q.answer_type == "yesno":
        return
    shared = shared_description(a.store, q.text, read=q.described)
    if shared is not None and say_shared(a.store, shared, a.out, as_of=a.as_of):
        if a.short:
            a.out.unstate(a.short)
        a.short = None


#: The answering strategy, in order: each step answers what those before left unanswered, or mends their answer.
STEPS = (
    _by_type,
    _rank,
    _by_kind,
    _best_claims,
    _near_in_article,
    _quoted_mention,
    _fulltext,
    _doubted,
    confidence.gate,
    _unclipped,
    _whole_quote,
    _searched,
    _shared_described,
)


def ask(store, question: str, *, as_of: str | None = None) -> Answer:
    """Answer ``question`` from the store: the short answer first, every sentence citing its evidence."""
    q = read_question(store, question)
    as_of = as_of or q.as_of
    result = Answer(question=question, answer=NOT_FOUND, citations=[], kind=q.kind,
                    entities=[n.entity for n in q.entities], as_of=as_of, answer_type=q.answer_type)
    if q.missing:
        result.answer = _not_mentioned(q)
        return result
    names = {n.entity.id: names_of(store, [n.entity.id]) for n in q.entities}
    all_names = set().union(*names.values()) if names else set()
    a = Asking(store=store, q=q, as_of=as_of, names=names, all_names=all_names, out=Composer(all_names))
    for step in STEPS:
        step(a)
    result.answer, result.citations, result.claims = a.out.text, list(a.out.citations), a.used
    if not a.out and q.entities:  # a bare "not found" would read as if the store knew nothing of them
        result.answer = _nothing_answers(q, as_of)
    result.short_answer = a.short if a.out else None
    return result
