"""A reason left to the next sentence ("… for a reason."), and causes said by degree ("serious enough to") or
named as the cause ("points to X as the main cause")."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.causes import POINTS_AHEAD, strong_marker


@pytest.mark.parametrize(("text", "points"), [
    ("The mayor invited the band for a reason.", True),
    ("There are two reasons:", True),
    ("She left for good reasons .", True),
    ("The mayor gave a reason for the delay.", False),  # the reason is in the sentence itself
    ("For a reason nobody knows, the bridge shut.", False),
])
def test_a_sentence_points_ahead_only_at_its_end(text, points):
    assert bool(POINTS_AHEAD.search(text)) is points


@pytest.mark.parametrize(("text", "strong"), [
    ("The board found the fault serious enough to recall the cars.", True),
    ("The wind was strong enough to topple the old oak.", True),
    ("The money will not be enough to finish the bridge.", False),  # a sum, not why
    ("The union points to low pay as the main cause of the strike.", True),
    ("Analysts see fuel prices as being the direct cause of the cuts.", True),
])
def test_degree_and_named_causes(text, strong):
    assert (strong_marker(text) is not None) is strong


@pytest.fixture()
def visit(store):
    d = Doc("2024-05-06", [
        "Mayor Odo Ray invited the Tarn Quartet to Harrow for a reason.",
        "The town wants to look good before the regional games.",
        "The quartet played on Friday.",
    ], source="Wire")
    r = d.entity("Odo Ray", "PERSON", "Ray")
    t = d.entity("Tarn Quartet", "ORG")
    d.entity("Harrow", "GPE")
    d.claim(0, r, "invited", t, "happened", lemma="invite", args={"purpose": "for a reason"})
    d.write(store)
    return store


def test_why_is_answered_by_the_sentence_a_reason_is_left_to(visit):
    answer = ask(visit, "Why did Odo Ray invite the Tarn Quartet?")
    assert "look good before the regional games" in answer.answer, answer.answer
