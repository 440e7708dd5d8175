"""Who someone is: the phrase a sentence sets beside the name (``appositions.described``), preferred by the
"who is X?" writer over the newest thing X did."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.appositions import described


@pytest.mark.parametrize(("text", "phrases"), [
    ("Ann Lee, the rowing champion turned actress who starred in many long films about boats and rivers, "
     "has died.", ["the rowing champion turned actress"]),  # long: cut at its relative pronoun
    ("Ann Lee , 41 , who sang in \"Blue Harbour\" , has entered a clinic.", ["who sang in \"Blue Harbour"]),
    ("Ann Lee is a former swimmer.", ["a former swimmer"]),
    ("Ann Lee, a spokeswoman for the firm, said no.", ["a spokeswoman for the firm"]),
    ("Ann Lee, the spokesman said, was late.", []),  # a speech frame, not an apposition
    ("Ann Lee left the firm, the board said.", []),
    ("Lee, the director, met Ann Lee.", ["the director"]),  # a shorter form of the name
    # a name that ends the sentence's opening phrase: the comma sets off the main clause
    ("According to the firm's vice president Ann Lee, the plant wanted to cut costs by a third.", []),
    ("After the vote, Ann Lee, the mayor, left.", ["the mayor"]),
    ("In 2019 Ann Lee was a teacher in Elm.", ["a teacher in Elm"]),
])
def test_phrases_set_beside_a_name(text, phrases):
    assert described(["Ann Lee", "Lee"], text) == phrases


def test_who_is_answers_with_the_apposition_not_the_newest_deed(store):
    d = Doc("2024-05-06", [
        "Orsa Penn, the former swimmer, opened a cafe in Hull on Monday.",
        "Penn bought a boat on Tuesday.",
    ], source="Wire")
    p = d.entity("Orsa Penn", "PERSON", "Penn")
    d.claim(0, p, "opened", "a cafe", "happened", lemma="open")
    d.claim(1, p, "bought", "a boat", "happened", lemma="buy")
    d.write(store)
    answer = ask(store, "Who is Orsa Penn?")
    assert_supported(store, answer)
    assert answer.answer.startswith("Orsa Penn: the former swimmer [1]")
    assert answer.short_answer == "the former swimmer"


def test_who_is_puts_a_bare_head_after_a_description_that_says_more(store):
    """"The witness" is how a story names someone again once introduced: it says their part in one sentence, not
    who they are, however often it is said."""
    d = Doc("2024-05-06", [
        "Orsa Penn, a retired harbour pilot from Hull, saw the collision.",
        "Orsa Penn, the witness, spoke to police on Monday.",
        "Reporters met Orsa Penn, the witness, on Tuesday.",
    ], source="Wire")
    p = d.entity("Orsa Penn", "PERSON", "Penn")
    d.claim(0, p, "saw", "the collision", "happened", lemma="see")
    d.write(store)
    answer = ask(store, "Who is Orsa Penn?")
    assert_supported(store, answer)
    assert answer.short_answer == "a retired harbour pilot from Hull", answer.answer
