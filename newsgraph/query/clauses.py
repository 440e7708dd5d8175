"""A sentence cut into its clauses by plain punctuation and the words that open a new clause.

"Lopez was targeting the Elm gang, who had a feud with the Oak crew he belonged to": the answer to
"which gang did he belong to?" is in the clause that says "belonged", not in the one before its
comma. Without a parser at query time, a clause is read as the stretch between boundaries news
writing marks plainly: a semicolon or a dash, a comma before a relative or a contrasting word
(", who", ", which", ", while", ", but"), a comma and "and" before a verb (", and was elected"), and a
verb of saying, which sets its speaker apart from what is said ("Ann Lee says the man accused …"; what the verb of saying itself says, as "testified Tuesday that",
stays with the speaker).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Verbs of saying: each sets its speaker apart from what is said.
SAYING = re.compile(r"\b(?:says|said|saying|told|tells|testified|reported|added|announced)\b"
                    r"(?P<own>(?:\s+[\w'-]+){0,3}?\s+that\b)?", re.IGNORECASE)
#: Where a new clause starts (the match's end is the new clause's first character).
BOUNDARY = re.compile(
    r"\s*;\s*|\s+--\s+|\s*—\s*|"
    r",\s*(?=(?:who|whom|whose|which|where|while|whereas|but|although|though|because|when)\b)|"
    r",\s*and\s+(?=(?:was|were|is|are|has|had|have|will|would|then|later|also|[a-z]+ed)\b)",
    re.IGNORECASE)


@lru_cache(maxsize=512)
def boundaries(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each stretch that parts two clauses, in order: punctuation, a clause word, and a verb
    of saying (the speaker's clause ends before it; what is said starts after it, or after "that" when the
    verb's own words, "testified Tuesday that", come first)."""
    found = [m.span() for m in BOUNDARY.finditer(text)]
    found += _relative_ends(text)
    for m in SAYING.finditer(text):
        found.append((m.start(), m.start()))
        found.append((m.end(), m.end()))
    return tuple(sorted(found))


def _relative_ends(text: str) -> list[tuple[int, int]]:
    """Where a relative clause set off by commas ends and its sentence's own verb goes on: the next comma after
    ", who …" with a past verb after it ("The teacher, who had taught there for 30 years, *retired* in May"): what
    follows is the main clause's, not the relative clause's."""
    from .words import inflected_verb

    out = []
    for m in _RELATIVE.finditer(text):
        for after in _CLOSING_VERB.finditer(text, m.end()):  # ("who taught maths, music and art, retired")
            if inflected_verb(after["word"].lower()):
                out.append((after.start(), after.start("word")))
                break
    return out


#: The next comma and the word after it (a relative clause's end, when that word is a past verb).
_CLOSING_VERB = re.compile(r",\s*(?P<word>[a-z]{3,})\b")
#: A relative clause's opening: the name right before it is what the clause tells of ("Ann Lee, who wrote …").
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which|where)\b", re.IGNORECASE)
#: How far before a relative clause its name may end ("the Elm district, where …").
_ANTECEDENT_REACH = 12


def clause_bounds(text: str, at: int, *, antecedent_of: int | None = None) -> tuple[int, int]:
    """The (start, end) of the clause of ``text`` that holds the character at ``at``. With ``antecedent_of``
    (where a name ends), a relative clause that opens right after the name counts as the name's own clause
    too: "said family friend Ann Lee, who wrote the story" has her write it."""
    start, end = 0, len(text)
    found = boundaries(text)
    for index, (b_start, b_end) in enumerate(found):
        if b_end <= at:
            start = b_end
        elif b_start > at:
            end = b_start
            if antecedent_of is not None and b_start - antecedent_of <= _ANTECEDENT_REACH:
                # the relative clause (and those it opens in turn: "the Elm district, where the man, who …")
                while _RELATIVE.match(text, found[index][0]):
                    index += 1
                    end = found[index][0] if index < len(found) else len(text)
                    if index == len(found):
                        break
            break
    return start, end


def same_clause(text: str, a: int, b: int) -> bool:
    """Whether the characters at ``a`` and ``b`` of ``text`` stand in one clause."""
    return clause_bounds(text, a) == clause_bounds(text, b)
