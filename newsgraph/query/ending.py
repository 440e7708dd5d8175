"""Whether a later report ends the state a yes/no question asks about, or settles it another way.

"Is A still in prison?" is "No" once A is reported released; "did A resign?" is
"No" when A was fired from that post (one departure is not both); "does A own
the T?" is "No" when someone else owns all of it. Each verdict rests on a cited
claim about the same person and the same state, never on silence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .lexicon import match, phrase_keys
from .phrases import claim_words, is_nominal, verb_stem
from .questions import Question, find_named
from .types import ClaimView
from .weigh import claim_weight
from .words import stem, tokens


#: Verbs that end a state, each with the states it ends (general English: "released" ends "in prison",
#: "resigned" ends "in office", "died" ends "alive").
_CUSTODY = "prison jail custody detention captivity confinement hospital bars cell"
_POST = ("office post job position chief head ceo chairman chair president minister director manager member coach "
         "captain leader editor governor mayor secretary commissioner executive boss chancellor premier speaker "
         "ambassador senator principal dean")
#: Being still in a competition ("eliminated from playoff contention" ends any hope of the playoffs).
_CONTENTION = "contention race running competition contest tournament playoff playoffs postseason title cup final"
_ENDS_TEXT = {
    "release": _CUSTODY, "free": _CUSTODY, "parole": _CUSTODY, "escape": _CUSTODY, "discharge": _CUSTODY,
    "acquit": _CUSTODY, "walk": _CUSTODY, "leave": f"{_CUSTODY} {_POST} company team country city",
    "resign": _POST, "quit": _POST, "step": _POST, "retire": _POST, "fire": _POST, "dismiss": _POST,
    "oust": _POST, "sack": _POST, "replace": _POST, "die": "alive living life", "divorce": "married marriage wife husband",
    "sell": "own owner stake", "close": "open operating business", "end": "married marriage together",
    "eliminate": _CONTENTION, "knock": _CONTENTION,
}
ENDING_LEMMAS = frozenset(_ENDS_TEXT)
_ENDS = {stem(verb): {stem(w) for w in states.split()} for verb, states in _ENDS_TEXT.items()}


_STATES = frozenset().union(*_ENDS.values())
#: Words for any post ("his post", "the job"): they end whatever post is asked about.
_ANY_POST = frozenset(stem(w) for w in ["office", "post", "job", "position", "role"])
#: Ending verbs with other senses ("left a note", "stepped in", "ended the call"): they end a state only
#: when they name it.
_LOOSE = frozenset(stem(w) for w in ["leave", "walk", "step", "end", "close", "free", "replace", "sell", "knock"])
_DIE = stem("die")
#: Titles written as initials, read as their words.
_TITLES = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating"}


def _states(text: str) -> set[str]:
    """Stems of the words of ``text`` that name a state (initials read as their words: "CEO")."""
    return {stem(w) for word in tokens(text) for w in _TITLES.get(word, word).split()} & _STATES


def _same_state(asked: str, claim: ClaimView) -> bool:
    """Whether an ending claim ends the asked state, not another one: "resigned as CEO" does not end
    "chairman"; a claim that names no state ("resigned") ends any its verb can end."""
    said = _states(f"{claim.predicate} {claim.object or ''} {claim_words(claim)}") - _ANY_POST
    if not said:  # "left this farewell" is no leaving of a post: a loose verb must name the state it ends,
        # or leave a named place or organisation
        return verb_stem(claim) not in _LOOSE or bool(claim.object_entity and claim.object_entity.type != "PERSON")
    return bool(said & _states(asked))


def _names_state(asked: str, claim: ClaimView) -> bool:
    return bool(_states(f"{claim.predicate} {claim.object or ''} {claim_words(claim)}") & _states(asked))


#: The two ways of leaving a post, which exclude each other for one departure: one's own choice, or another's.
_LEFT_FREELY = frozenset(stem(w) for w in ["resign", "quit", "step down"])
_FORCED_OUT = frozenset(stem(w) for w in ["fire", "dismiss", "sack", "oust", "depose", "expel", "axe"])
#: Verbs a question may ask the first way with ("did she retire?"); "retired" as evidence may be of another post.
_ASKED_FREELY = _LEFT_FREELY | {stem("retire")}
ASKS_LEAVING = _ASKED_FREELY | _FORCED_OUT


def _leaving_verb(claim: ClaimView) -> str:
    """The claim's verb, with "down" when it says "stepped down"."""
    verb = verb_stem(claim)
    return f"{verb} down" if verb == stem("step") and "down" in tokens(claim.predicate) else verb


def _who_left(claim: ClaimView) -> int | None:
    """The entity a leaving claim says left: the subject of "resigned" or "was fired", the object of "fired"."""
    if verb_stem(claim) in _FORCED_OUT and claim.args.get("voice") != "passive":
        return claim.object_entity.id if claim.object_entity else None
    return claim.subject_entity.id if claim.subject_entity else None


def left_otherwise(store, q: Question, claims: Sequence[ClaimView]) -> ClaimView | None:
    """For "did A resign?", a claim that A was fired (and the other way round), of the same post when the
    question names one: the one departure was not both."""
    if not q.predicate or not q.entities:
        return None
    asked = stem(q.predicate)
    other = _FORCED_OUT if asked in _ASKED_FREELY else _LEFT_FREELY if asked in _FORCED_OUT else None
    if other is None:
        return None
    first = q.entities[0].entity.id
    post = " ".join(q.words)
    found = [c for c in claims if c.status == "happened" and _leaving_verb(c) in other and _who_left(c) == first
             and not is_nominal(c) and (not _states(post) or _same_state(post, c)) and same_place(store, q, c)]
    found.sort(key=lambda c: (c.day or "", claim_weight(c)), reverse=True)
    return found[0] if found else None


#: Verbs of holding a thing, and the words that say one holder holds all of it ("owns all the trademarks").
_HOLDING = frozenset(stem(w) for w in ["own", "control"])
_WHOLLY = frozenset({"all", "every", "entire", "whole", "sole", "full"})


def held_by_another(q: Question, claims: Sequence[ClaimView]) -> ClaimView | None:
    """For "does A own the T?", a claim that someone else owns (or will own) all of the T: no one else holds
    any of it. The T must be said by the claim's object (same word or synonym)."""
    if not q.predicate or stem(q.predicate) not in _HOLDING or not q.entities:
        return None
    first = q.entities[0].entity.id
    asked = [w for w in q.words if w != q.predicate]
    for claim in claims:
        if verb_stem(claim) != stem(q.predicate) or claim.status not in ("happened", "ongoing", "planned"):
            continue
        if claim.subject_entity is None or claim.subject_entity.id == first or claim.object_entity is not None:
            continue
        said = tokens(claim.object or "")
        if not said or said[0] not in _WHOLLY and said[:2] != ["the", "entire"] and said[:2] != ["the", "whole"]:
            continue
        # the thing held is the object's head ("rights" of "all the stadium rights"), not a word before it
        head = next((w for w in reversed(said[:next((i for i, w in enumerate(said) if w in _OF_WORDS), len(said))])),
                    "")
        stems_, ordered = phrase_keys(head)
        if head and any(match(w, stems_, ordered) >= 0.9 for w in asked):
            return claim
    return None


#: Words that end a noun phrase's head ("all shares *of* the firm", "the rights *to* the song").
_OF_WORDS = frozenset({"of", "in", "to", "for", "from", "at", "on", "with", "by", "and", "under"})


def same_place(store, q: Question, claim: ClaimView) -> bool:
    """When the question names an organisation beside the person, an ending claim whose words name another
    organisation and not the asked one ends another post: "fired as coach of the Hawks" does not end a
    post with the Owls."""
    if len(q.entities) < 2:
        return True
    text = " ".join(filter(None, [claim.object, claim_words(claim)]))
    named = {n.entity.id: n.entity.type for n in find_named(store, text)} if store is not None else {}
    if claim.object_entity is not None:
        named[claim.object_entity.id] = claim.object_entity.type
    asked = set(q.entity_ids[1:])
    return bool(asked & set(named)) or not any(t == "ORG" for i, t in named.items() if i not in asked)


def later_of(claims: Iterable[ClaimView], subject_id: int, since: str, *, strict: bool = False) -> Iterator[ClaimView]:
    """The claims of the subject ``subject_id`` reported on or after ``since`` (after it, when ``strict``) that say
    something happened or goes on: what may have changed a state or a plan reported before (read by ``ended`` and
    the yes/no reader's "done later")."""
    for claim in claims:
        day = claim.day or ""
        if (day > since if strict else day >= since) and claim.status in ("happened", "ongoing") and \
                claim.subject_entity is not None and claim.subject_entity.id == subject_id:
            yield claim


def ended(store, q: Question, claims: Sequence[ClaimView], since: str) -> ClaimView | None:
    """A claim about the question's first entity, reported on or after ``since``, that ends the state a
    "still" question asks about: an ending verb ("left", "released") whose sentence says the state's words
    or their paraphrases ("prison" ~ "custody")."""
    first = q.entities[0].entity.id
    wanted = {stem(w) for w in q.words}
    asked = " ".join(q.words)
    found = []
    for claim in later_of(claims, first, since):
        if verb_stem(claim) == _DIE or (wanted & _ENDS.get(verb_stem(claim), set()) and _same_state(asked, claim)
                                    and same_place(store, q, claim)):
            found.append(claim)
    found.sort(key=lambda c: (not _names_state(asked, c), verb_stem(c) != _DIE, is_nominal(c), not c.time, c.day or ""))
    return found[0] if found else None
