"""Events named by nouns: "no direct communication between her and Kim", "Gypsy's release".

News states many events as nouns. Four patterns make claims of them:

1. **negated existence**: "there has been no <event> between A and B" → A
   <verb> B, negated ("absence of <event>", "lack of <event>" likewise); the
   positive form ("there was a meeting between A and B") → happened.
2. **reciprocation**: "no reciprocation of the <event> from Z" → Z <verb>s the
   one who did <event> first (the subject of the latest earlier claim with that
   verb), negated. The general rule: a reciprocal noun turns the roles round.
3. **possessed events**: "<someone>'s <event> (in/of/with X)" → someone <verb>
   (X), happened; for patient nouns ("her release", "his arrest") the
   possessor is the one it happened to (passive reading).
4. **requests and offers from someone**: "a <event> request from A" → A
   requests <event> (status requested; the event noun gives the lemma).
5. **dated events**: an event noun the sentence dates itself ("the 1996
   bombing", "a raid on April 22", "a speech last week") → <verb> (by the
   possessor or "by" phrase, of the "of" phrase), at that time; happened or
   planned as the date lies before or after the publication day, and no claim
   at all when the date takes the publication day in, under a negation, or
   under a verb that does not say it happened ("denied a raid on Monday").
   The sentence takes such an event for granted, so its claim is kept for
   search and for its time, not shown as a fact.

A noun names an event when it maps to a verb: an irregular table
(``lexicon.IRREGULAR_NOUNS``), nouns that are verbs as they stand
(``ZERO_EVENT_NOUNS``), or "-ment"/"-ation"/"-ing" nominalizations whose verb
the model's vocabulary knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.strings import hash_string
from spacy.tokens import Token

from ..timex.calendar import value_days
from . import lexicon as lx
from .status import chain_status, modifier_status, negated, tense_status
from .view import SentenceView


@dataclass(slots=True)
class NounEvent:
    """A nominal reading: the noun, its verb, participants and status."""

    noun: Token
    lemma: str
    status: str
    subject: Token | None = None
    object: Token | None = None
    passive: bool = False
    reciprocal: bool = False
    cue: Token | None = None  # "absence"/"request" word that framed it
    extra: dict = field(default_factory=dict)


def _known_verb(token: Token, cand: str) -> bool:
    vectors = token.vocab.vectors
    return len(cand) > 2 and hash_string(cand) in vectors.key2row


def verb_of(token: Token) -> str | None:
    """The verb an event noun names ("communication" → "communicate"), or None."""
    low = token.lower_
    lemma = token.lemma_.lower()
    for key in (lemma, low):
        verb = lx.IRREGULAR_NOUNS.get(key)
        if verb is not None:
            return verb
    if lemma in lx.ZERO_EVENT_NOUNS:
        return lemma
    if len(lemma) >= 9 and lemma.endswith("ment"):
        stem = lemma[:-4]
        if _known_verb(token, stem):
            return stem
    if len(lemma) >= 9 and lemma.endswith("ation"):
        for cand in (lemma[:-5] + "ate", lemma[:-5] + "e", lemma[:-5]):
            if _known_verb(token, cand):
                return cand
    if len(low) >= 7 and low.endswith("ing") and token.tag_ == "NN":
        stem = low[:-3]
        for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if cand and _known_verb(token, cand):
                return cand
    return None


def event_lemma(noun: Token) -> str | None:
    """The lemma an event noun's claim takes: its verb ("bombing" → "bomb"), or the noun itself for an
    occasion ("summit") or what a period brings ("profit"); None for a noun that names no event."""
    verb = verb_of(noun)
    lemma = noun.lemma_.lower()
    if verb is None and (lemma in lx.OCCASION_NOUNS or lemma in lx.PERIOD_RESULT_NOUNS):
        return lemma
    return verb


def participants(view: SentenceView, noun: Token, ev: NounEvent) -> None:
    poss = view.child(noun, "poss")
    if poss is not None:
        ev.subject = poss
    for p in view.children(noun, "prep"):
        low = p.lower_
        pobj = view.child(p, "pobj")
        if pobj is None:
            continue
        if low == "between":
            ev.subject = pobj
            conj = view.child(pobj, "conj")
            if conj is not None:
                ev.object = conj
        elif low in ("from", "by") and ev.subject is None:
            ev.subject = pobj
        elif low in ("with", "to", "against", "for", "in", "on", "into") and ev.object is None:
            ev.object = pobj
        elif low == "of" and ev.object is None and not ev.reciprocal:
            if ev.passive and ev.subject is None:
                ev.subject = pobj
            else:
                ev.object = pobj


def existence(view: SentenceView, expl: Token) -> NounEvent | None:
    """Pattern 1/2: "there (has been) no <event> …"."""
    verb = view.head(expl)
    if verb is None or verb.lemma_ != "be":
        return None
    noun = view.child(verb, "attr") or view.child(verb, "nsubj")
    if noun is None or noun.pos_ != "NOUN":
        return None
    neg = any(d.lower_ in ("no", "neither") for d in view.children(noun, "det")) or any(
        c.dep_ == "neg" for c in view.dependents(verb))
    return _event_of_noun(view, noun, "negated" if neg else "happened", cue=expl)


def absence(view: SentenceView, noun: Token) -> NounEvent | None:
    """"the absence of <event>" / "lack of <event>"."""
    if noun.lemma_.lower() not in lx.ABSENCE_NOUNS:
        return None
    for p in view.children(noun, "prep"):
        if p.lower_ == "of":
            inner = view.child(p, "pobj")
            if inner is not None and inner.pos_ == "NOUN":
                return _event_of_noun(view, inner, "negated", cue=noun)
    return None


def _event_of_noun(view: SentenceView, noun: Token, status: str, *, cue: Token) -> NounEvent | None:
    lemma_low = noun.lemma_.lower()
    if lemma_low in lx.RECIPROCAL_NOUNS:
        for p in view.children(noun, "prep"):
            if p.lower_ == "of":
                inner = view.child(p, "pobj")
                verb = verb_of(inner) if inner is not None else None
                if verb is not None:
                    ev = NounEvent(noun=inner, lemma=verb, status=status, reciprocal=True, cue=cue)
                    participants(view, noun, ev)
                    participants(view, inner, ev)
                    return ev
        return None
    verb = verb_of(noun)
    if verb is None:
        return None
    ev = NounEvent(noun=noun, lemma=verb, status=status, cue=cue,
                   passive=lemma_low in lx.PATIENT_NOUNS)
    participants(view, noun, ev)
    return ev


def possessed(view: SentenceView, noun: Token) -> NounEvent | None:
    """Pattern 3/4: "<someone>'s <event>", "a <event> request from A"."""
    lemma_low = noun.lemma_.lower()
    agent = view.child(noun, "poss")
    if agent is None:
        for p in view.children(noun, "prep"):
            if p.lower_ in ("from", "by"):
                agent = view.child(p, "pobj")
                break
        if agent is None or lemma_low not in lx.CUE_NOUNS:
            return None
    if agent.lower_ in ("its",) and lemma_low not in lx.CUE_NOUNS:
        return None
    if lemma_low in lx.CUE_NOUNS:
        from .status import CUE_STATUS
        status = CUE_STATUS.get(lemma_low)
        inner = next((c for c in view.children(noun, "compound") if verb_of(c) is not None), None)
        if inner is None or status is None:
            return None
        ev = NounEvent(noun=noun, lemma=verb_of(inner), status=status, subject=agent, cue=noun)
        ev.extra["event_noun"] = inner
        for p in view.children(noun, "prep"):
            if p.lower_ in ("with", "for", "to") and view.child(p, "pobj") is not None:
                ev.object = view.child(p, "pobj")
                break
        return ev
    verb = verb_of(noun)
    if verb is None:
        return None
    ev = NounEvent(noun=noun, lemma=verb, status=modifier_status(view, noun) or "happened",
                   passive=lemma_low in lx.PATIENT_NOUNS)  # ("the firm's planned offering": not done yet)
    participants(view, noun, ev)
    if ev.subject is None:
        ev.subject = agent
    ev.extra["presupposed"] = not stated(noun, ev)
    return ev


#: Statuses of a governing verb under which a dated noun is not said to have happened.
_UNSAID = frozenset({"negated", "failed", "possible", "requested", "desired"})


def dated(view: SentenceView, noun: Token, value: str | None, published: date | None) -> NounEvent | None:
    """Pattern 5: "the 1996 bombing", "a raid on April 22" (``value``: the TIMEX3 value that dates it)."""
    verb = event_lemma(noun)
    if verb is None or published is None or any(d.lower_ in ("no", "neither") for d in view.children(noun, "det")):
        return None
    governor = next((a for a in view.ancestors(noun) if a.pos_ in ("VERB", "AUX")), None)
    if governor is not None and (negated(view, governor) or governor.lemma_.lower() in lx.NEGATING_VERBS
                                 or chain_status(view, [governor]) in _UNSAID):
        return None
    if value == "PAST_REF" or (days := value_days(value)) is not None and days[1] < published:
        status = "happened"
    elif value == "FUTURE_REF" or days is not None and days[0] > published:
        status = "planned"
    elif days is not None and (days[0] == days[1] == published or days[0] <= published and governor is not None
                               and tense_status(view, governor) == "happened"):
        status = "happened"  # today's, or this year's told in the past tense ("posted a loss this year")
    else:
        return None
    ev = NounEvent(noun=noun, lemma=verb, status=status, passive=noun.lemma_.lower() in lx.PATIENT_NOUNS)
    participants(view, noun, ev)
    ev.extra["dated"] = True
    ev.extra["presupposed"] = True  # background the sentence dates, not what it says: kept for search
    return ev


#: Prepositions that date something by an event ("since her release", "after the firm's bankruptcy").
_TIME_PREPS = frozenset({"since", "after", "before", "until", "following", "upon"})


def stated(noun: Token, ev: NounEvent) -> bool:
    """Whether a possessed event noun is said to have happened, not just taken for granted.

    "since Lee's release" dates something by the release (it happened); "her role in the
    robbery" names what the event was about. A bare possessed noun elsewhere ("Lee's response
    was first to …", "the firm's sales", "the news about Lee's departure") is background the
    sentence presupposes, often a thing rather than an event (plural nouns: "its losses").
    """
    if noun.tag_ in ("NNS", "NNPS"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS:
        return True
    return ev.object is not None and noun.dep_ == "pobj"
