"""Faults a reading of answers found in session 18, each fixed by a general rule: a "not … but" pair that denies
one phrase of an act said as denying the act, and a gerund after a preposition given its head verb's negation.
Every sentence here is made up; the article is dated 2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

import pytest

from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)
from tests.test_claims_fresh_s12 import _claims  # (a sentence's claims of one lemma, asserting there are some)


@pytest.mark.parametrize("text, lemma", [
    ("The club has never used Tom Ray as a starting forward , but as a substitute late in games .", "use"),
    ("The company did not cut jobs in Ohio but in Texas .", "cut"),
    ("The mayor did not resign because of the scandal but because of his health .", "resign"),
])
def test_a_not_but_pair_denies_a_phrase_not_the_act(read, text, lemma):
    assert not any(c.shown and c.status == "negated" for c in _claims(read(text), lemma))


@pytest.mark.parametrize("text, lemma", [
    ("The mayor did not resign , but he was fired on Monday .", "resign"),
    ("The company did not cut jobs in Ohio , the union said .", "cut"),
])
def test_a_negation_before_a_clause_of_its_own_stays_whole(read, text, lemma):
    assert any(c.shown and c.status == "negated" for c in _claims(read(text), lemma))


def test_a_gerund_does_not_take_its_head_verbs_negation_as_shown(read):
    text = "Singer Ann Lee hasn't messed around in getting to the new clinic either ."
    assert not any(c.shown and c.status == "negated" for c in _claims(read(text), "get"))


def test_a_verb_that_opens_a_noun_compound_is_not_shown(read):
    text = "The club has never used Tom Ray as a feature back , but as more of a third - down , all - purpose running back ."
    assert not any(c.shown for c in _claims(read(text), "run"))


@pytest.mark.parametrize("text, lemma", [
    ("Tom Ray ran back the kickoff 90 yards .", "run"),
    ("The crowd kept running back to the gate .", "run"),
])
def test_a_verb_before_a_word_that_only_could_make_a_noun_stays(read, text, lemma):
    assert any(c.shown for c in _claims(read(text), lemma))


@pytest.mark.parametrize("text, lemma", [
    ("Staff are today turning away customers .", "turn"),
    ("The state tied for third in carrying out executions last year .", "carry"),
    ("The group is suspected of blowing up Pan Am flight 103 over Scotland .", "blow"),
])
def test_a_phrasal_verb_whose_noun_names_its_own_act_stays_a_verb(read, text, lemma):
    assert not any("garbled:noun_compound" in (c.args.get("checks") or []) for c in _claims(read(text), lemma))
