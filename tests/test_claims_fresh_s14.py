"""Faults a reading of fresh news found in session 14, each fixed by a general rule: a denied condition said
without its "not" ("if the city does not build a stadium" → "the city may build a stadium": the opposite of
what the sentence supposes), and a fronted phrase ("Rated triple-B by two agencies, the notes …") taken as
the verb's subject when the parse gives the verb two, and the state "have" holds its object in left out
("has three ships [on order]" said as "has three ships"). Every sentence here is made up; the article is dated
2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

import pytest

from newsgraph.query.phrases import verb_phrase
from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)
from tests.test_claims_fresh_s12 import _claims  # (a sentence's claims of one lemma, asserting there are some)


@pytest.mark.parametrize("text, lemma, said", [
    ("The team will move if the city does not build a stadium.", "build", "may not build"),
    ("The team will move if the city isn't willing to pay.", "pay", "may not be willing"),
    ("If the stock isn't above $20, the bank will pay.", "be", "may not be"),
])
def test_a_denied_condition_keeps_its_not(read, text, lemma, said):
    c = _claims(read(text), lemma)[0]
    assert c.status == "possible" and verb_phrase(c).startswith(said)


@pytest.mark.parametrize("text, lemma, said", [
    ("The team will move if the city builds a stadium.", "build", "may build"),
    ("The union will strike unless the company raises wages.", "raise", "may raise"),
])
def test_a_condition_said_plainly_has_no_not(read, text, lemma, said):
    c = _claims(read(text), lemma)[0]
    assert c.status == "possible" and verb_phrase(c).startswith(said)


def test_a_plain_denial_is_still_negated(read):
    c = _claims(read("The city did not build a stadium."), "build")[0]
    assert c.status == "negated" and verb_phrase(c).startswith("did not build")


@pytest.mark.parametrize("text, lemma, subject", [
    ("Rated triple-B by two agencies, the notes will be sold through underwriters led by a big bank.",
     "sell", "the notes"),
    ("In the same quarter a year ago, the third quarter ended June 30, the shop chain had a loss of $2 million.",
     "have", "the shop chain"),
])
def test_a_fronted_phrase_is_not_the_subject(read, text, lemma, subject):
    c = _claims(read(text), lemma)[0]
    assert c.subject.lower() == subject


def test_an_aside_between_commas_leaves_the_subject(read):
    c = _claims(read("The firm said that a new version of the game, its best seller in Asia, would be "
                     "available next week."), "be")[0]
    assert c.subject.lower().startswith("a new version")


@pytest.mark.parametrize("text, held", [
    ("The cruise line has three ships on order from the yard.", "on order"),
    ("The approach of winter has many farmers in a panic.", "in a panic"),
])
def test_what_have_holds_its_object_in_is_said(read, text, held):
    c = _claims(read(text), "have")[0]
    assert held in statement_of(c)


def test_a_time_after_have_is_no_state(read):
    c = _claims(read("The bakery had a loss in May."), "have")[0]
    assert "complement" not in c.args


def statement_of(claim) -> str:
    """The claim's fields and kept complement, as the listing joins them."""
    return " ".join(str(x) for x in (claim.subject, claim.predicate, claim.object, claim.args.get("complement")))


@pytest.mark.parametrize("text, lemma, second", [
    ("The bakery attributed the gain to higher bread prices.", "attribute", "to higher bread prices"),
    ("The coach blamed the loss on the referee.", "blame", "on the referee"),
    ("Critics dismissed the report as a whitewash.", "dismiss", "as a whitewash"),
])
def test_what_a_verb_of_linking_ties_its_object_to_is_said(read, text, lemma, second):
    c = _claims(read(text), lemma)[0]
    assert second in (c.args.get("complement") or "")


def test_describe_keeps_its_own_object(read):
    c = _claims(read("The mayor described the plan as bold."), "describe")[0]
    assert "complement" not in c.args


def test_a_singular_pronoun_does_not_take_up_a_coordinated_subject(read):
    found = _claims(read("Spain and France are virtually alone in warning Italy of sanctions if it doesn't back "
                         "down on the budget."), "back")
    assert not any(c.shown and c.subject == "Spain" for c in found)


def test_a_pronoun_in_a_coordinated_subject_goes_on(read):
    found = _claims(read("Lee Mora said he and his friends rode away on their bikes and he put the ladder back."),
                    "put")
    assert any(c.shown for c in found)
