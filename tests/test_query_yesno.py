"""Yes/no verdicts that cannot lie: each rule on invented sentences, with the near misses it must not fire on.

A "Yes" needs a claim (or a claim of a sentence naming the question's entities) with the asked verb, its
entities in their roles and a happened status; a "No" needs a cited sentence that states the opposite
state or another value of the same slot. Everything else is "The articles do not say".
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc

from newsgraph.query.questions import _inflects, read_question


@pytest.fixture()
def town(store):
    d = Doc("2024-04-02", [
        "Lina Marsh was fired as coach of the Harbor Gulls on Monday.",
        "Residents in Port Ellis felt the tremor on Tuesday morning.",
        "Oren Vale responded to the verdict with a statement on his website.",
        "Tessa Rook resigned as chair of Copperline Mills.",
        "Dunmore is a quiet village up the coast.",
        "The Stone Owls beat the Harbor Gulls last week.",
        "It was the second big flood in Port Ellis this year.",
        "Petra Ives did not say why Lina Marsh was fired.",
        "Bram Oduya is still in negotiations to coach the Stone Owls.",
        "Nadia Fenn said the talks with Oren Vale were about the harbor plan.",
        "Under the deal, the Harbor Gulls will own all the stadium rights and lease some to Copperline Mills.",
    ], source="Coast Herald")
    lina = d.entity("Lina Marsh", "PERSON", "Marsh")
    gulls = d.entity("Harbor Gulls", "ORG", "Gulls")
    d.entity("Port Ellis", "GPE")
    vale = d.entity("Oren Vale", "PERSON", "Vale")
    rook = d.entity("Tessa Rook", "PERSON", "Rook")
    mills = d.entity("Copperline Mills", "ORG")
    d.entity("Dunmore", "GPE")
    d.entity("Stone Owls", "ORG", "Owls")
    d.entity("Petra Ives", "PERSON")
    d.entity("Bram Oduya", "PERSON", "Oduya")
    fenn = d.entity("Nadia Fenn", "PERSON", "Fenn")
    d.claim(0, lina, "was fired as", "coach of the Harbor Gulls", "happened", lemma="fire",
            args={"voice": "passive"})
    d.claim(1, "Residents in Port Ellis", "felt", "the tremor", "happened", lemma="feel")
    d.claim(2, vale, "responded to", "the verdict", "happened", lemma="respond")
    d.claims[-1].confidence = 0.4  # hidden: what he said is told apart (an "empty report")
    d.claims[-1].args["checks"] = ["empty_report"]
    d.claim(3, rook, "resigned as", "chair of Copperline Mills", "happened", lemma="resign")
    d.claim(9, fenn, "said", "the talks with Oren Vale were about the harbor plan", "happened", lemma="say")
    d.claim(10, gulls, "own", "all the stadium rights", "planned", lemma="own")
    d.write(store)
    assert gulls and mills
    return store



@pytest.mark.parametrize(("question", "verdict", "says"), [
    # a sentence whose claim no entity link reaches ("residents in X") still answers, at the same bar
    ("Was the tremor felt in Port Ellis?", "Yes", "felt the tremor"),
    # "commented" asks only whether someone spoke: any speech verb of theirs on the topic answers it
    ("Has Oren Vale commented on the verdict?", "Yes", "responded to the verdict"),
    ("Has Nadia Fenn commented on the harbor plan?", "Yes", "harbor plan"),
    # a post ended by a firing: not still held ("coach" is a post)
    ("Is Lina Marsh still the coach of the Harbor Gulls?", "No", "fired"),
    # one departure is not both a resignation and a firing
    ("Did Lina Marsh resign?", "No", "fired"),
    ("Was Tessa Rook fired?", "No", "resigned"),
    # another rank of the same kind of event, in a sentence naming the place
    ("Was this the first big flood in Port Ellis this year?", "No", "second big flood"),
    # talks still going on: no deal signed yet
    ("Has Bram Oduya signed to coach the Stone Owls?", "No", "still in negotiations"),
    # one holder of all of a thing leaves none of it to anyone else
    ("Does Copperline Mills own the stadium rights under the deal?", "No", "all the stadium rights"),
])
def test_verdicts(town, question, verdict, says):
    answer = _asked(town, question)
    assert answer.answer.startswith(f"{verdict}:"), answer.answer
    assert says in answer.answer


@pytest.mark.parametrize("question", [
    "Was the tremor felt in Dunmore?",  # Dunmore is named, but nobody there felt it
    "Has Oren Vale praised the verdict?",  # a response is no praise
    "Did Oren Vale deny the verdict?",  # nor a denial
    "Has Tessa Rook commented on the verdict?",  # someone else responded
    "Has Oren Vale commented on the harbor plan?",  # Fenn spoke of talks with him; he said nothing
    "Has Nadia Fenn commented on the budget?",  # a plan is a kind of budget only loosely: the topic must be sure
    "Is Lina Marsh still the coach of the Stone Owls?",  # she was fired by another club
    "Was Tessa Rook fired as coach?",  # she resigned as chair, which says nothing of a coaching post
    "Did Lina Marsh resign as chair of Copperline Mills?",  # fired elsewhere
    # the sentence denies it of someone the question does not describe (is Petra Ives the lawyer?)
    "Did her lawyer say why Lina Marsh was fired?",
    "Was this the first big flood in Dunmore this year?",  # the second one was elsewhere
    "Has Bram Oduya coached the Stone Owls?",  # talks on a deal say nothing of coaching done before
    "Does Copperline Mills own the stadium?",  # the rights to it are not the stadium
    "Do the Harbor Gulls own the stadium rights?",  # the holder itself: will own, not yet
    "Does Tessa Rook own her own company?",  # "her own" is no verb; nothing is said of it
])
def test_no_false_verdict(town, question):
    answer = _asked(town, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


@pytest.mark.parametrize(("question", "predicate"), [
    ("Was the tremor felt in Port Ellis?", "felt"),  # a noun after "the" is not the verb
    ("Has Oren Vale commented on the verdict?", "commented"),
    ("Did the first train leave late?", "leave"),
])
def test_a_yes_no_question_reads_its_verb(town, question, predicate):
    assert read_question(town, question).predicate == predicate


def test_inflects():
    assert _inflects("sit", "sits") and _inflects("take", "taking") and _inflects("carry", "carried")
    assert not _inflects("sit", "sites")  # "presidential sites in March" holds no "sit in"
