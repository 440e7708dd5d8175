"""Yes/no verdicts: "Yes" only from a claim that says the asked thing happened, "No" only from a cited
sentence that says the opposite, else "The articles do not say".

A claim says the asked thing when it has the question's verb (or a sure
paraphrase), its entities in their roles and most of its other words
(``_matching``). "No" rests on a negated or failed claim, a sentence that
negates the asked words or gives another value of a one-valued complement
(``polarity``), a wish that came to nothing, or a later state ending the asked
one (``ending``). Never a "Yes" or "No" from silence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import SHOWN_CONFIDENCE
from . import ending, polarity
from .answers import SHORT_ARGS
from .compose import Composer
from .lexicon import SYNONYM, match, mutual, opposites, phrase_keys, phrase_stem, related
from .load import sentence_with
from .phrases import arg_text, claim_words, verb_stem
from .questions import Question
from .types import Citation, ClaimView
from .weigh import claim_weight
from .when import place
from .words import FUNCTION_WORDS, SPEECH_STEMS, stem, token_spans, tokens

#: Verbs whose claims read the same both ways ("A met B" is "B met A").
SYMMETRIC = frozenset(stem(w) for w in ["meet", "marry", "wed", "talk", "speak", "communicate", "collaborate", "work", "date", "divorce", "fight", "argue", "partner", "negotiate", "agree", "contact", "correspond", "reconcile"])
SETTLED = ("happened", "ongoing", "negated", "failed")
#: Verbs that ask whether someone spoke at all, not what they said: any verb of speech answers them.
ANY_SPEECH = frozenset(stem(w) for w in ["comment", "speak", "talk", "remark", "respond", "reply", "react"])


def direction_ok(q: Question, claim: ClaimView) -> bool:
    """For two named entities: the first is the claim's subject and the second its object.

    The other way round only for a symmetric verb ("met") and a claim about the
    event itself: wanting or planning to meet someone is the subject's alone.
    """
    if len(q.entities) < 2:
        return True
    a, b = q.entities[0].entity.id, q.entities[1].entity.id
    subject = claim.subject_entity.id if claim.subject_entity else None
    obj = claim.object_entity.id if claim.object_entity else None
    if (subject, obj) == (a, b):
        return True
    if subject == a and obj is None and claim.object:  # "hosted the 79th Oscars": the object named, not linked
        said = set(tokens(claim.object))
        return any(set(tokens(n)) <= said for n in (q.entities[1].text, q.entities[1].entity.name) if tokens(n))
    return (subject, obj) == (b, a) and claim.status in SETTLED and verb_stem(claim) in SYMMETRIC


def _argument_ok(q: Question, claim: ClaimView, names: dict[int, set[str]] | None = None) -> bool:
    """Every named entity is an argument of the claim (subject or object, by link or by name in its
    phrases), not just a word of its sentence; the first one is its subject or object."""
    ids = claim.entity_ids()
    # a phrase counts for a name only where the claim links no entity ("the mother" is not the daughter)
    unlinked = [claim.subject if claim.subject_entity is None else "",
                (claim.object or "") if claim.object_entity is None else "",
                " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)]
    phrases = set(tokens(" ".join(unlinked)))
    if not q.entities:  # "did the driver stop?": the words before the verb must name the claim's subject
        before = q.words[:q.words.index(q.predicate)] if q.predicate in q.words else []
        stems_, ordered = phrase_keys(claim.subject)
        return not before or any(match(w, stems_, ordered) >= 0.6 for w in before)
    for named in q.entities[:3]:
        if named.entity.id in ids:
            continue
        forms = (names or {}).get(named.entity.id, set()) | {named.text, named.entity.name}
        if not any(tokens(f) and set(tokens(f)) <= phrases for f in forms):
            return False
    described = _described_subject(q)
    if described:  # "did her publicist say what A …?": someone described, not A, is asked about
        stems_, ordered = phrase_keys(f"{claim.subject} {claim.object or ''}")
        return any(match(w, stems_, ordered) >= 0.6 for w in described)
    return True


def _described_subject(q: Question) -> list[str]:
    """The words before a yes/no question's verb when its first name comes after the verb ("her publicist"
    of "did her publicist say what A …?", "quake" of "was the quake felt in B?"); else none."""
    if not q.predicate or q.predicate not in q.words or not q.entities:
        return []
    at = next((s for s, _e, w in token_spans(q.text) if w.lower() == q.predicate.split()[0]), None)
    if at is None or q.entities[0].start < at:
        return []
    return q.words[:q.words.index(q.predicate)]


def _verb_agrees(q: Question, claim: ClaimView) -> bool:
    """The claim's verb says one of the question's words both ways (``lexicon.mutual``), or both are speech."""
    verbs = [claim.lemma or "", *tokens(claim.predicate)]
    if claim.quote and any(stem(w) in SPEECH_STEMS for w in q.words):
        return True
    if q.predicate and stem(q.predicate) in ANY_SPEECH and verb_stem(claim) in SPEECH_STEMS:
        # "has A commented on B?": any speech of A's (A the speaker) about B is a comment ("A responded to B"),
        # B said in the claim's own words or a synonym (the verb says nothing of the topic, so it must be sure)
        if not (q.entities and claim.subject_entity and claim.subject_entity.id == q.entities[0].entity.id):
            return False
        stems_, ordered = phrase_keys(claim_words(claim))
        return all(match(w, stems_, ordered) >= 0.9 for w in q.words if w != q.predicate)
    asked = [q.predicate] if q.predicate else q.words  # the main verb, not one of a clause ("after hitting her")
    if any(mutual(w, v) >= 0.85 for w in asked for v in verbs if v and v not in FUNCTION_WORDS):
        return True
    return _phrasal_says(q, claim)


def _phrasal_says(q: Question, claim: ClaimView) -> bool:
    """Whether the claim's phrasal verb ("gave himself up") is among the first senses of the asked verb
    ("surrender"), and the claim with its complement says every other word of the question ("to police"):
    a phrasal verb alone has too many senses to decide ("gave himself up" is no "resigned")."""
    phrasal = phrasal_verb(claim)
    asked = [q.predicate] if q.predicate else q.words
    if not phrasal or not any(related(w).get(phrase_stem(phrasal), 0.0) >= SYNONYM for w in asked):
        return False
    rest = [w for w in q.words if w not in asked]
    stems_, ordered = phrase_keys(f"{claim_words(claim)} {complement(claim)}")
    return bool(rest) and all(match(w, stems_, ordered) >= 0.6 for w in rest)


#: Particles that make a phrasal verb with the verb before them ("gave himself *up*", "stepped *down*").
PARTICLES = frozenset({"up", "down", "out", "off", "away", "back", "over", "in", "on"})


def phrasal_verb(claim: ClaimView) -> str | None:
    """The claim's verb and its particle ("give up" of "gave himself up"), when its predicate ends in one.

    A phrasal verb has many senses and WordNet lists the one asked late ("give up" has "surrender" as its
    eighth), so it counts when it is among the first senses of the question's word, one way only: the
    phrase is specific where a single word ("arrested" ~ "checked") is not."""
    words = tokens(claim.predicate)
    if not claim.lemma or len(words) < 2 or words[-1] not in PARTICLES:
        return None
    return f"{claim.lemma} {words[-1]}"


def _covers_rest(q: Question, claim: ClaimView) -> bool:
    """The question's other content words (beyond its verb) are said by the claim itself (its verb, object,
    arguments), not only somewhere in its sentence ("sentenced to death" is not "sentenced to life" in a
    sentence about a stabbing death)."""
    rest = [w for w in q.words if w != q.predicate]
    if not rest:
        return True
    stems_, ordered = phrase_keys(f"{claim_words(claim)} {complement(claim)}")
    hits = sum(1 for w in rest if match(w, stems_, ordered) >= 0.6)
    return hits >= (len(rest) + 1) // 2


#: How many words right after a claim's verb are read as its own complement ("gave himself up *to police*").
COMPLEMENT_WORDS = 3
_COMPLEMENT_ENDS = re.compile(r"[,;:.!?()\"“”]|\b(?:and|but|or|after|before|while|when|because|for|who|which|that)\b",
                              re.IGNORECASE)


def complement(claim: ClaimView) -> str:
    """The few words right after the claim's verb in its sentence, up to a clause break: the verb's own
    prepositional complement, which the claim may not keep as an argument ("to police" of "gave himself up
    to police"); never further ("sentenced to life in prison for the stabbing death" gives "to life in")."""
    span = claim.args.get("predicate_span")
    if not isinstance(span, list) or len(span) < 2:
        return ""
    text = claim.citation.text[max(0, span[1] - claim.citation.start):]
    cut = _COMPLEMENT_ENDS.search(text)
    words = text[:cut.start() if cut else len(text)].split()
    own = set(tokens(f"{claim_words(claim)} {arg_text(claim.args.get('object_text')) or ''}")) | PARTICLES
    while words and words[0].lower() in own:  # "gave *himself up* to police": the object and the particle
        words.pop(0)
    return " ".join(words[:COMPLEMENT_WORDS])


DONT_SAY = "The articles do not say"
_NOBODY = re.compile(r"^\s*(no one|nobody|none|nothing|no\b|neither|not a single|not one)\b", re.IGNORECASE)


LOOK_NEGATION = 4
_NEGATORS = frozenset({"not", "never", "no", "n't", "nobody", "none", "neither", "nor", "without", "t"})


def _denies(q: Question, text: str) -> bool:
    """Whether a sentence says the question's verb (or a paraphrase) under a negation a few words before it
    ("she never entered Morningside", "no meeting has taken place") and names every question entity."""
    if not q.predicate:
        return False
    words = tokens(text)
    for named in q.entities[:3]:
        if not any(set(tokens(n)) <= set(words) for n in {named.text, named.entity.name} if tokens(n)):
            return False
    for i, word in enumerate(words):
        stems_, ordered = phrase_keys(word)
        if mutual(q.predicate, word) >= 0.85 or match(q.predicate, stems_, ordered) >= 0.95:
            window = words[max(0, i - 5):i]
            if any(w in _NEGATORS or w.endswith("n't") for w in window):
                return True
    return False


def _nobody(claim: ClaimView) -> bool:
    """A claim whose subject is a negative quantifier ("No one was hurt") says the event did not happen."""
    said = claim.args.get("subject_text") if isinstance(claim.args.get("subject_text"), str) else claim.subject
    return bool(_NOBODY.match(said or claim.subject))


def may_decide(q: Question, claim: ClaimView) -> bool:
    """Whether a claim may back a verdict: a shown one, or a report hidden only because what it reports is
    told apart ("A responded to B with a statement: …"), when the question asks only whether A spoke."""
    if claim.confidence >= SHOWN_CONFIDENCE:
        return True
    return bool(q.predicate) and stem(q.predicate or "") in ANY_SPEECH and claim.args.get("checks") == ["empty_report"]


def _matching(q: Question, ranked: Sequence, names: dict[int, set[str]] | None) -> list[ClaimView]:
    """The ranked claims that say the asked thing: its verb (or a sure paraphrase), its entities in their
    roles, and most of its other words."""
    return [s.claim for s in ranked if (s.verb_weight >= 0.85 or _phrasal_says(q, s.claim)) and _verb_agrees(q, s.claim)
            and direction_ok(q, s.claim) and _argument_ok(q, s.claim, names) and _covers_rest(q, s.claim)]


def _framed(q: Question, ranked: Sequence, names: dict[int, set[str]] | None) -> tuple[ClaimView, str] | None:
    """A claim that says the asked verb by a word of its chain rather than its own verb ("have been *refused
    permission* to cover the vote" for "were reporters *allowed* to cover the election?"), its entities in their
    roles, its own verb among the question's words and most of the others, with that chain word's own status
    when it is settled: the chain word's status is the asked thing's, whatever the claim's own verb did."""
    for scored in ranked:
        claim = scored.claim
        status = chain_status(q, claim)
        own = claim.lemma or ""  # the framed verb is the asked one too ("cover"), not another ("film")
        if status in SETTLED and any(mutual(w, own) >= 0.85 for w in q.words) and direction_ok(q, claim) and _argument_ok(q, claim, names) and \
                _covers_rest(q, claim) and not _nobody(claim):
            return claim, status
    return None


_COPULAS = ("is", "are", "was", "were")


def _in_state(q: Question, ranked: Sequence) -> tuple[ClaimView, str] | None:
    """For "was A on probation (when …)?", a claim that A was on probation: a claim of "be" whose subject is A,
    whose preposition the question says before the claim's object, and whose object's words the question says,
    in a sentence that says every word of the question ("when he was arrested" too)."""
    if not q.entities or tokens(q.text)[:1] not in ([c] for c in _COPULAS):
        return None
    asked = tokens(q.text)
    first = q.entities[0].entity.id
    for scored in ranked:
        claim = scored.claim
        if claim.lemma != "be" or claim.status not in ("happened", "ongoing") or _nobody(claim):
            continue
        if claim.subject_entity is None or claim.subject_entity.id != first or claim.object_entity is not None:
            continue
        prep, said = tokens(claim.predicate)[-1:], [w for w in tokens(claim.object or "") if w not in FUNCTION_WORDS]
        if not prep or prep[0] in _COPULAS or not said or not all(w in asked for w in said):
            continue
        at = asked.index(said[0])
        if prep[0] not in asked[max(0, at - 3):at] or polarity.coverage(q.words, claim.citation.text) < 1.0:
            continue
        return claim, claim.status
    return None


#: Verbs of going on as before: their WordNet opposites ("change", "move") are no answer to "is it staying open?".
_CONTINUING = frozenset(stem(w) for w in ["stay", "remain", "keep", "continue", "stand", "still"])


def _opposite(q: Question, ranked: Sequence, names: dict[int, set[str]] | None) -> ClaimView | None:
    """A claim that says the opposite of a word of the question (WordNet's antonym: "closed" for "open", "lost"
    for "won") of the same thing: the question's entities named in its sentence, its subject saying the words
    the question puts before its verb, and most of the question's other words said by the claim. Only what
    happened, or is planned when the question asks of now or later ("is the plant staying open?")."""
    later = tokens(q.text)[:1] in (["is"], ["are"], ["will"])
    asked = [w for w in q.words if stem(w) not in _CONTINUING]
    before = q.words[:q.words.index(q.predicate)] if q.predicate in q.words else []
    frame = _time_frame(q)
    for scored in ranked:
        claim = scored.claim
        if claim.status not in ("happened", "ongoing") and not (later and claim.status == "planned"):
            continue
        said = {verb_stem(claim)} | {stem(w) for w in tokens(f"{claim.predicate} {claim.object or ''}")}
        hit = next((w for w in asked if opposites(w) & said), None)
        if hit is None or _nobody(claim) or not _names_every(q, claim, names):
            continue
        subject_stems, subject_order = phrase_keys(claim.subject)
        if before and not all(match(w, subject_stems, subject_order) >= 0.6 for w in before):
            continue
        first = q.entities[0].entity.id if q.entities else None
        if not before and first is not None and not (claim.subject_entity and claim.subject_entity.id == first):
            continue  # "did B win the final?": "A lost the final to B" is A's loss, not B's
        rest = [w for w in q.words if w not in (hit, q.predicate) and w not in before and w not in frame]
        stems_, ordered = phrase_keys(f"{claim_words(claim)} {complement(claim)}")
        if sum(match(w, stems_, ordered) >= 0.6 for w in rest) >= (len(rest) + 1) // 2:
            return claim
    return None


#: Prepositions that open a question's time frame ("… *after* the shooting?"): what follows says when, not what.
_FRAMES = frozenset({"after", "before", "since", "until", "during", "following"})


def _time_frame(q: Question) -> set[str]:
    """The words of the question's time frame ("shooting" of "… open after the shooting?")."""
    words = tokens(q.text)
    at = next((i for i, w in enumerate(words) if w in _FRAMES), len(words))
    return set(words[at + 1:])


def _names_every(q: Question, claim: ClaimView, names: dict[int, set[str]] | None) -> bool:
    """Whether every question entity is linked by the claim or named in its sentence."""
    words = set(tokens(claim.citation.text))
    ids = claim.entity_ids()
    return all(n.entity.id in ids or any(tokens(f) and set(tokens(f)) <= words
                                         for f in (names or {}).get(n.entity.id, set()) | {n.text, n.entity.name})
               for n in q.entities)


def chain_status(q: Question, claim: ClaimView) -> str | None:
    """The status of the word of the claim's chain ("refused", "permission", "cover") that says the question's
    verb, when the claim's own verb does not: the same word, a sure paraphrase both ways, or a word that shares
    a first-sense synonym with it both ways ("permission" ~ "permit" ~ "allowed"); else None."""
    if not q.predicate or any(mutual(q.predicate, v) >= 0.85 for v in (claim.lemma or "", *tokens(claim.predicate))
                              if v and v not in FUNCTION_WORDS):
        return None
    for item in claim.args.get("chain") or []:
        lemma = item.get("lemma") if isinstance(item, dict) else None
        if lemma and lemma != claim.lemma and lemma not in FUNCTION_WORDS and _says_asked(q.predicate, lemma):
            return item.get("status")
    return None


def _says_asked(asked: str, word: str) -> bool:
    if mutual(asked, word) >= 0.85:
        return True
    mine, theirs = related(asked), related(word)
    return any(weight >= SYNONYM and theirs.get(key, 0.0) >= SYNONYM and key not in (stem(asked), stem(word))
               for key, weight in mine.items())


def yes_no(store, q: Question, ranked: Sequence, out: Composer, names: dict[int, set[str]] | None = None,
           still_claims: Sequence[ClaimView] | None = None,
           told: Callable[[], tuple[Sequence[Citation], Sequence]] | None = None) -> tuple[str | None, list[ClaimView]]:
    """Yes only from a claim with the question's verb and arguments that happened; no when such a claim
    was negated or failed, only wished for, or a later claim ended the state; else "do not say".

    ``told`` gives sentences that name the question's entities, and their scored claims, when no ranked
    claim says the asked thing: the claims meet the same bar, and a sentence may say "No" as one found by
    words does (``sentence_verdict``)."""
    matching = _matching(q, ranked, names)
    sentences: Sequence[Citation] = []
    more: Sequence = []
    if not matching and told is not None:
        sentences, more = told()
        matching = _matching(q, more, names)
    if q.still and q.entities:
        holding = [c for c in matching if c.status in ("happened", "ongoing")]
        ended = ending.ended(store, q, [*(s.claim for s in ranked), *(still_claims or [])],
                       max((c.day or "" for c in holding), default=""))
        if ended is not None:
            out.claim(ended, lead=f"No: as of {ended.day}, " if ended.day else "No: ", with_time=True,
                      args=SHORT_ARGS)
            return "No", [ended]
    if not matching:
        framed = _framed(q, [*ranked, *more], names) or _in_state(q, [*ranked, *more])
        if framed is not None:  # "refused permission to cover the vote" answers "allowed to cover the vote?"
            claim, status = framed
            verdict = "Yes" if status in ("happened", "ongoing") else "No"
            out.quote(claim.citation, lead=f"{verdict}: ")
            return verdict, [claim]
        opposite = _opposite(q, [*ranked, *more][:2 * LOOK_NEGATION], names)
        if opposite is not None:  # "the plant would be closed" answers "is the plant staying open?"
            out.quote(opposite.citation, lead="No: ")
            return "No", [opposite]
        # every near sentence that says the opposite is cited, the first quoted
        against = [s.claim for s in ranked[:2 * LOOK_NEGATION] if _says_no(q, s, names)]
        if against and any(c.citation.key == against[0].citation.key for c in
                           (s.claim for s in ranked[:LOOK_NEGATION])):
            more = list({c.citation.key: c.citation for c in against[1:]
                         if c.citation.key != against[0].citation.key}.values())[:2]
            out.quote(against[0].citation, lead="No: ", more=more)
            return "No", against[:1]
        otherwise = ending.left_otherwise(store, q, [*(s.claim for s in ranked), *(still_claims or [])]) or \
            ending.held_by_another(q, [s.claim for s in (*ranked, *more)])
        if otherwise is not None:
            out.claim(otherwise, lead=f"No: as of {otherwise.day}, " if otherwise.day else "No: ", args=SHORT_ARGS)
            return "No", [otherwise]
        # a sentence says "No" of the one the question describes ("her publicist") only where it says so too
        described = _described_subject(q)
        denying = next((c for c in sentences if sentence_verdict(q, c) == "No" and
                        (not described or polarity.coverage(described, c.text) == 1.0)), None)
        if denying is not None:
            out.quote(denying, lead="No: ")
            return "No", []
        if ranked:
            out.quote(ranked[0].claim.citation, lead=f"{DONT_SAY}; nearest: ")
            return DONT_SAY, [ranked[0].claim]
        return None, []
    matching.sort(key=lambda c: (c.day or "", c.status in SETTLED, claim_weight(c)), reverse=True)
    settled = [c for c in matching if c.status in SETTLED]
    if settled:
        claim = settled[0]
        verdict = "Yes" if claim.status in ("happened", "ongoing") and not _nobody(claim) else "No"
        if _reflexive(claim):  # "the suspect gave himself up": a clause would say "gave up <the suspect's name>"
            out.quote(claim.citation, lead=f"{verdict}: ")
            return verdict, [claim]
        out.claim(claim, lead=f"{verdict}: as of {claim.day}, " if claim.day else f"{verdict}: ", args=SHORT_ARGS)
        return verdict, [claim]
    # only wished, planned or possible: "No" only where an article tells the outcome ("but that never
    # happened") or plans it for a time after its own day ("plans to open a second office next year")
    claim = matching[0]
    outcome = arg_text(claim.args.get("outcome"))
    found = sentence_with(store, claim.article, outcome, near=claim.citation.sentence) if outcome else None
    if found is None and not _planned_later(claim):
        if _came_to_nothing(claim):
            out.quote(claim.citation, lead="No: ")
            return "No", [claim]
        out.quote(claim.citation, lead=f"{DONT_SAY}; nearest: ")
        return DONT_SAY, [claim]
    out.claim(claim, lead=f"No: as of {claim.day}, " if claim.day else "No: ",
              tail=f"; {outcome}" if found else "; it has not happened", more=[found] if found else [],
              args=SHORT_ARGS)
    return "No", [claim]


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "yourself", "ourselves"})


def _reflexive(claim: ClaimView) -> bool:
    """Whether the claim's object is a reflexive pronoun the store resolved to a name."""
    return arg_text(claim.args.get("object_text")) in _REFLEXIVES


def _planned_later(claim: ClaimView) -> bool:
    """A plan or wish for a stated time that starts after the day it was reported: not done as of that day."""
    when = place(claim.time, claim.day)
    return claim.status in ("planned", "desired", "requested") and not when.reported and \
        bool(claim.day) and when.start > (claim.day or "")[:10]


def _other_value(q: Question, claim: ClaimView) -> bool:
    """A claim that happened with the question's verb, whose sentence gives another value of a one-valued
    complement ("sentenced to life" for "sentenced to death?")."""
    return claim.status == "happened" and _verb_agrees(q, claim) and \
        polarity.other_value(q.words, q.predicate, claim.citation.text) is not None


def _says_no(q: Question, scored, names: dict[int, set[str]] | None) -> bool:
    """Whether a ranked claim's sentence says the opposite of the question: it negates the asked thing,
    gives another value of a one-valued complement, or tells a wish of it that came to nothing."""
    text = scored.claim.citation.text
    return _denies(q, text) or polarity.denies(q.words, text, question=q.text) or _other_value(q, scored.claim) \
        or _wish_came_to_nothing(q, scored, names) or polarity.still_talking(q.words, q.predicate, text, who=_doer(q))


def _wish_came_to_nothing(q: Question, scored, names: dict[int, set[str]] | None) -> bool:
    """A wish or plan of the asked thing whose sentence goes on to say it never came about ("had hoped to get
    to a Chiefs game …, but that outing never happened")."""
    claim = scored.claim
    if claim.status not in ("desired", "planned", "requested") or scored.verb_weight < 0.6:
        return False
    return direction_ok(q, claim) and _argument_ok(q, claim, names) and _came_to_nothing(claim)


def _came_to_nothing(claim: ClaimView) -> bool:
    """The claim's sentence says, after its verb, that it did not come about."""
    span = claim.args.get("predicate_span")
    after = max(0, span[0] - claim.citation.start) if isinstance(span, list) and span else 0
    return polarity.came_to_nothing(claim.citation.text, after)


def sentence_verdict(q: Question, citation) -> str | None:
    """"No" when a sentence found by words (naming every question entity, if any) denies the asked thing and says
    most of its words; else None."""
    text = citation.text
    return "No" if polarity.denies(q.words, text, question=q.text, cover=0.66) or \
        polarity.other_ordinal(q.words, text) or polarity.still_talking(q.words, q.predicate, text, who=_doer(q)) \
        else None


def _doer(q: Question) -> list[str]:
    """The names of the question's first entity (who it asks did something), as the question and store give them."""
    return [q.entities[0].text, q.entities[0].entity.name] if q.entities else []
