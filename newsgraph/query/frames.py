"""The asked thing said in other shapes than a claim with the asked verb, each deciding a verdict only with
the checks of ``asked`` (entities in their roles, the question's other words):

- a word of the claim's chain says the asked verb, and its own status is the verdict ("refused permission to
  cover the vote" answers "were reporters allowed to cover the election?" No);
- a state the question asks with "was A on …" said of A ("A was on parole");
- a kind the question asks of A ("is A a comedian?") said of A under "non-" ("the first non-comedian to …": No);
- WordNet's opposite of a question word said of the same thing ("the mill would be closed" answers "is the mill
  staying open?" No).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import asked, polarity
from .lexicon import SYNONYM, match, mutual, opposites, phrase_keys, related
from .phrases import claim_words, verb_stem
from .questions import Question
from .types import ClaimView
from .words import BE_OPENERS, FUNCTION_WORDS, SPEECH_STEMS, again_base, stem, tokens


def framed(q: Question, ranked: Sequence, names: dict[int, set[str]] | None) -> tuple[ClaimView, str] | None:
    """A claim that says the asked verb by a word of its chain rather than its own verb ("have been *refused
    permission* to cover the vote" for "were reporters *allowed* to cover the election?"), its entities in their
    roles, its own verb among the question's words and most of the others, with that chain word's own status
    when it is settled: the chain word's status is the asked thing's, whatever the claim's own verb did."""
    for scored in ranked:
        claim = scored.claim
        status = chain_status(q, claim)
        own = claim.lemma or ""  # the framed verb is the asked one too ("cover"), not another ("film")
        if status in asked.SETTLED and any(mutual(w, own) >= 0.85 for w in q.words) and \
                asked.direction_ok(q, claim) and asked.argument_ok(q, claim, names) and \
                asked.covers_rest(q, claim) and not asked.nobody(claim):
            return claim, status
    return None


_COPULAS = BE_OPENERS


def in_state(q: Question, ranked: Sequence) -> tuple[ClaimView, str] | None:
    """For "was A on probation (when …)?", a claim that A was on probation: a claim of "be" whose subject is A,
    whose preposition the question says before the claim's object, and whose object's words the question says,
    in a sentence that says every word of the question ("when he was arrested" too)."""
    if not q.entities or tokens(q.text)[:1] not in ([c] for c in _COPULAS):
        return None
    spoken = tokens(q.text)
    first = q.entities[0].entity.id
    for scored in ranked:
        claim = scored.claim
        if claim.lemma != "be" or claim.status not in ("happened", "ongoing") or asked.nobody(claim):
            continue
        if claim.subject_entity is None or claim.subject_entity.id != first or claim.object_entity is not None:
            continue
        prep, said = tokens(claim.predicate)[-1:], [w for w in tokens(claim.object or "") if w not in FUNCTION_WORDS]
        if not prep or prep[0] in _COPULAS or not said or not all(w in spoken for w in said):
            continue
        at = spoken.index(said[0])
        if prep[0] not in spoken[max(0, at - 3):at] or polarity.coverage(q.words, claim.citation.text) < 1.0:
            continue
        return claim, claim.status
    return None


_NON = re.compile(r"\bnon-?\s?([a-z]+)", re.IGNORECASE)


def not_a(q: Question, ranked: Sequence) -> ClaimView | None:
    """For "is A a comedian?", a claim that A is "the first non-comedian to host …": a claim of "be" whose
    subject is A and whose object says every word of the question, one of them under the prefix "non-" (which
    the question does not use itself: "is A a non-profit?" asks something else)."""
    spoken = tokens(q.text)
    if not q.entities or spoken[:1] not in ([c] for c in _COPULAS) or not q.words or "non" in spoken:
        return None
    first = q.entities[0].entity.id
    for scored in ranked:
        claim = scored.claim
        if claim.lemma != "be" or claim.status not in ("happened", "ongoing") or asked.nobody(claim):
            continue
        if claim.subject_entity is None or claim.subject_entity.id != first or not claim.object:
            continue
        negated = {stem(m) for m in _NON.findall(claim.object)}
        said = {stem(w) for w in tokens(claim.object)}
        if any(stem(w) in negated for w in q.words) and all(stem(w) in said for w in q.words):
            return claim
    return None


#: Verbs of going on as before: their WordNet opposites ("change", "move") are no answer to "is it staying open?".
_CONTINUING = frozenset(stem(w) for w in ["stay", "remain", "keep", "continue", "stand", "still"])


def opposite(q: Question, ranked: Sequence, names: dict[int, set[str]] | None, *,
             alone: bool = True) -> ClaimView | None:
    """A claim that says the opposite of a word of the question (WordNet's antonym: "closed" for "open", "lost"
    for "won") of the same thing: the question's entities named in its sentence, its subject saying the words
    the question puts before its verb, and most of the question's other words said by the claim, in a sentence
    that does not say the question's word too. Only what happened, or is planned when the question asks of now
    or later ("is the plant staying open?"). With ``alone`` off, a sentence that says the question's word too
    counts (to withhold a "Yes", not to say "No": "the bridge, shut after the storm, opened again")."""
    later = tokens(q.text)[:1] in (["is"], ["are"], ["will"])
    changing = [w for w in q.words if stem(w) not in _CONTINUING]
    before = q.words[:q.words.index(q.predicate)] if q.predicate in q.words else []
    frame = _time_frame(q)
    for scored in ranked:
        claim = scored.claim
        if claim.status not in ("happened", "ongoing") and not (later and claim.status == "planned"):
            continue
        said = {verb_stem(claim)} | {stem(w) for w in tokens(f"{claim.predicate} {_told_object(claim)}")}
        if not alone:  # "reopened" says "opened" again: enough to withhold a "Yes" to "is it closed?"
            said |= {stem(base) for w in tokens(claim.predicate) if (base := again_base(w)) is not None}
        hit = next((w for w in changing if opposites(w) & said), None)
        if hit is None or asked.nobody(claim) or not _names_every(q, claim, names) or \
                (alone and polarity.sentence_says_verb(hit, claim.citation.text)):
            continue  # "acquitted of murder but convicted of manslaughter" says both: no "No" to "convicted?"
        subject_stems, subject_order = phrase_keys(claim.subject)
        if before and not all(match(w, subject_stems, subject_order) >= 0.6 for w in before):
            continue
        first = q.entities[0].entity.id if q.entities else None
        if not before and first is not None and not (claim.subject_entity and claim.subject_entity.id == first):
            continue  # "did B win the final?": "A lost the final to B" is A's loss, not B's
        rest = [w for w in q.words if w not in (hit, q.predicate) and w not in before and w not in frame]
        stems_, ordered = phrase_keys(f"{claim_words(claim)} {asked.complement(claim)}")
        if sum(match(w, stems_, ordered) >= 0.6 for w in rest) >= (len(rest) + 1) // 2:
            return claim
    return None


def _told_object(claim: ClaimView) -> str:
    """A claim's object as ``opposite`` reads it: none for a verb of saying, whose object is the reported clause
    ("A said it would open a new plant"): that clause is a claim of its own, with its own status (planned), and
    an opposite inside it is not what the speaker did ("did A close a plant?" is not answered "No" by it)."""
    return "" if verb_stem(claim) in SPEECH_STEMS else claim.object or ""


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


def _says_asked(verb: str, word: str) -> bool:
    if mutual(verb, word) >= 0.85:
        return True
    mine, theirs = related(verb), related(word)
    return any(weight >= SYNONYM and theirs.get(key, 0.0) >= SYNONYM and key not in (stem(verb), stem(word))
               for key, weight in mine.items())
