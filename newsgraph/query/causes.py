"""The cause or purpose a sentence gives, and how surely it answers a "why" question.

English says why with a few markers. Strong ones say it whatever their place
("because", "due to" before a noun, "as part of", "in order to", "so she can", "blamed on",
"was a factor", "for" before a verb's -ing form and its object: "fined for blocking the
road"); weak ones ("after", "following", "amid", "as it was …") often only say when,
so they count only after a word that says the question's event ("fired …
after a slow start"). A sentence answers better the more of the question's
words it says (paraphrases counted), and a strong marker beats a weak one.
The short answer is the clause from the marker on, as the sentence writes it.

Writers often give the cause in a sentence of its own, beside the one that
says the event, without repeating the event's words: "The release is two
years behind schedule. The project has been plagued by strikes …", or
backwards, "They said no. That's why they have to file for bankruptcy." So
when no sentence says both the event and a cause, the sentence after the best
event sentence is read for a strong marker, and a sentence that points back
("that's why", "this is why") takes the sentences before it as its cause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .asked import verb_span
from .clauses import clause_bounds
from .lexicon import match, phrase_keys
from .polarity import coverage
from .types import Citation, ClaimView
from .words import FUNCTION_WORDS, stem, tokens

#: "for" before an -ing form and its object gives the cause of the verb just before it ("fined for blocking the
#: road"), never of an event told in another sentence.
#: (A bare "to avoid", "to prevent" is a weak marker, counted only after the asked act: it is as often another verb's
#: infinitive, "failed to prevent the crash", "must win to avoid relegation", as the asked act's purpose.)
_FOR_DOING_TEXT = r"for [a-z]+ing (?:the|a|an|his|her|their|its|him|them|it|my|our|your|this|that|those|these)\b"
STRONG = re.compile(
    r"\b(because(?: of)?|due (?:in (?:large |part )?part )?to|owing to|as a (?:direct )?result of|as part of|"
    r"in order to|so as to|so (?:that )?(?:i|we|he|she|they|it|you) (?:can|could|would|might|may)|caused by|"
    r"in (?:an|a) (?:effort|attempt|bid) to|by (?:mistake|accident|error)|"
    r"blamed (?:on|for)|the reason|reasons? for|(?:was|is|were|are) (?:a|the) (?:major |main |key )?"
    r"(?:factor|cause)|prompted by|in protest|in response to|citing|for (?:failing|not|being|having)|"
    + _FOR_DOING_TEXT + "|"
    r"(?:delayed|hampered|plagued|slowed|stalled|disrupted|held up|hit|hurt|driven|forced|caused|sparked|triggered|"
    r"fuell?ed|motivated|spurred|inspired|brought on) by|"
    r"as (?:being )?(?:a|the) (?:\w+ )?(?:factor|cause)|"
    r"(?!(?:be|been|being|is|was|are|were|not|just|only|long|far|have|has|had)\b)[a-z]+ enough to)\b",
    re.IGNORECASE)
_FOR_DOING = re.compile(_FOR_DOING_TEXT, re.IGNORECASE)
#: A sentence that points back: its cause is what the sentences before it say.
POINTS_BACK = re.compile(r"\b(?:that|this|which)(?: ?[’']s| is| was) (?:why|the reason)\b", re.IGNORECASE)
#: A sentence that points ahead ("X invited Y for a reason.", "There are two reasons:"): the sentence after it
#: gives the reason.
POINTS_AHEAD = re.compile(r"\b(?:for|there (?:is|are|was|were)) (?:a|one|two|three|several|many|good|some)"
                          r"(?: good| simple| very good)? reasons?\s*[.:]?\s*$", re.IGNORECASE)
#: How many words of the sentences before a pointing-back sentence are taken as its cause, at most (the
#: nearest is always taken): "that" points to what was just said, often in short sentences.
BACK_WORDS = 12
#: How many sentences before it, at most (an answer sentence cites at most three).
BACK_SENTENCES = 3
#: "due to" before a verb says when something is expected ("due to arrive in May"), not why.
_DUE = re.compile(r"due (?:in (?:large |part )?part )?to\s+(\w+)", re.IGNORECASE)


def strong_marker(text: str, start: int = 0) -> re.Match | None:
    """The first strong cause marker of ``text`` from ``start``, passing over "due to" before a verb ("due to
    receive its first aircraft in May", "due to be sentenced"): a word WordNet knows only as a verb, or "be"."""
    found = STRONG.search(text, start)
    while found is not None:
        due = _DUE.match(text, found.start())
        if due is None or not _verb_only(due.group(1).lower()):
            return found
        found = STRONG.search(text, found.end())
    return None


def _verb_only(word: str) -> bool:
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    if word == "be" or net is None:
        return word == "be"
    return bool(net.synset_offsets(word, "v")) and not net.synset_offsets(word, "n")


#: "as" opening a clause (a pronoun or a possessive's noun, then a verb: "chosen as its date matches the
#: number", "as it was cheaper"), not "as" before a role ("served as his deputy").
_AS_CLAUSE = r"as (?:it|he|she|they|we|(?:its|his|her|their|our) \w+) (?:is|was|are|were|has|had|would|could|\w+(?:es|ed))"
WEAK = re.compile(r"\b(after|following|amid|over concerns?|over (?:its|his|her|their) (?:use|handling|failure)|"
                  r"to (?:ensure|prevent|avoid|evade|make sure)|"
                  + _AS_CLAUSE + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cause:
    """A sentence's cause clause ("because we were not progressing …"), with how well it answers."""

    text: str
    citation: Citation
    cover: float  # the share of the question's words the sentence says
    strong: bool  # a strong marker ("because"), not a weak one ("after")

    @property
    def score(self) -> float:
        return 2 * self.cover + (2.0 if self.strong else 1.0)


def _event_at(words: list[str], text: str, end: int) -> bool:
    """Whether a question word is said in ``text`` before offset ``end``."""
    stems_, ordered = phrase_keys(text[:end])
    return any(match(w, stems_, ordered) >= 0.6 for w in words)


#: Words before "after"/"following" that make it a time: "the day after the vote", "hours after the crash".
_TIME_BEFORE = re.compile(r"\b(?:day|days|night|nights|morning|week|weeks|month|months|year|years|hours?|minutes?|"
                          r"seconds?|moments?|shortly|soon|just|immediately|weekend|season)\s*$", re.IGNORECASE)
#: A span of time right after "after"/"following": "after one season as coach", "after 52 games", "after four months
#: of talks" measure when, not why.
_SPAN_AFTER = re.compile(r"\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|"
                         r"nearly|about|almost|around|more than|less than|just|only|\d+)\s+)+(?:[\w-]+\s+)?"
                         r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|games?|decades?|terms?|"
                         r"innings|rounds?|laps?)\b", re.IGNORECASE)


def says_time(text: str, found: re.Match) -> bool:
    """Whether a weak marker ("after", "following") only says when: a time word before it ("the day after his
    death", "hours after the crash") or a span of time after it ("after one season as coach")."""
    if found.group(0).lower() not in ("after", "following"):
        return False
    return bool(_TIME_BEFORE.search(text, 0, found.start())) or bool(_SPAN_AFTER.match(text, found.end()))


#: Markers after which the event they explain comes, not before: "serious enough to release a fix" (the asked
#: event is releasing; its cause, "serious", stands before the marker and is in the clause from it on).
_EVENT_AFTER = re.compile(r"\w+ enough to$", re.IGNORECASE)
#: Words that attribute rather than say an event ("according to police", "officials say"): never the asked event.
_ATTRIBUTION = frozenset({"according", "say", "said", "says", "tell", "told", "report", "reported"})


def event_word(predicate: str | None) -> str | None:
    """The question's word for the asked event (its predicate), or None when it has none or only attributes
    ("according to police"), for ``explains``."""
    if not predicate or predicate.lower() in _ATTRIBUTION:
        return None
    return predicate


#: "and"/"but" before a subject pronoun opens a clause of its own ("the ferry left and they were upset"), which the
#: punctuation-only clause reading (``clauses``) does not part without a comma.
_NEW_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:he|she|they|it|we|i|you)\b", re.IGNORECASE)
#: Markers that name a cause as a thing ("alcohol was a factor", "the reason was …", "reasons for the delay"): they
#: hang on no verb of their sentence, so they explain whatever event the sentence or the one beside it tells.
_NOMINAL = re.compile(r"\breasons?\b|\bfactor\b|\bcause\b", re.IGNORECASE)


def explains(text: str, found: re.Match, predicate: str | None, verbs: tuple[str, ...] = ()) -> bool:
    """Whether the marker ``found`` gives the cause of the asked event (the question's ``predicate``) rather than
    of another verb of the sentence. A cause clause attaches to the verb of its own clause: "X fired Y after a
    slow start because the owner wanted change" explains the firing, and "Z said he was stunned because …" explains
    being stunned, not what the sentence before it told. So the predicate (or a paraphrase) must be said in the
    marker's clause before it, or, for a marker that opens its sentence ("Because of the storm, flights were
    cancelled") or a result ("serious enough to release a fix"), after it. With no predicate, every marker
    counts. ``verbs``: the words of claims in the sentence whose verb says the asked one ("did not play" for "sit
    out"), which count as the predicate."""
    if (predicate is None and not verbs) or _NOMINAL.search(found.group(0)):
        return True
    start, _ = clause_bounds(text, found.start())
    for joined in _NEW_SUBJECT.finditer(text, start, found.start()):  # "… left early and they were upset because"
        start = joined.start()
    opens = not tokens(text[:found.start()])
    after = opens or bool(_EVENT_AFTER.search(found.group(0)))
    stretch = text[found.end():] if after else text[start:found.start()]
    if any(verb and verb in stretch for verb in verbs):
        return True
    return predicate is not None and _event_at([predicate], stretch, len(stretch))


def cause_of(words: list[str], citation: Citation, predicate: str | None = None,
             verbs: tuple[str, ...] = ()) -> Cause | None:
    """The cause clause of a sentence for a question with content ``words``, scored; None without one. With the
    question's ``predicate`` (or ``verbs``, the sentence's own words for the asked event), only a marker that
    explains it (``explains``) counts."""
    text = citation.text
    asked = [w for w in words if w not in FUNCTION_WORDS]
    cover = cover_of(words, text)
    event = event_word(predicate)
    found = strong_marker(text)
    while found is not None and not explains(text, found, event, verbs):
        found = strong_marker(text, found.end())
    strong = found is not None
    if found is None:
        found = WEAK.search(text)
        # (the asked event itself, when the question has a verb: "most days were hard as they listened" says a word
        # of "why was he looking for X that day?" before "as", but not the looking; and "will die in prison after
        # the judge handed down …" says the "death" of "why wasn't he sentenced to death?", not the sentencing)
        said = [event] if event else asked
        while found is not None and (says_time(text, found) or not _event_at(said, text, found.start())):
            found = WEAK.search(text, found.end())
    if found is None:
        return None
    clause = " ".join(text[found.start():].split()).rstrip(" .")
    if len(clause.split()) < 3:
        return None
    return Cause(text=clause, citation=citation, cover=cover, strong=strong)


def best_cause(words: list[str], citations: list[Citation], *, least_cover: float = 0.5,
               predicate: str | None = None,
               verbs: dict[tuple[str, int], tuple[str, ...]] | None = None) -> Cause | None:
    """The best cause among sentences saying at least ``least_cover`` of the question's words (the first
    of equals, so the caller's order breaks ties); with ``predicate`` (and ``verbs``: by sentence key, the
    predicates of its claims that say the asked verb), only causes of the asked event."""
    best = None
    for citation in citations:
        cause = cause_of(words, citation, predicate, (verbs or {}).get(citation.key, ()))
        if cause is None or cause.cover < least_cover:
            continue
        if best is None or cause.score > best.score:
            best = cause
    return best


def cover_of(words: list[str], text: str) -> float:
    """The share of the question's content ``words`` a text says (paraphrases counted)."""
    return coverage([w for w in words if w not in FUNCTION_WORDS], text)


def event_sentences(words: list[str], citations: list[Citation], *, least_cover: float = 0.5,
                    most: int = 3) -> list[Citation]:
    """The sentences that best say the question's event (most of its words), best first."""
    scored = [(cover_of(words, c.text), -i, c) for i, c in enumerate(citations)]
    return [c for cover, _, c in sorted(scored, key=lambda t: (t[0], t[1]), reverse=True)
            if cover >= least_cover][:most]


def next_cause(event: Citation, following: Citation) -> Cause | None:
    """The cause the sentence after an event sentence gives with a strong marker ("The project has been
    plagued by strike action …"), the whole sentence as the answer; None without one."""
    if following.article != event.article or following.sentence != event.sentence + 1:
        return None
    found = strong_marker(following.text)
    # "fined for blocking …" explains its own verb, and so does any marker after a verb the event does not say
    while found is not None and (_FOR_DOING.match(found.group(0)) or not _goes_back(following.text, found, event.text)):
        found = strong_marker(following.text, found.end())
    if found is None:
        return None
    return Cause(text=" ".join(following.text.split()).rstrip(" ."), citation=following, cover=0.0, strong=True)


#: What may stand before a marker that explains the sentence before: a subject and a form of "be" ("The project
#: has been plagued by …", "The delay was due to …", "It was because …"), at most this many words.
_BARE_SUBJECT = re.compile(r"^(?:[\w'’,-]+\s+){0,6}?(?:is|was|are|were|been|be|being)(?:\s+\w+ly)?\s*$",
                           re.IGNORECASE)


def _goes_back(text: str, found: re.Match, event: str) -> bool:
    """Whether a marker in the sentence after an event sentence can explain that event: it opens its sentence
    ("Because of the fog, …"), follows only a subject and "be" ("The project has been plagued by …"), names a
    cause as a thing ("Police said alcohol was a factor"), or follows
    a clause that says the event again in the event sentence's own words ("The letters were sealed because …").
    After any other verb it explains that verb: "White said he was stunned by the move because …" tells why
    White was stunned."""
    before = text[:found.start()].strip()
    if not tokens(before) or _BARE_SUBJECT.match(before) or _NOMINAL.search(found.group(0)):
        return True
    said = {stem(w) for w in tokens(event) if w not in FUNCTION_WORDS}
    # (its common words: a name both sentences give, "Morningside", is no sign the same thing is told; and only in
    # the marker's own clause: "Tour operators in Kenya, which boast game parks, say there were no cancellations as
    # a result of …" explains the cancellations, whatever the words before the comma share with the event)
    own = text[clause_bounds(text, found.start())[0]:found.start()]
    return any(stem(w) in said for w in re.findall(r"\b[a-z][a-z'-]*", own)
               if w not in FUNCTION_WORDS and w not in _ATTRIBUTION)


def back_cause(event: Citation, before: list[Citation]) -> tuple[Cause, list[Citation]] | None:
    """For a sentence that points back ("That's why they have to file …"), the sentences just before it
    (up to ``BACK_WORDS`` words, nearest first taken) as its cause, with the sentences used in order;
    None when it does not point back or nothing comes before it."""
    if POINTS_BACK.search(event.text) is None:
        return None
    taken: list[Citation] = []
    count = 0
    for c in sorted((c for c in before if c.article == event.article and c.sentence < event.sentence),
                    key=lambda c: c.sentence, reverse=True):
        if c.sentence != event.sentence - len(taken) - 1 or len(taken) == BACK_SENTENCES:
            break
        count += len(c.text.split())
        if taken and count > BACK_WORDS:
            break
        taken.append(c)
    if not taken:
        return None
    taken.reverse()
    text = " ".join(" ".join(c.text.split()) for c in taken).rstrip(" .")
    return Cause(text=text, citation=taken[-1], cover=0.0, strong=True), taken


#: Verbs by which a doer gives its own grounds ("Iraq alleged the inspector was a spy", "the firm claims that
#: its rival's store breaks their agreement"): for "why did A … B?", what A alleges about B is A's reason.
GROUNDS_LEMMAS = ("allege", "claim", "argue", "accuse", "contend", "complain", "assert", "insist", "charge")
#: How many of the doer's newest such claims are read, at most.
GROUNDS_READ = 20
#: How many of the rarer entity's newest articles are probed for a sentence naming both, at most.
GROUNDS_SCAN = 300


def grounds(store, first: int, second: int, *, as_of: str | None) -> Cause | None:
    """For "why did A … B?": a claim in which A alleges, claims or argues something about B (its object
    linked to B or naming it; failing that, told in an article with a sentence naming both), the newest
    first, the clause from its verb on as the cause; None without one."""
    from .entities import names_of
    from .graph import rarer
    from .load import load_claims

    keys = store.entity_claim_keys(first, roles=("subject",), lemmas=list(GROUNDS_LEMMAS), as_of=as_of,
                                   limit=GROUNDS_READ)
    if not keys:
        return None
    names = [set(tokens(n)) for n in names_of(store, [second]) if tokens(n)]
    linked = {article for article, _ in store.co_mention_sentence_keys(*rarer(store, first, second), as_of=as_of,
                                                                       scan=GROUNDS_SCAN, limit=GROUNDS_READ)}
    found = []
    for claim in load_claims(store, keys):
        said = set(tokens(" ".join(filter(None, [claim.object, claim.quote]))))
        named = bool(said) and (bool(claim.object_entity and claim.object_entity.id == second)
                                or any(n <= said for n in names))
        if named or (said and claim.article in linked):
            found.append((named, claim.day or "", claim))
    for *_, claim in sorted(found, key=lambda t: t[:2], reverse=True):  # naming B first, then the newest
        span = verb_span(claim)
        start = span[0] - claim.citation.start if span else 0
        text = " ".join(claim.citation.text[max(0, start):].split()).rstrip(" .")
        return Cause(text=text, citation=claim.citation, cover=0.0, strong=True)
    return None


#: Verbs that report a doer's own words ("… , said the manager").
SPOKEN_LEMMAS = ("say", "tell", "explain", "add", "state", "write")
#: How many sentences after the event sentence the doer's words are looked for.
SPOKEN_AFTER = 6
#: How many of the doer's newest reported words are read, at most.
SPOKEN_READ = 30


def spoken_cause(store, events: list[ClaimView], asked: set[int], *, as_of: str | None) -> Cause | None:
    """The cause the doer of the event gives in its own words a few sentences later ("X fired Y … 'I made the
    decision because we were not progressing,' said X"): for each event claim (best first) whose subject is
    an entity the question does not name, that entity's reported words in the same article, within
    ``SPOKEN_AFTER`` sentences after it, with a strong cause marker; the clause from the marker on."""
    from .load import load_claims

    for event in events:
        doer = event.subject_entity
        if doer is None or doer.id in asked or event.status not in ("happened", "ongoing"):
            continue
        keys = store.entity_claim_keys(doer.id, roles=("subject", "source"), lemmas=list(SPOKEN_LEMMAS),
                                       as_of=as_of, limit=SPOKEN_READ)
        for claim in sorted(load_claims(store, keys), key=lambda c: c.citation.sentence):
            if claim.article != event.article or \
                    not 0 < claim.citation.sentence - event.citation.sentence <= SPOKEN_AFTER:
                continue
            found = strong_marker(claim.citation.text)
            if found is not None:
                text = " ".join(claim.citation.text[found.start():].split()).rstrip(" .,`'\"”")
                return Cause(text=text, citation=claim.citation, cover=0.0, strong=True)
    return None


def ahead_cause(store, citation: Citation) -> Cause | None:
    """The reason a sentence that points ahead ("X invited Y for a reason.") leaves to the sentence after it: that
    sentence, whole; None when the sentence does not point ahead or is its article's last."""
    from .load import sentence_citations

    if not POINTS_AHEAD.search(citation.text.strip()):
        return None
    following = sentence_citations(store, [(citation.article, citation.sentence + 1)])
    if not following or not tokens(following[0].text):
        return None
    return Cause(text=" ".join(following[0].text.split()).rstrip(" ."), citation=following[0], cover=0.0, strong=True)
