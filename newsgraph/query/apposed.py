"""What one entity is to another, as a sentence says it beside a name, for "how are A and B connected?".

News says a tie once, in an apposition, and then only tells what each did: "Ann Lee, Tom Ray's sister,
said …", "Tom Ray's sister, Ann Lee, said …", "Ann Lee, 48, Tom Ray's former partner, …". Those words
are the answer, and no claim carries them (the reader keeps "Ann Lee said", not the kinship). And two
people introduced by the same named body ("Acme receiver Ann Lee", "Acme lineman Tom Ray") are tied by
it though no sentence names both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .types import Citation

#: A possessive as written or as a tokenised corpus spaces it ("Ray's", "Ray’s", "Ray ' s", "Jones'").
_POSSESSIVE = r"\s*(?:'|’)\s*s?\s+"
#: What is owned: a lower-case noun phrase of up to four words ("father", "former business partner").
_OWNED = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?"
_AGE = r"(?:\d{1,3}\s*,\s*)?"
#: Words that head a phrase a possessive may open ("of B's release").
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "to", "by", "for", "from", "with", "after", "before", "since",
                           "during", "about", "over", "into"})
#: A tokenised corpus's possessive, written back as news writes it ("Ray ’ s" → "Ray’s", "Jones ' " → "Jones' ").
_SPACED_POSSESSIVE = re.compile(r"(\w)\s+(['’](?:\s*s\b)?)")


@dataclass(frozen=True, slots=True)
class Tie:
    """What ``citation`` says the described entity is to the other: ``phrase`` ("Tom Ray's sister")."""

    phrase: str
    citation: Citation


def alternation(forms) -> str:
    """The names as one regular-expression alternation, longest first (so "Ann Lee" wins over "Ann"); "" for
    none."""
    return "|".join(re.escape(f) for f in sorted({f for f in forms if f}, key=len, reverse=True))


@lru_cache(maxsize=64)
def _patterns(described: tuple[str, ...], other: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The two apposition patterns for these names: "A, [48,] B's N" and "B's N, A"."""
    a, b = alternation(described), alternation(other)
    owned = rf"((?:{b}){_POSSESSIVE}{_OWNED})"
    return (re.compile(rf"(?<!\w)(?:{a})\s*,\s*{_AGE}{owned}\s*(?=[,.;:]|$)"),
            re.compile(rf"(?<!\w){owned}\s*,\s*(?:{a})\s*(?=[,.;:]|$)"))


def possessive_tie(described: list[str], other: list[str], citation: Citation) -> Tie | None:
    """The phrase the sentence sets beside one of the ``described`` names that owns the other ("A, [48,]
    B's father," / "B's father, A"), or None. ``other`` holds the other's names and short forms."""
    if not described or not other:
        return None
    after_pattern, before_pattern = _patterns(tuple(described), tuple(other))
    after = after_pattern.search(citation.text)
    # the owned phrase first is an apposition only when the name closes it ("B's landlord, A, said"), and
    # no preposition heads it ("within a day of B's release, A wrote" is a time, not a tie)
    before = before_pattern.search(citation.text)
    if before is not None and set(citation.text[:before.start()].lower().split()[-1:]) & _PREPOSITIONS:
        before = None
    found = after or before
    if found is None:
        return None
    phrase = _SPACED_POSSESSIVE.sub(lambda m: m[1] + "".join(m[2].split()), " ".join(found.group(1).split()))
    return Tie(phrase=phrase, citation=citation)


def name_forms(name: str) -> list[str]:
    """A name and the single words of it a story may call its bearer by ("Tom", "Ray" for "Tom Ray")."""
    words = [w for w in name.split() if len(w) >= 3 and w[0].isupper()]
    return [name, *words] if len(words) > 1 else [name]


#: Words that open a description without naming anything ("the Acme receiver").
_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their"})


def body_named(description: str) -> str:
    """The name a description opens with, as a title put before a name does ("Acme" in "Acme defensive
    lineman", "Acme Post" in "the Acme Post reporter"); "" when it opens otherwise ("a former lineman")."""
    words = description.split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    name = []
    for word in words[:-1]:  # the last word is the role itself
        if not word[:1].isupper():
            break
        name.append(word)
    return " ".join(name)


def shared_body(mine: list[str], theirs: list[str]) -> tuple[str, str] | None:
    """One description of each that opens with the same name ("Acme receiver", "Acme lineman"), the most told
    first (the lists' order); None when no pair does."""
    for one in mine:
        for two in theirs:
            if body_named(one) and body_named(one) == body_named(two):
                return one, two
    return None
