"""One answer writer per kind of question, each saying ranked claims through the composer.

Every writer takes claims already ranked for the question (``ask.score``)
and says the few that answer it: a verdict from the newest settled status for
yes/no (``yesno``), a source for "who reported", the purpose or reason for "why", the time
for "when", the place for "where", a path for "how are A and B connected", the
events in time order for "what happened between", the newest reports for
"what changed since". Each sentence goes through ``Composer`` (checked against
its citations, quoted when a clause is not backed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .compose import Composer, described_as
from .connect import both_described, connect, tie
from .describe import descriptions_of
from .graph import rarer
from .load import load_claims, searched_citations, sentence_citations, sentence_with
from .phrases import arg_text, clause, verb_stem
from .questions import Question
from .timeline import BOUNDED, event_key, group_events
from ..lexicon.status import REQUEST
from .types import Citation, ClaimView
from .weigh import claim_weight
from .when import place
from .words import FUNCTION_WORDS, says_only, tokens

WHY_ARGS = ("purpose", "reason", "cause")
WHERE_ARGS = ("location", "place", "where", "channel", "platform")
#: The arguments a short answer says (the others stay in the cited sentence).
SHORT_ARGS = ("purpose", "reason", "cause", "topic", "channel")



#: A question that asks for a span by its wording ("which witness …", "by how much …") though no kind noun typed
#: it: a clause in the engine's words is no answer to it either.
ASKS_SPAN = re.compile(r"^\s*(?:\w+\s+){0,2}(?:which\s+[\w-]+|how\s+(?:many|much|far|long|old|big))\b",
                       re.IGNORECASE)


def why_arg(claim: ClaimView, keys: tuple[str, ...] = WHY_ARGS) -> str | None:
    """A claim's own reason, cause or purpose, first of ``keys``; not the "to"-clause of a verb of asking
    (``lexicon.status.REQUEST``: "asked the media to keep names quiet", "urged him to resign"): that says what was
    asked for, not why."""
    for key in keys:
        text = arg_text(claim.args.get(key))
        # (a purpose "for" leads is the verb's own: "invited the band for a reason")
        if text and not (key == "purpose" and (claim.lemma or "").lower() in REQUEST
                         and not text.lower().startswith("for ")):
            return text
    return None


def short_of(q: Question, claim: ClaimView) -> str | None:
    """The short answer a claim-level answer states: the quote, the reason, else the object (none for a question
    that asks for a span by its wording: ``best_claims`` quoted the sentence, whose object is no checked span)."""
    if q.answer_type == "thing" and ASKS_SPAN.match(q.text):
        return None
    # what was done ("fired Jim Lee") or said ("'he was a kind boy,' she wrote") is no reason why: only the claim's
    # own reason is stated, else the sentence alone stands
    if q.answer_type == "reason":
        return why_arg(claim)
    if claim.quote:
        return " ".join(claim.quote.split())
    if claim.object and _echoes(q, claim.object):
        return None  # "What weapon was found at the scene?": "the scene" only says the question back
    return claim.object or clause(claim)


def _echoes(q: Question, phrase: str) -> bool:
    """Whether every word of ``phrase`` but its function words is one of the question's own words or of the names it
    asks about: such an object tells the reader nothing the question did not ("the officers' weapons" for "what
    weapons did he take from the officers?")."""
    said = set(tokens(q.text)) | {w for n in q.entities for w in tokens(f"{n.text} {n.entity.name}")}
    return says_only(phrase, said | {w.rstrip("s") for w in said})


def _named_source(claim: ClaimView) -> str | None:
    """Who the article says says so, when it names someone (not just the outlet itself)."""
    if claim.source_kind == "outlet":
        return None
    return claim.source or (claim.source_entity.name if claim.source_entity else None)


def _same_event(a: ClaimView, b: ClaimView) -> bool:
    """Whether ``b`` tells of the event ``a`` is about: the same verb and (at least) the same participants."""
    return verb_stem(a) == verb_stem(b) and bool(a.entity_ids()) and a.entity_ids() <= b.entity_ids()


def source(store, q: Question, ranked: Sequence, out: Composer) -> list[ClaimView]:
    """Who reported it: the best claim's named source, else one named for the same event in the same
    article, else the outlet that published it."""
    if not ranked:
        return []
    best = ranked[0].claim
    if _named_source(best) is None:
        sourced = [s.claim for s in ranked[1:]
                   if s.claim.article == best.article and _named_source(s.claim) and _same_event(best, s.claim)]
        if sourced:
            out.claim(best, args=SHORT_ARGS)
            return [best, *_with_source(store, sourced[0], out)]
        if best.citation.source:
            out.claim(best, lead=f"According to {best.citation.source}, ", args=SHORT_ARGS)
            return [best]
        return []
    return _with_source(store, best, out)


def _with_source(store, claim: ClaimView, out: Composer) -> list[ClaimView]:
    name = _named_source(claim)
    found = sentence_with(store, claim.article, name, near=claim.citation.sentence) if name else None
    more = [found] if found and found.key != claim.citation.key else []
    if _says_of_itself(claim, name):  # "According to A, A will cut 13,000 jobs": its own words say who says it
        out.quote(claim.citation, lead=f"According to {name}, ", more=more)
        return [claim]
    out.claim(claim, lead=f"According to {name}, ", more=more, args=SHORT_ARGS)
    return [claim]


def _says_of_itself(claim: ClaimView, source: str) -> bool:
    """Whether a claim's source is its own subject (by link or by name): "according to" it would name it twice."""
    if claim.source_entity is not None and claim.subject_entity is not None:
        return claim.source_entity.id == claim.subject_entity.id
    return " ".join(source.lower().split()) == " ".join(claim.subject.lower().split())


def has_field(q: Question, claim: ClaimView) -> bool:
    """Whether a claim holds what the question's kind asks for (a reason, a place, a stated time)."""
    if q.kind == "why":
        return why_arg(claim) is not None
    if q.kind == "where":
        return any(claim.args.get(k) for k in WHERE_ARGS)
    if q.kind == "when":
        return not place(claim.time, claim.day).reported
    return True


def _args_for(q: Question) -> tuple[str, ...]:
    return {"why": WHY_ARGS, "where": WHERE_ARGS, "when": ()}.get(q.kind, SHORT_ARGS)


def best_claims(q: Question, ranked: Sequence, out: Composer, *, most: int) -> list[ClaimView]:
    """The best claims (distinct events, nearly as good as the best), said as clauses.

    When some claims hold what the kind asks for (a reason, a place, a time),
    only those are said; when none does, the best claim's sentence is quoted,
    since the words may be there without a field for them.
    """
    fitting = [s for s in ranked if has_field(q, s.claim)]
    if q.kind == "who":  # the answer is someone the question does not name
        asked = set(q.entity_ids)
        fitting = [s for s in fitting if s.claim.entity_ids() - asked]
        if not fitting:
            return []
    if not fitting:
        if q.kind in ("why", "where") and ranked:
            out.quote(ranked[0].claim.citation)
            return [ranked[0].claim]
        fitting = list(ranked)
    best = fitting[0].score if fitting else 0
    # one event told by several sentences is said once, citing them all
    events: dict[tuple, list[ClaimView]] = {}
    for s in fitting:
        if s.score >= best * 0.75:
            key = event_key(s.claim) if q.kind == "when" else event_key(s.claim)[:3]
            events.setdefault(key, []).append(s.claim)
    used: list[ClaimView] = []
    from .typed import SPAN_TYPES

    for claims in list(events.values())[:most]:
        claim = claims[0]
        if q.answer_type in SPAN_TYPES or (q.answer_type == "thing" and ASKS_SPAN.match(q.text)):
            # no span of the asked type was found: a clause in the engine's words would read as the answer, so the
            # reader gets the sentence itself, which may hold the answer in words no finder reads
            out.quote(claim.citation)
            used.append(claim)
            continue
        tail = f", reported on {claim.day}" if q.kind == "when" and not has_field(q, claim) and claim.day else ""
        more = [c.citation for c in claims[1:] if c.citation.key != claim.citation.key]
        out.claim(claim, with_time=q.kind == "when", tail=tail, more=more, args=_args_for(q))
        if q.answer_type == "connection":  # how they are linked may be in the words the clause left out
            out.quote_if_clipped(claim.citation)
        used.append(claim)
    return used


def connection(store, q: Question, out: Composer, *, as_of: str | None) -> list[ClaimView]:
    """The two weightiest direct claims (different verbs), then the best path through another entity."""
    a, b = q.entities[0].entity, q.entities[1].entity
    # an apposition's own words first ("A, B's father,"): a description the reader kept may be cut short
    described = (tie(store, a, b, out, as_of=as_of) or _describes(store, a, b, out, as_of=as_of)
                 or _describes(store, b, a, out, as_of=as_of))
    if not described:
        described = both_described(store, a, b, out, as_of=as_of, shared_only=True)
    result = connect(store, a, b, as_of=as_of, max_paths=3)
    used: list[ClaimView] = []
    if result.direct and result.direct.claims and result.direct.co_mentions:
        out.quote(result.direct.co_mentions[0])  # the sentence that names both often says how
    if result.direct:
        verbs: set[str] = set()
        for claim in result.direct.claims:
            if len(used) < 2 and verb_stem(claim) not in verbs:
                verbs.add(verb_stem(claim))
                out.claim(claim, args=SHORT_ARGS)
                if not used:  # "the suspect had worked at Acme" leaves out the sentence's "was let go by …"
                    out.quote_if_clipped(claim.citation)
                used.append(claim)
        if not result.direct.claims and result.direct.co_mentions:
            out.quote(result.direct.co_mentions[0])
    for path in result.paths[:1]:
        for step in path.edges:
            if step.claims:
                out.claim(step.claims[0], args=SHORT_ARGS)
                used.append(step.claims[0])
            elif step.co_mentions:
                out.quote(step.co_mentions[0])
    return used


#: How many of each entity's newest articles are read for one that names both, and how many sentences apart
#: their nearest mentions may be.
NEAR_ARTICLES = 100
NEAR_SENTENCES = 3


def near_in_article(store, q: Question, out: Composer, *, as_of: str | None) -> bool:
    """For "how are A and B connected?" with no claim, sentence or path between them: the nearest mentions
    of the two in one article, a few sentences apart at most (A's before B's first: a pronoun stands for a
    name said before it), quoted in the article's order ("Jobs … . In 1986 he bought Pixar …"). False when
    no article names both so near."""
    a, b = q.entities[0].entity, q.entities[1].entity
    mine = store.entity_mention_sentence_keys(a.id, as_of=as_of, articles=NEAR_ARTICLES)
    theirs = store.entity_mention_sentence_keys(b.id, as_of=as_of, articles=NEAR_ARTICLES)
    by_article: dict[str, list[int]] = {}
    for article, index in mine:
        by_article.setdefault(article, []).append(index)
    pairs = sorted((i > j, abs(i - j), article, i, j) for article, j in theirs for i in by_article.get(article, ())
                   if abs(i - j) <= NEAR_SENTENCES)
    if not pairs:
        return False
    *_, article, i, j = pairs[0]
    for citation in sentence_citations(store, sorted({(article, i), (article, j)}, key=lambda k: k[1])):
        out.quote(citation)
    both_described(store, a, b, out, as_of=as_of, shared_only=False)  # mentions near each other say little: who each is
    return True


def _describes(store, entity, other, out: Composer, *, as_of: str | None) -> bool:
    """Say a description of ``entity`` that names ``other`` ("Reid's publicist"), if articles give one."""
    from .entities import names_of

    names = [set(tokens(n)) for n in names_of(store, [other.id]) if tokens(n)]
    for d in descriptions_of(store, entity.id, as_of=as_of):
        words = set(tokens(d.text))
        if d.citations and any(n <= words for n in names) and \
                out.add(described_as(entity.name, d.text), d.citations[:2]):
            return True
    return False


def between(store, q: Question, out: Composer, *, as_of: str | None) -> list[ClaimView]:
    """The newest four events between two entities, in the order they happened."""
    first, second = rarer(store, q.entities[0].entity.id, q.entities[1].entity.id)
    entries = group_events(load_claims(store, store.claim_keys_linking(first, second, as_of=as_of, limit=50)))
    used = []
    for entry in entries[-4:]:
        claim = entry.claims[0]
        out.claim(claim, with_time=True, more=[c.citation for c in entry.claims[1:]], args=SHORT_ARGS)
        used.append(claim)
    return used


def changed(store, q: Question, out: Composer, *, as_of: str | None) -> list[ClaimView]:
    """The three newest events reported about an entity after the question's day."""
    entity_id = q.entities[0].entity.id
    claims = load_claims(store, store.entity_claim_keys(entity_id, since=q.since, as_of=as_of, limit=20))
    claims.sort(key=lambda c: (c.day or "", claim_weight(c)), reverse=True)
    used = []
    seen: set[tuple] = set()
    for claim in claims:
        if len(used) >= 3:
            break
        if event_key(claim)[:3] in seen:
            continue
        seen.add(event_key(claim)[:3])
        out.claim(claim, with_time=True, tail=f" (reported {claim.day})" if claim.day else "", args=SHORT_ARGS)
        used.append(claim)
    return used


def said(store, q: Question, speaker, out: Composer, *, as_of: str | None) -> tuple[str | None, list[ClaimView]]:
    """"What did A say about B?": A's quote run that best says B (and the question's other words), its
    sentences quoted in order (``quotes.said_about``), and A's words in it as the short answer; nothing when
    none says it. ``speaker`` (``speakers.Speaker``) is A, named or found by the role the question asks by."""
    from .entities import names_of
    from .quotes import inside, quoted_spans, said_about

    topics = [[set(tokens(n)) for n in names_of(store, [named.entity.id]) | {named.text} if tokens(n)]
              for named in speaker.topics[:2]]
    found = said_about(store, speaker.entity, topics, [w for w in q.words if w not in speaker.naming],
                       as_of=as_of, person=any(named.entity.type == "PERSON" for named in speaker.topics[:2]),
                       question=q.text)
    if not found:
        return None, []
    for run in found:
        for citation in run.sentences:
            out.quote(citation)
    # the speaker's words: what the run quotes, not the reporter's sentence that leads into it
    quoting = [c for c in found[0].sentences[found[0].lead:] if quoted_spans(c.text)] or found[0].sentences
    words = " ".join(" ".join(inside(c.text).split()) for c in quoting).strip()
    own = {w for n in names_of(store, [speaker.entity]) for w in tokens(n)} | set(speaker.naming)
    # "the first chants of 'Reddy!'": a crowd's call of A's name is no words of A's (the sentences stay quoted)
    return None if names_only(words, own) else words, [s.claim for s in found if s.claim is not None]


def names_only(quoted: str, own: set[str]) -> bool:
    """Whether quoted words are nothing but words of the speaker's own names ("Reddy!"): a chant or a call of the
    speaker, not what the speaker said."""
    words = set(tokens(quoted))
    return bool(words) and words <= own


#: Answer types whose answer also quotes the sentence a search for the question's own words ranks first, when it
#: states no short answer (a date, a length, a title) or states none by its type (a list of events, a timeline, who
#: someone is, "what did X do …": a clause in the engine's words).
SEARCHED_TYPES = ("date", "duration", "title", "events", "timeline", "description", "thing")
#: How many sentences a search for the question's words reads (the first one taken that is not a question).
SEARCHED = 3


def searched_sentence(store, q: Question, *, as_of: str | None) -> Citation | None:
    """The sentence a reader with a search box finds first for the question's own words (BM25 over every word
    that is no function word; a sentence naming the question's entities, when it names some: a store-wide search
    for a common word costs too much at scale, and the sentence that answers a question about someone names them):
    news states a fact in the words a reporter asks it by ("How long will the process take?" — "the process would
    take between 60 and 90 days"), so an answer that states no short answer quotes this sentence too, and is never
    worse than the search. None when the search finds nothing (a question or a web address states nothing)."""
    named = {w for n in q.entities[:3] for w in [*tokens(n.text), *tokens(n.entity.name)]}
    words = list(dict.fromkeys(w for w in tokens(q.text) if w not in FUNCTION_WORDS and w.isalnum() and w not in named))
    if q.entities:
        groups = [sorted({" ".join(tokens(n.text)), " ".join(tokens(n.entity.name))} - {""}) for n in q.entities[:3]]
        # the names must be said, the other words weigh in the ranking but need not be ("the general secretary of
        # the union, Ann Lee" answers "what position does Ann Lee hold?")
        rank = [*groups[0], *words]
        found = sentence_citations(store, store.fulltext_sentence_keys([*groups, rank], as_of=as_of, limit=SEARCHED))
    elif words:
        found = searched_citations(store, " ".join(words), limit=SEARCHED, as_of=as_of)
    else:
        return None
    return next((c for c in found if not c.text.rstrip(" \"'”’").endswith("?")), None)


def with_searched(store, q: Question, out: Composer, short: str | None, *, as_of: str | None) -> None:
    """Quote ``searched_sentence`` after the answer (``SEARCHED_TYPES``; a span type only when no short answer is
    stated: a stated one is the answer, and another sentence beside it would blur it), unless it is cited already;
    not when the question bounds its time ("since May", "in 2019"), nor for a list of events bounded by another
    event ("since her release"): a search for words knows no dates."""
    from .typed import SPAN_TYPES

    if q.answer_type not in SEARCHED_TYPES or (q.answer_type in SPAN_TYPES and short is not None):
        return
    if q.since or q.start or q.end or (q.answer_type in ("events", "timeline") and BOUNDED.search(q.text)):
        return  # a list of events said to fall within bounds: a sentence found by words may fall outside them
    found = searched_sentence(store, q, as_of=as_of)
    if found is not None and found.key not in {c.key for c in out.citations}:
        out.quote(found)
