"""Predicates: a clause's verb and the verbs (and cue words) it governs, as one chain.

A *frame* is what one claim is built on. Its chain runs from the outermost
word (where the subject, auxiliaries and negation hang) to the content word
(whose lemma is the claim's ``lemma``):

- subject-control complements join the chain: "wants to meet" → [want, meet];
- a cue noun or adjective with a verbal complement joins it too: "expressed
  her desire to meet" → [express, desire, meet]; "expressed interest in
  producing" → [express, interest, produce]; "is open to the possibility of
  coming" → [be, open, possibility, come];
- the *take-to* rule: "took to <channel> to <verb>" reads as <verb>, with the
  channel recorded; "took" stays in the chain (it carries tense and time) but
  not in the predicate text;
- an object-control complement ("asked him to resign", "thanked Kim for
  recommending") is not joined: it is a frame of its own whose subject is the
  controller's object.

The predicate text is the chain's words in sentence order, with particles and
passive auxiliaries kept and negation, tense auxiliaries, determiners and
possessives left out: "wants to meet", "expressed desire to meet".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from . import lexicon as lx
from .status import asked_through, copula_adjective, degree_status
from .view import SentenceView

VERBAL = ("VERB", "AUX")

#: Verbs whose "to be" complement is their content ("is believed to be", "seems to be in").
RAISING_TO_BE = frozenset({"believe", "think", "say", "report", "know", "expect", "seem", "appear",
                           "allege", "rumor", "rumour", "presume", "suppose", "understand", "estimate",
                           "consider", "find", "show", "prove", "turn", "happen", "tend"})


@dataclass(slots=True)
class Frame:
    """One predicate of a sentence: the base of one claim."""

    outer: Token
    head: Token
    chain: list[Token]
    pred_tokens: list[Token] = field(default_factory=list)
    channel: Token | None = None  # from a take-to frame
    kind: str = "event"  # event | attribute | nominal
    lemma: str = ""
    status_hint: str | None = None  # set by nominal readings
    object_prep: Token | None = None  # the preposition of a prepositional object

    @property
    def verbs(self) -> list[Token]:
        return [t for t in self.chain if t.pos_ in VERBAL]


def _has_own_subject(view: SentenceView, verb: Token) -> bool:
    return view.child(verb, "nsubj", "nsubjpass", "csubj") is not None


def _to_verb(view: SentenceView, token: Token) -> Token | None:
    """An infinitival or gerund complement of ``token``: "desire [to meet]", "interest [in producing]"."""
    for c in view.dependents(token):
        if c.pos_ == "VERB" and c.dep_ in ("acl", "xcomp", "advcl", "ccomp") and c.i > token.i \
                and view.child(c, "aux") is not None and view.child(c, "aux").lower_ == "to" \
                and not _has_own_subject(view, c):
            return c
    for c in view.children(token, "prep"):
        if c.lower_ in ("in", "of", "on", "for", "to", "about", "at", "toward", "towards"):
            for g in view.children(c, "pcomp", "pobj"):
                if g.pos_ == "VERB" and g.tag_ == "VBG":
                    return g
                if g.lemma_.lower() in lx.CUE_NOUNS and g.pos_ == "NOUN" and _to_verb(view, g) is not None:
                    return g
    return None


def _take_to(view: SentenceView, verb: Token) -> tuple[Token, Token] | None:
    """"took to X (…) to thank" → (thank, X)."""
    if verb.lemma_.lower() not in lx.TAKE_TO_VERBS:
        return None
    channel = None
    for p in view.children(verb, "prep"):
        if p.lower_ == "to":
            pobj = view.child(p, "pobj")
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                channel = pobj
                break
    if channel is None:
        return None
    # the infinitive may hang off the verb or off a clause in between ("while still incarcerated to thank")
    stack = [verb]
    seen = 0
    while stack and seen < 40:
        cur = stack.pop(0)
        seen += 1
        for c in view.dependents(cur):
            if c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl") and not _has_own_subject(view, c):
                aux = view.child(c, "aux")
                if aux is not None and aux.lower_ == "to":
                    return c, channel
                stack.append(c)
    return None


def next_link(view: SentenceView, cur: Token) -> Token | None:
    """The word the chain goes on to from ``cur``, or None.

    An xcomp after a direct object joins only when the object is a cue noun
    ("took the initiative to spotlight"); otherwise it is a purpose ("utilize
    her voice to bring in change") or an object-control complement.
    """
    if cur.pos_ in VERBAL:
        dobj = view.child(cur, "dobj") or asked_through(view, cur)  # ("called on residents [to save water]")
        for c in view.children(cur, "xcomp"):
            if c.pos_ == "AUX" and c.lemma_ == "be" and (cur.lemma_.lower() in RAISING_TO_BE or dobj is None) \
                    and not _has_own_subject(view, c) and c.i > cur.i and view.child(c, "aux") is not None:
                # "is believed to be worth …", "hopes to be back": one claim, not a bare "hopes"
                return c
            if c.pos_ == "VERB" and not _has_own_subject(view, c) and c.i > cur.i:
                if contrast(view, c):
                    continue  # "should hurry, not wait, to …": the verb it is set against, no second verb
                if degree_status(view, c) is not None:
                    return None  # "moved too slowly to save the deal": not a move to save it
                adj = copula_adjective(view, cur, c)
                if adj is not None:
                    return adj  # "is necessary to ease traffic": the adjective's infinitive, hung on "is"
                if dobj is not None and (cur.lemma_.lower() in lx.OBJECT_CONTROL
                                         or dobj.lemma_.lower() not in lx.CUE_NOUNS):
                    return None
                return c
        for c in view.children(cur, "dobj", "attr"):
            if c.lemma_.lower() in lx.CUE_NOUNS and _to_verb(view, c) is not None:
                return c
        for c in view.children(cur, "acomp"):
            if c.lemma_.lower() in lx.CUE_ADJECTIVES:
                nxt = _to_verb(view, c)
                if nxt is not None:
                    return c
        if cur.lemma_.lower() in ("succeed", "insist", "persist", "keep", "quit", "stop", "start",
                                  "begin", "finish", "fail", "think", "consider", "plan"):
            nxt = _to_verb(view, cur)
            if nxt is not None and nxt.dep_ != "advcl":
                return nxt
        return None
    return _to_verb(view, cur) or _copula_infinitive(view, cur)


def _copula_infinitive(view: SentenceView, adj: Token) -> Token | None:
    """The infinitive of an adjective that the parse hung on the adjective's copula ("is necessary to act")."""
    gov = view.head(adj) if adj.dep_ == "acomp" and adj.pos_ == "ADJ" else None
    if gov is None:
        return None
    return next((c for c in view.children(gov, "xcomp") if c.pos_ == "VERB" and c.i > adj.i
                 and copula_adjective(view, gov, c) is adj and not _has_own_subject(view, c)
                 and any(x.lower_ == "to" for x in view.children(c, "aux"))), None)


def contrast(view: SentenceView, verb: Token) -> bool:
    """A bare verb set off by a comma with its own "not" ("run, not walk"): what the sentence sets
    against the verb before it, never the next verb of its chain."""
    words = view.doc.words
    return verb.tag_ == "VB" and view.child(verb, "aux") is None and verb.i >= 2 \
        and words[verb.i - 1].dep_ == "neg" and words[verb.i - 1].head.i == verb.i and words[verb.i - 2].text == ","


def build_chain(view: SentenceView, outer: Token, taken: set[int] | frozenset[int] = frozenset()) -> Frame:
    """The frame whose chain starts at ``outer`` (words in ``taken`` belong to other frames)."""
    chain = [outer]
    channel = None
    cur = outer
    light_skip: set[int] = set()
    for _ in range(8):
        if cur.pos_ in VERBAL:
            took = _take_to(view, cur)
            if took is not None and cur is outer:
                nxt, channel = took
                light_skip.add(cur.i)
                chain.append(nxt)
                cur = nxt
                continue
        nxt = next_link(view, cur)
        if nxt is None or nxt in chain or nxt.i in taken:
            break
        chain.append(nxt)
        cur = nxt
    head = chain[-1]
    if head.pos_ not in VERBAL and len(chain) > 1:
        # a cue noun/adjective with no verb after it: the last verb is the head
        verbs = [t for t in chain if t.pos_ in VERBAL]
        head = verbs[-1] if verbs else head
    frame = Frame(outer=outer, head=head, chain=chain, channel=channel)
    frame.pred_tokens = predicate_tokens(view, frame, light_skip)
    frame.lemma = head.lemma_.lower()
    return frame


def _bare_adjective(view: SentenceView, adj: Token) -> bool:
    """An adjective that reads as part of its verb: none of its own words but prepositions
    ("guilty [to …]") and a degree adverb."""
    return all(c.dep_ in ("prep", "advmod", "punct", "neg") for c in view.dependents(adj))


def _degree_words(view: SentenceView, adj: Token) -> list[Token]:
    """The adverbs right before an adjective that say how far it holds ("less popular", "no longer
    welcome", "barely alive"): said without them, the adjective may say the opposite of the sentence."""
    return [d for d in view.children(adj, "advmod") if d.i < adj.i and adj.i - d.i <= 2
            and all(x.i < adj.i for x in view.subtree(d))]


#: Adverbs of direction that complete a verb of motion as a particle would ("went in", "came back").
_DIRECTIONS = frozenset({"in", "out", "back", "away", "off", "down", "up", "over", "inside", "outside",
                         "home", "ahead", "aside", "along", "forward", "around", "together", "apart",
                         "further", "farther", "nearby", "abroad", "overseas", "alone", "elsewhere"})


def _particle_place(view: SentenceView, verb: Token, adverb: Token) -> bool:
    """Whether a direction adverb stands where a particle does: with no object ("came back"), or right
    after its verb and before the object ("pushed back the launch": said without it, the verb says
    another thing)."""
    obj = view.child(verb, "dobj")
    return obj is None or adverb.i == verb.i + 1 < obj.i


def predicate_tokens(view: SentenceView, frame: Frame, skip: set[int]) -> list[Token]:
    keep: set[int] = set()
    chain = frame.chain
    links = {t.i for t in chain}
    for k, t in enumerate(chain):
        if t.i in skip:
            continue
        first = not keep
        keep.add(t.i)
        if t.pos_ in VERBAL:
            participle = t.tag_ in ("VBN", "VBG")
            for c in view.dependents(t):
                if c.dep_ in ("prt", "auxpass") or (c.dep_ == "aux" and c.lower_ in ("to", "have") and not first):
                    keep.add(c.i)  # "is said to have resigned": the perfect tells it is past
                elif c.dep_ == "advmod" and c.lower_ in _DIRECTIONS and 0 < c.i - t.i <= 3 \
                        and (not view.dependents(c) or c.tag_ == "RBR") and _particle_place(view, t, c):
                    keep.add(c.i)  # "deputies went in", "she came back": the adverb is half the verb
                elif participle and c.dep_ == "aux" and c.i < t.i and c.lemma_.lower() in ("have", "be") \
                        and c.lower_ not in ("to", "being"):
                    keep.add(c.i)  # "had seen", "is serving": a bare participle is not a finite verb
                elif not first and c.i < t.i and c.lower_ in ("how", "whether") and c.dep_ in ("advmod", "mark"):
                    keep.add(c.i)  # "figure out how to use": without "how" it is not English
                elif c.dep_ in ("acomp", "oprd") and c.i not in links and c.pos_ == "ADJ" and (
                        t.pos_ == "VERB" or c.dep_ == "oprd") and _bare_adjective(view, c):
                    keep.add(c.i)  # "pleaded guilty", "was found dead", "got married"
                    keep.update(n.i for n in view.children(c, "neg"))  # "pleaded not guilty"
                    keep.update(x.i for d in _degree_words(view, c) for x in view.subtree(d))  # "became less popular"
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        if nxt is not None and t.pos_ not in VERBAL:
            # the preposition between a cue word and its complement ("interest in producing")
            prep = nxt.head if nxt.head.dep_ == "prep" and nxt.head.head.i == t.i else None
            if prep is not None:
                keep.add(prep.i)
            aux = view.child(nxt, "aux")
            if aux is not None and aux.lower_ == "to":
                keep.add(aux.i)
        if nxt is not None and t.pos_ in VERBAL and nxt.pos_ == "VERB" and nxt.head.dep_ == "prep" \
                and nxt.head.head.i == t.i:
            keep.add(nxt.head.i)
    if frame.object_prep is not None:
        keep.add(frame.object_prep.i)
    return [view.doc[i] for i in sorted(keep)]


#: Contracted auxiliaries written out, so a predicate never reads "'m proud" or "'s been".
_CONTRACTED = {"'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "n't": "not", "ca": "can", "wo": "will",
               "sha": "shall"}


def word_text(token: Token) -> str:
    """A predicate word as written out in full ("'s" → "is" or "has", "'d" → "had" or "would")."""
    low = token.lower_.replace("\u2019", "'")
    if token.pos_ not in ("AUX", "PART", "VERB"):
        return token.text
    if low in ("'s", "'d"):
        lemma = token.lemma_.lower()
        if low == "'s":  # "Dorsey's been at the plant", "it's got": the tagger may still read "'s" as "be"
            following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
            return "has" if lemma == "have" or following in ("been", "got", "gotten") else "is"
        return "had" if lemma == "have" else "would"
    return _CONTRACTED.get(low, token.text) if (low.startswith("'") or low in ("n't", "ca", "wo", "sha")) \
        else token.text


def predicate_text(tokens: list[Token]) -> str:
    return " ".join(word_text(t) for t in tokens)


def is_clause_head(view: SentenceView, token: Token) -> bool:
    """A verb that heads a clause of its own (not an auxiliary, not an adjective-like participle)."""
    if token.pos_ == "VERB":
        return token.dep_ not in ("aux", "auxpass", "amod", "compound", "prt") and not contrast(view, token)
    if token.pos_ == "AUX" and token.lemma_ == "be":
        return token.dep_ not in ("aux", "auxpass") and (
            view.child(token, "attr", "acomp", "prep", "advmod", "expl", "nsubj") is not None)
    return False


def absorbed(frames_chain_tokens: set[int], token: Token) -> bool:
    return token.i in frames_chain_tokens
