"""Cause markers: "due to" says why only before a noun; "as" opening a clause is a weak marker."""

from __future__ import annotations

import pytest

from newsgraph.query.causes import cause_of, strong_marker
from newsgraph.query.types import Citation


def _cite(text: str) -> Citation:
    return Citation(article="a1", published="2024-01-02", source="Wire", title=None, sentence=3, start=0,
                    end=len(text), text=text)


@pytest.mark.parametrize(("text", "strong"), [
    ("The match was called off due to heavy rain.", True),
    ("Sales fell, due in part to weak demand.", True),
    ("The ferry is due to arrive in Oslo on Monday.", False),  # a schedule, not a cause
    ("The two men are due to be sentenced next week.", False),
    ("The ferry is due to arrive on Monday, and was late because of fog.", True),  # a later marker still counts
])
def test_due_to_before_a_verb_is_no_cause(text, strong):
    assert (strong_marker(text) is not None) is strong


def test_as_opening_a_clause_gives_a_weak_cause_after_the_event():
    found = cause_of(["picked", "Tuesday"], _cite("Tuesday was picked as its number matches the model's name."))
    assert found is not None and not found.strong
    assert found.text == "as its number matches the model's name"


@pytest.mark.parametrize("text", [
    "Tuesday was picked as his deputy for the day.",  # "as" before a role
    "As it was raining, the fair closed on Tuesday.",  # before the event's words: may say only when
])
def test_as_without_a_clause_after_the_event_gives_no_cause(text):
    assert cause_of(["picked", "Tuesday"], _cite(text)) is None
