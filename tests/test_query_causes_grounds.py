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


def _sacking(store, *, speaker: str):
    d = Doc("2024-05-06", [
        "Dana Kerr sacked coach Lio Brant on Friday.",
        "The team has lost nine games in a row.",
        f"\"I made the call because the players stopped improving,\" said {speaker}.",
    ], source="Ledger of Sport")
    k = d.entity("Dana Kerr", "PERSON", "Kerr")
    b = d.entity("Lio Brant", "PERSON")
    said = k if speaker == "Kerr" else d.entity(speaker, "PERSON")
    d.claim(0, k, "sacked", b, "happened", lemma="sack", time=("2024-05-03", "on Friday"))
    d.claim(2, said, "said", "I made the call because the players stopped improving", "happened", lemma="say",
            quote="I made the call because the players stopped improving")
    d.write(store)
    return store


def test_why_was_b_sacked_is_answered_by_the_doers_own_words_after_it(store):
    _sacking(store, speaker="Kerr")
    answer = ask(store, "Why was Lio Brant sacked?")
    assert_supported(store, answer)
    assert "stopped improving" in answer.answer
    assert answer.short_answer and answer.short_answer.startswith("because the players stopped improving")


def test_someone_elses_words_are_not_the_doers_reason(store):
    _sacking(store, speaker="Mina Holt")
    answer = ask(store, "Why was Lio Brant sacked?")
    assert_supported(store, answer)
    assert not (answer.short_answer or "").startswith("because the players")
