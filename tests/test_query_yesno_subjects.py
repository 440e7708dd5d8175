"""Yes/no questions whose verb or subject is easy to misread, each rule on invented sentences with the near
misses it must not fire on:

- a relative clause on the subject ("has the guard *who fired* been suspended?") is said by the claim's
  sentence, and with no entity named the subject's own words count for nothing else of the question;
- a verdict on what someone said names who says so ("according to the harbor police"), and cites the other
  sentences that settle the question the same way;
- a sentence found by paraphrase ("injury does not require surgery" for "need an operation?") says No only
  where it names the entity, not where it only refers to it;
- "is A a singer?" is No from "A is the first non-singer to …";
- a question whose verb is a word of the claim's chain ("has A promised to close …?") takes that word's status.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc



@pytest.fixture()
def harbor(store):
    d = Doc("2025-04-03", [
        "The guard, who fired two shots at the boat, has been suspended.",
        "A second guard has been suspended for a week, the harbor office said.",
        "Nell Ardo won the course race on Sunday.",
        "The harbor police said Tomas Brede was detained at the pier.",
        "The cook has been replaced.",
        "Tomas Brede was detained overnight, his lawyer said.",
    ], source="Valley Post")
    ardo = d.entity("Nell Ardo", "PERSON", "Ardo")
    brede = d.entity("Tomas Brede", "PERSON", "Brede")
    d.claim(0, "The guard", "has been suspended", None, "happened", lemma="suspend", args={"voice": "passive"})
    d.claim(1, "A second guard", "has been suspended for", "a week", "happened", lemma="suspend",
            args={"voice": "passive"}, source=("the harbor office", None))
    d.claim(2, ardo, "won", "the course race", "happened", lemma="win")
    d.claim(3, brede, "was detained at", "the pier", "happened", lemma="detain", args={"voice": "passive"},
            source=("The harbor police", None))
    d.claim(4, "The cook", "has been replaced", None, "happened", lemma="replace", args={"voice": "passive"})
    d.claim(5, brede, "was detained", None, "happened", lemma="detain", args={"voice": "passive"},
            source=("his lawyer", None))
    d.write(store)
    return store



def test_the_relative_clause_is_said_by_the_sentence(harbor):
    answer = _asked(harbor, "Has the guard who fired been suspended?")
    assert answer.answer.startswith("Yes:"), answer.answer
    assert "who fired" in answer.citations[0].text  # not the second guard, of whom no firing is said


@pytest.mark.parametrize("question", [
    "Has the cook who fired been replaced?",  # no sentence says the cook fired anything
    "Has the guard who fired been replaced?",  # suspended, not replaced
])
def test_no_verdict_for_another_description(harbor, question):
    answer = _asked(harbor, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


def test_a_verdict_on_what_someone_said_names_them(harbor):
    answer = _asked(harbor, "Was Tomas Brede detained?")
    assert answer.answer.startswith("Yes:"), answer.answer
    assert "according to" in answer.answer
    assert len(answer.citations) == 2  # both sentences say he was detained: both are cited


def _clinic(store, said: str):
    d = Doc("2025-04-05", [
        "Nell Ardo hurt her shoulder in the second game.",
        said,
    ], source="Valley Post")
    ardo = d.entity("Nell Ardo", "PERSON", "Ardo", "her")
    d.claim(0, ardo, "hurt", "her shoulder", "happened", lemma="hurt")
    d.write(store)
    return store


def test_a_paraphrase_of_the_question_names_the_entity_and_says_no(store):
    # neither "need" nor "operation" is in the sentence: it is found by paraphrase, and it names Ardo
    _clinic(store, "The coach said Ardo's injury does not require surgery.")
    answer = _asked(store, "Does Nell Ardo's shoulder need an operation?")
    assert answer.answer.startswith("No:"), answer.answer
    assert "require surgery" in answer.answer


def test_a_sentence_that_only_refers_to_the_entity_decides_nothing(store):
    _clinic(store, "The coach said her injury does not require surgery.")
    answer = _asked(store, "Does Nell Ardo's shoulder need an operation?")
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


@pytest.fixture()
def gala(store):
    d = Doc("2025-04-06", [
        "Orla Vance is the first non-singer to open the festival.",
        "Piet Haan is a singer from the coast.",
    ], source="Valley Post")
    vance = d.entity("Orla Vance", "PERSON", "Vance")
    haan = d.entity("Piet Haan", "PERSON", "Haan")
    d.claim(0, vance, "is", "the first non-singer to open the festival", "ongoing", lemma="be")
    d.claim(1, haan, "is", "a singer from the coast", "ongoing", lemma="be")
    d.write(store)
    return store


def test_a_kind_said_under_non_says_no(gala):
    answer = _asked(gala, "Is Orla Vance a singer?")
    assert answer.answer.startswith("No:"), answer.answer
    assert "non-singer" in answer.answer


@pytest.mark.parametrize("question", [
    "Is Piet Haan a non-singer?",  # the question says "non" itself
    "Is Orla Vance a dancer?",  # not a singer says nothing of dancing
    "Is Piet Haan a dancer?",
])
def test_no_verdict_beside_a_non_kind(gala, question):
    answer = _asked(gala, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


@pytest.fixture()
def depot(store):
    d = Doc("2025-04-07", [
        "Lena Marsh has promised to close the depot.",
        "Oskar Lind refused to renew the lease.",
    ], source="Valley Post")
    marsh = d.entity("Lena Marsh", "PERSON", "Marsh")
    lind = d.entity("Oskar Lind", "PERSON", "Lind")
    d.claim(0, marsh, "has promised to close", "the depot", "planned", lemma="close",
            args={"chain": [{"lemma": "promise", "status": "happened"}, {"lemma": "close", "status": "planned"}]})
    d.claim(1, lind, "refused to renew", "the lease", "negated", lemma="renew",
            args={"chain": [{"lemma": "refuse", "status": "happened"}, {"lemma": "renew", "status": "negated"}]})
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "verdict"), [
    ("Has Lena Marsh promised to close the depot?", "Yes"),  # the promise happened
    ("Did Oskar Lind refuse to renew the lease?", "Yes"),  # the refusal happened
    ("Did Oskar Lind renew the lease?", "No"),  # the renewal did not
])
def test_the_asked_word_of_a_chain_gives_its_own_status(depot, question, verdict):
    answer = _asked(depot, question)
    assert answer.answer.startswith(f"{verdict}:"), answer.answer


def test_a_promise_is_no_deed(depot):
    answer = _asked(depot, "Has Lena Marsh closed the depot?")
    assert not answer.answer.startswith("Yes"), answer.answer
