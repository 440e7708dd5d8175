"""Coordinated subjects stay whole: "Lee and Kim were arrested" is never "Lee were arrested".

A subject that names an entity is written as that entity's name, which drops
the names coordinated with it: the claim then says of one person what was said
of two, with the verb left plural. This module finds the coordinated nouns of a
subject (``conjuncts``) so the claim names them all ("Ann Lee and Bo Chan";
``args["conjoined"]``: the query shows these words, not the first one's store
name alone),
and a subject the parse doubled: two subjects of one verb, the first running
straight into the second ("Harbor Police Department Capt. Ann Lee and … were
killed"), are one noun phrase whose head is the second (``adjacent_subject``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.lists import join_names  # noqa: F401 (claims.py takes it from here with the other list helpers)
from .lexicon import FINITE_TAGS
from .view import SentenceView

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def conjuncts(view: SentenceView, head: Token) -> list[Token]:
    """The nouns coordinated with ``head``, in sentence order ("A, B and C" → [B, C])."""
    found: list[Token] = []
    stack = [head]
    while stack and len(found) < 8:
        t = stack.pop()
        if t is not head and view.child(t, "appos") is not None:
            continue  # "his co-defendant and half-brother Jo Lee": two descriptions of one person
        for c in view.children(t, "conj"):
            if c.pos_ in _NOMINAL:
                found.append(c)
                stack.append(c)
    return sorted(found, key=lambda t: t.i)


def all_participants(view: SentenceView, head: Token, others: list[Token]) -> bool:
    """Whether every conjunct names a participant: a name, a pronoun, or a noun with a determiner or
    possessor ("the mayor", "its commandos"). A bare noun is a second description of the first ("Lee,
    senior vice president and general counsel of the firm"), not a second doer."""
    if others and all(c.pos_ == "NOUN" for c in others) and any(
            d.dep_ in ("amod", "appos") and head.i < d.i < others[0].i for d in view.children(head)):
        return False  # "Lee, 52 years old and a 27-year veteran, …": an aside of descriptions, not a second doer
    return all(c.pos_ in ("PROPN", "PRON") or view.child(c, "det", "poss") is not None
               or any(d.tag_ == "CD" for d in view.children(c, "nummod")) for c in others)


def conjunction(view: SentenceView, head: Token, others: list[Token]) -> str:
    """The word that joins them ("and", "or", "nor"), as written; "and" when none is found."""
    for t in (head, *others):
        cc = view.child(t, "cc")
        if cc is not None and cc.lower_ in ("and", "or", "nor", "&"):
            return cc.text
    return "and"


def adjacent_subject(view: SentenceView, verb: Token, subj: Token) -> Token:
    """Of two subjects of one verb where the first's phrase ends right where the second's begins, the
    second (the first is its modifier: "[Harbor Police Department] Capt. Ann Lee … were killed");
    otherwise ``subj``."""
    subjects = sorted(view.children(verb, "nsubj", "nsubjpass"), key=lambda t: t.i)
    if len(subjects) != 2 or subj.i != subjects[0].i:
        return subj
    first, second = subjects
    first_end = max(t.i for t in view.subtree(first))
    second_start = min(t.i for t in view.subtree(second))
    return second if first_end + 1 == second_start and first.pos_ == "PROPN" and second.pos_ == "PROPN" else subj


def next_clause_subjects(view: SentenceView, phrase_head: Token) -> frozenset[int]:
    """Names the parse coordinated inside a phrase that are in fact the subject of the next clause:
    "in cooperation with customers and partners and [Acme] will continue …" (a name conjoined to common
    nouns, right before a finite verb or auxiliary of a clause that has no subject of its own). A phrase said with them names
    someone the sentence does not put there; their indices, to leave out."""
    out: set[int] = set()
    words = view.doc.words
    for t in view.subtree(phrase_head):
        if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.pos_ != "NOUN" or view.child(t, "conj") is not None:
            continue  # (the last conjunct only, a name after common nouns: the one the next clause's verb follows;
            # "music, dancing and speeches is expected" is one subject the parse split, not a name taken in)
        nxt = max(x.i for x in view.subtree(t)) + 1
        if nxt >= view.hi:
            continue
        verb = words[nxt]
        clause = view.head(verb) if verb.dep_ in ("aux", "auxpass") else verb
        if verb.tag_ in FINITE_TAGS and clause is not None and clause.pos_ in ("VERB", "AUX") \
                and clause.i not in view.subtree_ids(phrase_head) \
                and view.child(clause, "nsubj", "nsubjpass", "expl") is None:
            out.add(t.i)
    return frozenset(out)
