"""Causes beyond "because": what the doer alleges of the other party (``causes.grounds``)."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask


def _suit(store, *, claimed_elsewhere: bool = False):
    d = Doc("2024-05-06", [
        "Marlow Records sued Pellam Audio on Monday.",
        "Marlow Records claims that Pellam Audio copied its catalogue without a licence.",
        "The hearing is set for June.",
    ], source="Ledger of Trade")
    m = d.entity("Marlow Records", "ORG")
    p = d.entity("Pellam Audio", "ORG")
    d.claim(0, m, "sued", p, "happened", lemma="sue", time=("2024-05-06", "on Monday"))
    if not claimed_elsewhere:
        d.claim(1, m, "claims", "Pellam Audio copied its catalogue without a licence", "ongoing", lemma="claim")
    d.write(store)
    if claimed_elsewhere:  # the same firm's claim in an article that never names the other party
        d = Doc("2024-05-07", ["Marlow Records claims that its sales rose by a third in April."], source="Wire")
        m = d.entity("Marlow Records", "ORG")
        d.claim(0, m, "claims", "its sales rose by a third in April", "ongoing", lemma="claim")
        d.write(store)
    return store


def test_why_did_a_sue_b_is_answered_by_what_a_claims_of_b(store):
    _suit(store)
    answer = ask(store, "Why did Marlow Records sue Pellam Audio?")
    assert_supported(store, answer)
    assert "copied its catalogue" in answer.answer
    assert answer.short_answer and "claims that Pellam Audio copied its catalogue" in answer.short_answer


def test_a_claim_about_something_else_is_no_ground(store):
    _suit(store, claimed_elsewhere=True)
    answer = ask(store, "Why did Marlow Records sue Pellam Audio?")
    assert_supported(store, answer)
    assert "sales rose" not in answer.answer
