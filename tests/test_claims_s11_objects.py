"""Objects that carry the news, kept whole or not shown: faults found reading claims on unseen sports and
crime reports (s11).

Every sentence here is made up; each has the shape of one fault: a bracketed label beside a name in a
list ("Lee ( knee )") read as what the name is; a coordinated object cut to its first name ("the only
healthy pitchers are Lee" of "… are Lee and Reed"); a relative clause on the first of two coordinated
names given to both; the event a verb of perceiving takes ("watched his friend [fall into the river]")
dropped, or its bare verb read as the perceiver's own main verb.
"""

from __future__ import annotations

import pytest

from newsgraph.models import Article
from newsgraph.query.load import load_claims
from newsgraph.resolve import link_article
from tests.test_claims_precision import read  # noqa: F401  (the module's annotate-and-cache fixture)


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.shown) for c in annotated.claims]


@pytest.mark.parametrize("text", [
    "Guards Tom Hale ( ankle ) and Bo Reed ( wrist ) both were limited on Monday.",
    "Guards Tom Hale (ankle) and Bo Reed (sore wrist) both were limited on Monday.",
])
def test_a_bracketed_label_beside_a_name_is_not_what_the_name_is(read, text):
    a = read(text)
    assert not any(c.shown and c.lemma == "be" and c.args.get("from") == "apposition" for c in a.claims), fields(a)
    assert any(c.shown and c.lemma == "limit" for c in a.claims), fields(a)


def test_a_bracketed_description_with_a_determiner_stays(read):
    a = read("Ann Lee (the mayor's aide) resigned on Monday.")
    assert any(c.shown and c.object == "the mayor's aide" for c in a.claims), fields(a)


@pytest.mark.parametrize("text, lemma", [
    ("The only healthy pitchers are Tom Hale and Bo Reed.", "be"),
    ("The club signed Tom Hale and Bo Reed on Monday.", "sign"),
])
def test_a_coordinated_object_names_every_name(read, text, lemma):
    a = read(text)
    c = next(c for c in a.claims if c.lemma == lemma)
    assert c.shown and c.object == "Tom Hale and Bo Reed" and c.args.get("conjoined_object"), fields(a)


def test_a_relative_clause_on_the_first_of_two_names_is_that_ones(read):
    a = read("The other pitchers are veteran Tom Hale, who was signed on Monday, and rookie Bo Reed, who was "
             "signed on Tuesday.")
    signed = [c.subject for c in a.claims if c.lemma == "sign" and c.shown]
    assert "Tom Hale and Bo Reed" not in signed and "Tom Hale" in signed, fields(a)


@pytest.mark.parametrize("text", [
    "A hiker who watched his friend fall into the river is safe.",
    "A hiker who watched his friend fall into the river on Sunday was rescued on Monday.",
])
def test_the_perceived_event_is_not_dropped_nor_given_to_the_perceiver(read, text):
    a = read(text)
    shown = [(c.subject, c.lemma, c.object) for c in a.claims if c.shown]
    assert not any(lemma == "watch" and obj == "his friend" for _, lemma, obj in shown), fields(a)
    assert not any(subj == "A hiker" and lemma == "fall" for subj, lemma, _ in shown), fields(a)


def test_a_perceived_event_parsed_as_its_clause_stays(read):
    a = read("Ann Lee watched her sister fall into the river.")
    assert any(c.shown and c.lemma == "fall" and "sister" in c.subject for c in a.claims), fields(a)
    a = read("Ann Lee saw the film last year.")
    assert any(c.shown and c.lemma == "see" and c.object == "the film" for c in a.claims), fields(a)


def test_a_coordinated_object_is_shown_whole_from_the_store(store, annotator):
    article = Article(id="pitchers", text="The club signed Tom Hale and Bo Reed on Monday.",
                      published="2024-05-07", source="Coast Ledger")
    annotated = annotator.annotate(article)
    store.write_article(annotated, linker=link_article)
    key = next(("pitchers", c.id) for c in annotated.claims if c.lemma == "sign")
    (view,) = load_claims(store, [key])
    assert view.object == "Tom Hale and Bo Reed" and view.object_entity is not None
