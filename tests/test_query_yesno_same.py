"""A yes/no question that asks whether something is the same as another ("did A die at the same prison?") is never
"Yes" from a sentence that only says the act ("A died in a prison hospital"): which prison, the sentence does not
compare. The real pipeline reads made-up articles."""

from __future__ import annotations

import pytest
from querykit import asked, written


TEXTS = [
    "Crime boss Sal Reno died on Monday at the federal prison hospital in Springfield , Missouri .",
    "Rival boss Tom Vance died in a prison hospital in 2002 .",
]


@pytest.fixture()
def prisons(store, annotator):
    return written(store, annotator, TEXTS, "prison")


def test_the_same_one_is_not_yes_from_the_act_alone(prisons):
    answer = asked(prisons, "Did Tom Vance die at the same prison?")
    assert not answer.answer.startswith("Yes"), answer.answer


def test_the_act_itself_is_still_yes(prisons):
    answer = asked(prisons, "Did Tom Vance die in a prison hospital?")
    assert answer.answer.startswith("Yes"), answer.answer
