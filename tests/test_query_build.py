"""A small hand-made world for the query tests, and the 0003 indexes that serve it.

``Doc`` builds an ``AnnotatedArticle`` from sentences written here (invented
people, places and outlets): entities with their surface forms (mentions are
found in the text, so offsets always hold), descriptions, and claims with
their evidence sentence. ``world(store)`` writes six dated articles through
the real linker. Other query test modules import ``Doc`` and ``world``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from newsgraph.models import (
    AnnotatedArticle,
    Article,
    Claim,
    ClaimSource,
    ClaimTime,
    Description,
    Entity,
    Mention,
    Sentence,
    Span,
)
from newsgraph.readers import article_id
from newsgraph.resolve import link_article


@dataclass
class Doc:
    published: str
    sentences: list[str]
    source: str | None = None
    title: str | None = None
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = " ".join(self.sentences)
        self.spans: list[Sentence] = []
        offset = 0
        for i, s in enumerate(self.sentences):
            self.spans.append(Sentence(index=i, start=offset, end=offset + len(s), text=s))
            offset += len(s) + 1
        self._taken: set[int] = set()

    def entity(self, name: str, type: str, *forms: str, aliases: tuple[str, ...] = (),
               describe: tuple[str, ...] = ()) -> str:
        """A local entity; its mentions are every free occurrence of its name and ``forms``."""
        local = f"e{len(self.entities) + 1}"
        mentions = []
        for form in sorted({name, *forms}, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", self.text):
                if self._taken & set(range(m.start(), m.end())):
                    continue
                self._taken |= set(range(m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), m.group()))
        assert mentions, f"{name} is not in the text"
        descriptions = []
        for phrase in describe:
            start = self.text.index(phrase)
            sentence = next(s.index for s in self.spans if s.start <= start < s.end)
            descriptions.append(Description(text=phrase, start=start, end=start + len(phrase), sentence=sentence))
        mentions.sort(key=lambda m: m.start)
        self.entities.append(Entity(id=local, name=name, type=type, aliases=list(aliases), mentions=mentions,
                                    descriptions=descriptions))
        return local

    def claim(self, sentence: int, subject: str, predicate: str, obj: str | None, status: str, *, lemma: str,
              time: tuple[str | None, str] | None = None, source: tuple[str, ...] | None = None,
              args: dict | None = None, quote: str | None = None, kind: str = "event") -> None:
        """A claim of sentence ``sentence``; ``subject``/``obj`` are local ids ("e1") or phrases; ``source`` is
        (text, local id or None[, kind])."""
        span = self.spans[sentence]
        by_id = {e.id: e for e in self.entities}
        subject_entity = subject if subject in by_id else None
        object_entity = obj if obj in by_id else None
        claim_time = None
        if time:
            value, text = time
            start = span.text.find(text)
            claim_time = ClaimTime(value=value, text=text, start=span.start + start if start >= 0 else None,
                                   end=span.start + start + len(text) if start >= 0 else None)
        self.claims.append(Claim(
            id=f"c{len(self.claims) + 1}",
            subject=by_id[subject].name if subject_entity else subject,
            predicate=predicate,
            object=by_id[obj].name if object_entity else obj,
            status=status, evidence=Span(span.start, span.end, span.text), sentence=sentence,
            subject_entity=subject_entity, object_entity=object_entity, time=claim_time,
            source=ClaimSource(*source) if source else None,
            quote=quote, args=dict(args or {}), lemma=lemma, kind=kind,
        ))

    def build(self) -> AnnotatedArticle:
        article = Article(id=article_id(self.text), text=self.text, published=self.published, title=self.title,
                          source=self.source)
        for s in self.spans:
            assert self.text[s.start:s.end] == s.text
        return AnnotatedArticle(article=article, sentences=list(self.spans), entities=self.entities,
                                claims=self.claims, tokens=len(self.text.split()))

    def write(self, store) -> AnnotatedArticle:
        annotated = self.build()
        assert store.write_article(annotated, linker=link_article)
        return annotated


MARA = ("Mara Quinlan", "PERSON", "Quinlan")
TOBIAS = ("Tobias Renn", "PERSON", "Renn")
LENA = ("Lena Ostrow", "PERSON", "Ostrow")


def world(store) -> dict[str, AnnotatedArticle]:
    """Six articles on a made-up charity founder, 2021–2023, from two made-up outlets."""
    out = {}

    d = Doc("2021-03-02", [
        "Mara Quinlan founded Harbor Trust in 2019.",
        "The charity, based in Vellport, pays for river cleanups.",
        "Quinlan, a former ferry captain, plans to open a second office next year.",
    ], source="Daily Lantern", title="A captain's charity")
    m = d.entity(*MARA, aliases=("Quinlan",), describe=("a former ferry captain",))
    h = d.entity("Harbor Trust", "ORG", "The charity")
    d.entity("Vellport", "GPE")
    d.claim(0, m, "founded", h, "happened", lemma="found", time=("2019", "in 2019"))
    d.claim(2, m, "plans to open", "a second office", "planned", lemma="open", time=("2022", "next year"))
    out["a1"] = d.write(store)

    d = Doc("2022-06-10", [
        "Tobias Renn directed The Salt Road, a film about Harbor Trust.",
        "Renn met Mara Quinlan in Vellport in May 2022 to discuss the film.",
        "Quinlan wants to meet Lena Ostrow to discuss river funding.",
        "People close to Quinlan said no meeting has been arranged.",
        "Renn said: \"The river is the real star.\"",
    ], source="Coastline Wire", title="The Salt Road")
    t = d.entity(*TOBIAS)
    w = d.entity("The Salt Road", "WORK_OF_ART", describe=("a film about Harbor Trust",))
    h = d.entity("Harbor Trust", "ORG")
    m = d.entity(*MARA)
    d.entity("Vellport", "GPE")
    lena = d.entity(*LENA)
    d.claim(0, t, "directed", w, "happened", lemma="direct")
    d.claim(1, t, "met", m, "happened", lemma="meet", time=("2022-05", "in May 2022"),
            args={"purpose": "discuss the film", "location": "Vellport"})
    d.claim(2, m, "wants to meet", lena, "desired", lemma="meet", args={"purpose": "discuss river funding"},
            source=("People close to Quinlan", None))
    d.claim(4, t, "said", None, "happened", lemma="say", quote="The river is the real star.", kind="quote")
    out["a2"] = d.write(store)

    d = Doc("2023-01-15", [
        "Mara Quinlan served four years on the Vellport council.",
        "Quinlan opened a second office in Vellport in 2022.",
        "Lena Ostrow does not follow Quinlan on social media.",
    ], source="Daily Lantern", title="Council years")
    m = d.entity(*MARA)
    d.entity("Vellport", "GPE")
    lena = d.entity(*LENA)
    d.claim(0, m, "served", "four years on the Vellport council", "happened", lemma="serve")
    d.claim(1, m, "opened", "a second office", "happened", lemma="open", time=("2022", "in 2022"))
    d.claim(2, lena, "follows", m, "negated", lemma="follow")
    out["a3"] = d.write(store)

    d = Doc("2023-02-01", [
        "Mara Quinlan served five years on the Vellport council, the Wire found.",
        "Quinlan founded Harbor Trust in 2018, according to state filings.",
        "Quinlan asked to speak with Tobias Renn about a sequel.",
    ], source="Coastline Wire", title="Filings")
    m = d.entity(*MARA)
    d.entity("Vellport", "GPE")
    h = d.entity("Harbor Trust", "ORG")
    t = d.entity(*TOBIAS)
    d.claim(0, m, "served", "five years on the Vellport council", "happened", lemma="serve")
    d.claim(1, m, "founded", h, "happened", lemma="found", time=("2018", "in 2018"), source=("state filings", None))
    d.claim(2, m, "asked to speak with", t, "requested", lemma="speak", args={"topic": "a sequel"})
    out["a4"] = d.write(store)

    d = Doc("2023-03-01", [
        "Tobias Renn met Mara Quinlan in May 2022, the director recalled.",
    ], source="Daily Lantern", title="Recollections")
    t = d.entity(*TOBIAS)
    m = d.entity(*MARA)
    d.claim(0, t, "met", m, "happened", lemma="meet", time=("2022-05", "in May 2022"))
    out["a5"] = d.write(store)

    d = Doc("2023-04-20", [
        "Lena Ostrow praised the river cleanups.",
    ], source="Coastline Wire", title="Praise")
    d.entity(*LENA)
    out["a6"] = d.write(store)
    return out


@pytest.fixture()
def built(store):
    return world(store)


def test_offsets_hold_in_the_built_world(built):
    for annotated in built.values():
        text = annotated.article.text
        for e in annotated.entities:
            assert all(text[m.start:m.end] == m.text for m in e.mentions)
            assert all(text[d.start:d.end] == d.text for d in e.descriptions)
        for c in annotated.claims:
            assert text[c.evidence.start:c.evidence.end] == c.evidence.text


def _entity_claims(store, name):
    return [tuple(r) for r in store.conn.execute(
        """SELECT ec.role, ec.article_id, ec.claim_local FROM entity_claims ec JOIN entities e ON e.id = ec.entity_id
           WHERE e.name = ? ORDER BY 1, 2, 3""", (name,))]


def test_the_query_indexes_follow_links_and_claims(store, built):
    conn = store.conn
    links = conn.execute("SELECT count(*) FROM entity_links").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM entity_articles").fetchone()[0] == links
    # every linked subject and object is indexed, no more
    expected = conn.execute(
        """SELECT count(*) FROM claims c JOIN entity_links l ON l.article_id = c.article_id
           AND l.local_id IN (c.subject_local, c.object_local)""").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM entity_claims WHERE role != 'source'").fetchone()[0] == expected
    before = _entity_claims(store, "Lena Ostrow")
    assert before  # wants-to-meet (object) and does-not-follow (subject)
    # a curation that moves Lena's link in one article to another entity moves her claims with it
    other = conn.execute("INSERT INTO entities (name, type) VALUES ('Lena O.', 'PERSON') RETURNING id").fetchone()[0]
    a3 = built["a3"].article.id
    local = next(e.id for e in built["a3"].entities if e.name == "Lena Ostrow")
    conn.execute("UPDATE entity_links SET entity_id = ? WHERE article_id = ? AND local_id = ?", (other, a3, local))
    after = _entity_claims(store, "Lena Ostrow")
    assert len(after) == len(before) - 1
    assert _entity_claims(store, "Lena O.") == [("subject", a3, "c3")]
    # deleting a link forgets its rows; deleting an article forgets everything it held
    conn.execute("DELETE FROM entity_links WHERE article_id = ? AND local_id = ?", (a3, local))
    assert _entity_claims(store, "Lena O.") == []
    conn.execute("DELETE FROM articles WHERE id = ?", (a3,))
    assert conn.execute("SELECT count(*) FROM entity_articles WHERE article_id = ?", (a3,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM entity_claims WHERE article_id = ?", (a3,)).fetchone()[0] == 0


def test_claims_written_after_their_links_are_indexed(store, built):
    conn = store.conn
    a6 = built["a6"].article.id
    conn.execute(
        """INSERT INTO claims (article_id, local_id, sentence_idx, kind, subject, subject_local, predicate, lemma,
                               status, ev_start, ev_end, published_day)
           VALUES (?, 'c9', 0, 'event', 'Lena Ostrow', 'e1', 'praised', 'praise', 'happened', 0, 10, '2023-04-20')""",
        (a6,))
    assert ("subject", a6, "c9") in _entity_claims(store, "Lena Ostrow")
