"""Which time expression governs which word of a sentence.

A time expression is attached where the parse puts it: climb from the
expression's root through prepositions and adverbs ("back in November",
"a few years ago", "in 2019") to the first verb (the clause it dates) or noun
(the thing it dates: "Gypsy's 2017 HBO documentary"). A claim takes the time
attached to a verb of its predicate chain; an attribute takes the time
attached to a noun inside its description. Times never cross sentences,
except by the anaphora rule of ``anaphoric_time``. A time that bounds a
stretch ("since 2008", "until Friday", "by June", "from 2010 to 2014") dates
nothing: it is not when the event happened; nor does a time inside a comparison's
baseline ("up from 443 million Thursday", "compared with a year earlier"): it dates
the other figure.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ...lexicon import AMOUNT_CHANGES
from ...models import ClaimTime, TimeExpr
from . import lexicon as lx
from .nominal import event_lemma
from .view import SentenceView

_CLIMB_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "tmod", "pcomp", "nummod", "compound",
                         "quantmod", "amod", "det", "nmod", "appos", "case", "punct", "cc", "conj"})


#: Types of expression that say when (not how long or how often).
_POINT_TYPES = frozenset({"DATE", "TIME"})
#: Verbs a stretch of time completes ("served eight years", "took three months", "has lived there for
#: a decade"): only these take a duration as their time. After any other verb a duration says how long
#: something held ("were believed to be [for more than eight years]"), never when it happened.
SPAN_VERBS = frozenset({"serve", "spend", "last", "wait", "stay", "remain", "live", "work", "take", "sentence"})


def attach_times(view: SentenceView, times: list[TimeExpr],
                 bounds: dict[int, tuple[str, TimeExpr]] | None = None) -> dict[int, TimeExpr]:
    """Token index of the verb or noun each time expression of the sentence dates → the expression.

    ``times`` are the article's, in text order (as ``read_times`` gives them). A time that only
    bounds a stretch ("since 2008") dates nothing; it goes into ``bounds``, when given, as token
    index → (the bounding word, the expression)."""
    out: dict[int, TimeExpr] = {}
    doc = view.doc
    s0, s1 = view.sentence.start, view.sentence.end
    # a date or a clock time first: "took the stand for four hours Friday" happened on Friday
    for tx in sorted(sentence_times(times, s0, s1), key=lambda tx: tx.type not in _POINT_TYPES):
        if tx.end > s1:
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        inside = set(range(span.start, span.end))
        root = next((t for t in span if view.head(t) is None or view.head(t).i not in inside), span[0])
        target = _climb(view, root, inside)
        if tx.type not in _POINT_TYPES and target is not None and not (
                target.pos_ in ("VERB", "AUX") and target.lemma_.lower() in SPAN_VERBS):
            continue  # a duration or a frequency: how long or how often, not when
        if _cut_clock(view, span):
            continue  # "8 : 30 p . m ." read as "8": the time is another one
        if _after_baseline(view, span):
            continue  # "dropped 11% to $1.2 billion from $1.4 billion a year ago": the year ago is the $1.4 billion's
        if _dates_the_source(view, span):
            continue  # "…, according to a news agency report Friday": when it was reported, not when it was done
        bound = bound_of_span(view, span, root, target, day=_DAY.fullmatch(tx.value or "") is not None)
        if bound and bounds is not None and target is not None:
            bounds.setdefault(target.i, (bound, tx))
        if target is not None and target.i not in out and not bound:
            out[target.i] = tx
        for t in span:  # "2008, when the company posted a loss": the clause the time introduces
            for c in view.children(t, "relcl"):
                if c.pos_ in ("VERB", "AUX") and c.i not in out and any(
                        a.lower_ == "when" for a in view.children(c, "advmod")):
                    out[c.i] = tx
        when = _when_after(view, span) if bound else None
        if when is not None and when.i not in out:
            out[when.i] = tx  # "have cared for him since November, when he was found": found in November
    _share(view, out)
    return out


def _dates_the_source(view: SentenceView, span) -> bool:
    """A time written right after the source of an "according to" phrase dates the report, whatever the
    parse hung it on ("has allocated funds, according to an agency report Friday")."""
    k = span.start - 1
    if k < view.lo:
        return False
    for t in view.tokens():
        if t.lower_ == "according" and t.i < k:
            to = next((c for c in view.dependents(t) if c.lower_ == "to"), None)
            obj = view.child(to, "pobj") if to is not None else None
            if obj is not None and k in view.subtree_ids(obj) and max(view.subtree_ids(obj)) == k:
                return True
    return False


#: Participles that go with their clause's event ("called for a re-run, citing flaws").
_PARTICIPLE_TAGS = frozenset({"VBG"})


def _share(view: SentenceView, out: dict[int, TimeExpr]) -> None:
    """A verb's time also dates the verbs that tell the same event with it and have none of their own:
    a verb joined by "and" in the same tense ("arrived on Monday and arrested him"), a participle
    clause hanging off it ("said on Monday, adding that …"), and a clause of the same moment, both
    ways ("was killed on Monday when robbers fired", "perished when their boat sank in November"); and
    an event noun and the verb that carries it or happens at it share one time, either way round."""
    for i, tx in list(out.items()):
        word = view.doc[i]
        if word.pos_ == "NOUN" and event_lemma(word) is not None:
            _date_from_noun(view, word, tx, out)
    todo = list(out.items())
    while todo:
        i, tx = todo.pop()
        verb = view.doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        same = [c for c in view.children(verb, "conj", "advcl") if c.pos_ in ("VERB", "AUX") and (
            c.dep_ == "conj" and c.tag_ == verb.tag_ and c.pos_ == "VERB"
            or c.dep_ == "advcl" and c.tag_ in _PARTICIPLE_TAGS and c.pos_ == "VERB"
            and view.child(c, "mark", "nsubj", "nsubjpass") is None
            or c.dep_ == "advcl" and _simultaneous(view, c))]
        head = view.head(verb)
        if verb.dep_ == "advcl" and head is not None and head.pos_ in ("VERB", "AUX") and _simultaneous(view, verb):
            same.append(head)
        for c in same:
            if c.i not in out and not _report_of_another(view, verb, c):
                out[c.i] = tx
                todo.append((c.i, tx))
    for i, tx in list(out.items()):
        verb = view.doc[i]
        if verb.pos_ in ("VERB", "AUX"):
            _date_nouns(view, verb, tx, out)


#: Verbs of saying, thinking and predicting: their time is when it was said, never that of what they report.
_REPORTING = lx.SPEECH_VERBS | lx.THOUGHT_VERBS | lx.PREDICT_VERBS


def _report_of_another(view: SentenceView, dated: Token, other: Token) -> bool:
    """"said it posted a profit in the third quarter and predicted …": a verb of saying or predicting
    joined to a dated event that is itself reported (what a verb of saying says) tells another event
    (the saying, misparsed into the report), whose time is not said. ("Lee today denounced X and said
    …": one speaker's two acts, dated together.)"""
    if other.dep_ != "conj" or other.lemma_.lower() not in _REPORTING \
            or dated.lemma_.lower() in _REPORTING and view.child(dated, "ccomp") is not None:
        return False  # (a dated report of its own: "said on Monday … and added"; "posted a profit" is none)
    gov = view.head(dated) if dated.dep_ == "ccomp" else None
    return gov is not None and gov.lemma_.lower() in _REPORTING


#: Verbs that only carry the event their object names ("held a meeting", "gave a speech", "reached an
#: agreement", "posted a profit").
_SUPPORT_VERBS = frozenset({"take", "make", "give", "hold", "have", "stage", "conduct", "issue", "begin",
                            "start", "resume", "launch", "open", "end", "complete", "conclude", "finish",
                            "reach", "sign", "post", "report", "record", "suffer", "incur"})
#: Prepositions that put a verb's event inside a noun's ("said at a briefing", "rose in late trading").
_SETTING_PREPS = frozenset({"at", "in", "during"})


def _setting(view: SentenceView, noun: Token) -> Token | None:
    """The verb whose event takes place at ``noun`` (its "at"/"in"/"during" phrase), or None."""
    prep = view.head(noun)
    if noun.dep_ != "pobj" or prep is None or prep.lower_ not in _SETTING_PREPS:
        return None
    verb = view.head(prep)
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _carrier(view: SentenceView, noun: Token) -> Token | None:
    """The support verb whose object ``noun`` is ("issued Thursday's ruling") or that describes it ("an
    agreement reached in 1991"), or None."""
    head = view.head(noun)
    if noun.dep_ == "dobj" and head is not None and head.pos_ == "VERB" and head.lemma_.lower() in _SUPPORT_VERBS:
        return head
    return next((c for c in view.children(noun, "acl") if c.tag_ == "VBN" and c.lemma_.lower() in _SUPPORT_VERBS),
                None)


def _date_from_noun(view: SentenceView, noun: Token, tx: TimeExpr, out: dict[int, TimeExpr]) -> None:
    """A dated event noun dates what tells the same event or happens at it: the verb that only carries
    it ("made its maiden flight on 11 December"), the verb set at it ("said in an interview Monday"),
    a past relative clause describing it ("the 1996 bombing that killed one person"), and the past verb
    it is the subject of when the date comes before it ("third-quarter income rose 11%")."""
    for verb in (_carrier(view, noun), _setting(view, noun)):
        if verb is not None and verb.i not in out:
            out[verb.i] = tx
    for c in view.children(noun, "relcl"):
        if c.pos_ == "VERB" and c.tag_ == "VBD" and c.i not in out:
            out[c.i] = tx
    head = view.head(noun)
    if noun.dep_ == "nsubj" and head is not None and head.pos_ == "VERB" and head.tag_ == "VBD" \
            and head.i not in out and any(t.i < noun.i for t in view.doc.char_span(tx.start, tx.end) or ()):
        out[head.i] = tx  # "Friday's trading volume totaled …", "the 1996 bombing killed one person"


def _date_nouns(view: SentenceView, verb: Token, tx: TimeExpr, out: dict[int, TimeExpr]) -> None:
    """A dated verb dates the event nouns it carries or that it happens at ("held a meeting on Monday",
    "rose 5 pence in late trading yesterday"), which then read as dated events of their own."""
    for prep in view.children(verb, "prep"):
        for noun in view.children(prep, "pobj"):
            if noun.pos_ == "NOUN" and noun.i not in out and event_lemma(noun) is not None \
                    and _setting(view, noun) is verb:
                out[noun.i] = tx
    if verb.lemma_.lower() in _SUPPORT_VERBS:
        nouns = list(view.children(verb, "dobj"))
        head = view.head(verb)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and head is not None:
            nouns.append(head)
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.i not in out and event_lemma(noun) is not None:
                out[noun.i] = tx


#: Words that open a clause of the same moment as the clause it hangs on.
_SAME_MOMENT = frozenset({"when", "while", "as"})


def _simultaneous(view: SentenceView, clause: Token) -> bool:
    """An adverbial clause opened by "when", "while" or "as" ("when their boat sank")."""
    return any(c.lower_ in _SAME_MOMENT and c.i < clause.i for c in view.children(clause, "mark", "advmod"))


def sentence_times(times: list[TimeExpr], start: int, end: int) -> list[TimeExpr]:
    """The expressions of ``times`` (in text order) that start in ``[start, end)``: a search, not a pass
    over the article's every time (long articles have tens of thousands)."""
    lo = bisect.bisect_left(times, start, key=_tx_start)
    hi = bisect.bisect_left(times, end, lo=lo, key=_tx_start)
    return times[lo:hi]


def _tx_start(tx: TimeExpr) -> int:
    return tx.start


#: Prepositions whose date bounds a stretch of time instead of saying when: "has lived there since
#: 2008" (from then on), "talks go on until Friday", "had spread by Monday" (at the latest), "between
#: 2010 and 2014", "left before 2010", "after 2010".
#: ("through the nineties" is not among them: what goes on through a stretch goes on during it.)
BOUND_PREPS = frozenset({"since", "until", "till", "til", "by", "between", "before", "after"})
#: Prepositions that end a range opened by "from" ("from 2010 to 2014", "from March until June").
_RANGE_ENDS = frozenset({"to", "until", "till", "through", "thru"})


#: Words of a change in amount whose "from" phrase gives the figure it started at ("fell from", "a rise from").
_CHANGES = AMOUNT_CHANGES
#: Verbs of a change in amount: a time after their "from" is where the change started ("have come down
#: from mid-October"), not a point it happened at.
CHANGE_VERBS = _CHANGES | {"come", "go", "recover", "edge", "double", "triple", "halve"}


#: Words after which a time is when something takes effect ("resigned, effective Friday"), not when it
#: was done.
_TAKES_EFFECT = frozenset({"effective", "retroactive"})


#: A time value of one day ("1989-09-29").
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def bound_of_span(view: SentenceView, span, root: Token, target: Token | None = None, *, day: bool = False) -> str | None:
    """The word that makes a time expression the bound of a stretch of time, not the point an event
    happened at ("since", "until", "from" …), else None: after a bounding preposition
    (``BOUND_PREPS``), or either end of "from D to D2". The claim then has no time: a point would be
    wrong, and ``ClaimTime`` holds no range. "by" bounds only a perfect ("had spread by Monday"): a
    deadline ("plans to cut 500 jobs by 2026") is when it is due, and "by mid afternoon they were
    saying" says when; "not … until 1993" is when it happens. "through" a single ``day`` is where a
    stretch ends ("had bought 400,000 shares through Sept. 29", "the show runs through Sunday"), never the
    day it happened on, and so is "through" any time after a perfect ("has risen through March"); "rose
    through the nineties", a stretch, is when."""
    words = view.doc.words
    first = root
    while first.dep_ == "conj" and view.head(first) is not None:
        first = view.head(first)  # "between 2010 and 2014": the second date is the first's conjunct
    prep = view.head(first) if first.dep_ in ("pobj", "pcomp") else None
    lead = span[0].lower_
    up = view.head(first)
    if up is not None and up.lower_ in _TAKES_EFFECT and target is not None and target.tag_ in ("VBD", "VBN") \
            and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in view.dependents(target)):
        return up.lower_  # "created an office, effective Feb. 1": it was created now and holds from then
    if lead in BOUND_PREPS or lead == "from" and any(t.lower_ in _RANGE_ENDS for t in span):
        return lead  # (an expression that took its preposition in: "until Friday")
    if prep is None or prep.pos_ not in ("ADP", "SCONJ"):
        return None
    low = prep.lower_
    if low == "by" and (target is None or not _perfect(view, target)):
        return None  # a deadline ("must be returned by Jan. 14") or "by mid afternoon they were saying"
    if low in ("until", "till", "til") and target is not None and _negated_above(view, target):
        return None  # "was not to begin until 1993": it begins in 1993
    if low in BOUND_PREPS or low == "than":
        return low  # (and "higher than a year earlier": a base of comparison, not when)
    if low in ("through", "thru") and (day or target is not None and _perfect(view, target)):
        return low  # ("has extended loans through January", "had risen through March": up to then)
    if low == "from" and target is not None and any(
            words[k].tag_ == "CD" or words[k].lower_ in ("%", "percent") for k in range(min(target.i, prep.i), prep.i)):
        return low  # "rose 5% from a year earlier", "is up 82% from May": the base of a change
    if low == "from" and target is not None and target.lemma_.lower() in CHANGE_VERBS:
        return low  # "prices have come down from mid-October": where the change started, not when it was
    if low not in _RANGE_ENDS | {"from"}:
        return None
    gov = view.head(prep)
    if gov is None:
        return None
    other = _RANGE_ENDS if low == "from" else frozenset({"from"})
    # "from 2010 to 2014": the other end hangs on the same word (or on the first end's preposition)
    near = [*view.children(gov, "prep"), *view.children(prep, "prep")] if low == "from" \
        else [*view.children(gov, "prep"), gov]
    ranged = any(p.lower_ in other and p.i != prep.i and any(
        words[c.i].ent_type_ in _POINT_TYPES for c in view.children(p, "pobj")) for p in near)
    return low if ranged else None


def _perfect(view: SentenceView, verb: Token) -> bool:
    """"had spread by Monday", "has doubled by now": a state reached by then, the event itself before."""
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in view.children(verb, "aux"))


def _negated_above(view: SentenceView, verb: Token) -> bool:
    """A negation on the verb or on a verb it hangs on ("wasn't to begin until 1993")."""
    for _ in range(3):
        if any(c.dep_ == "neg" for c in view.dependents(verb)):
            return True
        verb = view.head(verb)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
    return False


def _when_after(view: SentenceView, span) -> Token | None:
    """The verb of a "when" clause right after a time expression (", when he was found …"), which tells
    what happened at that time."""
    words = view.doc.words
    k = span.end
    while k < view.hi and words[k].text == ",":
        k += 1
    if k == span.end or k >= view.hi or words[k].lower_ != "when":
        return None
    verb = view.head(words[k])
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i > k else None


def _cut_clock(view: SentenceView, span) -> bool:
    """A time expression that stops inside a clock time written with spaces ("8 : 30 p . m .", "8 :
    30"): what it read is not the time the sentence says."""
    words = view.doc.words
    end = span.end
    after = [w.text for w in words[end:min(end + 2, view.hi)]]
    before = [w.text for w in words[max(view.lo, span.start - 2):span.start]]
    return after[:1] == [":"] and after[1:2] != [] and after[1].isdigit() \
        or before[-1:] == [":"] and before[:1] != [] and before[0].isdigit()


def _climb(view: SentenceView, token: Token, inside: set[int]) -> Token | None:
    t = token
    for _ in range(12):
        h = view.head(t)
        if h is None:
            return None
        if h.i in inside:
            t = h
            continue
        if _baseline(t, h):
            return None  # "was 840 million, up from 443 million Thursday": Thursday dates the other figure
        if h.pos_ in ("VERB", "AUX"):
            return h
        if t.dep_ == "prep" and _misattached(view, h) or t.i in inside and _after_name(t, h):
            t = h  # "The office on June 18 called for …": the time dates the verb, not the name
            continue
        if h.pos_ in ("NOUN", "PROPN") and t.dep_ != "pobj":
            return h
        if h.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj":
            return h
        if h.pos_ in ("ADP", "ADV", "SCONJ", "ADJ", "PART", "NUM"):
            t = h
            continue
        return None
    return None


#: Words a comparison's baseline hangs on ("up from", "down from", "higher than", "compared with").
_COMPARED = frozenset({"up", "down", "off", "compared", "compare", "against", "versus"})


def _baseline(t: Token, h: Token) -> bool:
    """``t`` opens the figure a comparison is made with ("up [from 443 million Thursday]", "higher
    [than a year earlier]", "compared [with 2 % in May]"): a time inside it dates that figure."""
    if t.dep_ != "prep" or t.lower_ not in ("from", "than", "with", "to"):
        return False
    if t.lower_ == "from" and _figure(t) and (h.lemma_.lower() in _CHANGES or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in h.children)):
        return True  # "sales fell 11% to $1.2 billion from $1.4 billion a year ago": a year ago dates the $1.4 billion
    if t.lower_ == "than":
        return h.tag_ in ("JJR", "RBR") or h.lower_ in ("more", "less", "fewer")
    return h.lower_ in _COMPARED and (t.lower_ != "to" or h.lower_ == "compared")


def _figure(prep: Token) -> bool:
    """The preposition's object is an amount ("from $1.4 billion", "from 3%"), not a place or a thing."""
    return any(c.dep_ == "pobj" and (c.pos_ == "NUM" or c.lower_ in ("%", "percent") or any(
        k.pos_ == "NUM" or k.lower_ in ("$", "%") for k in c.children)) for c in prep.children)


def _after_baseline(view: SentenceView, span) -> bool:
    """A time right after a comparison's baseline figure ("… from $1.4 billion a year ago", "… compared with 3%
    last year") dates that figure, even when the parser hangs it on the verb."""
    if span.start == 0 or span.start - 1 < view.lo:
        return False
    before = view.doc[span.start - 1]
    for a in [before, *view.ancestors(before)]:
        h = view.head(a)
        if h is None:
            return False
        if a.dep_ == "prep" and _baseline(a, h):
            return max(w.i for w in view.subtree(a)) == span.start - 1
    return False


def _misattached(view: SentenceView, noun: Token) -> bool:
    """A time phrase the parser hung on a name, on the subject or on a thing ("said in an editorial on
    Saturday") is about the verb: names, agents and things have no date of their own, unlike events
    ("the ruling on June 18") told by other nouns."""
    if noun.pos_ == "PROPN":
        return view.head(noun) is not None
    return noun.pos_ == "NOUN" and view.head(noun) is not None and (
        noun.dep_ in ("nsubj", "nsubjpass") or event_lemma(noun) is None)


def _after_name(t: Token, noun: Token) -> bool:
    """A bare time after a name or a thing ("Poland and Hungary Friday joined NATO", "met his aides
    Wednesday"): English dates those only before them ("the 2008 Games"), so one after them is the
    verb's. An event noun keeps it ("a raid Monday"); so does a name the time reaches through other
    words ("Lee, now 24, …" is Lee's age now)."""
    return t.i > noun.i and t.dep_ in ("appos", "npadvmod", "compound", "nmod", "nummod") and (
        noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and event_lemma(noun) is None)


def time_bound(tokens: list[Token], bounds: dict[int, tuple[str, TimeExpr]]) -> dict | None:
    """The bound of a stretch of time on the first of ``tokens`` that has one, for ``args["time_bound"]``:
    {"bound": "since", "value": "2008", "text": "2008", "start", "end"} ("has lived there since 2008");
    kept beside the claim so that "how long" and "since when" can still be answered, never as its time."""
    for t in tokens:
        found = bounds.get(t.i)
        if found is not None:
            word, tx = found
            return {"bound": word, "value": tx.value, "text": tx.text, "start": tx.start, "end": tx.end}
    return None


def claim_time(tx: TimeExpr) -> ClaimTime:
    return ClaimTime(value=tx.value, text=tx.text, start=tx.start, end=tx.end)


def time_for(tokens: list[Token], attached: dict[int, TimeExpr]) -> TimeExpr | None:
    """The time attached to the first of ``tokens`` that has one."""
    for t in tokens:
        tx = attached.get(t.i)
        if tx is not None:
            return tx
    return None


def anaphoric_time(view: SentenceView, verbs: list[Token]) -> Token | None:
    """The anaphor that dates a verb: "during that exchange", "at the time", "then"; else None.

    Such a claim takes the time of the claim the anaphor points back to (the
    only way a time crosses a sentence): the latest dated claim of the three
    sentences before whose lemma is the anaphor's event ("that visit" → a
    dated "visited"), else the previous sentence's dated claim. The caller
    does the lookup.
    """
    for v in verbs:
        for c in view.dependents(v):
            if c.dep_ == "advmod" and c.lower_ == "then":
                return c
            # (never "since", "after" or "before that visit": a bound, not its time; ``BOUND_PREPS``)
            if c.dep_ == "prep" and c.lower_ in ("during", "in", "at"):
                pobj = view.child(c, "pobj")
                if pobj is None or pobj.lemma_.lower() not in lx.ANAPHORIC_TIME_NOUNS:
                    continue
                det = view.child(pobj, "det")
                if det is not None and det.lower_ in ("that", "this", "the", "those", "these"):
                    if det.lower_ == "the" and not any(a.lower_ == "same" for a in view.children(pobj, "amod")) \
                            and pobj.lemma_.lower() != "time":
                        continue
                    return pobj
    return None
