"""Which organisation a person is with, as news writes it beside the name: "Ann Lee, an attorney with
Fenwick Legal, said …", "Ann Lee, director at the charity, Open Fields, …", "Gulls guard Ann Lee".

"Which group does X work for?", "which party is X with?" ask for the organisation a reporter sets in the
apposition that introduces X (after a preposition of membership: with, at, for, of, from), or before X's
title ("Gulls guard Ann Lee": X's team). A name the apposition gives right after a kind noun ("the
charity, Open Fields") is the one it means; otherwise a name headed by the question's own kind noun ("the
Green Workers Party" for "which party") comes first, then the nearest after the name.

The sentences read are the ones that mention the asked person (``posts.person_sentences``, bounded).
"""

from __future__ import annotations

import re

from .analysis import kind_noun
from .extract import Span
from .posts import person_sentences, say_first, words_before
from .questions import QuestionAnalysis
from .words import stem

#: Verbs of membership: "which group does X work for", "which team does X play for", "which party does X
#: belong to", "which firm is X with".
_MEMBER_VERBS = frozenset(stem(v) for v in ("work", "belong", "serve", "be", "play"))
#: The question ends on the preposition of membership ("… work for?", "… is X with?").
_ENDS_WITH = re.compile(r"\b(?:for|with|at|to)\s*\?*\s*$", re.IGNORECASE)
#: Between a name and the organisation of its apposition: ", an attorney with ", ", director at the
#: charity, " (one comma to open it, at most one more after a kind noun).
_APPOSED = re.compile(r"\s*,\s*[^,;()]{0,80}?\b(?:with|at|for|of|from)\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?:(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*,?\s*)?")
#: How far after a name its apposition's organisation may start.
_REACH = 140
_ORG = ("ORG",)


def asks_affiliation(q: QuestionAnalysis) -> bool:
    """Whether an organisation question asks what a named person belongs to ("which group does X work for?")."""
    if q.answer_type != "organisation" or not any(n.entity.type == "PERSON" for n in q.entities):
        return False
    verb = stem(q.predicate or "")
    return bool(_ENDS_WITH.search(q.text)) and (not q.predicate or verb in _MEMBER_VERBS)


def affiliations(store, q: QuestionAnalysis, *, as_of: str | None) -> list[Span]:
    """The organisations the articles set beside the asked person's name, the best bound first."""
    person, sentences = person_sentences(store, q, as_of=as_of)
    if person is None:
        return []
    asked_kind = next((w for w in q.words if kind_noun(w)), None)
    found: list[tuple[int, int, int, Span]] = []
    for index, c in enumerate(sentences):
        mentions = store.mentions_in(c.article, c.start, c.end)
        orgs = [(s - c.start, e - c.start, _runs_on(c.text, s - c.start, e - c.start))
                for s, e, _t, kind, _i, _n in mentions if kind in _ORG]
        people = [s - c.start for s, _e, _t, kind, i, _n in mentions if kind == "PERSON" and i != person]
        for s, e, _t, _k, entity_id, _n in mentions:
            if entity_id != person:
                continue
            name_start, name_end = s - c.start, e - c.start
            run = words_before(c.text, name_start)
            for org_start, org_end, text in orgs:
                if run and run[0][0] <= org_start < name_start:  # "Gulls guard Ann Lee"
                    rank = 2
                elif name_end <= org_start <= name_end + _REACH:
                    bound = _APPOSED.fullmatch(c.text, name_end, org_start)
                    if bound is None or any(name_end <= p < org_start for p in people):
                        continue  # no apposition, or one of another name ("coach to Tom Ray with the X")
                    rank = 0 if bound["kind"] and kind_noun(bound["kind"].split()[-1]) else 1
                else:
                    continue
                if asked_kind and stem(text.split()[-1].lower()) == stem(asked_kind):
                    rank = min(rank, 0)  # "the Green Workers Party" for "which party"
                found.append((rank, index, org_start, Span(text=text, citation=c)))
    found.sort(key=lambda f: f[:3])
    return list(dict.fromkeys(span for *_, span in found))


def _runs_on(text: str, start: int, end: int) -> str:
    """The organisation's name with the capitalised words that run on after the tagged part ("the NBA
    Charlotte Hawks": the tagger's "NBA" qualifies the team's name)."""
    more = re.match(r"(?:\s+(?-i:[A-Z])[\w&.'-]*)*", text[end:])
    return text[start:end + (more.end() if more else 0)]


def state_affiliation(store, q: QuestionAnalysis, out, *, as_of: str | None) -> str | None:
    """Say the organisation set beside the asked person's name, quoting its sentence; None when none is."""
    return say_first(affiliations(store, q, as_of=as_of), out)
