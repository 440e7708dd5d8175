"""A timetable told in the present: "The trial begins next Monday" is planned, not going on (found in the s11 fresh
reading of unseen web news: a scheduled "starts October 5" was shown as ongoing). Every sentence is made up; the
article is dated 2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

import pytest

from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)


def status_of(annotated, lemma):
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, [(c.subject, c.predicate) for c in annotated.claims]
    return found[0].status


@pytest.mark.parametrize("text, lemma", [
    ("The trial begins next Monday.", "begin"),
    ("The festival opens on March 20.", "open"),
    ("The minister is flying to Oslo on March 12.", "fly"),
])
def test_a_present_dated_after_the_article_is_a_plan(read, text, lemma):
    assert status_of(read(text), lemma) == "planned"


@pytest.mark.parametrize("text, lemma, status", [
    ("The store closes at 9 p.m. today.", "close", "ongoing"),  # the article's own day: left as it is
    ("The trial began last Monday.", "begin", "happened"),
    ("The mayor says the bridge is unsafe.", "say", "ongoing"),
])
def test_a_present_not_dated_after_the_article_is_left(read, text, lemma, status):
    assert status_of(read(text), lemma) == status


def test_a_feeling_now_about_a_day_to_come_stays_a_feeling(read):
    a = read("The senator dreads looking at the markets on March 12.")
    assert status_of(a, "look") == "ongoing"  # ("dreads looking at": one claim, its lemma the governed verb)
