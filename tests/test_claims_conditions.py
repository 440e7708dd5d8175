"""Conditions, counterfactuals and a proposal's terms are not shown as what happened
(``claimparts.scope``: ``condition_clause``, ``counterfactual``, ``proposed_terms``). Every sentence
here is made up."""

from __future__ import annotations

import pytest

from newsgraph.query.phrases import negative
from tests.test_claims_reading import _shown


def _statuses(annotated, lemma: str) -> list[str]:
    return [c.status for c in _shown(annotated, lemma)]


def _all(annotated):
    return [(c.subject, c.predicate, c.status, c.args.get("checks")) for c in annotated.claims]


@pytest.mark.parametrize("text,lemma", [
    ("If the dockers strike and the Orvale mill closes, the town will suffer.", "close"),  # a conjunct
    ("The board will decide whether Marno stays or Petrov replaces him.", "replace"),
    ("It is unclear whether the ferry sank or drifted away.", "drift"),
    ("The sale will close provided that regulators approve the merger.", "approve"),
    ("As long as the Kestrel bank keeps lending, the market will hold.", "keep"),
])
def test_a_condition_and_its_conjuncts_are_only_possible(read, text, lemma):
    a = read(text)
    assert _statuses(a, lemma) in ([], ["possible"]), _all(a)


@pytest.mark.parametrize("text,lemma", [
    ("Had the Kestrel bank collapsed, thousands of savers would have lost their deposits.", "collapse"),
    ("Had the guard not locked the gate, the prisoner would have escaped.", "lock"),
    ("If the rules had passed, the Orvale mill would have closed.", "pass"),
    ("Marno would have liked to stay in Orvale.", "like"),
    ("Petrov would not have survived without the surgery.", "survive"),
    ("The Orvale mill would have been sold to Brantley.", "sell"),
])
def test_a_counterfactual_whose_opposite_is_not_plain_is_not_shown(read, text, lemma):
    a = read(text)
    assert not _shown(a, lemma), _all(a)


@pytest.mark.parametrize("text,lemma,said", [
    ("Had the Kestrel bank collapsed, thousands of savers would have lost their deposits.", "lose", "did not lose"),
    ("Police found the van that would have carried the explosives.", "carry", "did not carry"),
    ("If the rules had passed, the Orvale mill would have closed.", "close", "did not close"),
])
def test_what_would_have_happened_did_not(read, text, lemma, said):
    a = read(text)
    shown = _shown(a, lemma)
    assert [c.status for c in shown] == ["negated"], _all(a)
    assert negative(shown[0].predicate, shown[0].lemma).startswith(said), shown[0].predicate


def test_a_plain_possibility_with_could_have_is_still_shown(read):
    a = read("The warehouse fire could have been caused by a discarded cigarette.")
    assert _statuses(a, "cause") == ["possible"], _all(a)


def test_would_under_a_condition_is_possible_not_planned(read):
    a = read("Marno would resign if the board rejected the merger.")
    assert _statuses(a, "resign") == ["possible"], _all(a)


def test_will_without_a_condition_stays_planned(read):
    a = read("Marno will resign in June.")
    assert _statuses(a, "resign") == ["planned"], _all(a)


@pytest.mark.parametrize("text,lemma", [
    ("Under the proposal, the city sells the stadium to Brantley for $5 million.", "sell"),
    ("Under the plan, Brantley acquires the Orvale mill and closes two plants.", "close"),
    ("Under the terms of the offer, shareholders receive $30 a share.", "receive"),
    ("The proposed merger creates the largest lender in Dunmore.", "create"),
])
def test_a_proposals_terms_are_planned_not_going_on(read, text, lemma):
    a = read(text)
    assert _statuses(a, lemma) == ["planned"], _all(a)


def test_what_was_done_under_an_agreement_still_happened(read):
    a = read("Under the agreement, Brantley paid $40 a share for the Orvale mill.")
    assert _statuses(a, "pay") == ["happened"], _all(a)


def test_a_participle_with_its_own_subject_shares_a_plan(read):
    a = read("Under the accord, the city and Kestrel Bank would become owners of the mill, each paying $9 million.")
    paying = [c.status for c in a.claims if c.lemma == "pay"]
    assert paying and set(paying) == {"planned"}, _all(a)


def test_a_suggestion_that_something_was_so_is_not_a_request(read):
    a = read("Any suggestion that the clerk was aware of the fraud is entirely false.")
    aware = [c.status for c in a.claims if c.object and "aware" in c.object]
    assert aware and set(aware) == {"negated"}, _all(a)  # (called false: denied, session 13)
    a = read("The suggestion that the clerk was aware of the fraud spread quickly.")
    aware = [c.status for c in a.claims if c.object and "aware" in c.object]
    assert aware and set(aware) == {"possible"}, _all(a)


def test_a_suggestion_that_someone_act_is_still_a_request(read):
    a = read("The council rejected the suggestion that the city sell the stadium.")
    assert _statuses(a, "sell") == ["requested"], _all(a)


def test_what_an_offer_is_conditional_on_did_not_happen(read):
    a = read("The bid is conditional on 60% of the Orvale shares being tendered by Friday.")
    assert "happened" not in [c.status for c in a.claims if c.lemma == "tender"], _all(a)
    assert not [c for c in _shown(a, "be") if (c.object or "").strip() == "conditional"], _all(a)


def test_a_wherever_clause_is_no_event(read):
    a = read("Spare kidneys will go to the sickest patients first, wherever they live in Dunmore.")
    assert not _shown(a, "live"), _all(a)


def test_should_with_a_thing_doing_an_effect_is_expected_not_asked(read):
    a = read("The split rewards holders and should improve the stock's liquidity, Brantley said.")
    assert _statuses(a, "improve") == ["possible"], _all(a)
    b = read("Critics said the Orvale mill should close.")
    assert _statuses(b, "close") == ["requested"], _all(b)


def test_an_asked_question_keeps_its_whether(read):
    a = read("The warning came after one of Marno's lawyers asked whether his fees might be seized.")
    asked = [c for c in a.claims if c.lemma == "ask" and c.object]
    assert asked and all(c.object.startswith("whether") for c in asked), _all(a)


def test_what_a_bid_is_conditional_on_stays_a_condition_when_parsed_as_a_clause(read):
    a = read("The bid, which was due to lapse on Friday, is conditional on 50.1% of Orvale's common shares, on a "
             "fully diluted basis, being tendered and on the end of the firm's rights plan.")
    assert "happened" not in [c.status for c in _shown(a, "tender")], _all(a)
