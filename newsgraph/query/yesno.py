"""Yes/no verdicts: "Yes" only from a claim that says the asked thing happened, "No" only from a cited
sentence that says the opposite, else "The articles do not say".

A claim says the asked thing when it has the question's verb (or a sure
paraphrase), its entities in their roles and most of its other words
(``asked``, ``_matching``), or says it in another shape (``frames``). "No"
rests on a negated or failed claim, a sentence that negates the asked words,
gives another value of a one-valued complement or says the asked doer did the
opposite ("turned the offer down", ``polarity``), a wish that came
to nothing, the opposite of the asked state (``frames``), or a later state
ending the asked one (``ending``). A state asked in so many words ("was A among
those arrested?") is answered by a sentence that says the question's subject and
state back to back, or denies it of all of its kind ("no suspects have been
arrested") (``copula``); "was A killed?" by "A was among the dead" (``among``);
"has A commented?" by A's own silence ("A declined to comment",
``polarity.kept_silent``). Never a "Yes" or "No" because the articles say
nothing of it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import SHOWN_CONFIDENCE
from . import among, asked, copula, ending, frames, manner, nominal, polarity
from .overreach import yes_overreaches
from .answers import SHORT_ARGS
from .asked import SETTLED
from .compose import Composer
from .lexicon import first_sense_says, match, mutual, phrase_keys, related_lemmas
from .load import load_claims, sentence_with
from .phrases import arg_text
from .questions import Question
from .timeline import when_of
from .types import Citation, ClaimView
from .weigh import claim_weight
from .when import place
from .words import BE_OPENERS, HAVE_OPENERS, IRREGULAR, family, stem, tokens

DONT_SAY = "The articles do not say"


LOOK_NEGATION = 4
#: How much of a question that names no one a sentence must say besides its verb for that verb's negation to be a
#: "No": with no name to check, its other words say whom and what the sentence is about.
NAMELESS_COVER = 0.5
_NEGATORS = frozenset({"not", "never", "no", "n't", "nobody", "none", "neither", "nor", "without", "t"})


def _denies(q: Question, text: str) -> bool:
    """Whether a sentence says the question's verb (or a paraphrase) under a negation a few words before it
    ("she never entered Morningside", "no meeting has taken place") and names every question entity; never for a
    question that negates something itself (its "Yes" may be the sentence's negation)."""
    if not q.predicate or polarity.negated_words(q.text):
        return False  # "was A taken in without a shot being fired?": "no shots were fired" is its "Yes", not a "No"
    words = tokens(text)
    for named in q.entities[:3]:
        if not any(set(tokens(n)) <= set(words) for n in {named.text, named.entity.name} if tokens(n)):
            return False
    if not q.entities and polarity.coverage([w for w in q.words if w != q.predicate], text) < NAMELESS_COVER:
        return False  # "have tour operators seen cancellations?": "does not want to see" is said of someone else
    for i, word in enumerate(words):
        stems_, ordered = phrase_keys(word)
        if mutual(q.predicate, word) >= 0.85 or match(q.predicate, stems_, ordered) >= 0.95 or \
                first_sense_says(q.predicate, word):
            if any((w in _NEGATORS and not polarity.noun_without(words, k)) or w.endswith("n't")
                   for k, w in enumerate(words[max(0, i - 5):i], start=max(0, i - 5))) and \
                    not polarity.held_until(words, i):
                return True
    return False


def may_decide(q: Question, claim: ClaimView) -> bool:
    """Whether a claim may back a verdict: a shown one, or a report hidden only because what it reports is
    told apart ("A responded to B with a statement: …"), when the question asks only whether A spoke."""
    if claim.confidence >= SHOWN_CONFIDENCE:
        return True
    return bool(q.predicate) and stem(q.predicate or "") in asked.ANY_SPEECH and \
        claim.args.get("checks") == ["empty_report"]


def _matching(q: Question, ranked: Sequence, names: dict[int, set[str]] | None) -> list[ClaimView]:
    """The ranked claims that say the asked thing: its verb (or a sure paraphrase), its entities in their
    roles, and most of its other words."""
    said = [s.claim for s in ranked if (s.verb_weight >= 0.85 or asked.phrasal_says(q, s.claim)
                                        or asked.same_phrasal(q, s.claim) or asked.first_sense_verb(q, s.claim)
                                        or asked.pinned_verb(q, s.claim))
            and asked.verb_agrees(q, s.claim) and asked.direction_ok(q, s.claim)
            and asked.argument_ok(q, s.claim, names) and asked.unlinked_names_said(q, s.claim)
            and asked.covers_rest(q, s.claim)
            # "pleaded not guilty" negates the asked "pleaded guilty?": never a "Yes"
            and not polarity.negates_asked(q.text, s.claim.predicate) and not _missed(q, s.claim)
            and not _other_rank(q, s.claim)]
    keys = {c.key for c in said}
    return said + [s.claim for s in ranked if s.claim.key not in keys and _in_manner(q, s.claim, names)]


def _in_manner(q: Question, claim: ClaimView, names: dict[int, set[str]] | None) -> bool:
    """A claim that the asked act happened in a particular manner ("the guard was stabbed" for "was the guard
    injured?", ``manner``): it happened, its subject is the question's first entity by link in the question's
    voice, and it meets the other checks of a match. Only ever a "Yes": "not stabbed" is no "not injured"."""
    if not q.predicate or not manner.names_manner(q.predicate, claim.lemma) or \
            claim.status not in ("happened", "ongoing") or asked.nobody(claim):
        return False
    if manner.attempted(claim.citation.text, _after_verb(claim), claim.predicate) or \
            polarity.negated_words(claim.citation.text):
        return False  # "was shot at twice but was not hit": an attempt, and a sentence that denies some of it
    if q.entities and (claim.subject_entity is None or claim.subject_entity.id != q.entities[0].entity.id):
        return False
    return manner.question_passive(q.text, q.predicate) == manner.claim_passive(claim) and \
        asked.direction_ok(q, claim) and asked.argument_ok(q, claim, names) and asked.covers_rest(q, claim)



def yes_no(store, q: Question, ranked: Sequence, out: Composer, names: dict[int, set[str]] | None = None,
           still_claims: Sequence[ClaimView] | None = None,
           told: Callable[[], tuple[Sequence[Citation], Sequence]] | None = None) -> tuple[str | None, list[ClaimView]]:
    """Yes only from a claim with the question's verb and arguments that happened; no when such a claim
    was negated or failed, only wished for, or a later claim ended the state; else "do not say".

    ``told`` gives sentences that name the question's entities, and their scored claims, when no ranked
    claim says the asked thing: the claims meet the same bar, and a sentence may say "No" as one found by
    words does (``sentence_verdict``)."""
    matching = _matching(q, ranked, names)
    sentences: Sequence[Citation] = []
    more: Sequence = []
    if not matching and told is not None:
        sentences, more = told()
        matching = _matching(q, more, names)
    if q.still and q.entities:
        holding = [c for c in matching if c.status in ("happened", "ongoing")]
        ended = ending.ended(store, q, [*(s.claim for s in ranked), *(still_claims or [])],
                       max((c.day or "" for c in holding), default=""))
        if ended is not None:
            out.claim(ended, lead=f"No: as of {ended.day}, " if ended.day else "No: ", with_time=True,
                      args=SHORT_ARGS)
            return "No", [ended]
    if not matching:
        near = [*(s.claim.citation for s in ranked[:2 * LOOK_NEGATION]), *sentences]
        stated = _copular(q, near, names) or _among(q, near, names)
        if stated is not None:  # "was A's sister among those arrested?": "A's sister B was among those arrested"
            verdict, citation = stated
            out.quote(citation, lead=f"{verdict}: ")
            return verdict, []
        framed = frames.framed(q, [*ranked, *more], names) or frames.in_state(q, [*ranked, *more])
        if framed is not None:  # "refused permission to cover the vote" answers "allowed to cover the vote?"
            claim, status = framed
            verdict = "Yes" if status in ("happened", "ongoing") else "No"
            if verdict == "Yes" and yes_overreaches(q.text, claim):
                out.quote(claim.citation, lead=f"{DONT_SAY}; nearest: ")
                return DONT_SAY, [claim]
            out.quote(claim.citation, lead=f"{verdict}: ")
            return verdict, [claim]
        unlike = frames.not_a(q, [*ranked, *more])
        if unlike is not None:  # "the first non-comedian to host the show" answers "is A a comedian?"
            out.quote(unlike.citation, lead="No: ")
            return "No", [unlike]
        # "A denied the report on Monday. On Tuesday, A admitted it.": A did the asked thing too, to something the
        # claim names only by a pronoun, so no opposite or denial is the answer
        # (read only when a "No" is about to be given)
        done = functools.cache(lambda: _done_too(q, [*ranked, *more]) or
                               _done_too(q, [_Read(c) for c in _own_acts(store, q)]))
        # the sentences ``told`` read (the opposite's words among those it searched by: "A is presumed dead" for
        # "was A rescued alive?") are read whole: ranked claims may fill the near ones with other matters
        opposite = frames.opposite(q, _timely(q, [*ranked, *more][:2 * LOOK_NEGATION]), names) or \
            frames.opposite(q, _timely(q, more), names)
        if opposite is not None and not done():  # "the plant would be closed" answers "is the plant staying open?"
            out.quote(opposite.citation, lead="No: ")
            return "No", [opposite]
        # every near sentence that says the opposite is cited, the first quoted
        against = [s.claim for s in _timely(q, ranked[:2 * LOOK_NEGATION]) if _says_no(q, s, names)]
        if against and any(c.citation.key == against[0].citation.key for c in
                           (s.claim for s in ranked[:LOOK_NEGATION])) and not done():
            more = list({c.citation.key: c.citation for c in against[1:]
                         if c.citation.key != against[0].citation.key}.values())[:2]
            out.quote(against[0].citation, lead="No: ", more=more)
            return "No", against[:1]
        doer = _doer(q)
        silent = next((c for c in [*(s.claim.citation for s in ranked), *sentences]
                       if polarity.kept_silent(q.words, q.predicate, c.text, who=doer)), None)
        if silent is not None:  # "has A commented on B?": "A has not commented on the matter"
            out.quote(silent, lead="No: ")
            return "No", []
        free = next((c for c in [*(s.claim.citation for s in ranked), *sentences]
                     if polarity.still_free(q.predicate, c.text, who=doer)), None) if _asks_now(q) else None
        if free is not None and not done() and not _caught_since(store, q, free):  # "A remains a fugitive"
            out.quote(free, lead="No: ")
            return "No", []
        otherwise = ending.left_otherwise(store, q, [*(s.claim for s in ranked), *(still_claims or [])]) or \
            ending.held_by_another(q, [s.claim for s in (*ranked, *more)])
        if otherwise is not None:
            out.claim(otherwise, lead=f"No: as of {otherwise.day}, " if otherwise.day else "No: ", args=SHORT_ARGS)
            return "No", [otherwise]
        # a sentence says "No" of the one the question describes ("her publicist") only where it says so too
        described = asked.described_subject(q)
        denying = next((c for c in sentences if sentence_verdict(q, c, names) == "No" and
                        (not described or polarity.coverage(described, c.text) == 1.0)), None)
        if denying is not None and not done():
            out.quote(denying, lead="No: ")
            return "No", []
        if ranked:
            out.quote(ranked[0].claim.citation, lead=f"{DONT_SAY}; nearest: ")
            return DONT_SAY, [ranked[0].claim]
        return None, []
    # "has A promised to close the depot?" asks of the promise, which happened, not of the closing it plans
    status = {c.key: asked.asked_status(q, c) for c in matching}
    matching.sort(key=lambda c: (c.day or "", status[c.key] in SETTLED, claim_weight(c)), reverse=True)
    settled = [c for c in matching if status[c.key] in SETTLED]
    if settled:
        claim = settled[0]
        verdict = "Yes" if status[claim.key] in ("happened", "ongoing") and not asked.nobody(claim) else "No"
        if verdict == "Yes" and (yes_overreaches(q.text, claim) or _undone(store, q, claim, ranked, names)):
            out.quote(claim.citation, lead=f"{DONT_SAY}; nearest: ")  # "did every owner …?" from "most owners …"
            return DONT_SAY, [claim]
        if verdict == "Yes" and asked.said_opposite(q, claim):  # "A said it did not mean B could …"
            out.quote(claim.citation, lead="No: ")
            return "No", [claim]
        if _reflexive(claim):  # "the suspect gave himself up": a clause would say "gave up <the suspect's name>"
            out.quote(claim.citation, lead=f"{verdict}: ")
            return verdict, [claim]
        out.claim(claim, lead=f"{verdict}: as of {claim.day}, " if claim.day else f"{verdict}: ",
                  tail=according(claim), more=_agreeing(claim, settled, status), args=SHORT_ARGS)
        return verdict, [claim]
    # only wished, planned or possible: "No" only where an article tells the outcome ("but that never
    # happened") or plans it for a time after its own day ("plans to open a second office next year")
    claim = matching[0]
    outcome = arg_text(claim.args.get("outcome"))
    found = sentence_with(store, claim.article, outcome, near=claim.citation.sentence) if outcome else None
    if found is None and not _planned_later(claim):
        if _came_to_nothing(claim):
            out.quote(claim.citation, lead="No: ")
            return "No", [claim]
        out.quote(claim.citation, lead=f"{DONT_SAY}; nearest: ")
        return DONT_SAY, [claim]
    later = None if found else _done_later(claim, ranked)
    if later is not None:  # "is due to be paroled" (November), then "left the prison" (December): not "No"
        out.quote(later.citation, lead=f"{DONT_SAY}; nearest: ")
        return DONT_SAY, [later]
    out.claim(claim, lead=f"No: as of {claim.day}, " if claim.day else "No: ",
              tail=f"; {outcome}" if found else "; it has not happened", more=[found] if found else [],
              args=SHORT_ARGS)
    return "No", [claim]


def _copular(q: Question, citations: Sequence[Citation],
             names: dict[int, set[str]] | None) -> tuple[str, Citation] | None:
    """The verdict a sentence gives a question that asks a state in so many words ("was A among those
    arrested?", "have any suspects been arrested?"), said by the question's subject and state back to back
    or denied of all of its kind ("no suspects have been arrested") (``copula``), and that sentence."""
    if tokens(q.text)[:1] not in ([w] for w in BE_OPENERS + HAVE_OPENERS):
        return None
    unique = list({c.key: c for c in citations}.values())
    known = {w for n in q.entities for f in (names or {}).get(n.entity.id, set()) | {n.entity.name} for w in tokens(f)}
    found = copula.verdict(q.text, [n.text for n in q.entities], [c.text for c in unique], frozenset(known))
    return (found[0], unique[found[1]]) if found else None


def _among(q: Question, citations: Sequence[Citation],
           names: dict[int, set[str]] | None) -> tuple[str, Citation] | None:
    """The verdict a sentence gives "was A killed?" by saying A was among the dead, or among those killed
    (``among``), or "was A arrested?" by naming the act as a noun that came about ("A's arrest followed a raid",
    ``nominal``), and that sentence."""
    if not q.entities or not q.predicate:
        return None
    passive = manner.question_passive(q.text, q.predicate)
    others = [[n.text, n.entity.name, *(names or {}).get(n.entity.id, set())] for n in q.entities[1:]]
    rest = [w for w in q.words if w != q.predicate]
    at = q.text.lower().find(q.predicate.split()[0])
    own = not passive and nominal.own_act(q.words, q.predicate, len(q.entities)) and \
        0 <= q.text.find(q.entities[0].text) < at  # "did A resign?": A the doer, before the verb
    for citation in {c.key: c for c in citations}.values():
        found = among.verdict(q.text, q.predicate, passive, _doer(q, names), others, rest, citation.text)
        if found is None and not others and nominal.verdict(q.predicate, passive, own, _doer(q, names), rest,
                                                            citation.text):
            found = "Yes"  # "the arrest of A followed a raid" (``nominal``)
        if found is not None:
            return found, citation
    return None


#: How many other sentences that say the same verdict an answer cites beside the one it says.
AGREEING = 2


def _agreeing(claim: ClaimView, settled: Sequence[ClaimView], status: dict) -> list[Citation]:
    """The sentences of other matching claims that settle the question the same way ("the officer has been
    charged" beside "two officers charged over the shooting"): a verdict several sentences give cites them."""
    happened = ("happened", "ongoing")
    same = [c.citation for c in settled if (status[c.key] in happened) == (status[claim.key] in happened)
            and c.citation.key != claim.citation.key]
    return list({c.key: c for c in same}.values())[:AGREEING]


#: Sources that are no one to name ("he said", "who said"): the verdict is the article's, its sentence cited.
_UNNAMED = frozenset({"he", "she", "it", "they", "i", "we", "you", "who", "which", "that", "one"})


def according(claim: ClaimView) -> str:
    """", according to police" for a claim someone is said to have stated (not the outlet, not its own
    subject): a verdict that rests on what someone said says who says so."""
    if claim.source_kind not in ("attribution", "quote"):
        return ""
    if claim.source_entity is not None:
        if claim.subject_entity is not None and claim.source_entity.id == claim.subject_entity.id:
            return ""
        return f", according to {claim.source_entity.name}"
    said = " ".join((claim.source or "").split())
    if not said or said.lower() in _UNNAMED or said.lower() == claim.subject.lower():
        return ""
    return f", according to {said}"


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "yourself", "ourselves"})


def _reflexive(claim: ClaimView) -> bool:
    """Whether the claim's object is a reflexive pronoun the store resolved to a name."""
    return arg_text(claim.args.get("object_text")) in _REFLEXIVES


def _planned_later(claim: ClaimView) -> bool:
    """A plan or wish for a stated time that starts after the day it was reported: not done as of that day."""
    when = place(claim.time, claim.day)
    return claim.status in ("planned", "desired", "requested") and not when.reported and \
        bool(claim.day) and when.start > (claim.day or "")[:10]


def _done_later(plan: ClaimView, ranked: Sequence) -> ClaimView | None:
    """A claim reported after a plan, of the same subject, that something of the plan's kind happened ("left the
    prison" after "is due to be paroled": one family of words, ``words.family``): the plan may have come true, so
    its "not yet" no longer stands."""
    if plan.subject_entity is None or not plan.lemma or not plan.day:
        return None
    kind = family(plan.lemma)
    later = ending.later_of((s.claim for s in ranked), plan.subject_entity.id, plan.day, strict=True)
    return next((c for c in later if c.lemma and family(c.lemma) == kind), None)


def _other_value(q: Question, claim: ClaimView) -> bool:
    """A claim that happened with the question's verb, whose sentence gives another value of a one-valued
    complement ("sentenced to life" for "sentenced to death?")."""
    return claim.status == "happened" and asked.verb_agrees(q, claim) and \
        polarity.other_value(q.words, q.predicate, claim.citation.text) is not None


def _says_no(q: Question, scored, names: dict[int, set[str]] | None) -> bool:
    """Whether a ranked claim's sentence says the opposite of the question: it negates the asked thing,
    gives another value of a one-valued complement, or tells a wish of it that came to nothing."""
    text = scored.claim.citation.text
    return _denies(q, text) or polarity.denies(q.words, text, question=q.text, verb=q.predicate) or _other_value(q, scored.claim) \
        or _wish_came_to_nothing(q, scored, names) or polarity.still_talking(q.words, q.predicate, text, who=_doer(q)) \
        or polarity.opposed(q.words, q.predicate, text, who=_doer(q, names)) is not None or _still_deciding(q, text, names) \
        or _contrary(q, scored.claim, names)


@dataclass(frozen=True)
class _Read:
    """A claim read beside the ranked ones, in the shape ``frames.opposite`` reads (``.claim``)."""

    claim: ClaimView


def _other_rank(q: Question, claim: ClaimView) -> bool:
    """The question ranks what it asks of ("was a *second* guard hurt?") and the claim's subject or object gives
    another rank and not the asked one ("a *third* guard was hurt"): another one of its kind."""
    rank = next((w for w in q.words if w in polarity.ORDINALS), None)
    if rank is None:
        return False
    said = tokens(f"{claim.subject} {claim.object or ''}")
    return rank not in said and any(w in polarity.ORDINALS for w in said)


def _missed(q: Question, claim: ClaimView) -> bool:
    """An attempt at the asked act ("was shot at") in a sentence that denies something ("but was not hit"), when
    the question does not ask of the attempt itself ("was A shot at?"): the act may have missed."""
    return "at" not in tokens(q.text) and manner.attempted(claim.citation.text, _after_verb(claim), claim.predicate) \
        and bool(polarity.negated_words(claim.citation.text))


def _after_verb(claim: ClaimView) -> int:
    """Where the claim's verb ends in its sentence (0 when the claim keeps no span)."""
    span = asked.verb_span(claim)
    return max(0, span[1] - claim.citation.start) if span else 0


def _undone(store, q: Question, claim: ClaimView, ranked: Sequence, names: dict[int, set[str]] | None) -> bool:
    """For a question of a state now ("is the bridge closed?"), whether a claim as new as the one that says it
    happened, ranked or of its own sentence, says the opposite of the same thing ("the bridge, shut after the
    storm, opened again"): the state may have ended, so the event is no "Yes" (``frames.opposite``, the
    sentence allowed to say both)."""
    if tokens(q.text)[:1] not in (["is"], ["are"]):
        return False
    own = load_claims(store, store.claim_keys_in_sentences([(claim.article, claim.citation.sentence)]))
    since = [s for s in [*ranked, *(_Read(c) for c in own)] if s.claim.key != claim.key and _not_before(s.claim, claim)]
    return frames.opposite(q, since, names, alone=False) is not None


def _not_before(other: ClaimView, claim: ClaimView) -> bool:
    """Whether ``other`` is told as no older than ``claim``: a later day, or the same day in another article, or
    later in the same article ("shut after the storm, it opened again": the opening comes after)."""
    if (other.day or "") != (claim.day or ""):
        return (other.day or "") > (claim.day or "")
    if other.article != claim.article:
        return True
    return (other.citation.sentence, _at(other)) > (claim.citation.sentence, _at(claim))


def _at(claim: ClaimView) -> int:
    """Where the claim's verb starts in its article (its sentence's start when the claim keeps no span)."""
    span = asked.verb_span(claim)
    return span[0] if span else claim.citation.start


def _timely(q: Question, scored: Sequence) -> list:
    """The scored claims of the time the question asks of, if it names one ("… in 2019?"): a loss on another day
    is no "No" to "did they win in 2019?" (the ranking keeps other times when none is of that time)."""
    if not (q.start or q.end):
        return list(scored)
    return [s for s in scored if when_of(s.claim).overlaps(q.start, q.end)]


#: Objects that name a thing only by pointing back at it: a claim with one may be of the asked thing.
_ANAPHORS = frozenset({"it", "them", "this", "that", "these", "those", "so"})


def _done_too(q: Question, scored: Sequence) -> bool:
    """Whether a claim says the question's first entity did the asked verb itself, as it happened, to something
    it names only by a pronoun ("admitted it"): it may be the asked thing, so no opposite is the answer. Not one
    with an object of its own ("sentenced to seven life sentences" is another value, and a "No" to "death?")."""
    if not q.entities or not q.predicate:
        return False
    first = q.entities[0].entity.id
    return any(s.claim.status in ("happened", "ongoing") and not asked.nobody(s.claim) and
               s.claim.subject_entity is not None and s.claim.subject_entity.id == first and
               mutual(q.predicate, s.claim.lemma or "") >= 0.85 and _pronoun_object(s.claim) for s in scored)


def _pronoun_object(claim: ClaimView) -> bool:
    """Whether the claim's object is there and only pronouns ("admitted *it*")."""
    words = tokens(arg_text(claim.args.get("object_text")) or claim.object or "")
    return bool(words) and set(words) <= _ANAPHORS


#: How many of the first entity's newest claims with the asked verb are read for ``_own_acts``.
OWN_ACTS = 10


def _own_acts(store, q: Question) -> list[ClaimView]:
    """The question's first entity's newest claims with the asked verb as its subject, hidden ones too ("A
    admitted it", hidden for its bare "it"): read only before a "No", bounded by ``OWN_ACTS``."""
    if not q.entities or not q.predicate:
        return []
    lemmas = sorted({IRREGULAR.get(q.predicate, q.predicate), *related_lemmas(q.predicate)})
    keys = store.entity_claim_keys(q.entities[0].entity.id, roles=("subject",), as_of=q.as_of, lemmas=lemmas,
                                   statuses=["happened", "ongoing"], limit=OWN_ACTS)
    return load_claims(store, keys, shown_only=False)


#: Words by which a question asks of any time, or of an earlier one ("was A ever arrested?", "had A been arrested
#: before?"): being at large now says nothing of that.
_EARLIER = frozenset({"ever", "before", "previously", "once", "again", "earlier", "first"})


def _asks_now(q: Question) -> bool:
    """Whether a question asks of the state of things as the articles last tell it: no time of its own ("in 2019")
    and no word of another time ("ever", "before"): only such a question is answered by "A is still at large"."""
    return not (q.start or q.end) and not set(tokens(q.text)) & _EARLIER


#: Verbs of a claim that tells someone was caught, or held as one in custody ("taken into custody", "was
#: arraigned"): such a claim of A since a report that A is at large may tell it ended.
CAUGHT_LEMMAS = ("apprehend", "arraign", "arrest", "capture", "catch", "detain", "extradite", "hold", "imprison",
                 "jail", "nab", "seize", "take")
#: Verbs of giving oneself up ("surrendered", "turned himself in", "gave himself up"): A their doer.
_GIVEN_UP = ("give", "surrender", "turn")
#: How many of A's newest such claims are read.
CAUGHT_CLAIMS = 20


def _caught_since(store, q: Question, free: Citation) -> bool:
    """Whether the question's first entity has a claim that happened, on the day of the report that it is at large
    or later, of being caught or held (``CAUGHT_LEMMAS``: A their object, or their subject in the passive: "A was
    taken into custody" says no asked verb) or of giving itself up (A the doer, "surrendered", "turned himself
    in"); hidden claims too. The catching may be told in words the matcher does not read, so that report is no
    "No". A noun is no such claim ("a reward for his capture": its predicate has no "was"/"been")."""
    if not q.entities:
        return False
    first = q.entities[0].entity.id
    keys = store.entity_claim_keys(first, roles=("subject", "object"), as_of=q.as_of,
                                   lemmas=sorted({*CAUGHT_LEMMAS, *_GIVEN_UP}), statuses=["happened", "ongoing"],
                                   since=free.day, limit=CAUGHT_CLAIMS)
    for claim in load_claims(store, keys, shown_only=False):
        subject = claim.subject_entity.id if claim.subject_entity else None
        obj = claim.object_entity.id if claim.object_entity else None
        if claim.lemma in _GIVEN_UP:
            if subject == first and (claim.lemma == "surrender" or _reflexive(claim) or
                                     set(tokens(claim.predicate)) & _REFLEXIVES):
                return True
        elif (obj == first and not manner.claim_passive(claim)) or \
                (subject == first and manner.predicate_passive(claim.predicate)):  # "was taken into", not "capture"
            return True
    return False


def _contrary(q: Question, claim: ClaimView, names: dict[int, set[str]] | None) -> bool:
    """A claim that the opposite of the asked verb happened to the question's own participants ("a jury
    acquitted A of fraud" for "was A convicted of fraud?", ``polarity.contrary``): the question's first entity
    in the same part the question gives it (the one acquitted, by the claim's object or its passive subject; the
    one who rejected, by its active subject), the other entities arguments of it, and the question's other words
    said by the claim; in a sentence that never says the asked verb itself ("acquitted of murder but convicted of
    manslaughter" is no "No" to "was A convicted?")."""
    if not q.entities or claim.status != "happened" or asked.nobody(claim) or \
            not polarity.contrary(q.predicate, claim.lemma) or polarity.sentence_says_verb(q.predicate, claim.citation.text):
        return False
    first = q.entities[0].entity.id
    subject = claim.subject_entity.id if claim.subject_entity else None
    obj = claim.object_entity.id if claim.object_entity else None
    passive = manner.claim_passive(claim)
    if manner.question_passive(q.text, q.predicate or ""):
        held = (subject == first and passive) or (obj == first and not passive)
    else:
        held = subject == first and not passive
    return held and asked.argument_ok(q, claim, names) and asked.covers_rest(q, claim)


def _wish_came_to_nothing(q: Question, scored, names: dict[int, set[str]] | None) -> bool:
    """A wish or plan of the asked thing whose sentence goes on to say it never came about ("had hoped to get
    to a Chiefs game …, but that outing never happened")."""
    claim = scored.claim
    if claim.status not in ("desired", "planned", "requested") or scored.verb_weight < 0.6 or \
            manner.bears_on(q.predicate, claim.lemma):
        return False  # a wish to stab, or to acquit, that came to nothing says nothing of hurting, or convicting
    return asked.direction_ok(q, claim) and asked.argument_ok(q, claim, names) and _came_to_nothing(claim)


def _came_to_nothing(claim: ClaimView) -> bool:
    """The claim's sentence says, after its verb, that it did not come about."""
    span = asked.verb_span(claim)
    after = max(0, span[0] - claim.citation.start) if span else 0
    return polarity.came_to_nothing(claim.citation.text, after)


def sentence_verdict(q: Question, citation, names: dict[int, set[str]] | None = None) -> str | None:
    """"No" when a sentence found by words (naming every question entity, if any) denies the asked thing and says
    most of its words, or says the question's first entity did the opposite (``polarity.opposed``); else None."""
    text = citation.text
    return "No" if polarity.denies(q.words, text, question=q.text, cover=0.66, verb=q.predicate) or \
        polarity.other_ordinal(q.words, text) or polarity.still_talking(q.words, q.predicate, text, who=_doer(q)) or \
        polarity.opposed(q.words, q.predicate, text, who=_doer(q, names)) is not None or \
        _still_deciding(q, text, names) else None


def _still_deciding(q: Question, text: str, names: dict[int, set[str]] | None) -> bool:
    """"Has the jury reached a verdict?": "the jury is still deliberating" (``polarity.still_deciding``), the
    subject read as the question's words before its verb when it names no one there."""
    return polarity.still_deciding(q.words, q.predicate, text, who=_doer(q, names),
                                   subject=asked.described_subject(q) or asked.subject_words(q))


def _doer(q: Question, names: dict[int, set[str]] | None = None) -> list[str]:
    """The names of the question's first entity (who it asks did something), as the question and store give them
    (with ``names``, every name the store knows it by: "Gupta" for "Sanjay Gupta"), longest first."""
    if not q.entities:
        return []
    first = q.entities[0]
    return sorted({first.text, first.entity.name, *(names or {}).get(first.entity.id, set())}, key=len, reverse=True)
