"""An act named as a noun keeps its roles ("the arrest of A followed a raid" = A was arrested, ``nominal``).
Invented sentences; each rule with the near misses it must not fire on."""

from __future__ import annotations

import pytest
from test_query_build import Doc
from tests.querykit import asked

from newsgraph.query.nominal import own_act, verdict


@pytest.mark.parametrize(("predicate", "passive", "own", "text"), [
    ("arrested", True, False, "The arrest of trader Ugo Bell followed a two-year inquiry."),
    ("arrested", True, False, "Ugo Bell's arrest came after a raid on his warehouse."),
    ("resign", False, True, "The resignation of board chair Ugo Bell was announced on Friday."),
    ("released", True, False, "The release of Ugo Bell, a reporter, was confirmed by his paper."),
])
def test_the_acts_noun_that_came_about(predicate, passive, own, text):
    assert verdict(predicate, passive, own, ["Ugo Bell"], [], text)


@pytest.mark.parametrize(("predicate", "passive", "own", "text"), [
    # wished, sought or pending: no statement that it happened
    ("resign", False, True, "Calls for the resignation of Ugo Bell grew louder on Friday."),
    ("resign", False, True, "Unions demanded the resignation of Ugo Bell was announced soon."),
    ("arrested", True, False, "A warrant for the arrest of Ugo Bell was issued on Monday."),
    ("arrested", True, False, "A warrant for Ugo Bell's arrest followed the raid."),
    # announced for a time to come
    ("released", True, False, "The release of Ugo Bell was announced for Monday."),
    ("released", True, False, "The release of Ugo Bell was confirmed, and will take place next week."),
    # not the subject of a verb telling it came about
    ("arrested", True, False, "Ugo Bell's arrest would be a mistake, his lawyer said."),
    # another act's noun, or another person's
    ("arrested", True, False, "The release of Ugo Bell was confirmed on Friday."),
    ("arrested", True, False, "The arrest of Ugo Bell's brother followed the raid."),
    ("resign", False, True, "The resignation of the lawyer for Ugo Bell was announced on Friday."),
    # an active question with an object is neither the patient's nor the doer's own act
    ("arrested", False, False, "The arrest of Ugo Bell followed the raid."),
])
def test_no_yes_from_the_acts_noun(predicate, passive, own, text):
    assert not verdict(predicate, passive, own, ["Ugo Bell"], [], text)


def test_own_act_is_a_question_with_no_object():
    assert own_act(["resign"], "resign", 1)
    assert not own_act(["buy", "house"], "buy", 1)
    assert not own_act(["resign"], "resign", 2)


@pytest.fixture()
def board(store):
    d = Doc("2024-10-01", [
        "The resignation of board chair Ugo Bell was announced on Friday.",
        "Calls for the resignation of treasurer Ines Roth grew louder.",
        "The arrest of trader Pia Lund followed a two-year inquiry.",
    ], source="Bay Ledger")
    d.entity("Ugo Bell", "PERSON", "Bell")
    d.entity("Ines Roth", "PERSON", "Roth")
    d.entity("Pia Lund", "PERSON", "Lund")
    d.write(store)
    return store


@pytest.mark.parametrize("question", ["Did Ugo Bell resign?", "Was Pia Lund arrested?"])
def test_yes_from_the_acts_noun(board, question):
    answer = asked(board, question)
    assert answer.answer.startswith("Yes:"), answer.answer


@pytest.mark.parametrize("question", ["Did Ines Roth resign?", "Was Ugo Bell arrested?", "Did Pia Lund resign?"])
def test_no_yes_from_a_wish_or_another_act(board, question):
    answer = asked(board, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer
