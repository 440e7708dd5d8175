"""Who and what a predicate is about: subject, object and the other arguments.

- **subject**: the outer verb's ``nsubj``/``nsubjpass``; without one, the
  controller: a conjunct shares its first conjunct's subject; an infinitive or
  gerund shares its governor's subject, or its governor's object after an
  object-control verb ("thanked Kim for recommending" → Kim recommends); a
  participle modifying a noun has that noun ("plans falling through"); a
  relative clause has the noun it modifies.
- **object**: the content verb's direct object (or the noun a relative
  pronoun stands for, or that a gapped relative clause is about, also through
  a verb of saying: "the plan the agency said it would revise"), else a
  prepositional object ("advocated for her release", "met with", "invested
  in", "looked forward to meeting her") whose preposition then joins the
  predicate; a passive with none of these has its doer ("was arrested by
  police", ``agent_object``); a copula's object is its ``attr``/``acomp``.
- **arguments** (``Claim.args``), from the chain's dependents: ``purpose``
  ("to discuss prison reform"), ``reason`` ("for recommending …" after verbs
  of thanking and blaming; "due to", "because of", "because …"), ``channel``
  ("on social media", "on <platform entity>" after a communicative verb, the
  channel of a take-to frame), ``place`` ("in <place entity>"), ``with``
  (companions), ``agent`` (passive "by", never a time or a measure: ``agent_of``), ``to`` (addressee of speech),
  ``content`` (what was said or alleged).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .garble import trim_quotes
from .predicate import Frame
from .status import asked_through, content_relative
from .view import SentenceView

_RELATIVE = frozenset({"who", "whom", "that", "which", "whose"})
#: Prepositions that place an adjective's clause rather than give its object ("married in prison").
_LOCATIVE = frozenset({"in", "at", "from", "near", "inside", "outside"})
_ACCUSE_OF = frozenset({"accuse", "suspect", "convict", "charge", "acquit", "clear", "warn", "inform",
                        "remind", "assure", "notify", "tell"})


def _own_subject(view: SentenceView, verb: Token) -> Token | None:
    """The verb's subject; of two read before it, at times the one nearest the verb. A fronted phrase set
    off by a comma ("Rated triple-B by two agencies, the notes will be sold …", "Long a rival of the firm,
    the bank bought …") is at times parsed as a second subject: English has one subject per finite verb,
    and it stands after the fronted phrase, next to the verb. The fronted phrase opens with a participle,
    an adjective or an adverb, or is a stretch of time ("In the year-ago quarter, the second quarter
    ended Oct. 31, the firm had a loss"), never a name or another noun (a name and a title beside it are
    one subject said twice); a second subject set off by commas on both sides is an aside ("a beta
    version, the firm's video application, would be …") and leaves the first."""
    subjects = view.children(verb, "nsubj", "nsubjpass")
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [s for s in subjects if s.i < verb.i]
    if len(before) != 2:
        return subjects[0]
    first, second = before
    lo = view.lo
    opening = view.subtree(first)[0]
    fronted = opening.tag_ in _FRONTED_OPENERS or first.lemma_.lower() in _FRONTED_TIME_NOUNS
    if not fronted or not any(
            t.text == "," for t in view.tokens()[first.i + 1 - lo:second.i - lo]):
        return first
    end = max(t.i for t in view.subtree(second))
    return first if any(t.text == "," for t in view.tokens()[end + 1 - lo:verb.i - lo]) else second


#: Tags a fronted phrase (not a subject) opens with: "Rated …", "Priced …", "Eager to …", "Long a rival …".
_FRONTED_OPENERS = frozenset({"VBN", "VBG", "JJ", "RB"})


def subject_token(view: SentenceView, verb: Token, depth: int = 0,
                  outer_of: dict[int, Token] | None = None) -> tuple[Token | None, bool]:
    """The subject's head for ``verb`` and whether it was inherited (control, conjunction).

    ``outer_of`` maps a word of a predicate chain to the chain's outer word:
    a clause hanging off a chain word takes the chain's subject.
    """
    if outer_of is not None and verb.i in outer_of and outer_of[verb.i].i != verb.i:
        outer = outer_of[verb.i]
        if outer.pos_ in ("NOUN", "PROPN"):
            return noun_agent(view, outer), True
        sub, _ = subject_token(view, outer, depth + 1, outer_of)
        return sub, True
    s = _own_subject(view, verb)
    if s is not None:
        if s.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return _described(view, view.head(verb)), True
        return s, False
    if depth > 6:
        return None, False
    h = view.head(verb)
    if h is None:
        return None, False
    dep = verb.dep_
    if dep == "conj":
        if h.pos_ in ("VERB", "AUX"):
            sub, _ = subject_token(view, h, depth + 1, outer_of)
            return sub, True
        return None, False
    if dep == "relcl":
        return _described(view, h), True
    if dep == "acl" and h.pos_ in ("NOUN", "PROPN"):
        if h.lemma_.lower() in lx.CUE_NOUNS and verb.tag_ not in ("VBG", "VBN"):
            return noun_agent(view, h), True
        return _state_holder(view, verb) or h, True
    if dep in ("xcomp", "advcl", "pcomp", "acl"):
        gov = h
        if dep == "pcomp" or h.dep_ == "prep":
            gov = view.head(h) if h.pos_ == "ADP" or h.dep_ == "prep" else h
        if gov is None:
            return None, False
        if gov.pos_ in ("VERB", "AUX"):
            asked = asked_through(view, gov)
            if asked is not None and asked.i < verb.i and dep in ("xcomp", "advcl"):
                return asked, True  # "called on residents to save water": the residents are to save it
            obj = view.child(gov, "dobj")
            lemma = gov.lemma_.lower()
            if obj is not None and obj.i < verb.i and h.lower_ == "as" and verb.tag_ == "VBG":
                return obj, True  # "quoting Lee as saying …", "described the firm as having …": the object's
            # (a participle set off by a comma is the subject's: "led the team in scoring, posting 40 goals")
            aside = dep == "advcl" and verb.tag_ == "VBG" and view.doc.words[verb.i - 1].text == ","
            if obj is not None and obj.i < verb.i and (lemma in lx.OBJECT_CONTROL or lemma in lx.REASON_FOR_VERBS) \
                    and not aside:
                # (a clause before the object is not controlled by it: "Looking out, she told the
                # paper …" is her looking, not the paper)
                return obj, True
            sub, _ = subject_token(view, gov, depth + 1, outer_of)
            return sub, True
        if gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in lx.CUE_NOUNS:
            return noun_agent(view, gov), True
        if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("dobj", "pobj", "attr"):
            # "seek guidance on navigating": the gerund shares the clause's subject
            verb_up = next((a for a in view.ancestors(gov) if a.pos_ in ("VERB", "AUX")), None)
            if verb_up is not None:
                sub, _ = subject_token(view, verb_up, depth + 1, outer_of)
                return sub, True
        if gov.pos_ == "ADJ":
            cop = view.head(gov)
            if cop is not None and cop.pos_ in ("VERB", "AUX"):
                sub, _ = subject_token(view, cop, depth + 1, outer_of)
                return sub, True
    return None, False


def _state_holder(view: SentenceView, participle: Token) -> Token | None:
    """The object whose state a participle says after a verb of seeing or having ("saw the accounts of
    two farmers [emptied]": the accounts were emptied, not the farmers), or None."""
    for up in view.ancestors(participle):
        if up.dep_ == "dobj":
            gov = view.head(up)
            return up if gov is not None and _object_state(view, gov, up) is participle else None
    return None


def _described(view: SentenceView, noun: Token | None) -> Token | None:
    """The name a relative clause's noun describes when that noun is an apposition of a name ("Lee,
    formerly Acme's chief, who left Acme"): the person who did it, not the title (which would read as
    another doer: "Acme's chief left Acme")."""
    if noun is None or noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return noun
    if noun.pos_ == "PROPN" and view.child(noun, "det") is None:
        return noun  # a name in apposition names the same thing ("the capital, Abuja, which …"); a capitalised
        # description with its determiner describes the name before it ("Ann Lee, the Ohio Democrat who …")
    up = view.head(noun)
    return up if up is not None and up.pos_ == "PROPN" else noun


def noun_agent(view: SentenceView, noun: Token) -> Token | None:
    """Who a cue noun belongs to: "her intention", "a request from X", "the desire of X"."""
    poss = view.child(noun, "poss")
    if poss is not None:
        return poss
    for p in view.children(noun, "prep"):
        if p.lower_ in ("from", "by", "of"):
            pobj = view.child(p, "pobj")
            if pobj is not None and (pobj.pos_ in ("PROPN", "PRON") or pobj.ent_type_):
                return pobj
    # "expressed her desire to …": the noun's governor's subject
    gov = view.head(noun)
    if gov is not None and gov.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "attr"):
        sub, _ = subject_token(view, gov)
        return sub
    return None


def object_token(view: SentenceView, frame: Frame, *, skip: set[int]) -> tuple[Token | None, Token | None]:
    """(object head, preposition if the object is prepositional) of the frame's content word."""
    head = frame.head
    if head.pos_ == "AUX" or (head.lemma_ == "be" and frame.kind == "attribute"):
        for c in view.children(head, "attr", "acomp"):
            return c, None
        return _copula_prep(view, head, skip)
    up = view.head(frame.outer) if frame.outer.dep_ == "ccomp" else None
    if up is not None and up.dep_ == "relcl" and up.pos_ == "VERB" and head.pos_ == "VERB" \
            and view.child(head, "dobj", "ccomp", "xcomp") is None \
            and view.child(frame.outer, "nsubj") is not None and not any(
                c.lower_ in _RELATIVE and c.dep_ in ("nsubj", "nsubjpass", "poss") or c.dep_ == "poss"
                or c.lower_ in ("where", "when", "why", "how") for c in view.dependents(up)):
        # "a man [investigators say] she had met", "the plan [that the agency said] it would revise": the
        # noun is what the reported clause is about (a relative word there is the gap's, not a subject)
        noun = view.head(up)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _TIME_NOUNS | _MANNER_NOUNS:
            stranded = next((p for p in view.children(head, "prep")
                             if p.i > head.i and view.child(p, "pobj", "pcomp") is None), None)
            return noun, stranded  # ("the deal it said it would go ahead with": with the deal)
    clause = frame.outer if frame.outer.dep_ == "relcl" else head  # "the plants that it intends to [close]"
    if clause.dep_ == "relcl":
        rel = view.child(head, "dobj")
        if rel is not None and rel.lower_ in _RELATIVE:
            noun = view.head(clause)
            so_that = rel.lower_ == "that" and any(
                a.lower_ in ("so", "such") for t in view.ancestors(head) for a in view.children(t, "advmod", "amod"))
            if noun is not None and not so_that:
                return noun, None
    gap = _relative_gap(view, clause, head)
    if gap is not None:
        return gap
    objects = view.children(head, "dobj", "dative", "oprd")
    objects.sort(key=lambda c: c.dep_ != "dobj")  # "won her an award": what was won, not who for
    for c in objects:
        if c.lower_ in _RELATIVE or (c.dep_ == "oprd" and c.pos_ == "ADJ"):
            continue  # "was found dead": the adjective is part of the predicate
        if c.ent_type_ in ("DATE", "TIME") and c.pos_ == "PROPN":
            continue  # "were coping Saturday with …": a day misread as the object says when, not what
        return c, None
    if head.pos_ == "VERB":
        for cc in view.children(head, "ccomp"):
            # a verbless small clause misread as a clause: "wins [order worth $2bn]" → the order
            if cc.pos_ in ("ADJ", "ADP") and cc.i > head.i:
                inner = view.child(cc, "nsubj")
                if inner is not None and inner.pos_ in ("NOUN", "PROPN") and inner.i not in skip:
                    return inner, None
        for a in view.children(head, "acomp", "oprd"):
            if a.pos_ != "ADJ":
                continue
            # "pleaded guilty to murder", "became eligible for parole": the adjective's object
            for p in view.children(a, "prep"):
                if p.lower_ in lx.PREP_OBJECT_PREPS and p.lower_ not in _LOCATIVE and p.i not in skip:
                    pobj = view.child(p, "pobj")
                    if pobj is not None and pobj.i not in skip:
                        return pobj, p
    if head.pos_ == "VERB":
        for c in view.children(head, "attr"):
            return c, None
    passive = view.child(head, "auxpass", "nsubjpass") is not None
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and not passive and (measure := _measure(view, head, skip)) is not None:
        return measure  # "fell 12 percent", "rose by 4%": how much is what the verb says
    if head.pos_ == "VERB" and not passive:
        for c in view.children(head, "npadvmod"):
            # "first introduced iPhone 4": a name misread as an adverb right after the verb is its object
            if c.pos_ == "PROPN" and 0 < c.i - head.i <= 2 and c.i not in skip and c.ent_type_ not in ("DATE", "TIME"):
                return c, None
    for p in view.children(head, "prep"):
        if p.i < head.i or p.i in skip:
            continue
        low = p.lower_
        inner = view.child(p, "prep") if view.child(p, "pobj") is None and low in _COMPOUND_PREP_HEADS else None
        if inner is not None and inner.lower_ in ("of", "from", "to") and view.child(inner, "pobj") is not None:
            p, low = inner, inner.lower_  # "run out of money", "stayed away from the press": the inner one
        if low not in lx.PREP_OBJECT_PREPS:
            continue
        pobj = view.child(p, "pobj")
        if pobj is None and low in _GERUND_PREPS and lemma not in lx.REASON_FOR_VERBS:
            pobj = view.child(p, "pcomp")  # "looked forward to [proving his innocence]", "talked about leaving"
            if pobj is not None and (pobj.tag_ != "VBG" or view.child(pobj, "nsubj") is not None):
                pobj = None
        if pobj is None or pobj.i in skip:
            continue
        if (low, pobj.lower_) in _DISCOURSE_PHRASES and not view.dependents(pobj):
            continue  # "grapple, for instance, with …": a linking phrase of the writer's, no participant
        if low == "with" and lemma not in lx.WITH_OBJECT_VERBS:
            continue
        if low == "for" and lemma in lx.REASON_FOR_VERBS:
            continue
        if low in ("by",) and passive:
            continue
        if low == "as" and (view.child(head, "dobj") is not None or view.child(head, "agent") is not None):
            continue  # "was praised by Jobs as the biggest leap": a role, said of what was praised
        if low in lx.PLACE_PREPS and _is_place(pobj) and low != "to":
            continue
        if low in ("on", "via", "over", "through") and _is_channel(pobj, lemma, low):
            continue
        return pobj, p
    focus = cleft_focus(view, head)
    if focus is not None and view.child(head, "dobj") is None:
        return focus, None  # "it was his direction that critics applauded": what they applauded
    if head.pos_ == "VERB" and not passive and not view.children(head, "prt"):
        shared = _shared_object(view, head)
        if shared is not None:
            return shared, None
    return None, None


#: Entity types of an amount a verb of change moves by ("fell 12 percent", "rose by $5 million").
_AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY"})


def _measure(view: SentenceView, head: Token, skip) -> tuple[Token, Token | None] | None:
    """The amount right after a verb with no object of its own, as its object: a bare one ("fell 12
    percent") or after "by" ("rose by 4%"). Said without it, "prices fell" loses the news."""
    if view.child(head, "dobj") is not None or any(
            p.lower_ in ("to", "from") and p.i > head.i and not _since_when(view, p, skip)
            for p in view.children(head, "prep")):
        return None  # ("fell 2.5 percent to $3": the predicate runs to its "to" and says both)
    for c in view.dependents(head):
        if c.i <= head.i or c.i - head.i > 3 or c.i in skip:
            continue
        if c.dep_ == "npadvmod" and c.ent_type_ in _AMOUNTS:
            return c, None
        if c.dep_ == "prep" and c.lower_ == "by" and (pobj := view.child(c, "pobj")) is not None \
                and pobj.ent_type_ in _AMOUNTS and pobj.i not in skip:
            return pobj, c
    return None


def _since_when(view: SentenceView, prep: Token, skip) -> bool:
    """A "from"/"to" whose phrase is a time ("fell 8.4% from a year ago", "rose 12% from last year"): it
    says since when the amount is counted, never a level the verb reached, so the amount is still what the
    verb says."""
    inner = view.child(prep, "pobj", "pcomp")
    return inner is not None and (inner.i in skip or inner.ent_type_ in ("DATE", "TIME"))


#: Phrases of a preposition and a bare noun that link the writer's points and name nothing.
_DISCOURSE_PHRASES = frozenset({("for", "instance"), ("for", "example"), ("in", "fact"), ("of", "course"),
                                ("in", "turn"), ("in", "particular"), ("in", "addition"), ("in", "short"),
                                ("in", "general"), ("at", "least"), ("in", "contrast"), ("in", "effect")})


def cleft_focus(view: SentenceView, verb: Token) -> Token | None:
    """The focus of a cleft sentence whose "that" clause ``verb`` heads ("It was [his direction] that
    critics applauded", "it is [the tax] that voters fear"): the noun the clause is about, whose place the
    clause leaves empty; None for any other clause. The "it" of a cleft stands for nothing."""
    gov = view.head(verb)
    if verb.dep_ not in ("ccomp", "relcl") or gov is None or gov.lemma_ != "be":
        return None
    it = view.child(gov, "nsubj")
    focus = view.child(gov, "attr")
    if it is None or it.lower_ != "it" or focus is None or focus.i > verb.i \
            or focus.pos_ not in ("NOUN", "PROPN"):
        return None
    marks = [c for c in view.dependents(verb) if c.i < verb.i and c.lower_ in ("that", "which", "who", "whom")]
    return focus if marks and view.child(verb, "nsubj", "nsubjpass") is not None \
        and not any(m.dep_ in ("nsubj", "nsubjpass") for m in marks) else None


def _shared_object(view: SentenceView, head: Token) -> Token | None:
    """"shot and killed a woman": a verb joined straight to the next one shares its object."""
    for conj in view.children(head, "conj"):
        if conj.pos_ != "VERB" or conj.i <= head.i or view.child(conj, "auxpass", "nsubjpass", "nsubj") is not None:
            continue
        if any(t.dep_ not in ("cc", "punct") for t in view.doc.words[head.i + 1:conj.i]):
            continue
        obj = view.child(conj, "dobj")
        if obj is not None and obj.lower_ not in _RELATIVE:
            return obj
    return None


#: Prepositions whose gerund clause is a verb's object ("insisted on paying", "looked forward to
#: meeting"); after others ("after leaving", "through working") the gerund says when or how.
_GERUND_PREPS = frozenset({"to", "about", "on", "of", "against", "into", "at", "in", "from", "toward", "towards",
                           "with", "for"})

#: Words that open a two-word preposition ("out of", "away from", "up to").
_COMPOUND_PREP_HEADS = frozenset({"out", "away", "up", "ahead", "short", "clear"})

#: Verbs that name or judge their object ("called it draconian", "deemed it unsafe").
_NAMING_VERBS = frozenset({"call", "consider", "deem", "label", "brand", "dub", "declare", "judge", "rate",
                           "find", "term"})

#: Nouns of time: "the day she comes home" is when, not what.
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "moment", "night", "morning", "evening", "hour",
                         "minute", "decade", "era", "period", "season", "weekend", "afternoon"})
#: Nouns that head a fronted stretch of time ("In the year-ago quarter, …"): the nouns of time and a business's
#: reporting periods.
_FRONTED_TIME_NOUNS = _TIME_NOUNS | {"quarter"}


def dating_participle(view: SentenceView, clause: Token) -> bool:
    """A participle after a noun of time that only says which stretch of time is meant ("for the year
    ended July 2", "the quarter ending in March", "the week beginning Monday"): it names the period, as a
    date does, and reports nothing; said as a clause it reads "the year was ended on July 2"."""
    noun = view.head(clause)
    return clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD", "VBG") and noun is not None \
        and noun.lemma_.lower() in _FRONTED_TIME_NOUNS and view.child(clause, "dobj") is None


#: Nouns a gapped relative clause is about as a manner, place or reason, not as its object.
_MANNER_NOUNS = frozenset({"way", "manner", "reason", "place", "extent", "degree", "point", "case"})
#: Verbs whose object may be a stretch of time ("the 13 months she spent").
_SPAN_VERBS = frozenset({"spend", "serve", "take", "last", "wait", "waste", "lose"})


def _relative_gap(view: SentenceView, clause: Token, head: Token) -> tuple[Token | None, Token | None] | None:
    """A relative clause with no relative word: its noun fills the gap ("the conditions the board
    sets" → the board sets the conditions; "the house she lived in" → she lived in the house;
    "the billions it intends to spend" → it intends to spend the billions). ``clause`` is the
    clause's verb, ``head`` the content verb of its chain. None when the clause is not of that kind."""
    if clause.dep_ != "relcl" or head.pos_ != "VERB" or content_relative(view, clause):
        return None  # ("rumors the mayor fled to Spain": what the rumors say, no gap to fill)
    noun = view.head(clause)
    subj = view.child(clause, "nsubj")
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "NUM") or subj is None or subj.lower_ in _RELATIVE:
        return None
    if clause is not head and any(c.lower_ in _RELATIVE or c.lower_ in ("where", "when", "why", "how")
                                  for c in view.dependents(clause)):
        return None
    kids = view.dependents(head)
    naming = head.lemma_.lower() in _NAMING_VERBS  # "measures the agency called draconian": what was called so
    if any(c.lower_ in _RELATIVE or c.lower_ in ("where", "when", "why", "how") or c.dep_ in (
            "dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "advmod", "prt") and c.i > head.i
            and not (naming and c.dep_ in ("oprd", "acomp", "xcomp") and c.pos_ == "ADJ") for c in kids):
        return None
    if noun.lemma_.lower() in _TIME_NOUNS and head.lemma_.lower() not in _SPAN_VERBS:
        return None
    stranded = next((p for p in kids if p.dep_ == "prep" and p.i > head.i and view.child(p, "pobj", "pcomp") is None),
                    None)
    if stranded is not None:
        return noun, stranded
    if noun.lemma_.lower() in _MANNER_NOUNS:
        return None  # "the way she talked to him" is how, not what
    if head.lemma_.lower() not in _SPAN_VERBS and any(
            p.dep_ == "prep" and p.lower_ not in _NOT_OBJECT_PREPS and view.child(p, "pobj") is not None
            and view.child(p, "pobj").ent_type_ not in ("DATE", "TIME") for p in kids):
        return None  # "interviews (that) she disagreed with parts of": the verb has its own object
    return noun, None


#: Prepositions whose phrase in a gapped relative clause is never the verb's own object: a recipient
#: ("to"), a beneficiary ("for"), a role ("the scenes they shared as …"), a companion or an instrument
#: ("with"): the noun still fills the gap.
_NOT_OBJECT_PREPS = frozenset({"to", "for", "as", "with"})

#: Prepositions that open an adjunct of a copula, never its predicate ("was there before the war").
_NOT_PREDICATE_PREPS = frozenset({"after", "before", "during", "since", "until", "despite", "because", "due",
                                  "according", "per", "as", "than", "like", "for"})


def _copula_prep(view: SentenceView, head: Token, skip: set[int]) -> tuple[Token | None, Token | None]:
    """A copula's prepositional predicate ("was in custody", "will be under supervision"):
    without it the claim says only "X was"."""
    for p in view.children(head, "prep"):
        if p.i < head.i or p.i in skip or p.lower_ in _NOT_PREDICATE_PREPS:
            continue
        pobj = view.child(p, "pobj")
        if pobj is not None and pobj.lemma_.lower() in _DISCOURSE_NOUNS and p.lower_ == "in":
            continue  # "they were not in this case": a comment on the clause, never where they were
        if pobj is not None and pobj.i not in skip:
            return pobj, p
        return None, None
    return None, None


#: Nouns of "in this case", "in fact", "in turn", "in addition": the phrase comments on the clause.
_DISCOURSE_NOUNS = frozenset({"case", "fact", "turn", "addition", "general", "particular", "short", "sum",
                              "effect", "practice", "theory", "contrast", "response", "return"})


def _is_place(token: Token) -> bool:
    return token.ent_type_ in lx.PLACE_TYPES


def _is_channel(pobj: Token, verb_lemma: str, prep: str) -> bool:
    if pobj.ent_type_ in ("DATE", "TIME"):
        return False  # "announced on Friday": when it was said, never where (the claim's time says it)
    if pobj.lemma_.lower() in lx.CHANNEL_NOUNS or pobj.lower_ in lx.CHANNEL_NOUNS:
        return True
    return prep == "on" and verb_lemma in lx.COMMUNICATIVE and pobj.pos_ == "PROPN"


def _strip_to(text: str) -> str:
    for lead in ("in order to ", "so as to ", "to "):
        if text.lower().startswith(lead):
            return text[len(lead):]
    return text


def collect_args(view: SentenceView, frame: Frame, *, used: set[int],
                 taken: set[int] | frozenset[int] = frozenset()) -> dict[str, object]:
    """The frame's further arguments (see the module docstring).

    ``used`` are the subject/object tokens; ``taken`` the words of other
    frames' chains (a verb of another chain is never this frame's purpose).
    """
    args: dict[str, object] = {}
    chain_ids = {t.i for t in frame.chain}
    lemma = frame.head.lemma_.lower()
    if frame.channel is not None and not view.runs_into_verb(frame.channel):
        args["channel"] = _name_text(view, frame.channel)
    holders = list(frame.chain)
    for t in holders:
        t_lemma = t.lemma_.lower()
        for c in view.dependents(t):
            if c.i in chain_ids or c.i in used:
                continue
            dep = c.dep_
            if dep in ("advcl", "xcomp") and c.pos_ == "VERB":
                aux = view.child(c, "aux")
                mark = view.child(c, "mark")
                if aux is not None and aux.lower_ == "to" and (mark is None or mark.lower_ in ("in", "so")) \
                        and view.child(c, "nsubj") is None and c.i > t.i and c.i not in taken:
                    aim = _aim(view, c)
                    if aim:
                        args.setdefault("purpose", aim)
                elif mark is not None and mark.lower_ in lx.REASON_MARKS and mark.lower_ == "because":
                    if "reason" not in args:  # a clause: said after "because", never "because of"
                        args["reason"], args["reason_clause"] = _whole_clause(view, c, frozenset({mark.i})), True
                        _reason_degree(view, c, mark, args)
            elif dep == "ccomp" and t_lemma in lx.SPEECH_VERBS:
                args.setdefault("content", view.phrase(c, cut=frozenset(), drop=clause_marks(view, c))[0])
            elif dep in ("agent", "prep") and c.lower_ == "by" and (doer := agent_of(view, t)) is not None:
                args.setdefault("agent", view.phrase(doer)[0])
            elif dep == "agent":
                continue
            elif dep == "prep":
                _prep_arg(view, t, t_lemma, c, args, used, lemma)
    _deep_reason(view, frame, args)
    if "place" not in args and (where := _where_of(view, frame)) is not None:
        args["place"] = view.phrase(where, cut=_PHRASE_AND_ASIDE)[0]
    for key, value in args.items():
        if isinstance(value, str):
            args[key] = trim_quotes(value)  # "to close at 185 pence ($2.90": the bracket the phrase cut off
    return args


#: Adverbs that make a reason one among others ("partly because of a strike", "largely because costs rose").
_PART_REASON = frozenset({"partly", "largely", "mainly", "mostly", "primarily", "chiefly", "partially",
                          "principally", "predominantly"})


def _reason_degree(view: SentenceView, head: Token, lead: Token, args: dict) -> None:
    """``args["reason_degree"]``: the adverb right before a reason's "because" that makes it one reason of
    several ("fell partly because of a strike"): said without it, the claim gives the whole cause."""
    before = view.doc.words[lead.i - 1] if lead.i > view.lo else None
    if before is not None and before.lower_ in _PART_REASON and before.dep_ == "advmod" \
            and before.head.i in (head.i, lead.i):
        args["reason_degree"] = before.lower_


def _whole_clause(view: SentenceView, clause: Token, drop: frozenset[int]) -> str:
    """A clause's words without the clauses inside it, unless leaving one out cuts the clause's subject
    away ("because the laws of the island, under which the firm is organized, do not allow it" would be
    "because do not allow it"): then the clause as written, its inner clause with it."""
    left, _ = view.phrase_bounds(clause, drop=drop)
    subj = view.child(clause, "nsubj", "nsubjpass")
    if subj is not None and min(t.i for t in view.subtree(subj)) < left:
        return view.phrase(clause, cut=frozenset(), drop=drop)[0]
    return view.phrase(clause, drop=drop)[0]


#: A noun phrase without its clauses and without the aside after it ("her husband[, a retired pilot]").
_PHRASE_AND_ASIDE = frozenset({"relcl", "advcl", "ccomp", "parataxis", "acl", "appos"})


def _where_of(view: SentenceView, frame: Frame) -> Token | None:
    """The place a relative "where" stands for ("Ohio, where the couple plans to live" → Ohio): the noun the
    relative clause of the frame's chain hangs on, when that clause opens with "where"."""
    for t in frame.chain:
        if t.dep_ != "relcl":
            continue
        where = next((c for c in view.children(t, "advmod") if c.lower_ == "where" and c.i < t.i), None)
        place = view.head(t)
        if where is not None and place is not None and place.pos_ in ("PROPN", "NOUN") and _is_place(place):
            return place
    return None


def _aim(view: SentenceView, verb: Token) -> str:
    """A purpose infinitive's words ("to discuss prison reform"), its clauses left out; but a small clause
    the verb cannot be said without ("to get [it installed]") stays, and when even that is too long the aim
    is not said at all: "to get" alone is no English."""
    aim = _strip_to(view.phrase(verb, cut=frozenset({"relcl", "ccomp"}))[0])
    if aim.split()[-1:] != [verb.text] or view.child(verb, "ccomp") is None:
        return aim
    left, right = view.phrase_bounds(verb, cut=frozenset({"relcl"}))
    return _strip_to(view.span_text(left, right)[0]) if right - left < 12 else ""


def agent_of(view: SentenceView, verb: Token, *, skip: set[int] | frozenset[int] = frozenset()) -> Token | None:
    """Who did what a passive participle says was done: the noun of its "by" phrase ("was arrested
    by police", "a boy shot by an officer"), or None. A "by" phrase of time ("released by 6 a.m.", "by
    Friday") or of means ("by phone") names no doer, nor does one in ``skip`` (time expressions)."""
    by = _by_phrase(view, verb)
    pobj = view.child(by, "pobj") if by is not None else None
    if pobj is None or pobj.i in skip or pobj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    if pobj.ent_type_ in ("DATE", "TIME") or any(
            c.dep_ == "nummod" and c.ent_type_ in ("DATE", "TIME") for c in view.dependents(pobj)):
        return None
    if pobj.lemma_.lower() in lx.CHANNEL_NOUNS or pobj.lower_ in lx.CHANNEL_NOUNS or pobj.lemma_.lower() in _MEANS:
        return None
    if (pobj.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") or pobj.pos_ == "NUM") and not any(
            p.lower_ == "of" for p in view.children(pobj, "prep")):
        return None  # "was cut by 20 percent": how much, not who ("by three of the bullets" is what did it)
    return pobj


#: Nouns of a "by" phrase that says how or how much, never who ("by a wide margin", "by hand", "by car").
_MEANS = frozenset({"margin", "percent", "percentage", "point", "hand", "mistake", "accident", "default", "chance",
                    "far", "car", "train", "air", "road", "sea", "bus", "plane", "boat", "mail", "post", "force",
                    "name", "foot", "way", "means", "design", "half", "fraction", "factor", "vote", "majority"})


def _by_phrase(view: SentenceView, verb: Token) -> Token | None:
    """The "by" of a passive participle: parsed as its agent, or as a plain preposition after a verb
    with a passive auxiliary ("was hit in the back by three bullets")."""
    by = view.child(verb, "agent")
    if by is None and verb.tag_ == "VBN" and view.child(verb, "auxpass") is not None:
        by = next((p for p in view.children(verb, "prep") if p.lower_ == "by" and p.i > verb.i), None)
    return by


def agent_object(view: SentenceView, head: Token, *,
                 skip: set[int] | frozenset[int] = frozenset()) -> tuple[Token, Token] | None:
    """(agent noun, "by") for a passive with no object of its own ("X was arrested by police"): the
    doer is said as the claim's object after "by", so the claim names who did it and links them. None
    when the participle has an object, a clause or an agent that names no doer."""
    if head.tag_ != "VBN" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "dative") for c in view.dependents(head)):
        return None
    pobj = agent_of(view, head, skip=skip)
    if pobj is None or any(p.lower_ == "as" for p in view.children(pobj, "prep")):
        return None  # ("praised by reviewers as the best": a role of what was praised, not of the doer)
    return pobj, view.head(pobj)


def clause_marks(view: SentenceView, clause: Token) -> frozenset[int]:
    """The clause's "that" (left out when said); "whether"/"if" stay: "asked whether fees may be seized"."""
    return frozenset(m.i for m in view.children(clause, "mark") if m.lower_ not in lx.QUESTION_MARKS)


def _name_text(view: SentenceView, token: Token) -> str:
    """A name without its parenthetical ("X (formerly known as Twitter)" → "X")."""
    left = token.i
    while left > view.lo and token.doc[left - 1].dep_ == "compound" and token.doc[left - 1].head.i == token.i:
        left -= 1
    return view.span_text(left, token.i)[0]


def _prep_arg(view: SentenceView, t: Token, t_lemma: str, p: Token, args: dict, used: set[int],
              head_lemma: str) -> None:
    low = p.lower_
    pobj = view.child(p, "pobj")
    pcomp = view.child(p, "pcomp")
    if low in lx.REASON_HEADS or (low == "because" and pcomp is not None):
        inner = pobj or pcomp
        if inner is not None and inner.dep_ == "pcomp" and inner.pos_ == "ADP":
            inner = view.child(inner, "pobj") or inner
        if inner is not None and "reason" not in args:
            args["reason"] = view.phrase(inner)[0]
            args["reason_prep"] = "because of"  # ("because of rising costs", never "for rising costs")
            _reason_degree(view, p, p, args)
        return
    if low == "for" and t_lemma in lx.REASON_FOR_VERBS and (pcomp is not None or pobj is not None):
        inner = pcomp if pcomp is not None else pobj
        if inner.i not in used and "reason" not in args:
            args["reason"] = view.phrase(inner, cut=frozenset({"relcl", "advcl"}))[0]
            args["reason_prep"] = "for"  # "thanked the staff for their work": said with its own "for"
        return
    if low == "of" and t_lemma in _ACCUSE_OF and (pcomp is not None or pobj is not None):
        args.setdefault("content", view.phrase(p, cut=frozenset())[0])
        return
    if pobj is None or pobj.i in used or view.runs_into_verb(pobj):
        return  # (a phrase that ends inside a clause, "on a blog the two brothers [shared]", is no argument)
    if low in ("on", "via", "over", "through", "in", "across") and _is_channel(pobj, head_lemma, low):
        args.setdefault("channel", _name_text(view, pobj) if pobj.pos_ == "PROPN" else view.phrase(pobj)[0])
        return
    if low in lx.PLACE_PREPS and _is_place(pobj):
        if "place" not in args:
            args["place"] = view.phrase(pobj)[0]
            if low != "in":
                args["place_prep"] = low  # "flew from Denver", "delivered to Tulsa": said with its own word
        return
    if low == "with" and (pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.pos_ in ("PRON", "PROPN")
                          or t_lemma in lx.DWELLING_VERBS and pobj.pos_ == "NOUN"):
        # (after a verb of dwelling, whoever it is: "lives with her husband"; "lives" alone says she is alive)
        args.setdefault("with", view.phrase(pobj, cut=_PHRASE_AND_ASIDE)[0])
        return
    if low == "to" and t_lemma in lx.SPEECH_VERBS:
        args.setdefault("to", view.phrase(pobj)[0])


def _deep_reason(view: SentenceView, frame: Frame, args: dict) -> None:
    """A reason phrase inside the clause's noun phrases ("views Kim as a collaborator due to …")."""
    if "reason" in args:
        return
    has = view.flags.get("reason_prep")
    if has is None:  # no "due to"/"because of"/… anywhere in the sentence: nothing to find
        has = view.flags["reason_prep"] = any(t.dep_ == "prep" and t.lower_ in lx.REASON_HEADS for t in view.tokens())
    if not has:
        return
    stack = [c for t in frame.chain for c in view.dependents(t) if c.pos_ not in ("VERB", "AUX")]
    seen = 0
    while stack and seen < 60:
        t = stack.pop()
        seen += 1
        if t.dep_ == "prep" and t.lower_ in lx.REASON_HEADS:
            inner = view.child(t, "pobj") or view.child(t, "pcomp")
            if inner is not None and inner.dep_ == "pcomp" and inner.pos_ == "ADP":
                inner = view.child(inner, "pobj") or inner
            if inner is not None:
                args["reason"] = view.phrase(inner)[0]
                return
        stack.extend(c for c in view.dependents(t) if c.pos_ not in ("VERB", "AUX"))


#: Verbs that put their object somewhere or in some state: without where or how it was put, the clause
#: says something else or nothing ("put Lee [on leave]", "sent them [back]", "kept the plant [open]").
_PLACING_VERBS = frozenset({"put", "place", "set", "lay", "send", "keep", "move", "bring", "throw", "plunge",
                            "drive", "push", "station", "deploy", "transfer", "lock", "hold"})
#: Verbs that say their object is linked to, or taken as, a second thing, and the preposition of that
#: thing: said without it the verb says another thing or nothing ("attributed the gain [to higher
#: prices]" → "attributed the gain"; "viewed the decision [as a positive move]").
_PAIRED_PREPS = {
    "attribute": {"to"}, "ascribe": {"to"}, "blame": {"on", "for"}, "credit": {"to", "with", "for"},
    "link": {"to", "with"}, "tie": {"to"}, "view": {"as"}, "regard": {"as"}, "characterize": {"as"},
    "characterise": {"as"}, "portray": {"as"}, "depict": {"as"}, "label": {"as"}, "brand": {"as"},
    "dismiss": {"as"}, "treat": {"as"}, "hail": {"as"},
}  # (not "describe", "cite": "described the scene", "cited the figures" say a thing of their own)
#: Verbs whose object is a stretch of time spent somewhere or doing something.
_SPENDING_VERBS = frozenset({"spend"})
#: Nouns of a stretch of time ("spent years", "spent the summer").
_SPANS = frozenset({"year", "month", "week", "day", "hour", "decade", "time", "summer", "winter", "night"})
#: Verbs of keeping someone from doing something ("barred agencies from …", "stopped him from …").
PREVENTING_VERBS = frozenset({"bar", "ban", "prevent", "stop", "prohibit", "block", "forbid", "keep", "deter",
                               "discourage", "restrain", "exclude", "preclude", "dissuade"})
#: Prepositions that give what any verb's direct object was made into ("turned the mill into a museum",
#: "converted the loss into a profit"): without it the verb says another thing ("turned the mill").
RESULT_PREPS = frozenset({"into"})
#: Prepositions of where or whither (a place or a state: "on leave", "into debt", "under review").
_WHITHER = frozenset({"on", "in", "into", "onto", "to", "at", "under", "behind", "inside", "outside", "off",
                      "out", "through", "over", "aboard", "toward", "towards", "back", "away", "up", "down",
                      "beyond", "among", "between", "across", "home"})
#: Placing verbs whose bare "verb + object" still says the same event ("held talks", "moved the vote").
_WHITHER_OPTIONAL = frozenset({"hold", "move", "set", "bring", "drive", "push", "send", "transfer", "deploy"})


def required_complement(view: SentenceView, head: Token, obj: Token | None, *,
                        skip: set[int] | frozenset[int]) -> Token | None:
    """Where or how a verb of placing put its direct object ("put Lee on injured reserve", "sent the
    migrants back", "kept the plant open"), or who a verb of giving gives it to when named before the
    object ("give him a better life"): the dependent the verb needs, or None.

    Read from the parse: a ``prep`` of whither, an adverb or particle of direction, or a small clause
    (``oprd``/``xcomp``/``acomp`` adjective) after the object; also, for any verb, the adjective of a
    small clause whose subject the object is ("made life easier"), and a gerund right after a
    prepositional object that the parse hung on the verb ("resulted in Sun [reporting a loss]"). Phrases in ``skip`` (time expressions)
    are not complements ("on Friday").
    """
    lemma = head.lemma_.lower()
    small = view.head(obj) if obj is not None and obj.dep_ == "nsubj" else None
    if small is not None and small.dep_ in ("ccomp", "xcomp", "oprd") and view.head(small) is head \
            and small.pos_ in ("ADJ", "ADV") and small.i > obj.i:
        return small  # "made life [easier for motorists]": the object's state is what the verb made
    if lemma in _TALK_VERBS and obj is not None and obj.dep_ == "pobj" and view.head(obj) is not None \
            and view.head(obj).lower_ in ("to", "with"):
        about = next((p for p in view.children(head, "prep") if p.lower_ == "about" and p.i > obj.i
                      and p.i not in skip and view.child(p, "pobj", "pcomp") is not None), None)
        if about is not None:
            return about  # "spoke to the paper [about losing his job]": what was said is the news
    if obj is not None and obj.dep_ == "pobj":
        end = max(t.i for t in view.subtree(obj))
        gerund = next((c for c in view.children(head, "advcl", "acl") if c.tag_ == "VBG" and c.i == end + 1), None)
        if gerund is not None:
            return gerund  # "resulted in Sun [reporting a loss]": the gerund the object does is what is said
    if obj is None or obj.dep_ != "dobj" or view.head(obj) is not head:
        return None
    shown = _object_state(view, head, obj)
    if shown is not None:
        return shown  # "has seen the computers of two million users [hacked by criminals]"
    dative = next((c for c in view.children(head, "dative") if c.i < obj.i and c.pos_ in ("PRON", "PROPN", "NOUN")),
                  None)
    if dative is not None:
        return dative  # "can give [him] a better life": who gets it is part of what is said
    if lemma in PREVENTING_VERBS:
        # "bar agencies [from stopping a project]": what they are kept from is what is said
        kept_from = next((p for p in view.children(head, "prep") if p.lower_ == "from" and p.i > obj.i
                          and view.child(p, "pcomp", "pobj") is not None and p.i not in skip), None)
        if kept_from is not None:
            return kept_from
    result = next((c for c in view.children(head, "prep") if c.lower_ in RESULT_PREPS and c.i > obj.i
                   and c.i not in skip and (pobj := view.child(c, "pobj")) is not None
                   and pobj.pos_ in ("NOUN", "PROPN", "PRON") and pobj.ent_type_ not in ("DATE", "TIME")), None)
    if result is not None:
        return result  # "turned the mill [into a museum]": without it the verb says another thing
    if lemma in _SPENDING_VERBS and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _SPANS):
        # "spent seven years [in prison]", "has spent years [pushing for reform]": where or doing what is the point
        spent = next((c for c in view.dependents(head) if c.i > obj.i and c.i not in skip and (
            c.dep_ == "prep" and c.lower_ in _WHITHER and (p := view.child(c, "pobj")) is not None
            and p.ent_type_ not in ("DATE", "TIME")
            or c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VBG", "VBN") and view.child(c, "mark") is None)), None)
        if spent is not None:
            return spent
    paired = _PAIRED_PREPS.get(lemma)
    if paired:
        second = next((c for c in view.children(head, "prep") if c.lower_ in paired and c.i > obj.i
                       and c.i not in skip and view.child(c, "pobj", "pcomp") is not None), None)
        if second is not None:
            return second  # "attributed the gain [to higher prices]", "viewed the move [as positive]"
    if lemma == "have":
        state = _held_state(view, head, obj, skip)
        if state is not None:
            return state
    if lemma not in _PLACING_VERBS:
        return None
    for c in view.dependents(head):
        if c.i <= obj.i or c.i in skip:
            continue
        if c.dep_ == "prep" and c.lower_ in _WHITHER and lemma not in _WHITHER_OPTIONAL:
            pobj = view.child(c, "pobj")
            if pobj is not None and pobj.i not in skip and pobj.ent_type_ not in ("DATE", "TIME"):
                return c
        if c.dep_ in ("advmod", "prt") and c.lower_ in _WHITHER:
            return c  # "sent them back", "moved the vote up"
        if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.pos_ == "ADJ":
            return c  # "kept the plant open", "held the vote invalid"
    return None


def _held_state(view: SentenceView, head: Token, obj: Token, skip: set[int] | frozenset[int]) -> Token | None:
    """The state or place "have" holds its object in, right after the object and hung on the verb ("has
    three ships [on order]", "had the groups [in a frenzy]", "has a stake [in the mill]"): "has three
    ships" alone says it owns them, which the sentence does not. Not a time ("had a loss [in May]")."""
    right = view.phrase_bounds(obj)[1]
    return next((c for c in view.children(head, "prep") if c.i == right + 1 and c.lower_ in _WHITHER
                 and c.i not in skip and (p := view.child(c, "pobj")) is not None and p.i not in skip
                 and p.ent_type_ not in ("DATE", "TIME")), None)


#: Verbs of seeing, finding and having whose object's participle says what they saw, found or had done
#: ("saw the computers hacked", "found the doors locked", "had the bill paid"): the small clause is the object.
_SMALL_CLAUSE_VERBS = frozenset({"see", "watch", "hear", "notice", "find", "leave", "keep", "have", "get", "want",
                                 "need", "feel"})


#: Verbs of talking whose "about" phrase, after who was talked to, says what was said ("spoke to X about Y").
_TALK_VERBS = frozenset({"speak", "talk", "write", "chat", "testify", "complain", "joke", "boast", "brag"})
#: Verbs of perceiving whose object's bare verb is the event perceived ("saw the roof [collapse]"); a subset
#: of the small-clause verbs, which ``_object_state`` checks first.
_PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "notice", "feel"})


def _object_state(view: SentenceView, head: Token, obj: Token) -> Token | None:
    """The participle right after a seeing or having verb's object phrase, which the parse hung on a noun
    inside the object ("seen the computers of two million users [hacked by criminals]"): the state the
    verb is about, which the object said without it misstates. None when there is none."""
    lemma = head.lemma_.lower()
    if lemma not in _SMALL_CLAUSE_VERBS:
        return None
    inside = view.subtree_ids(obj)
    right = view.phrase_bounds(obj)[1]
    state = next((t for t in view.subtree(obj) if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.i == right + 1
                  and t.head.i in inside), None)
    if state is not None or lemma not in _PERCEPTION_VERBS or right + 1 >= view.hi:
        return state
    # "watched his brother [fall to his death]": a bare verb right after a verb of perceiving's object is
    # the event perceived, whatever the parse hung it on; "watched his brother" alone is another fact
    after = view.doc.words[right + 1]
    return after if after.tag_ == "VB" and after.i not in inside and not any(
        c.dep_ in ("aux", "auxpass") for c in view.dependents(after)) else None


#: Heads a clause must define: said without it, they name nothing ("knows everything [that …]").
_LIGHT_HEADS = frozenset({"everything", "anything", "something", "nothing", "everyone", "anyone", "someone",
                          "everybody", "anybody", "somebody", "all", "those", "one", "ones", "much", "little"})
#: Words before a noun that point ahead to the clause after it ("those [voters] who …", "the only …").
_POINTING = frozenset({"those", "these", "only", "same", "kind", "sort"})
_WH = frozenset({"where", "whether", "how", "why", "when", "what", "who", "if"})
#: Nouns whose "where"/"why"/"whether" clause is what they are about ("no idea where …"); after other
#: nouns such a clause is an ordinary relative ("the city where she lived").
_ASKING = frozenset({"idea", "question", "clue", "doubt", "explanation", "word", "indication", "sign",
                     "decision", "uncertainty", "debate", "dispute", "mystery", "issue"})


#: Nouns of a held or stated thought whose "that" clause is the thought itself ("his belief [that …]",
#: "her view [that …]"): said without it, the claim reports nothing.
_THOUGHT_NOUNS = frozenset({"belief", "view", "claim", "assertion", "conviction", "opinion", "position", "argument",
                            "contention", "insistence", "hope", "fear", "concern", "suspicion", "assessment",
                            "warning", "prediction", "feeling", "sense", "impression", "assumption", "expectation"})


#: Marks before a relative clause that set it aside rather than restrict its noun (a comma, a dash, a bracket).
_ASIDE_MARKS = lx.DASHES | {",", "("}


def restricting_clause(view: SentenceView, head: Token | None) -> Token | None:
    """A relative clause that picks out which of a bare plural inside a phrase is meant ("successful
    against systems [where the patch has been applied]", "fines for drivers [who speed]"): no comma sets it
    off, and the noun has no determiner, possessor or number to say which without it, so the phrase said
    without it speaks of them all. The clause, or None. Read for the objects of negated claims only: there
    the phrase without it denies of them all what the sentence denies of some ("not successful against
    systems"), while "defrauded investors [who bought bonds]" said as "defrauded investors" stays true."""
    if head is None:
        return None
    words = view.doc.words
    stack = [head]
    while stack:
        t = stack.pop()
        for c in view.dependents(t):
            if c.dep_ in ("prep", "pobj", "acomp") or c.dep_ == "conj" and c.pos_ == "NOUN":
                stack.append(c)
        if t.tag_ != "NNS" or any(d.dep_ in ("det", "poss", "nummod") for d in view.dependents(t)):
            continue
        for c in view.children(t, "relcl"):
            first = min(x.i for x in view.subtree(c))
            if first > t.i and words[first - 1].text not in _ASIDE_MARKS \
                    and any(w.lower_ in ("where", "who", "that", "which", "when", "whose")
                            for w in view.dependents(c) if w.i == first):
                return c
    return None


def defining_clause(view: SentenceView, noun: Token | None) -> Token | None:
    """The clause a subject or object cannot be said without, or None: a content clause ("the risk
    [that rates rise]", "no idea [where the plane is]"), or a clause after a head that names nothing
    by itself ("everything [that is known]", "those voters [looking for …]", "the only people [that
    are left]"). Phrases leave such clauses out (``view.PHRASE_CUT``), so a claim that keeps the noun
    and drops its clause says something else."""
    if noun is None or noun.pos_ not in ("NOUN", "PRON", "PROPN", "DET"):
        return None
    for c in view.dependents(noun):
        if c.i < noun.i or c.dep_ not in ("acl", "relcl", "ccomp"):
            continue
        content = any(m.dep_ in ("mark", "advmod") and m.lower_ in _WH | {"that"} and m.i < c.i
                      and view.child(c, "nsubj", "nsubjpass") is not None and m.dep_ != "nsubj"
                      for m in view.dependents(c)) and (c.dep_ != "relcl" or noun.lemma_.lower() in _ASKING
                                                        and any(m.lower_ in _WH for m in view.dependents(c)))
        # a content clause defines a noun that points to it ("the risk that …", "no idea where …"), not a
        # bare one that it only explains ("sparked questions whether …")
        content = content and any(d.dep_ == "det" and d.lower_ in ("the", "no", "this") or d.dep_ == "poss"
                                  and noun.lemma_.lower() in _THOUGHT_NOUNS for d in view.dependents(noun))
        light = noun.lower_ in _LIGHT_HEADS or any(
            d.lower_ in _POINTING for d in view.dependents(noun) if d.dep_ in ("det", "amod", "advmod", "predet"))
        if content or light:
            return c
    return None
