"""How did X react to Y: the reactions (condemned, welcomed, expressed …) whose object or sentence is the event."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.reactions import asks_reaction


@pytest.fixture()
def dam(store):
    d = Doc("2024-05-06", [
        "The Harrow dam burst on Sunday, flooding three villages.",
        "The government of Tarnia condemned the dam failure as negligence.",
        "Ostland welcomed the quick rescue of the villagers.",
        "Odo Ray, a local farmer, lost his barn in the flood.",
        "Mayor Lina Marr condemned the new parking fees.",
    ], source="Wire")
    h = d.entity("Harrow", "GPE")
    t = d.entity("Tarnia", "GPE")
    o = d.entity("Ostland", "GPE")
    d.entity("Odo Ray", "PERSON")
    m = d.entity("Lina Marr", "PERSON")
    d.claim(0, "The Harrow dam", "burst", None, "happened", lemma="burst")
    d.claim(1, t, "condemned", "the dam failure", "happened", lemma="condemn")
    d.claim(2, o, "welcomed", "the quick rescue of the villagers", "happened", lemma="welcome")
    d.claim(4, m, "condemned", "the new parking fees", "happened", lemma="condemn")
    assert h
    d.write(store)
    return store


def test_how_did_they_react_lists_the_reactions_to_the_event(dam):
    answer = ask(dam, "How did neighbouring countries react to the dam failure?")
    assert_supported(dam, answer)
    assert "condemned the dam failure" in answer.answer
    assert "parking fees" not in answer.answer  # a reaction to something else


def test_a_named_party_reacts_alone(dam):
    answer = ask(dam, "How did Tarnia react to the dam failure?")
    assert_supported(dam, answer)
    assert "condemned the dam failure" in answer.answer


@pytest.mark.parametrize(("text", "asked"), [
    ("How did foreign leaders react to the verdict?", ("foreign leaders", "the verdict")),
    ("How has the union responded to the offer?", ("the union", "the offer")),
    ("How did the river react?", None),
    ("What did Ann Lee say about the verdict?", None),
])
def test_what_a_reaction_question_asks(text, asked):
    assert asks_reaction(text) == asked
