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
