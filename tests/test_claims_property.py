"""Invariants of every claim, on generated text and on real articles.

For any input: each claim's evidence is exactly one annotated sentence of its
article; every offset it carries (evidence, time, predicate words) points at
the text it names; a quote is a piece of its evidence; ids, statuses, kinds
and entity references are well formed; a settled claim points at a claim
that exists.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.models import CLAIM_STATUSES, Article

NAMES = ["Maria Lopez", "Tom Reed", "Ana Silva", "the council", "Acme Corp", "Jonas Berg", "she", "they",
         "the company", "Priya Nair", "it"]
VERBS = ["wants to meet", "met", "will visit", "did not sign", "plans to buy", "thanked", "may close",
         "failed to pass", "follows", "said that the deal collapsed", "is open to the idea of working with",
         "took to Instagram to praise", "expressed interest in producing", "is", "asked", "has not yet met"]
OBJECTS = ["Tom Reed", "a new stadium", "the report", "Maria Lopez", "her plans", "the old factory",
           "a documentary on the case", "its rival", "them"]
TAILS = ["", " in 2019", " last week", " back in November", " on social media", " to discuss the budget",
         " for recommending the film", ", according to Reuters", ", as per the Gazette", " in Springfield"]
OPENERS = ["", "Reportedly, ", "In 2021, ", "During that exchange, ", "Although the meeting has not materialized, ",
           "Since her release, there has been no contact between her and Tom Reed, and "]
SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", " \t ", "\u00a0", ""])
ENDS = st.sampled_from([".", "!", "?", "...", ";", "", ".\u201d", "\u2026"])


@st.composite
def sentence(draw):
    text = draw(st.sampled_from(OPENERS)) + draw(st.sampled_from(NAMES)).capitalize() + " " + \
        draw(st.sampled_from(VERBS)) + " " + draw(st.sampled_from(OBJECTS)) + draw(st.sampled_from(TAILS))
    if draw(st.booleans()):
        quote = draw(st.sampled_from(["\u201c", '"', "\u00ab"]))
        close = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb"}[quote]
        text = f"{draw(st.sampled_from(NAMES)).capitalize()} said, {quote}we will fix {draw(st.sampled_from(OBJECTS))} soon{close}"
    return text + draw(ENDS)


@st.composite
def article_text(draw):
    parts = draw(st.lists(sentence(), min_size=1, max_size=5))
    out = draw(SPACES)
    for p in parts:
        out += p + draw(SPACES)
    return out


def check_invariants(annotated) -> None:
    text = annotated.article.text
    spans = {(s.start, s.end, s.text) for s in annotated.sentences}
    for s in annotated.sentences:
        assert text[s.start:s.end] == s.text
    entity_ids = {e.id for e in annotated.entities}
    claim_ids = [c.id for c in annotated.claims]
    assert claim_ids == [f"c{i}" for i in range(1, len(claim_ids) + 1)]
    for c in annotated.claims:
        ev = c.evidence
        assert (ev.start, ev.end, ev.text) in spans, (c.id, ev)
        assert text[ev.start:ev.end] == ev.text
        assert annotated.sentences[c.sentence].start == ev.start
        assert c.status in CLAIM_STATUSES
        assert c.kind in ("event", "attribute", "quote")
        assert c.predicate and c.predicate.strip() == c.predicate
        assert c.subject_entity is None or c.subject_entity in entity_ids
        assert c.object_entity is None or c.object_entity in entity_ids
        assert c.source is not None and c.source.kind in ("attribution", "quote", "outlet")
        assert c.source.entity is None or c.source.entity in entity_ids
        if c.time is not None and c.time.start is not None:
            assert text[c.time.start:c.time.end] == c.time.text
            if "time_from" not in c.args:
                assert ev.start <= c.time.start and c.time.end <= ev.end
        if c.quote is not None:
            assert c.quote and c.quote in ev.text
        span = c.args.get("predicate_span")
        assert span is not None and ev.start <= span[0] < span[1] <= ev.end
        for w in c.args.get("chain", []):
            assert ev.start <= w["start"] < w["end"] <= ev.end
            assert w["status"] in CLAIM_STATUSES
        if "settled_by" in c.args:
            assert c.args["settled_by"] in claim_ids


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text())
def test_generated_articles(annotator, text):
    annotated = annotator.annotate(Article(id="gen", text=text, published="2024-01-04", source="Gen"))
    check_invariants(annotated)


def test_seed_article_invariants(annotator, seed_article):
    annotated = annotator.annotate(seed_article)
    assert len(annotated.claims) >= 30
    check_invariants(annotated)


def test_meantime_sample_invariants(annotator, shared_dir):
    from newsgraph.eval.meantime_corpus import load_meantime, meantime_article

    docs = load_meantime(shared_dir / "data" / "meantime")
    sample = docs[::9]  # every ninth document: all three topics
    total = 0
    for annotated in annotator.annotate_many(meantime_article(d) for d in sample):
        check_invariants(annotated)
        total += len(annotated.claims)
    assert total >= 10 * len(sample)
