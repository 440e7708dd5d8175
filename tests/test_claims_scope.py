"""What a clause is said under (``claimparts.scope``): a hedge above it, a generic condition, a plan's
"should", a conjunct that leaves its modal out. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.test_claims_reading import _shown


def _one(annotated, lemma: str):
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, [(c.lemma, c.subject, c.status) for c in annotated.claims]
    return found[0]


@pytest.mark.parametrize("text,outer,inner", [
    ("Marno allegedly ordered Petrov to burn the warehouse.", "order", "burn"),
    ("Her cousin, who reportedly told the guards to open the gate, was detained in Orvale.", "tell", "open"),
    ("The broker purportedly asked clients to wire the money to Kestrel Bank.", "ask", "wire"),
])
def test_a_hedge_on_the_ordering_verb_reaches_what_it_orders(read, text, outer, inner):
    a = read(text)
    assert _one(a, outer).status == "possible"
    assert not _shown(a, inner), [(c.subject, c.predicate, c.status) for c in a.claims]


def test_an_unhedged_order_is_still_a_request(read):
    a = read("Marno ordered Petrov to burn the warehouse.")
    assert [c.status for c in _shown(a, "burn")] == ["requested"]


def test_a_fact_under_a_hedged_verb_is_only_possible(read):
    a = read("The mayor reportedly said that the contractor had abandoned the bridge project.")
    assert _one(a, "abandon").status == "possible"


@pytest.mark.parametrize("text,lemma", [
    ("Any time a mill goes to one shift, the town loses its tax base.", "go"),
    ("Every time the ferry sails late, commuters miss their trains.", "sail"),
    ("Each time a store closes in Dunmore, the council holds a hearing.", "close"),
])
def test_a_generic_condition_is_no_reported_event(read, text, lemma):
    a = read(text)
    assert not _shown(a, lemma), [(c.subject, c.predicate, c.status, c.args.get("checks")) for c in a.claims]


def test_a_particular_time_clause_is_still_an_event(read):
    a = read("The last time the ferry sailed late, in 2019, commuters protested at the pier.")
    assert _shown(a, "protest")


@pytest.mark.parametrize("text,lemma", [
    ("Brantley unveiled a restructuring plan in March, under which 4,000 jobs should be cut by 2015.", "cut"),
    ("Under the plan, 1,200 stores should be closed by June.", "close"),
    ("Halvorsen announced that 300 positions should go by the end of the year.", "go"),
    ("Brantley said its two oldest mills should close by 2016.", "close"),
])
def test_should_in_the_doers_own_plan_is_planned(read, text, lemma):
    assert _one(read(text), lemma).status == "planned"


@pytest.mark.parametrize("text,lemma", [
    ("Critics said the mill should close.", "close"),
    ("Residents said the council should rebuild the bridge.", "rebuild"),
    ("The union said a plan that should be scrapped was approved by the board.", "scrap"),
])
def test_should_urged_by_others_is_still_a_request(read, text, lemma):
    assert _one(read(text), lemma).status == "requested"


def test_a_conjunct_that_leaves_out_the_modal_shares_it(read):
    a = read("Under the plan, 4,000 jobs should be cut and nine mills closed by 2015.")
    closed = _one(a, "close")
    assert closed.status == "planned" and closed.predicate.startswith("be "), (closed.predicate, closed.status)
