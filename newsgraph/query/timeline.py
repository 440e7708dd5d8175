"""An entity's timeline: its claims in the order things happened, not the order they were reported.

Each claim sits where its stated time puts it (``when.place``: "2017" before
"2023-11" before "2024-01-04"); a claim with no stated calendar time sits at its
article's publication day, marked ``reported``. The same event told by several
articles (same subject and object entities, same predicate lemma, same time and
status) is one entry with every source. ``with_`` keeps the claims between the
entity and another one; ``start``/``end`` keep the entries whose period meets
that range. An entity with tens of thousands of claims is read from its newest
``limit`` claims and the result says so (``truncated``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .datelines import WEEKDAY, with_datelines
from .entities import find_entity, names_of
from .graph import rarer
from .load import load_claim_keys, load_claims
from .phrases import clause, sentence
from .types import CitedClaims, ClaimView, EntityMatch
from .when import When, place
from .words import FUNCTION_WORDS, stem, tokens

#: How many of an entity's newest claims a timeline reads at most.
SCAN_LIMIT = 500


@dataclass(slots=True)
class TimelineEntry(CitedClaims):
    """One event: when, what, its status, and every article that told it."""

    when: When
    statement: str
    status: str
    claims: list[ClaimView] = field(default_factory=list)

    @property
    def time_text(self) -> str | None:
        return next((c.time_text for c in self.claims if c.time_text), None)

    def to_dict(self) -> dict[str, Any]:
        return {**self.when.to_dict(), "time_text": self.time_text, "statement": self.statement,
                "status": self.status, "sources": self.sources,
                "citations": [c.to_dict() for c in self.citations],
                "claims": [c.to_dict() for c in self.claims]}


@dataclass(slots=True)
class Timeline:
    match: EntityMatch
    with_: EntityMatch | None
    start: str | None
    end: str | None
    entries: list[TimelineEntry]
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.match.entity.to_dict(), "with": self.with_.entity.to_dict() if self.with_ else None,
                "from": self.start, "to": self.end, "truncated": self.truncated,
                "entries": [e.to_dict() for e in self.entries]}


#: A time told in words a reader can place on a calendar though the store could not date it (an article with no
#: publication date says "on Saturday night", "Jan. 6"): a weekday, a month, a figure.
_DAY_WORDS = re.compile(rf"\b{WEEKDAY}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
                        r"oct|nov|dec)[a-z]*\b|\d", re.IGNORECASE)


#: What a line says of a time told only in words (``line_lead``): the composer's frame, not the article's.
UNDATED = "date not stated"


def line_lead(entry: "TimelineEntry") -> str:
    """What a dated line starts with: the entry's date; for one placed only by its report, "Reported <day>" (with
    the time its sentence states in words, when it states one the store could not date: "Sunday (reported <day>)");
    for one whose article has no date, the time its sentence states in words, marked as no date ("Saturday
    night (date not stated)": the reader's clue to the order, never a guessed day); else "Date not stated"."""
    label = entry.when.label
    if not entry.when.reported:
        return f"{entry.when.text}: "  # as a reader says it ("1980s", "autumn 1998"), never the raw TIMEX3 value
    stated = next((c.time_text for c in entry.claims if c.time_text and _DAY_WORDS.search(c.time_text)), None)
    if label and stated:  # "Sunday (reported 2013-07-22)": the day in words beside the report's, neither guessed
        return f"{' '.join(stated.split())} (reported {label}): "
    if label:
        return f"Reported {label}: "
    if stated:
        return f"{' '.join(stated.split())} ({UNDATED}): "
    return f"{UNDATED.capitalize()}: "


def event_key(claim: ClaimView) -> tuple:
    """What makes two claims one event: who, to whom, which verb, when, and whether it happened."""

    def side(entity, text):
        return ("e", entity.id) if entity else ("t", " ".join(stem(w) for w in tokens(text or "")))

    verb = stem(claim.lemma) if claim.lemma else " ".join(stem(w) for w in tokens(claim.predicate))
    return (side(claim.subject_entity, claim.subject), side(claim.object_entity, claim.object), verb,
            claim.time or None, claim.status)


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def when_of(claim: ClaimView) -> When:
    """Where a claim sits in time: its own time, else for an attribute ("X is a 2011 novel") the
    year its description names, else its report day."""
    when = place(claim.time, claim.day)
    if when.reported and (claim.kind == "attribute" or claim.lemma == "be") and claim.object:
        years = set(_YEAR.findall(claim.object))
        if len(years) == 1:
            year = years.pop()
            return When(start=f"{year}-01-01", end=f"{year}-12-31", precision="year", value=year, reported=False,
                        note="described")
    return when


def group_events(claims: list[ClaimView]) -> list[TimelineEntry]:
    """Claims grouped into events, each placed in time (the earliest report of it wins when undated)."""
    groups: dict[tuple, list[ClaimView]] = {}
    for claim in claims:
        groups.setdefault(event_key(claim), []).append(claim)
    entries = []
    for members in groups.values():
        members.sort(key=lambda c: (c.day or "", c.article, c.id))
        first = members[0]
        entries.append(TimelineEntry(when=when_of(first), statement=sentence(clause(first)),
                                     status=first.status, claims=members))
    entries.sort(key=lambda e: (e.when.sort_key, e.claims[0].day or "", e.claims[0].article, e.claims[0].id))
    return entries


def about_keys(store, entity_id: int, *, as_of: str | None, articles: int = 300,
               names: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Claims of the entity's newest articles that name it only inside a phrase ("a film on Ann's case").

    Matched on the names the article itself uses for the entity (its name and
    short forms) and on ``names`` (the store's for it); the caller keeps the
    dated ones, since an undated mention says nothing about when.
    """
    rows = store.claims_near_entity(entity_id, as_of=as_of, articles=articles)
    known = [set(tokens(n)) for n in names if tokens(n)]
    forms_of: dict[tuple[str, str | None], list[set[str]]] = {}  # an article's names repeat on each of its claims
    keys = []
    for article_id, claim_id, subject, obj, args, name, aliases in rows:
        forms = forms_of.get((name, aliases))
        if forms is None:
            forms = forms_of[(name, aliases)] = _forms(name, aliases) + known
        text = f"{subject} {obj or ''} {args or ''}"
        # a form's words are all in the text's words only if each is in its lower-cased text: most claims
        # are ruled out by that, without cutting them into words
        low = text.lower().replace("’", "'")
        if not any(all(w in low for w in f) for f in forms):
            continue
        words = set(tokens(text))
        if any(f <= words for f in forms):
            keys.append((article_id, claim_id))
    return keys


#: How far into an article its lede may start (after a headline, a dateline and a caption or subhead or two:
#: lines with no sentence's closing punctuation).
LEDE_SENTENCES = 5


def lede_keys(store, claims: list[ClaimView]) -> set[tuple[str, str]]:
    """The keys of the claims told in their article's lede: its headline, or its first sentence after the
    headline and dateline lines (those without a sentence's closing punctuation). What an article reports as
    its news happened by the day it was reported, even when it gives no date ("Airbus unveiled plans for
    the A380", "most of its bondholders did not exchange GM's debt")."""
    from .fulltext import is_title
    from .load import sentence_citations

    near = [c for c in claims if c.citation.sentence < LEDE_SENTENCES]
    before = {(c.article, i) for c in near for i in range(c.citation.sentence)}
    heads = {k.key for k in sentence_citations(store, sorted(before)) if is_title(k)} if before else set()
    return {c.key for c in near
            if is_title(c.citation) or all((c.article, i) in heads for i in range(c.citation.sentence))}


#: Words that bound a question's time by another event ("since her release", "before the trial").
BOUNDED = re.compile(r"\b(?:since|before|after|until|till|between|during)\b", re.IGNORECASE)
#: Words that ask for a timeline and name nothing of its topic ("Timeline of …", "the history of …").
TIMELINE_WORDS = frozenset({"timeline", "chronology", "history", "events", "event", "happen", "happened", "key",
                            "major", "main"})
#: Sentences read (best full-text match first) for the timeline of something no entity stands for.
WORDS_SENTENCES = 40


def timeline_of_words(store, words: list[str], *, start: str | None = None, end: str | None = None,
                      as_of: str | None = None) -> list[TimelineEntry]:
    """The timeline of a thing the store has no entity for ("the iPhone" when only "iPhone 4" is one): the
    claims of the sentences that name it (full-text, bounded) whose own phrases name it, those with a stated
    time or told in a lede, in time order."""
    topic = [w for w in words if w not in TIMELINE_WORDS]
    if not topic:
        return []
    sentences = store.fulltext_sentence_keys([[w] for w in topic], as_of=as_of, limit=WORDS_SENTENCES)
    claims = [c for c in load_claim_keys(store, store.claim_keys_in_sentences(sentences, limit=5 * WORDS_SENTENCES))
              if set(topic) <= set(tokens(" ".join(filter(None, [c.subject, c.object, *map(str, c.args.values())]))))]
    ledes = lede_keys(store, [c for c in claims if when_of(c).reported])
    claims = [c for c in claims if not when_of(c).reported or c.key in ledes]
    return [e for e in group_events(with_datelines(store, claims)) if e.when.overlaps(start, end)]


#: How many of the entity's newest articles are read for the events of a topic ("the protests", "the arrests").
TOPIC_ARTICLES = 12
#: How many of their sentences (those stating a time in words) have their claims read.
TOPIC_SENTENCES = 60
#: How surely one sentence of an article must say a topic word for the article to be about the topic.
TOPIC_MATCH = 0.5


def stated(entry: TimelineEntry) -> bool:
    """Whether the entry's time is stated: a calendar date, or words a reader can place (``line_lead``)."""
    return not entry.when.reported or any(c.time_text and _DAY_WORDS.search(c.time_text) for c in entry.claims)


def topic_entries(store, entity_id: int, topic: list[str], *, start: str | None = None, end: str | None = None,
                  as_of: str | None = None) -> list[TimelineEntry]:
    """The events of a topic of the entity's ("the timeline of X's protests"): the claims with a stated time
    (``stated``) of those of its newest articles one of whose sentences says a topic word ("protesters",
    "riot" for "protests"), whoever their subject is: the protests' events ("fights erupted Wednesday night")
    seldom have the entity as subject or object. Bounded: ``TOPIC_ARTICLES`` articles, ``TOPIC_SENTENCES``
    of their sentences."""
    from .lexicon import match, phrase_keys
    from .load import sentence_citations

    if not topic:
        return []
    sentences = sentence_citations(store, store.entity_sentence_keys(entity_id, as_of=as_of, articles=TOPIC_ARTICLES))
    on_topic = set()
    for citation in sentences:
        if citation.article not in on_topic:
            stems_, ordered = phrase_keys(citation.text)
            if any(match(w, stems_, ordered) >= TOPIC_MATCH for w in topic):
                on_topic.add(citation.article)
    timed = [c.key for c in sentences if c.article in on_topic and _DAY_WORDS.search(c.text)][:TOPIC_SENTENCES]
    claims = load_claim_keys(store, store.claim_keys_in_sentences(timed, limit=4 * TOPIC_SENTENCES))
    return [e for e in group_events(with_datelines(store, claims)) if stated(e) and e.when.overlaps(start, end)]


def hidden_dated(store, entity_id: int, *, start: str | None = None, end: str | None = None,
                 as_of: str | None = None, limit: int = SCAN_LIMIT) -> list[ClaimView]:
    """The entity's claims the reader did not trust (``models.SHOWN_CONFIDENCE``) whose sentence states a
    calendar time ("In 2004, Ann Lee was charged with …" read with a garbled clause): a timeline lists them by
    quoting their sentence at that time (``is_hidden``), never as a clause, so the date a sentence states is not
    lost with its clause, and nothing the sentence does not say is stated."""
    keys = store.entity_claim_keys(entity_id, as_of=as_of, limit=limit)
    # the sentence names the entity: a hidden claim may be hidden because its link was a guess ("He was cleared
    # in 2011", "the 30-year-old …"), and a quoted line in X's timeline must be about X on its face
    # (by a whole name or its last word: "Reel" of "Tovan Reel")
    names = {tokens(n)[-1] for n in names_of(store, [entity_id]) if tokens(n)} - FUNCTION_WORDS
    return [c for c in load_claims(store, keys, shown_only=False)
            if is_hidden(c) and listable(c) and when_of(c).overlaps(start, end)
            and names & set(tokens(c.citation.text))]


def listable(claim: ClaimView) -> bool:
    """Whether a list may place a hidden claim in time: an event whose sentence states the calendar time it is
    placed at, year and all (its line quotes that sentence: ``hidden_dated``). A time read against the article's
    day ("today", "Thursday", "Christmas", or "tomorrow" of "the cars of tomorrow") is the reader's inference on
    a clause it did not trust: placed at that day, the quoted sentence would seem to say a date it does not."""
    return claim.kind == "event" and bool(claim.time and claim.time_text) and claim.time_text in claim.citation.text \
        and _STATED_YEAR.search(claim.time_text) is not None and not when_of(claim).reported


#: A year written out (``listable``): "in 2004", "May 3, 1999", "the 1990s".
_STATED_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d(?:s)?\b")


def is_hidden(claim: ClaimView) -> bool:
    """Whether the reader did not trust the claim (below ``models.SHOWN_CONFIDENCE``): said only as its sentence."""
    from ..models import SHOWN_CONFIDENCE

    return claim.confidence < SHOWN_CONFIDENCE


def _forms(name: str, aliases: str | None) -> list[set[str]]:
    """The words of each name an article uses for an entity (its name, then its short forms)."""
    try:
        return [found for found in (set(tokens(f)) for f in [name, *json.loads(aliases or "[]")]) if found]
    except ValueError:
        return [set(tokens(name))]


def _naming(store, entity_id: int, other_id: int, *, as_of: str | None, skip: set, limit: int) -> list[ClaimView]:
    """The entity's claims that involve the other one without linking it as subject or object: as the
    source, or named in the claim's phrases ("resigned as chief of Acme", "a film about Ann")."""
    names = [set(tokens(n)) for n in names_of(store, [other_id]) if tokens(n)]
    found = []
    for claim in load_claims(store, store.entity_claim_keys(entity_id, roles=("subject", "object", "source"),
                                                             as_of=as_of, limit=limit)):
        if claim.key in skip:
            continue
        if claim.source_entity is not None and other_id in {claim.source_entity.id} | claim.entity_ids():
            found.append(claim)
            continue
        words = set(tokens(" ".join(filter(None, [claim.subject, claim.object, *map(str, claim.args.values())]))))
        if any(n <= words for n in names):
            found.append(claim)
    return found


def short_forms(store, entity) -> list[int]:
    """Other entities the store keeps for the same thing under a short form of its name: those of its type
    *named* by the name's last words ("A380" beside "Airbus A380", "Gomes" beside "Gary Gomes"), where one
    article's resolver did not join them. Never an entity with a longer name of its own ("Ann Gomes")."""
    words = entity.name.split()
    found = []
    for cut in range(1, len(words)):
        tail = " ".join(words[cut:])
        if len(tail) < 3 or not any(ch.isalpha() or ch.isdigit() for ch in tail):
            continue
        found += [row.id for row in store.entity_briefs_named(tail) if row.type == entity.type and row.id != entity.id]
    return list(dict.fromkeys(found))


#: "since her release", "after Ann Lee's death": a time bound set by an event of the entity, not by a date.
_SINCE_EVENT = re.compile(r"\b(since|after|before|until)\s+(?:(his|her|its|their)|(.+?)(?:'s|’s))\s+([a-z]+)\b",
                          re.IGNORECASE)
#: How many of the entity's newest claims are read for the event that sets a bound.
ANCHOR_READ = 100


@dataclass(frozen=True, slots=True)
class EventBound:
    """A time bound read from an event the question names: ``start`` for "since/after", ``end`` for
    "before/until", and whose event it is (``entity``: the question's entity the possessor names)."""

    start: str | None
    end: str | None
    entity: int


def bound_owner(text: str, entities: list):
    """The entity whose event a question's bound names ("since *her* release": the first entity; "after *Ann
    Lee's* death": the one it names), or None when the question sets no such bound."""
    found = _SINCE_EVENT.search(text)
    if not found or not entities:
        return None
    _, pronoun, owner, _ = found.groups()
    if pronoun:
        return entities[0].entity
    owned = [n for n in entities if owner and n.text.lower() in owner.lower()]
    return owned[-1].entity if owned else None


def event_bound(store, text: str, entities: list, *, as_of: str | None) -> EventBound | None:
    """The bound "since her release" sets: the stated time of the possessor's event (a claim of theirs, as
    subject or object, whose verb is of the noun's family: "release" ~ "paroled", "death" ~ "died"), the
    earliest when several say it; None when no claim states its time (never a guess). "Her" is the
    question's first entity; "Ann Lee's" one the question names."""
    from .words import family

    found = _SINCE_EVENT.search(text)
    entity = bound_owner(text, entities)
    if not found or entity is None:
        return None
    word, _, _, noun = found.groups()
    kin = family(noun)
    claims = load_claims(store, store.entity_claim_keys(entity.id, roles=("subject", "object"), as_of=as_of,
                                                        limit=ANCHOR_READ))
    times = [when_of(c) for c in claims
             if c.status == "happened" and c.lemma and family(c.lemma) == kin and not when_of(c).reported]
    if not times:
        return None
    first = min(times, key=lambda w: w.sort_key)
    if word.lower() in ("since", "after"):
        return EventBound(start=first.start, end=None, entity=entity.id)
    return EventBound(start=None, end=first.end, entity=entity.id)


def timeline(store, name: str, *, with_: str | None = None, start: str | None = None, end: str | None = None,
             as_of: str | None = None, limit: int = SCAN_LIMIT) -> Timeline:
    """The claims of ``name`` in valid-time order, one entry per event, with sources and citations.

    Besides the claims the entity is subject or object of, the dated claims
    that name it inside a phrase join its timeline (not with ``with_``).
    """
    match = find_entity(store, name)
    other = find_entity(store, with_) if with_ else None
    if other is not None:
        first, second = rarer(store, match.entity.id, other.entity.id)
        claims = load_claims(store, store.claim_keys_linking(first, second, as_of=as_of, scan=limit * 5,
                                                             limit=limit))
        for one, two in ((first, second), (second, first)):
            claims += _naming(store, one, two, as_of=as_of, skip={c.key for c in claims}, limit=limit)
    else:
        claims, about = [], []
        for index, entity_id in enumerate([match.entity.id, *short_forms(store, match.entity)]):
            claims += load_claims(store, store.entity_claim_keys(entity_id, as_of=as_of, limit=limit))
            names = names_of(store, [entity_id])
            about += about_keys(store, entity_id, as_of=as_of, names=names, articles=300 if index == 0 else 50)
        known = {c.key for c in claims}
        found = load_claim_keys(store, [k for k in dict.fromkeys(about) if k not in known])
        ledes = lede_keys(store, [c for c in found if when_of(c).reported])
        claims += [c for c in found if not when_of(c).reported or c.key in ledes]
    claims = with_datelines(store, claims)  # an undated article's events at the day its dateline prints
    entries = [e for e in group_events(claims) if e.when.overlaps(start, end)]
    return Timeline(match=match, with_=other, start=start, end=end, entries=entries,
                    truncated=len(claims) >= limit)
