"""A weak cause ("after …") answers "why did A … B?" only from a sentence that names both: one that leaves B out
tells another event ("why did A divorce B?" is no question "after pleading guilty" answers)."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query import ask


@pytest.fixture()
def couple(store):
    d = Doc("2024-04-02", [
        "Ona Pell married Ivo Marsh in 2019 .",
        "Ona Pell will serve two years for her part in the fraud after pleading guilty this week .",
        "Ona Pell fired Ivo Marsh after the shop failed in the spring .",
    ], source="Wire")
    o = d.entity("Ona Pell", "PERSON", "Pell")
    i = d.entity("Ivo Marsh", "PERSON", "Marsh")
    d.claim(0, o, "married", i, "happened", lemma="marry")
    d.claim(1, o, "will serve", "two years", "planned", lemma="serve")
    d.claim(2, o, "fired", i, "happened", lemma="fire")
    d.write(store)
    return store


def test_a_weak_cause_of_a_sentence_that_leaves_out_a_named_one_is_no_reason(couple):
    answer = ask(couple, "Why did Ona Pell divorce Ivo Marsh?")
    assert "pleading guilty" not in (answer.short_answer or "")


def test_a_weak_cause_of_a_sentence_naming_both_is_the_reason(couple):
    answer = ask(couple, "Why did Ona Pell fire Ivo Marsh?")
    assert (answer.short_answer or "").startswith("after the shop failed")
