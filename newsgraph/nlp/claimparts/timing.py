"""Which time expression governs which word of a sentence.

A time expression is attached where the parse puts it: climb from the
expression's root through prepositions and adverbs ("back in November",
"a few years ago", "in 2019") to the first verb (the clause it dates) or noun
(the thing it dates: "Gypsy's 2017 HBO documentary"). A claim takes the time
attached to a verb of its predicate chain; an attribute takes the time
attached to a noun inside its description. Times never cross sentences,
except by the anaphora rule of ``anaphoric_time``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ...models import ClaimTime, TimeExpr
from . import lexicon as lx
from .view import SentenceView

_CLIMB_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "tmod", "pcomp", "nummod", "compound",
                         "quantmod", "amod", "det", "nmod", "appos", "case", "punct", "cc", "conj"})


def attach_times(view: SentenceView, times: list[TimeExpr]) -> dict[int, TimeExpr]:
    """Token index of the verb or noun each time expression of the sentence dates → the expression.

    ``times`` are the article's, in text order (as ``read_times`` gives them)."""
    out: dict[int, TimeExpr] = {}
    doc = view.doc
    s0, s1 = view.sentence.start, view.sentence.end
    for tx in sentence_times(times, s0, s1):
        if tx.end > s1:
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        inside = set(range(span.start, span.end))
        root = next((t for t in span if view.head(t) is None or view.head(t).i not in inside), span[0])
        target = _climb(view, root, inside)
        if target is not None and target.i not in out:
            out[target.i] = tx
        for t in span:  # "2008, when the company posted a loss": the clause the time introduces
            for c in view.children(t, "relcl"):
                if c.pos_ in ("VERB", "AUX") and c.i not in out and any(
                        a.lower_ == "when" for a in view.children(c, "advmod")):
                    out[c.i] = tx
    _share(view, out)
    return out


#: Participles that go with their clause's event ("called for a re-run, citing flaws").
_PARTICIPLE_TAGS = frozenset({"VBG"})


def _share(view: SentenceView, out: dict[int, TimeExpr]) -> None:
    """A verb's time also dates the verbs that tell the same event with it and have none of their own:
    a verb joined by "and" in the same tense ("arrived on Monday and arrested him") and a participle
    clause hanging off it ("said on Monday, adding that …")."""
    for i, tx in list(out.items()):
        verb = view.doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in view.children(verb, "conj", "advcl"):
            if c.i in out or c.pos_ != "VERB":
                continue
            if c.dep_ == "conj" and c.tag_ == verb.tag_ or c.dep_ == "advcl" and c.tag_ in _PARTICIPLE_TAGS \
                    and view.child(c, "mark", "nsubj", "nsubjpass") is None:
                out[c.i] = tx


def sentence_times(times: list[TimeExpr], start: int, end: int) -> list[TimeExpr]:
    """The expressions of ``times`` (in text order) that start in ``[start, end)``: a search, not a pass
    over the article's every time (long articles have tens of thousands)."""
    lo = bisect.bisect_left(times, start, key=_tx_start)
    hi = bisect.bisect_left(times, end, lo=lo, key=_tx_start)
    return times[lo:hi]


def _tx_start(tx: TimeExpr) -> int:
    return tx.start


def _climb(view: SentenceView, token: Token, inside: set[int]) -> Token | None:
    t = token
    for _ in range(12):
        h = view.head(t)
        if h is None:
            return None
        if h.i in inside:
            t = h
            continue
        if h.pos_ in ("VERB", "AUX"):
            return h
        if t.dep_ == "prep" and _misattached(view, h):
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


def _misattached(view: SentenceView, noun: Token) -> bool:
    """A time phrase the parser hung on a name or on the subject is about the verb: names and
    agents have no date of their own, unlike events ("the June 18 ruling") told by other nouns."""
    if noun.pos_ == "PROPN":
        return view.head(noun) is not None
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and view.head(noun) is not None


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
            if c.dep_ == "prep" and c.lower_ in ("during", "in", "at", "after", "since", "before"):
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
