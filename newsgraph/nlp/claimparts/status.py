"""Whether a claim happened, from the sentence's own words.

Read along the predicate chain, outermost word first; the first cue decides:

- **negated**: a negation on a chain word ("not", "never", "n't"), a verb that
  negates its complement ("denied", "refused to"), "unable to";
- **failed**: a verb of failing ("failed to", "fell through", "collapsed",
  "was cancelled");
- **planned / desired / requested / possible**: a modal auxiliary ("will",
  "may"), a hedge adverb ("reportedly"), or a cue word of the chain ("plans
  to", "wants to", "asked to", "open to the possibility of");
- a "to"-infinitive that heads a claim of its own (purpose, "a contract to
  supply", headline "X to sell Y") → **planned**;
- otherwise tense: present simple or present progressive → **ongoing**
  ("follows", "is working"); anything else → **happened**.

A clause under "if"/"whether"/"unless" (or "provided that", "as long as", "in
case", an inverted "had"/"should", and a conjunct of such a clause:
``scope.condition_clause``) is **possible**, negated or not, and so is a
"would" clause under a condition ("would resign if …") and a "would" that stands
alone as its sentence's main verb, no sayer and no plan's terms around it ("Acme
would seem to be the weakest": a supposition, not "will seem"); a present clause that
states a proposal's terms ("under the plan, the firm sells …") is **planned**
(``scope.proposed_terms``); a participle with a subject of its own beside a verb
that is not a fact shares its status ("would become shareholders, each
injecting …"); a
clause whose governing verb (outside the chain) is a cue verb ("hopes that …")
takes that verb's status.

A degree decides an infinitive it measures: "too big to be operated" →
**negated**, "light enough to land" → **possible**; what a story goes on to
("went on to win", "moved on to talk") is done as its verb is.

The frame around a clause decides too: an infinitive whose doer is its
governor's object takes the governor's kind ("urged voters to reject" →
requested, "wants the bridge to be rebuilt" → desired, "expects sales to
exceed" → possible, "led employers to raise wages" → as "led" is); "eligible
to" → possible; "had yet to find" → negated; "rather than close",
"instead of paying" → negated; a gerund under "by"/"before"/"while" takes its
verb's status when that is not a fact ("would break the law by attacking"); a
participle inside a negated verb is negated ("didn't go in looking for");
"insisted that the union agree", "a recommendation that the city sell" →
requested, but "should" with a thing doing a verb of effect ("the move should
improve liquidity") is only expected: possible; "has hopes that" → desired; "claims/insists that" → possible; what
an aim would show ("to show that the firm is cutting costs") → possible. A verb
of thwarting or rejecting with its object is itself an event that happened;
what failed is its object.

Hearsay and prediction are not plans: an infinitive under a verb of belief or
report ("is believed to be worth", "is said to have resigned") and what is
expected, forecast or predicted ("expects to cut", "forecast that it would
lose") are **possible**; under a factive verb ("is known to be") the
complement **happened**. A passive infinitive ("to be released") is
**planned** like an active one; "the first X to …" has the tense of the clause
the noun is in; a "when"/"once"/"after" clause under a "will" clause is
**planned** with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .attribution import belief_holder
from .scope import condition_clause, duty_modal, planned_should, proposed_terms, would_have_unsaid
from .view import SentenceView

CUE_STATUS: dict[str, str] = {}
for _words, _status in ((lx.POSSIBLE, "possible"), (lx.PLAN, "planned"), (lx.REQUEST, "requested"),
                        (lx.DESIRE, "desired")):
    for _w in _words:
        CUE_STATUS[_w] = _status
# words listed under several kinds: the more specific reading wins
CUE_STATUS.update({"consider": "possible", "idea": "possible", "open": "possible",
                   "offer": "planned", "propose": "requested", "proposal": "requested",
                   "recommend": "requested", "seek": "desired", "look": "desired", "move": "planned"})
CUE_STATUS.update(lx.ADJECTIVE_STATUS)
PREDICT_VERBS = lx.PREDICT_VERBS
CUE_STATUS.update(dict.fromkeys(PREDICT_VERBS | {"expected"}, "possible"))
CUE_STATUS.pop("can", None)

#: Cue words that only pass a status on when they govern a complement in the chain.
_NEEDS_COMPLEMENT = frozenset(CUE_STATUS)


def negated(view: SentenceView, token: Token) -> bool:
    """A "not", "never" or "no longer" on the verb ("is no longer safe": the parse hangs "no" on
    "longer", and the state it denies goes with the "no")."""
    for c in view.dependents(token):
        dep = c.dep_
        if dep == "neg" or (dep == "advmod" and c.lower_ in ("never", "not")):
            return True
        if dep == "advmod" and c.lower_ in ("longer", "more") and any(
                n.dep_ == "neg" and n.lower_ == "no" for n in view.dependents(c)):
            return True
    return _after_nor(view, token)


def _after_nor(view: SentenceView, token: Token) -> bool:
    """"…, nor should they have to pay", "did not eat nor drink": a verb joined by "nor" is denied as the
    first is (the parse hangs the "nor" on the first verb)."""
    head = view.head(token)
    return token.dep_ == "conj" and head is not None and any(
        c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < token.i for c in view.dependents(head))


#: Adverbs that make a "not" deny only part ("not necessarily fair", "not always open"): without them the
#: clause says all is denied. A "not" before an adverb of degree or manner denies the degree, not the act:
#: "was not adequately financed" (it was financed, too little), "did not materially affect earnings", "was not
#: directly involved".
_PARTLY = frozenset({"necessarily", "always", "entirely", "completely", "fully", "quite", "exactly",
                     "altogether", "totally", "wholly", "all", "particularly",
                     "adequately", "sufficiently", "properly", "significantly", "substantially", "materially",
                     "greatly", "much", "directly", "solely", "merely", "widely"})


def partly_negated(view: SentenceView, token: Token) -> bool:
    """"would not necessarily be fairer", "is not always popular": a "not" followed by an adverb that keeps
    it from denying the whole (said without the adverb, the claim would deny all of it)."""
    neg = next((c for c in view.dependents(token) if c.dep_ == "neg"), None)
    return neg is not None and any(c.dep_ == "advmod" and c.lower_ in _PARTLY and c.i == neg.i + 1
                                   for c in view.dependents(token))


#: Subjects that open a clause of their own: a "but" before one joins two clauses, not two phrases of one.
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def contrasted_negation(view: SentenceView, token: Token) -> bool:
    """"has never used A as a feature back, but as a third-down back", "did not cut jobs in Ohio but in Texas",
    "did not resign because of X but because of Y": a negated verb whose clause goes on with "but" and a
    preposition denies one phrase of it, not the act (said as "has not used A", the claim would deny all). A "but"
    before a clause of its own ("did not resign, but he was fired") leaves the negation whole."""
    if view.child(token, "neg") is None:
        return False
    words = view.tokens()
    for k, word in enumerate(words):
        if word.i <= token.i or word.lower_ not in ("but", "rather"):
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        between = [w for w in words if token.i < w.i < word.i]
        return nxt is not None and nxt.pos_ in ("ADP", "SCONJ") and \
            not any(w.dep_ in _CLAUSE_SUBJECTS for w in between)
    return False


def negation_lent_to_gerund(view: SentenceView, token: Token) -> bool:
    """"hasn't messed around in getting to the new facility": a gerund after a preposition of a negated verb takes
    the negation from its head, which may deny only the manner ("not messed around in getting there": she got
    there) or the act ("did not succeed in getting the law passed"): which, the words do not say."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or view.child(token, "neg") is not None:
        return False
    prep = view.head(token)
    verb = view.head(prep) if prep is not None else None
    return verb is not None and view.child(verb, "neg") is not None


#: Verbs that with "would" say a wish ("would like", "would love", "would prefer").
_WISH_WITH_WOULD = frozenset({"like", "love", "prefer", "welcome"})


def _aux_status(view: SentenceView, verb: Token) -> str | None:
    auxes = view.children(verb, "aux")
    if not auxes:
        return None
    perfect = any(a.lower_ == "have" for a in auxes)
    for c in auxes:
        st = lx.MODAL_STATUS.get(c.lower_)
        if st is not None and st != "happened":
            if perfect and st == "planned" and c.lower_ in ("would", "'d"):
                # "the truck that would have carried the bomb": it did not ("will have served" is still to
                # come); a wish, a state or a negated one is only possible (and not shown: scope.counterfactual)
                return "possible" if would_have_unsaid(view, verb) else "negated"
            if st == "planned" and c.lower_ in ("would", "'d") and verb.lemma_.lower() in _WISH_WITH_WOULD:
                return "desired"  # "she would like a meeting", "he'd love to return": a wish, not a plan
            if st == "planned" and c.lower_ in ("would", "'d", "will", "'ll", "wo") and any(
                    d.dep_ == "advcl" and condition_clause(view, d) and _next_to(view, verb, d)
                    for d in view.dependents(verb)):
                # "Lee would resign if the board rejected the plan", "if all the debt is converted, Acme will
                # issue 3 million shares": only under a condition, which the claim does not say
                return "possible"
            if st == "planned" and c.lower_ in ("would", "'d") and _main_clause(view, verb):
                return "possible"  # "the plan would seem to be …", "the split would be paid in May": supposed
            if c.lower_ == "should" and planned_should(view, verb):
                return "planned"  # "plans under which 3,000 jobs should be cut": the doer's own plan
            if c.lower_ == "should" and _expected_effect(view, verb):
                return "possible"  # "the move should improve the stock's liquidity": expected, not asked
            if _inferred(view, verb, c):
                return "possible"  # "the thieves must have known the code": what the speaker infers
            return st
        if c.lower_ in ("going",) and view.child(verb, "aux") is not None:
            return "planned"
    return None


def duty_status(view: SentenceView, verb: Token) -> str | None:
    """A negated verb under a modal of duty says what someone forbids or judges, never that it did not
    happen: "the struggle must not stop", "workers should not enter the plant", "the city ought not to
    rush" → requested; "she must not have read it" (an inference about the past) → possible. None for
    any other negation ("should not have sold it", a reproach, is a counterfactual and hidden)."""
    modal = duty_modal(view, verb)
    if modal is None:
        return None
    perfect = any(a.lower_ in ("have", "'ve") for a in view.children(verb, "aux"))
    if perfect:
        return "possible" if modal.lower_ == "must" else None
    return "requested"


#: Adjectives that judge an infinitive hard, easy, needed or better ("it has been difficult for the
#: farmers to sell", "the best course would be for the city to wait", "the law is hard to enforce"): what
#: they judge is never said to happen, nor planned.
JUDGING_ADJECTIVES = frozenset({
    "difficult", "hard", "easy", "easier", "harder", "tough", "simple", "tricky", "impossible", "possible",
    "necessary", "essential", "vital", "imperative", "important", "crucial", "critical", "urgent", "unnecessary",
    "better", "best", "preferable", "advisable", "wise", "ideal", "desirable", "fair", "unfair", "wrong", "right",
})


def judged_infinitive(view: SentenceView, outer: Token) -> bool:
    """A "to"-infinitive that an adjective of ease, need or preference judges: hung on the adjective itself
    ("hard to enforce"), or on the copula the adjective completes ("it is impossible for the ferry to
    sail"), or on a copula whose subject such an adjective describes ("the best outcome would be for
    the relatives to hand him over")."""
    if not infinitive(view, outer) or outer.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    gov = view.head(outer)
    if gov is None:
        return False
    if gov.pos_ == "ADJ":
        return gov.lower_ in JUDGING_ADJECTIVES
    if gov.lemma_.lower() != "be":
        return False
    if any(a.lower_ in JUDGING_ADJECTIVES for a in view.children(gov, "acomp") if a.i < outer.i):
        return True
    subj = view.child(gov, "nsubj")
    return subj is not None and any(a.lower_ in JUDGING_ADJECTIVES for a in view.children(subj, "amod"))


def copula_adjective(view: SentenceView, verb: Token, comp: Token) -> Token | None:
    """The adjective completing a copula before the copula's infinitive ("is necessary [at this point] to
    act", "was quick to deny"): the infinitive is the adjective's, whatever word the parse hung it on."""
    if verb.lemma_.lower() != "be":
        return None
    return next((a for a in view.children(verb, "acomp") if a.pos_ == "ADJ" and verb.i < a.i < comp.i), None)


def adjective_infinitive(view: SentenceView, outer: Token) -> bool:
    """A "to"-infinitive an adjective takes that says nothing of whether it happens ("was quick to deny",
    "is necessary to act"): no degree ("too tired to walk"), no cue adjective ("ready to", "likely to",
    "proud to") and no rank ("the first to") decides its status, so a reader cannot tell done from meant."""
    if not infinitive(view, outer) or outer.dep_ not in ("xcomp", "advcl"):
        return False
    gov = view.head(outer)
    if gov is None:
        return False
    adj = gov if gov.pos_ == "ADJ" else copula_adjective(view, gov, outer)
    return adj is not None and adj.lemma_.lower() not in lx.CUE_ADJECTIVES | set(lx.ADJECTIVE_STATUS) | _RANKS \
        and degree_status(view, outer) is None  # ("eligible to vote": possible; "was first to act": it did)


def _inferred(view: SentenceView, verb: Token, modal: Token) -> bool:
    """"must have left", "must be dreaming": the speaker's inference, not a duty (a duty is never to have
    done a thing, nor to be doing one)."""
    if modal.lower_ != "must":
        return False
    auxes = {a.lower_ for a in view.children(verb, "aux")}
    return bool(auxes & {"have", "'ve"}) or verb.tag_ == "VBG" and "be" in auxes


def able(view: SentenceView, chain: list[Token]) -> bool:
    """The chain's first verb is under "can" with nothing else of status on it ("the jet can fly 9,000
    miles", "the plant can make 500 cars a day"): an ability, which "may" would say as a mere chance. Not
    "could" (a chance or a past ability, "may" says the one), nor a negated "cannot" (negated), nor one
    under a condition ("if the team can win": said "can win" it would drop the "if")."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or negated(view, verb) or _conditional(view, chain[0]):
        return False
    modals = [a.lower_ for a in view.children(verb, "aux") if a.lower_ in lx.MODAL_STATUS]
    return modals in (["can"], ["ca"])


def _main_clause(view: SentenceView, verb: Token) -> bool:
    """``verb`` is the sentence's own main verb, and neither a verb of saying or thinking hung on it
    ("this, he said, would happen next year") nor a plan's terms ("under the plan, creditors would
    receive …") make its "would" the future of a report or of a plan. A "would" standing alone is a
    supposition ("that would seem to be the weakest", "the split would be paid in May", subject to a
    vote), a habit or a condition left unsaid, never a plan said as "will"."""
    if view.head(verb) is not None or proposed_terms(view, verb):
        return False
    return not any(c.lemma_.lower() in lx.SPEECH_VERBS or c.lemma_.lower() in lx.THOUGHT_VERBS
                   for c in view.children(verb, "parataxis", "ccomp", "advcl"))


def _next_to(view: SentenceView, verb: Token, clause: Token) -> bool:
    """No other verb stands between ``verb`` and its adverbial ``clause`` (a condition hung on a verb far
    from it belongs, most often, to a nearer one the parse passed over)."""
    inside = view.subtree_ids(clause)
    lo, hi = (verb.i, min(inside)) if clause.i > verb.i else (max(inside), verb.i)
    words = view.doc.words
    return not any(words[k].pos_ == "VERB" and k not in inside for k in range(lo + 1, hi))


#: Verbs of an effect or a change that "should" with a thing as subject expects ("the move should
#: improve liquidity", "sales should rise"): nobody can be asked to do them.
_EFFECT_VERBS = frozenset({"improve", "help", "boost", "increase", "reduce", "ease", "lift", "benefit", "hurt",
                           "add", "strengthen", "weaken", "mean", "result", "lead", "bring", "offset", "spur",
                           "stimulate", "support", "attract", "generate", "produce", "rise", "fall", "grow",
                           "decline", "remain", "continue", "enhance", "contribute", "push", "pull", "keep"})


def _expected_effect(view: SentenceView, verb: Token) -> bool:
    """"should" + a verb of effect or change, active, whose subject is a thing (no name, no pronoun of a
    person): an expectation ("the move should improve the stock's liquidity")."""
    subj, first = view.child(verb, "nsubj"), verb
    while subj is None and first.dep_ == "conj" and view.head(first) is not None:
        first = view.head(first)  # "the move rewards shareholders and should improve …": the first's subject
        subj = view.child(first, "nsubj")
    return subj is not None and verb.lemma_.lower() in _EFFECT_VERBS and view.child(verb, "auxpass") is None \
        and subj.pos_ == "NOUN" and not subj.ent_type_


def _hedged(view: SentenceView, verb: Token) -> bool:
    for c in view.dependents(verb):
        if c.dep_ == "advmod" and c.lower_ in lx.HEDGE_ADVERBS:
            return True
    return False


def _failed(view: SentenceView, token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in lx.FAIL_VERBS and lemma != "block":
        return True
    prt = lx.FAIL_PHRASAL.get(lemma)
    return bool(prt is not None and any(c.lower_ == prt for c in view.dependents(token) if c.dep_ in ("prt", "advmod", "prep")))


def _stopped_to(view: SentenceView, verb: Token, nxt: Token) -> bool:
    """"stopped to talk to reporters", "quit to join a rival": "stop"/"quit" with a "to" infinitive gives
    what the stop was for (it happened); only "stopped talking", "quit smoking" end the act."""
    return verb.lemma_.lower() in ("stop", "quit") and nxt.pos_ in ("VERB", "AUX") \
        and any(a.lower_ == "to" for a in view.children(nxt, "aux"))


def going_to(view: SentenceView, verb: Token, nxt: Token) -> bool:
    """"is going to close", "was going to resign": "going" with its "be" and a "to"-infinitive after it is
    the future (or a future that was meant), never a going nor an act under way."""
    return verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and nxt.dep_ == "xcomp" and nxt.i > verb.i \
        and any(a.lemma_.lower() == "be" for a in view.children(verb, "aux")) \
        and any(a.lower_ == "to" for a in view.children(nxt, "aux"))


def tense_status(view: SentenceView, verb: Token) -> str:
    auxes = [c for c in view.dependents(verb) if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if verb.tag_ in ("VBZ", "VBP") and not lowers & {"has", "have", "had", "did", "was", "were"}:
        return "ongoing"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re", "'m"} and not lowers & {"has", "have", "been"}:
        return "ongoing"
    return "happened"


def chain_status(view: SentenceView, chain: list[Token], *, context: Token | None = None) -> str:
    """Status of a claim with predicate ``chain`` (outermost first)."""
    if _conditional(view, chain[0]):
        return "possible"  # "if more aid is not given": a condition, negated or not, is not a fact
    for t in chain:
        if negated(view, t) or not_yet(view, t):
            return duty_status(view, t) or "negated"
    if _no_subject(view, chain[0]):
        return "negated"  # "no meeting has taken place", "nobody was hurt"
    st = context_status(view, chain[0])
    if st is not None:
        return st
    st = degree_status(view, chain[0])
    if st is not None:
        return st
    if any(_arranged(view, t) for t in chain):
        return "planned"  # "the talks were to have resumed on Monday": what was arranged, not what was done
    gov = view.head(chain[0]) if chain[0].dep_ == "ccomp" else None
    if gov is not None and gov.lemma_.lower() in PREDICT_VERBS:
        return "possible"  # "analysts forecast that it would lose money"
    st = frame_status(view, chain[0])
    if st is not None:
        return st
    last = len(chain) - 1
    hearsay = False
    for k, t in enumerate(chain):
        is_last = k == last
        verbal = t.pos_ in ("VERB", "AUX")
        if verbal:
            st = _aux_status(view, t)
            if st is not None:
                return st
            if _hedged(view, t):
                return "possible"
        if not is_last and _failed(view, t):
            return "failed"
        if not is_last and going_to(view, t, chain[k + 1]):
            return "planned"  # "the bakery is going to close", "the mayor was going to resign": meant, not done
        if not is_last:
            lemma = t.lemma_.lower()
            if (lemma in lx.NEGATING_VERBS or lemma in lx.NEGATING_WORDS) and not _stopped_to(view, t, chain[k + 1]):
                return "negated"
            if lemma == "failure":
                return "failed"
            st = CUE_STATUS.get(lemma)
            if st == "requested" and lemma == "propose" and chain[k + 1].dep_ == "xcomp" \
                    and view.head(chain[k + 1]) is not None and view.head(chain[k + 1]).i == t.i:
                st = "planned"  # "proposed to acquire the rest": its own intent; "proposed that the city sell" asks
            if st is not None and lemma == "open" and not any(c.lower_ == "to" for c in view.dependents(t)):
                st = None  # "open to a merger" is a possibility; "more open in declaring …" says how they spoke
            if st is not None and not goes_on(view, t):
                return st
        if not is_last and t.lemma_.lower() in BELIEF_VERBS and view.child(t, "auxpass") is not None:
            hearsay = True  # "is believed to have fled", "is said to be": unless a later cue says more
    if hearsay:
        return "possible"
    outer = chain[0]
    controlled = _controller_status(view, outer)
    if controlled is not None:
        return controlled
    reported = _reported_by(view, outer)
    if reported is not None:
        return reported
    if sequel(view, outer):
        return chain_status(view, _chain_up(view, view.head(outer)))  # "went on to win the title": it won
    if infinitive(view, outer):
        ranked = _ranked_noun_verb(view, outer)
        if ranked is None:
            return "planned"
        return _aux_status(view, ranked) or "happened"
    governor = _bare_governor(view, outer)
    if governor is not None:
        return chain_status(view, _chain_up(view, governor))
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), outer)
    st = tense_status(view, verb)
    if st == "ongoing" and proposed_terms(view, outer):
        return "planned"  # "under the proposal, the city sells the stadium": the terms, not what goes on
    return st


#: Verbs whose object is made to do what their infinitive says, so it happens when they do ("the
#: demand led employers to raise wages", "the glitch caused the engine to stall").
CAUSE_VERBS = frozenset({"lead", "cause", "prompt", "spur", "drive"})


#: Verbs that ask someone through a preposition ("called on residents to save water", "appealed to donors to
#: give", "pleaded with the judge to spare him"): verb → its prepositions.
_ASKING_THROUGH = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",), "prevail": ("on", "upon")}


def asked_through(view: SentenceView, verb: Token) -> Token | None:
    """Who ``verb`` asks through its preposition, before the "to" infinitive of what is asked ("called on
    [residents] to save water"): the infinitive's doer, as the object of "urged residents to save water" is."""
    preps = _ASKING_THROUGH.get(verb.lemma_.lower())
    if not preps:
        return None
    inf = next((c for c in view.children(verb, "xcomp", "advcl") if c.i > verb.i and view.child(c, "nsubj") is None
                and any(a.lower_ == "to" for a in view.children(c, "aux"))), None)
    if inf is None:
        return None
    # (never a time: "called on Monday to cut taxes" asks no Monday)
    return next((o for p in view.children(verb, "prep") if p.lower_ in preps and p.i < inf.i
                 for o in view.children(p, "pobj") if o.ent_type_ not in _NOT_ASKED), None)


#: Entity kinds that are never the one asked through "called on …", "appealed to …" (``asked_through``).
_NOT_ASKED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _controller_status(view: SentenceView, outer: Token) -> str | None:
    """An infinitive whose doer is its governor's object takes its status from the governor's kind:
    "urged viewers to vote" → requested, "wants the cost to be shouldered by others" → desired,
    "expects sales to exceed 700" → possible, "led employers to raise wages" → as "led" is."""
    gov = view.head(outer)
    if gov is not None and outer.dep_ == "advcl" and asked_through(view, gov) is not None:
        return "requested"  # "appealed to the court to overturn the ban", the infinitive parsed as an aim
    if outer.dep_ not in ("xcomp", "ccomp", "acl") or not infinitive(view, outer):
        return None
    if gov is not None and gov.pos_ == "ADJ" and gov.lemma_.lower() in lx.ADJECTIVE_STATUS:
        return lx.ADJECTIVE_STATUS[gov.lemma_.lower()]  # "were eligible to vote", "appeared reluctant to act"
    if outer.dep_ == "acl":  # "led hospitals [to raise wages]" parsed under the object
        gov = view.head(gov) if gov is not None and gov.dep_ == "dobj" else None
    if gov is None or gov.pos_ not in ("VERB", "AUX") or view.child(outer, "nsubj", "nsubjpass") is None \
            and view.child(gov, "dobj") is None and asked_through(view, gov) is None:
        return None
    lemma = gov.lemma_.lower()
    if lemma in _PERMITTING:
        return "possible"  # "could allow thieves to steal": made possible, never planned (and hidden: "permitted_only")
    if lemma in lx.REQUEST:
        return "requested"
    if lemma in PREDICT_VERBS:
        return "possible"
    if lemma in lx.DESIRE:
        return "desired"
    if lemma in CAUSE_VERBS:
        st = chain_status(view, _chain_up(view, gov))
        return "happened" if st == "ongoing" else st
    return None


_PERMITTING = frozenset({"allow", "permit", "enable", "let"})


def _arranged(view: SentenceView, outer: Token) -> bool:
    """"is to visit Paris", "were to have resumed": "be" + a "to"-infinitive (perfect or not) says what
    was arranged."""
    gov = view.head(outer)
    return outer.dep_ == "xcomp" and gov is not None and gov.lemma_.lower() == "be" \
        and any(c.lower_ == "to" for c in view.children(outer, "aux")) \
        and view.child(gov, "nsubj", "nsubjpass", "expl") is not None \
        and not any(c.lower_ in _RANKS for c in view.dependents(gov))  # ("was first to recommend": it did)


def sequel(view: SentenceView, outer: Token) -> bool:
    """An infinitive that tells what came next, not an aim: "went on to win", "returned home only to
    find it empty"."""
    if not infinitive(view, outer) or outer.dep_ not in ("xcomp", "advcl"):
        return False
    only = any(c.lower_ == "only" and c.i < outer.i for c in view.children(outer, "advmod"))
    return only or goes_on(view, view.head(outer))


def goes_on(view: SentenceView, verb: Token | None) -> bool:
    """"went on to win", "moved on to talk about", "proceeded to sell": what comes next in a
    narrative, done as the verb is done (never a plan, unlike "moved to block")."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma == "proceed" or lemma in ("go", "move") and any(
        c.lower_ == "on" for c in view.children(verb, "prt", "advmod", "prep") if c.i > verb.i)


def degree_status(view: SentenceView, outer: Token) -> str | None:
    """An infinitive measured by a degree: "too big to be operated", "too ill to attend", "moved too
    slowly to save the deal", "too deep for troops to cross" → negated (the degree rules it out);
    "light enough to land", "enough money to buy" → possible (it can, not that it did or will). Under
    a negated degree ("is not too big to land") it is possible either way."""
    if not infinitive(view, outer) or outer.dep_ not in ("xcomp", "advcl", "acl", "ccomp"):
        return None
    gov = view.head(outer)
    if gov is None:
        return None
    # the word the degree sits on: the infinitive's own head ("too big [to …]"), or an adjective or
    # adverb of the same verb before it ("moved too slowly [to …]")
    measured = [gov] + [c for c in view.children(gov, "acomp", "advmod", "dobj", "attr")
                        if c.i < outer.i and gov.pos_ in ("VERB", "AUX")]
    if gov.pos_ == "NOUN":  # "too little time to finish": the degree sits on the noun's adjective
        measured += [c for c in view.children(gov, "amod") if c.i < gov.i]
    for word in measured:
        degree = {c.lower_ for c in view.children(word, "advmod", "amod", "det")}
        if "too" in degree and (word.pos_ in ("ADJ", "ADV") or word.tag_ == "VBN"):
            st = "negated"  # ("too damaged to use": a participle as an adjective)
        elif "enough" in degree and word.pos_ in ("ADJ", "ADV", "NOUN"):
            st = "possible"
        else:
            continue
        above = word if word.pos_ in ("VERB", "AUX") else view.head(word)
        if negated(view, word) or above is not None and negated(view, above):
            return "possible"  # "not too big to land": it may
        return st
    return None


def not_yet(view: SentenceView, verb: Token) -> bool:
    """"had yet to find any pattern", "has yet to respond": it has not happened (so far)."""
    return verb.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in view.children(verb, "advmod")) \
        and any(c.pos_ in ("VERB", "AUX") and infinitive(view, c) for c in view.children(verb, "xcomp"))


def _conditional(view: SentenceView, outer: Token) -> bool:
    return condition_clause(view, outer)


def negated_condition(view: SentenceView, chain: list[Token]) -> bool:
    """A condition that is denied ("if the city does not build a stadium", "if the stock isn't above
    $20"): it is only possible, as any condition, but said without its "not" it would say the opposite
    ("the city may build"), so its wording keeps the "not" ("may not build")."""
    return bool(chain) and _conditional(view, chain[0]) and any(negated(view, t) for t in chain)


def _chain_up(view: SentenceView, verb: Token) -> list[Token]:
    """The verb and the verbs whose complement it is ("had hoped to [get]" → [hope, get]), outermost first."""
    chain = [verb]
    while chain[0].dep_ == "xcomp" and len(chain) < 8:
        head = view.head(chain[0])
        if head is None or head.pos_ not in ("VERB", "AUX"):
            break
        chain.insert(0, head)
    return chain


def _bare_governor(view: SentenceView, outer: Token) -> Token | None:
    """A bare infinitive has no tense of its own ("could help her [figure out]", "would like to work
    on reform and [talk] to students", "saw her [take] a step"): the verb it hangs on, whose status
    it takes; None for any other clause."""
    if outer.tag_ != "VB" or outer.dep_ not in ("xcomp", "ccomp", "conj"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in view.dependents(outer)):
        return None
    head = view.head(outer)
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


#: Verbs of belief and hearsay: "X is believed to be …", "is said to be …" says X may be so
#: (by someone's word), not that it is planned.
BELIEF_VERBS = frozenset({"believe", "think", "allege", "rumor", "rumour", "presume", "suppose", "suspect",
                          "assume", "estimate", "understand", "fear", "consider", "reckon", "say", "report",
                          "claim", "tip", "hint"})
#: Factive verbs: "X is known to be …", "was found to be …" (it is so).
FACTIVE_VERBS = frozenset({"know", "confirm", "show", "find", "reveal", "prove"})


def _reported_by(view: SentenceView, outer: Token) -> str | None:
    """Status of an infinitive under a verb of belief, report or knowledge ("is believed to be worth …")."""
    if outer.dep_ != "xcomp" or outer.pos_ not in ("VERB", "AUX"):
        return None
    gov = view.head(outer)
    if gov is None:
        return None
    lemma = gov.lemma_.lower()
    if lemma in BELIEF_VERBS:
        return "possible"
    if lemma in FACTIVE_VERBS:
        return "happened"
    if lemma == "expect" and any(c.lower_ in ("have", "'ve") for c in view.children(outer, "aux")):
        return "possible"  # "is expected to have won": about the past, so a guess, not a plan
    return None


def infinitive(view: SentenceView, outer: Token) -> bool:
    """A "to"-infinitive heading its own claim (a purpose, "a contract to supply", a headline
    "X to sell Y") names an event meant to come, not one that happened."""
    if outer.pos_ not in ("VERB", "AUX"):
        return False
    if outer.tag_ != "VB" and not (outer.tag_ == "VBN" and any(
            c.lower_ == "be" for c in view.children(outer, "auxpass"))):  # "to be released"
        return False
    return any(c.lower_ == "to" for c in view.children(outer, "aux"))


#: Subjects that say nobody or nothing did it.
_NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def _no_subject(view: SentenceView, verb: Token) -> bool:
    """The verb's own subject is negative: "no meeting", "neither side", "nobody", "none of them"."""
    subj = view.child(verb, "nsubj", "nsubjpass")
    if subj is None:
        return False
    if subj.lower_ in _NOBODY:
        return True
    if subj.lower_ == "one" and any(d.lower_ == "no" for d in view.children(subj, "det")):
        return True
    return any(d.lower_ in ("no", "neither") for d in view.children(subj, "det"))


#: Verbs whose complement the speaker says is not so ("denied that she met him").
DENY_VERBS = frozenset({"deny", "dispute", "reject", "refute", "contest", "rebut"})
#: Verbs of accusing, alleging and arguing: their complement is one side's word, not a fact.
ALLEGE_VERBS = frozenset({"allege", "accuse", "argue", "suspect", "charge", "purport", "claim", "insist",
                          "contend", "maintain"})
#: Nouns whose "that" clause is what someone holds or says, not what happened ("the argument that
#: he was incapable", "rumors that the mayor had fled").
CONTENT_NOUNS = frozenset({
    "argument", "claim", "allegation", "accusation", "notion", "idea", "suggestion", "theory", "rumor",
    "rumour", "speculation", "belief", "assertion", "contention", "charge", "hypothesis", "report", "fear",
    "hope", "possibility", "impression", "suspicion", "myth", "perception", "view", "premise", "narrative",
    "implication", "insinuation", "inference", "innuendo", "assumption", "guess", "speculation",
})
#: Verbs that take a noun of a held or said thought as their object ("the suspicion he voiced", "the rumors
#: she heard"): a "that"-less clause with one of them and no object of its own after such a noun is a
#: relative clause, not the noun's content.
_THOUGHT_OBJECT_VERBS = frozenset({
    "voice", "express", "raise", "share", "hold", "have", "harbor", "harbour", "dispel", "confirm", "deny",
    "reject", "spread", "hear", "report", "make", "cite", "offer", "air", "state", "fuel", "feed", "dismiss",
    "repeat", "form", "reach", "draw", "give", "get", "put", "advance", "float", "start", "investigate",
    "address", "answer", "accept", "back", "support", "challenge", "counter", "fight", "rebut", "refute",
    "dispute", "contest", "test", "prove", "disprove", "mention", "describe", "publish", "print", "quote",
})
#: Words of a relative clause: with one, a clause after a noun describes the noun.
_RELATIVE_MARKS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "why", "how"})


def content_relative(view: SentenceView, clause: Token) -> bool:
    """"a suspicion the body was his", "rumors the mayor had fled to Spain": a finite clause hung without
    "that" on a noun of what someone holds or says (``CONTENT_NOUNS``) is the noun's content, though the
    parser files it as a relative clause (so it may file one with "that"). It is a relative clause with a relative word, with a preposition
    left without its object ("the theory she relied on"), or with a verb that takes such a noun as its
    object and has none of its own ("the suspicion he voiced")."""
    noun = view.head(clause)
    if clause.dep_ != "relcl" or noun is None or noun.pos_ != "NOUN" or clause.i < noun.i \
            or noun.lemma_.lower() not in CONTENT_NOUNS or not _finite(view, clause):
        return False
    subj = view.child(clause, "nsubj", "nsubjpass", "expl")
    if subj is None or subj.lower_ in _RELATIVE_MARKS:
        return False
    kids = view.dependents(clause)
    if any(c.lower_ == "that" and c.dep_ == "mark" for c in kids):
        return True  # ("rumours that the striker is injured" filed as a relative clause all the same)
    if any(c.lower_ in _RELATIVE_MARKS and c.i < subj.i for c in kids):
        return False
    if any(p.dep_ == "prep" and p.i > clause.i and view.child(p, "pobj", "pcomp") is None for p in kids):
        return False
    return not (clause.lemma_.lower() in _THOUGHT_OBJECT_VERBS
                and view.child(clause, "dobj", "ccomp", "xcomp", "attr", "acomp") is None)


#: Words that call a statement untrue ("the claim is false", "reports of his death are baseless").
_UNTRUE = frozenset({"false", "untrue", "inaccurate", "incorrect", "wrong", "baseless", "unfounded", "groundless",
                     "erroneous", "bogus", "fabricated", "fiction", "fabrication", "lie", "falsehood", "nonsense",
                     "mischaracterization", "mischaracterisation", "misrepresentation"})
#: Words that call it true: negated, they too call it untrue ("the report is not accurate").
_TRUE = frozenset({"true", "accurate", "correct", "right"})
#: Words that stand for a statement said just before ("…, that is false").
_RESUMING = frozenset({"that", "this", "it"})


def called_untrue(view: SentenceView, noun: Token, clause: Token | None = None) -> bool:
    """"reports that the coach quit are false", "to the extent there is any suggestion that she knew, that
    suggestion is untrue": the sentence calls a noun of what is said untrue, so what it says is denied. The
    noun itself, or a word standing for it ("that", "it", "that suggestion"), is the subject of a copula the
    noun hangs under, whose predicate says untrue (``_untrue_copula``); never an "it is wrong to …" / "it is
    false that …" (the "it" there is what follows). A "…, that is false" the parser hung inside the noun's
    ``clause`` counts too: set off by a comma, it resumes the clause, it is not part of it."""
    first = noun
    while first.dep_ == "conj" and view.head(first) is not None:
        first = view.head(first)
    for gov in view.ancestors(first):
        if gov.lemma_ != "be" or any(c.i > gov.i for c in view.children(gov, "ccomp", "xcomp")):
            continue  # ("it is wrong to say …": the "it" is what follows)
        subj = view.child(gov, "nsubj")
        if subj is None or not (subj.i == first.i or subj.lower_ in _RESUMING or subj.lemma_.lower() in CONTENT_NOUNS
                                and any(d.lower_ in ("that", "this", "such") for d in view.children(subj, "det"))):
            continue
        return _untrue_copula(view, gov)
    return clause is not None and any(
        c.lemma_ == "be" and c.i > clause.i and view.doc.words[c.i - 2].text == ","
        and (s := view.child(c, "nsubj")) is not None and s.i == c.i - 1 and s.lower_ in _RESUMING
        and _untrue_copula(view, c) for c in view.children(clause, "ccomp", "conj", "parataxis"))


def _untrue_copula(view: SentenceView, cop: Token) -> bool:
    """A copula whose predicate calls its subject untrue: "is false", "is a fabrication", "is not true"."""
    preds = [c for c in view.dependents(cop) if c.dep_ in ("acomp", "attr") and c.i > cop.i]
    preds += [d for p in preds for d in view.children(p, "conj")]
    words = {p.lemma_.lower() for p in preds}
    if not negated(view, cop):
        return bool(words & _UNTRUE)
    # "is not entirely accurate" denies only part of it: not called untrue
    partly = partly_negated(view, cop) or any(a.lower_ in _PARTLY for p in preds for a in view.children(p, "advmod"))
    return bool(words & _TRUE) and not partly


def denied_content(view: SentenceView, clause: Token) -> bool:
    """``clause`` says what a noun of saying or holding says ("the claim [that the bank hid the losses]",
    "a rumor [the mayor fled]") and the sentence calls that noun untrue (``called_untrue``)."""
    noun = view.head(clause)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CONTENT_NOUNS:
        return False
    that = clause.dep_ in ("acl", "ccomp") and any(c.lower_ == "that" for c in view.children(clause, "mark"))
    return (that or content_relative(view, clause)) and called_untrue(view, noun, clause)


def inside_denied(view: SentenceView, outer: Token) -> bool:
    """A clause inside a denied one ("any suggestion that the clerk believes [the owner lied] is false"):
    the denial says the outer clause is untrue, and nothing of what it holds; a denied clause of
    believing or saying ("any suggestion that [the clerk believes …] is false"), whose believer would be its
    source, though the denial is another's; and the clause of a negated "think"/"believe" ("does not think
    [the team can win]"), which "may win" would say the other way round."""
    lemma = outer.lemma_.lower()
    head = view.head(outer)
    return any(denied_content(view, a) for a in view.ancestors(outer)) or (
        lemma in DOUBT_VERBS or lemma in lx.SPEECH_VERBS) and denied_content(view, outer) \
        or outer.dep_ == "ccomp" and head is not None and head.lemma_.lower() in _NEG_RAISING and negated(view, head)


#: Verbs whose "not" is heard on their clause ("does not think the team can win": he thinks it cannot).
_NEG_RAISING = frozenset({"think", "believe", "expect", "suppose", "imagine", "reckon"})


#: Nouns whose "that" clause is asked for ("the demand that he resign").
REQUEST_NOUNS = frozenset({"recommendation", "request", "demand", "call", "order", "requirement", "plea",
                           "appeal", "proposal", "suggestion", "insistence", "instruction", "ultimatum"})
#: Nouns whose "that" clause is wished for ("hopes that sales will rise").
WISH_NOUNS = frozenset({"hope", "wish", "dream", "desire"})
#: Verbs whose bare-verb ("subjunctive") "that" clause is asked for: "insist that he leave".
MANDATIVE_VERBS = frozenset({"insist", "demand", "recommend", "request", "ask", "urge", "propose", "suggest",
                             "require", "order", "move", "advise"})


def _subjunctive(view: SentenceView, verb: Token) -> bool:
    """A finite clause whose verb is bare ("that the union agree", "that he be removed"): a mandate."""
    subj = view.child(verb, "nsubj", "nsubjpass")
    if subj is None:
        return False
    bare_passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in view.dependents(verb))
    if not (bare_passive or verb.tag_ == "VB" or verb.tag_ == "VBP" and subj.tag_ in ("NN", "NNP")):
        return False  # (a singular noun with a plural-looking verb, "the union agree", is a bare verb;
        # "that the vote be delayed": a bare "be" before a participle)
    return not any(c.dep_ == "aux" and c.lower_ != "be" for c in view.dependents(verb))


def mandative(view: SentenceView, verb: Token) -> bool:
    """"insisted his plan be kept secret", "demanded that Lee resign": a bare-verb clause under a verb of
    demanding; its bare verb is the subjunctive, not a verb that disagrees with its subject."""
    head = view.head(verb)
    return verb.dep_ == "ccomp" and head is not None and head.pos_ in ("VERB", "AUX") \
        and head.lemma_.lower() in MANDATIVE_VERBS and _subjunctive(view, verb)


#: Nouns whose "of"-gerund is one way things may go, not what happened ("the choice of keeping",
#: "the prospect of losing", "the threat of closing").
OPTION_NOUNS = frozenset({"choice", "option", "possibility", "prospect", "threat", "risk", "chance", "alternative",
                          "danger", "likelihood", "idea", "question", "notion", "temptation"})


#: Verbs of fearing, believing, guessing and asking: their complement is not said to be so.
DOUBT_VERBS = frozenset({"fear", "worry", "believe", "think", "suppose", "guess", "wonder", "speculate",
                         "imagine", "assume", "suspect", "doubt", "question", "ask", "presume", "hypothesize",
                         "theorize", "estimate", "rumor", "rumour"})


def _option(view: SentenceView, outer: Token) -> bool:
    """"the choice of keeping the boy or returning him": a gerund (or its conjunct) after "of" on a noun
    of options."""
    first = outer
    while first.dep_ == "conj" and view.head(first) is not None:
        first = view.head(first)
    head = view.head(first)
    gov = view.head(head) if first.dep_ == "pcomp" and head is not None and head.lower_ == "of" else None
    return gov is not None and gov.pos_ == "NOUN" and gov.lemma_.lower() in OPTION_NOUNS


def frame_status(view: SentenceView, outer: Token) -> str | None:
    """A status a clause takes from the reporting frame around it.

    "X denied that Y met Z" → negated (X says it did not happen); "prosecutors
    allege that Y stole", "the defence argued that Y was", "X accused Y of
    stealing" → possible (one side's word: the accusation happened, what it
    accuses is attributed, not fact); "residents feared that the dam would
    break", "investigators believe he fled", "she was told she had cancer"
    (what someone heard) → possible; "rejected the argument that he was
    incapable", "rumors that the mayor fled" (the content of a claim noun) →
    possible. "sold it without disclosing the price" → negated.
    """
    head = view.head(outer)
    if head is None:
        return None
    dep = outer.dep_
    if dep == "conj" and any(m.lower_ == "that" for m in view.children(outer, "mark")):
        first = head
        while first.dep_ == "conj" and view.head(first) is not None:
            first = view.head(first)
        if first.dep_ == "ccomp" and view.head(first) is not None:
            # "sought to prove that his allies outnumber his critics and that he should stay": the second
            # "that" clause is the verb's content as much as the first
            dep, head = "ccomp", view.head(first)
    if dep == "pcomp" and head.lower_ == "without":
        gov = view.head(head)
        if gov is not None and gov.pos_ in ("VERB", "AUX") \
                and chain_status(view, _chain_up(view, gov)) not in ("happened", "ongoing"):
            return "possible"  # "cannot deport him without holding a hearing": a hearing is what it needs, not one
            # that was not held ("sold it without disclosing the price" did not disclose it)
        return "negated"
    if _option(view, outer):
        return "possible"  # "faced with the choice of keeping the boy or returning him": an option
    if _instead(view, outer, head):
        return "negated"  # "rather than recall the devices", "instead of paying": the road not taken
    if dep == "pcomp" and head.lower_ in _MANNER_PREPS and outer.tag_ == "VBG":
        gov = view.head(head)
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            st = chain_status(view, _chain_up(view, gov))
            if st not in ("happened", "ongoing"):
                return st  # "would break the law by attacking", "may not act before going to the council"
    if dep in ("ccomp", "xcomp") and head.pos_ in ("VERB", "AUX") and negated(view, head):
        return "possible"  # "I never saw her take a step", "did not say he left": not asserted
    if dep == "pcomp" and (outer.tag_ == "VBG" or any(a.lower_ == "being" for a in view.children(outer, "auxpass"))) \
            and head.dep_ == "prep" and view.head(head) is not None \
            and view.head(head).lemma_.lower() in ATTITUDE_ADJECTIVES:
        return "possible"  # "incapable of planning", "uneasy about being portrayed": not said to happen
    if abstract_gerund(view, outer):
        return "possible"  # "at a disadvantage in updating", "the difficulty of finding": an activity named, not done
    if dep == "advcl" and outer.tag_ == "VBG" and view.child(outer, "mark") is None and head.pos_ in ("VERB", "AUX") \
            and view.child(outer, "nsubj") is not None and not any(c.dep_ == "aux" for c in view.dependents(outer)):
        st = chain_status(view, _chain_up(view, head))
        if st not in ("happened", "ongoing", "negated"):
            return st  # "would become shareholders, each injecting 100 million": as much to come as its verb
    if dep in ("advcl", "pcomp") and outer.tag_ == "VBG" and view.child(outer, "mark") is None:
        verb = head if head.pos_ in ("VERB", "AUX") else view.head(head) if head.dep_ == "prep" else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and negated(view, verb):
            comma = any(view.doc.words[j].text == "," for j in range(min(verb.i, outer.i), max(verb.i, outer.i)))
            # "I didn't go in looking for a villain": inside the negation; "he didn't leave, fearing …": not
            return "possible" if comma else "negated"
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX") and infinitive(view, head) \
            and (outer.tag_ in ("VBD", "VBZ", "VBP") or view.child(outer, "aux") is not None) and not any(
            c.tag_ in ("WP", "WRB", "WDT") or c.lower_ == "whether" for c in view.dependents(outer)):
        return "possible"  # "plans to demonstrate [they were making cuts]": what an aim would show, not a fact
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX") and _finite(view, outer) and _may_show(view, head):
        return "possible"  # "the findings may suggest that the bridge collapsed": not yet shown, not a fact
    if mandative(view, outer):
        return "requested"  # "insisted that the union agree", "demands that he resign"
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX") and _split_off(view, outer, head):
        return None  # "a committee is evaluating the offer; the parent asked it to reply": not what was asked
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma in lx.SPEECH_VERBS and view.child(head, "auxpass") is not None and not _impersonal_report(view, head):
            if _announced_plan(view, outer):
                return "planned"  # "staff were told that two shops were going to close": a plan made known
            return "possible"  # "she was told she had leukemia": what she heard, not what is so
        if lemma in DENY_VERBS and outer.i > head.i:  # (a clause before "rejects" is a misparse, not its content)
            return "negated"
        if lemma in ALLEGE_VERBS or lemma in DOUBT_VERBS:
            return "possible"
    if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and any(d.lower_ == "no" for d in view.children(head, "det")) \
            and _finite(view, outer):
        return "possible"  # "no sign that the drought has ended": not asserted
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX") and _finite(view, outer) and any(
            o.i < outer.i and any(d.lower_ == "no" for d in view.children(o, "det")) for o in view.children(head, "dobj")):
        return "possible"  # "can provide no assurance a deal will occur" (the clause hung on the verb)
    if dep == "ccomp" and head.lemma_.lower() == "be" and head.pos_ == "AUX":
        noun = view.child(head, "nsubj")
        lemma = noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else ""
        if lemma in WISH_NOUNS:
            return "desired"  # "the hope is that someone will step forward"
        if lemma in CONTENT_NOUNS:
            return "possible"  # "the fear is that the dam will break"
    if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and any(c.lower_ == "that" for c in view.children(outer, "mark")) \
            or content_relative(view, outer):
        noun = head.lemma_.lower()
        if denied_content(view, outer):
            return "negated"  # "reports that the coach quit are false": what they say is denied
        if noun in REQUEST_NOUNS and noun in CONTENT_NOUNS and not _subjunctive(view, outer) and not any(
                a.lower_ in ("should", "must") for a in view.children(outer, "aux")):
            return "possible"  # "any suggestion that she was aware": what is suggested, not asked for
        if noun in REQUEST_NOUNS:
            return "requested"  # "a recommendation that the agency re-open the bidding"
        if noun in WISH_NOUNS:
            return "desired"  # "has hopes that sales will exceed 700"
        if noun in CONTENT_NOUNS:
            return "possible"  # "the jury rejected the argument that he was incapable": one side's word

    if accused_act(view, outer):
        return "possible"  # "accused the airline of hiding reports", "charged with stealing"
    if belief_holder(view, head, outer) is not None:
        return "possible"  # "Lee is convinced the match was fixed": what Lee holds, not a fact
    return None


def accused_act(view: SentenceView, outer: Token) -> bool:
    """The act an accusation names ("charged with stealing", "accused the airline of hiding reports"):
    one side's word about something done before the charge, so said "may have stolen", never "may steal"."""
    head = view.head(outer)
    if outer.dep_ != "pcomp" or head is None or head.lower_ not in ("of", "with") or head.dep_ != "prep":
        return False
    gov = view.head(head)
    if gov is not None and gov.pos_ in ("NOUN", "PROPN", "PRON") and gov.dep_ == "dobj" and head.lower_ == "of" \
            and view.head(gov) is not None and view.head(gov).lemma_.lower() in ("accuse", "suspect"):
        gov = view.head(gov)  # "accused the driver [of speeding]" parsed under the object (never "charged a panel
        # with reviewing": a task)
    return gov is not None and gov.lemma_.lower() in ALLEGE_VERBS


#: Prepositions by which a noun or an adjective names an activity ("a disadvantage in updating", "the
#: difficulty of finding", "good at hiding", "worries about losing"); never "after"/"before"/"for"/"by",
#: which place or explain a real act ("a week after leaving", "praise for rescuing").
_ACTIVITY_PREPS = frozenset({"in", "of", "at", "about", "on"})  # ("any action on revoking the permit": none taken)


def abstract_gerund(view: SentenceView, outer: Token) -> bool:
    """A gerund a noun or an adjective takes through a preposition ("is at a disadvantage in updating
    its ovens", "faces difficulty in finding workers", "capable of winning"): the activity is named as a
    kind, never said to have been done. (An accusation's "accused of stealing" is a verb's: ``accused_act``.)"""
    head = view.head(outer)
    if outer.dep_ != "pcomp" or outer.tag_ != "VBG" or head is None or head.dep_ != "prep" \
            or head.lower_ not in _ACTIVITY_PREPS:
        return False
    gov = view.head(head)
    # (an adjective of ability or fear says "possible" itself and is shown so: "incapable of planning")
    return gov is not None and gov.pos_ in ("NOUN", "ADJ") and gov.lemma_.lower() not in ATTITUDE_ADJECTIVES \
        and not accused_act(view, outer)


def _impersonal_report(view: SentenceView, verb: Token) -> bool:
    """"it was announced that the painter had died": a passive report with an empty "it" says what was made
    known (the clause keeps its own tense); "she was told she was ill", "it is said that …" (hearsay) do not."""
    subj = view.child(verb, "nsubjpass", "expl")
    return subj is not None and subj.lower_ == "it" and verb.lemma_.lower() in _MADE_KNOWN


#: Verbs by which a fact is made known ("it was announced that …"); never hearsay ("it is said", "reported").
_MADE_KNOWN = frozenset({"announce", "confirm", "disclose", "reveal", "declare", "state", "publish"})


#: Verbs that show or tell what is so ("the report may show that …", "a letter could reveal that …").
_SHOWING = frozenset({"show", "suggest", "indicate", "prove", "confirm", "reveal", "mean", "demonstrate"})


def _may_show(view: SentenceView, verb: Token) -> bool:
    """A verb of saying or showing under "may"/"might"/"could": what it would show is not asserted."""
    return (verb.lemma_.lower() in _SHOWING or verb.lemma_.lower() in lx.SPEECH_VERBS) and any(
        a.lower_ in ("may", "might", "could") for a in view.children(verb, "aux"))


def _split_off(view: SentenceView, outer: Token, head: Token) -> bool:
    """A clause that ends at a semicolon before its governor ("the panel is weighing the offer; the
    parent asked it to reply by Friday"): a sentence of its own the parse hung on the next one, never
    what that verb says, asks or doubts."""
    if outer.i > head.i:
        return False
    words = view.doc.words
    return any(words[k].text == ";" for k in range(max(view.subtree_ids(outer)) + 1, head.i))


def _announced_plan(view: SentenceView, outer: Token) -> bool:
    """What people were told is to come ("were told that the shops would close", "… were going to be
    closed"): the plan of whoever told them, said with its own "will"/"would"/"going to"."""
    return any(a.lower_ in ("will", "would", "'ll", "wo", "shall") for a in view.children(outer, "aux")) \
        or outer.lower_ == "going" and any(a.lower_ in ("was", "were", "is", "are", "'s", "'re")
                                           for a in view.children(outer, "aux")) \
        and any(x.tag_ == "VB" or x.tag_ == "VBN" for x in view.children(outer, "xcomp"))


def _finite(view: SentenceView, verb: Token) -> bool:
    """A clause with a finite verb or a modal of its own ("a transaction will occur", "it worked")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("MD", "VBD", "VBZ", "VBP") for a in view.dependents(verb))


#: Prepositions whose gerund shares the tense of the verb it hangs on ("would break the law by attacking").
_MANNER_PREPS = frozenset({"by", "before", "while", "in", "through"})  # (never "after": that came first)


#: Adjectives of ability, fear and wish whose gerund is not said to happen ("capable of planning",
#: "afraid of losing", "uneasy about being portrayed").
ATTITUDE_ADJECTIVES = frozenset({"capable", "incapable", "afraid", "scared", "worried", "nervous", "uneasy",
                                 "anxious", "excited", "hopeful", "eager", "keen", "wary", "fearful",
                                 "interested", "concerned", "terrified", "open", "reluctant", "hesitant"})


def _instead(view: SentenceView, outer: Token, head: Token) -> bool:
    """"rather than V", "instead of V-ing": the clause names what was not done."""
    than = next((m for m in view.children(outer, "mark", "advmod") if m.lower_ == "than"), None)
    if outer.dep_ == "advcl" and than is not None \
            and any(a.lower_ == "rather" for a in (*view.dependents(outer), *view.dependents(than))):
        return True
    if outer.dep_ == "pcomp" and head.lower_ == "of":
        up = view.head(head)
        return any(a.lower_ == "instead" for a in (*view.dependents(head), *([up] if up is not None else [])))
    return False


def context_status(view: SentenceView, outer: Token) -> str | None:
    """A status that the clause takes from above it ("if …", "whether …")."""
    for c in view.children(outer, "mark"):
        if c.lower_ in ("if", "whether", "unless"):
            return "possible"
        if c.lower_ in ("until", "till") and outer.tag_ in ("VBZ", "VBP") and outer.dep_ == "advcl":
            return "possible"  # "can't estimate the cost until they determine who will go": not yet done
    head = view.head(outer)
    if head is not None and head.dep_ == "pcomp" and head.lower_ == "whether":
        return "possible"
    if outer.dep_ == "advcl" and head is not None and head.pos_ in ("VERB", "AUX") and any(
            c.lower_ in _TIME_MARKS for c in view.children(outer, "mark", "advmod")) and outer.tag_ != "VBD" \
            and not any(a.lower_ in lx.MODAL_STATUS for a in view.children(outer, "aux")):  # ("before she can …")
        if any(lx.MODAL_STATUS.get(a.lower_) == "planned" and a.lower_ not in ("would", "'d")
               for a in view.children(head, "aux")) or outer.tag_ in ("VBZ", "VBP", "VBN") and (
                infinitive(view, head) or head.dep_ in ("xcomp", "conj")) \
                and chain_status(view, _chain_up(view, head)) == "planned":
            # (never "were beginning to gather before the ruling was issued": the ruling came)
            return "planned"  # "will step down when the sale is finalized": the "when" clause is to come too
    return None


_RANKS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


def _ranked_noun_verb(view: SentenceView, outer: Token) -> Token | None:
    """"the first model to be built": the infinitive describes the noun and has the tense of the
    clause the noun is in ("is the first …" happened, "will be the first …" planned). The verb of
    that clause, or None when the infinitive is not of this kind."""
    if outer.dep_ not in ("relcl", "acl"):
        return None
    noun = view.head(outer)
    if noun is None or not any(a.lower_ in _RANKS for a in view.children(noun, "amod")):
        return None
    verb = view.head(noun)
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


#: Subordinators of time: a clause under them shares the time of the clause it hangs on.
_TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "till", "as soon as"})


#: Adjectives before an event noun that say it has not (yet) happened: "the planned offering", "a
#: possible merger", "the alleged fraud", "a failed bid".
_NOUN_MODIFIER_STATUS = {
    **dict.fromkeys(("planned", "proposed", "intended", "scheduled", "upcoming", "pending", "prospective",
                     "forthcoming", "projected"), "planned"),
    **dict.fromkeys(("possible", "potential", "alleged", "rumored", "rumoured", "suspected", "expected",
                     "likely", "reported", "purported", "anticipated"), "possible"),
    **dict.fromkeys(("failed", "aborted", "abandoned", "thwarted", "foiled", "botched"), "failed"),
}


def modifier_status(view: SentenceView, noun: Token) -> str | None:
    """The status an adjective before an event noun gives it ("MGM's planned offering" → planned), or None."""
    for c in view.children(noun, "amod"):
        st = _NOUN_MODIFIER_STATUS.get(c.lower_)
        if st is not None:
            return st
    return None
