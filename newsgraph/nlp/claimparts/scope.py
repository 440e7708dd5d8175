"""What a clause is said under, beyond its own words: a hedge above it, a generic condition, a plan.

``status`` reads a claim's status from its own predicate chain and the frame
right around it. Three things further out change what the clause says:

- **a hedge on a governing verb**: "Lee allegedly ordered Kim to leave" makes
  the ordering possible, and what the order asks ("Kim was asked to leave") is
  no more certain than the order. A fact under a hedged verb ("the firm
  reportedly said it had closed the plant") is **possible**; a request, plan
  or wish read from a hedged verb is kept for search but not shown (the hedged
  claim itself says it, with its hedge) (``hedged_above``);
- **a generic condition**: "any time a plant goes to one shift, …", "every time
  the firm cuts jobs, …", "whenever …" say what happens in general, not that it
  happened: the clause inside is no reported event (``generic_condition``);
- **a condition**: "if …", "unless …", "whether …", "provided that …", "as
  long as …", "in case …", and the conjuncts of one ("if the union strikes and
  the plant closes": the plant's closing is as conditional as the strike); an
  inverted one ("had the bank collapsed", "should the talks fail")
  (``condition_clause``). What would have happened under a condition, or an
  inverted "had" condition itself, is counterfactual: "the truck that would
  have carried the bomb" did not (**negated**, ``status``); when the opposite
  is not plain ("would have liked", "would not have survived", "could have
  been saved if …", "had the bank collapsed") it is kept for search, not
  shown: said as possible it would read "may have …" (``counterfactual``);
- **a proposal's terms**: what a clause says in the present under a plan,
  proposal or agreement ("under the proposal, the city sells the stadium"), or
  of a proposed thing ("the proposed merger creates the largest bank") is
  **planned**, not going on (``proposed_terms``);
- **"should" in an announced plan**: "plans under which 3,000 jobs should be
  cut", "the firm announced that 500 jobs should go", "Acme said its plants
  should close by 2012": the doer's own plan (**planned**), not a request,
  which needs someone asking someone else ("critics said the plant should
  close" stays requested) (``planned_should``); a conjunct that leaves the
  modal out ("… should be cut and 14 plants closed") shares it
  (``gapped_conjunct``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from . import lexicon as lx
from .view import SentenceView

#: Links from a clause up to the verb whose content it is.
_CONTENT_LINKS = frozenset({"ccomp", "xcomp"})
#: Statuses that are facts, which a hedge above turns into possibilities.
_FACTS = frozenset({"happened", "ongoing"})


def _hedged(view: SentenceView, verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in lx.HEDGE_ADVERBS for c in view.dependents(verb))


def hedged_above(view: SentenceView, outer: Token) -> Token | None:
    """The verb above ``outer``, of which it is the content ("ordered" in "allegedly ordered Kim to
    leave", "said" in "reportedly said that …"), that carries a hedge adverb; else None."""
    cur = outer
    for _ in range(8):
        if cur.dep_ not in _CONTENT_LINKS:
            return None
        up = view.head(cur)
        if up is None or up.pos_ not in ("VERB", "AUX"):
            return None
        if _hedged(view, up):
            return up
        cur = up
    return None


def hedge_status(view: SentenceView, outer: Token, status: str) -> tuple[str, bool]:
    """(status, hidden): a fact under a hedged verb is possible; a request, plan or wish read from a
    hedged verb is hidden (``hidden`` True)."""
    if hedged_above(view, outer) is None:
        return status, False
    if status in _FACTS:
        return "possible", False
    return status, status in ("requested", "planned", "desired")


#: Determiners of "time" that make a clause hanging on it a general condition ("any time", "every time").
_GENERIC_DETS = frozenset({"any", "every", "each"})
#: Words that open a general condition by themselves.
_GENERIC_WORDS = frozenset({"whenever", "anytime", "wherever"})


def generic_condition(view: SentenceView, outer: Token) -> bool:
    """"any time a plant goes to one shift", "every time the firm cut jobs", "whenever it rains",
    "wherever they live": the clause states a general condition, not an event."""
    if any(c.lower_ in _GENERIC_WORDS for c in view.children(outer, "advmod", "mark")):
        return True
    if _habitual_when(view, outer):
        return True
    if outer.dep_ not in ("relcl", "acl", "advcl"):
        return False
    noun = view.head(outer)
    return noun is not None and noun.lemma_.lower() == "time" \
        and any(d.lower_ in _GENERIC_DETS for d in view.children(noun, "det"))


#: Present tenses: a "when" clause in one, under a main verb in one, says what happens each time.
_PRESENT = frozenset({"VBZ", "VBP"})


def _habitual_when(view: SentenceView, outer: Token) -> bool:
    """"When storms hit the coast, the council closes the harbour": a "when" clause in the present
    simple under a main clause in the present simple states a habit or a general truth, no dated event.
    (A past "when the storm hit, the council closed …" and a "will" above it say one event.)"""
    first = outer
    while first.dep_ == "conj" and view.head(first) is not None:
        first = view.head(first)  # "when flaws emerge and are exploited": the second verb is in the clause too
    if first.dep_ != "advcl" or not any(c.lower_ == "when" for c in view.children(first, "advmod", "mark")):
        return False
    gov = view.head(first)
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return False

    def present(verb: Token) -> bool:
        auxes = [a for a in view.dependents(verb) if a.dep_ in ("aux", "auxpass")]
        if auxes:
            return all(a.tag_ in _PRESENT for a in auxes) and verb.tag_ in ("VBN", "VBG") or False
        return verb.tag_ in _PRESENT

    return present(first) and (outer is first or present(outer)) and present(gov)


#: Nouns of a plan whose clauses say what is to be done ("plans in which 3,000 jobs should be cut").
PLAN_NOUNS = frozenset({"plan", "scheme", "programme", "program", "strategy", "timetable", "schedule",
                        "restructuring", "overhaul", "turnaround", "blueprint", "roadmap", "budget", "target"})
#: Verbs that announce the speaker's own plan ("announced that 500 jobs should go").
_ANNOUNCING = frozenset({"announce", "unveil", "outline", "detail", "present"})


def _plan_noun(view: SentenceView, noun: Token | None) -> bool:
    """A plan noun, or a noun whose phrase holds one ("the company's restructuring plan")."""
    if noun is None:
        return False
    return any(t.lemma_.lower() in PLAN_NOUNS and t.pos_ == "NOUN" for t in view.subtree(noun))


def _framed_relative(view: SentenceView, clause: Token) -> bool:
    """A relative clause whose noun is its frame, not a participant: "in which", "under which",
    "whereby" (on the clause or, as the parse may hang it, on a conjunct of it)."""
    for verb in (clause, *view.children(clause, "conj")):
        if any(c.lower_ in ("whereby", "where") for c in view.children(verb, "advmod")) or any(
                o.lower_ == "which" for p in view.children(verb, "prep") for o in view.children(p, "pobj")):
            return True
    return False


def _plan_before(view: SentenceView, clause: Token) -> bool:
    """A plan noun among the few words before the clause's first word ("turnaround plans announced in
    January, in which …"): what "in which" refers to, wherever the parse hung the clause."""
    first = min(t.i for t in view.subtree(clause))
    words = view.doc.words
    return any(words[k].lemma_.lower() in PLAN_NOUNS and words[k].pos_ == "NOUN"
               for k in range(max(view.lo, first - 8), first))


def gapped_conjunct(view: SentenceView, outer: Token) -> Token | None:
    """"positions should be cut and 14 plants [should be] closed": a participle conjunct (tagged a past
    participle or a past tense) with a subject of its own and no auxiliary, after a passive with a modal,
    shares that first conjunct's auxiliaries; so does one with no subject of its own and no object ("the
    man was arrested and [was] charged", "vans that will be built abroad and [will be] sold in Asia"), a
    past tense only after a modal ("was injured and died" is two verbs); that first conjunct, else None."""
    if outer.dep_ != "conj" or outer.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("aux", "auxpass") for c in view.dependents(outer)):
        return None
    first = view.head(outer)
    if first is None or first.pos_ not in ("VERB", "AUX") or first.tag_ != "VBN" or view.child(first, "auxpass") is None:
        return None  # (the first conjunct a passive: "should be cut", "will be repaired", "was arrested")
    modal = any(c.dep_ == "aux" and c.lower_ in lx.MODAL_STATUS for c in view.dependents(first))
    if view.child(outer, "nsubj", "nsubjpass") is not None:
        return first if modal else None
    if view.child(outer, "dobj", "dative") is not None or outer.tag_ == "VBD" and not modal:
        return None
    return first


def planned_should(view: SentenceView, verb: Token) -> bool:
    """Whether "should" on ``verb`` says the doer's own plan rather than a request (module docstring)."""
    clause = verb
    while clause.dep_ == "conj" and view.head(clause) is not None:
        clause = view.head(clause)
    head = view.head(clause)
    if clause.dep_ in ("relcl", "acl") and _framed_relative(view, clause) and _plan_before(view, clause):
        return True  # "plans in which 3,000 jobs should be cut" (not "a plan that should be scrapped")
    for prep in view.children(clause, "prep"):
        if prep.lower_ in ("under", "in") and any(_plan_noun(view, o) and o.lower_ != "which"
                                                 for o in view.children(prep, "pobj")):
            return True  # "under the plan, 3,000 jobs should be cut"
    if clause.dep_ != "ccomp" or head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = head.lemma_.lower()
    speaker = view.child(head, "nsubj")
    if lemma in _ANNOUNCING or speaker is not None and _plan_noun(view, speaker):
        return True  # "the firm announced that 500 jobs should go", "the plan says …"
    if lemma not in lx.SPEECH_VERBS or speaker is None or speaker.ent_type_ == "PERSON" \
            or speaker.tag_ in ("NNS", "NNPS", "PRP"):
        return False
    subj = view.child(clause, "nsubj", "nsubjpass")
    # "Acme said its plants should close", "the firm said it should finish by May": its own doing
    return subj is not None and (subj.lower_ == "it" or any(p.lower_ == "its" for p in view.children(subj, "poss")))


#: Words that open a condition, as the clause's own marker or as the words right before it.
_CONDITION_WORDS = frozenset({"if", "unless", "whether"})
_CONDITION_OPENING = re.compile(
    r"(?:^| )(?:if|unless|whether|provided|providing|in case|as long as|so long as|assuming|on condition"
    r"|in the event|only if|even if)(?: that)?$")
#: Auxiliaries that open an inverted condition ("had the bank collapsed", "should the talks fail").
_INVERTING = frozenset({"had", "should", "were"})


def _opened_by_condition(view: SentenceView, clause: Token) -> bool:
    if any(c.lower_ in _CONDITION_WORDS for c in view.children(clause, "mark")):
        return True
    head = view.head(clause)
    if head is not None and head.dep_ == "pcomp" and head.lower_ == "whether":
        return True
    words = view.doc.words
    first = min(t.i for t in view.subtree(clause))
    k = first
    while k < clause.i and words[k].dep_ == "mark" and words[k].head.i == clause.i:
        k += 1  # (the clause's own "that": "provided that …")
    lead = " ".join(words[j].lower_ for j in range(max(view.lo, first - 4), k))
    return bool(lead) and _CONDITION_OPENING.search(lead) is not None


def inverted_condition(view: SentenceView, clause: Token) -> str | None:
    """"Had the bank collapsed, …", "Should the talks fail, …": an adverbial clause opened by its
    auxiliary, before its subject, with no marker (or, as the parser often reads it, a clause under an
    opening "Had" taken for a verb). The auxiliary's word ("had", "should", "were"), else None."""
    head = view.head(clause)
    if clause.dep_ == "ccomp" and head is not None and head.lower_ in _INVERTING and head.dep_ == "advcl" \
            and head.i == min(t.i for t in view.subtree(head)) and view.child(head, "nsubj") is None:
        return head.lower_
    if clause.dep_ != "advcl" or view.child(clause, "mark") is not None:
        return None
    subj = view.child(clause, "nsubj", "nsubjpass")
    aux = next((c for c in view.children(clause, "aux", "auxpass") if c.lower_ in _INVERTING), None)
    if subj is not None and aux is not None and aux.i < subj.i and aux.i == min(t.i for t in view.subtree(clause)):
        return aux.lower_
    return None


#: Words whose "on" names a condition ("conditional on", "contingent upon", "depends on").
_CONDITIONAL_ON = frozenset({"conditional", "contingent", "dependent", "depend", "hinge", "conditioned"})


def _conditioned(view: SentenceView, clause: Token) -> bool:
    """A clause inside what an offer is "conditional on" ("conditional on 50% of the shares being
    tendered"), "contingent upon", "subject to", "depends on"."""
    cur = clause
    for _ in range(6):
        head = view.head(cur)
        if head is None:
            return False
        if cur.dep_ == "prep" and cur.lower_ in ("on", "upon") and head.lemma_.lower() in _CONDITIONAL_ON:
            return True
        if cur.dep_ == "prep" and cur.lower_ == "to" and head.lower_ == "subject":
            return True
        if cur.dep_ in ("prep", "advcl") and head.pos_ in ("VERB", "AUX") and any(
                c.lemma_.lower() in _CONDITIONAL_ON for c in view.children(head, "acomp")):
            # "is conditional [on …]" with "on" (or the clause itself: "… shares being tendered") on the verb
            return cur.dep_ == "advcl" or cur.lower_ in ("on", "upon")
        cur = head
    return False


def condition_clause(view: SentenceView, outer: Token) -> bool:
    """Whether the clause states a condition, not a fact: its own "if"/"unless"/"whether", a
    condition's opening words right before it ("provided that", "as long as", "in case"), an inverted
    condition, a clause inside what something is "conditional on", or a conjunct of such a clause that has no marker of its own ("if the union strikes and
    the plant closes")."""
    clause = outer
    for _ in range(6):
        if _opened_by_condition(view, clause) or inverted_condition(view, clause) is not None \
                or _conditioned(view, clause):
            return True
        head = view.head(clause)
        if clause.dep_ != "conj" or head is None or head.pos_ not in ("VERB", "AUX") \
                or view.child(clause, "mark") is not None:
            return False
        clause = head
    return False


#: Modals that make the verb they sit on a hypothesis ("could erupt if …", "would be better if …").
_HYPOTHETICAL_MODALS = frozenset({"would", "'d", "could", "might"})


def hypothetical_past(view: SentenceView, outer: Token) -> bool:
    """A past form in a condition on a hypothesis: "the city could erupt if agents tried to take the boy",
    "it would be better if he went": the past form says a supposed future, never a past act (so never
    "agents may have tried"). The verb the condition hangs on, or one a step or two above it, has
    "would"/"could"/"might"."""
    if outer.tag_ != "VBD" or not condition_clause(view, outer):
        return False
    verb = outer
    while verb.dep_ == "conj" and view.head(verb) is not None:
        verb = view.head(verb)
    verb = view.head(verb)
    for _ in range(3):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(a.lower_ in _HYPOTHETICAL_MODALS for a in view.children(verb, "aux")):
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        verb = view.head(verb)
    return False


#: Verbs that with "would have" say a wish or a state, not an event that failed to come ("would have liked").
_WOULD_HAVE_UNSAID = frozenset({"be", "like", "love", "prefer", "want", "wish", "hope", "welcome"})


def would_have_unsaid(view: SentenceView, verb: Token) -> bool:
    """"would have" on a verb whose opposite the sentence does not state: a wish or a state ("would
    have liked", "would have been 50"), a passive, a negated one ("would not have survived"), or one under
    a condition that is no past perfect ("if I were choosing, I would have chosen the same men": a judgement
    of what is now, not an event that failed to come). Any other "would have" + participle says it did not
    happen ("the truck that would have carried the bomb", "if the law had passed, the mill would have
    closed")."""
    return verb.lemma_.lower() in _WOULD_HAVE_UNSAID or verb.tag_ != "VBN" or any(
        c.dep_ in ("neg", "auxpass") or c.lower_ in ("never", "not") for c in view.dependents(verb)) or any(
        c.dep_ == "advcl" and _opened_by_condition(view, c) and not _past_perfect(view, c)
        for c in view.children(verb, "advcl"))  # (a passive too: "would have been sold" is not said as "was
    # not sold" by the claim's words)


def _past_perfect(view: SentenceView, clause: Token) -> bool:
    """The clause's verb group has "had" ("if the law had passed"), or it is "had" itself ("if I had the money")."""
    return clause.lower_ in ("had", "'d") or any(a.lower_ in ("had", "'d") for a in view.children(clause, "aux"))


#: Subjects with which "were" can only be the subjunctive ("if I were", "if the firm were"): one person or thing.
_ONE = frozenset({"i", "he", "she", "it"})


def subjunctive_were(view: SentenceView, clause: Token) -> bool:
    """A condition that supposes what is not so now: "if I were choosing the people", "if the firm were
    larger", "as if it were over" — "were" with one person or thing as its subject (a plural "were" may
    be a plain past: "if they were paid, nobody said"), as a copula or before a participle in "-ing"; a
    passive ("if the plan were adopted") supposes a step that may come, and stays possible."""
    if not _opened_by_condition(view, clause) and not any(m.lower_ == "though" for m in view.children(clause, "mark")):
        return False
    were = clause if clause.lower_ == "were" else next((a for a in view.children(clause, "aux")
                                                        if a.lower_ == "were"), None)
    subj = view.child(clause, "nsubj", "nsubjpass")
    return were is not None and subj is not None and subj.i < were.i and (
        subj.lower_ in _ONE or subj.tag_ in ("NN", "NNP"))


def counterfactual(view: SentenceView, outer: Token) -> bool:
    """What would have happened, whose opposite the sentence does not say plainly: "would have" with a
    wish, a state or a negation (``would_have_unsaid``), "could"/"might have" with a condition on it
    ("could have been saved if …"), "should"/"ought to have" (a reproach: "should have resigned"),
    and the condition of either: an inverted "had" ("had the bank collapsed"), "if" + "had" ("if the
    rules had passed, the mill would have closed"); and a condition in the subjunctive ("if I were
    choosing", ``subjunctive_were``)."""
    if inverted_condition(view, outer) == "had" or subjunctive_were(view, outer):
        return True  # ("if I were choosing": "may have been choosing" would say it might have been so)
    auxes = {a.lower_ for a in view.children(outer, "aux")}
    head = view.head(outer)
    if "had" in auxes and outer.dep_ == "advcl" and head is not None and head.pos_ in ("VERB", "AUX") \
            and _opened_by_condition(view, outer) and (counterfactual(view, head) or would_have(view, head)):
        return True  # "if the rules had passed, [the mill would have closed]"
    if "have" not in auxes or outer.tag_ != "VBN":
        return False
    if auxes & {"would", "'d"}:
        return would_have_unsaid(view, outer)  # (otherwise said as what did not happen: negated)
    if auxes & {"should", "ought"} or ought_over(view, outer) is not None:
        return True  # "he should have arrived days earlier", "should not have sold it": a reproach about the
        # past; whether it happened is only implied (said as asked for or denied it would be false)
    return bool(auxes & {"could", "might"}) and any(
        c.dep_ == "advcl" and condition_clause(view, c) for c in view.dependents(outer))


#: Nouns of a proposal or agreement whose terms a clause under them states ("under the accord, …").
TERMS_NOUNS = PLAN_NOUNS | frozenset({"proposal", "agreement", "accord", "deal", "terms", "offer", "bill",
                                      "contract", "settlement", "pact", "package", "arrangement", "merger"})
#: Adjectives that make a thing only proposed ("the proposed merger", "a planned tower").
_PROPOSED = frozenset({"proposed", "planned", "potential", "prospective", "contemplated", "mooted"})


def proposed_terms(view: SentenceView, outer: Token) -> bool:
    """Whether a present-tense clause states a proposal's terms, not what goes on: it stands under a
    plan, proposal or agreement ("under the proposal, the city sells …"), or its subject is a proposed
    thing ("the proposed merger creates …")."""
    clause = outer
    while clause.dep_ == "conj" and view.head(clause) is not None:
        clause = view.head(clause)
    for prep in view.children(clause, "prep"):
        if prep.lower_ == "under" and any(_terms_noun(view, o) for o in view.children(prep, "pobj")):
            return True
    subj = view.child(outer, "nsubj", "nsubjpass") or view.child(clause, "nsubj", "nsubjpass")
    return subj is not None and any(a.lower_ in _PROPOSED for a in view.children(subj, "amod", "compound"))


def _terms_noun(view: SentenceView, noun: Token) -> bool:
    """A noun of terms, or a noun whose "of" names one ("the terms of the offer")."""
    if noun.lemma_.lower() in TERMS_NOUNS:
        return True
    return noun.lemma_.lower() == "term" or any(
        o.lemma_.lower() in TERMS_NOUNS for p in view.children(noun, "prep") if p.lower_ == "of"
        for o in view.children(p, "pobj"))


def ought_over(view: SentenceView, verb: Token) -> Token | None:
    """The "ought" whose "to"-infinitive ``verb`` is ("ought to have known", "ought not to rush"): the parse
    hangs the infinitive on "ought"."""
    head = view.head(verb)
    return head if verb.dep_ == "xcomp" and head is not None and head.lower_ == "ought" else None


#: Modals of duty: with "not" they forbid ("must not stop", "should not enter"), they do not deny.
DUTY_MODALS = frozenset({"must", "should", "ought"})


def duty_modal(view: SentenceView, verb: Token) -> Token | None:
    """The modal of duty on ``verb``: its own "must"/"should" auxiliary, or the "ought" whose "to"-infinitive
    it is ("ought not to rush": the parse makes "ought" the head)."""
    aux = next((a for a in view.children(verb, "aux") if a.lower_ in DUTY_MODALS), None)
    if aux is not None:
        return aux
    return ought_over(view, verb)


def would_have(view: SentenceView, verb: Token) -> bool:
    """"would have" + a participle on ``verb`` that says it did not happen (``would_have_unsaid``)."""
    auxes = {a.lower_ for a in view.children(verb, "aux")}
    return "have" in auxes and bool(auxes & {"would", "'d"}) and not would_have_unsaid(view, verb)
