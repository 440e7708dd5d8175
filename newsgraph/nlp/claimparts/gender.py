"""Grammatical gender of a person entity, from the article's own words, for pronoun agreement.

"she" must not resolve to a man named just before her ("her husband, Tom
Reed … she said"). An entity's gender is read, first cue wins, from:

1. an honorific before one of its mentions ("Mr.", "Ms.", "Mrs.", "Sir");
2. a gendered description of it ("her husband, X" → male; "X, a mother of
   three" → female): the description's head noun;
3. a given name that is clearly one gender (gender-guesser's name table;
   names it marks as used for both alike are left out).

Unknown stays ``None``: a pronoun may then resolve to the entity as before.
"""

from __future__ import annotations

from functools import lru_cache

from ...lexicon.people import FEMALE, MALE, NOUNS

PRONOUN_GENDER = {
    "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE,
    "he": MALE, "him": MALE, "his": MALE, "himself": MALE,
}

HONORIFICS = {
    "mr": MALE, "mr.": MALE, "sir": MALE, "lord": MALE, "mister": MALE,
    "ms": FEMALE, "ms.": FEMALE, "mrs": FEMALE, "mrs.": FEMALE, "miss": FEMALE, "lady": FEMALE,
    "madam": FEMALE, "dame": FEMALE, "mme": FEMALE, "mme.": FEMALE,
}


@lru_cache(maxsize=1)
def _given_names():
    """gender-guesser's table of about 40,000 given names from many countries."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


#: The table's verdicts; "andy" (used for both alike) and "unknown" stay unknown.
_NAME_GENDER = {"female": FEMALE, "mostly_female": FEMALE, "male": MALE, "mostly_male": MALE}


def noun_gender(head_lemma: str) -> str | None:
    return NOUNS.get(head_lemma)


def is_given_name(word: str) -> bool:
    """Whether a word is a given name in the table (of either gender, or both): "Jerry" is, "Ohio" and
    "Arsenal" are not, so a word in brackets between two names is read as a nickname only when it is one."""
    return len(word) >= 2 and word.isalpha() and _given_names().get_gender(word) != "unknown"


def given_name_gender(name: str) -> str | None:
    words = name.split()
    first = words[0].strip(".,") if words else ""
    if len(first) < 2 or not first.isalpha():
        return None
    return _NAME_GENDER.get(_given_names().get_gender(first))
