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
- **"should" in an announced plan**: "plans under which 3,000 jobs should be
  cut", "the firm announced that 500 jobs should go", "Acme said its plants
  should close by 2012": the doer's own plan (**planned**), not a request,
  which needs someone asking someone else ("critics said the plant should
  close" stays requested) (``planned_should``); a conjunct that leaves the
  modal out ("… should be cut and 14 plants closed") shares it
  (``gapped_conjunct``).
"""

from __future__ import annotations

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
_GENERIC_WORDS = frozenset({"whenever", "anytime"})


def generic_condition(view: SentenceView, outer: Token) -> bool:
    """"any time a plant goes to one shift", "every time the firm cut jobs", "whenever it rains": the
    clause states a general condition, not an event."""
    if any(c.lower_ in _GENERIC_WORDS for c in view.children(outer, "advmod", "mark")):
        return True
    if outer.dep_ not in ("relcl", "acl", "advcl"):
        return False
    noun = view.head(outer)
    return noun is not None and noun.lemma_.lower() == "time" \
        and any(d.lower_ in _GENERIC_DETS for d in view.children(noun, "det"))


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
    shares that first conjunct's auxiliaries; that first conjunct, else None."""
    if outer.dep_ != "conj" or outer.tag_ not in ("VBN", "VBD") or view.child(outer, "nsubj", "nsubjpass") is None \
            or any(c.dep_ in ("aux", "auxpass") for c in view.dependents(outer)):
        return None
    first = view.head(outer)
    if first is None or first.pos_ not in ("VERB", "AUX") or first.tag_ != "VBN" \
            or view.child(first, "auxpass") is None or not any(
            c.dep_ == "aux" and c.lower_ in lx.MODAL_STATUS for c in view.dependents(first)):
        return None  # (the first conjunct a passive with a modal: "should be cut", "will be repaired")
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
