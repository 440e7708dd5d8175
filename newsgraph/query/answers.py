"""One answer writer per kind of question, each saying ranked claims through the composer.

Every writer takes claims already ranked for the question (``ask.score``)
and says the few that answer it: a verdict from the newest settled status for
yes/no, a source for "who reported", the purpose or reason for "why", the time
for "when", the place for "where", a path for "how are A and B connected", the
events in time order for "what happened between", the newest reports for
"what changed since". Each sentence goes through ``Composer`` (checked against
its citations, quoted when a clause is not backed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import SHOWN_CONFIDENCE
from . import polarity
from .compose import Composer
from .connect import connect
from .graph import rarer
from .load import load_claims, sentence_citations, sentence_with
from .lexicon import match, mutual, phrase_keys
from .phrases import arg_text, clause, is_nominal, verb_stem
from .questions import Question, find_named
from .timeline import event_key, group_events
from .types import Citation, ClaimView
from .weigh import claim_weight
from .when import place
from .words import FUNCTION_WORDS, SPEECH_STEMS, stem, token_spans, tokens

#: Verbs whose claims read the same both ways ("A met B" is "B met A").
SYMMETRIC = frozenset(stem(w) for w in ["meet", "marry", "wed", "talk", "speak", "communicate", "collaborate", "work", "date", "divorce", "fight", "argue", "partner", "negotiate", "agree", "contact", "correspond", "reconcile"])
WHY_ARGS = ("purpose", "reason", "cause")
WHERE_ARGS = ("location", "place", "where", "channel", "platform")
#: The arguments a short answer says (the others stay in the cited sentence).
SHORT_ARGS = ("purpose", "reason", "cause", "topic", "channel")
SETTLED = ("happened", "ongoing", "negated", "failed")
#: Verbs that ask whether someone spoke at all, not what they said: any verb of speech answers them.
ANY_SPEECH = frozenset(stem(w) for w in ["comment", "speak", "talk", "remark", "respond", "reply", "react"])


def direction_ok(q: Question, claim: ClaimView) -> bool:
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
    if subject == a and obj is None and claim.object:  # "hosted the 79th Oscars": the object named, not linked
        said = set(tokens(claim.object))
        return any(set(tokens(n)) <= said for n in (q.entities[1].text, q.entities[1].entity.name) if tokens(n))
    return (subject, obj) == (b, a) and claim.status in SETTLED and verb_stem(claim) in SYMMETRIC


def _argument_ok(q: Question, claim: ClaimView, names: dict[int, set[str]] | None = None) -> bool:
    """Every named entity is an argument of the claim (subject or object, by link or by name in its
    phrases), not just a word of its sentence; the first one is its subject or object."""
    ids = claim.entity_ids()
    # a phrase counts for a name only where the claim links no entity ("the mother" is not the daughter)
    unlinked = [claim.subject if claim.subject_entity is None else "",
                (claim.object or "") if claim.object_entity is None else "",
                " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)]
    phrases = set(tokens(" ".join(unlinked)))
    if not q.entities:  # "did the driver stop?": the words before the verb must name the claim's subject
        before = q.words[:q.words.index(q.predicate)] if q.predicate in q.words else []
        stems_, ordered = phrase_keys(claim.subject)
        return not before or any(match(w, stems_, ordered) >= 0.6 for w in before)
    for named in q.entities[:3]:
        if named.entity.id in ids:
            continue
        forms = (names or {}).get(named.entity.id, set()) | {named.text, named.entity.name}
        if not any(tokens(f) and set(tokens(f)) <= phrases for f in forms):
            return False
    described = _described_subject(q)
    if described:  # "did her publicist say what A …?": someone described, not A, is asked about
        stems_, ordered = phrase_keys(f"{claim.subject} {claim.object or ''}")
        return any(match(w, stems_, ordered) >= 0.6 for w in described)
    return True


def _described_subject(q: Question) -> list[str]:
    """The words before a yes/no question's verb when its first name comes after the verb ("her publicist"
    of "did her publicist say what A …?", "quake" of "was the quake felt in B?"); else none."""
    if not q.predicate or q.predicate not in q.words or not q.entities:
        return []
    at = next((s for s, _e, w in token_spans(q.text) if w.lower() == q.predicate.split()[0]), None)
    if at is None or q.entities[0].start < at:
        return []
    return q.words[:q.words.index(q.predicate)]


def _verb_agrees(q: Question, claim: ClaimView) -> bool:
    """The claim's verb says one of the question's words both ways (``lexicon.mutual``), or both are speech."""
    verbs = [claim.lemma or "", *tokens(claim.predicate)]
    if claim.quote and any(stem(w) in SPEECH_STEMS for w in q.words):
        return True
    if q.predicate and stem(q.predicate) in ANY_SPEECH and verb_stem(claim) in SPEECH_STEMS:
        # "has A commented on B?": any speech of A's (A the speaker) about B is a comment ("A responded to B"),
        # B said in the claim's own words or a synonym (the verb says nothing of the topic, so it must be sure)
        if not (q.entities and claim.subject_entity and claim.subject_entity.id == q.entities[0].entity.id):
            return False
        stems_, ordered = phrase_keys(_fields(claim))
        return all(match(w, stems_, ordered) >= 0.9 for w in q.words if w != q.predicate)
    asked = [q.predicate] if q.predicate else q.words  # the main verb, not one of a clause ("after hitting her")
    return any(mutual(w, v) >= 0.85 for w in asked for v in verbs if v and v not in FUNCTION_WORDS)


def _covers_rest(q: Question, claim: ClaimView) -> bool:
    """The question's other content words (beyond its verb) are said by the claim itself (its verb, object,
    arguments), not only somewhere in its sentence ("sentenced to death" is not "sentenced to life" in a
    sentence about a stabbing death)."""
    rest = [w for w in q.words if w != q.predicate]
    if not rest:
        return True
    stems_, ordered = phrase_keys(_fields(claim))
    hits = sum(1 for w in rest if match(w, stems_, ordered) >= 0.6)
    return hits >= (len(rest) + 1) // 2


def _fields(claim: ClaimView) -> str:
    args = " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)
    return " ".join(filter(None, [claim.predicate, claim.lemma, claim.object, claim.quote, args]))


#: Verbs that end a state, each with the states it ends (general English: "released" ends "in prison",
#: "resigned" ends "in office", "died" ends "alive").
_CUSTODY = "prison jail custody detention captivity confinement hospital bars cell"
_POST = ("office post job position chief head ceo chairman chair president minister director manager member coach "
         "captain leader editor governor mayor secretary commissioner executive boss chancellor premier speaker "
         "ambassador senator principal dean")
_ENDS_TEXT = {
    "release": _CUSTODY, "free": _CUSTODY, "parole": _CUSTODY, "escape": _CUSTODY, "discharge": _CUSTODY,
    "acquit": _CUSTODY, "walk": _CUSTODY, "leave": f"{_CUSTODY} {_POST} company team country city",
    "resign": _POST, "quit": _POST, "step": _POST, "retire": _POST, "fire": _POST, "dismiss": _POST,
    "oust": _POST, "sack": _POST, "replace": _POST, "die": "alive living life", "divorce": "married marriage wife husband",
    "sell": "own owner stake", "close": "open operating business", "end": "married marriage together",
}
ENDING_LEMMAS = frozenset(_ENDS_TEXT)
_ENDS = {stem(verb): {stem(w) for w in states.split()} for verb, states in _ENDS_TEXT.items()}


_STATES = frozenset().union(*_ENDS.values())
#: Words for any post ("his post", "the job"): they end whatever post is asked about.
_ANY_POST = frozenset(stem(w) for w in ["office", "post", "job", "position", "role"])
#: Ending verbs with other senses ("left a note", "stepped in", "ended the call"): they end a state only
#: when they name it.
_LOOSE = frozenset(stem(w) for w in ["leave", "walk", "step", "end", "close", "free", "replace", "sell"])
_DIE = stem("die")
#: Titles written as initials, read as their words.
_TITLES = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating"}


def _states(text: str) -> set[str]:
    """Stems of the words of ``text`` that name a state (initials read as their words: "CEO")."""
    return {stem(w) for word in tokens(text) for w in _TITLES.get(word, word).split()} & _STATES


def _same_state(asked: str, claim: ClaimView) -> bool:
    """Whether an ending claim ends the asked state, not another one: "resigned as CEO" does not end
    "chairman"; a claim that names no state ("resigned") ends any its verb can end."""
    said = _states(f"{claim.predicate} {claim.object or ''} {_fields(claim)}") - _ANY_POST
    if not said:  # "left this farewell" is no leaving of a post: a loose verb must name the state it ends,
        # or leave a named place or organisation
        return verb_stem(claim) not in _LOOSE or bool(claim.object_entity and claim.object_entity.type != "PERSON")
    return bool(said & _states(asked))


def _names_state(asked: str, claim: ClaimView) -> bool:
    return bool(_states(f"{claim.predicate} {claim.object or ''} {_fields(claim)}") & _states(asked))


#: The two ways of leaving a post, which exclude each other for one departure: one's own choice, or another's.
_LEFT_FREELY = frozenset(stem(w) for w in ["resign", "quit", "step down"])
_FORCED_OUT = frozenset(stem(w) for w in ["fire", "dismiss", "sack", "oust", "depose", "expel", "axe"])
#: Verbs a question may ask the first way with ("did she retire?"); "retired" as evidence may be of another post.
_ASKED_FREELY = _LEFT_FREELY | {stem("retire")}
ASKS_LEAVING = _ASKED_FREELY | _FORCED_OUT


def _leaving_verb(claim: ClaimView) -> str:
    """The claim's verb, with "down" when it says "stepped down"."""
    verb = verb_stem(claim)
    return f"{verb} down" if verb == stem("step") and "down" in tokens(claim.predicate) else verb


def _who_left(claim: ClaimView) -> int | None:
    """The entity a leaving claim says left: the subject of "resigned" or "was fired", the object of "fired"."""
    if verb_stem(claim) in _FORCED_OUT and claim.args.get("voice") != "passive":
        return claim.object_entity.id if claim.object_entity else None
    return claim.subject_entity.id if claim.subject_entity else None


def _left_otherwise(store, q: Question, claims: Sequence[ClaimView]) -> ClaimView | None:
    """For "did A resign?", a claim that A was fired (and the other way round), of the same post when the
    question names one: the one departure was not both."""
    if not q.predicate or not q.entities:
        return None
    asked = stem(q.predicate)
    other = _FORCED_OUT if asked in _ASKED_FREELY else _LEFT_FREELY if asked in _FORCED_OUT else None
    if other is None:
        return None
    first = q.entities[0].entity.id
    post = " ".join(q.words)
    found = [c for c in claims if c.status == "happened" and _leaving_verb(c) in other and _who_left(c) == first
             and not is_nominal(c) and (not _states(post) or _same_state(post, c)) and _same_place(store, q, c)]
    found.sort(key=lambda c: (c.day or "", claim_weight(c)), reverse=True)
    return found[0] if found else None


#: Verbs of holding a thing, and the words that say one holder holds all of it ("owns all the trademarks").
_HOLDING = frozenset(stem(w) for w in ["own", "control"])
_WHOLLY = frozenset({"all", "every", "entire", "whole", "sole", "full"})


def _held_by_another(q: Question, claims: Sequence[ClaimView]) -> ClaimView | None:
    """For "does A own the T?", a claim that someone else owns (or will own) all of the T: no one else holds
    any of it. The T must be said by the claim's object (same word or synonym)."""
    if not q.predicate or stem(q.predicate) not in _HOLDING or not q.entities:
        return None
    first = q.entities[0].entity.id
    asked = [w for w in q.words if w != q.predicate]
    for claim in claims:
        if verb_stem(claim) != stem(q.predicate) or claim.status not in ("happened", "ongoing", "planned"):
            continue
        if claim.subject_entity is None or claim.subject_entity.id == first or claim.object_entity is not None:
            continue
        said = tokens(claim.object or "")
        if not said or said[0] not in _WHOLLY and said[:2] != ["the", "entire"] and said[:2] != ["the", "whole"]:
            continue
        # the thing held is the object's head ("rights" of "all the stadium rights"), not a word before it
        head = next((w for w in reversed(said[:next((i for i, w in enumerate(said) if w in _OF_WORDS), len(said))])),
                    "")
        stems_, ordered = phrase_keys(head)
        if head and any(match(w, stems_, ordered) >= 0.9 for w in asked):
            return claim
    return None


#: Words that end a noun phrase's head ("all shares *of* the firm", "the rights *to* the song").
_OF_WORDS = frozenset({"of", "in", "to", "for", "from", "at", "on", "with", "by", "and", "under"})


def _same_place(store, q: Question, claim: ClaimView) -> bool:
    """When the question names an organisation beside the person, an ending claim whose words name another
    organisation and not the asked one ends another post: "fired as coach of the Hawks" does not end a
    post with the Owls."""
    if len(q.entities) < 2:
        return True
    text = " ".join(filter(None, [claim.object, _fields(claim)]))
    named = {n.entity.id: n.entity.type for n in find_named(store, text)} if store is not None else {}
    if claim.object_entity is not None:
        named[claim.object_entity.id] = claim.object_entity.type
    asked = set(q.entity_ids[1:])
    return bool(asked & set(named)) or not any(t == "ORG" for i, t in named.items() if i not in asked)


def _ended(store, q: Question, claims: Sequence[ClaimView], since: str) -> ClaimView | None:
    """A claim about the question's first entity, reported on or after ``since``, that ends the state a
    "still" question asks about: an ending verb ("left", "released") whose sentence says the state's words
    or their paraphrases ("prison" ~ "custody")."""
    first = q.entities[0].entity.id
    wanted = {stem(w) for w in q.words}
    asked = " ".join(q.words)
    found = []
    for claim in claims:
        if (claim.day or "") < since or claim.status not in ("happened", "ongoing"):
            continue
        if not (claim.subject_entity and claim.subject_entity.id == first):
            continue
        if verb_stem(claim) == _DIE or (wanted & _ENDS.get(verb_stem(claim), set()) and _same_state(asked, claim)
                                    and _same_place(store, q, claim)):
            found.append(claim)
    found.sort(key=lambda c: (not _names_state(asked, c), verb_stem(c) != _DIE, is_nominal(c), not c.time, c.day or ""))
    return found[0] if found else None


DONT_SAY = "The articles do not say"
_NOBODY = re.compile(r"^\s*(no one|nobody|none|nothing|no\b|neither|not a single|not one)\b", re.IGNORECASE)


LOOK_NEGATION = 4
_NEGATORS = frozenset({"not", "never", "no", "n't", "nobody", "none", "neither", "nor", "without", "t"})


def _denies(q: Question, text: str) -> bool:
    """Whether a sentence says the question's verb (or a paraphrase) under a negation a few words before it
    ("she never entered Morningside", "no meeting has taken place") and names every question entity."""
    if not q.predicate:
        return False
    words = tokens(text)
    for named in q.entities[:3]:
        if not any(set(tokens(n)) <= set(words) for n in {named.text, named.entity.name} if tokens(n)):
            return False
    for i, word in enumerate(words):
        stems_, ordered = phrase_keys(word)
        if mutual(q.predicate, word) >= 0.85 or match(q.predicate, stems_, ordered) >= 0.95:
            window = words[max(0, i - 5):i]
            if any(w in _NEGATORS or w.endswith("n't") for w in window):
                return True
    return False


def _nobody(claim: ClaimView) -> bool:
    """A claim whose subject is a negative quantifier ("No one was hurt") says the event did not happen."""
    said = claim.args.get("subject_text") if isinstance(claim.args.get("subject_text"), str) else claim.subject
    return bool(_NOBODY.match(said or claim.subject))


def may_decide(q: Question, claim: ClaimView) -> bool:
    """Whether a claim may back a verdict: a shown one, or a report hidden only because what it reports is
    told apart ("A responded to B with a statement: …"), when the question asks only whether A spoke."""
    if claim.confidence >= SHOWN_CONFIDENCE:
        return True
    return bool(q.predicate) and stem(q.predicate or "") in ANY_SPEECH and claim.args.get("checks") == ["empty_report"]


def _matching(q: Question, ranked: Sequence, names: dict[int, set[str]] | None) -> list[ClaimView]:
    """The ranked claims that say the asked thing: its verb (or a sure paraphrase), its entities in their
    roles, and most of its other words."""
    return [s.claim for s in ranked if s.verb_weight >= 0.85 and _verb_agrees(q, s.claim)
            and direction_ok(q, s.claim) and _argument_ok(q, s.claim, names) and _covers_rest(q, s.claim)]


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
        ended = _ended(store, q, [*(s.claim for s in ranked), *(still_claims or [])],
                       max((c.day or "" for c in holding), default=""))
        if ended is not None:
            out.claim(ended, lead=f"No: as of {ended.day}, " if ended.day else "No: ", with_time=True,
                      args=SHORT_ARGS)
            return "No", [ended]
    if not matching:
        # every near sentence that says the opposite is cited, the first quoted
        against = [s.claim for s in ranked[:2 * LOOK_NEGATION] if _says_no(q, s, names)]
        if against and any(c.citation.key == against[0].citation.key for c in
                           (s.claim for s in ranked[:LOOK_NEGATION])):
            more = list({c.citation.key: c.citation for c in against[1:]
                         if c.citation.key != against[0].citation.key}.values())[:2]
            out.quote(against[0].citation, lead="No: ", more=more)
            return "No", against[:1]
        otherwise = _left_otherwise(store, q, [*(s.claim for s in ranked), *(still_claims or [])]) or \
            _held_by_another(q, [s.claim for s in (*ranked, *more)])
        if otherwise is not None:
            out.claim(otherwise, lead=f"No: as of {otherwise.day}, " if otherwise.day else "No: ", args=SHORT_ARGS)
            return "No", [otherwise]
        # a sentence says "No" of the one the question describes ("her publicist") only where it says so too
        described = _described_subject(q)
        denying = next((c for c in sentences if sentence_verdict(q, c) == "No" and
                        (not described or polarity.coverage(described, c.text) == 1.0)), None)
        if denying is not None:
            out.quote(denying, lead="No: ")
            return "No", []
        if ranked:
            out.quote(ranked[0].claim.citation, lead=f"{DONT_SAY}; nearest: ")
            return DONT_SAY, [ranked[0].claim]
        return None, []
    matching.sort(key=lambda c: (c.day or "", c.status in SETTLED, claim_weight(c)), reverse=True)
    settled = [c for c in matching if c.status in SETTLED]
    if settled:
        claim = settled[0]
        verdict = "Yes" if claim.status in ("happened", "ongoing") and not _nobody(claim) else "No"
        out.claim(claim, lead=f"{verdict}: as of {claim.day}, " if claim.day else f"{verdict}: ", args=SHORT_ARGS)
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
    out.claim(claim, lead=f"No: as of {claim.day}, " if claim.day else "No: ",
              tail=f"; {outcome}" if found else "; it has not happened", more=[found] if found else [],
              args=SHORT_ARGS)
    return "No", [claim]


def _planned_later(claim: ClaimView) -> bool:
    """A plan or wish for a stated time that starts after the day it was reported: not done as of that day."""
    when = place(claim.time, claim.day)
    return claim.status in ("planned", "desired", "requested") and not when.reported and \
        bool(claim.day) and when.start > (claim.day or "")[:10]


def _other_value(q: Question, claim: ClaimView) -> bool:
    """A claim that happened with the question's verb, whose sentence gives another value of a one-valued
    complement ("sentenced to life" for "sentenced to death?")."""
    return claim.status == "happened" and _verb_agrees(q, claim) and \
        polarity.other_value(q.words, q.predicate, claim.citation.text) is not None


def _says_no(q: Question, scored, names: dict[int, set[str]] | None) -> bool:
    """Whether a ranked claim's sentence says the opposite of the question: it negates the asked thing,
    gives another value of a one-valued complement, or tells a wish of it that came to nothing."""
    text = scored.claim.citation.text
    return _denies(q, text) or polarity.denies(q.words, text, question=q.text) or _other_value(q, scored.claim) \
        or _wish_came_to_nothing(q, scored, names) or polarity.still_talking(q.words, q.predicate, text, who=_doer(q))


def _wish_came_to_nothing(q: Question, scored, names: dict[int, set[str]] | None) -> bool:
    """A wish or plan of the asked thing whose sentence goes on to say it never came about ("had hoped to get
    to a Chiefs game …, but that outing never happened")."""
    claim = scored.claim
    if claim.status not in ("desired", "planned", "requested") or scored.verb_weight < 0.6:
        return False
    return direction_ok(q, claim) and _argument_ok(q, claim, names) and _came_to_nothing(claim)


def _came_to_nothing(claim: ClaimView) -> bool:
    """The claim's sentence says, after its verb, that it did not come about."""
    span = claim.args.get("predicate_span")
    after = max(0, span[0] - claim.citation.start) if isinstance(span, list) and span else 0
    return polarity.came_to_nothing(claim.citation.text, after)


def sentence_verdict(q: Question, citation) -> str | None:
    """"No" when a sentence found by words (naming every question entity, if any) denies the asked thing and says
    most of its words; else None."""
    text = citation.text
    return "No" if polarity.denies(q.words, text, question=q.text, cover=0.66) or \
        polarity.other_ordinal(q.words, text) or polarity.still_talking(q.words, q.predicate, text, who=_doer(q)) \
        else None


def _doer(q: Question) -> list[str]:
    """The names of the question's first entity (who it asks did something), as the question and store give them."""
    return [q.entities[0].text, q.entities[0].entity.name] if q.entities else []


def short_of(q: Question, claim: ClaimView) -> str | None:
    """The short answer a claim-level answer states: the quote, the reason, else the object."""
    if claim.quote:
        return " ".join(claim.quote.split())
    for key in WHY_ARGS if q.answer_type == "reason" else ():
        if arg_text(claim.args.get(key)):
            return arg_text(claim.args.get(key))
    return claim.object or clause(claim)


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
    out.claim(claim, lead=f"According to {name}, ", more=more, args=SHORT_ARGS)
    return [claim]


def has_field(q: Question, claim: ClaimView) -> bool:
    """Whether a claim holds what the question's kind asks for (a reason, a place, a stated time)."""
    if q.kind == "why":
        return any(claim.args.get(k) for k in WHY_ARGS)
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
    for claims in list(events.values())[:most]:
        claim = claims[0]
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
    _describes(store, a, b, out, as_of=as_of) or _describes(store, b, a, out, as_of=as_of)
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
    return True


def _describes(store, entity, other, out: Composer, *, as_of: str | None) -> bool:
    """Say a description of ``entity`` that names ``other`` ("Reid's publicist"), if articles give one."""
    from .entities import names_of
    from .profile import profile

    names = [set(tokens(n)) for n in names_of(store, [other.id]) if tokens(n)]
    for d in profile(store, entity, as_of=as_of, connections=0, claims=0, descriptions=8).descriptions:
        words = set(tokens(d.text))
        if d.citations and any(n <= words for n in names) and out.add(f"{entity.name}: {d.text}", d.citations[:2]):
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


def said(store, q: Question, out: Composer, *, as_of: str | None) -> tuple[str | None, list[ClaimView]]:
    """"What did A say about B?": A's quote run that best says B (and the question's other words), its
    sentences quoted in order (``quotes.said_about``), and A's words in it as the short answer; nothing when
    none says it."""
    from .entities import names_of
    from .quotes import inside, quoted_spans, said_about

    topics = [[set(tokens(n)) for n in names_of(store, [named.entity.id]) | {named.text} if tokens(n)]
              for named in q.entities[1:3]]
    named_words = {w for named in q.entities for w in tokens(named.text)}
    found = said_about(store, q.entities[0].entity.id, topics, [w for w in q.words if w not in named_words],
                       as_of=as_of)
    if not found:
        return None, []
    for run in found:
        for citation in run.sentences:
            out.quote(citation)
    # the speaker's words: what the run quotes, not the reporter's sentence that leads into it
    quoting = [c for c in found[0].sentences[found[0].lead:] if quoted_spans(c.text)] or found[0].sentences
    return (" ".join(" ".join(inside(c.text).split()) for c in quoting).strip(),
            [s.claim for s in found if s.claim is not None])
