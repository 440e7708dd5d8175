"""Which way in time an expression points: the tense of the verb that governs it.

"on Thursday" is last Thursday in "they met on Thursday" and next Thursday in
"they will meet on Thursday"; "in November" likewise. The parse already has
the answer: climb from the expression to its governing verb and read its tag
and auxiliaries (VBD/VBN → past; will/shall/'ll, a modal, "going to", a
to-infinitive → future; a bare present → none). No extra spaCy pass.
"""

from __future__ import annotations

PAST, NONE, FUTURE = -1, 0, 1

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
#: Modals that look ahead; "could" is left out ("could not be reached Friday" is past).
_MODALS = frozenset({"would", "may", "might", "should", "must", "can", "'d", "ca", "shall"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "'d"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
#: Verbs whose to-infinitive complement lies ahead of them ("plans to meet Friday").
_FORWARD_HEADS = frozenset({
    "plan", "expect", "schedule", "set", "due", "intend", "hope", "aim", "want", "prepare",
    "agree", "promise", "threaten", "vow", "pledge", "propose", "seek", "try", "wish",
    "decide", "go", "like", "need", "likely", "able", "ready", "slate", "scheduled", "expected",
})
#: Verbs that put their own time ahead whatever their tense ("has scheduled a hearing Thursday").
_SCHEDULING = frozenset({"schedule", "reschedule", "slate", "plan", "postpone", "delay", "adjourn", "expect"})


def _verb_of(token, limit: int = 8):
    """The verb that governs ``token`` (itself if it is one), or None."""
    for _ in range(limit):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def verb_tense(verb) -> int:
    """PAST, FUTURE or NONE for one verb token, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes}
    if words & _FUTURE_AUX:
        return FUTURE
    if any(c.tag_ == "MD" and c.lower_ in _MODALS for c in auxes):
        return PAST if "have" in words else FUTURE
    if "to" in words:
        head = verb.head
        if head is not verb and head.lemma_.lower() in _FORWARD_HEADS:
            if any(c.lower_ == "had" for c in head.children if c.dep_ in ("aux", "auxpass")):
                return PAST  # "had been scheduled to expire Friday": a plan now past
            return FUTURE
        return NONE
    if verb.lemma_.lower() in _SCHEDULING:
        return FUTURE
    if words & _PAST_AUX:
        return PAST
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        if words & {"has", "have", "'ve"}:
            return NONE  # the present perfect does not date its deed ("has given them until Tuesday")
        if words & _PRESENT_BE:
            return NONE
        return PAST
    if verb.tag_ == "VBG" and words & _PRESENT_BE:
        return FUTURE  # "is meeting Friday": a plan
    if verb.tag_ == "VBG" and words & _PAST_AUX:
        return PAST
    return NONE


def tense_at(doc, start: int, end: int) -> int:
    """The tense governing the text ``start:end`` of ``doc``; the sentence root's if none of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return NONE
    verb = _verb_of(span.root)
    tense = verb_tense(verb) if verb is not None else NONE
    for _ in range(2):  # "is to resume trading Tuesday": a bare verb form takes its head's tense
        if tense != NONE or verb is None or verb.dep_ not in ("xcomp", "dobj", "pcomp", "conj") or verb.head is verb:
            break
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.dep_ != "conj":
            break
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else _verb_of(verb.head)
        tense = verb_tense(verb) if verb is not None else NONE
    if tense == NONE and verb is None:
        root = span.sent.root
        if root.pos_ in ("VERB", "AUX"):
            tense = verb_tense(root)
    return tense
