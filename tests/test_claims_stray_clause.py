"""A clause hung on a sentence the parse gave no verb: its reporting verb was lost, so what it says is not
shown as the outlet's fact (found reading claims on unseen web news, s11: "The charges against X allege she
obtained …" was shown as "X obtained …", happened, said by the outlet).

Every sentence here is made up.
"""

from __future__ import annotations

from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)


def shown(annotated, lemma):
    return [c for c in annotated.claims if c.shown and c.lemma == lemma]


def test_a_clause_under_a_lost_reporting_verb_is_not_shown_as_fact(read):
    a = read("The charges against Ann Lee allege she fraudulently obtained a $50,000 loan by hiding the farm's debts.")
    assert not shown(a, "obtain") and not shown(a, "hide"), [(c.subject, c.predicate, c.shown) for c in a.claims]


def test_a_relative_clause_that_fills_its_gap_is_kept(read):
    a = read("The loan she obtained last year was repaid in March.")
    assert shown(a, "repay")
    b = read("Prosecutors allege that the treasurer stole the funds.")
    steal = [c for c in b.claims if c.lemma == "steal"]
    assert steal and steal[0].source is not None and steal[0].source.text == "Prosecutors"
