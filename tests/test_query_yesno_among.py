"""Membership in the group an act defines says the act ("A was among the dead" = A was killed, ``among``).
Invented sentences; each rule with the near misses it must not fire on (a false "Yes" or "No")."""

from __future__ import annotations

import pytest
from test_query_build import Doc
from tests.querykit import asked

from newsgraph.query.among import act_says, verdict


@pytest.mark.parametrize(("question", "predicate", "text", "expected"), [
    ("Was Ida Marsh killed?", "killed", "Foreman Ida Marsh was among the dead, police said.", "Yes"),
    ("Did Ida Marsh die?", "die", "Ida Marsh was among the dead.", "Yes"),
    ("Was Ida Marsh hurt?", "hurt", "Ida Marsh, a welder, was among those injured.", "Yes"),
    ("Was Ida Marsh arrested?", "arrested", "Ida Marsh was also among those arrested on Monday.", "Yes"),
    ("Was Ida Marsh arrested?", "arrested", "Ida Marsh was not among those arrested.", "No"),
])
def test_among_those_done_to(question, predicate, text, expected):
    passive = predicate != "die"
    assert verdict(question, predicate, passive, ["Ida Marsh"], [], [], text) == expected


@pytest.mark.parametrize(("question", "predicate", "passive", "rest", "text"), [
    # another act: among the injured is no "killed", among the dead no "arrested"
    ("Was Ida Marsh killed?", "killed", True, [], "Ida Marsh was among those injured."),
    ("Was Ida Marsh arrested?", "arrested", True, [], "Ida Marsh was among the dead."),
    # a fear, a question, a belief: not a statement
    ("Was Ida Marsh killed?", "killed", True, [], "Neighbors feared Ida Marsh was among the dead."),
    ("Was Ida Marsh killed?", "killed", True, [], "It was unclear whether Ida Marsh was among the dead."),
    # someone else among them
    ("Was Ida Marsh killed?", "killed", True, [], "Ida Marsh said her brother was among the dead."),
    # the active question asks what the entity did, not what was done to it
    ("Did Ida Marsh kill the guard?", "kill", False, ["guard"], "Ida Marsh was among the dead."),
    # the question's other words not said there
    ("Was Ida Marsh killed in the flood?", "killed", True, ["flood"], "Ida Marsh was among the dead."),
])
def test_no_verdict_from_among(question, predicate, passive, rest, text):
    assert verdict(question, predicate, passive, ["Ida Marsh"], [], rest, text) is None


def test_the_group_word_says_the_act():
    assert act_says("killed", "dead") and act_says("die", "dead") and act_says("hurt", "injured")
    assert not act_says("killed", "injured") and not act_says("arrested", "dead")


@pytest.fixture()
def quarry(store):
    d = Doc("2024-09-03", [
        "A rock fall at the Pell quarry killed three workers on Monday.",
        "Shift manager Ida Marsh was among the dead, the company said.",
        "Driver Omar Fenn was among those injured.",
    ], source="Pell Courier")
    d.entity("Ida Marsh", "PERSON", "Marsh")
    d.entity("Omar Fenn", "PERSON", "Fenn")
    d.write(store)
    return store


def test_among_the_dead_answers_killed(quarry):
    answer = asked(quarry, "Was Ida Marsh killed?")
    assert answer.answer.startswith("Yes:") and "among the dead" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Was Omar Fenn killed?", "Did Ida Marsh kill Omar Fenn?"])
def test_no_verdict_from_another_group_or_the_active(quarry, question):
    answer = asked(quarry, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


# -- the question's doer, said by the claim's subject when its entity is the claim's object --------------------

@pytest.fixture()
def harbor(store):
    d = Doc("2024-09-05", [
        "Police later arrested the boat's owner, Ivo Brandt, on suspicion of smuggling.",
        "Rebels freed the engineer Lena Voss on Friday.",
        "A 40-year-old Danish sailor died in the storm.",
    ], source="Harbor Log")
    brandt = d.entity("Ivo Brandt", "PERSON", "Brandt")
    voss = d.entity("Lena Voss", "PERSON", "Voss")
    d.entity("Danish", "NORP")
    d.claim(0, "Police", "arrested", brandt, "happened", lemma="arrest")
    d.claim(1, "Rebels", "freed", voss, "happened", lemma="free")
    d.claim(2, "A 40-year-old Danish sailor", "died", None, "happened", lemma="die")
    d.write(store)
    return store


def test_the_doer_before_the_verb_is_the_claims_subject(harbor):
    answer = asked(harbor, "Did police arrest Ivo Brandt?")
    assert answer.answer.startswith("Yes:"), answer.answer


@pytest.mark.parametrize("question", [
    "Did soldiers free Lena Voss?",  # rebels freed her: another doer
    "Was the second sailor who died a Danish citizen?",  # the entity is no object of the claim: nothing of roles
])
def test_no_yes_from_another_doer(harbor, question):
    answer = asked(harbor, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer
