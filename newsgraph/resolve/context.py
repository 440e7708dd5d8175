"""What an article says about each of its entities, in the shape linking needs.

``LocalEntity`` is one article entity as the resolver sees it: names, type,
mention count and *descriptor words* — the content words of what the article
said the entity is ("a teacher at a school in Ohio" → teacher, school, ohio),
with the role nouns among them ("teacher") kept apart, because two people of
one name with different roles are the clearest sign of two people.

It is built from an ``AnnotatedArticle`` at ingest time, or from the stored
``article_entities`` rows when links are rebuilt, so both paths link alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import AnnotatedArticle
from .names import fold, is_full, norm, specificity

if TYPE_CHECKING:
    from ..store import Store

#: Function words and vague nouns that say nothing about who an entity is.
_STOP = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "was", "were", "be", "been", "being", "his", "her", "their", "its", "this", "that", "these", "those", "who", "which", "whom", "whose", "also", "former", "formerly", "current", "currently", "now", "then", "one", "two", "three", "first", "second", "new", "old", "longtime", "long", "time", "year", "years", "month", "months", "day", "days", "mr", "mrs", "ms", "dr", "has", "have", "had", "not", "no", "but", "he", "she", "they", "it", "them", "him", "we", "our", "you", "your", "i", "my", "me", "own", "said", "says", "told", "according", "after", "before", "about", "into", "over", "under", "more", "most", "other", "some", "many", "than", "such", "very", "well", "just", "only", "same", "s"])

#: General role nouns (occupations, offices, kinship): a descriptor that names one of
#: these says what someone *is*. Two different roles are evidence of two people.
ROLE_WORDS = frozenset(["actor", "actress", "singer", "rapper", "musician", "drummer", "guitarist", "composer", "dancer", "comedian", "model", "writer", "author", "novelist", "poet", "journalist", "reporter", "editor", "columnist", "anchor", "host", "presenter", "producer", "director", "filmmaker", "photographer", "artist", "painter", "sculptor", "designer", "architect", "chef", "cook", "baker", "farmer", "fisherman", "miner", "teacher", "professor", "lecturer", "student", "pupil", "principal", "researcher", "scientist", "physicist", "chemist", "biologist", "economist", "historian", "engineer", "programmer", "developer", "analyst", "consultant", "accountant", "banker", "broker", "investor", "entrepreneur", "founder", "executive", "ceo", "cfo", "chairman", "chairwoman", "president", "manager", "employee", "worker", "clerk", "cashier", "secretary", "assistant", "nurse", "doctor", "physician", "surgeon", "dentist", "pharmacist", "therapist", "psychologist", "psychiatrist", "paramedic", "firefighter", "officer", "policeman", "policewoman", "detective", "sheriff", "deputy", "trooper", "soldier", "sergeant", "captain", "general", "colonel", "lieutenant", "admiral", "marine", "pilot", "sailor", "lawyer", "attorney", "prosecutor", "defender", "judge", "justice", "magistrate", "juror", "witness", "plaintiff", "defendant", "suspect", "inmate", "prisoner", "convict", "victim", "senator", "congressman", "congresswoman", "representative", "governor", "mayor", "minister", "diplomat", "ambassador", "politician", "candidate", "councilman", "councilwoman", "legislator", "spokesman", "spokeswoman", "spokesperson", "activist", "priest", "pastor", "bishop", "rabbi", "imam", "monk", "nun", "coach", "player", "footballer", "quarterback", "pitcher", "striker", "goalkeeper", "athlete", "boxer", "wrestler", "swimmer", "runner", "cyclist", "golfer", "jockey", "referee", "mother", "father", "daughter", "son", "sister", "brother", "wife", "husband", "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "girlfriend", "boyfriend", "fiance", "fiancee", "stepmother", "stepfather", "stepdaughter", "stepson", "neighbor", "neighbour", "landlord", "tenant", "owner", "driver"])

_WORD = re.compile(r"[a-z][a-z'-]+")


@dataclass(slots=True)
class LocalEntity:
    """One article entity, ready to link."""

    local_id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    words: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    #: The name first, then distinct short forms (by normalized form); computed once.
    names: list[str] = field(init=False)
    full: bool = field(init=False)
    specificity: int = field(init=False)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        self.names = []
        for n in (self.name, *self.aliases):
            key = norm(n)
            if key and key not in seen:
                seen.add(key)
                self.names.append(n)
        self.full = any(is_full(n, self.type) for n in self.names)
        self.specificity = max((specificity(n, self.type) for n in self.names), default=0)


def descriptor_words(texts: list[str], names: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(content words, role words) of an entity's descriptions, its own name words left out."""
    own = {w for n in names for w in _WORD.findall(fold(n))}
    words: set[str] = set()
    for text in texts:
        for w in _WORD.findall(fold(text)):
            w = w.strip("'-")
            if len(w) > 2 and w not in _STOP and w not in own:
                words.add(_singular(w))
    return frozenset(words), frozenset(w for w in words if w in ROLE_WORDS)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def locals_from_annotated(annotated: AnnotatedArticle) -> list[LocalEntity]:
    out = []
    for e in annotated.entities:
        names = [e.name, *e.aliases]
        words, roles = descriptor_words([d.text for d in e.descriptions], names)
        out.append(LocalEntity(e.id, e.name, e.type, list(e.aliases), len(e.mentions), words, roles))
    return out


def locals_from_store(store: Store, article_id: str) -> list[LocalEntity]:
    out = []
    for row in store.article_locals(article_id):
        texts = [d.get("text", "") for d in row.descriptions]
        words, roles = descriptor_words(texts, [row.name, *row.aliases])
        out.append(LocalEntity(row.local_id, row.name, row.type, row.aliases, row.mentions, words, roles))
    return out
