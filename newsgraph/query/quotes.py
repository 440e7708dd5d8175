"""What someone said about something: the speaker's own quoted words, those about the topic first.

"What did A say about B?" wants A's words, and among them those about B. The
speaker's speech claims (A as the subject or source of "said", "told",
"wrote", "stated" …) point to the sentences; what A said is the part inside
quotation marks when there is one (in "'Absolutely not,' O'Connor said when
asked whether … Reid …" the topic is in the reporter's words, not A's), else
the whole sentence. Quotes run over sentences: a sentence that closes a quote
it did not open takes the sentences before it back to the opening mark, and a
sentence that is nothing but a quote, right after, goes on with the same
speaker. The best run names the topic (another named entity of the question,
inside the quote counting most) and says most of the question's other words;
a run that says nothing of the topic is no answer, and the usual retrieval
answers instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import match, phrase_keys
from .types import Citation, ClaimView
from .words import SPEECH_STEMS, stem, tokens

#: Verbs that report someone's words.
SAID_LEMMAS = ("say", "tell", "write", "state", "add", "explain", "announce", "declare", "note", "insist", "speak",
               "comment", "respond", "reply")
#: How many of the speaker's newest speech claims are read, at most.
SAID_READ = 40
#: A second run is said when it scores at least this share of the best one's.
NEARLY = 0.75
#: How many sentences back a quote closed in a later sentence may have opened.
RUN_BACK = 3
_OPEN = re.compile(r"``|“|(?<![\w,.!?])\"(?=\S)")
_CLOSE = re.compile(r"''|”|(?<=\S)\"(?![\w])")


@dataclass(slots=True)
class Said:
    """A run of sentences holding the speaker's words, how well it answers, and the claim that found it."""

    sentences: list[Citation]
    claim: ClaimView
    score: float


def inside(text: str) -> str:
    """The words of ``text`` inside quotation marks (a quote open at either end runs to that end); the whole
    text when it has none."""
    opened, closed = _OPEN.search(text), None
    for closed in _CLOSE.finditer(text):
        pass
    if opened is None and closed is None:
        return text
    start = opened.end() if opened is not None and (closed is None or opened.start() < closed.start()) else 0
    end = closed.start() if closed is not None and closed.start() >= start else len(text)
    return text[start:end]


def _opens(text: str) -> bool:
    return _OPEN.search(text) is not None


def _closes_unopened(text: str) -> bool:
    """A closing mark before any opening one: the quote began in an earlier sentence."""
    closed, opened = _CLOSE.search(text), _OPEN.search(text)
    return closed is not None and (opened is None or closed.start() < opened.start())


def _only_quote(text: str) -> bool:
    """A sentence that is a quote and nothing else ("`` She came in prepared every day . ''")."""
    stripped = text.strip()
    return bool(_OPEN.match(stripped)) and not (set(tokens(_outside(stripped))) & _SPEECH_WORDS)


def _outside(text: str) -> str:
    quoted = inside(text)
    return text.replace(quoted, " ") if quoted != text else ""


_SPEECH_WORDS = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "added", "stated", "explained"})


def said_about(store, speaker: int, topics: list[list[set[str]]], words: list[str], *,
               as_of: str | None, most: int = 2) -> list[Said]:
    """The speaker's quote runs that best say the topic, best first (those nearly as good as the best, at
    most ``most``): ``topics`` are the word sets of the names of the question's other entities, ``words`` its
    other content words; none when no run says any of them."""
    from .load import load_claims, sentence_citations

    keys = store.entity_claim_keys(speaker, roles=("subject", "source"), lemmas=list(SAID_LEMMAS), as_of=as_of,
                                   limit=SAID_READ)
    # and what the speaker did in a sentence that quotes it ("resigned in a letter …, stating, "I have …")
    keys += store.entity_claim_keys(speaker, roles=("subject",), as_of=as_of, limit=SAID_READ)
    claims = [c for c in load_claims(store, list(dict.fromkeys(keys)))
              if c.citation.text and (c.lemma in SAID_LEMMAS or _opens(c.citation.text))]
    if not claims:
        return []
    near = {c.key: c for c in sentence_citations(store, sorted(
        {(c.article, c.citation.sentence + k) for c in claims for k in range(-RUN_BACK, 2)
         if c.citation.sentence + k >= 0}))}
    asked = [w for w in words if stem(w) not in SPEECH_STEMS]
    found: list[Said] = []
    seen: set[tuple] = set()
    for claim in claims:
        run = _run(claim.citation, near)
        key = tuple(c.key for c in run)
        if key in seen:  # several claims of one sentence find one run
            continue
        seen.add(key)
        score = _score(run, topics, asked)
        if score >= 1:
            found.append(Said(sentences=run, claim=claim, score=score))
    found.sort(key=lambda s: s.score, reverse=True)  # stable: the newest first among equals
    return [s for s in found if s.score >= found[0].score * NEARLY][:most]


def _run(citation: Citation, near: dict[tuple[str, int], Citation]) -> list[Citation]:
    """The sentences of the quote ``citation`` is part of, in order."""
    run = [citation]
    if _closes_unopened(citation.text):
        for back in range(1, RUN_BACK + 1):
            before = near.get((citation.article, citation.sentence - back))
            if before is None:
                break
            run.insert(0, before)
            if _opens(before.text):
                break
    after = near.get((citation.article, citation.sentence + 1))
    if after is not None and _only_quote(after.text):
        run.append(after)
    return run


def _score(run: list[Citation], topics: list[list[set[str]]], words: list[str]) -> float:
    """3 for a topic named inside the quote (2 by one word of a longer name: "Tara" for "Tara Reid"; 1 outside
    it), 1 for each other question word the run says, and a half for words in quotation marks at all."""
    quoted = set(tokens(" ".join(inside(c.text) for c in run)))
    whole = set(tokens(" ".join(c.text for c in run)))
    score = 0.5 if any(_opens(c.text) or _closes_unopened(c.text) for c in run) else 0.0
    for names in topics:
        if any(n <= quoted for n in names if n):
            score += 3
        elif any(len(w) > 3 and w in quoted for n in names if len(n) > 1 for w in n):
            score += 2
        elif any(n <= whole for n in names if n):
            score += 1
    if words:
        stems_, ordered = phrase_keys(" ".join(c.text for c in run))
        score += sum(1 for w in words if match(w, stems_, ordered) >= 0.6)
    return score
