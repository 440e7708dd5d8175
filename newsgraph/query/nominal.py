"""An act named as a noun keeps its roles: "The resignation of A was announced" answers "did A resign?", "A's arrest
came after a raid" answers "was A arrested?".

Why: news names an act by its noun once it is known ("the arrest of A followed a three-month inquiry"), and the
act is taken as done when the noun phrase is the subject of a verb that tells the act came about or what followed
it ("was announced", "came", "followed", "took place"). The noun keeps the verb's roles: "of A" or "A's" is the
one the act was done to for a passive question ("was A arrested?"), the doer for a verb with no object ("did A
resign?"). Only "Yes", and only:

- the noun is built on the asked verb ("resignation" on "resign", "arrest" on "arrest": ``lexicon``), right before
  "of" + the entity's name (a title between allowed) or right after "A's";
- the noun phrase is the subject of such a verb right after it: "calls for the resignation of A grew", "a warrant
  for A's arrest was issued", "A's arrest would be a mistake" say nothing of it happening, and are not read;
- no word before it in its clause makes it a wish, a plan, a question or a denial ("demanded", "whether", "no");
- every other question word said in the sentence.
"""

from __future__ import annotations

import re

from .polarity import coverage
from .words import stem, tokens

#: Verbs that take an act's noun as subject and tell it came about, or what followed it.
_CAME_ABOUT = (r"(?:was|were|had\s+been|has\s+been)\s+(?:announced|confirmed|reported|made|carried\s+out)|came|"
               r"followed|took\s+place|happened|occurred|prompted|sparked|ended|capped")
#: A word of a title between "of" and the name ("the arrest of *former city treasurer* A"): no preposition or
#: conjunction, which would make the name another's ("the resignation of the lawyer *for* A").
_TITLE_WORD = r"(?!(?:for|of|to|with|by|from|and|or|at|on|in)\b)[a-z'’-]+"
#: Words before the noun in its clause that make the act no statement that it happened.
_UNSTATED = frozenset({"if", "whether", "no", "not", "never", "demand", "demanded", "demands", "demanding", "call",
                       "called", "calls", "calling", "urge", "urged", "urging", "sought", "seek", "seeking",
                       "possible", "potential", "planned", "proposed", "expected", "threatened", "rumoured",
                       "rumored", "rumours", "rumors", "denied", "warrant", "pending", "awaiting", "before", "after",
                       "against", "prevent", "prevented", "avoid", "avoided", "would", "could", "may", "might"})


#: Words after the verb that set the act in the future ("the release of A was announced *for* Monday", "... *next*
#: week"): announced, not done.
_LATER = frozenset({"tomorrow", "next", "later", "soon", "will", "upcoming"})


def _noun_says(noun: str, verb: str) -> bool:
    """Whether the noun is the asked verb's own noun: its stem, or built on it ("resignation" on "resign")."""
    root, said = stem(verb), stem(noun)
    return said == root or (len(root) >= 4 and said.startswith(root) and noun.endswith(("tion", "sion", "ment",
                                                                                         "al", "ure", "ance")))


def verdict(predicate: str | None, passive: bool, own_act: bool, names: list[str], rest: list[str],
            text: str) -> bool:
    """Whether ``text`` names the asked act as a noun of the question's entity (``names``) that came about: "of A" /
    "A's" in the role the question gives A (patient for a ``passive`` question, doer for an ``own_act``)."""
    if not predicate or not names or not (passive or own_act):
        return False
    if rest and coverage(rest, text) < 1.0:
        return False
    for name in names:
        if not name:
            continue
        quoted = re.escape(name)
        shapes = (rf"\b(?:the\s+)?(?P<noun>[a-z]+)\s+of\s+(?:{_TITLE_WORD}\s+){{0,3}}{quoted}(?:\s*,[^,;:.]{{1,40}},)?\s+"
                  rf"(?:{_CAME_ABOUT})\b",
                  rf"\b{quoted}\s*['’]s\s+(?P<noun>[a-z]+)\s+(?:{_CAME_ABOUT})\b")
        for shape in shapes:
            for m in re.finditer(shape, text, re.IGNORECASE):
                if not _noun_says(m["noun"].lower(), predicate):
                    continue
                clause = re.split(r"[;:,]", text[:m.start()])[-1]
                after = tokens(text[m.end():])  # the whole rest: "confirmed, and will take place next week"
                if not (_UNSTATED & set(tokens(clause))) and after[:1] != ["for"] and not (_LATER & set(after)):
                    return True
    return False


def own_act(question_words: list[str], predicate: str | None, entities: int) -> bool:
    """Whether an active question asks of its one entity's own act with no object ("did A resign?"): the predicate
    is its last content word ("did A buy the house?" has an object: "the purchase of A" is A bought)."""
    return bool(predicate) and entities == 1 and question_words[-1:] == [predicate]
