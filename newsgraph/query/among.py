"""Membership in the group an act defines says the act: "A was among the dead" answers "was A killed?", "A was
among those arrested" answers "was A arrested?".

Why: news reports a toll as a group and its members ("two workers died; the night supervisor was among the
dead"), and a question asks of one member in the act's own verb. English says the same thing both ways: to be
among those <done to> is to have been <done to>, and "the dead" are those who died (killed, for a question in the
passive). So a sentence that says, of the question's entity, a form of "be" + "among those <participle>" (or "the
<participle>", "the dead") with that participle saying the asked verb, gives "Yes"; "not among" gives "No". Only:

- a question in the passive of its entity ("was A killed?", "has A been arrested?") or "did A die?": the act was
  done to A; "did A kill B?" is not answered by "B was among the dead";
- the entity named right before the form of "be" (a title before it, an apposition between commas after it), in
  a clause no word makes a belief, a fear or a question ("police feared A was among the dead", "whether A was
  among …");
- every other word of the question said by the sentence ("killed in the fire" needs the fire said there too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import LATER_SENSE, SYNONYM, related
from .polarity import coverage, says_word
from ..lexicon.wordnet import wordnet
from .words import stem, tokens

#: "was among those killed", "were not among the injured", "is also among the 12 dead".
_AMONG = re.compile(r"\b(?:is|are|was|were|been)\s+(?:also\s+|then\s+)?(?P<neg>not\s+|never\s+)?among\s+"
                    r"(?:those|the)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?(?P<what>[a-z]+)\b", re.IGNORECASE)
#: Adjectives English uses as nouns for those an act left so: "the dead" died (or were killed).
_LEFT_SO = {"dead": frozenset({stem("die"), stem("kill")})}
#: Verbs a question asks of its entity without a passive, the entity being the one it happened to.
_HAPPENED_TO = frozenset({stem("die")})
#: Words that make the clause a belief, a fear, a question or a hedge, not a statement.
_UNSTATED = frozenset({"if", "whether", "unless", "unclear", "unknown", "feared", "fear", "fears", "believed",
                       "believe", "believes", "thought", "may", "might", "could", "possibly", "probably", "reportedly",
                       "alleged", "allegedly", "rumoured", "rumored", "hoped", "denied", "claimed", "suspected"})
#: A title or apposition between the name and the verb: ", the mill's night supervisor,".
_APPOSITION = re.compile(r",[^,;:.]{1,60},\s*$")


@lru_cache(maxsize=4096)
def _bases(word: str) -> tuple[str, ...]:
    """The word and its verb base forms ("injured" → "injure")."""
    net = wordnet()
    return (word, *(net.base_forms(word, "v") if net else ()))


def act_says(predicate: str, what: str) -> bool:
    """Whether the group's word ("killed", "injured", "dead") says the asked verb: the same or a sure paraphrase, or
    a word whose first senses hold the asked verb while the asked verb holds it in a later one ("injured" for
    "hurt": to injure is to hurt)."""
    if what in _LEFT_SO:
        return stem(predicate) in _LEFT_SO[what]
    asked = stem(predicate)
    return any(says_word(predicate, w) or (related(w).get(asked, 0.0) >= SYNONYM and
                                           related(predicate).get(stem(w), 0.0) >= LATER_SENSE)
               for w in _bases(what))


def _named_before(before: str, names: list[str]) -> bool:
    """Whether one of the names ends ``before`` (the text up to the form of "be"), maybe with an apposition after it,
    and no hedge word stands between the clause's start and the name."""
    cut = _APPOSITION.sub("", before).rstrip()
    for name in names:
        if name and cut.lower().endswith(name.lower()):
            clause = re.split(r"[;:]", cut[:len(cut) - len(name)])[-1]
            return not (_UNSTATED & set(tokens(clause)))
    return False


def verdict(question: str, predicate: str | None, passive: bool, names: list[str], other_names: list[list[str]],
            rest: list[str], text: str) -> str | None:
    """"Yes" or "No" when ``text`` says the question's entity (``names``) is (not) among those the asked act was done
    to, the question's other entities (``other_names``, each by one of its names) and other words (``rest``) said
    there too; else None."""
    if not predicate or not names or not (passive or stem(predicate) in _HAPPENED_TO):
        return None
    low = text.lower()
    if any(not any(n and n.lower() in low for n in other) for other in other_names):
        return None
    if rest and coverage(rest, text) < 1.0:
        return None
    for m in _AMONG.finditer(text):
        if act_says(predicate, m["what"].lower()) and _named_before(text[:m.start()], names):
            return "No" if m["neg"] else "Yes"
    return None
