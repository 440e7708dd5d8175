"""A cause marker explains the verb of its own clause, never another event of the sentence or of the sentence
before; "after" before a span of time, or after a time word, says when, not why. Invented sentences."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query.causes import cause_of, next_cause
from tests.querykit import asked, cite


@pytest.mark.parametrize(("text", "clause"), [
    ("The ferry left early because a storm was coming.", "because a storm was coming"),
    # the marker explains being angry, not leaving
    ("Port officials were angry because the captain ignored the timetable.", None),
    ("Dock workers said the ferry left early and they were upset because nobody had warned them.", None),
    # a marker that opens the sentence explains the verb after it
    ("Because of the fog, the ferry left two hours late.", "Because of the fog, the ferry left two hours late"),
    # a result clause: the asked verb comes after "enough to", the cause before it
    ("The board found the storm serious enough to make the ferry leave early.",
     "serious enough to make the ferry leave early"),
    # a cause named as a thing hangs on no verb
    ("Officials said fatigue was a factor in the ferry leaving early.", "was a factor in the ferry leaving early"),
])
def test_a_strong_marker_counts_only_for_the_asked_verb(text, clause):
    found = cause_of(["ferry", "leave", "early"], cite(text), "leave")
    assert (found.text if found else None) == clause


def test_without_a_predicate_every_marker_counts():
    found = cause_of(["ferry"], cite("Port officials were angry because the captain ignored the timetable."))
    assert found is not None and found.text == "because the captain ignored the timetable"


def test_an_attribution_is_no_predicate():
    """ "according to police" is no event: the question's other words decide."""
    found = cause_of(["ferry", "according", "police"], cite("The ferry left early because of a storm, police said."),
                     "according")
    assert found is not None and found.text.startswith("because of a storm")


def test_the_words_of_a_claim_that_says_the_asked_verb_count_as_it():
    text = "Lee Park did not play in Sunday's match due to a knee injury."
    assert cause_of(["sit out", "match"], cite(text), "sit out") is None
    found = cause_of(["sit out", "match"], cite(text), "sit out", ("did not play in",))
    assert found is not None and found.text == "due to a knee injury"


@pytest.mark.parametrize(("text", "cause"), [
    ("The club sacked its coach after one season in charge.", False),  # a span of time
    ("The club sacked its coach after 40 games.", False),
    ("Fans gathered at the ground the day after the coach was sacked.", False),  # a time word before it
    ("The coach was sacked hours after the defeat.", False),
    ("The club sacked its coach after a string of heavy defeats.", True),
])
def test_after_a_span_of_time_says_when_not_why(text, cause):
    found = cause_of(["sacked", "coach", "gathered"], cite(text))
    assert (found is not None) is cause, found


@pytest.mark.parametrize(("following", "cause"), [
    ("The delay was due to fog in the harbor.", True),  # a subject and "be"
    ("The crossing has been hampered by strikes.", True),
    ("Because of the fog, nobody could sail.", True),  # opens the sentence
    ("The ferry was late because of fog.", True),  # says the event again in its own words
    ("A spokesman said he was upset by the Harwich delay because nobody had warned him.", False),  # another verb's
    ("Harbor staff said fog was a factor.", True),  # a cause named as a thing
])
def test_a_marker_in_the_next_sentence_explains_the_event_only_when_it_hangs_on_it(following, cause):
    event = cite("The Harwich ferry was two hours late on Monday.", 4)
    assert (next_cause(event, cite(following, 5)) is not None) is cause


@pytest.fixture()
def club(store):
    d = Doc("2024-05-06", [
        "Harrow Rovers sacked coach Ned Amos on Monday after one season in charge.",
        "Rovers finished ninth.",
    ], source="Valley Post")
    rovers = d.entity("Harrow Rovers", "ORG", "Rovers")
    amos = d.entity("Ned Amos", "PERSON", "Amos")
    d.claim(0, rovers, "sacked", amos, "happened", lemma="sack", time=("2024-05-06", "on Monday"))
    d.write(store)
    return store


def test_why_states_no_time_and_no_object_as_its_reason(club):
    """ "after one season" says when; the claim's object ("Ned Amos") is whom, not why: nothing is stated."""
    answer = asked(club, "Why did Harrow Rovers sack Ned Amos?")
    assert answer.short_answer is None, answer.answer


@pytest.fixture()
def bridge(store):
    d = Doc("2024-05-06", [
        "Marlow Council went ahead with the bridge plan a day after the port board dropped its own plan.",
        "A council spokesman said the reason was that the council had promised the bridge to voters in March.",
        "Traffic was a factor in an earlier bridge plan, officials said.",
    ], source="Valley Post")
    council = d.entity("Marlow Council", "ORG")
    d.claim(0, council, "went ahead with", "the bridge plan", "happened", lemma="go")
    d.write(store)
    return store


def test_a_cause_said_beside_the_fullest_event_sentence_beats_one_of_a_sentence_telling_less(bridge):
    answer = asked(bridge, "Why did Marlow Council go ahead with the bridge plan?")
    assert "promised the bridge to voters" in (answer.short_answer or ""), answer.answer
