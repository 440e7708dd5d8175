"""The records that flow through newsgraph, stage to stage.

One ``Article`` comes out of the readers; the nlp stage gives back an
``AnnotatedArticle`` that holds, as offsets into the one article text, its
sentences, entities (with their mentions), time expressions and claims. The
resolve stage links the article's local entities to the store's entities, and
the store keeps all of it. Every span is a pair of character offsets into
``Article.text`` (the text as read, after a date header is removed), so that
``article.text[start:end]`` is always the evidence.

These are plain dataclasses: cheap to build in the hot path, easy to turn into
JSON (``to_dict``) for the annotate contract and the API.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

#: OntoNotes entity types newsgraph keeps as entities.
ENTITY_TYPES = (
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART",
    "PRODUCT", "EVENT", "LAW", "LANGUAGE",
)

#: The statuses a claim can have (see DEVELOPERS.md, principle 1).
ClaimStatus = Literal[
    "happened", "ongoing", "planned", "requested", "desired", "possible", "negated", "failed",
]
CLAIM_STATUSES: tuple[str, ...] = (
    "happened", "ongoing", "planned", "requested", "desired", "possible", "negated", "failed",
)

#: A claim is shown as a fact (timelines, profiles, answers, open loops, conflicts) when its
#: confidence is at least this; below it, it is kept for search only (see ``nlp.claimparts.confidence``).
SHOWN_CONFIDENCE = 0.5

#: TimeML types of a time expression.
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article, as a reader found it.

    ``id`` is the hash of the normalized text (see ``readers.identity``), so the
    same article read twice, from any format, has the same id. ``doc_id`` is the
    identifier the source gave it (a JSONL ``id``, a feed entry id), if any.
    ``published`` is an ISO 8601 date (``2024-01-04``) or datetime with its
    offset (``2024-01-04T09:30:00-05:00``), or None for an undated article.
    """

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    doc_id: str | None = None
    origin: str | None = None  # where it was read: a path, "path:line", "path#entry"

    @property
    def published_date(self) -> str | None:
        """The publication day, ``YYYY-MM-DD``, without time of day."""
        return self.published[:10] if self.published else None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """One place the article names an entity (a name, never a pronoun)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


def description_key(noun: str) -> str:
    """The key a description's head noun is kept and looked up by (``Entity.described_as``): lower case, a plural
    "s" dropped ("defendants" → "defendant"; "actress" stays)."""
    low = noun.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 3 else low


@dataclass(frozen=True, slots=True)
class Reference:
    """One place the article refers to an entity without naming it: a pronoun ("she", "his", "I" in the
    entity's own quote) or a definite description ("the actress") that the claim reader resolved to it
    (not by a guess), in a sentence that does not name it. Retrieval reads these sentences too: "He was
    with the FBI" answers a question about the man the sentence before names."""

    start: int
    end: int
    text: str
    sentence: int
    kind: Literal["pronoun", "description"]


@dataclass(slots=True)
class Description:
    """What the article says an entity is ("a prominent reality TV star")."""

    text: str
    start: int
    end: int
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Entity:
    """One entity of one article: its best name, type, short forms and mentions.

    ``id`` is local to the article ("e1", "e2", …); the resolve stage links it
    to an entity of the store.
    """

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)  # filled by the claim reader (``nlp.claims``)
    # the head nouns the article describes it by ("the defendant", "Ann Lee, a nurse"), also by the claim reader
    described_as: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "descriptions": [d.to_dict() for d in self.descriptions],
        }


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression and its TIMEX3 value, read against the publication date.

    ``value`` is None when the expression cannot be resolved (never guessed).
    ``granularity`` is one of day, month, year, decade, century, quarter, season,
    week, time, duration, set, ref (PAST_REF/PRESENT_REF/FUTURE_REF), or None.
    """

    start: int
    end: int
    text: str
    type: str = "DATE"
    value: str | None = None
    granularity: str | None = None
    anchor: str | None = None  # the date it was read against, if not the publication date

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text,
            "type": self.type, "value": self.value, "granularity": self.granularity,
        }


@dataclass(slots=True)
class ClaimTime:
    value: str | None
    text: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class ClaimSource:
    """Who says so: an entity of the article, a phrase ("sources close to TMZ"), or the outlet."""

    text: str
    entity: str | None = None  # local entity id
    kind: str = "attribution"  # attribution | quote | outlet

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Claim:
    """Who did what to whom, when, according to whom, and whether it happened.

    Built from one sentence: ``evidence`` is that sentence's span. ``subject``
    and ``object`` are the phrases as the sentence has them; when they refer to
    an entity of the article, ``subject_entity``/``object_entity`` hold its
    local id and ``subject``/``object`` hold the entity's name.
    """

    id: str
    subject: str
    predicate: str
    object: str | None
    status: str
    evidence: Span
    sentence: int
    subject_entity: str | None = None
    object_entity: str | None = None
    time: ClaimTime | None = None
    source: ClaimSource | None = None
    quote: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    lemma: str | None = None  # the predicate's head lemma, for matching across articles
    kind: str = "event"  # event | attribute | quote
    #: How far the reading can be trusted, from checks that hold for any article; the failed
    #: checks are named in ``args["checks"]`` so a reader can see why a claim is hidden.
    confidence: float = 1.0

    @property
    def shown(self) -> bool:
        """Whether the claim is shown as a fact (else kept for search only)."""
        return self.confidence >= SHOWN_CONFIDENCE

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "subject_entity": self.subject_entity,
            "predicate": self.predicate,
            "object": self.object,
            "object_entity": self.object_entity,
            "status": self.status,
            "time": self.time.to_dict() if self.time else None,
            "source": self.source.to_dict() if self.source else None,
            "quote": self.quote,
            "args": dict(self.args),
            "kind": self.kind,
            "lemma": self.lemma,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(slots=True)
class AnnotatedArticle:
    """An article with everything the nlp stage read in it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    tokens: int = 0
    #: The sentences' meaning vectors (a float32 array, row i: sentence i), when the sentence encoder computed
    #: them (``nlp.encoder``); None without it. Written with the article, read by ``ask``'s ranking.
    vectors: Any = None
    #: The model (package==version, ``nlp.encoder.model_id``) that made ``vectors``: a store keeps one model's.
    vector_model: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The annotate contract (schema: ``newsgraph/schema/annotate.schema.json``)."""
        a = self.article
        return {
            "id": a.doc_id or a.id,
            "article_id": a.id,
            "published": a.published,
            "title": a.title,
            "source": a.source,
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "claims": [c.to_dict() for c in self.claims],
        }
