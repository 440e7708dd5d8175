"""Whose words a quote question asks for: a speaker named ("What did Ann Lee say …") or named by a role ("What
did the defense lawyer say …", "… the president …", "… Ray's mother …", "… the Finnish minister …").

A reporter asks by role as often as by name. The role names a person when the articles give it to one person
only: by a title right before the name ("defense attorney Ann Lee", "Finnish Minister Ann Lee": the title's last
word is the role's head word or a synonym of it, every other word of the role is among the title's words) or by
an apposition ("Ann Lee, the defense lawyer,", "Ray's mother, Ann Lee,"). A role the articles give to two people
names nobody, and a quote question then gets no speaker's words: quoting the wrong speaker is a false
attribution. A role is a kind of person (WordNet): "the government" or "police" speak as bodies, and such a
question reads as it did. Words that name the speaker (the role's words) are no words of the topic.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import match, paraphrases, phrase_keys
from .questions import NamedEntity, QuestionAnalysis
from ..lexicon.wordnet import wordnet
from .words import tokens

#: "What did …": how a question that asks for someone's words begins.
_ASKS_WHAT = r"\s*what\s+(?:did|does|do|has|have|had|will|would)\s+"
_ASKS = re.compile(_ASKS_WHAT, re.I)
#: "What did <who> say/tell …": the words between the auxiliary and the speech verb name the speaker.
_WHO = re.compile(_ASKS_WHAT + r"(?P<who>.+?)\s+(?:say|tell|write|state|add|announce|declare|testify|reply|"
                  r"respond)\b", re.I)
#: Words of a role phrase that are no part of the role.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "s"})
#: How many sentences holding the role's head word are read, at most (best full-text rank first).
ROLE_READ = 60
#: How many words of a title may stand before a name ("Albany County Assistant District Attorney Ann Lee").
TITLE_WORDS = 5
#: How many words an apposition that gives a role may have ("Ray's mother", "the lawyer for the family").
APPOSITION_WORDS = 6
#: How surely a title's word must say the role's head word (a synonym counts: "attorney" for "lawyer").
HEAD_MATCH = 0.9


@dataclass(frozen=True, slots=True)
class Speaker:
    """The entity whose words are asked for, the question's entities that are the topic, and the question's
    words that name the speaker (no words of the topic)."""

    entity: int
    topics: list[NamedEntity] = field(default_factory=list)
    naming: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Role:
    """A speaker asked for by role: its words ("defense", "lawyer"; the head word last) and the entity that
    qualifies it, if any ("Ray" in "Ray's mother", "Finnish" in "the Finnish minister")."""

    words: tuple[str, ...]
    of: NamedEntity | None = None


def asked_speaker(q: QuestionAnalysis) -> int | None:
    """The entity whose words a quote question asks for: the one named right after "what did" ("What did *Ann
    Lee* say about the plan?"); None when the question names no speaker there ("What was said about Ann Lee?")."""
    found = _ASKS.match(q.text)
    if not found or not q.entities or q.entities[0].start != found.end():
        return None
    return q.entities[0].entity.id


def asked_role(q: QuestionAnalysis) -> tuple[Role, int] | None:
    """The role a quote question names its speaker by, and where the role's words end in the question; None
    when the question names the speaker (an entity standing alone before the verb, or after a title) or names no
    one there."""
    found = _WHO.match(q.text)
    if not found:
        return None
    start, end = found.start("who"), found.end("who")
    inside = [n for n in q.entities if start <= n.start and n.end <= end]
    if inside and not q.text[inside[-1].end:end].strip():
        return None  # "her nephew Ann Lee", "neighbor Ann Lee": a title before the name, who is the one asked
    rest = q.text[start:end]
    for n in reversed(inside):
        rest = rest[:n.start - start] + " " + rest[n.end - start:]
    # a role is written in lower case ("the defense lawyer", "Ray's mother"); what is left of a name is not
    # ("A.J." of "A.J. Smith" when only "Smith" was found)
    # "the victim's daughter": a possessor no entity names is whose role it is, said in the question's words, and
    # no word of the role (the articles give it as "Ann Lee's daughter" or "her daughter")
    rest = re.split(r"['’]s\b", rest)[-1] if not inside else rest
    words = tuple(w for w in re.findall(r"\b[a-z][\w-]*", rest) if w not in _DETERMINERS)
    if not words or not is_person_noun(words[-1]):
        return None  # "the government", "police": no one person's role (the question reads as it did before)
    return Role(words=words, of=inside[0] if inside else None), end


#: Words that make a title another, lower office than its head word ("*assistant* sheriff", "*deputy* director").
_RANKS = frozenset({"assistant", "deputy", "vice", "associate", "acting", "interim", "former", "ex", "under"})
#: How many hypernym steps up WordNet a role's head word is followed to "person", at most.
PERSON_DEPTH = 14


@lru_cache(maxsize=2048)
def is_person_noun(word: str) -> bool:
    """Whether a noun names a kind of person in its first senses ("lawyer", "mother", "spokesman"), not a body
    ("government", "police", "company"): WordNet's hypernyms of it lead to "person". False without WordNet."""
    net = wordnet()
    if net is None:
        return False
    base = (net.base_forms(word, "n") or [word])[0]
    todo = [(offset, 0) for offset in net.synset_offsets(base, "n")[:2]]
    seen: set[int] = set()
    while todo:
        offset, depth = todo.pop()
        if offset in seen or depth > PERSON_DEPTH:
            continue
        seen.add(offset)
        synset = net.synset(offset, "n")
        if synset is None:
            continue
        if "person" in synset.words:
            return True
        todo += [(up, depth + 1) for up, pos, _ in synset.related("@i") if pos == "n"]  # hypernym, instance of
    return False


def quote_speaker(store, q: QuestionAnalysis, *, as_of: str | None) -> Speaker | None:
    """Whose words the quote question asks for: the first entity it names (the others are the topic), or the one
    person the articles give the role it asks by; None when no one is named or the role is anyone's."""
    asked = asked_role(q)
    if asked is None:
        if not q.entities:
            return None
        return Speaker(entity=q.entities[0].entity.id, topics=q.entities[1:],
                       naming=frozenset(w for n in q.entities for w in tokens(n.text)))
    role, end = asked
    holder = role_holder(store, role, as_of=as_of)
    if holder is None:
        return None
    naming = set(role.words) | (set(tokens(role.of.text)) if role.of else set())
    return Speaker(entity=holder, topics=[n for n in q.entities if n.start >= end], naming=frozenset(naming))


def role_holder(store, role: Role, *, as_of: str | None) -> int | None:
    """The one person the articles give ``role`` to (by a title before the name or an apposition beside it);
    None when they give it to none or to several."""
    from .entities import names_of

    head = role.words[-1]
    groups = [[head, *paraphrases(head, most=2)]]
    of_words: set[str] = set()
    if role.of is not None:
        names = names_of(store, [role.of.entity.id]) | {role.of.text}
        groups.append(sorted({" ".join(tokens(n)) for n in names} - {""}))
        of_words = {w for n in names for w in tokens(n)}
    holders = _holders(store, role, groups, of_words, as_of=as_of)
    if not holders and role.of is not None and role.of.entity.type == "PERSON":
        # "Ray's trainer" when no sentence names Ray beside the role ("trainer Ann Lee"): the one trainer the
        # articles name is his, as the one lawyer of a story about a trial is the defendant's (a person's
        # relation; "the Czech minister" is an office of the country's, and another country's is not it)
        holders = _holders(store, role, groups[:1], set(), as_of=as_of)
    return next(iter(holders)) if len(holders) == 1 else None


def _holders(store, role: Role, groups: list[list[str]], of_words: set[str], *, as_of: str | None) -> Counter[int]:
    """The people given ``role`` in the sentences that say every group's words (times given), by a title or an
    apposition that names the qualifying entity by ``of_words`` when there are any."""
    from .load import sentence_citations

    holders: Counter[int] = Counter()
    for citation in sentence_citations(store, store.fulltext_sentence_keys(groups, as_of=as_of, limit=ROLE_READ)):
        for start, end, _text, kind, entity, *_ in store.mentions_in(citation.article, citation.start, citation.end):
            if kind != "PERSON" or entity is None:
                continue
            before, after = citation.text[:start - citation.start], citation.text[end - citation.start:]
            if any(_gives(role, window, of_words) for window in _windows(before, after)):
                holders[entity] += 1
    return holders


def _windows(before: str, after: str) -> list[str]:
    """The words that may give a name its role: a title right before it ("defense attorney | Ann Lee"), an
    apposition before it ("Ray's mother , | Ann Lee ,") or after it ("Ann Lee | , the defense lawyer ,")."""
    out = []
    title = before.rstrip()
    if title and title[-1].isalnum():
        out.append(" ".join(re.split(r"[,;:(]", title)[-1].split()[-TITLE_WORDS * 2:]))
    if title.endswith(","):
        phrase = re.split(r"[,;:(]", title[:-1])[-1]
        if len(tokens(phrase)) <= APPOSITION_WORDS:
            out.append(phrase)
    if (apposed := re.match(r"\s*,([^,;:()]+),", after)) and len(tokens(apposed.group(1))) <= APPOSITION_WORDS:
        out.append(apposed.group(1))
    return out


def _gives(role: Role, window: str, of_words: set[str]) -> bool:
    """Whether a title or apposition gives the role: it ends with the role's head word (or a synonym), holds its
    other words among its last ``TITLE_WORDS`` words, and names the qualifying entity when the role has one."""
    words = tokens(window)[-TITLE_WORDS:]
    if not words:
        return False
    if len(words) > len(role.words) and words[-len(role.words) - 1] in _RANKS and \
            words[-len(role.words) - 1] not in role.words:
        return False  # "Assistant Sheriff Ann Lee" is not the sheriff, "Deputy District Attorney" not the DA
    last_stems, last_ordered = phrase_keys(words[-1])
    if match(role.words[-1], last_stems, last_ordered) < HEAD_MATCH:
        return False
    stems_, ordered = phrase_keys(" ".join(words))
    if not all(match(w, stems_, ordered) >= HEAD_MATCH for w in role.words[:-1]):
        return False
    return not of_words or bool(of_words & set(words))

