"""According to whom: sources of claims, and direct quotes.

A claim's source is, in order:

1. for a verb of saying with a subject ("insiders emphasize …", "critics
   accused …"): its own subject (the speech act is the speaker's), unless an
   "according to X" hangs on that verb ("a unit disclosed a stake, according
   to X": X reports the disclosing) (``attributed_to``);
2. the subject of the nearest verb of saying whose complement holds the claim
   ("sources close to TMZ revealed that Gypsy suggests that …": the
   ``suggests`` claim is the sources'; the ``views`` claim is Gypsy's);
3. a claim inside a direct quote: the speaker of the quote;
4. a sentence-level attribution: "according to X", "as per X", "per X";
5. a sentence whose main verb is a verb of saying: its speaker, for the other
   clauses of the sentence ("Although A, sources revealed that B" → A too);
6. otherwise the outlet (``article.source`` or "the outlet").

A phrase source ("sources close to TMZ") keeps its words and points at the
entity inside it, if there is one.

Direct quotes are text between matching quotation marks (“…”, "…", «…») of
three words or more; the verb of saying whose complement holds the quote (or
the sentence's only verb of saying outside it) gives the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from . import lexicon as lx
from .view import SentenceView

#: Any opening quotation mark (a sentence without one has no quotes: one search, no loop).
_QUOTE_OPEN = re.compile("[" + re.escape("".join(lx.QUOTE_PAIRS)) + "]")


@dataclass(slots=True)
class Quote:
    """A direct quote: ``text`` is the article text between the marks (trimmed), with its offsets."""

    start: int
    end: int
    text: str
    tok_lo: int
    tok_hi: int  # token range [tok_lo, tok_hi) inside the marks


def find_quotes(view: SentenceView) -> list[Quote]:
    text = view.text
    out: list[Quote] = []
    i = 0
    while True:
        m = _QUOTE_OPEN.search(text, i)
        if m is None:
            break
        i = m.start()
        close = lx.QUOTE_PAIRS[text[i]]
        j = text.find(close, i + 1)
        if j < 0:
            break
        inner = text[i + 1:j]
        lead = len(inner) - len(inner.lstrip())
        body = inner.strip().rstrip(",;:").rstrip()
        if len(body.split()) >= 3:
            a = view.offset + i + 1 + lead
            b = a + len(body)
            span = view.doc.char_span(a, b, alignment_mode="expand")
            if span is not None and not _modifier_quote(view, span.start, span.end):
                out.append(Quote(a, b, view.text_at(a, b), span.start, span.end))
        i = j + 1
    return out


#: Tags of a word that opens a noun phrase: "a", "the", "this", "their".
_NP_OPENERS = frozenset({"DT", "PRP$", "WP$"})


def _modifier_quote(view: SentenceView, lo: int, hi: int) -> bool:
    """Words in quotation marks between a determiner and a noun ("a 'take it or leave it' scenario").

    Such marks set off a phrase used as a modifier (scare quotes, a slogan), not words someone
    said here: read as a quote, "will not result in a 'take it or leave it' scenario, a source
    said" became the source saying "take it or leave it".
    """
    words = view.doc.words
    before, after = lo - 1, hi
    while before >= view.lo and words[before].text in _MARKS:
        before -= 1
    while after < view.hi and words[after].text in _MARKS:
        after += 1
    return before >= view.lo and after < view.hi and words[before].tag_ in _NP_OPENERS \
        and words[after].tag_ in ("NN", "NNS")


_MARKS = frozenset(lx.QUOTE_PAIRS) | frozenset(lx.QUOTE_PAIRS.values()) | {"``", "''"}


def in_quote(token: Token, quotes: list[Quote]) -> Quote | None:
    for q in quotes:
        if q.tok_lo <= token.i < q.tok_hi:
            return q
    return None


def speech_speaker(view: SentenceView, verb: Token) -> Token | None:
    """The speaker of ``verb`` when it is a verb of saying with one (``speaker_of``) that is no noun of
    evidence (``inference_phrase``), or None: computed once where both the test and the speaker are needed."""
    if verb.lemma_.lower() not in lx.ATTRIBUTION_VERBS or _doing(view, verb):
        return None
    subj = speaker_of(view, verb)
    return subj if subj is not None and not inference_phrase(view, subj) else None


#: Verbs of saying that are as often verbs of doing, which they are with a thing as their object: "others
#: are adding capacity", "the maker recalled 9,000 cars", "the bank maintained its dividend", "posted a loss".
_SAYING_OR_DOING = frozenset({"add", "recall", "maintain", "post"})


def _doing(view: SentenceView, verb: Token) -> bool:
    """A verb of ``_SAYING_OR_DOING`` with a noun as its object and no clause of what is said: an act, whose
    subject says nothing (the claim is the writer's, or the speaker's around it)."""
    if verb.lemma_.lower() not in _SAYING_OR_DOING or view.child(verb, "ccomp", "parataxis") is not None:
        return False
    obj = view.child(verb, "dobj")
    return obj is not None and obj.pos_ in ("NOUN", "PROPN", "NUM")


def is_speech(view: SentenceView, verb: Token) -> bool:
    return speech_speaker(view, verb) is not None


def misread_aside(view: SentenceView, verb: Token) -> Token | None:
    """The subject of a passive participle set off by commas after its noun that the parse read as that
    noun's past tense and as what a later verb says: "Acme, rumored a takeover target for months, said …",
    "the firm, considered a leader, said …" (no writer puts a comma between a subject and its own verb, and
    the later "said" then has no subject). The noun is the later verb's subject; else None."""
    subj = view.child(verb, "nsubj")
    head = view.head(verb)
    if subj is None or verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or head is None \
            or head.pos_ not in ("VERB", "AUX") or head.i < verb.i \
            or view.child(verb, "aux", "auxpass", "mark") is not None \
            or view.child(head, "nsubj", "nsubjpass", "expl", "csubj") is not None:
        return None
    words = view.doc.words
    subj_end = max(t.i for t in view.subtree(subj) if t.dep_ != "punct")  # (the parse hangs the comma on it)
    if subj_end + 2 != verb.i or words[subj_end + 1].text != "," or words[head.i - 1].text != ",":
        return None
    return subj


def speaker_of(view: SentenceView, verb: Token) -> Token | None:
    """Who says what a verb of saying introduces: its own subject; for a conjunct that has none, the
    subject of the verb it is joined to ("Lee is from Ohio, and said the farmers …"); for a participle
    without a subject or a subordinator set beside its clause ("Saying the danger was over, the governor
    lifted …", "…, adding that …"), the subject of the clause it hangs on; either only when it says something
    (a clause of its own: "said the members enhance X, respond to Y" has no second speaker)."""
    says = view.child(verb, "ccomp", "parataxis") is not None
    aside = next((a for c in view.children(verb, "ccomp") if c.i < verb.i and (a := misread_aside(view, c)) is not None),
                 None)
    if aside is not None:
        return aside  # "Acme, rumored a takeover target, said …": Acme says it
    for _ in range(4):
        subj = view.child(verb, "nsubj")
        if subj is not None or view.child(verb, "nsubjpass", "csubj", "expl", "auxpass") is not None:
            return subj  # ("… and arson was suspected", "… was revealed": a passive names no speaker)
        head = view.head(verb)
        if head is None or head.pos_ not in ("VERB", "AUX") or not says:
            return None
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and view.child(verb, "mark") is None:
            return view.child(head, "nsubj")  # (never its passive subject: "was arrested, saying …" is rare)
        if verb.dep_ != "conj" or verb.i > view.lo and view.doc.words[verb.i - 1].pos_ in ("NOUN", "PROPN", "PRON"):
            return None  # ("… remains at large and police admit …": a noun right before it is its subject
            # the parse lost, never the first conjunct's)
        passive = view.child(head, "nsubjpass")
        if passive is not None:  # "was released and said …": the one released says it (a participle,
            # "is achieved and maintained", is the passive's second verb, no saying)
            return passive if verb.tag_ in ("VBD", "VBZ", "VBP") else None
        verb = head
    return None


#: Nouns of evidence: "another sign officials suspect a link" is the writer's inference about the
#: officials, set after a clause as its aside, and a phrase headed by one is never a speaker.
_EVIDENCE_NOUNS = frozenset({"indication", "sign", "signal", "example", "evidence", "proof", "hint",
                             "suggestion", "reminder", "illustration", "testament", "symptom"})


def inference_phrase(view: SentenceView, subj: Token) -> bool:
    """``subj`` is, or is run together by the parser with, a noun of evidence ("another indication
    officials …" parsed as one subject with "indication" a compound): the aside of the writer, no one
    who speaks."""
    return subj.lemma_.lower() in _EVIDENCE_NOUNS or _evidence_before(view, subj) is not None


def _evidence_before(view: SentenceView, subj: Token) -> Token | None:
    """The first noun of evidence the parser hung before ``subj`` as its modifier ("another *indication*
    officials …"), if any."""
    return next((c for c in view.children(subj, "compound", "amod", "nmod")
                 if c.lemma_.lower() in _EVIDENCE_NOUNS and c.i < subj.i), None)


def _says(view: SentenceView) -> bool:
    """Whether the sentence has a verb of saying at all (most do not: then no climb is needed)."""
    found = view.flags.get("says")
    if found is None:
        verbs = lx.ATTRIBUTION_VERBS
        found = view.flags["says"] = any(t.lemma_.lower() in verbs or t.lemma_.lower() in _JUDGING
                                         or t.lower_ in lx.BELIEF_ADJECTIVES for t in view.tokens())
    return found


def governing_speech(view: SentenceView, token: Token) -> Token | None:
    """The nearest verb of saying above ``token`` (its complement, its clauses), not via its subject."""
    if not _says(view):
        return None
    cur = token
    direct = True  # climbed only along the clause's own verbs so far (not out of a relative clause or aside)
    for _ in range(24):
        h = view.head(cur)
        if h is None:
            return None
        if h.pos_ in ("VERB", "AUX") and is_speech(view, h) and cur.dep_ not in ("nsubj", "nsubjpass"):
            # ("police did not say who fired, but two officers were hurt": the next clause is nobody's word)
            return None if cur.dep_ == "conj" and _said_nothing(view, h) else h
        if direct and h.pos_ in ("VERB", "AUX") and _judgement(view, h, cur):
            return h
        holder = belief_holder(view, h, cur) if direct else None
        if holder is not None:
            return holder  # "Lee is convinced the match was fixed": Lee's belief, not the outlet's word
        direct = direct and cur.dep_ in ("conj", "xcomp")
        cur = h
    return None


#: Verbs of judging and expecting whose finite "that"-clause is their subject's view, not the outlet's
#: ("aides decided that a new tunnel would be necessary", "investors expect that rates will rise").
_JUDGING = frozenset({
    "hope", "decide", "wish", "expect", "doubt", "feel", "understand", "guess", "imagine", "reckon", "figure",
    "suppose", "trust", "bet", "forecast", "anticipate", "predict", "project", "envision", "envisage", "determine", "judge", "agree",
})

#: Verbs of expecting whose infinitive clause with a subject of its own is their subject's forecast too
#: ("analysts expect the slump to deepen"): "want"/"hope" are not among them (a wish is no forecast).
_EXPECTING = frozenset({"expect", "forecast", "anticipate", "predict", "project"})


def belief_holder(view: SentenceView, head: Token, clause: Token) -> Token | None:
    """The copula whose subject holds the belief, hope or fear a finite ``clause`` states, when ``head``
    is an adjective of belief ("is sure [that …]") or the copula such an adjective completes before the
    clause ("is convinced[, like many,] the match was fixed"); else None."""
    if clause.dep_ not in ("ccomp", "advcl") or view.child(clause, "nsubj", "nsubjpass", "expl") is None \
            or not (clause.tag_ in lx.FINITE_TAGS or any(a.tag_ in lx.FINITE_TAGS for a in view.children(
                clause, "aux", "auxpass"))):
        return None
    if any(m.lower_ != "that" for m in view.children(clause, "mark")):
        return None  # ("was worried because …", "is sure if …": an adverbial, not what is believed)
    if head.lower_ in lx.BELIEF_ADJECTIVES and head.tag_ == "VBN" and view.child(head, "nsubjpass") is not None:
        return head  # "Lee is convinced the match was fixed" parsed as a passive
    copula = view.head(head) if head.dep_ == "acomp" else head
    if copula is None or copula.lemma_.lower() != "be" or view.child(copula, "nsubj") is None:
        return None
    adjectives = [head] if head.dep_ == "acomp" else [a for a in view.children(copula, "acomp") if a.i < clause.i]
    return copula if any(a.lower_ in lx.BELIEF_ADJECTIVES for a in adjectives) else None


def _judgement(view: SentenceView, verb: Token, clause: Token) -> bool:
    """``clause`` is the finite complement of a verb of judging with a subject of its own: what the
    subject holds, so theirs to answer for."""
    if verb.lemma_.lower() not in _JUDGING or view.child(verb, "nsubj") is None:
        return False
    if verb.lemma_.lower() in _EXPECTING and clause.dep_ in ("ccomp", "xcomp") and (
            view.child(clause, "nsubj") is not None or view.child(verb, "dobj") is not None):
        return True  # "analysts expect the trend to continue": what they expect, not the outlet's word
    if clause.dep_ != "ccomp":
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        a.dep_ == "aux" and a.lower_ != "to" for a in view.dependents(clause))


def sentence_attribution(view: SentenceView) -> Token | None:
    """The phrase head of "according to X" / "as per X" / "per X" in the sentence."""
    for t in view.tokens():
        low = t.lower_
        if low == "according":
            for c in t.children:
                if c.lower_ == "to":
                    pobj = view.child(c, "pobj")
                    if pobj is not None:
                        return pobj
            nxt = t.nbor(1) if t.i + 1 < view.hi else None
            if nxt is not None and nxt.lower_ == "to":
                pobj = view.child(nxt, "pobj")
                if pobj is not None:
                    return pobj
        elif low == "per" and t.dep_ in ("prep", "case") and t.head.pos_ not in ("NOUN", "NUM", "PROPN"):
            # (never a rate: "40 miles per gallon", "$5 per share")
            pobj = view.child(t, "pobj")
            if pobj is not None:
                return pobj
    return None


def attributed_to(view: SentenceView, verb: Token, source: Token) -> bool:
    """The "according to X" (or "per X") phrase of ``source`` hangs on ``verb`` itself: "a unit of Acme
    disclosed a stake, according to its treasurer", "according to police, the man admitted the theft". The
    act of saying is then what X reports, so it is X's word, not its subject's."""
    cur = source
    for _ in range(3):
        head = view.head(cur)
        if head is None or cur.dep_ not in ("pobj", "prep"):
            return False
        if head.i == verb.i:
            return True
        cur = head
    return False


def root_speech(view: SentenceView) -> Token | None:
    if not _says(view):
        return None
    for r in view.roots():
        if r.pos_ in ("VERB", "AUX") and is_speech(view, r) and not _said_nothing(view, r):
            return r
    return None


#: Subjects that say nobody spoke.
_NO_SPEAKER = frozenset({"neither", "nobody", "none", "no one", "noone"})


def _said_nothing(view: SentenceView, verb: Token) -> bool:
    """"Neither side would say what happened, but …", "police did not say …": a verb of saying that is
    denied says nothing, so the sentence's other clauses are not its speaker's words."""
    if any(c.dep_ == "neg" for c in view.dependents(verb)):
        return True
    subj = view.child(verb, "nsubj")
    return subj is not None and (subj.lower_ in _NO_SPEAKER or any(
        d.lower_ in ("no", "neither") for d in view.children(subj, "det")))


def quote_speaker(view: SentenceView, quote: Quote, speech_verbs: list[Token]) -> Token | None:
    """The verb of saying that introduces ``quote``."""
    outside = [v for v in speech_verbs if not quote.tok_lo <= v.i < quote.tok_hi]
    for v in outside:
        for c in view.dependents(v):
            if c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp", "advcl", "conj") and any(
                    quote.tok_lo <= t.i < quote.tok_hi for t in view.subtree(c)):
                return v
    if len(outside) == 1:
        return outside[0]
    return None


#: Opening and closing marks for quote scopes: typographic ones, the typewriter pair `` ... '' of
#: plain-text news, and the straight double quote (which opens or closes by position).
_OPENERS = ("\u201c", "\u00ab", "\u201e", "``")
_CLOSERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d", "``": "''"}
_ANY_CLOSE = ("\u201d", "\u00bb", "''", '"')
_MARK = re.compile("``|''|[\u201c\u201d\u00ab\u00bb\u201e\"]")


@dataclass(slots=True)
class QuoteScope:
    """Text inside quotation marks in one sentence, closed or not: ``[start, end)`` in characters of
    the article. ``continued`` when the quote was opened in an earlier sentence (a quote of several
    sentences, or a paragraph that goes on with the last speaker's words)."""

    start: int
    end: int
    continued: bool = False


def quote_scopes(view: SentenceView, carried: bool) -> tuple[list[QuoteScope], bool]:
    """Where the sentence's words are someone's quoted words, and whether a quote is still open at
    its end. ``carried``: the sentence before ended inside a quote.

    Unlike ``find_quotes`` (a quote claim needs both marks and three words), this is about whose
    voice a word is in: a quote opened and not closed runs to the end of the sentence, and a
    sentence inside a quote opened earlier is quoted up to its closing mark (or whole)."""
    text, base = view.text, view.offset
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    out: list[QuoteScope] = []
    k = 0
    if carried:
        close = next((j for j, (_, g) in enumerate(marks) if g in _ANY_CLOSE), None)
        if close is None:
            if not any(g in _OPENERS for _, g in marks):
                return [QuoteScope(base, base + len(text), True)], True
            close = -1
        else:
            out.append(QuoteScope(base, base + marks[close][0], True))
        k = close + 1
    open_at: tuple[int, str] | None = None
    while k < len(marks):
        pos, g = marks[k]
        if open_at is None:
            if g in _OPENERS or g == '"':
                open_at = (pos, g)
        else:
            want = _CLOSERS.get(open_at[1], '"')
            if g == want or (open_at[1] != '"' and g in _ANY_CLOSE and g != '"'):
                a, b = open_at[0] + len(open_at[1]), pos
                if text[a:b].strip() and not _modifier_span(view, base + a, base + b):
                    out.append(QuoteScope(base + a, base + b))
                open_at = None
        k += 1
    if open_at is not None:
        a = open_at[0] + len(open_at[1])
        if text[a:].strip():
            out.append(QuoteScope(base + a, base + len(text)))
            return out, True
    return out, False


def _modifier_span(view: SentenceView, a: int, b: int) -> bool:
    span = view.doc.char_span(a, b, alignment_mode="expand")
    return span is not None and len(span) > 0 and _modifier_quote(view, span.start, span.end)


def evidence_words(view: SentenceView, subj: Token) -> frozenset[int]:
    """The words of a noun of evidence the parser ran into ``subj`` ("[another indication] officials
    suspect a link"): left out of the subject, which is "officials"."""
    if subj.lemma_.lower() in _EVIDENCE_NOUNS or (c := _evidence_before(view, subj)) is None:
        return frozenset()
    return frozenset(t.i for t in view.tokens() if t.i <= c.i and t.i in view.subtree_ids(subj))

