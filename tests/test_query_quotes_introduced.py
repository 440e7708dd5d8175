"""A quote answer goes on past a colon: "X was blunt:" introduces the words after it (``quotes.introduced``)."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.quotes import introduces


def test_a_sentence_that_introduces_the_next():
    assert introduces("Ada Venn, head of the tenants' group, was blunt:")
    assert not introduces("Ada Venn was blunt.")


def test_the_words_after_a_colon_answer(store):
    d = Doc("2024-06-01", [
        "The council approved the new parking rules on Friday.",
        "Ada Venn , head of the tenants' group , was blunt:",
        "`",
        "` We will fight these rules in court .",
    ], source="Wire")
    ada = d.entity("Ada Venn", "PERSON")
    d.entity("council", "ORG")
    d.claim(1, ada, "was", "blunt", "happened", lemma="be")
    d.write(store)
    answer = ask(store, "What did Ada Venn say about the rules?")
    assert_supported(store, answer)
    assert "fight these rules in court" in answer.answer
