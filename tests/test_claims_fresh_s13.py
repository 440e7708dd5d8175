"""Faults a reading of fresh news found in session 13, each fixed by a general rule: what someone was kept
from or forbidden said as done, a "that"-less clause of a noun of saying read as a fact (and its noun as
the clause's object), a statement the sentence calls untrue shown as possible, "not unwilling", a present
"don't" said as "did not", and "stopped to talk" read as an end. Every sentence here is made up; the
article is dated 2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

import pytest

from newsgraph.query.phrases import verb_phrase
from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)
from tests.test_claims_fresh_s12 import _claims  # (a sentence's claims of one lemma, asserting there are some)


@pytest.mark.parametrize("text, lemma", [
    ("The judge barred the reporters from entering the court.", "enter"),
    ("The council forbade the traders to open on Sundays.", "open"),
    ("Fans were banned from bringing flags to the ground.", "bring"),
    ("The police stopped the driver from fleeing.", "flee"),
])
def test_what_someone_is_kept_from_is_not_shown(read, text, lemma):
    assert not any(c.shown for c in _claims(read(text), lemma))


def test_the_bar_itself_is_still_shown(read):
    assert any(c.shown and c.status == "happened"
               for c in _claims(read("The judge barred the reporters from entering the court."), "bar"))


@pytest.mark.parametrize("text, lemma", [
    ("There was a suspicion the body was the missing pilot.", "be"),
    ("There is a rumor the mayor fled to Spain.", "flee"),
])
def test_a_thatless_clause_of_a_noun_of_saying_is_not_a_fact(read, text, lemma):
    found = [c for c in _claims(read(text), lemma) if c.shown]
    assert found and all(c.status == "possible" for c in found)
    assert not any((c.object or "").startswith(("a rumor", "a suspicion")) for c in found)


def test_a_relative_clause_on_such_a_noun_still_fills_its_gap(read):
    c = _claims(read("The suspicion he voiced was shared by many."), "voice")[0]
    assert c.object == "The suspicion" or (c.object or "").lower() == "the suspicion"


@pytest.mark.parametrize("text, lemma, who", [
    ("Reports that the coach resigned are false, the club said.", "resign", "coach"),
    ("The claim that the bank hid the losses is untrue.", "hide", "bank"),
    ("The rumour that the striker is injured is not true, the club said.", "injure", "striker"),
    ("To the extent that there is any suggestion that the clerk was aware of the scheme, that suggestion "
     "is entirely inaccurate.", "be", "clerk"),
])
def test_a_statement_called_untrue_is_denied(read, text, lemma, who):
    found = [c for c in _claims(read(text), lemma) if c.shown and who in c.subject]
    assert found and all(c.status == "negated" for c in found)


def test_inside_a_denied_belief_nothing_is_shown(read):
    a = read("To the extent there is any suggestion that the clerk believes the owner lied, that is "
             "absolutely false.")
    assert not any(c.shown for c in _claims(a, "lie"))
    assert not any(c.shown for c in _claims(a, "believe"))


def test_a_true_report_is_not_denied(read):
    found = [c for c in _claims(read("The theory that the bridge fell in the storm is true."), "fall") if c.shown]
    assert found and all(c.status != "negated" for c in found)


def test_a_report_called_not_entirely_accurate_is_not_denied(read):
    # "not entirely accurate" denies part of it, not that it happened
    found = [c for c in _claims(read("Reports that the deal is done are not entirely accurate."), "do") if c.shown]
    assert not any(c.status == "negated" for c in found)


def test_an_unwilling_predicate_is_not_negated_twice(read):
    c = _claims(read("The police are unwilling to make any comment."), "make")[0]
    assert c.status == "negated" and "not" not in verb_phrase(c).split()


@pytest.mark.parametrize("text, lemma, said", [
    ("The players don't retire early.", "retire", "do not retire"),
    ("The team does not win at home.", "win", "does not win"),
    ("The bank did not open.", "open", "did not open"),
    ("\"I don't believe the plan works,\" the chairman said.", "believe", "do not believe"),
])
def test_a_negated_present_stays_present(read, text, lemma, said):
    assert verb_phrase(_claims(read(text), lemma)[0]).startswith(said)


def test_a_present_dont_takes_the_number_of_the_name_said(read):
    import dataclasses

    c = _claims(read("\"I don't believe the plan works,\" the chairman said."), "believe")[0]
    assert verb_phrase(dataclasses.replace(c, subject="Lee Mora")).startswith("does not believe")


def test_stopped_to_gives_what_the_stop_was_for(read):
    c = _claims(read("The coach stopped to talk to reporters."), "talk")[0]
    assert c.status == "happened"
    assert _claims(read("The mayor stopped paying the bills."), "pay")[0].status == "negated"


@pytest.mark.parametrize("text, lemma, who", [
    ("The mayor called on residents to save water.", "save", "residents"),
    ("The charity is appealing to donors to fund the clinic.", "fund", "donors"),
    ("The group appealed to the court to overturn the ban.", "overturn", "court"),
])
def test_who_is_asked_through_a_preposition_is_the_doer(read, text, lemma, who):
    c = _claims(read(text), lemma)[0]
    assert who in c.subject.lower() and c.status == "requested" and c.shown


def test_a_day_after_called_on_is_nobody_asked(read):
    # "called on Monday to cut taxes": the mayor called, on Monday; Monday is asked nothing
    claims = _claims(read("The mayor called on Monday to cut taxes."), "cut")
    assert not any("monday" in c.subject.lower() and c.shown for c in claims)


@pytest.mark.parametrize("text, lemma", [
    ("Fans should not have to wait for hours, nor should they have to pay twice.", "pay"),
    ("The driver did not eat nor drink.", "drink"),
])
def test_a_verb_after_nor_is_denied(read, text, lemma):
    c = _claims(read(text), lemma)[0]
    assert "not" in verb_phrase(c).split() or c.status == "negated"


@pytest.mark.parametrize("text, lemma", [
    ("The new rule would not necessarily be fairer.", "be"),
    ("The plan is not always popular.", "be"),
])
def test_a_not_that_denies_only_part_is_not_shown_as_denying_all(read, text, lemma):
    assert not any(c.shown for c in _claims(read(text), lemma))


def test_the_clause_of_a_negated_think_is_not_shown_as_possible(read):
    assert not any(c.shown for c in _claims(read("The coach does not think the team can win the title."), "win"))
    assert any(c.shown for c in _claims(read("The coach thinks the team can win the title."), "win"))
