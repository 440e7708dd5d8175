"""How people reacted to an event: "How did foreign governments react to the bombings?", "How did Ann Lee respond
to the ruling?".

A reaction is told with a few verbs of judging or feeling ("condemned", "deplored", "welcomed", "praised",
"expressed condolences"), their object the event. The sentences that hold one of those verbs and a word of the
event are found by full-text search (bounded), and their claims with a reaction verb whose object or sentence
says the event are the answer, one line each, one per reacting party, those by the named party only when the
question names one. Nothing when none is found: the usual retrieval answers then.
"""

from __future__ import annotations

import re

from .compose import Composer
from .lexicon import match, phrase_keys
from .phrases import clause
from .questions import QuestionAnalysis
from .types import ClaimView
from .words import FUNCTION_WORDS, tokens

#: Verbs that tell a reaction to an event (as lemmas).
REACTION_LEMMAS = ("condemn", "deplore", "denounce", "decry", "welcome", "praise", "hail", "applaud", "criticize",
                   "criticise", "mourn", "lament", "regret", "express", "protest", "vow")
#: "How did X react to Y", "How has X responded to Y".
_ASKS = re.compile(r"^\s*how\s+(?:did|do|does|has|have|had|would|will)\s+(?P<who>.+?)\s+"
                   r"(?:react|respond)(?:ed|s)?\s+to\s+(?P<what>.+?)\s*\??\s*$", re.I)
#: How many sentences full-text search reads for reactions, and how many of their claims, at most.
REACTION_SENTENCES = 30
REACTION_CLAIMS = 120
#: How many reactions are listed, at most.
MOST = 6


def asks_reaction(text: str) -> tuple[str, str] | None:
    """Who reacted and to what, as the question words them; None for any other question."""
    found = _ASKS.match(text)
    return (found.group("who"), found.group("what")) if found else None


def reactions(store, q: QuestionAnalysis, out: Composer, *, as_of: str | None) -> tuple[str | None, list[ClaimView]]:
    """The reactions to the asked event, one line each (the first is the short answer); nothing when none is
    found."""
    from .load import load_claims

    asked = asks_reaction(q.text)
    if asked is None:
        return None, []
    who, what = asked
    event = [w for w in tokens(what) if w not in FUNCTION_WORDS and len(w) > 2]
    if not event:
        return None, []
    start = q.text.lower().find(who.lower())
    parties = {n.entity.id for n in q.entities if start <= n.start < start + len(who)}
    # the sentence keys the search gives are stored sentences' keys: no need to read the sentences themselves
    keys = store.fulltext_sentence_keys([list(REACTION_LEMMAS), event], as_of=as_of, limit=REACTION_SENTENCES)
    claims = [c for c in load_claims(store, store.claim_keys_in_sentences(keys, limit=REACTION_CLAIMS))
              if c.lemma in REACTION_LEMMAS and c.status in ("happened", "ongoing") and
              (not parties or _subject_id(c) in parties)]
    used: list[ClaimView] = []
    seen: set[str] = set()
    # a reaction whose object is the event ("condemned the bombing") before one only its sentence ties to it
    claims.sort(key=lambda c: not _says(event, c.object or ""))
    for claim in claims:
        subject = _subject_id(claim)
        party = str(subject) if subject is not None else claim.subject.lower()
        if party in seen:
            continue
        if not _says(event, f"{claim.object or ''} {claim.citation.text}"):
            continue
        seen.add(party)
        out.claim(claim)
        used.append(claim)
        if len(used) >= MOST:
            break
    return (clause(used[0]) if used else None), used


def _subject_id(claim: ClaimView) -> int | None:
    """The store entity the claim's subject names, if any."""
    return claim.subject_entity.id if claim.subject_entity else None


def _says(words: list[str], text: str) -> bool:
    """Whether a text says one of the event's words (a paraphrase counted)."""
    stems_, ordered = phrase_keys(text)
    return any(match(w, stems_, ordered) >= 0.9 for w in words)
