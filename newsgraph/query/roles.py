"""Which role a who-question asks for, read from its wording alone.

"Who was the judge …" asks who holds a role a noun names (a copular question), and "who heads the
bank", "who made the documentary", "who was killed" ask for someone articles name by a title ("its
president, Ann Lee", "director Ann Lee", "the victim, Ann Lee") more often than by the verb. Both the
span writers (``typed``) and full-text ranking (``fulltext``) read these, so they live here, apart from
either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .analysis import kind_of, kind_word, sensed_head
from .words import FUNCTION_WORDS, NUMBER_WORDS, singular, stem

if TYPE_CHECKING:
    from .questions import QuestionAnalysis

#: "who was the judge …", "who is Lohan's lawyer", "which airline is the 787's first customer" (not the passive
#: "who is accused of …": the complement opens with a determiner or a name)
COPULAR = re.compile(r"^\s*(?:[Ww]ho|[Ww]hom|[Ww]hich\s+\w+|[Ww]hat\s+\w+)\s+(?:is|was|are|were)\s+"
                      r"(?P<rest>(?:(?:the|a|an|his|her|their|its)\s|[A-Z0-9]).*)$")


#: The titles that name who heads an organisation ("its president and chief executive, Ann Lee").
LEADER_TITLES = ("president", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "head", "leader", "boss")
#: The titles that name who made a work ("a documentary from director Ann Lee", "the novel's author, Ann Lee").
MAKER_TITLES = ("director", "filmmaker", "producer", "creator", "author", "writer", "novelist", "composer")
#: The title that names whom a harm was done to ("The victim, Ann Lee, 40, was shot …").
VICTIM_TITLES = ("victim", "victims")
#: Who-questions whose answer is named by a title, not by the verb: (verbs, kinds of the named entity, titles).
#: "who heads the bank", "who runs the airline"; "who made the documentary", "who wrote the memoir"; "who was
#: killed at the party" (a passive question, whatever it names, or nothing).
_ROLES = (({"head", "run", "lead", "chair"}, ("ORG", "NORP"), LEADER_TITLES),
          ({"make", "create", "produce", "direct", "write", "film"}, ("WORK_OF_ART", "PRODUCT"), MAKER_TITLES),
          ({"kill", "shoot", "shot", "murder", "stab", "injure", "hurt", "wound", "attack", "hit", "strike"}, None,
           VICTIM_TITLES))
#: "Who was killed …", "who were hurt …": the passive asks for the one the act was done to.
_PASSIVE = re.compile(r"^\s*who\s+(?:was|were|has been|have been|had been)\s+\w+(?:ed|en|t|ck)\b", re.IGNORECASE)


def role_titles(q: QuestionAnalysis) -> tuple[str, ...]:
    """The titles that name the answer of a who-question asking who heads an organisation or made a work it
    names, or who was harmed (none for other questions)."""
    if q.answer_type != "person" or not q.predicate:
        return ()
    verb = stem(q.predicate)
    kind = q.entities[0].entity.type if q.entities else None
    for verbs, kinds, titles in _ROLES:
        if verb in {stem(v) for v in verbs} and (kind in kinds if kinds else _PASSIVE.match(q.text)):
            return titles
    return ()


#: Kinds of person that are no title: news never writes "man Ann Lee" or "victim Ann Lee" before a name.
_NOT_TITLES = frozenset({"person", "people", "man", "men", "woman", "women", "member", "members", "victim",
                         "victims", "suspect", "suspects", "player", "players", "official", "officials"})
_WHICH = re.compile(r"^\s*(?:which|what)\s", re.IGNORECASE)


def kind_titles(q: QuestionAnalysis) -> tuple[str, ...]:
    """"Which officer …", "what judge …", "which Iraqi envoy …": the head noun of the question's opening phrase,
    a kind of person, as the title news sets before the name ("Officer Ann Lee said"), singular and plural; none
    for other questions. The head is the phrase's last noun ("which county *mayor*"), not its first ("county")."""
    if q.answer_type != "person" or not q.words or not _WHICH.match(q.text):
        return ()
    head = kind_word(q.text)
    if head is None or kind_of(head) != "person":
        sensed = sensed_head(q.text.split()[1:5]) if q.text.split()[0].lower() == "which" else None
        head = sensed[0] if sensed and sensed[1] == "person" else None
    if head is None:
        return ()
    one = singular(head) if head.endswith("s") and not head.endswith("ss") else head  # "which police *officers* …"
    if one in _NOT_TITLES or not one.isalpha():
        return ()
    return tuple(dict.fromkeys((one, one + "s")))


def kind_modifiers(q: QuestionAnalysis) -> list[str]:
    """The words a "which …" question sets before the title it asks by ("which *county* mayor", "which *Cuban*
    diplomat", "which *commerce* secretary"), lower-cased: they say which holder of the title is asked, so the
    sentence that gives the title must say them too. None when the question asks by no title."""
    titles = kind_titles(q)
    found = re.match(r"^\s*which\s+(?P<phrase>.*)$", q.text, re.IGNORECASE)
    if not titles or found is None:
        return []
    words = [w.lower() for w in re.findall(r"[\w'-]+", found["phrase"])]
    head = next((i for i, w in enumerate(words[:4]) if w in titles), None)
    return [w for w in words[:head] if w not in FUNCTION_WORDS and w not in NUMBER_WORDS] if head else []
