"""Yes/no questions that ask a state in so many words ("was A's cousin among those detained?"), answered by a
sentence that says the question's subject, a form of *be*, and the state's words back to back (``copula``):
each rule on invented sentences, with the near misses it must not fire on."""

from __future__ import annotations

import pytest
from tests.querykit import says_no_verdict, says_verdict
from test_query_build import Doc

from newsgraph.query.copula import readings, says, verdict


def _verdict(question: str, named: list[str], sentence: str, names: frozenset[str] = frozenset()) -> str | None:
    found = verdict(question, named, [sentence], names)
    return found[0] if found else None


def test_the_subject_then_be_then_the_state_says_yes():
    q = "Was Ilse Marn's cousin among those detained?"
    assert _verdict(q, ["Ilse Marn"], "Ilse Marn's cousin Pavel was among those detained on Monday.") == "Yes"
    assert _verdict(q, ["Ilse Marn"], "Officers said Ilse Marn's cousin was also among those detained.") == "Yes"


def test_a_negated_be_says_no():
    q = "Was Ilse Marn's cousin among those detained?"
    assert _verdict(q, ["Ilse Marn"], "Ilse Marn's cousin was not among those detained.") == "No"
    assert _verdict("Is the ferry still in service?", [], "The ferry is no longer in service, the port said.") is None
    assert _verdict("Is the ferry still in service?", [], "The ferry is still in service, the port said.") == "Yes"


def test_another_subject_says_nothing():
    q = "Was Ilse Marn's cousin among those detained?"
    assert _verdict(q, ["Ilse Marn"], "Ilse Marn's neighbour was among those detained.") is None
    assert _verdict(q, ["Ilse Marn"], "Ilse Marn said her cousin was among those detained.") is None
    # a longer subject that merely ends like the asked one is another one
    assert _verdict("Was the driver drunk at the time?", [], "The other driver was drunk at the time.") is None
    assert _verdict("Was the driver drunk at the time?", [], "Witnesses said the driver was drunk at the time.") \
        == "Yes"


def test_another_state_says_nothing():
    q = "Was Olek Brand on probation for an earlier theft?"
    assert _verdict(q, ["Olek Brand"], "Olek Brand was on parole for an earlier theft.") is None
    assert _verdict(q, ["Olek Brand"], "Olek Brand was on probation for an earlier theft conviction.") == "Yes"
    # the state's words must follow "be", not stand anywhere in the sentence
    assert _verdict(q, ["Olek Brand"], "Olek Brand was arrested, and a friend on probation for an earlier theft "
                                       "was questioned.") is None


def test_an_aside_between_subject_and_be_is_skipped():
    q = "Was Olek Brand already on probation for an earlier theft?"
    assert _verdict(q, ["Olek Brand"], "Brand, whose lawyer was not in court, was on probation for an earlier "
                                       "theft.", frozenset({"olek", "brand"})) is None  # "Olek Brand" is the subject
    assert _verdict(q, ["Olek Brand"], "Olek Brand, whose lawyer was not in court, was on probation for an earlier "
                                       "theft.") == "Yes"


def test_a_sentence_that_wonders_or_believes_says_nothing():
    q = "Was the driver drunk at the time?"
    assert _verdict(q, [], "It is unclear whether the driver was drunk at the time.") is None
    assert _verdict(q, [], "Police believe the driver was drunk at the time.") is None
    assert _verdict(q, [], "His lawyer denied the driver was drunk at the time.") is None
    assert _verdict(q, [], "Asked if the driver was drunk at the time, the chief declined to comment.") is None


def test_sentences_that_disagree_give_no_verdict():
    q = "Was the driver drunk at the time?"
    assert verdict(q, [], ["The driver was drunk at the time.", "The driver was not drunk at the time."],
                   frozenset()) is None


def test_only_a_question_opening_with_be_is_read():
    assert readings("Did the driver stop at the light?", []) == []
    assert readings("Was it?", []) == []
    assert readings("Was the plant open?", []) == []  # one word says too little to be the same state
    assert says(readings("Was the plant open on Sunday?", [])[0], "The plant was open on Sunday.") == "Yes"


@pytest.fixture()
def harbor(store):
    d = Doc("2025-05-02", [
        "Police detained eleven people after the protest at the harbor on Thursday.",
        "Ilse Marn's cousin Pavel was among those detained, a spokesman said.",
    ], source="Coast Herald")
    d.entity("Ilse Marn", "PERSON", "Ilse Marn")
    d.write(store)
    return store


def test_ask_says_yes_from_the_sentence(harbor):
    says_verdict(harbor, "Was Ilse Marn's cousin among those detained?", "Yes", "among those detained")


def test_ask_says_no_yes_for_another_relative(harbor):
    says_no_verdict(harbor, "Was Ilse Marn's brother among those detained?")


def test_no_one_of_the_asked_kind_says_no():
    from newsgraph.query.copula import none_said

    assert none_said("Have any suspects been arrested?", "No suspects have been arrested, the chief said.")
    assert none_said("Was anyone hurt in the fire?", "No one was hurt in the fire.")
    assert none_said("Has anyone been charged with the theft?", "Nobody has yet been charged with the theft.")
    assert none_said("Were any tourists hurt in the crash?", "Officials said no tourists were hurt in the crash.")


def test_another_state_kind_or_a_wondering_says_nothing():
    from newsgraph.query.copula import none_said

    assert not none_said("Have any suspects been arrested?", "No suspects have been named.")
    assert not none_said("Have any suspects been arrested?", "No new suspects have been arrested.")
    assert not none_said("Has anyone been charged with the theft?", "Nobody has been charged with the assault.")
    assert not none_said("Were any tourists hurt in the crash?", "It is unclear whether no tourists were hurt in "
                                                                 "the crash.")
    assert not none_said("Was the driver hurt in the crash?", "No one was hurt in the crash.")  # not "any"


def test_remains_says_still():
    q = "Is the harbor bridge still closed to traffic?"
    assert _verdict(q, [], "The harbor bridge remains closed to traffic after the storm.") == "Yes"
    assert _verdict(q, [], "The harbor bridge remained closed to trucks.") is None
    assert _verdict(q, [], "The old harbor bridge remains closed to traffic.") is None  # another bridge


def test_a_question_of_now_needs_a_sentence_of_now():
    q = "Is Olek Brand in custody?"
    assert _verdict(q, ["Olek Brand"], "Olek Brand is in custody in the county jail.") == "Yes"
    assert _verdict(q, ["Olek Brand"], "Olek Brand has been in custody since June.") == "Yes"
    assert _verdict(q, ["Olek Brand"], "Olek Brand was in custody until Friday.") is None  # it may have ended
    assert _verdict("Was Olek Brand in custody?", ["Olek Brand"], "Olek Brand was in custody until Friday.") == "Yes"


@pytest.mark.parametrize(("question", "sentence", "said"), [
    ("Were the robbers armed?", "Four armed robbers made off with the jewels, police said.", "Yes"),  # a theft
    ("Was the striker injured?", "The injured striker watched the final from the bench.", "Yes"),  # sports
    ("Were the auditors independent?", "Two independent outside auditors signed the accounts.", "Yes"),  # a company
    ("Were the robbers armed?", "Two unarmed robbers were caught at the door.", "No"),  # the "un-" form
])
def test_an_attribute_before_the_subject_s_noun_says_its_state(question, sentence, said):
    assert _verdict(question, [], sentence) == said


@pytest.mark.parametrize(("question", "sentence"), [
    ("Were the robbers armed?", "An armed guard chased the robbers down the street."),  # the attribute of another
    ("Were the robbers armed?", "Police said the allegedly armed robbers fled."),  # in doubt
    ("Was the chairman independent?", "The formerly independent chairman joined the board."),  # another time
    ("Were the robbers armed?", "Police asked whether armed robbers had struck before."),  # a clause that wonders
    ("Are the robbers armed?", "Four armed robbers made off with the jewels."),  # a question of now
    ("Were the victims men?", "Police said the men victims were named."),  # a state WordNet has only as a noun
])
def test_no_state_from_an_attribute_of_another_time_doubt_or_noun(question, sentence):
    assert _verdict(question, [], sentence) is None


@pytest.mark.parametrize(("question", "sentence"), [
    ("Were the robbers armed?", "Police found no evidence that armed robbers were involved, a spokesman said."),
    ("Were the robbers armed?", "None of the robbers carried weapons, unlike the armed robbers of 2019."),
    ("Were the robbers armed?", "Police said the men were not the armed robbers sought in March."),
    ("Were the talks successful?", "Nobody called them successful talks."),
    ("Were the talks successful?", "Far from successful talks, the meeting ended in shouting."),
    ("Were the guards armed?", "The bank hired unarmed staff instead of armed guards."),
    ("Were the robbers armed?", "Detectives said armed robbers were not involved in the theft."),
    ("Was the striker injured?", "The coach said he didn't see an injured striker on the pitch."),
])
def test_no_state_from_an_attribute_a_negation_or_contrast_sets_aside(question, sentence):
    """A sentence that denies or contrasts the thing with the state ("no evidence that armed robbers …", "unlike
    the armed robbers …") says nothing of the asked one's state."""
    assert _verdict(question, [], sentence) is None
