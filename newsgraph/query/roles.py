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

from .analysis import kind_noun
from .words import stem

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
    """"Which officer …", "what judge …": the question's kind noun as the title news sets before the name
    ("Officer Ann Lee said"), singular and plural; none for other questions."""
    if q.answer_type != "person" or not q.words or not _WHICH.match(q.text):
        return ()
    singular = [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in q.words[:3]]
    one = next((w for w in singular if kind_noun(w)), None)  # "which police *officers* …"
    if one is None or one in _NOT_TITLES or not one.isalpha():
        return ()
    return tuple(dict.fromkeys((one, one + "s")))

