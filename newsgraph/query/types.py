"""The typed results of the query stage.

Every statement the query stage hands out carries the sentences that back it
(``Citation``): the article, its date and outlet, and the sentence with its
offsets into the article text, so ``article.text[start:end] == text`` and a
reader can always go and look. Results are plain dataclasses with
``to_dict()`` for JSON (the CLI's ``--format json`` and the API).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..timedisplay import readable
from .phrases import statement


#: How an article without a known outlet is named (stores written before readers always named one).
UNKNOWN_OUTLET = "unknown outlet"


def outlet_label(source: str | None) -> str:
    """The outlet as people see it: its name, never an article id."""
    return source or UNKNOWN_OUTLET


@dataclass(frozen=True, slots=True)
class Citation:
    """One sentence of one article: the evidence for a statement."""

    article: str
    published: str | None
    source: str | None  # the outlet
    title: str | None
    sentence: int
    start: int
    end: int
    text: str
    outlets: tuple[str, ...] = ()  # the outlets that carried the article (its own and its syndicated copies')
    # store entities the sentence refers to without naming them ("he", "the actress": ``query.referred``)
    refers: tuple[int, ...] = ()

    @property
    def carried_by(self) -> int:
        """How many outlets carried the article (a wire story carried by 30 sites: 30)."""
        return max(len(self.outlets), 1)

    @property
    def key(self) -> tuple[str, int]:
        return (self.article, self.sentence)

    @property
    def day(self) -> str | None:
        return self.published[:10] if self.published else None

    def to_dict(self) -> dict[str, Any]:
        out = {**asdict(self), "outlets": list(self.outlets), "carried_by": self.carried_by}
        del out["refers"]  # how retrieval found it, not what it cites
        return out


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A store entity, as results name it."""

    id: int
    name: str
    type: str
    mentions: int = 0
    articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class EntityMatch:
    """The entity a name was read as, how, and the others it could have been."""

    entity: EntityRef
    how: str  # name | alias | name-nocase | id | tokens | given
    alternatives: tuple[EntityRef, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity.to_dict(), "how": self.how,
                "alternatives": [a.to_dict() for a in self.alternatives]}


@dataclass(slots=True)
class ClaimView:
    """A stored claim with its entities resolved to store entities and its evidence as a citation."""

    article: str
    id: str  # the claim's id within its article
    kind: str
    subject: str  # the store entity's name when linked, else the phrase as read
    subject_entity: EntityRef | None
    predicate: str
    lemma: str | None
    object: str | None
    object_entity: EntityRef | None
    status: str
    time: str | None  # TIMEX3 value (for machines; people read ``readable(time)``)
    time_text: str | None
    source: str | None  # who says so, as read ("sources close to the agency")
    source_entity: EntityRef | None
    source_kind: str | None
    quote: str | None
    args: dict[str, Any]
    day: str | None  # the article's publication day
    citation: Citation
    confidence: float = 1.0  # the reader's trust in it (``models.SHOWN_CONFIDENCE`` and up is shown)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article, self.id)

    def entity_ids(self) -> set[int]:
        return {e.id for e in (self.subject_entity, self.object_entity) if e is not None}

    @property
    def statement(self) -> str:
        """The claim said as one sentence with its time (``phrases.statement``)."""
        return statement(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement, "article": self.article, "id": self.id, "kind": self.kind,
            "subject": self.subject, "subject_entity": _ref(self.subject_entity),
            "predicate": self.predicate, "lemma": self.lemma,
            "object": self.object, "object_entity": _ref(self.object_entity),
            "status": self.status, "time": self.time, "time_display": readable(self.time),
            "time_text": self.time_text,
            "source": self.source, "source_entity": _ref(self.source_entity), "source_kind": self.source_kind,
            "quote": self.quote, "args": dict(self.args), "published": self.day,
            "confidence": self.confidence, "citation": self.citation.to_dict(),
        }


def _ref(entity: EntityRef | None) -> dict[str, Any] | None:
    return entity.to_dict() if entity else None


class CitedClaims:
    """What a group of claims telling one thing offers: its citations and its sources.

    A mixin for result records with a ``claims: list[ClaimView]`` field (timeline
    entries, sides of a conflict, open loops), so every such record cites the same way.
    """

    __slots__ = ()
    claims: list[ClaimView]

    @property
    def citations(self) -> list[Citation]:
        return [c.citation for c in self.claims]

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(outlet_label(c.citation.source) for c in self.claims))
